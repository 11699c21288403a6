//! The conversation log: conversations, their participants and threaded communications, plus
//! the global indexes ingest needs (idempotency tokens, timers, lifecycle events).
//!
//! Key layout in the `conversations` tree (`s` = length-prefixed string, `u` = big-endian u64):
//! - `C s(conv)` -> ConversationRecord
//! - `M s(conv) u(position) s(comm)` -> Communication, in thread order
//! - `I s(conv) s(comm)` -> u(position): dedup by communication id
//! - `R s(conv) s(resourceId)` -> comm id: dedup by resource id
//! - `P s(conv) s(participant)` -> Participant
//! - `V s(conv) s(comm)` -> StoredVector of a communication
//! - `S s(store) s(conv)` -> (): conversations of a store
//! - `K s(token)` -> u(ms): seen idempotency tokens; `k u(ms) s(token)` -> () expires them
//! - `T u(due ms) s(conv)` -> Timer: the sidecar's inactive/closed timers, soonest first
//! - `E u(seq)` -> LifecycleEvent: durable state changes (extraction triggers), in order
//! - `J u(due ms) s(conv)` -> (): queued extraction jobs, soonest first (the due time is the
//!   record's `extraction.nextAttemptAt`)
//! - `X s(conv)` -> the extraction job's own state (what was extracted, a staged plan)
//!
//! Every change to one conversation happens inside a [`ConversationTxn`]: a per-conversation
//! lock plus one atomic sled batch.
//!
//! `C`, `M`, `P` and `X` values (everything holding message text, names or addresses) are sealed
//! with the conversation's data key `c:<conversation id>` from the keyring; the indexes hold
//! ids, positions and timestamps only.

use std::hash::BuildHasher;

use parking_lot::{Mutex, MutexGuard};

use std::sync::Arc;

use serde::{de::DeserializeOwned, Serialize};

use super::keyring::{DataKey, Keyring};
use super::keys::{push_str, push_u64, read_str, read_u64, tagged};
use super::profiles::StoredVector;
use super::seal::{open, seal};
use super::{decode, encode, Result};
use crate::domain::conversation::Timer;
use crate::domain::{Communication, ConversationRecord, LifecycleEvent, Participant};

const LOCK_SHARDS: usize = 1024;

/// One page of a listing; `next` is the cursor to continue after the last item.
#[derive(Debug)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub next: Option<Vec<u8>>,
}

/// Conversation storage.
#[derive(Clone)]
pub struct ConversationLog {
    db: sled::Db,
    tree: sled::Tree,
    keyring: Arc<Keyring>,
    locks: std::sync::Arc<[Mutex<()>]>,
    hasher: std::collections::hash_map::RandomState,
}

fn conv_key(tag: u8, conv: &str) -> Vec<u8> {
    let mut k = tagged(tag);
    push_str(&mut k, conv);
    k
}

fn comm_key(conv: &str, position: u64, comm: &str) -> Vec<u8> {
    let mut k = conv_key(b'M', conv);
    push_u64(&mut k, position);
    push_str(&mut k, comm);
    k
}

fn sub_key(tag: u8, conv: &str, sub: &str) -> Vec<u8> {
    let mut k = conv_key(tag, conv);
    push_str(&mut k, sub);
    k
}

/// A due-time index key (`T` timers, `J` extraction jobs): soonest first.
fn due_key(tag: u8, due_ms: i64, conv: &str) -> Vec<u8> {
    let mut k = tagged(tag);
    push_u64(&mut k, due_ms.max(0) as u64);
    push_str(&mut k, conv);
    k
}

fn job_key(due_ms: i64, conv: &str) -> Vec<u8> {
    due_key(b'J', due_ms, conv)
}

fn timer_key(due_ms: i64, conv: &str) -> Vec<u8> {
    due_key(b'T', due_ms, conv)
}

/// The keyring id of a conversation's data key.
pub fn conversation_key_id(conv: &str) -> String {
    format!("c:{conv}")
}

fn seal_value<T: Serialize>(key: &DataKey, sled_key: &[u8], value: &T) -> Result<Vec<u8>> {
    Ok(seal(key, sled_key, &encode(value)?))
}

/// Opens a sealed record; one that cannot be opened is absent: after a power loss the
/// disk may hold unacknowledged records whose key never reached it (keys are synced before
/// each group flush, records written during that flush wait for the next one).
fn open_or_skip<T: DeserializeOwned>(
    key: &DataKey,
    sled_key: &[u8],
    sealed: &[u8],
) -> Result<Option<T>> {
    match open(key, sled_key, sealed) {
        Some(plain) => decode(&plain).map(Some),
        None => {
            tracing::warn!("skipping a conversation record that cannot be opened with its key");
            Ok(None)
        }
    }
}

