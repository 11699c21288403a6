//! OpenAI-compatible chat-completions client that asks for, and returns, one JSON object per call.
//!
//! Requests are built with async-openai's types; the transport is our own reqwest client because
//! async-openai's client drops the Retry-After header and logs response bodies on parse failures
//! (customer text must never reach our logs). Nothing here logs or returns prompt or answer text.

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use async_openai::types::chat::{
    ChatCompletionRequestMessage, ChatCompletionRequestSystemMessage,
    ChatCompletionRequestSystemMessageContent, ChatCompletionRequestUserMessage,
    ChatCompletionRequestUserMessageContent, CreateChatCompletionRequest, ResponseFormat,
    ResponseFormatJsonSchema,
};
use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};
use reqwest::header::{HeaderMap, AUTHORIZATION, CONTENT_TYPE, RETRY_AFTER};
use reqwest::StatusCode;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use serde_json::Value;
use tokio::sync::Semaphore;

/// Largest response body read; anything bigger is refused rather than buffered.
const MAX_BODY_BYTES: usize = 2 * 1024 * 1024;

/// Brace-balanced candidates tried by tolerant parsing before giving up.
const MAX_CANDIDATES: usize = 16;

/// How to reach the LLM and how hard to use it.
pub struct LlmConfig {
    /// Base URL of the API, e.g. "http://127.0.0.1:11434/v1"; we POST {base_url}/chat/completions.
    pub base_url: String,
    /// Sent as `Authorization: Bearer`.
    pub api_key: Option<SecretString>,
    /// Model name sent with every request.
    pub model: String,
    /// Bound on one HTTP call, including reading the body.
    pub timeout: Duration,
    /// Requests in flight at once.
    pub max_concurrency: usize,
    /// Outbound pacing, requests per minute; 0 = unpaced.
    pub requests_per_minute: u32,
    /// Sent as `max_tokens`.
    pub max_output_tokens: u32,
    /// Sampling temperature.
    pub temperature: f32,
}

/// Cheap-to-clone handle on one LLM endpoint, shared by all extraction jobs.
#[derive(Clone)]
pub struct LlmClient {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    url: String,
    api_key: Option<SecretString>,
    model: String,
    timeout: Duration,
    max_output_tokens: u32,
    temperature: f32,
    permits: Semaphore,
    pacer: Option<DefaultDirectRateLimiter>,
    /// The strongest response_format this server accepts, as a `ResponseMode` (see `mode_*`).
    mode: AtomicU8,
}

/// One request for a JSON object: prompts plus the JSON Schema the answer should follow.
pub struct JsonRequest<'a> {
    /// System prompt.
    pub system: &'a str,
    /// User prompt.
    pub user: &'a str,
    /// Schema name (a-z, A-Z, 0-9, '_' and '-', at most 64 characters).
    pub schema_name: &'a str,
    /// JSON Schema of the expected object.
    pub schema: &'a Value,
}

/// How the answer was obtained: the response_format that was sent, or tolerant parsing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResponseMode {
    /// `response_format: json_schema` (strict) and a clean JSON answer.
    JsonSchema,
    /// `response_format: json_object` and a clean JSON answer.
    JsonObject,
    /// No response_format, or the object had to be dug out of surrounding text.
    Tolerant,
}

/// Tokens reported by the server (zeros when it reports none).
#[derive(Debug, Clone, Default, Copy)]
pub struct Usage {
    /// Tokens in the prompt.
    pub prompt_tokens: u64,
    /// Tokens in the answer.
    pub completion_tokens: u64,
}

/// A JSON object answer and what it cost. Deliberately not `Debug`: the value is customer text.
pub struct JsonReply {
    /// The answer; always a JSON object.
    pub value: Value,
    /// Token usage of the call that produced the answer.
    pub usage: Usage,
    /// HTTP calls made, including response_format fallbacks.
    pub http_calls: u32,
    /// How the answer was obtained.
    pub mode: ResponseMode,
}

