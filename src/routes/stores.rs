//! `/v1/ControlPlane/Stores`: list, create, fetch (the rest of the store API is issue #3).

use actix_web::{web, HttpResponse};
use chrono::Utc;
use serde::Deserialize;
use serde_json::json;

use super::auth::Principal;
use super::error::ApiError;
use super::paging::{invalid_token, Meta, PageQuery};
use super::AppState;
use crate::domain::{ids, store::validate_display_name, Store};
use crate::storage::CreateStoreRefusal;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        super::resource("/v1/ControlPlane/Stores")
            .route(web::get().to(list))
            .route(web::post().to(create)),
    )
    .service(super::resource("/v1/ControlPlane/Stores/{storeId}").route(web::get().to(fetch)));
}

async fn list(
    principal: Principal,
    query: web::Query<PageQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let page = query.validate(true)?;
    let mut ids: Vec<String> = state
        .storage
        .control()
        .stores()?
        .into_iter()
        .map(|s| s.id)
        .filter(|id| principal.can_access(id))
        .collect();
    if page.descending {
        ids.reverse();
    }
    let start = match &page.cursor {
        None => 0,
        Some(c) => {
            let after = std::str::from_utf8(c).map_err(|_| invalid_token())?;
            ids.iter()
                .position(|id| id == after)
                .map(|i| i + 1)
                .ok_or_else(invalid_token)?
        }
    };
    let items: Vec<String> = ids.iter().skip(start).take(page.size).cloned().collect();
    let more = start + items.len() < ids.len();
    let next = more.then(|| items.last().cloned()).flatten();
    Ok(HttpResponse::Ok().json(json!({
        "stores": items,
        "meta": Meta::new("stores", page.size, next.as_deref().map(str::as_bytes)),
    })))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct CreateStore {
    display_name: String,
    #[serde(default)]
    description: Option<String>,
}

async fn create(
    principal: Principal,
    body: web::Json<CreateStore>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    if principal.stores.is_some() {
        return Err(ApiError::Forbidden(
            "This API key is limited to specific stores and cannot create stores".into(),
        ));
    }
    let body = body.into_inner();
    validate_display_name(&body.display_name).map_err(ApiError::BadRequest)?;
    if body.description.as_ref().is_some_and(|d| d.len() > 1024) {
        return Err(ApiError::BadRequest(
            "description must be at most 1024 characters".into(),
        ));
    }
    let now = Utc::now();
    let store = Store {
        id: ids::new_id("mem_store"),
        display_name: body.display_name,
        description: body.description,
        status: "ACTIVE".into(),
        created_at: now,
        updated_at: now,
    };
    match state
        .storage
        .control()
        .create_store(&store, state.max_stores)?
    {
        Ok(()) => {}
        Err(CreateStoreRefusal::Limit(n)) => {
            return Err(ApiError::Conflict(format!(
                "The account already has the maximum of {n} memory stores"
            )))
        }
        Err(CreateStoreRefusal::NameTaken) => {
            return Err(ApiError::Conflict(
                "A memory store with this displayName already exists".into(),
            ))
        }
    }
    tracing::info!(store_id = %store.id, "store created");
    let mut body = serde_json::to_value(&store).map_err(|e| ApiError::Internal(e.into()))?;
    body["message"] = json!("Store creation accepted");
    Ok(HttpResponse::Accepted().json(body))
}

async fn fetch(
    principal: Principal,
    path: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let id = path.into_inner();
    principal.ensure_store(&id)?;
    let store = state
        .storage
        .control()
        .store(&id)?
        .ok_or_else(|| ApiError::not_found("Store", &id))?;
    Ok(HttpResponse::Ok().json(store))
}
