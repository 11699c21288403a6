//! Observations: create (1..10), list with filters, get, PATCH as a revision, DELETE, revisions.

use chrono::{DateTime, Utc};
use serde::Deserialize;

use super::{ProfileError, Profiles, Result};
use crate::domain::ids;
use crate::domain::profile::{
    validate_content, validate_source, Observation, ObservationRevision, Provenance,
};
use crate::storage::profiles::StoredVector;
use crate::storage::{Page, ProfileTxn};

/// One observation in a create body.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewObservation {
    pub content: String,
    pub source: String,
    #[serde(default)]
    pub occurred_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub conversation_ids: Option<Vec<String>>,
    #[serde(default)]
    pub communication_ids: Option<Vec<String>>,
    /// Set by extraction only; not accepted from the API (the route rejects it).
    #[serde(skip)]
    pub provenance: Option<Provenance>,
}

/// A PATCH body.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ObservationPatch {
    pub content: Option<String>,
    pub source: Option<String>,
    pub occurred_at: Option<DateTime<Utc>>,
    pub conversation_ids: Option<Vec<String>>,
    pub communication_ids: Option<Vec<String>>,
}

/// List filters (SPEC 2.2).
#[derive(Debug, Clone, Default)]
pub struct ObservationFilter {
    pub source: Option<String>,
    pub created_after: Option<DateTime<Utc>>,
    pub created_before: Option<DateTime<Utc>>,
    pub conversation_id: Option<String>,
}

impl ObservationFilter {
    fn accepts(&self, o: &Observation) -> bool {
        self.source.as_ref().is_none_or(|s| &o.source == s)
            && self.created_after.is_none_or(|t| o.created_at > t)
            && self.created_before.is_none_or(|t| o.created_at < t)
            && self
                .conversation_id
                .as_ref()
                .is_none_or(|c| o.conversation_ids.contains(c))
    }
}

fn check_ids(field: &str, ids: &[String], max: usize) -> Result<()> {
    if ids.len() > max {
        return Err(ProfileError::Invalid(format!(
            "{field} may hold at most {max} ids"
        )));
    }
    if ids.iter().any(|i| !ids::is_usable_external_id(i)) {
        return Err(ProfileError::Invalid(format!(
            "{field} must hold non-empty ids of at most 256 characters"
        )));
    }
    Ok(())
}

fn validate_new(o: &NewObservation) -> Result<()> {
    validate_content(&o.content).map_err(ProfileError::Invalid)?;
    validate_source(&o.source).map_err(ProfileError::Invalid)?;
    check_ids(
        "conversationIds",
        o.conversation_ids.as_deref().unwrap_or_default(),
        10,
    )?;
    check_ids(
        "communicationIds",
        o.communication_ids.as_deref().unwrap_or_default(),
        100,
    )?;
    Ok(())
}

/// Keeps `current` as a revision and writes its edited successor (revision + 1) with its
/// vector, in `txn`. Returns the new version.
pub(super) fn write_revision(
    txn: &mut ProfileTxn<'_>,
    profile: &str,
    current: Observation,
    now: DateTime<Utc>,
    vector: Option<&StoredVector>,
    edit: impl FnOnce(&mut Observation),
) -> Result<Observation> {
    txn.put_revision(profile, &ObservationRevision::of(&current))?;
    let mut next = current;
    edit(&mut next);
    next.revision += 1;
    next.updated_at = now;
    txn.put_observation(profile, &next)?;
    if let Some(v) = vector {
        txn.put_vector(profile, &next.id, v)?;
    }
    Ok(next)
}

impl Profiles {
    /// Creates 1..=10 observations on a profile; all or nothing.
    pub async fn create_observations(
        &self,
        store: &str,
        profile_id: &str,
        items: Vec<NewObservation>,
    ) -> Result<Vec<Observation>> {
        if items.is_empty() || items.len() > 10 {
            return Err(ProfileError::Invalid(
                "observations must hold 1 to 10 items".into(),
            ));
        }
        for (i, o) in items.iter().enumerate() {
            validate_new(o)
                .map_err(|e| ProfileError::Invalid(format!("observations[{i}]: {e}")))?;
        }
        let now = crate::domain::time::now();
        let texts: Vec<String> = items.iter().map(|o| o.content.clone()).collect();
        let vectors = self.recall.vectors(&texts).await;
        let (profile_id, created) = {
            let mut txn = self.storage.profiles().begin(store);
            let mut profile = self.resolve(store, profile_id)?;
            let cap = self.limits.observations_per_profile;
            if profile.observation_count + items.len() > cap {
                return Err(ProfileError::Conflict(format!(
                    "This profile holds {} observations; the limit is {cap}",
                    profile.observation_count
                )));
            }
            let mut created = Vec::with_capacity(items.len());
            for (i, o) in items.into_iter().enumerate() {
                let obs = Observation {
                    id: ids::new_id("mem_observation"),
                    content: o.content,
                    source: o.source,
                    occurred_at: o.occurred_at.unwrap_or(now),
                    created_at: now,
                    updated_at: now,
                    conversation_ids: o.conversation_ids.unwrap_or_default(),
                    communication_ids: o.communication_ids.unwrap_or_default(),
                    provenance: o.provenance,
                    revision: 1,
                };
                txn.put_observation(&profile.id, &obs)?;
                let v = vectors.as_ref().map(|vs| vs[i].clone());
                if let Some(v) = &v {
                    txn.put_vector(&profile.id, &obs.id, v)?;
                }
                created.push((obs, v));
            }
            profile.observation_count += created.len();
            profile.updated_at = now;
            txn.put_profile(&profile)?;
            txn.commit()?;
            (profile.id, created)
        };
        self.storage.durable().await?;
        for (o, v) in &created {
            self.recall
                .observation_written(store, &profile_id, o, v.as_ref())
                .await;
        }
        Ok(created.into_iter().map(|(o, _)| o).collect())
    }