/// Why a call produced no JSON object. Messages never contain prompt or answer text.
#[derive(Debug, thiserror::Error)]
pub enum LlmError {
    /// 429 from the server.
    #[error("LLM rate limited (retry after {retry_after:?})")]
    RateLimited { retry_after: Option<Duration> },
    /// No complete answer within the configured timeout.
    #[error("LLM request timed out")]
    Timeout,
    /// 5xx from the server.
    #[error("LLM unavailable (HTTP {status})")]
    Unavailable { status: u16 },
    /// Any other refusal (4xx) after the response_format fallbacks.
    #[error("LLM rejected the request (HTTP {status})")]
    Rejected { status: u16 },
    /// An answer arrived but no JSON object could be obtained from it: the reason only (never
    /// the answer's text), plus what the exchange cost.
    #[error("LLM answer unusable: {reason}")]
    Malformed {
        reason: String,
        usage: Usage,
        http_calls: u32,
    },
    /// Connection-level failure, or a client that could not be built.
    #[error("LLM transport error: {0}")]
    Transport(String),
}

impl LlmError {
    /// The server's Retry-After, for a 429 that sent one.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            LlmError::RateLimited { retry_after } => *retry_after,
            _ => None,
        }
    }

    /// Stable short name for metrics and a job's lastError.
    pub fn kind(&self) -> &'static str {
        match self {
            LlmError::RateLimited { .. } => "rate_limited",
            LlmError::Timeout => "timeout",
            LlmError::Unavailable { .. } => "unavailable",
            LlmError::Rejected { .. } => "rejected",
            LlmError::Malformed { .. } => "malformed",
            LlmError::Transport(_) => "transport",
        }
    }
}

fn mode_to_u8(mode: ResponseMode) -> u8 {
    match mode {
        ResponseMode::JsonSchema => 0,
        ResponseMode::JsonObject => 1,
        ResponseMode::Tolerant => 2,
    }
}

fn mode_from_u8(v: u8) -> ResponseMode {
    match v {
        0 => ResponseMode::JsonSchema,
        1 => ResponseMode::JsonObject,
        _ => ResponseMode::Tolerant,
    }
}

/// The next weaker response_format to try when `mode` is refused with `status`, if any.
fn fallback(mode: ResponseMode, status: u16) -> Option<ResponseMode> {
    match (mode, status) {
        (ResponseMode::JsonSchema, 400 | 404 | 422 | 501) => Some(ResponseMode::JsonObject),
        (ResponseMode::JsonObject, 400 | 422) => Some(ResponseMode::Tolerant),
        _ => None,
    }
}

