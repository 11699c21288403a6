//! Profiles: the identity-resolving upsert, traits, identifiers, merges and erasure
//! (SPEC 2.2-2.4, 4). Observations and summaries are in their own modules.

pub mod extracted;
pub mod observations;
pub mod summaries;

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};

use crate::domain::ids;
use crate::domain::profile::{
    validate_trait_name, validate_trait_value, IdType, IdentityResolutionSettings, Profile,
    ProfileData, TraitEntry,
};
use crate::identity::normalize::normalize;
use crate::recall::Recall;
use crate::storage::{ProfileTxn, Storage, StorageError};
use std::sync::Arc;

/// The trait group whose fields are promoted to identifiers.
pub const CONTACT_GROUP: &str = "Contact";

/// Why a profile operation failed.
#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    #[error("{0}")]
    Invalid(String),
    #[error("The requested resource {0} '{1}' was not found")]
    NotFound(&'static str, String),
    /// The profile was merged; the caller should be sent to the canonical one.
    #[error("profile was merged into {canonical}")]
    Moved { canonical: String },
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    PreconditionFailed(String),
    #[error(transparent)]
    Storage(#[from] StorageError),
}

impl From<std::io::Error> for ProfileError {
    fn from(e: std::io::Error) -> Self {
        Self::Storage(e.into())
    }
}

/// Result alias.
pub type Result<T> = std::result::Result<T, ProfileError>;

/// Limits that apply to profiles.
#[derive(Debug, Clone, Copy)]
pub struct ProfileLimits {
    pub observations_per_profile: usize,
    pub summaries_per_profile: usize,
}

/// The profiles service.
#[derive(Clone)]
pub struct Profiles {
    storage: Storage,
    default_region: String,
    limits: ProfileLimits,
    recall: Arc<Recall>,
}

/// A normalised identifier.
pub type Identifier = (IdType, String);

/// The kinds of item a profile holds a count of.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Item {
    Observation,
    Summary,
}

/// Which identifier values a DELETE removes.
#[derive(Debug, Clone, Copy)]
pub enum Removal<'a> {
    /// This value.
    Value(&'a str),
    /// The one the limit policy would evict next (FIFO: the oldest).
    Oldest,
    /// Every value of the type.
    All,
}

impl Profiles {
    /// A new service over `storage`.
    pub fn new(
        storage: Storage,
        default_region: String,
        limits: ProfileLimits,
        recall: Arc<Recall>,
    ) -> Self {
        Self {
            storage,
            default_region,
            limits,
            recall,
        }
    }

    /// The Recall service the write paths keep current.
    pub fn recall(&self) -> &Arc<Recall> {
        &self.recall
    }

    /// The storage underneath.
    pub fn storage(&self) -> &Storage {
        &self.storage
    }

    /// Limits in force.
    pub fn limits(&self) -> ProfileLimits {
        self.limits
    }

    /// Loads a profile by the id a request named: 404 if unknown, `Moved` if merged.
    pub fn resolve(&self, store: &str, id: &str) -> Result<Profile> {
        let profiles = self.storage.profiles();
        if let Some(p) = profiles.get(store, id)? {
            return Ok(p);
        }
        match profiles.redirect(store, id)? {
            Some(canonical) => Err(ProfileError::Moved { canonical }),
            None => Err(ProfileError::NotFound("Profile", id.to_owned())),
        }
    }

    /// Normalises a value of `t` with the store's settings.
    pub fn normalize(
        &self,
        settings: &IdentityResolutionSettings,
        t: IdType,
        raw: &str,
    ) -> Result<String> {
        let cfg = settings.config(t).ok_or_else(|| {
            ProfileError::Invalid(format!(
                "idType {} is not configured for this store",
                t.as_str()
            ))
        })?;
        normalize(cfg.normalization, raw, &self.default_region)
            .map_err(|e| ProfileError::Invalid(e.0))
    }

