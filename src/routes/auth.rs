//! HTTP Basic authentication as an extractor: a handler that takes [`Principal`] cannot run
//! without valid credentials.

use std::future::{ready, Ready};
use std::sync::Arc;

use actix_web::{dev::Payload, http::header, web, FromRequest, HttpRequest};
use base64::Engine;
use secrecy::{ExposeSecret, SecretString};
use subtle::ConstantTimeEq;

use super::error::ApiError;
use crate::settings::ApiKey;

/// Credentials the API accepts.
pub struct Credentials {
    pub account_sid: String,
    pub auth_token: SecretString,
    pub api_keys: Vec<ApiKey>,
}

/// Who is calling, and which stores they may see.
#[derive(Debug, Clone)]
pub struct Principal {
    pub sid: String,
    /// `None`: every store (account credentials or an unrestricted key).
    pub stores: Option<Arc<[String]>>,
}

impl Principal {
    /// 404 (never 403: existence is not revealed) when the store is outside this principal's scope.
    pub fn ensure_store(&self, store_id: &str) -> Result<(), ApiError> {
        if self.can_access(store_id) {
            Ok(())
        } else {
            Err(ApiError::not_found("Store", store_id))
        }
    }

    /// True when the store is within scope.
    pub fn can_access(&self, store_id: &str) -> bool {
        self.stores
            .as_ref()
            .is_none_or(|s| s.iter().any(|x| x == store_id))
    }
}

fn secret_eq(a: &str, b: &str) -> bool {
    a.as_bytes().ct_eq(b.as_bytes()).into()
}

impl Credentials {
    /// Checks a `sid:secret` pair.
    pub fn authenticate(&self, user: &str, password: &str) -> Option<Principal> {
        if user == self.account_sid && secret_eq(password, self.auth_token.expose_secret()) {
            return Some(Principal {
                sid: user.to_owned(),
                stores: None,
            });
        }
        self.api_keys
            .iter()
            .find(|k| k.sid == user && secret_eq(password, k.secret.expose_secret()))
            .map(|k| Principal {
                sid: k.sid.clone(),
                stores: k.stores.clone().map(Into::into),
            })
    }
}

fn parse_basic(req: &HttpRequest) -> Option<(String, String)> {
    let value = req.headers().get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, encoded) = value.trim().split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .ok()?;
    let decoded = String::from_utf8(decoded).ok()?;
    let (user, pass) = decoded.split_once(':')?;
    Some((user.to_owned(), pass.to_owned()))
}

impl FromRequest for Principal {
    type Error = ApiError;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let Some(creds) = req.app_data::<web::Data<Credentials>>() else {
            return ready(Err(ApiError::Internal(anyhow::anyhow!(
                "credentials not configured"
            ))));
        };
        ready(
            parse_basic(req)
                .and_then(|(u, p)| creds.authenticate(&u, &p))
                .ok_or(ApiError::Unauthorized),
        )
    }
}
