//! Memory stores: the tenant boundary.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A memory store (SPEC 2.2).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Store {
    pub id: String,
    pub display_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub status: String,
    /// Incremented by every change.
    #[serde(default = "first_version")]
    pub version: u64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

fn first_version() -> u64 {
    1
}

/// Validates a store display name: `^[a-zA-Z0-9_-]+$`, at most 64 characters.
pub fn validate_display_name(name: &str) -> Result<(), String> {
    if name.is_empty() || name.len() > 64 {
        return Err("displayName must be 1 to 64 characters".into());
    }
    if !name
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    {
        return Err("displayName may contain only letters, digits, '_' and '-'".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names() {
        assert!(validate_display_name("default").is_ok());
        assert!(validate_display_name("a-b_C9").is_ok());
        assert!(validate_display_name("").is_err());
        assert!(validate_display_name("has space").is_err());
        assert!(validate_display_name(&"a".repeat(65)).is_err());
        assert!(validate_display_name("ünï").is_err());
    }
}
