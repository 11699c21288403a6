//! Conversations, participants and communications as the sidecar records them.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Conversation status (SPEC 1.1). `Closed` is final.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "UPPERCASE")]
pub enum ConversationStatus {
    Active,
    Inactive,
    Closed,
}

impl ConversationStatus {
    /// Parses Orchestrator (`ACTIVE`) and classic (`active`) spellings.
    pub fn parse(s: &str) -> Option<Self> {
        match s.to_ascii_uppercase().as_str() {
            "ACTIVE" => Some(Self::Active),
            "INACTIVE" => Some(Self::Inactive),
            "CLOSED" => Some(Self::Closed),
            _ => None,
        }
    }

    /// Upper-case name, as in the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "ACTIVE",
            Self::Inactive => "INACTIVE",
            Self::Closed => "CLOSED",
        }
    }
}

/// Which webhook family a record came from.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum EventSource {
    Orchestrator,
    Conversations,
}

/// An author or recipient address of a communication, or a participant address.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Address {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_id: Option<String>,
}

/// Message content.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Content {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transcription: Option<Value>,
}

/// One threaded message.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Communication {
    pub id: String,
    pub conversation_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    pub author: Address,
    #[serde(default)]
    pub recipients: Vec<Address>,
    pub content: Content,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    /// Classic Conversations message index (its thread position).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Value>,
    pub occurred_at: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub source: EventSource,
}

impl Communication {
    /// The thread position: classic `Index`, else `occurredAt` in microseconds, mapped to an
    /// unsigned integer whose big-endian bytes sort in thread order.
    pub fn thread_position(&self) -> u64 {
        match self.index {
            Some(i) => i,
            None => (self.occurred_at.timestamp_micros() as u64) ^ (1 << 63),
        }
    }
}

/// A participant's membership state.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "UPPERCASE")]
pub enum ParticipantState {
    Added,
    Removed,
}

/// A conversation participant.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Participant {
    pub id: String,
    pub conversation_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// CUSTOMER | HUMAN_AGENT | AI_AGENT | AGENT | UNKNOWN, when the webhook said.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default)]
    pub addresses: Vec<Address>,
    /// Classic `MessagingBinding.ProxyAddress`: the business side's address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_id: Option<String>,
    pub state: ParticipantState,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Extraction progress of a conversation (SPEC 2.2); driven by the extraction component.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ExtractionState {
    /// idle | pending | running | done | failed
    pub state: String,
    pub attempts: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_error: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_run_at: Option<DateTime<Utc>>,
    /// When the queued job is due (its next attempt, or a running job's lease) (+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_attempt_at: Option<DateTime<Utc>>,
    /// Bumped each time a job is requested, so a run that started earlier can tell that
    /// another request arrived meanwhile (internal; not shown by the API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generation: Option<u64>,
}

impl Default for ExtractionState {
    fn default() -> Self {
        Self {
            state: "idle".into(),
            attempts: 0,
            last_error: None,
            last_run_at: None,
            next_attempt_at: None,
            generation: None,
        }
    }
}

/// Why a conversation changed state.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum TransitionReason {
    /// A status webhook said so.
    Webhook,
    /// The sidecar's own statusTimeouts timer fired.
    Timer,
    /// A communication arrived on an INACTIVE conversation.
    Communication,
    /// Classic `onConversationRemoved`.
    Removed,
}

/// A durable record of a conversation state change: the extraction trigger (SPEC 1.4).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct LifecycleEvent {
    pub seq: u64,
    pub store_id: String,
    pub conversation_id: String,
    pub configuration_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<ConversationStatus>,
    pub to: ConversationStatus,
    pub reason: TransitionReason,
    /// True when the conversation's configuration extracts on `to`.
    pub triggers_extraction: bool,
    pub at: DateTime<Utc>,
}

/// A pending sidecar timer on a conversation.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Timer {
    pub due_ms: i64,
    pub to: ConversationStatus,
}

/// The conversation record.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ConversationRecord {
    pub id: String,
    pub store_id: String,
    pub configuration_id: String,
    /// True while the conversation is routed by the default configuration only because no
    /// event naming its configuration has arrived yet; such a conversation may be re-homed.
    pub provisional_route: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub status: ConversationStatus,
    pub source: EventSource,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// When the sidecar first heard of the conversation (timers count from here until a
    /// communication arrives).
    pub first_seen_at: DateTime<Utc>,
    /// When the sidecar received the latest communication (timers count from here).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_communication_at: Option<DateTime<Utc>>,
    pub communications_count: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timer: Option<Timer>,
    pub extraction: ExtractionState,
}
