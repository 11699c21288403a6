//! One profile's recall index (documents, BM25, unit vectors) and the cache that holds them.
//!
//! An index is built from storage on a profile's first Recall and then kept current by the
//! write paths (read-your-writes): every hook is an idempotent upsert or removal by item id, and
//! takes the entry's write lock, so a hook that races a build is applied after it.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use parking_lot::Mutex;
use serde_json::Value;
use tokio::sync::RwLock;

use super::bm25::{Bm25, Bm25Params};

/// What an item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Observation,
    Summary,
    Communication,
}

/// One recallable item.
#[derive(Debug, Clone)]
pub struct Doc {
    pub kind: Kind,
    pub id: String,
    pub conversation_id: Option<String>,
    pub occurred_at: DateTime<Utc>,
    /// Analysed terms (kept to remove the document from BM25).
    pub terms: Vec<String>,
    /// Unit vector (empty when no embedding is available); moved into the index's matrix.
    pub vector: Vec<f32>,
    /// Tokens of the item's text under the configured encoding.
    pub tokens: usize,
    /// The item as the API shows it (without `score`).
    pub payload: Value,
}

/// A profile's index.
pub struct ProfileIndex {
    pub docs: Vec<Option<Doc>>,
    /// Unit vectors, one row of `dim` per document slot (zeros where there is none), kept
    /// contiguous so scoring streams through memory.
    pub matrix: Vec<f32>,
    pub dim: usize,
    by_id: HashMap<String, u32>,
    pub bm25: Bm25,
    /// Conversations whose messages are indexed here.
    pub conversations: Vec<String>,
}

impl ProfileIndex {
    /// An empty index.
    pub fn new() -> Self {
        Self {
            docs: Vec::new(),
            matrix: Vec::new(),
            dim: 0,
            by_id: HashMap::new(),
            bm25: Bm25::new(Bm25Params::default()),
            conversations: Vec::new(),
        }
    }

    /// Notes that a conversation's messages belong here (even before it has any).
    pub fn add_conversation(&mut self, conversation: &str) {
        if !self.conversations.iter().any(|c| c == conversation) {
            self.conversations.push(conversation.to_owned());
        }
    }

    /// The vector row of a slot.
    pub fn row(&self, slot: usize) -> &[f32] {
        self.matrix
            .get(slot * self.dim..(slot + 1) * self.dim)
            .unwrap_or(&[])
    }

    fn set_row(&mut self, slot: usize, vector: &[f32]) {
        if self.dim == 0 && !vector.is_empty() {
            self.dim = vector.len();
            self.matrix = vec![0.0; self.docs.len().max(slot + 1) * self.dim];
        }
        if self.dim == 0 {
            return;
        }
        let need = (slot + 1) * self.dim;
        if self.matrix.len() < need {
            self.matrix.resize(need, 0.0);
        }
        let row = &mut self.matrix[slot * self.dim..need];
        if vector.len() == self.dim {
            row.copy_from_slice(vector);
        } else {
            row.fill(0.0);
        }
    }

    /// Adds or replaces a document (by id).
    pub fn upsert(&mut self, mut doc: Doc) {
        let vector = std::mem::take(&mut doc.vector);
        if let Some(&slot) = self.by_id.get(&doc.id) {
            if let Some(old) = self.docs[slot as usize].take() {
                self.bm25.remove(slot, &old.terms);
            }
            self.bm25.add(slot, &doc.terms);
            self.docs[slot as usize] = Some(doc);
            self.set_row(slot as usize, &vector);
            return;
        }
        let slot = self.docs.len() as u32;
        self.set_row(slot as usize, &vector);
        self.bm25.add(slot, &doc.terms);
        self.by_id.insert(doc.id.clone(), slot);
        if let Some(c) = &doc.conversation_id {
            if doc.kind == Kind::Communication && !self.conversations.contains(c) {
                self.conversations.push(c.clone());
            }
        }
        self.docs.push(Some(doc));
    }

    /// Removes a document by id.
    pub fn remove(&mut self, id: &str) {
        if let Some(slot) = self.by_id.remove(id) {
            if let Some(old) = self.docs[slot as usize].take() {
                self.bm25.remove(slot, &old.terms);
            }
            self.set_row(slot as usize, &[]);
        }
    }

    /// Live documents.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    /// True when no document is indexed.
    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }
}

impl Default for ProfileIndex {
    fn default() -> Self {
        Self::new()
    }
}

type Key = (String, String);

struct Entry {
    index: Arc<RwLock<Option<ProfileIndex>>>,
    last_used: AtomicU64,
}

