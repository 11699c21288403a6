//! `…/Profiles/{profileId}/ConversationSummaries…`.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use serde_json::{json, Value};

use super::auth::Principal;
use super::error::ApiError;
use super::observations::parse_batch;
use super::paging::{page_in_memory, Meta, PageQuery};
use super::scope::{profile_error, store as scope_store};
use super::AppState;
use crate::profiles::summaries::{NewSummary, SummaryPatch};

pub fn configure(cfg: &mut web::ServiceConfig) {
    let base = "/v1/Stores/{storeId}/Profiles/{profileId}/ConversationSummaries";
    cfg.service(
        super::resource(base)
            .route(web::get().to(list))
            .route(web::post().to(create)),
    )
    .service(
        super::resource(&format!("{base}/{{summaryId}}"))
            .route(web::get().to(fetch))
            .route(web::patch().to(patch))
            .route(web::delete().to(delete)),
    );
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
    let items: Vec<NewSummary> = parse_batch(body.into_inner(), "summaries")?;
    let created = state
        .profiles
        .create_summaries(&store, &profile, items)
        .await
        .map_err(|e| profile_error(e, &req, &profile))?;
    Ok(HttpResponse::Accepted().json(json!({
        "message": "Conversation summaries creation accepted",
        "summaries": created,
    })))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct FilterQuery {
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
    let all = state
        .profiles
        .list_summaries(&store, &profile, query.conversation_id.as_deref())
        .map_err(|e| profile_error(e, &req, &profile))?;
    let (items, next) = page_in_memory(all, &page, |s| s.id.clone())?;
    Ok(HttpResponse::Ok().json(json!({
        "summaries": items,
        "meta": Meta::new("summaries", page.size, next.as_deref().map(str::as_bytes)),
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
    let s = state
        .profiles
        .summary(&store, &profile, &id)
        .map_err(|e| profile_error(e, &req, &profile))?;
    Ok(HttpResponse::Ok().json(s))
}

async fn patch(
    principal: Principal,
    req: HttpRequest,
    path: web::Path<(String, String, String)>,
    body: web::Json<SummaryPatch>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let (store, profile, id) = path.into_inner();
    scope_store(&principal, &state, &store)?;
    let s = state
        .profiles
        .patch_summary(&store, &profile, &id, body.into_inner())
        .await
        .map_err(|e| profile_error(e, &req, &profile))?;
    Ok(HttpResponse::Ok().json(s))
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
        .delete_summary(&store, &profile, &id)
        .await
        .map_err(|e| profile_error(e, &req, &profile))?;
    Ok(HttpResponse::NoContent().finish())
}
