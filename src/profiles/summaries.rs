//! Conversation summaries: create (1..10), list (filter by conversation), get, PATCH, DELETE.

use chrono::{DateTime, Utc};
use serde::Deserialize;

use super::{ProfileError, Profiles, Result};
use crate::domain::ids;
use crate::domain::profile::{validate_content, validate_source, Summary};

/// One summary in a create body.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewSummary {
    pub conversation_id: String,
    pub content: String,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub occurred_at: Option<DateTime<Utc>>,
}

/// A PATCH body.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SummaryPatch {
    pub content: Option<String>,
    pub source: Option<String>,
    pub occurred_at: Option<DateTime<Utc>>,
    pub conversation_id: Option<String>,
}

fn validate(
    conversation_id: Option<&str>,
    content: Option<&str>,
    source: Option<&str>,
) -> Result<()> {
    if let Some(c) = conversation_id {
        if !ids::is_usable_external_id(c) {
            return Err(ProfileError::Invalid(
                "conversationId must be 1 to 256 characters".into(),
            ));
        }
    }
    if let Some(c) = content {
        validate_content(c).map_err(ProfileError::Invalid)?;
    }
    if let Some(s) = source {
        validate_source(s).map_err(ProfileError::Invalid)?;
    }
    Ok(())
}

impl Profiles {
    /// Creates 1..=10 summaries; all or nothing.
    pub async fn create_summaries(
        &self,
        store: &str,
        profile_id: &str,
        items: Vec<NewSummary>,
    ) -> Result<Vec<Summary>> {
        if items.is_empty() || items.len() > 10 {
            return Err(ProfileError::Invalid(
                "summaries must hold 1 to 10 items".into(),
            ));
        }
        for (i, s) in items.iter().enumerate() {
            validate(
                Some(&s.conversation_id),
                Some(&s.content),
                s.source.as_deref(),
            )
            .map_err(|e| ProfileError::Invalid(format!("summaries[{i}]: {e}")))?;
        }
        let now = crate::domain::time::now();
        let texts: Vec<String> = items.iter().map(|s| s.content.clone()).collect();
        let vectors = self.recall.vectors(&texts).await;
        let (canonical, created) = {
            let mut txn = self.storage.profiles().begin(store);
            let mut profile = self.resolve(store, profile_id)?;
            let cap = self.limits.summaries_per_profile;
            if profile.summary_count + items.len() > cap {
                return Err(ProfileError::Conflict(format!(
                    "This profile holds {} summaries; the limit is {cap}",
                    profile.summary_count
                )));
            }
            let mut created = Vec::with_capacity(items.len());
            for (i, s) in items.into_iter().enumerate() {
                let summary = Summary {
                    id: ids::new_id("mem_summary"),
                    conversation_id: s.conversation_id,
                    content: s.content,
                    source: s.source,
                    occurred_at: s.occurred_at.unwrap_or(now),
                    created_at: now,
                    updated_at: now,
                };
                txn.put_summary(&profile.id, &summary)?;
                let v = vectors.as_ref().map(|vs| vs[i].clone());
                if let Some(v) = &v {
                    txn.put_vector(&profile.id, &summary.id, v)?;
                }
                created.push((summary, v));
            }
            profile.summary_count += created.len();
            profile.updated_at = now;
            txn.put_profile(&profile)?;
            txn.commit()?;
            (profile.id, created)
        };
        self.storage.durable().await?;
        for (s, v) in &created {
            self.recall
                .summary_written(store, &canonical, s, v.as_ref())
                .await;
        }
        Ok(created.into_iter().map(|(s, _)| s).collect())
    }

    /// Every summary of a profile (optionally of one conversation), oldest first.
    pub fn list_summaries(
        &self,
        store: &str,
        profile_id: &str,
        conversation_id: Option<&str>,
    ) -> Result<Vec<Summary>> {
        let profile = self.resolve(store, profile_id)?;
        let mut all = self.storage.profiles().summaries(store, &profile.id)?;
        if let Some(c) = conversation_id {
            all.retain(|s| s.conversation_id == c);
        }
        Ok(all)
    }

    /// One summary.
    pub fn summary(&self, store: &str, profile_id: &str, id: &str) -> Result<Summary> {
        let profile = self.resolve(store, profile_id)?;
        self.storage
            .profiles()
            .summary(store, &profile.id, id)?
            .ok_or_else(|| ProfileError::NotFound("ConversationSummary", id.to_owned()))
    }

    /// PATCH a summary.
    pub async fn patch_summary(
        &self,
        store: &str,
        profile_id: &str,
        id: &str,
        patch: SummaryPatch,
    ) -> Result<Summary> {
        validate(
            patch.conversation_id.as_deref(),
            patch.content.as_deref(),
            patch.source.as_deref(),
        )?;
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
            let mut s = txn
                .reader()
                .summary(store, &profile.id, id)?
                .ok_or_else(|| ProfileError::NotFound("ConversationSummary", id.to_owned()))?;
            if let Some(c) = patch.content {
                s.content = c;
            }
            if let Some(v) = patch.source {
                s.source = Some(v);
            }
            if let Some(t) = patch.occurred_at {
                s.occurred_at = t;
            }
            if let Some(c) = patch.conversation_id {
                s.conversation_id = c;
            }
            s.updated_at = crate::domain::time::now();
            txn.put_summary(&profile.id, &s)?;
            if let Some(v) = &vector {
                txn.put_vector(&profile.id, &s.id, v)?;
            }
            txn.commit()?;
            (profile.id, s)
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
            .summary_written(store, &canonical, &updated, stored.as_ref())
            .await;
        Ok(updated)
    }

    /// DELETE a summary (its key destroyed).
    pub async fn delete_summary(&self, store: &str, profile_id: &str, id: &str) -> Result<()> {
        self.delete_item(store, profile_id, id, super::Item::Summary)
            .await
    }
}
