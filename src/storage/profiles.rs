//! Profiles, observations (with revisions), summaries and the identifier index.
//!
//! Key layout in the `profiles` tree (`s` = length-prefixed string):
//! - `P s(store) s(profile)` -> Profile, sealed with key `p:<profile>`
//! - `X s(store) s(merged profile)` -> canonical profile id (merge redirects)
//! - `I s(store) u8(idType) hmac(value)` -> profile id; the value itself is never stored in a
//!   key: it is an HMAC-SHA256 under the store's key `x:<store>`
//! - `O s(store) s(profile) s(observation)` -> Observation, sealed with `o:<observation>`
//! - `V s(store) s(profile) s(observation) u32(revision)` -> ObservationRevision, same key
//! - `S s(store) s(profile) s(summary)` -> Summary, sealed with `s:<summary>`
//! - `L s(store) s(profile) s(conversation)` -> (): the profile's conversations
//! - `G s(store)` -> IdentityResolutionSettings
//! - `E s(store) s(profile) s(item)` -> StoredVector of an observation or summary, sealed with
//!   that item's key
//!
//! Sealed values are bound to the record id (not the sled key), so a merge moves them byte for
//! byte. Writes to one store's profiles are serialised by a per-store lock held by a
//! [`ProfileTxn`]; each transaction is one atomic sled batch.

use std::collections::HashMap;
use std::hash::BuildHasher;
use std::sync::Arc;

use hmac::{Hmac, Mac};
use parking_lot::{Mutex, MutexGuard};
use serde::{de::DeserializeOwned, Serialize};
use sha2::Sha256;

use super::keyring::Keyring;
use super::keys::{push_str, read_str, tagged};
use super::seal::{open, seal};
use super::{decode, encode, Page, Result, StorageError};
use crate::domain::profile::{
    IdType, IdentityResolutionSettings, Observation, ObservationRevision, Profile, Summary,
};

const LOCK_SHARDS: usize = 64;

/// Profile storage.
#[derive(Clone)]
pub struct ProfileStore {
    tree: sled::Tree,
    keyring: Arc<Keyring>,
    locks: Arc<[Mutex<()>]>,
    hasher: std::collections::hash_map::RandomState,
}

fn k(tag: u8, parts: &[&str]) -> Vec<u8> {
    let mut key = tagged(tag);
    for p in parts {
        push_str(&mut key, p);
    }
    key
}

fn id_type_byte(t: IdType) -> u8 {
    match t {
        IdType::Email => 1,
        IdType::Whatsapp => 2,
        IdType::Phone => 3,
        IdType::ChatId => 4,
    }
}

/// Keyring ids.
pub fn profile_key_id(profile: &str) -> String {
    format!("p:{profile}")
}
/// Keyring id of an observation's key (also seals its revisions).
pub fn observation_key_id(obs: &str) -> String {
    format!("o:{obs}")
}
/// Keyring id of a summary's key.
pub fn summary_key_id(summary: &str) -> String {
    format!("s:{summary}")
}
/// Keyring id of a store's identifier-index key.
pub fn store_key_id(store: &str) -> String {
    format!("x:{store}")
}

/// The keyring id of an item from its id prefix (observation or summary).
fn item_key_id(item: &str) -> String {
    if item.starts_with("mem_summary_") {
        summary_key_id(item)
    } else {
        observation_key_id(item)
    }
}

fn vector_aad(item: &str) -> Vec<u8> {
    let mut a = item.as_bytes().to_vec();
    a.extend_from_slice(b"/vector");
    a
}

/// An embedding as stored: the model that made it and int8 values with one scale.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct StoredVector {
    pub model: String,
    pub scale: f32,
    pub values: Vec<i8>,
}

fn rev_aad(obs: &str, rev: u32) -> Vec<u8> {
    let mut a = obs.as_bytes().to_vec();
    a.extend_from_slice(&rev.to_be_bytes());
    a
}

impl ProfileStore {
    pub(super) fn new(tree: sled::Tree, keyring: Arc<Keyring>) -> Self {
        let locks: Vec<Mutex<()>> = (0..LOCK_SHARDS).map(|_| Mutex::new(())).collect();
        Self {
            tree,
            keyring,
            locks: locks.into(),
            hasher: Default::default(),
        }
    }

    fn open_sealed<T: DeserializeOwned>(
        &self,
        key_id: &str,
        aad: &[u8],
        v: &[u8],
    ) -> Result<Option<T>> {
        // A record whose key was destroyed is erased, even if sled still has its bytes.
        let Some(key) = self.keyring.get(key_id) else {
            return Ok(None);
        };
        let plain = open(&key, aad, v)
            .ok_or_else(|| StorageError::Codec("a sealed record failed authentication".into()))?;
        decode(&plain).map(Some)
    }

