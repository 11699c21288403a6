//! Profiles and what hangs off them: identifiers, traits, observations (with revisions) and
//! conversation summaries (SPEC 2.2, 2.4).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Identifier types (SPEC 2.4).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum IdType {
    #[serde(rename = "email")]
    Email,
    #[serde(rename = "whatsapp")]
    Whatsapp,
    #[serde(rename = "phone")]
    Phone,
    #[serde(rename = "chatId")]
    ChatId,
}

impl IdType {
    /// Every type, in the default matching order.
    pub const ALL: [IdType; 4] = [Self::Email, Self::Whatsapp, Self::Phone, Self::ChatId];

    /// The API name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::Whatsapp => "whatsapp",
            Self::Phone => "phone",
            Self::ChatId => "chatId",
        }
    }

    /// Parses an API name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// The `Contact` trait that is promoted to this identifier.
    pub fn contact_trait(self) -> &'static str {
        self.as_str()
    }

    /// The identifier a conversation address on `channel` becomes (SPEC 1.4).
    pub fn for_channel(channel: &str) -> Option<Self> {
        match channel.to_ascii_uppercase().as_str() {
            "SMS" | "VOICE" | "RCS" => Some(Self::Phone),
            "WHATSAPP" => Some(Self::Whatsapp),
            "EMAIL" => Some(Self::Email),
            "CHAT" => Some(Self::ChatId),
            _ => None,
        }
    }

    /// Phone and WhatsApp values share one number space: a customer who writes over SMS and
    /// later over WhatsApp from the same number is one person.
    pub fn same_number_space(self) -> &'static [IdType] {
        match self {
            Self::Phone | Self::Whatsapp => &[Self::Phone, Self::Whatsapp],
            Self::Email => &[Self::Email],
            Self::ChatId => &[Self::ChatId],
        }
    }
}

/// One trait value with the time it was last set.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct TraitEntry {
    pub value: Value,
    pub timestamp: DateTime<Utc>,
}

/// Trait groups: group -> name -> entry.
pub type Traits = BTreeMap<String, BTreeMap<String, TraitEntry>>;

/// Checks a trait value: string, number, boolean, or an array of those.
pub fn validate_trait_value(group: &str, name: &str, v: &Value) -> Result<(), String> {
    let scalar = |v: &Value| matches!(v, Value::String(_) | Value::Number(_) | Value::Bool(_));
    let ok = match v {
        Value::Array(items) => items.len() <= 100 && items.iter().all(scalar),
        other => scalar(other),
    };
    if !ok {
        return Err(format!(
            "trait {group}.{name} must be a string, number, boolean or an array of those (at most 100)"
        ));
    }
    if let Value::String(s) = v {
        if s.chars().count() > 4096 {
            return Err(format!(
                "trait {group}.{name} is longer than 4096 characters"
            ));
        }
    }
    Ok(())
}

/// Checks a trait group or trait name.
pub fn validate_trait_name(kind: &str, name: &str) -> Result<(), String> {
    if name.is_empty() || name.len() > 64 || name.chars().any(char::is_control) {
        return Err(format!(
            "{kind} '{name}' must be 1 to 64 characters without control characters"
        ));
    }
    Ok(())
}

/// The sealed part of a profile.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ProfileData {
    /// Normalised values per type, oldest first (FIFO eviction).
    pub identifiers: BTreeMap<IdType, Vec<String>>,
    pub traits: Traits,
}

/// A profile record.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    pub id: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub data: ProfileData,
    pub observation_count: usize,
    pub summary_count: usize,
}

/// Where an extracted observation came from (+).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Provenance {
    pub model: String,
    pub prompt_version: String,
}

/// An observation (SPEC 2.2).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Observation {
    pub id: String,
    pub content: String,
    pub source: String,
    pub occurred_at: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub conversation_ids: Vec<String>,
    pub communication_ids: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<Provenance>,
    /// How many versions exist (1 = never revised).
    pub revision: u32,
}

