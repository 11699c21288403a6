//! `/v1/Stores/{storeId}/Profiles…`: upsert, list, fetch, PATCH traits, DELETE (erasure),
//! Lookup, Traits, Identifiers, Export.

use std::collections::BTreeMap;

use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

use super::auth::Principal;
use super::error::ApiError;
use super::paging::{invalid_token, page_in_memory, Meta, PageQuery};
use super::scope::{profile_error, store as scope_store};
use super::AppState;
use crate::domain::profile::{IdType, Profile};
use crate::profiles::Removal;

pub fn configure(cfg: &mut web::ServiceConfig) {
    let base = "/v1/Stores/{storeId}/Profiles";
    cfg.service(
        super::resource(base)
            .route(web::get().to(list))
            .route(web::post().to(upsert)),
    )
    .service(super::resource(&format!("{base}/Lookup")).route(web::post().to(lookup)))
    .service(
        super::resource(&format!("{base}/{{profileId}}"))
            .route(web::get().to(fetch))
            .route(web::patch().to(patch))
            .route(web::delete().to(delete)),
    )
    .service(super::resource(&format!("{base}/{{profileId}}/Traits")).route(web::get().to(traits)))
    .service(
        super::resource(&format!("{base}/{{profileId}}/Identifiers"))
            .route(web::get().to(identifiers))
            .route(web::post().to(add_identifier)),
    )
    .service(
        super::resource(&format!("{base}/{{profileId}}/Identifiers/{{idType}}"))
            .route(web::get().to(identifier_type))
            .route(web::patch().to(replace_identifier))
            .route(web::delete().to(remove_identifier)),
    )
    .service(super::resource(&format!("{base}/{{profileId}}/Export")).route(web::get().to(export)));
}

/// A profile as the API shows it: traits as plain values.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProfileView {
    id: String,
    traits: BTreeMap<String, BTreeMap<String, Value>>,
    created_at: chrono::DateTime<chrono::Utc>,
    updated_at: chrono::DateTime<chrono::Utc>,
}

impl ProfileView {
    fn of(p: &Profile, groups: Option<&[&str]>) -> Self {
        Self {
            id: p.id.clone(),
            traits: p
                .data
                .traits
                .iter()
                .filter(|(g, _)| groups.is_none_or(|gs| gs.contains(&g.as_str())))
                .map(|(g, fields)| {
                    (
                        g.clone(),
                        fields
                            .iter()
                            .map(|(k, e)| (k.clone(), e.value.clone()))
                            .collect(),
                    )
                })
                .collect(),
            created_at: p.created_at,
            updated_at: p.updated_at,
        }
    }
}

fn identifiers_view(p: &Profile) -> Vec<Value> {
    p.data
        .identifiers
        .iter()
        .map(|(t, values)| json!({"idType": t.as_str(), "values": values}))
        .collect()
}