    /// Begins a write on one store's profiles (holds the store's lock until dropped).
    pub fn begin<'a>(&'a self, store: &'a str) -> ProfileTxn<'a> {
        let guard = self.locks[(self.hasher.hash_one(store) as usize) % LOCK_SHARDS].lock();
        ProfileTxn {
            s: self,
            store,
            _guard: guard,
            batch: sled::Batch::default(),
            destroy: Vec::new(),
        }
    }

    /// The store's identity-resolution settings (defaults when never set).
    pub fn settings(&self, store: &str) -> Result<IdentityResolutionSettings> {
        Ok(self
            .tree
            .get(k(b'G', &[store]))?
            .map(|v| decode(&v))
            .transpose()?
            .unwrap_or_default())
    }

    fn index_key(&self, store: &str, t: IdType, value: &str) -> Result<Vec<u8>> {
        let secret = self.keyring.get_or_create(&store_key_id(store))?;
        let mut mac = Hmac::<Sha256>::new_from_slice(&secret).expect("HMAC takes any key length");
        mac.update(&[id_type_byte(t)]);
        mac.update(value.as_bytes());
        let mut key = k(b'I', &[store]);
        key.push(id_type_byte(t));
        key.extend_from_slice(&mac.finalize().into_bytes());
        Ok(key)
    }

    /// The profile holding this normalised identifier.
    pub fn lookup(&self, store: &str, t: IdType, value: &str) -> Result<Option<String>> {
        Ok(self
            .tree
            .get(self.index_key(store, t, value)?)?
            .map(|v| String::from_utf8_lossy(&v).into_owned()))
    }

    /// A profile (not following redirects).
    pub fn get(&self, store: &str, profile: &str) -> Result<Option<Profile>> {
        match self.tree.get(k(b'P', &[store, profile]))? {
            None => Ok(None),
            Some(v) => self.open_sealed(&profile_key_id(profile), profile.as_bytes(), &v),
        }
    }

    /// Where a merged profile now lives (the canonical id), if it was merged.
    pub fn redirect(&self, store: &str, profile: &str) -> Result<Option<String>> {
        Ok(self
            .tree
            .get(k(b'X', &[store, profile]))?
            .map(|v| String::from_utf8_lossy(&v).into_owned()))
    }

    /// Profiles of a store in id order, a page at a time.
    pub fn list(
        &self,
        store: &str,
        cursor: Option<&[u8]>,
        limit: usize,
        descending: bool,
    ) -> Result<Option<Page<Profile>>> {
        let prefix = k(b'P', &[store]);
        let at = prefix.len();
        self.page(&prefix, cursor, limit, descending, |key, v| {
            let Some((id, _)) = read_str(key, at) else {
                return Ok(None);
            };
            self.open_sealed(&profile_key_id(id), id.as_bytes(), v)
        })
    }

    fn page<T>(
        &self,
        prefix: &[u8],
        cursor: Option<&[u8]>,
        limit: usize,
        descending: bool,
        mut decode_one: impl FnMut(&[u8], &[u8]) -> Result<Option<T>>,
    ) -> Result<Option<Page<T>>> {
        if let Some(c) = cursor {
            if !c.starts_with(prefix) || c.len() == prefix.len() {
                return Ok(None);
            }
        }
        let prefix_owned = prefix.to_vec();
        let iter: Box<dyn Iterator<Item = sled::Result<(sled::IVec, sled::IVec)>>> =
            match (cursor, descending) {
                (None, false) => Box::new(self.tree.scan_prefix(prefix)),
                (None, true) => Box::new(self.tree.scan_prefix(prefix).rev()),
                (Some(c), false) => {
                    let mut start = c.to_vec();
                    start.push(0);
                    Box::new(self.tree.range(start..).take_while(move |kv| {
                        kv.as_ref()
                            .map_or(true, |(k, _)| k.starts_with(&prefix_owned))
                    }))
                }
                (Some(c), true) => Box::new(self.tree.range(prefix.to_vec()..c.to_vec()).rev()),
            };
        let mut items = Vec::new();
        let mut last = None;
        let mut more = false;
        for kv in iter {
            let (key, v) = kv?;
            if items.len() == limit {
                more = true;
                break;
            }
            if let Some(item) = decode_one(&key, &v)? {
                items.push(item);
            }
            last = Some(key.to_vec());
        }
        Ok(Some(Page {
            items,
            next: if more { last } else { None },
        }))
    }