    /// Profiles that hold any of `ids`, following the matching rules in order (phone and
    /// WhatsApp numbers match each other).
    fn matches(
        &self,
        txn: &ProfileTxn<'_>,
        settings: &IdentityResolutionSettings,
        ids: &[Identifier],
    ) -> Result<BTreeSet<String>> {
        let mut found = BTreeSet::new();
        for rule in &settings.matching_rules {
            for (t, v) in ids.iter().filter(|(t, _)| t == rule) {
                for other in t.same_number_space() {
                    if settings.config(*other).is_none() {
                        continue;
                    }
                    if let Some(p) = txn.reader().lookup(txn.store(), *other, v)? {
                        found.insert(p);
                    }
                }
            }
        }
        Ok(found)
    }

    /// Adds identifiers to `profile` (FIFO limit per type), indexing them.
    fn add_identifiers(
        &self,
        txn: &mut ProfileTxn<'_>,
        settings: &IdentityResolutionSettings,
        profile: &mut Profile,
        ids: &[Identifier],
    ) -> Result<()> {
        for (t, v) in ids {
            let limit = settings.config(*t).map_or(100, |c| c.limit);
            let values = profile.data.identifiers.entry(*t).or_default();
            if values.contains(v) {
                continue;
            }
            values.push(v.clone());
            txn.set_identifier(*t, v, &profile.id)?;
            while values.len() > limit {
                let evicted = values.remove(0);
                txn.remove_identifier(*t, &evicted)?;
            }
        }
        Ok(())
    }

    /// Merges `others` into `canonical` inside `txn`.
    fn merge_into(
        &self,
        txn: &mut ProfileTxn<'_>,
        settings: &IdentityResolutionSettings,
        canonical: &mut Profile,
        others: &[String],
    ) -> Result<()> {
        for other_id in others {
            let Some(other) = txn.reader().get(txn.store(), other_id)? else {
                continue;
            };
            let moved: Vec<Identifier> = other
                .data
                .identifiers
                .iter()
                .flat_map(|(t, vs)| vs.iter().map(move |v| (*t, v.clone())))
                .collect();
            self.add_identifiers(txn, settings, canonical, &moved)?;
            for (group, fields) in other.data.traits {
                let target = canonical.data.traits.entry(group).or_default();
                for (name, entry) in fields {
                    match target.get(&name) {
                        // Ties go to the merged (later-created) profile's value.
                        Some(existing) if existing.timestamp > entry.timestamp => {}
                        _ => {
                            target.insert(name, entry);
                        }
                    }
                }
            }
            canonical.observation_count += other.observation_count;
            canonical.summary_count += other.summary_count;
            canonical.created_at = canonical.created_at.min(other.created_at);
            txn.move_children(other_id, &canonical.id)?;
            self.recall.invalidate(txn.store(), other_id);
            self.recall.invalidate(txn.store(), &canonical.id);
            txn.delete_profile(other_id);
            txn.put_redirect(other_id, &canonical.id);
            txn.repoint_redirects(other_id, &canonical.id)?;
            tracing::info!(store_id = %txn.store(), merged = %other_id, into = %canonical.id, "profiles merged");
        }
        Ok(())
    }

    /// Resolves `ids` to one profile inside `txn`: the single match, the earliest of several
    /// (the others merged into it), or a new profile. Returns it (unsaved) and whether it is new.
    fn resolve_in(
        &self,
        txn: &mut ProfileTxn<'_>,
        settings: &IdentityResolutionSettings,
        ids: &[Identifier],
        now: DateTime<Utc>,
    ) -> Result<(Profile, bool)> {
        let found = self.matches(txn, settings, ids)?;
        let mut profile = match found.iter().next() {
            None => {
                let mut p = Profile {
                    id: ids::new_id("mem_profile"),
                    created_at: now,
                    updated_at: now,
                    data: ProfileData::default(),
                    observation_count: 0,
                    summary_count: 0,
                };
                self.add_identifiers(txn, settings, &mut p, ids)?;
                return Ok((p, true));
            }
            Some(first) => txn.reader().get(txn.store(), first)?.ok_or_else(|| {
                ProfileError::Conflict("identifier index points at a missing profile".into())
            })?,
        };
        let others: Vec<String> = found.iter().skip(1).cloned().collect();
        self.merge_into(txn, settings, &mut profile, &others)?;
        self.add_identifiers(txn, settings, &mut profile, ids)?;
        profile.updated_at = now;
        Ok((profile, false))
    }