impl LlmClient {
    /// Builds the client; fails only on an unusable base URL or TLS setup.
    pub fn new(cfg: LlmConfig) -> Result<Self, LlmError> {
        let base = cfg.base_url.trim().trim_end_matches('/');
        let parsed = url::Url::parse(base)
            .map_err(|e| LlmError::Transport(format!("invalid LLM base URL: {e}")))?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(LlmError::Transport(
                "invalid LLM base URL: scheme must be http or https".into(),
            ));
        }
        let http = reqwest::Client::builder()
            .user_agent(concat!("memory-sidecar/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| LlmError::Transport(error_chain(&e)))?;
        // Paced evenly (burst of one): providers often enforce a per-minute limit over shorter
        // windows, so a burst of a whole minute's allowance would itself draw 429s.
        let pacer = std::num::NonZeroU32::new(cfg.requests_per_minute).map(|rpm| {
            RateLimiter::direct(Quota::per_minute(rpm).allow_burst(std::num::NonZeroU32::MIN))
        });
        Ok(LlmClient {
            inner: Arc::new(Inner {
                http,
                url: format!("{base}/chat/completions"),
                api_key: cfg.api_key,
                model: cfg.model,
                timeout: cfg.timeout,
                max_output_tokens: cfg.max_output_tokens,
                temperature: cfg.temperature,
                permits: Semaphore::new(cfg.max_concurrency.max(1)),
                pacer,
                mode: AtomicU8::new(mode_to_u8(ResponseMode::JsonSchema)),
            }),
        })
    }

    /// The model every request names.
    pub fn model(&self) -> &str {
        &self.inner.model
    }

    /// Asks for one JSON object following `req.schema`, falling back to weaker response_formats
    /// on servers that refuse stronger ones (and remembering what the server accepted).
    ///
    /// 429, 5xx and timeouts are returned, not retried: the durable job retries with backoff.
    pub async fn complete_json(&self, req: JsonRequest<'_>) -> Result<JsonReply, LlmError> {
        let inner = &self.inner;
        let _permit = inner
            .permits
            .acquire()
            .await
            .map_err(|_| LlmError::Transport("LLM client closed".into()))?;
        let started = Instant::now();
        let mut mode = mode_from_u8(inner.mode.load(Ordering::Relaxed));
        let mut http_calls = 0u32;
        loop {
            if let Some(pacer) = &inner.pacer {
                pacer.until_ready().await;
            }
            http_calls += 1;
            let body = self.request_body(&req, mode)?;
            let call_started = Instant::now();
            let answer = self.post(body).await;
            let status = answer.as_ref().map(|a| a.status.as_u16()).ok();
            tracing::debug!(
                model = %inner.model,
                mode = ?mode,
                status,
                http_call = http_calls,
                elapsed_ms = call_started.elapsed().as_millis() as u64,
                "LLM call"
            );
            let answer = answer?;
            let status = answer.status;
            if status.is_success() {
                if http_calls > 1 {
                    // A weaker format was accepted: later calls go straight there. Only ever
                    // weakened, and only once accepted, so a 400 for another reason (a prompt
                    // too long, say) does not downgrade the server for good.
                    inner.mode.fetch_max(mode_to_u8(mode), Ordering::Relaxed);
                }
                let reply = parse_answer(&answer.body, mode, http_calls);
                match &reply {
                    Ok(r) => tracing::debug!(
                        model = %inner.model,
                        mode = ?r.mode,
                        http_calls,
                        prompt_tokens = r.usage.prompt_tokens,
                        completion_tokens = r.usage.completion_tokens,
                        elapsed_ms = started.elapsed().as_millis() as u64,
                        "LLM answer parsed"
                    ),
                    Err(e) => tracing::debug!(
                        model = %inner.model,
                        mode = ?mode,
                        http_calls,
                        error = e.kind(),
                        elapsed_ms = started.elapsed().as_millis() as u64,
                        "LLM answer unusable"
                    ),
                }
                return reply;
            }
            let code = status.as_u16();
            if let Some(next) = fallback(mode, code) {
                mode = next;
                continue;
            }
            return Err(match status {
                StatusCode::TOO_MANY_REQUESTS => LlmError::RateLimited {
                    retry_after: answer
                        .headers
                        .get(RETRY_AFTER)
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| parse_retry_after(v, SystemTime::now())),
                },
                s if s.is_server_error() => LlmError::Unavailable { status: code },
                _ => LlmError::Rejected { status: code },
            });
        }
    }

    fn request_body(&self, req: &JsonRequest<'_>, mode: ResponseMode) -> Result<Vec<u8>, LlmError> {
        let inner = &self.inner;
        let response_format = match mode {
            ResponseMode::JsonSchema => Some(ResponseFormat::JsonSchema {
                json_schema: ResponseFormatJsonSchema {
                    description: None,
                    name: req.schema_name.to_owned(),
                    schema: req.schema.clone(),
                    strict: Some(true),
                },
            }),
            ResponseMode::JsonObject => Some(ResponseFormat::JsonObject),
            ResponseMode::Tolerant => None,
        };
        let messages: Vec<ChatCompletionRequestMessage> = vec![
            ChatCompletionRequestSystemMessage {
                content: ChatCompletionRequestSystemMessageContent::Text(req.system.to_owned()),
                name: None,
            }
            .into(),
            ChatCompletionRequestUserMessage {
                content: ChatCompletionRequestUserMessageContent::Text(req.user.to_owned()),
                name: None,
            }
            .into(),
        ];
        // `max_tokens` is deprecated by OpenAI in favour of `max_completion_tokens`, but it is
        // the one that llama.cpp, Ollama, vLLM and older gateways all understand.
        #[allow(deprecated)]
        let request = CreateChatCompletionRequest {
            model: inner.model.clone(),
            messages,
            response_format,
            max_tokens: Some(inner.max_output_tokens),
            temperature: Some(inner.temperature),
            ..Default::default()
        };
        serde_json::to_vec(&request)
            .map_err(|_| LlmError::Transport("could not encode the request".into()))
    }