    /// Every sealed item (observation or summary) keyed under `prefix`, oldest first.
    fn sealed_items<T: DeserializeOwned>(
        &self,
        prefix: &[u8],
        key_id: fn(&str) -> String,
    ) -> Result<Vec<T>> {
        let at = prefix.len();
        let mut out = Vec::new();
        for kv in self.tree.scan_prefix(prefix) {
            let (key, v) = kv?;
            if let Some((id, _)) = read_str(&key, at) {
                if let Some(item) = self.open_sealed(&key_id(id), id.as_bytes(), &v)? {
                    out.push(item);
                }
            }
        }
        Ok(out)
    }

    /// Every observation of a profile, oldest first.
    pub fn observations(&self, store: &str, profile: &str) -> Result<Vec<Observation>> {
        self.sealed_items(&k(b'O', &[store, profile]), observation_key_id)
    }

    /// Observations a page at a time, with a filter applied before paging.
    pub fn observations_page(
        &self,
        store: &str,
        profile: &str,
        cursor: Option<&[u8]>,
        limit: usize,
        descending: bool,
        filter: impl Fn(&Observation) -> bool,
    ) -> Result<Option<Page<Observation>>> {
        let prefix = k(b'O', &[store, profile]);
        let at = prefix.len();
        self.page(&prefix, cursor, limit, descending, |key, v| {
            let Some((id, _)) = read_str(key, at) else {
                return Ok(None);
            };
            Ok(self
                .open_sealed::<Observation>(&observation_key_id(id), id.as_bytes(), v)?
                .filter(|o| filter(o)))
        })
    }

    /// One observation.
    pub fn observation(
        &self,
        store: &str,
        profile: &str,
        obs: &str,
    ) -> Result<Option<Observation>> {
        match self.tree.get(k(b'O', &[store, profile, obs]))? {
            None => Ok(None),
            Some(v) => self.open_sealed(&observation_key_id(obs), obs.as_bytes(), &v),
        }
    }

    /// Past versions of an observation, oldest first.
    pub fn revisions(
        &self,
        store: &str,
        profile: &str,
        obs: &str,
    ) -> Result<Vec<ObservationRevision>> {
        let mut out = Vec::new();
        for kv in self.tree.scan_prefix(k(b'V', &[store, profile, obs])) {
            let (key, v) = kv?;
            let rev = u32::from_be_bytes(key[key.len() - 4..].try_into().unwrap_or([0; 4]));
            if let Some(r) = self.open_sealed(&observation_key_id(obs), &rev_aad(obs, rev), &v)? {
                out.push(r);
            }
        }
        Ok(out)
    }

    /// Every summary of a profile, oldest first.
    pub fn summaries(&self, store: &str, profile: &str) -> Result<Vec<Summary>> {
        self.sealed_items(&k(b'S', &[store, profile]), summary_key_id)
    }

    /// One summary.
    pub fn summary(&self, store: &str, profile: &str, id: &str) -> Result<Option<Summary>> {
        match self.tree.get(k(b'S', &[store, profile, id]))? {
            None => Ok(None),
            Some(v) => self.open_sealed(&summary_key_id(id), id.as_bytes(), &v),
        }
    }

    /// Stored vectors of a profile's observations and summaries, by item id.
    pub fn vectors(&self, store: &str, profile: &str) -> Result<HashMap<String, StoredVector>> {
        let prefix = k(b'E', &[store, profile]);
        let at = prefix.len();
        let mut out = HashMap::new();
        for kv in self.tree.scan_prefix(&prefix) {
            let (key, v) = kv?;
            let Some((id, _)) = read_str(&key, at) else {
                continue;
            };
            let key_id = item_key_id(id);
            if let Some(sv) = self.open_sealed::<StoredVector>(&key_id, &vector_aad(id), &v)? {
                out.insert(id.to_owned(), sv);
            }
        }
        Ok(out)
    }

    /// Writes vectors outside a profile transaction (backfills after a model change); items
    /// that no longer exist are skipped.
    pub fn backfill_vectors(
        &self,
        store: &str,
        profile: &str,
        items: &[(String, StoredVector)],
    ) -> Result<()> {
        let _g = self.begin(store);
        let mut batch = sled::Batch::default();
        for (id, sv) in items {
            let Some(key) = self.keyring.get(&item_key_id(id)) else {
                continue;
            };
            batch.insert(
                k(b'E', &[store, profile, id]),
                seal(&key, &vector_aad(id), &encode(sv)?),
            );
        }
        self.tree.apply_batch(batch)?;
        Ok(())
    }

