//! memory-sidecar: self-hosted conversation memory beside Twilio's Conversation Orchestrator.

pub mod domain;
pub mod extraction;
pub mod identity;
pub mod ingest;
pub mod metrics;
pub mod profiles;
pub mod recall;
pub mod routes;
pub mod send;
pub mod settings;
pub mod startup;
pub mod storage;
pub mod telemetry;
