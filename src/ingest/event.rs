//! Parsing webhook bodies into ingest events. Shapes are checked strictly (wrong types and
//! missing identity fields are errors); unknown event types are `Ignored`, not errors.

use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::Value;

use crate::domain::conversation::ParticipantState;
use crate::domain::ids::is_usable_external_id;
use crate::domain::{
    Address, Communication, Content, ConversationStatus, EventSource, Participant,
};

/// Why a body could not be understood (400).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct EventError(pub String);

/// Hints used to pick a conversation's configuration (SPEC 1.4).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RouteHint {
    pub configuration_id: Option<String>,
    pub chat_service_sid: Option<String>,
}

/// A conversation created/updated/removed.
#[derive(Debug, Clone)]
pub struct ConversationEvent {
    pub conversation_id: String,
    pub account_id: Option<String>,
    pub name: Option<String>,
    pub status: Option<ConversationStatus>,
    pub created_at: Option<DateTime<Utc>>,
    pub updated_at: Option<DateTime<Utc>>,
    /// Classic `onConversationRemoved`: treated as a final close.
    pub removed: bool,
}

/// What a delivery says.
#[derive(Debug, Clone)]
pub enum IngestEvent {
    Conversation(ConversationEvent),
    Participant(Participant),
    Communication {
        communication: Box<Communication>,
        update: bool,
    },
    Ignored {
        event_type: String,
    },
}

/// A parsed delivery.
#[derive(Debug, Clone)]
pub struct ParsedEvent {
    pub event: IngestEvent,
    pub route: RouteHint,
    pub source: EventSource,
}

impl ParsedEvent {
    /// The conversation the event is about (`None` for ignored events).
    pub fn conversation_id(&self) -> Option<&str> {
        match &self.event {
            IngestEvent::Conversation(c) => Some(&c.conversation_id),
            IngestEvent::Participant(p) => Some(&p.conversation_id),
            IngestEvent::Communication { communication, .. } => {
                Some(&communication.conversation_id)
            }
            IngestEvent::Ignored { .. } => None,
        }
    }
}

fn check_id(field: &str, id: &str) -> Result<(), EventError> {
    if is_usable_external_id(id) {
        Ok(())
    } else {
        Err(EventError(format!(
            "{field} must be 1 to 256 characters without control characters"
        )))
    }
}