impl ConversationLog {
    pub(super) fn new(db: sled::Db, tree: sled::Tree, keyring: Arc<Keyring>) -> Result<Self> {
        let locks: Vec<Mutex<()>> = (0..LOCK_SHARDS).map(|_| Mutex::new(())).collect();
        Ok(Self {
            db,
            tree,
            keyring,
            locks: locks.into(),
            hasher: Default::default(),
        })
    }

    fn lock(&self, conv: &str) -> MutexGuard<'_, ()> {
        self.locks[(self.hasher.hash_one(conv) as usize) % LOCK_SHARDS].lock()
    }

    /// Opens a unit of work on one conversation: holds its lock until committed or dropped.
    pub fn begin<'a>(&'a self, conversation_id: &'a str) -> ConversationTxn<'a> {
        let guard = self.lock(conversation_id);
        ConversationTxn {
            log: self,
            conv: conversation_id,
            _guard: guard,
            batch: sled::Batch::default(),
            touched: false,
            key: self.data_key(conversation_id),
        }
    }

    /// The conversation's data key; `None` once erased (or before its first write).
    fn data_key(&self, conversation_id: &str) -> Option<DataKey> {
        self.keyring.get(&conversation_key_id(conversation_id))
    }

    /// The conversation record, if any (and not erased).
    pub fn get(&self, conversation_id: &str) -> Result<Option<ConversationRecord>> {
        let Some(key) = self.data_key(conversation_id) else {
            return Ok(None);
        };
        let k = conv_key(b'C', conversation_id);
        match self.tree.get(&k)? {
            None => Ok(None),
            Some(v) => open_or_skip(&key, &k, &v),
        }
    }

    /// Participants in id order.
    pub fn participants(&self, conversation_id: &str) -> Result<Vec<Participant>> {
        let Some(key) = self.data_key(conversation_id) else {
            return Ok(Vec::new());
        };
        self.tree
            .scan_prefix(conv_key(b'P', conversation_id))
            .filter_map(|kv| match kv {
                Ok((k, v)) => open_or_skip(&key, &k, &v).transpose(),
                Err(e) => Some(Err(e.into())),
            })
            .collect()
    }

    /// Threaded communications, `limit` at a time, after `cursor` (exclusive), in thread order
    /// or reversed. A cursor that does not belong to this conversation yields `None`.
    pub fn communications(
        &self,
        conversation_id: &str,
        cursor: Option<&[u8]>,
        limit: usize,
        descending: bool,
    ) -> Result<Option<Page<Communication>>> {
        let prefix = conv_key(b'M', conversation_id);
        let Some(key) = self.data_key(conversation_id) else {
            return Ok(Some(Page {
                items: Vec::new(),
                next: None,
            }));
        };
        if let Some(c) = cursor {
            if !c.starts_with(&prefix) || c.len() == prefix.len() {
                return Ok(None);
            }
        }
        let iter: Box<dyn Iterator<Item = sled::Result<(sled::IVec, sled::IVec)>>> =
            match (cursor, descending) {
                (None, false) => Box::new(self.tree.scan_prefix(&prefix)),
                (None, true) => Box::new(self.tree.scan_prefix(&prefix).rev()),
                (Some(c), false) => {
                    let mut start = c.to_vec();
                    start.push(0); // smallest key strictly after the cursor
                    Box::new(self.tree.range(start..).take_while(move |kv| {
                        kv.as_ref().map_or(true, |(k, _)| k.starts_with(&prefix))
                    }))
                }
                (Some(c), true) => Box::new(self.tree.range(prefix.clone()..c.to_vec()).rev()),
            };
        let mut items = Vec::with_capacity(limit.min(1024));
        let mut last_key = None;
        let mut more = false;
        for kv in iter {
            let (k, v) = kv?;
            if items.len() == limit {
                more = true;
                break;
            }
            if let Some(item) = open_or_skip(&key, &k, &v)? {
                items.push(item);
            }
            last_key = Some(k.to_vec());
        }
        Ok(Some(Page {
            items,
            next: if more { last_key } else { None },
        }))
    }

    /// Every communication of a conversation, in thread order.
    pub fn all_communications(&self, conversation_id: &str) -> Result<Vec<Communication>> {
        let mut out = Vec::new();
        let mut cursor: Option<Vec<u8>> = None;
        loop {
            let Some(page) =
                self.communications(conversation_id, cursor.as_deref(), 1000, false)?
            else {
                break;
            };
            out.extend(page.items);
            match page.next {
                Some(n) => cursor = Some(n),
                None => break,
            }
        }
        Ok(out)
    }

    /// Entries of a due-time index (`due_key`) due at or before `now_ms`, soonest first:
    /// (due ms, conversation, value).
    fn due_entries(
        &self,
        tag: u8,
        now_ms: i64,
        limit: usize,
    ) -> Result<Vec<(i64, String, sled::IVec)>> {
        let mut end = tagged(tag);
        push_u64(&mut end, (now_ms.max(0) as u64).saturating_add(1));
        let mut out = Vec::new();
        for kv in self.tree.range(tagged(tag)..end).take(limit) {
            let (k, v) = kv?;
            if let (Some(due), Some((conv, _))) = (read_u64(&k, 1), read_str(&k, 9)) {
                out.push((due as i64, conv.to_owned(), v));
            }
        }
        Ok(out)
    }

    /// Timers due at or before `now_ms`, soonest first.
    pub fn due_timers(&self, now_ms: i64, limit: usize) -> Result<Vec<(String, Timer)>> {
        self.due_entries(b'T', now_ms, limit)?
            .into_iter()
            .map(|(_, conv, v)| Ok((conv, decode(&v)?)))
            .collect()
    }

    /// Queued extraction jobs due at or before `now_ms`, soonest first: (due ms, conversation).
    pub fn due_jobs(&self, now_ms: i64, limit: usize) -> Result<Vec<(i64, String)>> {
        Ok(self
            .due_entries(b'J', now_ms, limit)?
            .into_iter()
            .map(|(due, conv, _)| (due, conv))
            .collect())
    }

    /// Every conversation id (one scan of the records' keys; for one-off upgrades).
    pub fn conversation_ids(&self) -> Result<Vec<String>> {
        self.tree
            .scan_prefix(tagged(b'C'))
            .keys()
            .map(|k| {
                Ok(read_str(&k?, 1)
                    .map(|(s, _)| s.to_owned())
                    .unwrap_or_default())
            })
            .collect()
    }

    /// Queued extraction jobs, due or not.
    pub fn queued_jobs(&self) -> usize {
        self.tree.scan_prefix(tagged(b'J')).count()
    }

    /// Lifecycle events with `seq > after`, in order.
    pub fn lifecycle_events(&self, after: u64, limit: usize) -> Result<Vec<LifecycleEvent>> {
        let mut start = tagged(b'E');
        push_u64(&mut start, after.saturating_add(1));
        self.tree
            .range(start..)
            .take_while(|kv| kv.as_ref().map_or(true, |(k, _)| k.first() == Some(&b'E')))
            .take(limit)
            .map(|kv| decode(&kv?.1))
            .collect()
    }

    /// Conversation ids of a store.
    pub fn conversations_in_store(&self, store_id: &str) -> Result<Vec<String>> {
        let prefix = conv_key(b'S', store_id);
        let at = prefix.len();
        self.tree
            .scan_prefix(&prefix)
            .keys()
            .map(|k| {
                let k = k?;
                Ok(read_str(&k, at)
                    .map(|(s, _)| s.to_owned())
                    .unwrap_or_default())
            })
            .collect()
    }

    /// Forgets idempotency tokens first seen before `before_ms`; returns how many.
    pub fn expire_tokens(&self, before_ms: i64, limit: usize) -> Result<usize> {
        let mut end = tagged(b'k');
        push_u64(&mut end, before_ms.max(0) as u64);
        let mut batch = sled::Batch::default();
        let mut n = 0;
        for k in self.tree.range(tagged(b'k')..end).keys().take(limit) {
            let k = k?;
            if let Some((token, _)) = read_str(&k, 9) {
                batch.remove(conv_key(b'K', token));
            }
            batch.remove(k);
            n += 1;
        }
        if n > 0 {
            self.tree.apply_batch(batch)?;
        }
        Ok(n)
    }

    /// Erases a conversation from every key of this tree and destroys its data key, so its
    /// messages can never be read again. Returns whether it existed.
    pub fn erase(&self, conversation_id: &str) -> Result<bool> {
        let txn = self.begin(conversation_id);
        let rec = txn.conversation()?;
        let mut batch = sled::Batch::default();
        for tag in [b'C', b'M', b'I', b'R', b'P', b'V', b'X'] {
            for key in self.tree.scan_prefix(conv_key(tag, conversation_id)).keys() {
                batch.remove(key?);
            }
        }
        if let Some(rec) = &rec {
            batch.remove(sub_key(b'S', &rec.store_id, conversation_id));
            if let Some(t) = rec.timer {
                batch.remove(timer_key(t.due_ms, conversation_id));
            }
            if let Some(due) = rec.extraction.next_attempt_at {
                batch.remove(job_key(due.timestamp_millis(), conversation_id));
            }
        }
        self.tree.apply_batch(batch)?;
        let destroyed = self
            .keyring
            .destroy(&[conversation_key_id(conversation_id)])?;
        drop(txn);
        Ok(rec.is_some() || destroyed > 0)
    }

    /// Stored vectors of a conversation's communications, by communication id.
    pub fn vectors(
        &self,
        conversation_id: &str,
    ) -> Result<std::collections::HashMap<String, StoredVector>> {
        let mut out = std::collections::HashMap::new();
        let Some(key) = self.data_key(conversation_id) else {
            return Ok(out);
        };
        let prefix = conv_key(b'V', conversation_id);
        let at = prefix.len();
        for kv in self.tree.scan_prefix(&prefix) {
            let (k, v) = kv?;
            if let (Some((id, _)), Some(sv)) = (
                read_str(&k, at),
                open_or_skip::<StoredVector>(&key, &k, &v)?,
            ) {
                out.insert(id.to_owned(), sv);
            }
        }
        Ok(out)
    }

    /// Writes vectors outside an ingest transaction (backfills).
    pub fn backfill_vectors(
        &self,
        conversation_id: &str,
        items: &[(String, StoredVector)],
    ) -> Result<()> {
        let mut txn = self.begin(conversation_id);
        if txn.key.is_none() {
            return Ok(());
        }
        for (id, sv) in items {
            txn.put_vector(id, sv)?;
        }
        txn.commit()?;
        Ok(())
    }
}

