//! The deterministic special-category screen (placeholder; being written).
