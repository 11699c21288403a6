//! `memory-sidecar send`: signs webhook files exactly as Twilio does and posts them.
//!
//! A JSON array of objects is a list of classic Conversations forms (posted to
//! `/webhooks/conversations`); anything else is JSON lines of Orchestrator events (posted to
//! `/webhooks/orchestrator`, each line byte for byte, with `bodySHA256` in the URL).

use std::path::PathBuf;

use anyhow::{bail, Context};
use serde_json::Value;

use crate::routes::webhooks::signature::{sign, url_with_body_hash};

/// One signed request, ready to post.
#[derive(Debug, Clone)]
pub struct SignedRequest {
    pub url: String,
    pub content_type: &'static str,
    pub body: Vec<u8>,
    pub signature: String,
    pub label: String,
}

/// Builds the signed requests for one webhook file's text.
pub fn sign_file(text: &str, base_url: &str, token: &str) -> anyhow::Result<Vec<SignedRequest>> {
    let trimmed = text.trim_start();
    if trimmed.starts_with('[') {
        let forms: Vec<serde_json::Map<String, Value>> = serde_json::from_str(trimmed)
            .context("a file starting with '[' must be a JSON array of form objects")?;
        let url = as_requested(&endpoint_url(base_url, "/webhooks/conversations")?)?;
        forms
            .iter()
            .map(|form| {
                let mut pairs = Vec::new();
                for (k, v) in form {
                    match v {
                        Value::String(s) => pairs.push((k.clone(), s.clone())),
                        Value::Array(vals) => {
                            for x in vals {
                                let s = x
                                    .as_str()
                                    .with_context(|| format!("{k}: values must be strings"))?;
                                pairs.push((k.clone(), s.to_owned()));
                            }
                        }
                        Value::Null => {}
                        other => pairs.push((k.clone(), other.to_string())),
                    }
                }
                let body = form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(pairs.iter())
                    .finish()
                    .into_bytes();
                Ok(SignedRequest {
                    signature: sign(token.as_bytes(), &url, &pairs),
                    url: url.clone(),
                    content_type: "application/x-www-form-urlencoded",
                    body,
                    label: form
                        .get("EventType")
                        .and_then(Value::as_str)
                        .unwrap_or("?")
                        .to_owned(),
                })
            })
            .collect()
    } else {
        let base = endpoint_url(base_url, "/webhooks/orchestrator")?;
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|line| {
                let body = line.as_bytes().to_vec();
                let url = as_requested(&url_with_body_hash(&base, &body))?;
                let label = serde_json::from_slice::<Value>(&body)
                    .ok()
                    .and_then(|v| {
                        v.get("eventType")
                            .and_then(Value::as_str)
                            .map(str::to_owned)
                    })
                    .unwrap_or_else(|| "?".into());
                Ok(SignedRequest {
                    signature: sign(token.as_bytes(), &url, &[]),
                    url,
                    content_type: "application/json",
                    body,
                    label,
                })
            })
            .collect()
    }
}

/// The URL exactly as the HTTP client will request it (host lower-cased, default port
/// dropped, `/` path added, spaces and non-ASCII percent-encoded): that is what must be signed.
fn as_requested(url: &str) -> anyhow::Result<String> {
    Ok(url::Url::parse(url)
        .with_context(|| format!("{url:?} is not a URL"))?
        .to_string())
}

/// Appends the webhook path when the URL has none; a fragment is never sent, so it is dropped.
fn endpoint_url(base: &str, path: &str) -> anyhow::Result<String> {
    let mut parsed =
        url::Url::parse(base).with_context(|| format!("--url {base:?} is not a URL"))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        bail!("--url must be http or https");
    }
    parsed.set_fragment(None);
    if parsed.path() == "/" && parsed.query().is_none() {
        parsed.set_path(path);
    }
    Ok(parsed.into())
}

