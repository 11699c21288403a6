//! Recall: hybrid lexical (BM25) + semantic ranking over one profile's memory (SPEC 3).

pub mod bm25;
pub mod index;
pub mod text;
