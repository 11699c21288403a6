//! Webhook receivers: size limit -> signature -> parse -> durable record -> 200.

mod conversations;
mod orchestrator;
pub mod signature;

use std::time::Instant;

use actix_web::{http::header, web, HttpRequest, HttpResponse};
use chrono::Utc;
use futures::StreamExt;
use secrecy::{ExposeSecret, SecretString};

use super::error::ApiError;
use super::AppState;
use crate::ingest::event::{EventError, IngestEvent, ParsedEvent};
use crate::ingest::{IngestError, Outcome};

/// Webhook settings the receivers need.
pub struct WebhookConfig {
    pub public_url: Option<String>,
    /// The account auth token first, then rotation tokens.
    pub tokens: Vec<SecretString>,
    pub max_body_bytes: usize,
}

/// Registers `POST /webhooks/orchestrator` and `POST /webhooks/conversations`.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        super::resource("/webhooks/orchestrator").route(web::post().to(orchestrator::receive)),
    )
    .service(
        super::resource("/webhooks/conversations").route(web::post().to(conversations::receive)),
    );
}

#[derive(Clone, Copy)]
enum Endpoint {
    Orchestrator,
    Conversations,
}

impl Endpoint {
    fn label(self) -> &'static str {
        match self {
            Self::Orchestrator => "orchestrator",
            Self::Conversations => "conversations",
        }
    }
}

/// Reads the body, refusing (413) anything over the limit without buffering it.
async fn read_body(
    req: &HttpRequest,
    mut payload: web::Payload,
    limit: usize,
) -> Result<web::Bytes, ApiError> {
    if let Some(len) = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok())
    {
        if len > limit {
            return Err(ApiError::PayloadTooLarge(limit));
        }
    }
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|e| ApiError::BadRequest(format!("Could not read body: {e}")))?;
        if body.len() + chunk.len() > limit {
            return Err(ApiError::PayloadTooLarge(limit));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}

/// The URL Twilio called (SPEC 1.2 step 1).
fn signed_url(req: &HttpRequest, public_url: Option<&str>) -> String {
    let path_and_query = req
        .uri()
        .path_and_query()
        .map(|p| p.as_str())
        .unwrap_or_else(|| req.path());
    if let Some(base) = public_url {
        return format!("{}{}", base.trim_end_matches('/'), path_and_query);
    }
    let first = |name: &str| {
        req.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(',').next())
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };
    let proto = first("x-forwarded-proto").unwrap_or_else(|| "http".to_owned());
    let host = first("x-forwarded-host")
        .or_else(|| first("host"))
        .unwrap_or_else(|| req.connection_info().host().to_owned());
    format!("{proto}://{host}{path_and_query}")
}

fn signature_header(req: &HttpRequest) -> &str {
    req.headers()
        .get("x-twilio-signature")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

fn idempotency_token(req: &HttpRequest) -> Option<&str> {
    req.headers()
        .get("i-twilio-idempotency-token")
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|t| !t.is_empty() && t.len() <= 256)
}

fn tokens(state: &AppState) -> Vec<&[u8]> {
    state
        .webhook
        .tokens
        .iter()
        .map(|t| t.expose_secret().as_bytes())
        .collect()
}

/// Everything after the body is read: verify, parse, record. Returns the outcome label.
async fn process(
    req: &HttpRequest,
    payload: web::Payload,
    state: &AppState,
    endpoint: Endpoint,
) -> Result<Outcome, ApiError> {
    let body = read_body(req, payload, state.webhook.max_body_bytes).await?;
    let url = signed_url(req, state.webhook.public_url.as_deref());
    let signature = signature_header(req);
    let now = Utc::now();
    let parsed: ParsedEvent = match endpoint {
        Endpoint::Orchestrator => {
            orchestrator::verify_and_parse(&url, &body, signature, &tokens(state), now)?
        }
        Endpoint::Conversations => {
            conversations::verify_and_parse(req, &url, &body, signature, &tokens(state), now)?
        }
    };
    if let IngestEvent::Ignored { event_type } = &parsed.event {
        state
            .metrics
            .webhooks_ignored
            .with_label_values(&[endpoint.label(), event_type])
            .inc();
        tracing::info!(endpoint = endpoint.label(), event_type = %event_type, "webhook event type ignored");
        return Ok(Outcome::Ignored);
    }
    state
        .ingestor
        .record(&parsed, idempotency_token(req))
        .await
        .map_err(|e| match e {
            IngestError::NoConfiguration => ApiError::Unavailable(
                "No default conversation configuration exists; create one".into(),
            ),
            IngestError::Storage(s) => s.into(),
            IngestError::Resolution(m) => ApiError::Internal(anyhow::anyhow!(m)),
        })
}

async fn handle(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
    endpoint: Endpoint,
) -> Result<HttpResponse, ApiError> {
    let started = Instant::now();
    let result = process(&req, payload, &state, endpoint).await;
    let outcome = match &result {
        Ok(o) => o.as_str(),
        Err(ApiError::Forbidden(_)) => "bad_signature",
        Err(ApiError::PayloadTooLarge(_)) => "too_large",
        Err(ApiError::BadRequest(_)) => "bad_request",
        Err(_) => "error",
    };
    state
        .metrics
        .webhooks
        .with_label_values(&[endpoint.label(), outcome])
        .inc();
    state
        .metrics
        .webhook_ack_seconds
        .with_label_values(&[endpoint.label()])
        .observe(started.elapsed().as_secs_f64());
    match result {
        Ok(_) => Ok(HttpResponse::Ok().json(serde_json::json!({"status": "ok"}))),
        Err(e) => {
            if !matches!(e, ApiError::Internal(_)) {
                // Never the body: it holds message text.
                tracing::warn!(endpoint = endpoint.label(), outcome, "webhook rejected");
            }
            Err(e)
        }
    }
}

fn bad_event(e: EventError) -> ApiError {
    ApiError::BadRequest(e.0)
}