    /// Validates a traits body and extracts the `Contact` identifiers it promotes.
    fn parse_traits(
        &self,
        settings: &IdentityResolutionSettings,
        traits: &Map<String, Value>,
        allow_null: bool,
    ) -> Result<Vec<Identifier>> {
        let mut ids = Vec::new();
        for (group, fields) in traits {
            validate_trait_name("trait group", group).map_err(ProfileError::Invalid)?;
            let fields = match fields {
                Value::Object(m) => m,
                Value::Null if allow_null => continue,
                _ => {
                    return Err(ProfileError::Invalid(format!(
                        "trait group {group} must be an object of traits"
                    )))
                }
            };
            for (name, v) in fields {
                validate_trait_name("trait", name).map_err(ProfileError::Invalid)?;
                if v.is_null() && allow_null {
                    continue;
                }
                validate_trait_value(group, name, v).map_err(ProfileError::Invalid)?;
                if group == CONTACT_GROUP {
                    if let Some(t) = IdType::ALL.into_iter().find(|t| t.contact_trait() == name) {
                        if settings.config(t).is_some() {
                            let values: Vec<&Value> = match v {
                                Value::Array(items) => items.iter().collect(),
                                one => vec![one],
                            };
                            for raw in values {
                                let raw = raw.as_str().ok_or_else(|| {
                                    ProfileError::Invalid(format!(
                                        "Contact.{name} must be a string"
                                    ))
                                })?;
                                ids.push((t, self.normalize(settings, t, raw)?));
                            }
                        }
                    }
                }
            }
        }
        Ok(ids)
    }

    fn apply_traits(profile: &mut Profile, traits: &Map<String, Value>, now: DateTime<Utc>) {
        for (group, fields) in traits {
            match fields {
                Value::Null => {
                    profile.data.traits.remove(group);
                }
                Value::Object(m) => {
                    let target = profile.data.traits.entry(group.clone()).or_default();
                    for (name, v) in m {
                        if v.is_null() {
                            target.remove(name);
                        } else {
                            target.insert(
                                name.clone(),
                                TraitEntry {
                                    value: v.clone(),
                                    timestamp: now,
                                },
                            );
                        }
                    }
                    if target.is_empty() {
                        profile.data.traits.remove(group);
                    }
                }
                _ => {}
            }
        }
    }

    /// `POST /Profiles`: the identity-resolving upsert. Returns the profile id and whether it
    /// was created.
    pub async fn upsert(&self, store: &str, traits: &Map<String, Value>) -> Result<(String, bool)> {
        let settings = self.storage.profiles().settings(store)?;
        let ids = self.parse_traits(&settings, traits, false)?;
        let now = crate::domain::time::now();
        let (id, created) = {
            let mut txn = self.storage.profiles().begin(store);
            let (mut profile, created) = self.resolve_in(&mut txn, &settings, &ids, now)?;
            Self::apply_traits(&mut profile, traits, now);
            txn.put_profile(&profile)?;
            txn.commit()?;
            (profile.id, created)
        };
        self.storage.durable().await?;
        Ok((id, created))
    }