    /// Conversation ids linked to a profile.
    pub fn conversations(&self, store: &str, profile: &str) -> Result<Vec<String>> {
        let prefix = k(b'L', &[store, profile]);
        let at = prefix.len();
        self.tree
            .scan_prefix(&prefix)
            .keys()
            .map(|key| {
                Ok(read_str(&key?, at)
                    .map(|(s, _)| s.to_owned())
                    .unwrap_or_default())
            })
            .collect()
    }

    /// True when the conversation is linked to the profile.
    pub fn is_linked(&self, store: &str, profile: &str, conversation: &str) -> Result<bool> {
        Ok(self
            .tree
            .contains_key(k(b'L', &[store, profile, conversation]))?)
    }

    /// Every profile id of a store (for erasing the store).
    pub fn profile_ids(&self, store: &str) -> Result<Vec<String>> {
        let prefix = k(b'P', &[store]);
        let at = prefix.len();
        self.tree
            .scan_prefix(&prefix)
            .keys()
            .map(|key| {
                Ok(read_str(&key?, at)
                    .map(|(s, _)| s.to_owned())
                    .unwrap_or_default())
            })
            .collect()
    }

    /// Removes every key of a store that is left (settings, redirects, indexes).
    pub fn purge_store(&self, store: &str) -> Result<()> {
        let _g = self.begin(store);
        let mut batch = sled::Batch::default();
        for tag in [b'P', b'X', b'I', b'O', b'V', b'S', b'L', b'G', b'E'] {
            for key in self.tree.scan_prefix(k(tag, &[store])).keys() {
                batch.remove(key?);
            }
        }
        self.tree.apply_batch(batch)?;
        self.keyring.destroy(&[store_key_id(store)])?;
        Ok(())
    }
}

/// A write on one store's profiles.
pub struct ProfileTxn<'a> {
    s: &'a ProfileStore,
    store: &'a str,
    _guard: MutexGuard<'a, ()>,
    batch: sled::Batch,
    destroy: Vec<String>,
}

