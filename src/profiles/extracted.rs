//! Writes staged by extraction. Each write names the id it creates or changes and checks what
//! is already stored, so re-applying a staged plan after a crash has the effect of applying it
//! once. A profile's writes are applied in one atomic batch.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::observations::write_revision;
use super::{ProfileError, Profiles, Result};
use crate::domain::profile::{Observation, Provenance, Summary};

/// Provenance source of extracted observations and summaries.
pub const EXTRACTION_SOURCE: &str = "extraction";

/// Twilio's cap on `conversationIds`; ours on `communicationIds`.
const MAX_CONVERSATION_IDS: usize = 10;
const MAX_COMMUNICATION_IDS: usize = 100;

/// One write of an extraction plan.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(tag = "op", rename_all = "camelCase")]
pub enum ExtractedWrite {
    /// A new observation with a pre-assigned id.
    #[serde(rename_all = "camelCase")]
    Add {
        id: String,
        content: String,
        occurred_at: DateTime<Utc>,
        conversation_id: String,
        communication_ids: Vec<String>,
        provenance: Provenance,
    },
    /// The candidate repeats an observation: the observation gains the new sources.
    #[serde(rename_all = "camelCase")]
    Attach {
        id: String,
        conversation_id: String,
        communication_ids: Vec<String>,
    },
    /// The candidate refines or contradicts an observation: a new revision with this content,
    /// unless the observation changed since the plan was made (`base_revision`; 0: unchecked):
    /// a user's newer edit wins.
    #[serde(rename_all = "camelCase")]
    Revise {
        id: String,
        #[serde(default)]
        base_revision: u32,
        content: String,
        occurred_at: DateTime<Utc>,
        conversation_id: String,
        communication_ids: Vec<String>,
        provenance: Provenance,
    },
    /// The conversation's summary: replaces the content of summary `id` or creates it.
    #[serde(rename_all = "camelCase")]
    Summary {
        id: String,
        conversation_id: String,
        content: String,
        occurred_at: DateTime<Utc>,
    },
}

/// What applying a plan changed on one profile.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Applied {
    pub added: usize,
    pub attached: usize,
    pub revised: usize,
    pub summaries: usize,
    /// Writes that were already applied, or whose target was deleted meanwhile.
    pub skipped: usize,
    /// Additions refused by the per-profile caps.
    pub capped: usize,
}

/// Adds ids to a capped list, keeping the newest when over the cap.
fn union_capped(list: &mut Vec<String>, new: &[String], cap: usize) -> bool {
    let before = list.len();
    let mut changed = false;
    for id in new {
        if !list.contains(id) {
            list.push(id.clone());
            changed = true;
        }
    }
    if list.len() > cap {
        let excess = list.len() - cap;
        list.drain(..excess);
    }
    changed || list.len() != before
}