/// A unit of work on one conversation. Reads see committed state; writes are buffered and
/// applied atomically by [`commit`](Self::commit). Dropping it without commit changes nothing.
pub struct ConversationTxn<'a> {
    log: &'a ConversationLog,
    conv: &'a str,
    _guard: MutexGuard<'a, ()>,
    batch: sled::Batch,
    touched: bool,
    key: Option<DataKey>,
}

impl ConversationTxn<'_> {
    /// The data key, created on the conversation's first write.
    fn write_key(&mut self) -> Result<DataKey> {
        if let Some(k) = self.key {
            return Ok(k);
        }
        let k = self
            .log
            .keyring
            .get_or_create(&conversation_key_id(self.conv))?;
        self.key = Some(k);
        Ok(k)
    }

    fn read<T: DeserializeOwned>(&self, sled_key: &[u8]) -> Result<Option<T>> {
        let Some(key) = self.key else {
            return Ok(None);
        };
        match self.log.tree.get(sled_key)? {
            None => Ok(None),
            Some(v) => open_or_skip(&key, sled_key, &v),
        }
    }

    fn write<T: Serialize>(&mut self, sled_key: Vec<u8>, value: &T) -> Result<()> {
        let key = self.write_key()?;
        let sealed = seal_value(&key, &sled_key, value)?;
        self.batch.insert(sled_key, sealed);
        self.touched = true;
        Ok(())
    }

    /// The conversation record.
    pub fn conversation(&self) -> Result<Option<ConversationRecord>> {
        self.read(&conv_key(b'C', self.conv))
    }

    /// Writes the conversation record.
    pub fn put_conversation(&mut self, rec: &ConversationRecord) -> Result<()> {
        self.write(conv_key(b'C', self.conv), rec)
    }

    /// Finds a threaded communication by id, or by resource id.
    pub fn find_communication(
        &self,
        id: &str,
        resource_id: Option<&str>,
    ) -> Result<Option<Communication>> {
        let tree = &self.log.tree;
        let mut found = tree
            .get(sub_key(b'I', self.conv, id))?
            .and_then(|p| read_u64(&p, 0).map(|pos| (pos, id.to_owned())));
        if found.is_none() {
            if let Some(r) = resource_id {
                if let Some(other) = tree.get(sub_key(b'R', self.conv, r))? {
                    let other = String::from_utf8_lossy(&other).into_owned();
                    found = tree
                        .get(sub_key(b'I', self.conv, &other))?
                        .and_then(|p| read_u64(&p, 0).map(|pos| (pos, other)));
                }
            }
        }
        match found {
            None => Ok(None),
            Some((pos, cid)) => self.read(&comm_key(self.conv, pos, &cid)),
        }
    }

    /// Threads a communication (insert or replace), keeping its id and resource id indexed.
    /// `previous` is the stored version being replaced, if any.
    pub fn put_communication(
        &mut self,
        comm: &Communication,
        previous: Option<&Communication>,
    ) -> Result<()> {
        let pos = comm.thread_position();
        if let Some(prev) = previous {
            let old_pos = prev.thread_position();
            if old_pos != pos || prev.id != comm.id {
                self.batch.remove(comm_key(self.conv, old_pos, &prev.id));
            }
        }
        self.write(comm_key(self.conv, pos, &comm.id), comm)?;
        self.batch
            .insert(sub_key(b'I', self.conv, &comm.id), &pos.to_be_bytes());
        if let Some(r) = &comm.resource_id {
            self.batch
                .insert(sub_key(b'R', self.conv, r), comm.id.as_bytes());
        }
        self.touched = true;
        Ok(())
    }

    /// Stores a communication's vector.
    pub fn put_vector(&mut self, comm_id: &str, v: &StoredVector) -> Result<()> {
        self.write(sub_key(b'V', self.conv, comm_id), v)
    }

    /// A participant.
    pub fn participant(&self, participant_id: &str) -> Result<Option<Participant>> {
        self.read(&sub_key(b'P', self.conv, participant_id))
    }

    /// Writes a participant.
    pub fn put_participant(&mut self, p: &Participant) -> Result<()> {
        self.write(sub_key(b'P', self.conv, &p.id), p)
    }

    /// True when this idempotency token was recorded before.
    pub fn token_seen(&self, token: &str) -> Result<bool> {
        Ok(self.log.tree.contains_key(conv_key(b'K', token))?)
    }

    /// Records an idempotency token (expired later by [`ConversationLog::expire_tokens`]).
    pub fn remember_token(&mut self, token: &str, now_ms: i64) {
        self.batch
            .insert(conv_key(b'K', token), &(now_ms.max(0) as u64).to_be_bytes());
        let mut k = tagged(b'k');
        push_u64(&mut k, now_ms.max(0) as u64);
        push_str(&mut k, token);
        self.batch.insert(k, &[]);
        self.touched = true;
    }

    /// Moves the conversation's timer index entry from `old` to `new`.
    pub fn replace_timer(&mut self, old: Option<Timer>, new: Option<Timer>) -> Result<()> {
        if old == new {
            return Ok(());
        }
        if let Some(t) = old {
            self.batch.remove(timer_key(t.due_ms, self.conv));
        }
        if let Some(t) = new {
            self.batch
                .insert(timer_key(t.due_ms, self.conv), encode(&t)?);
        }
        self.touched = true;
        Ok(())
    }

    /// Moves the conversation's extraction-queue entry from `old` to `new` (due times, ms).
    pub fn schedule_job(&mut self, old: Option<i64>, new: Option<i64>) {
        if old == new {
            return;
        }
        if let Some(due) = old {
            self.batch.remove(job_key(due, self.conv));
        }
        if let Some(due) = new {
            self.batch.insert(job_key(due, self.conv), &[]);
        }
        self.touched = true;
    }

    /// The extraction job's own state (sealed like the messages it is drawn from).
    pub fn job<T: DeserializeOwned>(&self) -> Result<Option<T>> {
        self.read(&conv_key(b'X', self.conv))
    }

    /// Writes the extraction job's state.
    pub fn put_job<T: Serialize>(&mut self, job: &T) -> Result<()> {
        self.write(conv_key(b'X', self.conv), job)
    }

    /// Appends a lifecycle event, assigning its sequence number.
    pub fn push_event(&mut self, mut event: LifecycleEvent) -> Result<u64> {
        // sled ids start at 0; sequence numbers start at 1 so "after 0" means "from the start".
        let seq = self.log.db.generate_id()? + 1;
        event.seq = seq;
        let mut k = tagged(b'E');
        push_u64(&mut k, seq);
        self.batch.insert(k, encode(&event)?);
        self.touched = true;
        Ok(seq)
    }

    /// Files the conversation under `store_id`, removing it from `old_store`.
    pub fn index_store(&mut self, old_store: Option<&str>, store_id: &str) {
        if let Some(old) = old_store {
            if old != store_id {
                self.batch.remove(sub_key(b'S', old, self.conv));
            }
        }
        self.batch.insert(sub_key(b'S', store_id, self.conv), &[]);
        self.touched = true;
    }

    /// Applies every buffered write atomically. Returns whether anything was written.
    pub fn commit(self) -> Result<bool> {
        if !self.touched {
            return Ok(false);
        }
        self.log.tree.apply_batch(self.batch)?;
        Ok(true)
    }
}
