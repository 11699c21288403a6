//! Conversation configurations (SPEC 1.4): which memory store a conversation belongs to, when it
//! is extracted, and the sidecar's own inactive/closed timers.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::conversation::ConversationStatus;

/// Minutes from the last communication after which the sidecar itself marks a conversation
/// INACTIVE / CLOSED. `None` (or 0) disables that timer.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct StatusTimeouts {
    #[serde(default)]
    pub inactive: Option<u32>,
    #[serde(default)]
    pub closed: Option<u32>,
}

/// Where a configuration came from: the config file (re-applied at every start) or the API.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ConfigurationSource {
    File,
    Api,
    Default,
}

/// A conversation configuration.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Configuration {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub memory_store_id: String,
    pub memory_extraction_enabled: bool,
    pub extract_on: Vec<ConversationStatus>,
    pub status_timeouts: StatusTimeouts,
    pub agent_addresses: Vec<String>,
    pub chat_service_sids: Vec<String>,
    /// The configuration used for webhooks whose configuration is unknown.
    pub is_default: bool,
    pub source: ConfigurationSource,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A create or PATCH request body; every field optional so one type serves both.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ConfigurationInput {
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub description: Option<String>,
    pub memory_store_id: Option<String>,
    /// Config-file convenience: name the store instead of its id.
    pub memory_store_name: Option<String>,
    pub memory_extraction_enabled: Option<bool>,
    pub extract_on: Option<Vec<ConversationStatus>>,
    pub status_timeouts: Option<StatusTimeouts>,
    pub agent_addresses: Option<Vec<String>>,
    pub chat_service_sids: Option<Vec<String>>,
    pub is_default: Option<bool>,
}

impl Configuration {
    /// Timer minutes for INACTIVE, falling back to the global default; 0 means off.
    pub fn inactive_minutes(&self, default: u32) -> u32 {
        self.status_timeouts.inactive.unwrap_or(default)
    }

    /// Timer minutes for CLOSED, falling back to the global default; 0 means off.
    pub fn closed_minutes(&self, default: u32) -> u32 {
        self.status_timeouts.closed.unwrap_or(default)
    }

    /// True when entering `status` should trigger extraction.
    pub fn extracts_on(&self, status: ConversationStatus) -> bool {
        self.memory_extraction_enabled && self.extract_on.contains(&status)
    }

    /// Applies a PATCH (or a create body over defaults). Validation of the result is separate.
    pub fn apply(&mut self, input: ConfigurationInput) {
        if let Some(v) = input.display_name {
            self.display_name = Some(v);
        }
        if let Some(v) = input.description {
            self.description = Some(v);
        }
        if let Some(v) = input.memory_store_id {
            self.memory_store_id = v;
        }
        if let Some(v) = input.memory_extraction_enabled {
            self.memory_extraction_enabled = v;
        }
        if let Some(v) = input.extract_on {
            self.extract_on = v;
        }
        if let Some(v) = input.status_timeouts {
            self.status_timeouts = v;
        }
        if let Some(v) = input.agent_addresses {
            self.agent_addresses = v;
        }
        if let Some(v) = input.chat_service_sids {
            self.chat_service_sids = v;
        }
        if let Some(v) = input.is_default {
            self.is_default = v;
        }
    }

    /// Checks the invariants a stored configuration must hold.
    pub fn validate(&self) -> Result<(), String> {
        if !super::ids::is_usable_external_id(&self.id) {
            return Err("id must be 1 to 256 characters without control characters".into());
        }
        if let Some(name) = &self.display_name {
            if name.len() > 256 {
                return Err("displayName must be at most 256 characters".into());
            }
        }
        if self.extract_on.contains(&ConversationStatus::Active) {
            return Err("extractOn may contain only INACTIVE and CLOSED".into());
        }
        if let (Some(i), Some(c)) = (self.status_timeouts.inactive, self.status_timeouts.closed) {
            if i > 0 && c > 0 && c < i {
                return Err("statusTimeouts.closed must not be shorter than inactive".into());
            }
        }
        for list in [&self.agent_addresses, &self.chat_service_sids] {
            if list.len() > 100 {
                return Err("agentAddresses and chatServiceSids hold at most 100 values".into());
            }
            if list.iter().any(|v| !super::ids::is_usable_external_id(v)) {
                return Err("agentAddresses and chatServiceSids must be non-empty strings".into());
            }
        }
        Ok(())
    }
}