impl Profiles {
    /// Applies extraction writes to a profile (canonical or merged id): one atomic batch,
    /// durable before it returns, then Recall's index is updated. A profile that no longer
    /// exists is `NotFound`.
    pub async fn apply_extracted(
        &self,
        store: &str,
        profile_id: &str,
        writes: &[ExtractedWrite],
    ) -> Result<Applied> {
        let canonical = match self.resolve(store, profile_id) {
            Ok(p) => p.id,
            Err(ProfileError::Moved { canonical }) => canonical,
            Err(e) => return Err(e),
        };
        let texts: Vec<String> = writes
            .iter()
            .filter_map(|w| match w {
                ExtractedWrite::Add { content, .. }
                | ExtractedWrite::Revise { content, .. }
                | ExtractedWrite::Summary { content, .. } => Some(content.clone()),
                ExtractedWrite::Attach { .. } => None,
            })
            .collect();
        let mut vectors = self.recall.vectors(&texts).await.map(|v| v.into_iter());
        let now = crate::domain::time::now();
        let mut applied = Applied::default();
        let mut observations: Vec<(Observation, Option<_>)> = Vec::new();
        let mut summaries = Vec::new();
        // Reads see committed state only: a plan that touches one observation twice (a
        // duplicate and a revision) must see its own earlier write.
        let current = |txn: &crate::storage::ProfileTxn<'_>,
                       observations: &[(Observation, Option<_>)],
                       profile: &str,
                       id: &str|
         -> Result<Option<Observation>> {
            if let Some((o, _)) = observations.iter().rev().find(|(o, _)| o.id == id) {
                return Ok(Some(o.clone()));
            }
            Ok(txn.reader().observation(store, profile, id)?)
        };
        {
            let mut txn = self.storage.profiles().begin(store);
            let mut profile = self.resolve(store, &canonical)?;
            for w in writes {
                let vector = match w {
                    ExtractedWrite::Attach { .. } => None,
                    _ => vectors.as_mut().and_then(Iterator::next),
                };
                match w {
                    ExtractedWrite::Add {
                        id,
                        content,
                        occurred_at,
                        conversation_id,
                        communication_ids,
                        provenance,
                    } => {
                        if current(&txn, &observations, &profile.id, id)?.is_some() {
                            applied.skipped += 1;
                            continue;
                        }
                        if profile.observation_count >= self.limits.observations_per_profile {
                            applied.capped += 1;
                            continue;
                        }
                        let o = Observation {
                            id: id.clone(),
                            content: content.clone(),
                            source: EXTRACTION_SOURCE.into(),
                            occurred_at: *occurred_at,
                            created_at: now,
                            updated_at: now,
                            conversation_ids: vec![conversation_id.clone()],
                            communication_ids: communication_ids.clone(),
                            provenance: Some(provenance.clone()),
                            revision: 1,
                        };
                        txn.put_observation(&profile.id, &o)?;
                        if let Some(v) = &vector {
                            txn.put_vector(&profile.id, &o.id, v)?;
                        }
                        profile.observation_count += 1;
                        applied.added += 1;
                        observations.push((o, vector));
                    }
                    ExtractedWrite::Attach {
                        id,
                        conversation_id,
                        communication_ids,
                    } => {
                        let Some(mut o) = current(&txn, &observations, &profile.id, id)? else {
                            applied.skipped += 1;
                            continue;
                        };
                        let a = union_capped(
                            &mut o.conversation_ids,
                            std::slice::from_ref(conversation_id),
                            MAX_CONVERSATION_IDS,
                        );
                        let b = union_capped(
                            &mut o.communication_ids,
                            communication_ids,
                            MAX_COMMUNICATION_IDS,
                        );
                        if !(a || b) {
                            applied.skipped += 1;
                            continue;
                        }
                        o.updated_at = now;
                        txn.put_observation(&profile.id, &o)?;
                        applied.attached += 1;
                        observations.push((o, None));
                    }
                    ExtractedWrite::Revise {
                        id,
                        base_revision,
                        content,
                        occurred_at,
                        conversation_id,
                        communication_ids,
                        provenance,
                    } => {
                        let Some(current) = current(&txn, &observations, &profile.id, id)? else {
                            applied.skipped += 1;
                            continue;
                        };
                        if &current.content == content
                            || (*base_revision != 0 && current.revision != *base_revision)
                        {
                            applied.skipped += 1;
                            continue;
                        }
                        let next = write_revision(
                            &mut txn,
                            &profile.id,
                            current,
                            now,
                            vector.as_ref(),
                            |next| {
                                next.content = content.clone();
                                next.source = EXTRACTION_SOURCE.into();
                                next.occurred_at = *occurred_at;
                                next.provenance = Some(provenance.clone());
                                union_capped(
                                    &mut next.conversation_ids,
                                    std::slice::from_ref(conversation_id),
                                    MAX_CONVERSATION_IDS,
                                );
                                union_capped(
                                    &mut next.communication_ids,
                                    communication_ids,
                                    MAX_COMMUNICATION_IDS,
                                );
                            },
                        )?;
                        applied.revised += 1;
                        observations.push((next, vector));
                    }
                    ExtractedWrite::Summary {
                        id,
                        conversation_id,
                        content,
                        occurred_at,
                    } => {
                        let existing = txn.reader().summary(store, &profile.id, id)?;
                        let summary = match existing {
                            Some(s) if &s.content == content => {
                                applied.skipped += 1;
                                continue;
                            }
                            Some(mut s) => {
                                s.content = content.clone();
                                s.occurred_at = *occurred_at;
                                s.updated_at = now;
                                s
                            }
                            None => {
                                if profile.summary_count >= self.limits.summaries_per_profile {
                                    applied.capped += 1;
                                    continue;
                                }
                                profile.summary_count += 1;
                                Summary {
                                    id: id.clone(),
                                    conversation_id: conversation_id.clone(),
                                    content: content.clone(),
                                    source: Some(EXTRACTION_SOURCE.into()),
                                    occurred_at: *occurred_at,
                                    created_at: now,
                                    updated_at: now,
                                }
                            }
                        };
                        txn.put_summary(&profile.id, &summary)?;
                        if let Some(v) = &vector {
                            txn.put_vector(&profile.id, &summary.id, v)?;
                        }
                        applied.summaries += 1;
                        summaries.push((summary, vector));
                    }
                }
            }
            if !(observations.is_empty() && summaries.is_empty()) {
                profile.updated_at = now;
                txn.put_profile(&profile)?;
                txn.commit()?;
            }
        }
        self.storage.durable().await?;
        for (o, v) in &observations {
            let stored = match v {
                Some(v) => Some(v.clone()),
                None => self
                    .storage
                    .profiles()
                    .vectors(store, &canonical)?
                    .remove(&o.id),
            };
            self.recall
                .observation_written(store, &canonical, o, stored.as_ref())
                .await;
        }
        for (s, v) in &summaries {
            self.recall
                .summary_written(store, &canonical, s, v.as_ref())
                .await;
        }
        Ok(applied)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_lists_keep_the_newest_under_the_cap() {
        let mut l: Vec<String> = (0..10).map(|i| i.to_string()).collect();
        assert!(!union_capped(&mut l, &["3".into()], 10));
        assert!(union_capped(&mut l, &["x".into(), "y".into()], 10));
        assert_eq!(l.len(), 10);
        assert_eq!(l.first().unwrap(), "2");
        assert_eq!(l.last().unwrap(), "y");
    }
}

#[cfg(test)]
mod apply_tests {
    use std::sync::Arc;

