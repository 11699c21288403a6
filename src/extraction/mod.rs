//! Extraction: turning conversations into observations and summaries (issue #5).
//!
//! `queue` keeps the durable jobs, `llm` talks to any OpenAI-compatible API, `prompt` builds
//! the prompts and validates answers, `screen` is the deterministic GDPR Art. 9 screen, and
//! `worker` runs jobs: plan (LLM, screen, reconciliation) then apply.

pub mod llm;
pub mod prompt;
pub mod queue;
pub mod screen;
pub mod screen_eval;
pub mod worker;

pub use worker::{ExtractionError, Extractor, JobReport, LlmBudget};
