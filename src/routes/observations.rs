//! `…/Profiles/{profileId}/Observations…`.

use actix_web::{web, HttpRequest, HttpResponse};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::{json, Value};

use super::auth::Principal;
use super::error::ApiError;
use super::paging::{invalid_token, page_in_memory, Meta, PageQuery};
use super::scope::{profile_error, store as scope_store};
use super::AppState;
use crate::profiles::observations::{NewObservation, ObservationFilter, ObservationPatch};

pub fn configure(cfg: &mut web::ServiceConfig) {
    let base = "/v1/Stores/{storeId}/Profiles/{profileId}/Observations";
    cfg.service(
        super::resource(base)
            .route(web::get().to(list))
            .route(web::post().to(create)),
    )
    .service(
        super::resource(&format!("{base}/{{observationId}}"))
            .route(web::get().to(fetch))
            .route(web::patch().to(patch))
            .route(web::delete().to(delete)),
    )
    .service(
        super::resource(&format!("{base}/{{observationId}}/Revisions"))
            .route(web::get().to(revisions)),
    );
}

/// Accepts `{observations: [...]}` or one unwrapped observation (Twilio's agent runtime
/// sends the latter).
pub(super) fn parse_batch<T: serde::de::DeserializeOwned>(
    body: Value,
    key: &str,
) -> Result<Vec<T>, ApiError> {
    let items = match body {
        Value::Object(mut m) if m.contains_key(key) => {
            if m.len() > 1 {
                return Err(ApiError::BadRequest(format!(
                    "only '{key}' is allowed beside it"
                )));
            }
            match m.remove(key) {
                Some(Value::Array(items)) => items,
                _ => return Err(ApiError::BadRequest(format!("{key} must be an array"))),
            }
        }
        one @ Value::Object(_) => vec![one],
        _ => {
            return Err(ApiError::BadRequest(format!(
                "body must be {{\"{key}\": [...]}} or one object"
            )))
        }
    };
    items
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            serde_json::from_value(v).map_err(|e| ApiError::BadRequest(format!("{key}[{i}]: {e}")))
        })
        .collect()
}

async fn create(
    principal: Principal,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    body: web::Json<Value>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let (store, profile) = path.into_inner();
    scope_store(&principal, &state, &store)?;
    let items: Vec<NewObservation> = parse_batch(body.into_inner(), "observations")?;
    let created = state
        .profiles
        .create_observations(&store, &profile, items)
        .await
        .map_err(|e| profile_error(e, &req, &profile))?;
    tracing::info!(store_id = %store, profile_id = %profile, count = created.len(), "observations created");
    Ok(HttpResponse::Accepted().json(json!({
        "message": "Observations creation accepted",
        "observations": created,
    })))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct FilterQuery {
    source: Option<String>,
    created_after: Option<DateTime<Utc>>,
    created_before: Option<DateTime<Utc>>,
    conversation_id: Option<String>,
}

async fn list(
    principal: Principal,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    page: web::Query<PageQuery>,
    query: web::Query<FilterQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let (store, profile) = path.into_inner();
    scope_store(&principal, &state, &store)?;
    let page = page.validate(true)?;
    let q = query.into_inner();
    let filter = ObservationFilter {
        source: q.source,
        created_after: q.created_after,
        created_before: q.created_before,
        conversation_id: q.conversation_id,
    };
    let result = state
        .profiles
        .list_observations(
            &store,
            &profile,
            &filter,
            page.cursor.as_deref(),
            page.size,
            page.descending,
        )
        .map_err(|e| profile_error(e, &req, &profile))?
        .ok_or_else(invalid_token)?;
    Ok(HttpResponse::Ok().json(json!({
        "observations": result.items,
        "meta": Meta::new("observations", page.size, result.next.as_deref()),
    })))
}

async fn fetch(
    principal: Principal,
    req: HttpRequest,
    path: web::Path<(String, String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let (store, profile, id) = path.into_inner();
    scope_store(&principal, &state, &store)?;
    let o = state
        .profiles
        .observation(&store, &profile, &id)
        .map_err(|e| profile_error(e, &req, &profile))?;
    Ok(HttpResponse::Ok().json(o))
}

async fn patch(
    principal: Principal,
    req: HttpRequest,
    path: web::Path<(String, String, String)>,
    body: web::Json<ObservationPatch>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let (store, profile, id) = path.into_inner();
    scope_store(&principal, &state, &store)?;
    let o = state
        .profiles
        .patch_observation(&store, &profile, &id, body.into_inner())
        .await
        .map_err(|e| profile_error(e, &req, &profile))?;
    Ok(HttpResponse::Ok().json(o))
}

async fn delete(
    principal: Principal,
    req: HttpRequest,
    path: web::Path<(String, String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let (store, profile, id) = path.into_inner();
    scope_store(&principal, &state, &store)?;
    state
        .profiles
        .delete_observation(&store, &profile, &id)
        .await
        .map_err(|e| profile_error(e, &req, &profile))?;
    Ok(HttpResponse::NoContent().finish())
}

async fn revisions(
    principal: Principal,
    req: HttpRequest,
    path: web::Path<(String, String, String)>,
    query: web::Query<PageQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let (store, profile, id) = path.into_inner();
    scope_store(&principal, &state, &store)?;
    // Newest first is the natural order here; orderBy=ASC reverses it.
    let page = query.validate(false)?;
    let all = state
        .profiles
        .revisions(&store, &profile, &id)
        .map_err(|e| profile_error(e, &req, &profile))?;
    let (items, next) = page_in_memory(all, &page, |r| r.revision.to_string())?;
    Ok(HttpResponse::Ok().json(json!({
        "revisions": items,
        "meta": Meta::new("revisions", page.size, next.as_deref().map(str::as_bytes)),
    })))
}