    use super::*;
    use crate::recall::embed::Embedder;
    use crate::recall::{Fusion, Recall};
    use crate::storage::Storage;

    fn provenance() -> Provenance {
        Provenance {
            model: "m".into(),
            prompt_version: "v".into(),
        }
    }

    /// A staged plan applied twice (a crash after the writes, before the job was marked
    /// done) has the effect of applying it once.
    #[tokio::test]
    async fn re_applying_a_plan_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let metrics = Arc::new(crate::metrics::Metrics::new());
        let storage = Storage::open(dir.path(), 8 << 20, metrics).unwrap();
        let recall = Arc::new(
            Recall::new(
                storage.clone(),
                Embedder::builtin().unwrap(),
                "cl100k_base",
                10_000,
                Fusion::default(),
            )
            .unwrap(),
        );
        let profiles = Profiles::new(
            storage,
            "US".into(),
            super::super::ProfileLimits {
                observations_per_profile: 100,
                summaries_per_profile: 100,
            },
            recall,
        );
        let mut traits = serde_json::Map::new();
        traits.insert(
            "Contact".into(),
            serde_json::json!({"phone": "+13175551234"}),
        );
        let (profile, _) = profiles.upsert("store", &traits).await.unwrap();
        let at = crate::domain::time::now();
        let plan = vec![
            ExtractedWrite::Add {
                id: "mem_observation_a".into(),
                content: "Prefers SMS.".into(),
                occurred_at: at,
                conversation_id: "conv1".into(),
                communication_ids: vec!["c1".into()],
                provenance: provenance(),
            },
            ExtractedWrite::Attach {
                id: "mem_observation_a".into(),
                conversation_id: "conv2".into(),
                communication_ids: vec!["c2".into()],
            },
            ExtractedWrite::Revise {
                id: "mem_observation_a".into(),
                base_revision: 1,
                content: "Prefers SMS, never email.".into(),
                occurred_at: at,
                conversation_id: "conv2".into(),
                communication_ids: vec!["c3".into()],
                provenance: provenance(),
            },
            ExtractedWrite::Summary {
                id: "mem_summary_s".into(),
                conversation_id: "conv2".into(),
                content: "Asked about SMS.".into(),
                occurred_at: at,
            },
        ];
        let first = profiles
            .apply_extracted("store", &profile, &plan)
            .await
            .unwrap();
        assert_eq!(
            (first.added, first.attached, first.revised, first.summaries),
            (1, 1, 1, 1)
        );
        let again = profiles
            .apply_extracted("store", &profile, &plan)
            .await
            .unwrap();
        assert_eq!(again.skipped, 4, "{again:?}");
        let o = profiles
            .observation("store", &profile, "mem_observation_a")
            .unwrap();
        assert_eq!(o.content, "Prefers SMS, never email.");
        assert_eq!(o.revision, 2);
        assert_eq!(o.conversation_ids, ["conv1", "conv2"]);
        assert_eq!(o.communication_ids, ["c1", "c2", "c3"]);
        assert_eq!(
            profiles
                .revisions("store", &profile, "mem_observation_a")
                .unwrap()
                .len(),
            2
        );
        let p = profiles.resolve("store", &profile).unwrap();
        assert_eq!((p.observation_count, p.summary_count), (1, 1));
    }
}
