//! Tracing: JSON logs in production, pretty on a terminal. Logs carry ids and counts, never
//! message, observation or trait text.

use std::io::IsTerminal;

use tracing_subscriber::{fmt, EnvFilter};

/// Installs the global subscriber once; later calls (tests) are no-ops.
pub fn init(format: &str, level: &str) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(level));
    let json = match format {
        "json" => true,
        "pretty" => false,
        _ => !std::io::stderr().is_terminal(),
    };
    let builder = fmt().with_env_filter(filter).with_writer(std::io::stderr);
    let _ = if json {
        builder
            .json()
            .flatten_event(true)
            .with_current_span(false)
            .try_init()
    } else {
        builder.compact().try_init()
    };
}