    /// One POST, bounded by the timeout from sending to the last body byte.
    async fn post(&self, body: Vec<u8>) -> Result<RawAnswer, LlmError> {
        let inner = &self.inner;
        let mut request = inner
            .http
            .post(&inner.url)
            .header(CONTENT_TYPE, "application/json")
            .body(body);
        if let Some(key) = &inner.api_key {
            request = request.header(AUTHORIZATION, format!("Bearer {}", key.expose_secret()));
        }
        let exchange = async {
            let mut response = request.send().await.map_err(transport)?;
            let status = response.status();
            let headers = response.headers().clone();
            let mut body = Vec::new();
            // Error bodies are not needed (and may echo the prompt): only status and headers.
            if status.is_success() {
                while let Some(chunk) = response.chunk().await.map_err(transport)? {
                    if body.len() + chunk.len() > MAX_BODY_BYTES {
                        return Err(malformed("answer too large", Usage::default(), 1));
                    }
                    body.extend_from_slice(&chunk);
                }
            }
            Ok(RawAnswer {
                status,
                headers,
                body,
            })
        };
        tokio::time::timeout(inner.timeout, exchange)
            .await
            .map_err(|_| LlmError::Timeout)?
    }
}

struct RawAnswer {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

fn transport(e: reqwest::Error) -> LlmError {
    if e.is_timeout() {
        LlmError::Timeout
    } else {
        LlmError::Transport(error_chain(&e.without_url()))
    }
}

/// "outer: cause: root cause", so "connection refused" is not hidden behind a generic message.
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        out.push_str(": ");
        out.push_str(&s.to_string());
        source = s.source();
    }
    out
}

// The response is read into this minimal struct rather than async-openai's
// CreateChatCompletionResponse, which requires fields (`id`, `created`, `object`, `role`, a known
// `finish_reason`) that llama.cpp, Ollama and other small servers omit or spell differently.
#[derive(Deserialize)]
struct WireResponse {
    #[serde(default)]
    choices: Vec<WireChoice>,
    #[serde(default)]
    usage: Option<WireUsage>,
}

#[derive(Deserialize)]
struct WireChoice {
    #[serde(default)]
    message: Option<WireMessage>,
    #[serde(default)]
    finish_reason: Option<String>,
}

#[derive(Deserialize)]
struct WireMessage {
    #[serde(default)]
    content: Option<String>,
}

#[derive(Deserialize)]
struct WireUsage {
    #[serde(default)]
    prompt_tokens: Option<u64>,
    #[serde(default)]
    completion_tokens: Option<u64>,
}

fn malformed(reason: &str, usage: Usage, http_calls: u32) -> LlmError {
    LlmError::Malformed {
        reason: reason.to_owned(),
        usage,
        http_calls,
    }
}

fn parse_answer(body: &[u8], mode: ResponseMode, http_calls: u32) -> Result<JsonReply, LlmError> {
    let wire: WireResponse = serde_json::from_slice(body).map_err(|_| {
        malformed(
            "response is not a chat completion",
            Usage::default(),
            http_calls,
        )
    })?;
    let usage = wire
        .usage
        .map(|u| Usage {
            prompt_tokens: u.prompt_tokens.unwrap_or(0),
            completion_tokens: u.completion_tokens.unwrap_or(0),
        })
        .unwrap_or_default();
    let choice = wire
        .choices
        .into_iter()
        .next()
        .ok_or_else(|| malformed("no choices in answer", usage, http_calls))?;
    if choice.finish_reason.as_deref() == Some("length") {
        return Err(malformed(
            "answer truncated at max_tokens",
            usage,
            http_calls,
        ));
    }
    let content = choice
        .message
        .and_then(|m| m.content)
        .ok_or_else(|| malformed("no content in answer", usage, http_calls))?;
    let (value, tolerant) =
        parse_json_object(&content).map_err(|r| malformed(r, usage, http_calls))?;
    Ok(JsonReply {
        value,
        usage,
        http_calls,
        mode: if tolerant {
            ResponseMode::Tolerant
        } else {
            mode
        },
    })
}

