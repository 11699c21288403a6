//! HTTP routes: one module per resource, each with `configure`.

pub mod auth;
mod configurations;
mod conversations;
pub mod error;
mod health;
mod observations;
pub mod paging;
mod profiles;
mod recall;
mod scope;
mod stores;
mod summaries;
pub mod webhooks;

use std::sync::Arc;

use actix_web::{web, HttpResponse, Resource};

use crate::ingest::{Configurations, Ingestor};
use crate::metrics::Metrics;
use crate::profiles::Profiles;
use crate::recall::Recall;
use crate::storage::Storage;
use error::ApiError;
pub use webhooks::WebhookConfig;

/// Shared state of every handler.
pub struct AppState {
    pub storage: Storage,
    pub ingestor: Ingestor,
    pub configurations: Configurations,
    pub profiles: Profiles,
    pub recall: Arc<Recall>,
    pub metrics: Arc<Metrics>,
    pub webhook: WebhookConfig,
    pub max_stores: usize,
    pub extractor: crate::extraction::Extractor,
}

/// Registers every route, the Twilio-shaped extractor errors and the 404 fallback.
pub fn configure(cfg: &mut web::ServiceConfig, max_body_bytes: usize) {
    cfg.app_data(
        web::JsonConfig::default()
            .limit(max_body_bytes)
            .error_handler(|err, _| {
                use actix_web::error::JsonPayloadError as J;
                match err {
                    J::Overflow { limit } | J::OverflowKnownLength { limit, .. } => {
                        ApiError::PayloadTooLarge(limit)
                    }
                    J::ContentType => {
                        ApiError::BadRequest("Content-Type must be application/json".into())
                    }
                    other => ApiError::BadRequest(format!("Invalid JSON body: {other}")),
                }
                .into()
            }),
    )
    .app_data(
        web::QueryConfig::default()
            .error_handler(|err, _| ApiError::BadRequest(format!("Invalid query: {err}")).into()),
    )
    .app_data(
        web::PathConfig::default()
            .error_handler(|err, _| ApiError::NotFound(format!("Invalid path: {err}")).into()),
    )
    .configure(health::configure)
    .configure(webhooks::configure)
    .configure(stores::configure)
    .configure(configurations::configure)
    .configure(conversations::configure)
    .configure(profiles::configure)
    .configure(observations::configure)
    .configure(summaries::configure)
    .configure(recall::configure)
    .default_service(web::to(not_found));
}

/// A resource whose unmatched methods answer 405 in Twilio's shape.
pub(crate) fn resource(path: &str) -> Resource {
    web::resource(path).default_service(web::to(method_not_allowed))
}

async fn not_found() -> Result<HttpResponse, ApiError> {
    Err(ApiError::NotFound(
        "The requested resource was not found".into(),
    ))
}

async fn method_not_allowed() -> Result<HttpResponse, ApiError> {
    Err(ApiError::MethodNotAllowed(
        "Method not allowed on this resource".into(),
    ))
}