/// A past or current version of an observation.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ObservationRevision {
    /// The observation's id.
    pub id: String,
    /// 1 for the first version (+).
    pub revision: u32,
    pub content: String,
    pub source: String,
    pub occurred_at: DateTime<Utc>,
    pub conversation_ids: Vec<String>,
    pub communication_ids: Vec<String>,
    /// When the observation was created.
    pub created_at: DateTime<Utc>,
    /// When this version was written.
    pub updated_at: DateTime<Utc>,
}

impl ObservationRevision {
    /// The version an observation currently is.
    pub fn of(o: &Observation) -> Self {
        Self {
            id: o.id.clone(),
            revision: o.revision,
            content: o.content.clone(),
            source: o.source.clone(),
            occurred_at: o.occurred_at,
            conversation_ids: o.conversation_ids.clone(),
            communication_ids: o.communication_ids.clone(),
            created_at: o.created_at,
            updated_at: o.updated_at,
        }
    }
}

/// A conversation summary (SPEC 2.2).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    pub id: String,
    pub conversation_id: String,
    pub content: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    pub occurred_at: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Validates observation/summary content: 1..=4096 characters.
pub fn validate_content(content: &str) -> Result<(), String> {
    let n = content.chars().count();
    if n == 0 || n > 4096 || content.trim().is_empty() {
        return Err("content must be 1 to 4096 characters and not blank".into());
    }
    Ok(())
}

/// Validates a source: 1..=100 characters of `[a-zA-Z0-9 _./-]`.
pub fn validate_source(source: &str) -> Result<(), String> {
    if source.is_empty()
        || source.len() > 100
        || !source
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b" _./-".contains(&b))
    {
        return Err(
            "source must be 1 to 100 characters of letters, digits, space, '_', '.', '/' or '-'"
                .into(),
        );
    }
    Ok(())
}

/// Normalisation applied to an identifier type (SPEC 2.4).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Normalization {
    Phone,
    Email,
    Trim,
    None,
}

/// One identifier type's configuration.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct IdentifierConfig {
    pub id_type: IdType,
    pub matching_algo: String,
    pub normalization: Normalization,
    pub limit: usize,
    pub limit_policy: String,
    pub enforce_unique: bool,
}

/// An identifier configuration as a client sends it: anything but the type may be absent or
/// `null` (Twilio's helper libraries send unset fields as `null`) and takes its default.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct IdentifierConfigInput {
    pub id_type: IdType,
    #[serde(default)]
    pub matching_algo: Option<String>,
    #[serde(default)]
    pub matching_threshold: Option<serde_json::Value>,
    #[serde(default)]
    pub normalization: Option<Normalization>,
    #[serde(default)]
    pub limit: Option<usize>,
    #[serde(default)]
    pub limit_policy: Option<String>,
    #[serde(default)]
    pub enforce_unique: Option<bool>,
}

impl IdentifierConfigInput {
    /// Fills defaults: exact matching, the type's usual normalisation, 100 values, FIFO, unique.
    pub fn into_config(self) -> IdentifierConfig {
        let normalization = self.normalization.unwrap_or(match self.id_type {
            IdType::Email => Normalization::Email,
            IdType::Phone | IdType::Whatsapp => Normalization::Phone,
            IdType::ChatId => Normalization::Trim,
        });
        IdentifierConfig {
            id_type: self.id_type,
            matching_algo: self.matching_algo.unwrap_or_else(exact),
            normalization,
            limit: self.limit.unwrap_or(100),
            limit_policy: self.limit_policy.unwrap_or_else(fifo),
            enforce_unique: self.enforce_unique.unwrap_or(true),
        }
    }
}

fn exact() -> String {
    "exact".into()
}
fn fifo() -> String {
    "fifo".into()
}

