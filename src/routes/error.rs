//! The one API error type: renders Twilio's error body `{code, message, more_info, status}`.

use actix_web::http::{header, StatusCode};
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;

use crate::storage::StorageError;

/// Every error a client can see.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{0}")]
    BadRequest(String),
    #[error("Authentication failed: valid HTTP Basic credentials are required")]
    Unauthorized,
    #[error("{0}")]
    Forbidden(String),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    MethodNotAllowed(String),
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    PreconditionFailed(String),
    #[error("Request body is larger than the {0}-byte limit")]
    PayloadTooLarge(usize),
    #[error("{message}")]
    TooManyRequests {
        message: String,
        retry_after_secs: u64,
    },
    #[error("{0}")]
    Unavailable(String),
    #[error("Internal error")]
    Internal(#[source] anyhow::Error),
    /// A merged profile: 301 (GET) or 308 (anything else) to the canonical one.
    #[error("This profile was merged into {canonical}")]
    Moved {
        permanent_get: bool,
        location: String,
        canonical: String,
    },
}

#[derive(Serialize)]
struct TwilioError<'a> {
    code: u32,
    message: &'a str,
    more_info: String,
    status: u16,
}

impl ApiError {
    /// Twilio's error code for this error.
    pub fn code(&self) -> u32 {
        match self {
            Self::BadRequest(_) => 400,
            Self::Unauthorized => 20003,
            Self::Forbidden(_) => 403,
            Self::NotFound(_) => 20404,
            Self::MethodNotAllowed(_) => 20004,
            Self::Conflict(_) => 20409,
            Self::PreconditionFailed(_) => 20412,
            Self::PayloadTooLarge(_) => 20413,
            Self::TooManyRequests { .. } => 20429,
            Self::Unavailable(_) => 20503,
            Self::Internal(_) => 20500,
            Self::Moved { permanent_get, .. } => {
                if *permanent_get {
                    301
                } else {
                    308
                }
            }
        }
    }

    /// Shorthand for a 404 naming the resource.
    pub fn not_found(what: &str, id: &str) -> Self {
        Self::NotFound(format!(
            "The requested resource {what} '{id}' was not found"
        ))
    }
}

impl From<StorageError> for ApiError {
    fn from(e: StorageError) -> Self {
        Self::Internal(e.into())
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::Unauthorized => StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::NotFound(_) => StatusCode::NOT_FOUND,
            Self::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::PreconditionFailed(_) => StatusCode::PRECONDITION_FAILED,
            Self::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Self::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
            Self::Moved { permanent_get, .. } => {
                if *permanent_get {
                    StatusCode::MOVED_PERMANENTLY
                } else {
                    StatusCode::PERMANENT_REDIRECT
                }
            }
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let Self::Internal(e) = self {
            // Logged once here with its cause chain; the client sees a generic message.
            tracing::error!(error = format!("{e:#}"), "internal error");
        }
        let status = self.status_code();
        if let Self::Moved {
            location,
            canonical,
            ..
        } = self
        {
            // Twilio's Memory API answers a moved profile with {message, uri}.
            return HttpResponse::build(status)
                .insert_header((header::LOCATION, location.as_str()))
                .insert_header(("Canonical-Profile-Id", canonical.as_str()))
                .json(serde_json::json!({"message": "This resource has moved.", "uri": location}));
        }
        let code = self.code();
        let message = self.to_string();
        let mut rsp = HttpResponse::build(status);
        match self {
            Self::Unauthorized => {
                rsp.insert_header((header::WWW_AUTHENTICATE, "Basic realm=\"memory-sidecar\""));
            }
            Self::TooManyRequests {
                retry_after_secs, ..
            } => {
                rsp.insert_header((header::RETRY_AFTER, retry_after_secs.to_string()));
            }
            Self::Moved { .. } => {}
            _ => {}
        }
        rsp.json(TwilioError {
            code,
            message: &message,
            more_info: format!("https://www.twilio.com/docs/errors/{code}"),
            status: status.as_u16(),
        })
    }
}