// ---------------------------------------------------------------------------------------------
// Orchestrator (JSON)

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Envelope {
    event_type: String,
    #[serde(default)]
    timestamp: Option<DateTime<Utc>>,
    #[serde(default)]
    data: Option<Value>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ConversationData {
    id: String,
    #[serde(default)]
    account_id: Option<String>,
    #[serde(default)]
    configuration_id: Option<String>,
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    created_at: Option<DateTime<Utc>>,
    #[serde(default)]
    updated_at: Option<DateTime<Utc>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct AddressData {
    #[serde(default)]
    address: Option<String>,
    #[serde(default)]
    channel: Option<String>,
    #[serde(default)]
    participant_id: Option<String>,
    #[serde(default)]
    channel_id: Option<String>,
    #[serde(default)]
    delivery_status: Option<String>,
}

impl From<AddressData> for Address {
    fn from(a: AddressData) -> Self {
        Address {
            address: a.address,
            channel: a.channel.map(|c| c.to_ascii_uppercase()),
            participant_id: a.participant_id.filter(|p| !p.is_empty()),
            channel_id: a.channel_id,
            delivery_status: a.delivery_status,
            profile_id: None,
        }
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ParticipantData {
    id: String,
    conversation_id: String,
    #[serde(default)]
    name: Option<String>,
    #[serde(default, rename = "type")]
    kind: Option<String>,
    #[serde(default)]
    profile_id: Option<String>,
    #[serde(default)]
    addresses: Option<Vec<AddressData>>,
    #[serde(default)]
    created_at: Option<DateTime<Utc>>,
    #[serde(default)]
    updated_at: Option<DateTime<Utc>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ContentData {
    #[serde(default, rename = "type")]
    kind: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    transcription: Option<Value>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct CommunicationData {
    id: String,
    conversation_id: String,
    #[serde(default)]
    account_id: Option<String>,
    author: AddressData,
    #[serde(default)]
    recipients: Option<Vec<AddressData>>,
    content: ContentData,
    #[serde(default)]
    channel_id: Option<String>,
    #[serde(default)]
    resource_id: Option<String>,
    #[serde(default)]
    created_at: Option<DateTime<Utc>>,
    #[serde(default)]
    updated_at: Option<DateTime<Utc>>,
    #[serde(default)]
    occurred_at: Option<DateTime<Utc>>,
}

fn data<T: serde::de::DeserializeOwned>(
    event_type: &str,
    data: Option<Value>,
) -> Result<T, EventError> {
    let data = data.ok_or_else(|| EventError(format!("{event_type}: missing field `data`")))?;
    serde_json::from_value(data).map_err(|e| EventError(format!("{event_type}: data: {e}")))
}

/// Parses an Orchestrator status-callback body.
pub fn parse_orchestrator(body: &[u8], now: DateTime<Utc>) -> Result<ParsedEvent, EventError> {
    let env: Envelope = serde_json::from_slice(body)
        .map_err(|e| EventError(format!("Invalid JSON webhook body: {e}")))?;
    let stamp = env.timestamp.unwrap_or(now);
    let mut route = RouteHint::default();
    let event = match env.event_type.as_str() {
        "CONVERSATION_CREATED" | "CONVERSATION_UPDATED" => {
            let d: ConversationData = data(&env.event_type, env.data)?;
            check_id("data.id", &d.id)?;
            let status = match d.status.as_deref() {
                None => None,
                Some(s) => Some(ConversationStatus::parse(s).ok_or_else(|| {
                    EventError(format!(
                        "{}: data.status must be ACTIVE, INACTIVE or CLOSED",
                        env.event_type
                    ))
                })?),
            };
            if let Some(c) = &d.configuration_id {
                check_id("data.configurationId", c)?;
            }
            route.configuration_id = d.configuration_id;
            IngestEvent::Conversation(ConversationEvent {
                conversation_id: d.id,
                account_id: d.account_id,
                name: d.name,
                status,
                created_at: d.created_at,
                updated_at: d.updated_at.or(Some(stamp)),
                removed: false,
            })
        }
        "PARTICIPANT_ADDED" | "PARTICIPANT_UPDATED" | "PARTICIPANT_REMOVED" => {
            let d: ParticipantData = data(&env.event_type, env.data)?;
            check_id("data.id", &d.id)?;
            check_id("data.conversationId", &d.conversation_id)?;
            let created_at = d.created_at.unwrap_or(stamp);
            IngestEvent::Participant(Participant {
                id: d.id,
                conversation_id: d.conversation_id,
                name: d.name,
                kind: d.kind.map(|k| k.to_ascii_uppercase()),
                addresses: d
                    .addresses
                    .unwrap_or_default()
                    .into_iter()
                    .map(Address::from)
                    .collect(),
                proxy_address: None,
                profile_id: d.profile_id,
                state: if env.event_type == "PARTICIPANT_REMOVED" {
                    ParticipantState::Removed
                } else {
                    ParticipantState::Added
                },
                created_at,
                updated_at: d.updated_at.unwrap_or(created_at.max(stamp)),
            })
        }
        "COMMUNICATION_CREATED" | "COMMUNICATION_UPDATED" => {
            let d: CommunicationData = data(&env.event_type, env.data)?;
            check_id("data.id", &d.id)?;
            check_id("data.conversationId", &d.conversation_id)?;
            let occurred_at = d.occurred_at.or(d.created_at).unwrap_or(stamp);
            let created_at = d.created_at.unwrap_or(occurred_at);
            IngestEvent::Communication {
                communication: Box::new(Communication {
                    id: d.id,
                    conversation_id: d.conversation_id,
                    account_id: d.account_id,
                    author: d.author.into(),
                    recipients: d
                        .recipients
                        .unwrap_or_default()
                        .into_iter()
                        .map(Address::from)
                        .collect(),
                    content: Content {
                        kind: d
                            .content
                            .kind
                            .map(|k| k.to_ascii_uppercase())
                            .unwrap_or_else(|| "TEXT".into()),
                        text: d.content.text,
                        transcription: d.content.transcription,
                    },
                    channel_id: d.channel_id,
                    resource_id: d.resource_id.filter(|r| !r.is_empty()),
                    index: None,
                    media: None,
                    attributes: None,
                    occurred_at,
                    created_at,
                    updated_at: d.updated_at.unwrap_or(created_at),
                    source: EventSource::Orchestrator,
                }),
                update: env.event_type == "COMMUNICATION_UPDATED",
            }
        }
        other => IngestEvent::Ignored {
            event_type: other.chars().take(64).collect(),
        },
    };
    Ok(ParsedEvent {
        event,
        route,
        source: EventSource::Orchestrator,
    })
}

// ---------------------------------------------------------------------------------------------
// Classic Conversations (form)

struct Form<'a>(&'a [(String, String)]);

impl Form<'_> {
    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    fn opt(&self, name: &str) -> Option<String> {
        self.get(name).filter(|v| !v.is_empty()).map(str::to_owned)
    }

    fn required(&self, event: &str, name: &str) -> Result<String, EventError> {
        let v = self
            .opt(name)
            .ok_or_else(|| EventError(format!("{event}: missing parameter {name}")))?;
        check_id(name, &v)?;
        Ok(v)
    }

    fn time(&self, event: &str, name: &str) -> Result<Option<DateTime<Utc>>, EventError> {
        match self.opt(name) {
            None => Ok(None),
            Some(v) => DateTime::parse_from_rfc3339(&v)
                .map(|t| Some(t.with_timezone(&Utc)))
                .map_err(|_| EventError(format!("{event}: {name} must be an ISO 8601 timestamp"))),
        }
    }
}

fn classic_channel(source: Option<&str>, address: Option<&str>) -> Option<String> {
    if address.is_some_and(|a| a.starts_with("whatsapp:")) {
        return Some("WHATSAPP".into());
    }
    match source.map(str::to_ascii_uppercase) {
        Some(s) if s == "SDK" => Some("CHAT".into()),
        Some(s) => Some(s),
        None if address.is_some_and(|a| a.starts_with('+')) => Some("SMS".into()),
        None => None,
    }
}

fn json_attr(raw: Option<String>) -> Option<Value> {
    let raw = raw?;
    match serde_json::from_str::<Value>(&raw) {
        Ok(Value::Object(m)) if m.is_empty() => None,
        Ok(v) => Some(v),
        Err(_) => Some(Value::String(raw)),
    }
}

/// Parses a classic Conversations post-event webhook (decoded form pairs).
pub fn parse_classic(
    pairs: &[(String, String)],
    now: DateTime<Utc>,
) -> Result<ParsedEvent, EventError> {
    let f = Form(pairs);
    let event_type = f
        .opt("EventType")
        .ok_or_else(|| EventError("missing parameter EventType".into()))?;
    let et = event_type.as_str();
    let route = RouteHint {
        configuration_id: None,
        chat_service_sid: f.opt("ChatServiceSid"),
    };
    let event = match et {
        "onMessageAdded" | "onMessageUpdated" => {
            let conversation_id = f.required(et, "ConversationSid")?;
            let id = f.required(et, "MessageSid")?;
            let index = f
                .required(et, "Index")?
                .parse::<u64>()
                .map_err(|_| EventError(format!("{et}: Index must be a non-negative integer")))?;
            let created_at = f.time(et, "DateCreated")?.unwrap_or(now);
            let updated_at = f.time(et, "DateUpdated")?.unwrap_or(created_at);
            let author = f.opt("Author");
            let channel = classic_channel(f.get("Source"), author.as_deref());
            IngestEvent::Communication {
                communication: Box::new(Communication {
                    id,
                    conversation_id,
                    account_id: f.opt("AccountSid"),
                    author: Address {
                        address: author,
                        channel,
                        participant_id: f.opt("ParticipantSid"),
                        ..Address::default()
                    },
                    recipients: Vec::new(),
                    content: Content {
                        kind: "TEXT".into(),
                        text: f.get("Body").map(str::to_owned),
                        transcription: None,
                    },
                    channel_id: None,
                    resource_id: None,
                    index: Some(index),
                    media: json_attr(f.opt("Media")),
                    attributes: json_attr(f.opt("Attributes")),
                    occurred_at: created_at,
                    created_at,
                    updated_at,
                    source: EventSource::Conversations,
                }),
                update: et == "onMessageUpdated",
            }
        }
        "onConversationAdded"
        | "onConversationUpdated"
        | "onConversationStateUpdated"
        | "onConversationRemoved" => {
            let conversation_id = f.required(et, "ConversationSid")?;
            let state = match et {
                "onConversationStateUpdated" => Some(
                    f.opt("StateTo")
                        .ok_or_else(|| EventError(format!("{et}: missing parameter StateTo")))?,
                ),
                _ => f.opt("State"),
            };
            let status = match state {
                None => None,
                Some(s) => Some(ConversationStatus::parse(&s).ok_or_else(|| {
                    EventError(format!("{et}: state must be active, inactive or closed"))
                })?),
            };
            let created_at = f.time(et, "DateCreated")?;
            let updated_at = f
                .time(et, "StateUpdated")?
                .or(f.time(et, "DateUpdated")?)
                .or(created_at)
                .or(Some(now));
            let removed = et == "onConversationRemoved";
            IngestEvent::Conversation(ConversationEvent {
                conversation_id,
                account_id: f.opt("AccountSid"),
                name: f.opt("FriendlyName"),
                status: if removed {
                    Some(ConversationStatus::Closed)
                } else {
                    status
                },
                created_at,
                updated_at,
                removed,
            })
        }
        "onParticipantAdded" | "onParticipantUpdated" | "onParticipantRemoved" => {
            let conversation_id = f.required(et, "ConversationSid")?;
            let id = f.required(et, "ParticipantSid")?;
            let created_at = f.time(et, "DateCreated")?.unwrap_or(now);
            let updated_at = f.time(et, "DateUpdated")?.unwrap_or(created_at);
            let mut addresses = Vec::new();
            if let Some(addr) = f.opt("MessagingBinding.Address") {
                let channel = f
                    .opt("MessagingBinding.Type")
                    .map(|t| t.to_ascii_uppercase())
                    .or_else(|| classic_channel(None, Some(&addr)));
                addresses.push(Address {
                    address: Some(addr),
                    channel,
                    ..Address::default()
                });
            }
            if let Some(identity) = f.opt("Identity") {
                addresses.push(Address {
                    address: Some(identity),
                    channel: Some("CHAT".into()),
                    ..Address::default()
                });
            }
            IngestEvent::Participant(Participant {
                id,
                conversation_id,
                name: f.opt("Identity"),
                kind: None,
                addresses,
                proxy_address: f.opt("MessagingBinding.ProxyAddress"),
                profile_id: None,
                state: if et == "onParticipantRemoved" {
                    ParticipantState::Removed
                } else {
                    ParticipantState::Added
                },
                created_at,
                updated_at,
            })
        }
        other => IngestEvent::Ignored {
            event_type: other.chars().take(64).collect(),
        },
    };
    Ok(ParsedEvent {
        event,
        route,
        source: EventSource::Conversations,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        "2026-01-01T00:00:00Z".parse().unwrap()
    }

    #[test]
    fn fixture_lines_parse() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/webhooks/orchestrator-sms-conversation.jsonl"
        );
        let text = std::fs::read_to_string(path).unwrap();
        let events: Vec<_> = text
            .lines()
            .map(|l| parse_orchestrator(l.as_bytes(), now()).unwrap())
            .collect();
        assert_eq!(events.len(), 9);
        match &events[3].event {
            IngestEvent::Communication {
                communication,
                update,
            } => {
                assert!(!update);
                assert_eq!(communication.author.channel.as_deref(), Some("SMS"));
                assert_eq!(
                    communication.resource_id.as_deref(),
                    Some("SM00000000000000000000000000000000")
                );
            }
            other => panic!("unexpected {other:?}"),
        }
        assert_eq!(
            events[0].route.configuration_id.as_deref(),
            Some("conv_configuration_01jc3x0000000000000000000")
        );
    }

    #[test]
    fn bad_shapes_are_errors_not_panics() {
        for body in [
            &b"not json"[..],
            br#"{"timestamp":"2026-01-01T00:00:00Z"}"#,
            br#"{"eventType":"COMMUNICATION_CREATED"}"#,
            br#"{"eventType":"COMMUNICATION_CREATED","data":{"id":5}}"#,
            br#"{"eventType":"COMMUNICATION_CREATED","data":{"id":"a","conversationId":"c","author":{},"content":{"text":7}}}"#,
            br#"{"eventType":"CONVERSATION_UPDATED","data":{"id":"c","status":"OPEN"}}"#,
            br#"{"eventType":"PARTICIPANT_ADDED","data":{"id":"p","conversationId":""}}"#,
            br#"{"eventType":"CONVERSATION_CREATED","data":{"id":"c","createdAt":"yesterday"}}"#,
            br#"[]"#,
        ] {
            assert!(parse_orchestrator(body, now()).is_err(), "{}", String::from_utf8_lossy(body));
        }
        let e = parse_orchestrator(
            br#"{"eventType":"COMMUNICATION_CREATED","data":{"id":"a"}}"#,
            now(),
        )
        .unwrap_err();
        assert!(e.0.contains("conversationId"), "{e}");
    }

    #[test]
    fn unknown_events_are_ignored() {
        let p =
            parse_orchestrator(br#"{"eventType":"SOMETHING_NEW","data":{"x":1}}"#, now()).unwrap();
        assert!(matches!(p.event, IngestEvent::Ignored { .. }));
        let pairs = vec![("EventType".to_owned(), "onUserAdded".to_owned())];
        assert!(matches!(
            parse_classic(&pairs, now()).unwrap().event,
            IngestEvent::Ignored { .. }
        ));
    }

    #[test]
    fn classic_fixture_parses() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/webhooks/classic-whatsapp-conversation.json"
        );
        let forms: Vec<serde_json::Map<String, Value>> =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let parsed: Vec<_> = forms
            .iter()
            .map(|m| {
                let pairs: Vec<(String, String)> = m
                    .iter()
                    .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_owned()))
                    .collect();
                parse_classic(&pairs, now()).unwrap()
            })
            .collect();
        assert_eq!(
            parsed[0].route.chat_service_sid.as_deref(),
            Some("IS00000000000000000000000000000000")
        );
        match &parsed[1].event {
            IngestEvent::Participant(p) => {
                assert_eq!(p.addresses[0].channel.as_deref(), Some("WHATSAPP"));
                assert_eq!(p.proxy_address.as_deref(), Some("whatsapp:+18005550100"));
            }
            other => panic!("unexpected {other:?}"),
        }
        match &parsed[2].event {
            IngestEvent::Communication { communication, .. } => {
                assert_eq!(communication.index, Some(0));
                assert_eq!(communication.author.channel.as_deref(), Some("WHATSAPP"));
                assert_eq!(communication.attributes, None);
            }
            other => panic!("unexpected {other:?}"),
        }
        match &parsed[5].event {
            IngestEvent::Conversation(c) => assert_eq!(c.status, Some(ConversationStatus::Closed)),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn classic_bad_input() {
        let p = |v: &[(&str, &str)]| -> Vec<(String, String)> {
            v.iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect()
        };
        assert!(parse_classic(&p(&[]), now()).is_err());
        assert!(parse_classic(
            &p(&[("EventType", "onMessageAdded"), ("ConversationSid", "CH1")]),
            now()
        )
        .is_err());
        assert!(parse_classic(
            &p(&[
                ("EventType", "onMessageAdded"),
                ("ConversationSid", "CH1"),
                ("MessageSid", "IM1"),
                ("Index", "-1")
            ]),
            now()
        )
        .is_err());
        assert!(parse_classic(
            &p(&[
                ("EventType", "onConversationStateUpdated"),
                ("ConversationSid", "CH1"),
                ("StateTo", "gone")
            ]),
            now()
        )
        .is_err());
    }
}
