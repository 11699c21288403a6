//! X-Twilio-Signature, exactly as SPEC 1.2 and Twilio's helper libraries compute it.

use base64::Engine;
use hmac::{Hmac, Mac};
use sha1::Sha1;
use sha2::{Digest, Sha256};

type HmacSha1 = Hmac<Sha1>;

/// What was signed besides the URL.
#[derive(Debug, Clone, Copy)]
pub enum SignedBody<'a> {
    /// Form parameters (decoded name/value pairs, repeats allowed).
    Form(&'a [(String, String)]),
    /// A raw JSON body; the URL must carry `bodySHA256` of exactly these bytes.
    Json(&'a [u8]),
}

/// The string that is HMAC'd: the URL, then for forms each name (byte order) followed by each
/// of its distinct values (sorted).
pub fn signing_payload(url: &str, params: &[(String, String)]) -> String {
    let mut pairs: Vec<(&str, &str)> = params
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    let mut data = String::with_capacity(url.len() + pairs.len() * 24);
    data.push_str(url);
    for (k, v) in pairs {
        data.push_str(k);
        data.push_str(v);
    }
    data
}

/// `base64(HMAC-SHA1(token, url + params))`: what Twilio puts in X-Twilio-Signature.
pub fn sign(token: &[u8], url: &str, params: &[(String, String)]) -> String {
    let mut mac = HmacSha1::new_from_slice(token).expect("HMAC accepts keys of any length");
    mac.update(signing_payload(url, params).as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

/// Lower-case hex SHA-256 of a body, as carried in `bodySHA256`.
pub fn body_sha256(body: &[u8]) -> String {
    hex::encode(Sha256::digest(body))
}

/// Appends `bodySHA256=<hash>` to a URL's query string.
pub fn url_with_body_hash(url: &str, body: &[u8]) -> String {
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}bodySHA256={}", body_sha256(body))
}

/// The value of the first `bodySHA256` query parameter.
fn query_body_hash(url: &str) -> Option<String> {
    let query = url.split_once('?')?.1;
    let query = query.split('#').next().unwrap_or(query);
    form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == "bodySHA256")
        .map(|(_, v)| v.into_owned())
}

/// Splits `scheme://authority/rest` and returns (scheme, prefix up to host end, port, rest).
fn split_port(url: &str) -> Option<(&str, &str, Option<&str>, &str)> {
    let (scheme, after) = url.split_once("://")?;
    let auth_end = after.find(['/', '?', '#']).unwrap_or(after.len());
    let (authority, rest) = after.split_at(auth_end);
    let host_start = authority.rfind('@').map_or(0, |i| i + 1);
    let host_port = &authority[host_start..];
    // The port is after the last ':' that is not inside an IPv6 literal.
    let port_colon = match host_port.rfind(']') {
        Some(b) => host_port[b..].find(':').map(|i| b + i),
        None => host_port.rfind(':'),
    };
    let prefix_len = scheme.len() + 3 + host_start;
    Some(match port_colon {
        Some(c) => (
            scheme,
            &url[..prefix_len + c],
            Some(&host_port[c + 1..]),
            rest,
        ),
        None => (scheme, &url[..prefix_len + host_port.len()], None, rest),
    })
}

/// The URL as received, with its port removed, and with the scheme's default port added.
pub fn url_variants(url: &str) -> Vec<String> {
    let mut out = vec![url.to_owned()];
    if let Some((scheme, host, port, rest)) = split_port(url) {
        match port {
            Some(_) => out.push(format!("{host}{rest}")),
            None => {
                let default = match scheme.to_ascii_lowercase().as_str() {
                    "https" => Some("443"),
                    "http" => Some("80"),
                    _ => None,
                };
                if let Some(p) = default {
                    out.push(format!("{host}:{p}{rest}"));
                }
            }
        }
    }
    out
}

/// Verifies a signature against any of `tokens` and any URL variant, in constant time per
/// comparison. JSON bodies must match the URL's `bodySHA256`.
pub fn verify(url: &str, body: SignedBody<'_>, signature: &str, tokens: &[&[u8]]) -> bool {
    let Ok(expected) = base64::engine::general_purpose::STANDARD.decode(signature.trim()) else {
        return false;
    };
    let params: &[(String, String)] = match body {
        SignedBody::Form(p) => p,
        SignedBody::Json(raw) => {
            let Some(claimed) = query_body_hash(url) else {
                return false;
            };
            if !claimed.eq_ignore_ascii_case(&body_sha256(raw)) {
                return false;
            }
            &[]
        }
    };
    let mut ok = false;
    for variant in url_variants(url) {
        let data = signing_payload(&variant, params);
        for token in tokens {
            let mut mac = HmacSha1::new_from_slice(token).expect("HMAC accepts keys of any length");
            mac.update(data.as_bytes());
            // Mac::verify_slice compares in constant time.
            ok |= mac.verify_slice(&expected).is_ok();
        }
    }
    ok
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn fixture() -> Value {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/signatures.json"
        );
        serde_json::from_str(&std::fs::read_to_string(path).expect("fixture present"))
            .expect("fixture is JSON")
    }

    fn params(v: &Value) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for (k, val) in v.as_object().unwrap() {
            match val {
                Value::Array(vals) => {
                    for x in vals {
                        out.push((k.clone(), x.as_str().unwrap().to_owned()));
                    }
                }
                other => out.push((k.clone(), other.as_str().unwrap().to_owned())),
            }
        }
        out
    }

    #[test]
    fn every_fixture_vector() {
        let fx = fixture();
        let token = fx["auth_token"].as_str().unwrap().as_bytes().to_vec();
        let cases = fx["cases"].as_array().unwrap();
        assert!(cases.len() >= 15);
        for case in cases {
            let name = case["name"].as_str().unwrap();
            let url = case["url_received"].as_str().unwrap();
            let sig = case["signature"].as_str().unwrap();
            let valid = case["valid"].as_bool().unwrap();
            let got = if let Some(body) = case.get("body") {
                verify(
                    url,
                    SignedBody::Json(body.as_str().unwrap().as_bytes()),
                    sig,
                    &[&token],
                )
            } else {
                let p = params(&case["params"]);
                verify(url, SignedBody::Form(&p), sig, &[&token])
            };
            assert_eq!(got, valid, "case {name:?}");
        }
    }

    #[test]
    fn rotation_accepts_any_configured_token() {
        let p = vec![("A".to_owned(), "1".to_owned())];
        let url = "https://example.com/webhooks/conversations";
        let sig = sign(b"old", url, &p);
        assert!(verify(url, SignedBody::Form(&p), &sig, &[b"new", b"old"]));
        assert!(!verify(url, SignedBody::Form(&p), &sig, &[b"new"]));
    }

    #[test]
    fn json_requires_matching_body_hash() {
        let body = br#"{"eventType":"X"}"#;
        let url = url_with_body_hash("https://example.com/webhooks/orchestrator", body);
        let sig = sign(b"t", &url, &[]);
        assert!(verify(&url, SignedBody::Json(body), &sig, &[b"t"]));
        assert!(!verify(&url, SignedBody::Json(b"{}"), &sig, &[b"t"]));
        let plain = "https://example.com/webhooks/orchestrator";
        let sig = sign(b"t", plain, &[]);
        assert!(
            !verify(plain, SignedBody::Json(body), &sig, &[b"t"]),
            "no bodySHA256"
        );
    }

    #[test]
    fn garbage_never_panics() {
        for url in [
            "",
            "://",
            "http://[::1",
            "http://a:b:c@[::1]:80",
            "x?bodySHA256=%zz",
        ] {
            let _ = url_variants(url);
            assert!(!verify(url, SignedBody::Json(b""), "!!", &[b"t"]));
            assert!(!verify(url, SignedBody::Form(&[]), "", &[b"t"]));
        }
        assert_eq!(
            url_variants("http://[::1]:8080/p?q"),
            ["http://[::1]:8080/p?q", "http://[::1]/p?q"]
        );
        assert_eq!(
            url_variants("https://u:p@h/p"),
            ["https://u:p@h/p", "https://u:p@h:443/p"]
        );
    }
}