    /// `PATCH /Profiles/{id}`: merges traits; `null` removes a trait (or a whole group). New
    /// `Contact` identifiers that belong to another profile are a conflict.
    pub async fn patch_traits(
        &self,
        store: &str,
        id: &str,
        traits: &Map<String, Value>,
    ) -> Result<Profile> {
        let settings = self.storage.profiles().settings(store)?;
        let ids = self.parse_traits(&settings, traits, true)?;
        let now = crate::domain::time::now();
        let profile = {
            let mut txn = self.storage.profiles().begin(store);
            let mut profile = self.resolve(store, id)?;
            self.check_unowned(&txn, &settings, &ids, &profile.id)?;
            Self::apply_traits(&mut profile, traits, now);
            self.add_identifiers(&mut txn, &settings, &mut profile, &ids)?;
            profile.updated_at = now;
            txn.put_profile(&profile)?;
            txn.commit()?;
            profile
        };
        self.storage.durable().await?;
        Ok(profile)
    }

    fn check_unowned(
        &self,
        txn: &ProfileTxn<'_>,
        settings: &IdentityResolutionSettings,
        ids: &[Identifier],
        owner: &str,
    ) -> Result<()> {
        for (t, v) in ids {
            for other in t.same_number_space() {
                if settings.config(*other).is_none() {
                    continue;
                }
                if let Some(p) = txn.reader().lookup(txn.store(), *other, v)? {
                    if p != owner {
                        return Err(ProfileError::Conflict(format!(
                            "{} identifier already belongs to profile {p}",
                            t.as_str()
                        )));
                    }
                }
            }
        }
        Ok(())
    }

    /// `POST /Profiles/Lookup`: the normalised value and the profiles holding it.
    pub fn lookup(&self, store: &str, id_type: IdType, raw: &str) -> Result<(String, Vec<String>)> {
        let settings = self.storage.profiles().settings(store)?;
        let value = self.normalize(&settings, id_type, raw)?;
        let profile = self.storage.profiles().lookup(store, id_type, &value)?;
        Ok((value, profile.into_iter().collect()))
    }

    /// `POST /Identifiers`: adds a value (409 when another profile holds it).
    pub async fn add_identifier(
        &self,
        store: &str,
        id: &str,
        t: IdType,
        raw: &str,
    ) -> Result<Profile> {
        let settings = self.storage.profiles().settings(store)?;
        let value = self.normalize(&settings, t, raw)?;
        let profile = {
            let mut txn = self.storage.profiles().begin(store);
            let mut profile = self.resolve(store, id)?;
            let ids = [(t, value)];
            self.check_unowned(&txn, &settings, &ids, &profile.id)?;
            self.add_identifiers(&mut txn, &settings, &mut profile, &ids)?;
            profile.updated_at = crate::domain::time::now();
            txn.put_profile(&profile)?;
            txn.commit()?;
            profile
        };
        self.storage.durable().await?;
        Ok(profile)
    }

    /// `PATCH /Identifiers/{idType}`: replaces `old` with `new`.
    pub async fn replace_identifier(
        &self,
        store: &str,
        id: &str,
        t: IdType,
        old: &str,
        new: &str,
    ) -> Result<Profile> {
        let settings = self.storage.profiles().settings(store)?;
        let old = self.normalize(&settings, t, old)?;
        let new = self.normalize(&settings, t, new)?;
        let profile = {
            let mut txn = self.storage.profiles().begin(store);
            let mut profile = self.resolve(store, id)?;
            let values = profile.data.identifiers.entry(t).or_default();
            let Some(pos) = values.iter().position(|v| *v == old) else {
                return Err(ProfileError::NotFound("Identifier", old));
            };
            if old != new {
                self.check_unowned(&txn, &settings, &[(t, new.clone())], &profile.id)?;
                let values = profile.data.identifiers.entry(t).or_default();
                if values.contains(&new) {
                    values.remove(pos);
                } else {
                    values[pos] = new.clone();
                    txn.set_identifier(t, &new, &profile.id)?;
                }
                txn.remove_identifier(t, &old)?;
            }
            profile.updated_at = crate::domain::time::now();
            txn.put_profile(&profile)?;
            txn.commit()?;
            profile
        };
        self.storage.durable().await?;
        Ok(profile)
    }

