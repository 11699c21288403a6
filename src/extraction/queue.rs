//! The durable extraction queue: a job is a conversation's `extraction` state plus its entry in
//! the storage queue (`J` keys, due time = `extraction.nextAttemptAt`). Both change in the same
//! atomic batch as whatever caused them (a lifecycle event, an API request, a job's outcome).

use chrono::{DateTime, Duration, Utc};

use crate::domain::ConversationRecord;
use crate::storage::ConversationTxn;

/// Job states as the API shows them (SPEC 2.2).
pub const IDLE: &str = "idle";
pub const PENDING: &str = "pending";
pub const RUNNING: &str = "running";
pub const DONE: &str = "done";
pub const FAILED: &str = "failed";

fn ms(t: Option<DateTime<Utc>>) -> Option<i64> {
    t.map(|t| t.timestamp_millis())
}

/// Requests an extraction run of `rec`'s conversation, due `now`. A job that is running keeps
/// running; the new request makes it run again once it ends. The caller writes `rec`.
pub fn request(txn: &mut ConversationTxn<'_>, rec: &mut ConversationRecord, now: DateTime<Utc>) {
    let x = &mut rec.extraction;
    let old = ms(x.next_attempt_at);
    x.generation = Some(x.generation.unwrap_or(0) + 1);
    if x.state != RUNNING {
        x.state = PENDING.into();
        x.next_attempt_at = Some(now);
        x.attempts = 0;
        x.last_error = None;
        txn.schedule_job(old, ms(x.next_attempt_at));
    } else if old.is_none_or(|due| due > now.timestamp_millis()) {
        // The running job's lease entry moves to now: it runs again right after this run.
        x.next_attempt_at = Some(now);
        txn.schedule_job(old, ms(x.next_attempt_at));
    }
}

/// Moves a queued job to `due` (a lease while running, or the next attempt).
pub fn reschedule(txn: &mut ConversationTxn<'_>, rec: &mut ConversationRecord, due: DateTime<Utc>) {
    let old = ms(rec.extraction.next_attempt_at);
    rec.extraction.next_attempt_at = Some(due);
    txn.schedule_job(old, Some(due.timestamp_millis()));
}

/// Takes the job out of the queue.
pub fn dequeue(txn: &mut ConversationTxn<'_>, rec: &mut ConversationRecord) {
    let old = ms(rec.extraction.next_attempt_at.take());
    txn.schedule_job(old, None);
}

/// Delay before retry `attempt` (1-based): "equal jitter" (a random point in the upper half)
/// of an exponential ceiling `base * 2^(attempt-1)` capped at `max`, never below `floor` (a
/// server's Retry-After).
pub fn backoff(
    attempt: u32,
    base_secs: u64,
    max_secs: u64,
    floor: Option<std::time::Duration>,
) -> Duration {
    let exp = base_secs
        .saturating_mul(1u64 << attempt.saturating_sub(1).min(30))
        .min(max_secs)
        .max(1);
    let ceiling_ms = exp * 1000;
    let jittered = ceiling_ms / 2 + rand::random_range(0..=ceiling_ms / 2);
    let floor_ms = floor.map_or(0, |f| f.as_millis().min(u64::MAX as u128) as u64);
    Duration::milliseconds(jittered.max(floor_ms).min(i64::MAX as u64) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_is_capped_and_honours_the_floor() {
        for attempt in 1..=40 {
            let d = backoff(attempt, 5, 900, None).num_milliseconds();
            let ceiling = (5u64 << (attempt - 1).min(30)).min(900) as i64 * 1000;
            assert!(d >= ceiling / 2 && d <= ceiling, "attempt {attempt}: {d}");
        }
        let d = backoff(1, 5, 900, Some(std::time::Duration::from_secs(120)));
        assert_eq!(d.num_seconds(), 120);
    }
}