    /// Lists observations, newest first unless ascending.
    pub fn list_observations(
        &self,
        store: &str,
        profile_id: &str,
        filter: &ObservationFilter,
        cursor: Option<&[u8]>,
        limit: usize,
        descending: bool,
    ) -> Result<Option<Page<Observation>>> {
        let profile = self.resolve(store, profile_id)?;
        Ok(self.storage.profiles().observations_page(
            store,
            &profile.id,
            cursor,
            limit,
            descending,
            |o| filter.accepts(o),
        )?)
    }

    /// One observation.
    pub fn observation(&self, store: &str, profile_id: &str, id: &str) -> Result<Observation> {
        let profile = self.resolve(store, profile_id)?;
        self.storage
            .profiles()
            .observation(store, &profile.id, id)?
            .ok_or_else(|| ProfileError::NotFound("Observation", id.to_owned()))
    }

    /// PATCH: keeps the current version as a revision and writes the new one.
    pub async fn patch_observation(
        &self,
        store: &str,
        profile_id: &str,
        id: &str,
        patch: ObservationPatch,
    ) -> Result<Observation> {
        if let Some(c) = &patch.content {
            validate_content(c).map_err(ProfileError::Invalid)?;
        }
        if let Some(s) = &patch.source {
            validate_source(s).map_err(ProfileError::Invalid)?;
        }
        check_ids(
            "conversationIds",
            patch.conversation_ids.as_deref().unwrap_or_default(),
            10,
        )?;
        check_ids(
            "communicationIds",
            patch.communication_ids.as_deref().unwrap_or_default(),
            100,
        )?;
        let now = crate::domain::time::now();
        let vector = match &patch.content {
            Some(c) => self
                .recall
                .vectors(std::slice::from_ref(c))
                .await
                .and_then(|mut v| v.pop()),
            None => None,
        };
        let (canonical, updated) = {
            let mut txn = self.storage.profiles().begin(store);
            let profile = self.resolve(store, profile_id)?;
            let current = txn
                .reader()
                .observation(store, &profile.id, id)?
                .ok_or_else(|| ProfileError::NotFound("Observation", id.to_owned()))?;
            let next = write_revision(
                &mut txn,
                &profile.id,
                current,
                now,
                vector.as_ref(),
                |next| {
                    if let Some(c) = patch.content {
                        next.content = c;
                    }
                    if let Some(s) = patch.source {
                        next.source = s;
                    }
                    if let Some(t) = patch.occurred_at {
                        next.occurred_at = t;
                    }
                    if let Some(c) = patch.conversation_ids {
                        next.conversation_ids = c;
                    }
                    if let Some(c) = patch.communication_ids {
                        next.communication_ids = c;
                    }
                },
            )?;
            txn.commit()?;
            (profile.id, next)
        };
        self.storage.durable().await?;
        let stored = if vector.is_some() {
            vector
        } else {
            self.storage
                .profiles()
                .vectors(store, &canonical)?
                .remove(&updated.id)
        };
        self.recall
            .observation_written(store, &canonical, &updated, stored.as_ref())
            .await;
        Ok(updated)
    }

    /// DELETE: the observation and its revisions, key destroyed.
    pub async fn delete_observation(&self, store: &str, profile_id: &str, id: &str) -> Result<()> {
        self.delete_item(store, profile_id, id, super::Item::Observation)
            .await
    }

    /// Every version, newest (the current one) first.
    pub fn revisions(
        &self,
        store: &str,
        profile_id: &str,
        id: &str,
    ) -> Result<Vec<ObservationRevision>> {
        let profile = self.resolve(store, profile_id)?;
        let current = self
            .storage
            .profiles()
            .observation(store, &profile.id, id)?
            .ok_or_else(|| ProfileError::NotFound("Observation", id.to_owned()))?;
        let mut all = self.storage.profiles().revisions(store, &profile.id, id)?;
        all.push(ObservationRevision::of(&current));
        all.reverse();
        Ok(all)
    }
}
