//! The background sweeper: fires the sidecar's inactive/closed timers and forgets old
//! idempotency tokens. One `try_execute_task` per tick; tests call it directly.

use chrono::{DateTime, Duration, Utc};

use super::{IngestError, Ingestor};

/// What one sweep did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct SweepReport {
    pub timers_fired: usize,
    pub tokens_expired: usize,
}

/// Runs the timers and token expiry.
#[derive(Clone)]
pub struct Sweeper {
    ingestor: Ingestor,
    token_ttl: Duration,
}

impl Sweeper {
    /// A sweeper forgetting tokens after `token_ttl_hours`.
    pub fn new(ingestor: Ingestor, token_ttl_hours: u64) -> Self {
        Self {
            ingestor,
            token_ttl: Duration::hours(i64::try_from(token_ttl_hours).unwrap_or(i64::MAX / 4)),
        }
    }

    /// One sweep as of `now`; state changes are durable when it returns.
    pub async fn try_execute_task(&self, now: DateTime<Utc>) -> Result<SweepReport, IngestError> {
        let timers_fired = self.ingestor.fire_due_timers(now)?;
        let cutoff = now - self.token_ttl;
        let tokens_expired = self
            .ingestor
            .storage()
            .conversations()
            .expire_tokens(cutoff.timestamp_millis(), 10_000)?;
        if timers_fired > 0 {
            self.ingestor.storage().durable().await?;
        }
        self.ingestor
            .metrics
            .idempotency_tokens_expired
            .add(tokens_expired as i64);
        Ok(SweepReport {
            timers_fired,
            tokens_expired,
        })
    }

    /// Sweeps every `interval` until `shutdown` resolves.
    pub async fn run(
        self,
        interval: std::time::Duration,
        shutdown: tokio::sync::watch::Receiver<bool>,
    ) {
        let mut shutdown = shutdown;
        let mut tick = tokio::time::interval(interval);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = tick.tick() => {
                    match self.try_execute_task(Utc::now()).await {
                        Ok(r) if r.timers_fired > 0 => {
                            tracing::info!(timers_fired = r.timers_fired, "lifecycle timers fired");
                        }
                        Ok(_) => {}
                        Err(e) => tracing::error!(error = %e, "lifecycle sweep failed"),
                    }
                }
                _ = shutdown.changed() => break,
            }
        }
    }
}