/// The JSON object in `content`, and whether tolerant parsing was needed to find it.
/// Errors are fixed reasons, never excerpts of the content.
fn parse_json_object(content: &str) -> Result<(Value, bool), &'static str> {
    match serde_json::from_str::<Value>(content.trim()) {
        Ok(v @ Value::Object(_)) => return Ok((v, false)),
        Ok(_) => return Err("answer is not a JSON object"),
        Err(_) => {}
    }
    let text = strip_fences(content).trim();
    match serde_json::from_str::<Value>(text) {
        Ok(v @ Value::Object(_)) => return Ok((v, true)),
        Ok(_) => return Err("answer is not a JSON object"),
        Err(_) => {}
    }
    if text.starts_with('[') {
        return Err("answer is not a JSON object");
    }
    // Prose around the object: try each '{' as the start of a balanced object, in order.
    let mut from = 0;
    for _ in 0..MAX_CANDIDATES {
        let Some(offset) = text[from..].find('{') else {
            break;
        };
        let start = from + offset;
        let Some(end) = balanced_object_end(&text[start..]) else {
            break;
        };
        if let Ok(v @ Value::Object(_)) = serde_json::from_str::<Value>(&text[start..start + end]) {
            return Ok((v, true));
        }
        from = start + 1;
    }
    Err("no JSON object in answer")
}

/// The inside of the first ``` fenced block (language tag dropped), or `text` when unfenced.
fn strip_fences(text: &str) -> &str {
    let Some(open) = text.find("```") else {
        return text;
    };
    let after = &text[open + 3..];
    // The rest of the opening line is a language tag ("json") or nothing.
    let body = match after.find('\n') {
        Some(nl) if !after[..nl].contains('{') => &after[nl + 1..],
        _ => after.trim_start_matches(|c: char| c.is_ascii_alphabetic()),
    };
    match body.find("```") {
        Some(close) => &body[..close],
        None => body,
    }
}

/// Byte length of the balanced `{...}` that `text` starts with, ignoring braces inside strings.
fn balanced_object_end(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, b) in text.bytes().enumerate() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' => depth += 1,
            b'}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// Retry-After as delta-seconds or an HTTP-date (IMF-fixdate, read as RFC 2822); a date in the
