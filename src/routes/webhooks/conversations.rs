//! `POST /webhooks/conversations`: classic Conversations post-event webhooks (form).

use actix_web::{http::header, web, HttpRequest, HttpResponse};
use chrono::{DateTime, Utc};

use super::signature::{verify, SignedBody};
use super::{bad_event, handle, Endpoint};
use crate::ingest::event::{parse_classic, ParsedEvent};
use crate::routes::error::ApiError;
use crate::routes::AppState;

pub(super) async fn receive(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    handle(req, payload, state, Endpoint::Conversations).await
}

pub(super) fn verify_and_parse(
    req: &HttpRequest,
    url: &str,
    body: &[u8],
    signature: &str,
    tokens: &[&[u8]],
    now: DateTime<Utc>,
) -> Result<ParsedEvent, ApiError> {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if !verify(url, SignedBody::Form(&pairs), signature, tokens) {
        return Err(ApiError::Forbidden(
            "Invalid X-Twilio-Signature for this URL and parameters".into(),
        ));
    }
    let is_form = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| {
            ct.trim()
                .to_ascii_lowercase()
                .starts_with("application/x-www-form-urlencoded")
        });
    if !is_form {
        return Err(ApiError::BadRequest(
            "Content-Type must be application/x-www-form-urlencoded".into(),
        ));
    }
    if std::str::from_utf8(body).is_err() {
        return Err(ApiError::BadRequest("Form body is not valid UTF-8".into()));
    }
    parse_classic(&pairs, now).map_err(bad_event)
}
