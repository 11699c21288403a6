//! `/v1/ControlPlane/Stores`: list, create, fetch (the rest of the store API is issue #3).

use actix_web::{web, HttpResponse};
use serde::Deserialize;
use serde_json::json;

use super::auth::Principal;
use super::error::ApiError;
use super::paging::{page_in_memory, Meta, PageQuery};
use super::AppState;
use crate::domain::profile::IdentityResolutionSettings;
use crate::domain::{ids, store::validate_display_name, Store};
use crate::storage::CreateStoreRefusal;
use actix_web::{http::header, HttpRequest};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        super::resource("/v1/ControlPlane/Stores")
            .route(web::get().to(list))
            .route(web::post().to(create)),
    )
    .service(
        super::resource("/v1/ControlPlane/Stores/{storeId}")
            .route(web::get().to(fetch))
            .route(web::patch().to(patch))
            .route(web::delete().to(delete)),
    )
    .service(
        super::resource("/v1/ControlPlane/Stores/{storeId}/IdentityResolutionSettings")
            .route(web::get().to(get_settings))
            .route(web::put().to(put_settings)),
    );
}

async fn list(
    principal: Principal,
    query: web::Query<PageQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let page = query.validate(true)?;
    let ids: Vec<String> = state
        .storage
        .control()
        .stores()?
        .into_iter()
        .map(|s| s.id)
        .filter(|id| principal.can_access(id))
        .collect();
    let (items, next) = page_in_memory(ids, &page, Clone::clone)?;
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
    let now = crate::domain::time::now();
    let store = Store {
        id: ids::new_id("mem_store"),
        display_name: body.display_name,
        description: body.description,
        status: "ACTIVE".into(),
        version: 1,
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

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct PatchStore {
    #[serde(default)]
    display_name: Option<String>,
    #[serde(default)]
    description: Option<String>,
}

async fn patch(
    principal: Principal,
    path: web::Path<String>,
    body: web::Json<PatchStore>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let id = path.into_inner();
    principal.ensure_store(&id)?;
    let control = state.storage.control();
    let mut store = control
        .store(&id)?
        .ok_or_else(|| ApiError::not_found("Store", &id))?;
    let body = body.into_inner();
    if let Some(name) = body.display_name {
        validate_display_name(&name).map_err(ApiError::BadRequest)?;
        if control.store_by_name(&name)?.is_some_and(|s| s.id != id) {
            return Err(ApiError::Conflict(
                "A memory store with this displayName already exists".into(),
            ));
        }
        store.display_name = name;
    }
    if let Some(d) = body.description {
        if d.len() > 1024 {
            return Err(ApiError::BadRequest(
                "description must be at most 1024 characters".into(),
            ));
        }
        store.description = Some(d);
    }
    store.updated_at = crate::domain::time::now();
    store.version += 1;
    control.put_store(&store)?;
    state.storage.durable().await?;
    Ok(HttpResponse::Ok().json(store))
}

/// Erases the store and everything in it: profiles, observations, summaries, conversations and
/// their messages, identifiers, keys; and the configurations that route to it.
async fn delete(
    principal: Principal,
    req: HttpRequest,
    path: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let id = path.into_inner();
    principal.ensure_store(&id)?;
    if state.storage.control().store(&id)?.is_none() {
        return Err(ApiError::not_found("Store", &id));
    }
    let routing: Vec<_> = state
        .configurations
        .all()
        .iter()
        .filter(|c| c.memory_store_id == id)
        .cloned()
        .collect();
    if routing.iter().any(|c| c.is_default) {
        return Err(ApiError::Conflict(
            "The default conversation configuration routes to this store; make a configuration for another store the default first".into(),
        ));
    }
    for cfg in &routing {
        state.configurations.delete(&cfg.id)?;
    }
    let (profiles, conversations) = state
        .profiles
        .erase_store(&id)
        .await
        .map_err(|e| super::scope::profile_error(e, &req, ""))?;
    state.storage.control().delete_store(&id)?;
    state.storage.durable().await?;
    tracing::info!(store_id = %id, profiles, conversations, "store erased");
    Ok(HttpResponse::NoContent().finish())
}

fn etag(version: u64) -> String {
    format!("\"{version}\"")
}

async fn get_settings(
    principal: Principal,
    path: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let id = path.into_inner();
    super::scope::store(&principal, &state, &id)?;
    let s = state.storage.profiles().settings(&id)?;
    Ok(HttpResponse::Ok()
        .insert_header((header::ETAG, etag(s.version)))
        .json(s))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct SettingsBody {
    identifier_configs: Vec<crate::domain::profile::IdentifierConfigInput>,
    matching_rules: Vec<crate::domain::profile::IdType>,
    // Read-only fields a client may echo back from a GET.
    #[serde(default, rename = "version")]
    _version: Option<serde_json::Value>,
    #[serde(default, rename = "message")]
    _message: Option<serde_json::Value>,
    #[serde(default, rename = "statusUrl")]
    _status_url: Option<serde_json::Value>,
}

async fn put_settings(
    principal: Principal,
    req: HttpRequest,
    path: web::Path<String>,
    body: web::Json<SettingsBody>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let id = path.into_inner();
    super::scope::store(&principal, &state, &id)?;
    let if_match = match req.headers().get(header::IF_MATCH) {
        None => None,
        Some(v) => {
            let raw = v.to_str().unwrap_or("").trim();
            let raw = raw.strip_prefix("W/").unwrap_or(raw).trim_matches('"');
            if raw == "*" {
                None
            } else {
                Some(raw.parse::<u64>().map_err(|_| {
                    ApiError::PreconditionFailed(format!(
                        "If-Match {raw:?} is not a version of these settings"
                    ))
                })?)
            }
        }
    };
    let body = body.into_inner();
    let new = IdentityResolutionSettings {
        identifier_configs: body
            .identifier_configs
            .into_iter()
            .map(|c| c.into_config())
            .collect(),
        matching_rules: body.matching_rules,
        version: 0,
    };
    let saved = state
        .profiles
        .put_settings(&id, new, if_match)
        .await
        .map_err(|e| super::scope::profile_error(e, &req, ""))?;
    Ok(HttpResponse::Ok()
        .insert_header((header::ETAG, etag(saved.version)))
        .json(saved))
}