/// The cache of profile indexes, bounded by the number of documents it holds.
pub struct IndexCache {
    entries: Mutex<HashMap<Key, Arc<Entry>>>,
    /// Conversation -> cached profiles whose index holds its messages (so a new message finds
    /// its indexes without scanning the cache).
    by_conversation: Mutex<HashMap<String, Vec<Key>>>,
    clock: AtomicU64,
    max_docs: usize,
}

impl IndexCache {
    /// A cache holding at most about `max_docs` documents.
    pub fn new(max_docs: usize) -> Self {
        Self {
            entries: Mutex::new(HashMap::new()),
            by_conversation: Mutex::new(HashMap::new()),
            clock: AtomicU64::new(0),
            max_docs,
        }
    }

    /// The slot for a profile (created empty, i.e. unbuilt, when missing).
    pub fn slot(&self, store: &str, profile: &str) -> Arc<RwLock<Option<ProfileIndex>>> {
        let now = self.clock.fetch_add(1, Ordering::Relaxed);
        let mut map = self.entries.lock();
        let e = map
            .entry((store.to_owned(), profile.to_owned()))
            .or_insert_with(|| {
                Arc::new(Entry {
                    index: Arc::new(RwLock::new(None)),
                    last_used: AtomicU64::new(now),
                })
            });
        e.last_used.store(now, Ordering::Relaxed);
        Arc::clone(&e.index)
    }

    /// The slot only if the profile is cached (hooks use this: nothing to update otherwise).
    pub fn existing(
        &self,
        store: &str,
        profile: &str,
    ) -> Option<Arc<RwLock<Option<ProfileIndex>>>> {
        self.entries
            .lock()
            .get(&(store.to_owned(), profile.to_owned()))
            .map(|e| Arc::clone(&e.index))
    }

    /// Drops a profile's index (merges, erasure).
    pub fn invalidate(&self, store: &str, profile: &str) {
        let key = (store.to_owned(), profile.to_owned());
        self.entries.lock().remove(&key);
        self.forget_conversations(|k| *k == key);
    }

    /// Drops every index of a store.
    pub fn invalidate_store(&self, store: &str) {
        self.entries.lock().retain(|(s, _), _| s != store);
        self.forget_conversations(|(s, _)| s == store);
    }

    fn forget_conversations(&self, gone: impl Fn(&Key) -> bool) {
        let mut map = self.by_conversation.lock();
        map.values_mut().for_each(|keys| keys.retain(|k| !gone(k)));
        map.retain(|_, keys| !keys.is_empty());
    }

    /// Records which conversations a freshly built index holds.
    pub fn register_conversations(&self, store: &str, profile: &str, conversations: &[String]) {
        let key = (store.to_owned(), profile.to_owned());
        let mut map = self.by_conversation.lock();
        for c in conversations {
            let keys = map.entry(c.clone()).or_default();
            if !keys.contains(&key) {
                keys.push(key.clone());
            }
        }
    }

    /// Cached indexes that hold messages of `conversation` (no scan of the cache).
    pub fn profiles_with_conversation(
        &self,
        conversation: &str,
    ) -> Vec<(Key, Arc<RwLock<Option<ProfileIndex>>>)> {
        let keys = self
            .by_conversation
            .lock()
            .get(conversation)
            .cloned()
            .unwrap_or_default();
        let entries = self.entries.lock();
        keys.into_iter()
            .filter_map(|k| entries.get(&k).map(|e| (k, Arc::clone(&e.index))))
            .collect()
    }

    /// Evicts least recently used indexes while the cache holds more than its budget.
    pub fn evict(&self) {
        let mut map = self.entries.lock();
        let size = |e: &Entry| {
            e.index
                .try_read()
                .map_or(0, |g| g.as_ref().map_or(0, |i| i.len()))
        };
        let mut total: usize = map.values().map(|e| size(e)).sum();
        if total <= self.max_docs {
            return;
        }
        let mut by_age: Vec<(u64, Key, usize)> = map
            .iter()
            .map(|(k, e)| (e.last_used.load(Ordering::Relaxed), k.clone(), size(e)))
            .collect();
        by_age.sort();
        let mut evicted = Vec::new();
        for (_, k, n) in by_age {
            if total <= self.max_docs {
                break;
            }
            map.remove(&k);
            evicted.push(k);
            total -= n;
        }
        drop(map);
        if !evicted.is_empty() {
            self.forget_conversations(|k| evicted.contains(k));
        }
    }
}
