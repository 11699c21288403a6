//! Extraction: turning conversations into observations and summaries (issue #5).

pub mod screen;
