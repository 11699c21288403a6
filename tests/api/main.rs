//! API tests: one binary, one module per feature.

mod helpers;
mod pyenv;

mod control;
mod crash;
mod erasure;
mod extraction;
mod extraction_figures;
mod fake_llm;
mod identity_prop;
mod lifecycle;
mod llm_client;
mod memory_client;
mod profiles;
mod read;
mod real_llm;
mod recall;
mod recall_eval;
mod twilio_interop;
mod webhooks;