    /// `DELETE /Identifiers/{idType}`: removes one value, the oldest, or all of the type.
    pub async fn remove_identifier(
        &self,
        store: &str,
        id: &str,
        t: IdType,
        which: Removal<'_>,
    ) -> Result<Profile> {
        let settings = self.storage.profiles().settings(store)?;
        let value = match which {
            Removal::Value(v) => Some(self.normalize(&settings, t, v)?),
            Removal::Oldest | Removal::All => None,
        };
        let profile = {
            let mut txn = self.storage.profiles().begin(store);
            let mut profile = self.resolve(store, id)?;
            let values = profile.data.identifiers.entry(t).or_default();
            let removed: Vec<String> = match &value {
                Some(v) => {
                    let Some(pos) = values.iter().position(|x| x == v) else {
                        return Err(ProfileError::NotFound("Identifier", v.clone()));
                    };
                    vec![values.remove(pos)]
                }
                None if matches!(which, Removal::Oldest) => {
                    if values.is_empty() {
                        return Err(ProfileError::NotFound("Identifier", t.as_str().to_owned()));
                    }
                    vec![values.remove(0)]
                }
                None => std::mem::take(values),
            };
            if profile.data.identifiers.get(&t).is_some_and(Vec::is_empty) {
                profile.data.identifiers.remove(&t);
            }
            for v in removed {
                txn.remove_identifier(t, &v)?;
            }
            profile.updated_at = crate::domain::time::now();
            txn.put_profile(&profile)?;
            txn.commit()?;
            profile
        };
        self.storage.durable().await?;
        Ok(profile)
    }

    /// Deletes one observation (with its revisions) or summary: removed, its key destroyed,
    /// the profile's count and the Recall index updated.
    pub(crate) async fn delete_item(
        &self,
        store: &str,
        profile_id: &str,
        id: &str,
        item: Item,
    ) -> Result<()> {
        let canonical = {
            let mut txn = self.storage.profiles().begin(store);
            let mut profile = self.resolve(store, profile_id)?;
            let reader = txn.reader();
            let (exists, what, count) = match item {
                Item::Observation => (
                    reader.observation(store, &profile.id, id)?.is_some(),
                    "Observation",
                    &mut profile.observation_count,
                ),
                Item::Summary => (
                    reader.summary(store, &profile.id, id)?.is_some(),
                    "ConversationSummary",
                    &mut profile.summary_count,
                ),
            };
            if !exists {
                return Err(ProfileError::NotFound(what, id.to_owned()));
            }
            *count = count.saturating_sub(1);
            match item {
                Item::Observation => txn.delete_observation(&profile.id, id)?,
                Item::Summary => txn.delete_summary(&profile.id, id),
            }
            profile.updated_at = crate::domain::time::now();
            txn.put_profile(&profile)?;
            txn.commit()?;
            profile.id
        };
        self.storage.durable().await?;
        self.recall.item_removed(store, &canonical, id).await;
        Ok(())
    }

    /// Erases a profile from every tier: its record, identifiers, traits, observations and
    /// their revisions, summaries, merge redirects, and the conversations (messages) linked to
    /// it; their data keys are destroyed so nothing of it can be read from disk again.
    pub async fn delete(&self, store: &str, id: &str) -> Result<()> {
        let conversations = {
            let mut txn = self.storage.profiles().begin(store);
            let profile = self.resolve(store, id)?;
            for (t, values) in &profile.data.identifiers {
                for v in values {
                    txn.remove_identifier(*t, v)?;
                }
            }
            let conversations = txn.reader().conversations(store, &profile.id)?;
            txn.erase_children(&profile.id)?;
            txn.remove_redirects_to(&profile.id)?;
            txn.delete_profile(&profile.id);
            txn.commit()?;
            conversations
        };
        self.recall.invalidate(store, id);
        // Conversation locks are taken only after the store lock is released.
        for conv in &conversations {
            self.storage.conversations().erase(conv)?;
        }
        self.storage.durable().await?;
        tracing::info!(store_id = %store, profile_id = %id, conversations = conversations.len(), "profile erased");
        Ok(())
    }

