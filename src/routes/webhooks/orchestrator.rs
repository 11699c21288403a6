//! `POST /webhooks/orchestrator`: Conversation Orchestrator status callbacks (JSON).

use actix_web::{web, HttpRequest, HttpResponse};
use chrono::{DateTime, Utc};

use super::signature::{verify, SignedBody};
use super::{bad_event, handle, Endpoint};
use crate::ingest::event::{parse_orchestrator, ParsedEvent};
use crate::routes::error::ApiError;
use crate::routes::AppState;

pub(super) async fn receive(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    handle(req, payload, state, Endpoint::Orchestrator).await
}

pub(super) fn verify_and_parse(
    url: &str,
    body: &[u8],
    signature: &str,
    tokens: &[&[u8]],
    now: DateTime<Utc>,
) -> Result<ParsedEvent, ApiError> {
    if !verify(url, SignedBody::Json(body), signature, tokens) {
        return Err(ApiError::Forbidden(
            "Invalid X-Twilio-Signature for this URL and body".into(),
        ));
    }
    parse_orchestrator(body, now).map_err(bad_event)
}
