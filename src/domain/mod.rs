//! Domain types: newtypes and records that parse, never panic.

pub mod configuration;
pub mod conversation;
pub mod ids;
pub mod profile;
pub mod store;
pub mod time;

pub use configuration::{Configuration, StatusTimeouts};
pub use conversation::{
    Address, Communication, Content, ConversationRecord, ConversationStatus, EventSource,
    ExtractionState, LifecycleEvent, Participant, ParticipantState, Timer, TransitionReason,
};
pub use store::Store;