/// Signs and posts every file in order; fails if any delivery is not acknowledged with 2xx.
pub async fn run(url: &str, token: &str, files: &[PathBuf]) -> anyhow::Result<()> {
    let client = reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(15))
        .build()?;
    let mut failures = 0usize;
    let mut sent = 0usize;
    for file in files {
        let text =
            std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
        for req in sign_file(&text, url, token)? {
            let rsp = client
                .post(&req.url)
                .header("Content-Type", req.content_type)
                .header("X-Twilio-Signature", &req.signature)
                .header(
                    "I-Twilio-Idempotency-Token",
                    crate::domain::ids::new_id("send"),
                )
                .body(req.body.clone())
                .send()
                .await
                .with_context(|| format!("posting to {}", req.url))?;
            let status = rsp.status();
            sent += 1;
            println!("{} {} {}", status.as_u16(), req.label, file.display());
            if !status.is_success() {
                failures += 1;
                let text = rsp.text().await.unwrap_or_default();
                eprintln!("  {}", text.chars().take(500).collect::<String>());
            }
        }
    }
    if failures > 0 {
        bail!("{failures} of {sent} deliveries were not acknowledged");
    }
    eprintln!("{sent} deliveries acknowledged");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routes::webhooks::signature::{verify, SignedBody};

    #[test]
    fn jsonl_lines_are_signed_byte_for_byte() {
        let text = "{\"eventType\":\"A\"}\n\n{\"eventType\":\"B\"} \n";
        let reqs = sign_file(text, "http://127.0.0.1:8080", "tok").unwrap();
        assert_eq!(reqs.len(), 2);
        assert!(reqs[0]
            .url
            .starts_with("http://127.0.0.1:8080/webhooks/orchestrator?bodySHA256="));
        for r in &reqs {
            assert!(verify(
                &r.url,
                SignedBody::Json(&r.body),
                &r.signature,
                &[b"tok"]
            ));
        }
        assert_eq!(reqs[1].body, b"{\"eventType\":\"B\"} ");
    }

    #[test]
    fn forms_are_signed_over_sorted_params() {
        let text = r#"[{"EventType":"onMessageAdded","Body":"hi & bye","MessagingBinding.Address":["b","a"]}]"#;
        let reqs = sign_file(text, "https://example.com/hook?x=1", "tok").unwrap();
        assert_eq!(reqs[0].url, "https://example.com/hook?x=1");
        let pairs: Vec<(String, String)> = form_urlencoded::parse(&reqs[0].body)
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        assert!(verify(
            &reqs[0].url,
            SignedBody::Form(&pairs),
            &reqs[0].signature,
            &[b"tok"]
        ));
        assert_eq!(reqs[0].label, "onMessageAdded");
    }

    #[test]
    fn signs_the_normalised_url() {
        let reqs = sign_file(
            r#"[{"EventType":"x"}]"#,
            "http://LOCALHOST:80/hook?q=a b",
            "t",
        )
        .unwrap();
        assert_eq!(reqs[0].url, "http://localhost/hook?q=a%20b");
        let reqs = sign_file("{}", "http://127.0.0.1:9?tenant=1", "t").unwrap();
        assert!(
            reqs[0]
                .url
                .starts_with("http://127.0.0.1:9/?tenant=1&bodySHA256="),
            "{}",
            reqs[0].url
        );
    }

    #[test]
    fn fragments_are_not_signed() {
        let reqs = sign_file("{}", "http://127.0.0.1:9/hook#frag", "t").unwrap();
        assert!(
            reqs[0]
                .url
                .starts_with("http://127.0.0.1:9/hook?bodySHA256="),
            "{}",
            reqs[0].url
        );
        let reqs = sign_file("{}", "http://127.0.0.1:9#frag", "t").unwrap();
        assert!(
            reqs[0]
                .url
                .starts_with("http://127.0.0.1:9/webhooks/orchestrator?bodySHA256="),
            "{}",
            reqs[0].url
        );
    }

    #[test]
    fn bad_urls_and_files() {
        assert!(sign_file("{}", "ftp://x", "t").is_err());
        assert!(sign_file("[1,2]", "http://x", "t").is_err());
    }
}