fn parse_id_type(s: &str) -> Result<IdType, ApiError> {
    IdType::parse(s).ok_or_else(|| {
        ApiError::BadRequest(format!(
            "idType must be one of email, whatsapp, phone, chatId (got '{s}')"
        ))
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UpsertBody {
    #[serde(default)]
    traits: Map<String, Value>,
}

async fn upsert(
    principal: Principal,
    req: HttpRequest,
    path: web::Path<String>,
    body: web::Json<UpsertBody>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let store = path.into_inner();
    scope_store(&principal, &state, &store)?;
    let (id, created) = state
        .profiles
        .upsert(&store, &body.traits)
        .await
        .map_err(|e| profile_error(e, &req, ""))?;
    tracing::info!(store_id = %store, profile_id = %id, created, "profile upserted");
    Ok(HttpResponse::Accepted().json(json!({
        "id": id,
        "message": if created { "Profile creation accepted" } else { "Profile update accepted" },
    })))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct GroupsQuery {
    trait_groups: Option<String>,
}

fn groups(q: &Option<String>) -> Option<Vec<&str>> {
    q.as_deref().map(|g| {
        g.split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect()
    })
}

async fn list(
    principal: Principal,
    path: web::Path<String>,
    query: web::Query<PageQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let store = path.into_inner();
    scope_store(&principal, &state, &store)?;
    let page = query.validate(true)?;
    let result = state
        .storage
        .profiles()
        .list(&store, page.cursor.as_deref(), page.size, page.descending)?
        .ok_or_else(invalid_token)?;
    // Twilio lists profile ids; fetch one for its traits.
    let ids: Vec<&str> = result.items.iter().map(|p| p.id.as_str()).collect();
    Ok(HttpResponse::Ok().json(json!({
        "profiles": ids,
        "meta": Meta::new("profiles", page.size, result.next.as_deref()),
    })))
}

/// Loads the profile a request names, mapping merges to redirects.
fn load(state: &AppState, req: &HttpRequest, store: &str, id: &str) -> Result<Profile, ApiError> {
    state
        .profiles
        .resolve(store, id)
        .map_err(|e| profile_error(e, req, id))
}

async fn fetch(
    principal: Principal,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    query: web::Query<GroupsQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let (store, id) = path.into_inner();
    scope_store(&principal, &state, &store)?;
    let p = load(&state, &req, &store, &id)?;
    let g = groups(&query.trait_groups);
    Ok(HttpResponse::Ok().json(ProfileView::of(&p, g.as_deref())))
}

async fn patch(
    principal: Principal,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    body: web::Json<UpsertBody>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let (store, id) = path.into_inner();
    scope_store(&principal, &state, &store)?;
    let p = state
        .profiles
        .patch_traits(&store, &id, &body.traits)
        .await
        .map_err(|e| profile_error(e, &req, &id))?;
    Ok(HttpResponse::Ok().json(ProfileView::of(&p, None)))
}

async fn delete(
    principal: Principal,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let (store, id) = path.into_inner();
    scope_store(&principal, &state, &store)?;
    state
        .profiles
        .delete(&store, &id)
        .await
        .map_err(|e| profile_error(e, &req, &id))?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct LookupBody {
    id_type: String,
    value: String,
}

async fn lookup(
    principal: Principal,
    req: HttpRequest,
    path: web::Path<String>,
    body: web::Json<LookupBody>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let store = path.into_inner();
    scope_store(&principal, &state, &store)?;
    let t = parse_id_type(&body.id_type)?;
    let (normalized, profiles) = state
        .profiles
        .lookup(&store, t, &body.value)
        .map_err(|e| profile_error(e, &req, ""))?;
    Ok(HttpResponse::Ok().json(json!({"normalizedValue": normalized, "profiles": profiles})))
}

async fn traits(
    principal: Principal,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    page: web::Query<PageQuery>,
    query: web::Query<GroupsQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let (store, id) = path.into_inner();
    scope_store(&principal, &state, &store)?;
    let p = load(&state, &req, &store, &id)?;
    let page = page.validate(false)?;
    let g = groups(&query.trait_groups);
    let all: Vec<Value> = p
        .data
        .traits
        .iter()
        .filter(|(group, _)| g.as_ref().is_none_or(|gs| gs.contains(&group.as_str())))
        .flat_map(|(group, fields)| {
            fields.iter().map(move |(name, e)| {
                json!({"name": name, "value": e.value, "traitGroup": group, "timestamp": e.timestamp})
            })
        })
        .collect();
    let (items, next) = page_in_memory(all, &page, |t| {
        format!(
            "{}\u{1f}{}",
            t["traitGroup"].as_str().unwrap_or(""),
            t["name"].as_str().unwrap_or("")
        )
    })?;
    Ok(HttpResponse::Ok().json(json!({
        "traits": items,
        "meta": Meta::new("traits", page.size, next.as_deref().map(str::as_bytes)),
    })))
}

async fn identifiers(
    principal: Principal,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let (store, id) = path.into_inner();
    scope_store(&principal, &state, &store)?;
    let p = load(&state, &req, &store, &id)?;
    Ok(HttpResponse::Ok().json(json!({"identifiers": identifiers_view(&p)})))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct IdentifierBody {
    id_type: String,
    value: String,
}

async fn add_identifier(
    principal: Principal,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    body: web::Json<IdentifierBody>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let (store, id) = path.into_inner();
    scope_store(&principal, &state, &store)?;
    let t = parse_id_type(&body.id_type)?;
    let p = state
        .profiles
        .add_identifier(&store, &id, t, &body.value)
        .await
        .map_err(|e| profile_error(e, &req, &id))?;
    let values = p.data.identifiers.get(&t).cloned().unwrap_or_default();
    Ok(HttpResponse::Accepted().json(json!({
        "message": "Identifier addition accepted",
        "idType": t.as_str(),
        "values": values,
        "identifiers": identifiers_view(&p),
    })))
}

async fn identifier_type(
    principal: Principal,
    req: HttpRequest,
    path: web::Path<(String, String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let (store, id, t) = path.into_inner();
    scope_store(&principal, &state, &store)?;
    let t = parse_id_type(&t)?;
    let p = load(&state, &req, &store, &id)?;
    let values = p.data.identifiers.get(&t).cloned().unwrap_or_default();
    Ok(HttpResponse::Ok().json(json!({"idType": t.as_str(), "values": values})))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct ReplaceBody {
    /// Twilio's client repeats the path's idType in the body.
    #[serde(default)]
    id_type: Option<String>,
    old_value: String,
    new_value: String,
}

async fn replace_identifier(
    principal: Principal,
    req: HttpRequest,
    path: web::Path<(String, String, String)>,
    body: web::Json<ReplaceBody>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let (store, id, t) = path.into_inner();
    scope_store(&principal, &state, &store)?;
    let t = parse_id_type(&t)?;
    if body.id_type.as_deref().is_some_and(|b| b != t.as_str()) {
        return Err(ApiError::BadRequest(
            "idType in the body differs from the one in the path".into(),
        ));
    }
    let p = state
        .profiles
        .replace_identifier(&store, &id, t, &body.old_value, &body.new_value)
        .await
        .map_err(|e| profile_error(e, &req, &id))?;
    let values = p.data.identifiers.get(&t).cloned().unwrap_or_default();
    Ok(HttpResponse::Ok().json(json!({"idType": t.as_str(), "values": values})))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RemoveQuery {
    value: Option<String>,
    remove_all: Option<bool>,
}

async fn remove_identifier(
    principal: Principal,
    req: HttpRequest,
    path: web::Path<(String, String, String)>,
    query: web::Query<RemoveQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let (store, id, t) = path.into_inner();
    scope_store(&principal, &state, &store)?;
    let t = parse_id_type(&t)?;
    // removeAll=true: every value; value=… (+): that one; neither: the one the type's
    // limitPolicy would evict next (fifo: the oldest), as Twilio does.
    let which = match (&query.value, query.remove_all) {
        (Some(_), Some(true)) => {
            return Err(ApiError::BadRequest(
                "give value=… or removeAll=true, not both".into(),
            ))
        }
        (Some(v), _) => Removal::Value(v.as_str()),
        (None, Some(true)) => Removal::All,
        (None, _) => Removal::Oldest,
    };
    state
        .profiles
        .remove_identifier(&store, &id, t, which)
        .await
        .map_err(|e| profile_error(e, &req, &id))?;
    Ok(HttpResponse::NoContent().finish())
}

async fn export(
    principal: Principal,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let (store, id) = path.into_inner();
    scope_store(&principal, &state, &store)?;
    let p = load(&state, &req, &store, &id)?;
    let profiles = state.storage.profiles();
    let mut observations = Vec::new();
    for o in profiles.observations(&store, &p.id)? {
        let revisions = profiles.revisions(&store, &p.id, &o.id)?;
        let mut v = serde_json::to_value(&o).map_err(|e| ApiError::Internal(e.into()))?;
        v["previousRevisions"] =
            serde_json::to_value(revisions).map_err(|e| ApiError::Internal(e.into()))?;
        observations.push(v);
    }
    let mut conversations = Vec::new();
    for conv in profiles.conversations(&store, &p.id)? {
        let Some(record) = state.storage.conversations().get(&conv)? else {
            continue;
        };
        let participants = state.storage.conversations().participants(&conv)?;
        let mut communications = Vec::new();
        let mut cursor: Option<Vec<u8>> = None;
        loop {
            let page = state
                .storage
                .conversations()
                .communications(&conv, cursor.as_deref(), 1000, false)?
                .unwrap_or(crate::storage::Page {
                    items: Vec::new(),
                    next: None,
                });
            communications.extend(page.items);
            match page.next {
                Some(n) => cursor = Some(n),
                None => break,
            }
        }
        conversations.push(json!({
            "conversation": record,
            "participants": participants,
            "communications": communications,
        }));
    }
    let traits: Vec<Value> = p
        .data
        .traits
        .iter()
        .flat_map(|(group, fields)| {
            fields.iter().map(move |(name, e)| {
                json!({"name": name, "value": e.value, "traitGroup": group, "timestamp": e.timestamp})
            })
        })
        .collect();
    tracing::info!(store_id = %store, profile_id = %p.id, "profile exported");
    Ok(HttpResponse::Ok().json(json!({
        "exportedAt": crate::domain::time::now(),
        "storeId": store,
        "profile": {
            "id": p.id,
            "createdAt": p.created_at,
            "updatedAt": p.updated_at,
            "identifiers": identifiers_view(&p),
            "traits": traits,
        },
        "observations": observations,
        "summaries": profiles.summaries(&store, &p.id)?,
        "conversations": conversations,
    })))
}
