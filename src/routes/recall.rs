//! `POST /v1/Stores/{storeId}/Profiles/{profileId}/Recall` (SPEC 3).

use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::Value;

use super::auth::Principal;
use super::error::ApiError;
use super::scope::{profile_error, store as scope_store};
use super::AppState;
use crate::recall::{RecallError, RecallRequest};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        super::resource("/v1/Stores/{storeId}/Profiles/{profileId}/Recall")
            .route(web::post().to(recall)),
    );
}

async fn recall(
    principal: Principal,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    body: Option<web::Json<Value>>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let (store, profile) = path.into_inner();
    scope_store(&principal, &state, &store)?;
    // A merged id is sent on with 308, like every write.
    let p = state
        .profiles
        .resolve(&store, &profile)
        .map_err(|e| profile_error(e, &req, &profile))?;
    let request: RecallRequest = match body.map(|b| b.into_inner()) {
        None | Some(Value::Null) => RecallRequest::default(),
        Some(v) => serde_json::from_value(v)
            .map_err(|e| ApiError::BadRequest(format!("Invalid Recall body: {e}")))?,
    };
    let answer = state
        .recall
        .recall(&store, &p.id, request)
        .await
        .map_err(|e| match e {
            RecallError::Invalid(m) => ApiError::BadRequest(m),
            RecallError::Storage(s) => s.into(),
        })?;
    Ok(HttpResponse::Ok().json(answer))
}
