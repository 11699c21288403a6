//! Group commit: many writers share one flush; none is released before a flush that started
//! after its write has completed.

use std::fs::File;
use std::sync::Arc;
use std::time::Instant;

use tokio::sync::{mpsc, oneshot};

use super::{Keyring, Result, StorageError};
use crate::metrics::Metrics;

type Waiter = oneshot::Sender<std::result::Result<(), String>>;

/// Handle to the flusher task.
#[derive(Clone)]
pub struct GroupCommit {
    tx: mpsc::UnboundedSender<Waiter>,
}

impl GroupCommit {
    /// Spawns the flusher on the current tokio runtime.
    pub fn start(
        db: sled::Db,
        log_file: File,
        keyring: Arc<Keyring>,
        metrics: Arc<Metrics>,
    ) -> Self {
        let (tx, rx) = mpsc::unbounded_channel();
        tokio::spawn(run_flusher(db, Arc::new(log_file), keyring, rx, metrics));
        Self { tx }
    }

    /// Resolves once a flush that began after this call has reached the disk.
    pub async fn durable(&self) -> Result<()> {
        let (tx, rx) = oneshot::channel();
        self.tx
            .send(tx)
            .map_err(|_| StorageError::Flush("flusher stopped".into()))?;
        match rx.await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => Err(StorageError::Flush(e)),
            Err(_) => Err(StorageError::Flush("flusher stopped".into())),
        }
    }
}

async fn run_flusher(
    db: sled::Db,
    log_file: Arc<File>,
    keyring: Arc<Keyring>,
    mut rx: mpsc::UnboundedReceiver<Waiter>,
    metrics: Arc<Metrics>,
) {
    let mut waiters: Vec<Waiter> = Vec::with_capacity(256);
    // Every waiter taken here registered after its write was applied in memory, so one flush
    // that starts now covers all of them; later arrivals queue for the next round.
    while rx.recv_many(&mut waiters, 4096).await > 0 {
        let started = Instant::now();
        let db = db.clone();
        let file = Arc::clone(&log_file);
        let keyring = Arc::clone(&keyring);
        let outcome = tokio::task::spawn_blocking(move || -> std::result::Result<(), String> {
            // Keys first: sealed records must never be on disk without the key to open them.
            keyring.sync().map_err(|e| e.to_string())?;
            db.flush().map_err(|e| e.to_string())?;
            file.sync_data().map_err(|e| e.to_string())
        })
        .await
        .unwrap_or_else(|e| Err(format!("flush task failed: {e}")));
        if let Err(e) = &outcome {
            tracing::error!(error = %e, "durable flush failed");
        }
        metrics
            .flush_seconds
            .observe(started.elapsed().as_secs_f64());
        metrics.flush_batch_size.observe(waiters.len() as f64);
        for w in waiters.drain(..) {
            let _ = w.send(outcome.clone());
        }
    }
}
