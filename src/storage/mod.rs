//! The one place that knows sled: trees, key layout, encoding, durability.
//!
//! Trees:
//! - `stores`: store id -> [`Store`](crate::domain::Store)
//! - `configurations`: configuration id -> [`Configuration`](crate::domain::Configuration)
//! - `conversations`: everything ingested, keyed as described in [`conversations`]
//! - `meta`: schema version and bookkeeping
//!
//! Values are MessagePack with field names (self-describing, so records can gain fields).
//! Records holding personal data are sealed with a per-conversation (or per-profile) data key
//! kept in the [`Keyring`], outside sled, so that destroying the key makes them unreadable
//! everywhere on disk (crypto-shredding).

mod control;
pub mod conversations;
mod durability;
mod keyring;
mod keys;
pub mod profiles;
mod seal;

use std::path::Path;
use std::sync::Arc;

use serde::{de::DeserializeOwned, Serialize};

pub use control::{ControlPlane, CreateStoreRefusal};
pub use conversations::{ConversationLog, ConversationTxn, Page};
pub use durability::GroupCommit;
pub use keyring::{DataKey, Keyring};
pub use profiles::{ProfileStore, ProfileTxn};

use crate::metrics::Metrics;

/// Storage failures. Internal: callers map them to 500 and log the cause once.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("sled: {0}")]
    Sled(#[from] sled::Error),
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
    #[error("record encoding: {0}")]
    Codec(String),
    #[error("durable flush failed: {0}")]
    Flush(String),
}

/// Result alias for storage operations.
pub type Result<T> = std::result::Result<T, StorageError>;

const SCHEMA_VERSION: u32 = 1;

/// The opened data directory.
#[derive(Clone)]
pub struct Storage {
    db: sled::Db,
    meta: sled::Tree,
    keyring: Arc<Keyring>,
    control: ControlPlane,
    conversations: ConversationLog,
    profiles: ProfileStore,
    commit: GroupCommit,
}

impl Storage {
    /// Opens (or creates) the data directory and starts the group-commit flusher, which must run
    /// inside a tokio runtime.
    pub fn open(path: &Path, cache_capacity_bytes: u64, metrics: Arc<Metrics>) -> Result<Self> {
        std::fs::create_dir_all(path)?;
        let db = sled::Config::new()
            .path(path)
            .cache_capacity(cache_capacity_bytes)
            .mode(sled::Mode::HighThroughput)
            // Only the group commit flushes, so sealed data never reaches the disk before
            // the key that opens it (the keyring is synced first).
            .flush_every_ms(None)
            .open()?;
        let keyring = Arc::new(Keyring::open(path)?);
        let meta = db.open_tree("meta")?;
        match meta.get("schema_version")? {
            None => {
                meta.insert("schema_version", &SCHEMA_VERSION.to_be_bytes())?;
            }
            Some(v) if v.as_ref() == SCHEMA_VERSION.to_be_bytes() => {}
            Some(_) => {
                return Err(StorageError::Codec(
                    "data directory was written by an unknown schema version".into(),
                ))
            }
        }
        let control = ControlPlane::new(db.open_tree("stores")?, db.open_tree("configurations")?);
        let conversations = ConversationLog::new(
            db.clone(),
            db.open_tree("conversations")?,
            Arc::clone(&keyring),
        )?;
        let profiles = ProfileStore::new(db.open_tree("profiles")?, Arc::clone(&keyring));
        // sled's own flush ends in sync_file_range on Linux, which does not persist file
        // metadata; an fsync of the log file after each group flush makes acks power-safe.
        let log_file = std::fs::OpenOptions::new()
            .read(true)
            .open(path.join("db"))?;
        let commit = GroupCommit::start(db.clone(), log_file, Arc::clone(&keyring), metrics);
        Ok(Self {
            db,
            meta,
            keyring,
            control,
            conversations,
            profiles,
            commit,
        })
    }

    /// Stores and configurations.
    pub fn control(&self) -> &ControlPlane {
        &self.control
    }

    /// The conversation log (ingest).
    pub fn conversations(&self) -> &ConversationLog {
        &self.conversations
    }

    /// Profiles, observations, summaries.
    pub fn profiles(&self) -> &ProfileStore {
        &self.profiles
    }

    /// Waits until every write made before this call is on disk (shared flush).
    pub async fn durable(&self) -> Result<()> {
        self.commit.durable().await
    }

    /// A bookkeeping value (e.g. the embedding model the stored vectors were made with).
    pub fn meta_get(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .meta
            .get(key)?
            .map(|v| String::from_utf8_lossy(&v).into_owned()))
    }

    /// Sets a bookkeeping value.
    pub fn meta_put(&self, key: &str, value: &str) -> Result<()> {
        self.meta.insert(key, value.as_bytes())?;
        Ok(())
    }

    /// The data keys.
    pub fn keyring(&self) -> &Keyring {
        &self.keyring
    }

    /// A cheap liveness probe of the storage engine.
    pub fn check(&self) -> Result<()> {
        self.db.get("__readyz__")?;
        Ok(())
    }
}

pub(crate) fn encode<T: Serialize>(value: &T) -> Result<Vec<u8>> {
    rmp_serde::to_vec_named(value).map_err(|e| StorageError::Codec(e.to_string()))
}

pub(crate) fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T> {
    rmp_serde::from_slice(bytes).map_err(|e| StorageError::Codec(e.to_string()))
}
