//! API tests: one binary, one module per feature.

mod helpers;
mod pyenv;

mod control;
mod crash;
mod erasure;
mod identity_prop;
mod lifecycle;
mod memory_client;
mod profiles;
mod read;
mod recall;
mod recall_eval;
mod twilio_interop;
mod webhooks;
