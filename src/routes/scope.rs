//! Request scoping shared by the store-scoped routes: store visibility and the mapping of
//! profile errors (including merge redirects) to HTTP.

use actix_web::HttpRequest;

use super::auth::Principal;
use super::error::ApiError;
use super::AppState;
use crate::profiles::ProfileError;

/// 404 unless the store exists and is within the principal's scope.
pub fn store(principal: &Principal, state: &AppState, store_id: &str) -> Result<(), ApiError> {
    principal.ensure_store(store_id)?;
    state
        .storage
        .control()
        .store(store_id)?
        .map(|_| ())
        .ok_or_else(|| ApiError::not_found("Store", store_id))
}

/// Maps a profile error; a merged profile becomes a redirect to the same path under the
/// canonical id.
pub fn profile_error(e: ProfileError, req: &HttpRequest, named_profile: &str) -> ApiError {
    match e {
        ProfileError::Invalid(m) => ApiError::BadRequest(m),
        ProfileError::NotFound(what, id) => ApiError::not_found(what, &id),
        ProfileError::Conflict(m) => ApiError::Conflict(m),
        ProfileError::PreconditionFailed(m) => ApiError::PreconditionFailed(m),
        ProfileError::Storage(s) => s.into(),
        ProfileError::Moved { canonical } => {
            let path = req.path().replacen(
                &format!("/Profiles/{named_profile}"),
                &format!("/Profiles/{canonical}"),
                1,
            );
            let info = req.connection_info();
            let location = match req.query_string() {
                "" => format!("{}://{}{path}", info.scheme(), info.host()),
                q => format!("{}://{}{path}?{q}", info.scheme(), info.host()),
            };
            ApiError::Moved {
                permanent_get: req.method() == actix_web::http::Method::GET,
                location,
                canonical,
            }
        }
    }
}