/// A store's identity-resolution settings (SPEC 2.4).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct IdentityResolutionSettings {
    pub identifier_configs: Vec<IdentifierConfig>,
    pub matching_rules: Vec<IdType>,
    #[serde(default)]
    pub version: u64,
}

impl Default for IdentityResolutionSettings {
    fn default() -> Self {
        let cfg = |id_type, normalization| IdentifierConfig {
            id_type,
            matching_algo: exact(),
            normalization,
            limit: 100,
            limit_policy: fifo(),
            enforce_unique: true,
        };
        Self {
            identifier_configs: vec![
                cfg(IdType::Email, Normalization::Email),
                cfg(IdType::Whatsapp, Normalization::Phone),
                cfg(IdType::Phone, Normalization::Phone),
                cfg(IdType::ChatId, Normalization::Trim),
            ],
            matching_rules: IdType::ALL.to_vec(),
            version: 1,
        }
    }
}

impl IdentityResolutionSettings {
    /// Checks a PUT body.
    pub fn validate(&self) -> Result<(), String> {
        for c in &self.identifier_configs {
            if c.matching_algo != "exact" {
                return Err("matchingAlgo must be \"exact\"".into());
            }
            if c.limit_policy != "fifo" {
                return Err("limitPolicy must be \"fifo\"".into());
            }
            if c.limit == 0 || c.limit > 100 {
                return Err("limit must be between 1 and 100".into());
            }
            if !c.enforce_unique {
                return Err("enforceUnique must be true".into());
            }
        }
        let mut seen = std::collections::HashSet::new();
        if !self
            .identifier_configs
            .iter()
            .all(|c| seen.insert(c.id_type))
        {
            return Err("identifierConfigs lists an idType twice".into());
        }
        let mut seen = std::collections::HashSet::new();
        if !self.matching_rules.iter().all(|t| seen.insert(*t)) {
            return Err("matchingRules lists an idType twice".into());
        }
        if let Some(t) = self
            .matching_rules
            .iter()
            .find(|t| !self.identifier_configs.iter().any(|c| c.id_type == **t))
        {
            return Err(format!(
                "matchingRules names {} which has no identifierConfig",
                t.as_str()
            ));
        }
        Ok(())
    }

    /// The configuration of one type, if the store has it.
    pub fn config(&self, t: IdType) -> Option<&IdentifierConfig> {
        self.identifier_configs.iter().find(|c| c.id_type == t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_and_content() {
        assert!(validate_source("extraction").is_ok());
        assert!(validate_source("agent/runtime v1.2_x-y").is_ok());
        assert!(validate_source("").is_err());
        assert!(validate_source("bad!").is_err());
        assert!(validate_source(&"a".repeat(101)).is_err());
        assert!(validate_content("x").is_ok());
        assert!(validate_content("   ").is_err());
        assert!(validate_content(&"é".repeat(4096)).is_ok());
        assert!(validate_content(&"é".repeat(4097)).is_err());
    }

    #[test]
    fn trait_values() {
        use serde_json::json;
        for ok in [json!("a"), json!(1.5), json!(true), json!(["a", 1, false])] {
            assert!(validate_trait_value("g", "n", &ok).is_ok(), "{ok}");
        }
        for bad in [
            json!(null),
            json!({"a": 1}),
            json!([[1]]),
            json!([{"a": 1}]),
        ] {
            assert!(validate_trait_value("g", "n", &bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn default_settings_are_valid_and_serialise_like_the_spec() {
        let s = IdentityResolutionSettings::default();
        s.validate().unwrap();
        let v = serde_json::to_value(&s).unwrap();
        assert_eq!(v["identifierConfigs"][1]["idType"], "whatsapp");
        assert_eq!(v["identifierConfigs"][1]["normalization"], "phone");
        assert_eq!(v["identifierConfigs"][3]["normalization"], "trim");
        assert_eq!(
            v["matchingRules"],
            serde_json::json!(["email", "whatsapp", "phone", "chatId"])
        );
    }
}