impl ProfileTxn<'_> {
    /// The store this transaction writes.
    pub fn store(&self) -> &str {
        self.store
    }

    /// Reads see committed state.
    pub fn reader(&self) -> &ProfileStore {
        self.s
    }

    fn put_sealed<T: Serialize>(
        &mut self,
        sled_key: Vec<u8>,
        key_id: &str,
        aad: &[u8],
        value: &T,
    ) -> Result<()> {
        let key = self.s.keyring.get_or_create(key_id)?;
        self.batch
            .insert(sled_key, seal(&key, aad, &encode(value)?));
        Ok(())
    }

    /// Writes a profile.
    pub fn put_profile(&mut self, p: &Profile) -> Result<()> {
        self.put_sealed(
            k(b'P', &[self.store, &p.id]),
            &profile_key_id(&p.id),
            p.id.as_bytes(),
            p,
        )
    }

    /// Removes a profile record and destroys its key.
    pub fn delete_profile(&mut self, profile: &str) {
        self.batch.remove(k(b'P', &[self.store, profile]));
        self.destroy.push(profile_key_id(profile));
    }

    /// Points an identifier at a profile.
    pub fn set_identifier(&mut self, t: IdType, value: &str, profile: &str) -> Result<()> {
        let key = self.s.index_key(self.store, t, value)?;
        self.batch.insert(key, profile.as_bytes());
        Ok(())
    }

    /// Removes an identifier from the index.
    pub fn remove_identifier(&mut self, t: IdType, value: &str) -> Result<()> {
        let key = self.s.index_key(self.store, t, value)?;
        self.batch.remove(key);
        Ok(())
    }

    /// Records that `from` was merged into `to`.
    pub fn put_redirect(&mut self, from: &str, to: &str) {
        self.batch
            .insert(k(b'X', &[self.store, from]), to.as_bytes());
    }

    /// Repoints every redirect that targets `from` to `to` (so chains stay one hop).
    pub fn repoint_redirects(&mut self, from: &str, to: &str) -> Result<()> {
        for kv in self.s.tree.scan_prefix(k(b'X', &[self.store])) {
            let (key, v) = kv?;
            if v.as_ref() == from.as_bytes() {
                self.batch.insert(key, to.as_bytes());
            }
        }
        Ok(())
    }

    /// Removes every redirect to `profile` (it is being erased).
    pub fn remove_redirects_to(&mut self, profile: &str) -> Result<()> {
        for kv in self.s.tree.scan_prefix(k(b'X', &[self.store])) {
            let (key, v) = kv?;
            if v.as_ref() == profile.as_bytes() {
                self.batch.remove(key);
            }
        }
        Ok(())
    }

    /// Writes an observation.
    pub fn put_observation(&mut self, profile: &str, o: &Observation) -> Result<()> {
        self.put_sealed(
            k(b'O', &[self.store, profile, &o.id]),
            &observation_key_id(&o.id),
            o.id.as_bytes(),
            o,
        )
    }

    /// Keeps a superseded version of an observation.
    pub fn put_revision(&mut self, profile: &str, r: &ObservationRevision) -> Result<()> {
        let mut key = k(b'V', &[self.store, profile, &r.id]);
        key.extend_from_slice(&r.revision.to_be_bytes());
        self.put_sealed(
            key,
            &observation_key_id(&r.id),
            &rev_aad(&r.id, r.revision),
            r,
        )
    }

    /// Stores an observation's or summary's vector, sealed with that item's key.
    pub fn put_vector(&mut self, profile: &str, item: &str, v: &StoredVector) -> Result<()> {
        self.put_sealed(
            k(b'E', &[self.store, profile, item]),
            &item_key_id(item),
            &vector_aad(item),
            v,
        )
    }

    /// Deletes an observation and its revisions; its key is destroyed at commit.
    pub fn delete_observation(&mut self, profile: &str, obs: &str) -> Result<()> {
        self.batch.remove(k(b'E', &[self.store, profile, obs]));
        self.batch.remove(k(b'O', &[self.store, profile, obs]));
        for key in self
            .s
            .tree
            .scan_prefix(k(b'V', &[self.store, profile, obs]))
            .keys()
        {
            self.batch.remove(key?);
        }
        self.destroy.push(observation_key_id(obs));
        Ok(())
    }

    /// Writes a summary.
    pub fn put_summary(&mut self, profile: &str, s: &Summary) -> Result<()> {
        self.put_sealed(
            k(b'S', &[self.store, profile, &s.id]),
            &summary_key_id(&s.id),
            s.id.as_bytes(),
            s,
        )
    }

    /// Deletes a summary; its key is destroyed at commit.
    pub fn delete_summary(&mut self, profile: &str, id: &str) {
        self.batch.remove(k(b'E', &[self.store, profile, id]));
        self.batch.remove(k(b'S', &[self.store, profile, id]));
        self.destroy.push(summary_key_id(id));
    }

    /// Links a conversation to a profile.
    pub fn link_conversation(&mut self, profile: &str, conversation: &str) {
        self.batch
            .insert(k(b'L', &[self.store, profile, conversation]), &[]);
    }

    /// Moves everything keyed under `from` (observations, revisions, summaries, links) to `to`,
    /// byte for byte (sealed values are bound to their record ids, not to these keys).
    pub fn move_children(&mut self, from: &str, to: &str) -> Result<()> {
        for tag in [b'O', b'V', b'S', b'L', b'E'] {
            let prefix = k(tag, &[self.store, from]);
            let new_prefix = k(tag, &[self.store, to]);
            for kv in self.s.tree.scan_prefix(&prefix) {
                let (key, v) = kv?;
                let mut moved = new_prefix.clone();
                moved.extend_from_slice(&key[prefix.len()..]);
                self.batch.insert(moved, v);
                self.batch.remove(key);
            }
        }
        Ok(())
    }

    /// Removes everything keyed under a profile and schedules its keys for destruction.
    pub fn erase_children(&mut self, profile: &str) -> Result<()> {
        for tag in [b'O', b'V', b'S', b'L', b'E'] {
            let prefix = k(tag, &[self.store, profile]);
            let at = prefix.len();
            for key in self.s.tree.scan_prefix(&prefix).keys() {
                let key = key?;
                if let Some((id, _)) = read_str(&key, at) {
                    match tag {
                        b'O' => self.destroy.push(observation_key_id(id)),
                        b'S' => self.destroy.push(summary_key_id(id)),
                        _ => {}
                    }
                }
                self.batch.remove(key);
            }
        }
        Ok(())
    }

    /// Writes the store's identity-resolution settings.
    pub fn put_settings(&mut self, s: &IdentityResolutionSettings) -> Result<()> {
        self.batch.insert(k(b'G', &[self.store]), encode(s)?);
        Ok(())
    }

    /// Applies the batch, then destroys the keys of what it deleted. Destroying after the batch
    /// means a crash in between leaves at worst an orphaned key, never an unreadable live record.
    pub fn commit(self) -> Result<()> {
        self.s.tree.apply_batch(self.batch)?;
        if !self.destroy.is_empty() {
            self.s.keyring.destroy(&self.destroy)?;
        }
        Ok(())
    }
}
