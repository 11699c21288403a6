//! `/v1/Stores/{storeId}/Conversations/{conversationId}` (+) and its `Communications` (+).

use actix_web::{web, HttpResponse};
use serde::Serialize;
use serde_json::json;

use super::auth::Principal;
use super::error::ApiError;
use super::paging::{invalid_token, Meta, PageQuery};
use super::AppState;
use crate::domain::{ConversationRecord, Participant};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        super::resource("/v1/Stores/{storeId}/Conversations/{conversationId}")
            .route(web::get().to(fetch)),
    )
    .service(
        super::resource("/v1/Stores/{storeId}/Conversations/{conversationId}/Communications")
            .route(web::get().to(communications)),
    )
    .service(
        super::resource("/v1/Stores/{storeId}/Conversations/{conversationId}/Extract")
            .route(web::post().to(extract)),
    );
}

/// The conversation as the API shows it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ConversationView {
    #[serde(flatten)]
    record: ConversationRecord,
    participants: Vec<Participant>,
    profile_ids: Vec<String>,
}

/// Loads a conversation that belongs to `store_id` and is visible to `principal`.
fn scoped(
    principal: &Principal,
    state: &AppState,
    store_id: &str,
    conversation_id: &str,
) -> Result<ConversationRecord, ApiError> {
    principal.ensure_store(store_id)?;
    state
        .storage
        .conversations()
        .get(conversation_id)?
        .filter(|c| c.store_id == store_id)
        .ok_or_else(|| ApiError::not_found("Conversation", conversation_id))
}

async fn fetch(
    principal: Principal,
    path: web::Path<(String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let (store_id, conversation_id) = path.into_inner();
    let mut record = scoped(&principal, &state, &store_id, &conversation_id)?;
    record.timer = None;
    record.extraction.generation = None;
    let participants = state
        .storage
        .conversations()
        .participants(&conversation_id)?;
    let mut participants = participants;
    for p in &mut participants {
        if let Some(id) = &p.profile_id {
            // Merged profiles are shown by their canonical id.
            p.profile_id = Some(
                state
                    .profiles
                    .canonical(&store_id, id)
                    .map_err(|e| ApiError::Internal(e.into()))?,
            );
        }
    }
    let mut profile_ids: Vec<String> = participants
        .iter()
        .filter_map(|p| p.profile_id.clone())
        .collect();
    profile_ids.sort();
    profile_ids.dedup();
    Ok(HttpResponse::Ok().json(ConversationView {
        record,
        participants,
        profile_ids,
    }))
}

async fn communications(
    principal: Principal,
    path: web::Path<(String, String)>,
    query: web::Query<PageQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let (store_id, conversation_id) = path.into_inner();
    // Thread order (oldest first) unless orderBy=DESC.
    let page = query.validate(false)?;
    scoped(&principal, &state, &store_id, &conversation_id)?;
    let result = state
        .storage
        .conversations()
        .communications(
            &conversation_id,
            page.cursor.as_deref(),
            page.size,
            page.descending,
        )?
        .ok_or_else(invalid_token)?;
    Ok(HttpResponse::Ok().json(json!({
        "communications": result.items,
        "meta": Meta::new("communications", page.size, result.next.as_deref()),
    })))
}

/// `POST …/Extract` (+): queues an extraction run now (a re-run when nothing is new).
async fn extract(
    principal: Principal,
    path: web::Path<(String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let (store_id, conversation_id) = path.into_inner();
    scoped(&principal, &state, &store_id, &conversation_id)?;
    let mut extraction = state
        .extractor
        .request(&store_id, &conversation_id)
        .await?
        .ok_or_else(|| ApiError::not_found("Conversation", &conversation_id))?;
    extraction.generation = None;
    let message = if state.extractor.llm_configured() {
        "Extraction accepted"
    } else {
        "Extraction accepted; no LLM is configured, so the job waits until one is"
    };
    Ok(HttpResponse::Accepted().json(json!({
        "message": message,
        "conversationId": conversation_id,
        "extraction": extraction,
    })))
}