    /// Resolves a conversation participant's addresses (channel, address) to one profile
    /// (found, created, or several merged) and links the conversation to it. `None` when no
    /// address gives a valid identifier.
    pub fn resolve_addresses(
        &self,
        store: &str,
        addresses: &[(&str, &str)],
        conversation: &str,
    ) -> Result<Option<String>> {
        let settings = self.storage.profiles().settings(store)?;
        let ids: Vec<Identifier> = addresses
            .iter()
            .filter_map(|(channel, address)| {
                let t = IdType::for_channel(channel)?;
                settings.config(t)?;
                self.normalize(&settings, t, address).ok().map(|v| (t, v))
            })
            .collect();
        if ids.is_empty() {
            return Ok(None);
        }
        let mut txn = self.storage.profiles().begin(store);
        let (profile, created) =
            self.resolve_in(&mut txn, &settings, &ids, crate::domain::time::now())?;
        txn.put_profile(&profile)?;
        txn.link_conversation(&profile.id, conversation);
        txn.commit()?;
        if created {
            tracing::info!(store_id = %store, profile_id = %profile.id, "profile created from a conversation participant");
        }
        Ok(Some(profile.id))
    }

    /// Erases every profile and conversation of a store, and the store's own keys.
    pub async fn erase_store(&self, store: &str) -> Result<(usize, usize)> {
        let profile_ids = self.storage.profiles().profile_ids(store)?;
        for id in &profile_ids {
            match self.delete(store, id).await {
                Ok(()) | Err(ProfileError::NotFound(..)) | Err(ProfileError::Moved { .. }) => {}
                Err(e) => return Err(e),
            }
        }
        let conversations = self.storage.conversations().conversations_in_store(store)?;
        for conv in &conversations {
            self.storage.conversations().erase(conv)?;
        }
        self.storage.profiles().purge_store(store)?;
        self.recall.invalidate_store(store);
        self.storage.durable().await?;
        Ok((profile_ids.len(), conversations.len()))
    }

    /// True when two conversation addresses are the same endpoint: equal as phone numbers
    /// (any formatting, `whatsapp:` prefix or not), else equal ignoring case and spaces.
    pub fn same_address(&self, a: &str, b: &str) -> bool {
        use crate::domain::profile::Normalization;
        let phone = |x: &str| normalize(Normalization::Phone, x, &self.default_region).ok();
        match (phone(a), phone(b)) {
            (Some(x), Some(y)) => x == y,
            _ => a.trim().eq_ignore_ascii_case(b.trim()),
        }
    }

    /// The canonical id for a possibly merged profile id.
    pub fn canonical(&self, store: &str, id: &str) -> Result<String> {
        Ok(self
            .storage
            .profiles()
            .redirect(store, id)?
            .unwrap_or_else(|| id.to_owned()))
    }

    /// `GET/PUT IdentityResolutionSettings`.
    pub fn settings(&self, store: &str) -> Result<IdentityResolutionSettings> {
        Ok(self.storage.profiles().settings(store)?)
    }

    /// Replaces the settings when `if_match` (a version) is absent or current.
    pub async fn put_settings(
        &self,
        store: &str,
        mut new: IdentityResolutionSettings,
        if_match: Option<u64>,
    ) -> Result<IdentityResolutionSettings> {
        new.validate().map_err(ProfileError::Invalid)?;
        let saved = {
            let mut txn = self.storage.profiles().begin(store);
            let current = txn.reader().settings(store)?;
            if let Some(v) = if_match {
                if v != current.version {
                    return Err(ProfileError::PreconditionFailed(format!(
                        "If-Match version {v} is not the current version {}",
                        current.version
                    )));
                }
            }
            new.version = current.version + 1;
            txn.put_settings(&new)?;
            txn.commit()?;
            new
        };
        self.storage.durable().await?;
        Ok(saved)
    }
}
