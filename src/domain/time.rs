//! Timestamps the service stamps itself: whole seconds, because Twilio's helper libraries parse
//! only `YYYY-MM-DDTHH:MM:SSZ` (anything finer stays an unparsed string in the client).

use chrono::{DateTime, DurationRound, TimeDelta, Utc};

/// Now, truncated to the second.
pub fn now() -> DateTime<Utc> {
    let t = Utc::now();
    t.duration_trunc(TimeDelta::seconds(1)).unwrap_or(t)
}

#[cfg(test)]
mod tests {
    #[test]
    fn serialises_without_fraction() {
        let s = serde_json::to_string(&super::now()).unwrap();
        assert_eq!(s.len(), "\"2026-01-01T00:00:00Z\"".len(), "{s}");
        assert!(s.ends_with("Z\""));
    }
}