/// past means "now".
fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let at = SystemTime::from(at.with_timezone(&chrono::Utc));
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn clean_json_is_not_tolerant() {
        let (v, tolerant) = parse_json_object(" {\"a\": 1}\n").unwrap();
        assert_eq!(v, json!({"a": 1}));
        assert!(!tolerant);
    }

    #[test]
    fn fenced_json_is_found() {
        let (v, tolerant) = parse_json_object("```json\n{\"observations\": [\"x\"]}\n```").unwrap();
        assert_eq!(v, json!({"observations": ["x"]}));
        assert!(tolerant);
        let (v, _) = parse_json_object("```\n{\"a\": true}\n```").unwrap();
        assert_eq!(v, json!({"a": true}));
        let (v, _) = parse_json_object("```json{\"a\": 2}```").unwrap();
        assert_eq!(v, json!({"a": 2}));
    }

    #[test]
    fn prose_around_json_is_skipped() {
        let content = "Sure! Here is the result {as asked}:\n\n```json\n{\"a\": {\"b\": [1, 2]}}\n```\nLet me know.";
        let (v, tolerant) = parse_json_object(content).unwrap();
        assert_eq!(v, json!({"a": {"b": [1, 2]}}));
        assert!(tolerant);
        let (v, _) = parse_json_object("Result: {\"k\": \"v\"} -- done {not json}").unwrap();
        assert_eq!(v, json!({"k": "v"}));
    }

    #[test]
    fn braces_and_escapes_inside_strings_do_not_unbalance() {
        let content =
            r#"Here: {"text": "a } brace and \"quoted {\" text", "n": {"m": "}}"}} trailing"#;
        let (v, tolerant) = parse_json_object(content).unwrap();
        assert_eq!(v["text"], json!("a } brace and \"quoted {\" text"));
        assert_eq!(v["n"], json!({"m": "}}"}));
        assert!(tolerant);
    }

    #[test]
    fn arrays_and_scalars_are_rejected() {
        assert!(parse_json_object("[{\"a\": 1}]").is_err());
        assert!(parse_json_object("```json\n[{\"a\": 1}]\n```").is_err());
        assert!(parse_json_object("42").is_err());
        assert!(parse_json_object("\"{}\"").is_err());
    }

    #[test]
    fn broken_json_is_rejected_without_echoing_it() {
        let err = parse_json_object("{\"secret customer text\": ").unwrap_err();
        assert!(!err.contains("secret"));
        assert!(parse_json_object("no json here").is_err());
        assert!(parse_json_object("").is_err());
    }

    #[test]
    fn answer_envelope_is_lenient_and_checked() {
        // llama.cpp-style: no id/created/object, no usage.
        let body = json!({"choices": [{"message": {"content": "{\"a\":1}"}}]}).to_string();
        let reply = parse_answer(body.as_bytes(), ResponseMode::JsonObject, 2).unwrap();
        assert_eq!(reply.value, json!({"a": 1}));
        assert_eq!(reply.mode, ResponseMode::JsonObject);
        assert_eq!(reply.http_calls, 2);
        assert_eq!(reply.usage.prompt_tokens, 0);

        let body =
            json!({"choices": [{"message": {"content": "{\"a\":"}, "finish_reason": "length"}]});
        let err = parse_answer(body.to_string().as_bytes(), ResponseMode::JsonSchema, 1)
            .err()
            .unwrap();
        assert_eq!(
            err.to_string(),
            "LLM answer unusable: answer truncated at max_tokens"
        );

        let body = json!({"choices": []}).to_string();
        assert_eq!(
            parse_answer(body.as_bytes(), ResponseMode::JsonSchema, 1)
                .err()
                .unwrap()
                .kind(),
            "malformed"
        );
        let body = json!({"choices": [{"message": {"content": null}}]}).to_string();
        assert!(parse_answer(body.as_bytes(), ResponseMode::JsonSchema, 1).is_err());
        assert!(parse_answer(b"<html>", ResponseMode::JsonSchema, 1).is_err());
    }

    #[test]
    fn retry_after_delta_seconds() {
        let now = SystemTime::now();
        assert_eq!(parse_retry_after("7", now), Some(Duration::from_secs(7)));
        assert_eq!(parse_retry_after(" 0 ", now), Some(Duration::ZERO));
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("-3", now), None);
    }

    #[test]
    fn retry_after_http_date() {
        // Wed, 21 Oct 2015 07:28:00 GMT
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_445_412_480 - 120);
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now),
            Some(Duration::from_secs(120))
        );
        let later = now + Duration::from_secs(600);
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", later),
            Some(Duration::ZERO)
        );
    }

    #[test]
    fn fallback_ladder() {
        assert_eq!(
            fallback(ResponseMode::JsonSchema, 400),
            Some(ResponseMode::JsonObject)
        );
        assert_eq!(
            fallback(ResponseMode::JsonSchema, 501),
            Some(ResponseMode::JsonObject)
        );
        assert_eq!(fallback(ResponseMode::JsonSchema, 500), None);
        assert_eq!(
            fallback(ResponseMode::JsonObject, 422),
            Some(ResponseMode::Tolerant)
        );
        assert_eq!(fallback(ResponseMode::JsonObject, 404), None);
        assert_eq!(fallback(ResponseMode::Tolerant, 400), None);
        assert_eq!(fallback(ResponseMode::JsonSchema, 429), None);
    }
}
