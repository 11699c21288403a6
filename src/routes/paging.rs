//! Twilio list conventions: `pageSize` (default 50, max 1000), `pageToken`, `orderBy`.

use base64::Engine;
use serde::{Deserialize, Serialize};

use super::error::ApiError;

/// Query parameters of a list.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PageQuery {
    pub page_size: Option<u32>,
    pub page_token: Option<String>,
    pub order_by: Option<String>,
}

/// A validated page request.
pub struct PageRequest {
    pub size: usize,
    pub cursor: Option<Vec<u8>>,
    pub descending: bool,
}

impl PageQuery {
    /// Validates the query; `default_descending` is the list's natural order.
    pub fn validate(&self, default_descending: bool) -> Result<PageRequest, ApiError> {
        let size = match self.page_size {
            None => 50,
            Some(n @ 1..=1000) => n as usize,
            Some(_) => {
                return Err(ApiError::BadRequest(
                    "pageSize must be between 1 and 1000".into(),
                ))
            }
        };
        let descending = match self.order_by.as_deref() {
            None => default_descending,
            Some(o) if o.eq_ignore_ascii_case("DESC") => true,
            Some(o) if o.eq_ignore_ascii_case("ASC") => false,
            Some(_) => return Err(ApiError::BadRequest("orderBy must be ASC or DESC".into())),
        };
        let cursor = match &self.page_token {
            None => None,
            Some(t) => Some(decode_token(t)?),
        };
        Ok(PageRequest {
            size,
            cursor,
            descending,
        })
    }
}

/// An opaque page token for a cursor.
pub fn encode_token(cursor: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(cursor)
}

/// The cursor inside a page token.
pub fn decode_token(token: &str) -> Result<Vec<u8>, ApiError> {
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(token)
        .map_err(|_| invalid_token())
}

/// The error for a token that does not belong to this list.
pub fn invalid_token() -> ApiError {
    ApiError::BadRequest("pageToken is not valid for this list".into())
}

/// `meta` of a list response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Meta {
    pub key: &'static str,
    pub page_size: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Meta {
    /// Meta for a page of `key`.
    pub fn new(key: &'static str, page_size: usize, next: Option<&[u8]>) -> Self {
        Self {
            key,
            page_size,
            next_token: next.map(encode_token),
        }
    }
}

/// Pages a list held in memory (natural order ascending; reversed when descending). The
/// cursor is the key of the last item returned.
pub fn page_in_memory<T>(
    mut items: Vec<T>,
    page: &PageRequest,
    key: impl Fn(&T) -> String,
) -> Result<(Vec<T>, Option<String>), ApiError> {
    if page.descending {
        items.reverse();
    }
    let start = match &page.cursor {
        None => 0,
        Some(c) => {
            let after = std::str::from_utf8(c).map_err(|_| invalid_token())?;
            items
                .iter()
                .position(|x| key(x) == after)
                .map(|i| i + 1)
                .ok_or_else(invalid_token)?
        }
    };
    let total = items.len();
    let out: Vec<T> = items.into_iter().skip(start).take(page.size).collect();
    let next = (start + out.len() < total)
        .then(|| out.last().map(&key))
        .flatten();
    Ok((out, next))
}
