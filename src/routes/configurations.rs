//! `/v1/ControlPlane/Configurations` (+): conversation configurations (SPEC 1.4).

use actix_web::{web, HttpResponse};
use serde_json::json;

use super::auth::Principal;
use super::error::ApiError;
use super::paging::{page_in_memory, Meta, PageQuery};
use super::AppState;
use crate::domain::configuration::{ConfigurationInput, ConfigurationSource};
use crate::ingest::routing::ConfigurationError;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        super::resource("/v1/ControlPlane/Configurations")
            .route(web::get().to(list))
            .route(web::post().to(create)),
    )
    .service(
        super::resource("/v1/ControlPlane/Configurations/{configurationId}")
            .route(web::get().to(fetch))
            .route(web::patch().to(patch))
            .route(web::delete().to(delete)),
    );
}

impl From<ConfigurationError> for ApiError {
    fn from(e: ConfigurationError) -> Self {
        match e {
            ConfigurationError::Invalid(m) => ApiError::BadRequest(m),
            ConfigurationError::NotFound(id) => ApiError::not_found("Configuration", &id),
            ConfigurationError::Exists(_) | ConfigurationError::DeleteDefault => {
                ApiError::Conflict(e.to_string())
            }
            ConfigurationError::Storage(s) => s.into(),
        }
    }
}

async fn list(
    principal: Principal,
    query: web::Query<PageQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let page = query.validate(false)?;
    let all: Vec<_> = state
        .configurations
        .all()
        .iter()
        .filter(|c| principal.can_access(&c.memory_store_id))
        .cloned()
        .collect();
    let (items, next) = page_in_memory(all, &page, |c| c.id.clone())?;
    Ok(HttpResponse::Ok().json(json!({
        "configurations": items,
        "meta": Meta::new("configurations", page.size, next.as_deref().map(str::as_bytes)),
    })))
}

fn visible(
    principal: &Principal,
    state: &AppState,
    id: &str,
) -> Result<crate::domain::Configuration, ApiError> {
    state
        .configurations
        .get(id)
        .filter(|c| principal.can_access(&c.memory_store_id))
        .ok_or_else(|| ApiError::not_found("Configuration", id))
}

async fn create(
    principal: Principal,
    body: web::Json<ConfigurationInput>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner();
    if let Some(store) = &body.memory_store_id {
        principal.ensure_store(store)?;
    } else if principal.stores.is_some() {
        return Err(ApiError::BadRequest("memoryStoreId is required".into()));
    }
    if body.is_default == Some(true) && principal.stores.is_some() {
        return Err(ApiError::Forbidden(
            "An API key limited to specific stores cannot set the default configuration".into(),
        ));
    }
    let cfg = state
        .configurations
        .create(body, ConfigurationSource::Api)?;
    tracing::info!(configuration_id = %cfg.id, store_id = %cfg.memory_store_id, "configuration created");
    Ok(HttpResponse::Created().json(cfg))
}

async fn fetch(
    principal: Principal,
    path: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(visible(&principal, &state, &path)?))
}

async fn patch(
    principal: Principal,
    path: web::Path<String>,
    body: web::Json<ConfigurationInput>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let existing = visible(&principal, &state, &path)?;
    let body = body.into_inner();
    if let Some(store) = &body.memory_store_id {
        principal.ensure_store(store)?;
    }
    if body.is_default.is_some() && principal.stores.is_some() {
        return Err(ApiError::Forbidden(
            "An API key limited to specific stores cannot change the default configuration".into(),
        ));
    }
    let cfg = state.configurations.patch(&existing.id, body)?;
    tracing::info!(configuration_id = %cfg.id, "configuration updated");
    Ok(HttpResponse::Ok().json(cfg))
}

async fn delete(
    principal: Principal,
    path: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let existing = visible(&principal, &state, &path)?;
    state.configurations.delete(&existing.id)?;
    tracing::info!(configuration_id = %existing.id, "configuration deleted");
    Ok(HttpResponse::NoContent().finish())
}
