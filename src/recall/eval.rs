//! Recall quality on a labelled set (tests/fixtures/recall_eval.json): recall@5, recall@10 and
//! MRR for lexical only, semantic only and fused ranking. Used by the test suite (with floors)
//! and by `memory-sidecar eval-recall` (a report, and a sweep to choose the fusion weights).

use std::collections::HashMap;
use std::sync::Arc;

use anyhow::Context;
use chrono::{DateTime, Utc};
use serde::Deserialize;

use super::embed::Embedder;
use super::{Fusion, Legs, Recall, RecallRequest};
use crate::domain::conversation::{
    ConversationRecord, ConversationStatus, EventSource, ExtractionState,
};
use crate::domain::profile::{Observation, Summary};
use crate::domain::{Address, Communication, Content};
use crate::metrics::Metrics;
use crate::storage::Storage;

#[derive(Deserialize)]
struct EvalSet {
    profiles: Vec<EvalProfile>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct EvalProfile {
    id: String,
    observations: Vec<EvalItem>,
    summaries: Vec<EvalItem>,
    communications: Vec<EvalItem>,
    queries: Vec<EvalQuery>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct EvalItem {
    id: String,
    #[serde(default)]
    content: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    conversation_id: Option<String>,
    #[serde(default)]
    author: Option<String>,
    occurred_at: DateTime<Utc>,
}

#[derive(Deserialize)]
struct EvalQuery {
    query: String,
    kind: String,
    relevant: Vec<String>,
}

/// Scores of one ranking method.
#[derive(Debug, Clone, Copy, Default)]
pub struct Scores {
    pub recall_at_5: f64,
    pub recall_at_10: f64,
    pub mrr: f64,
    pub queries: usize,
}

/// Scores per method, overall and per query kind.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub by_method: Vec<(String, Scores)>,
    pub by_kind: Vec<(String, String, Scores)>,
}

impl Report {
    /// Overall scores of one method.
    pub fn method(&self, method: &str) -> Scores {
        self.by_method
            .iter()
            .find(|(m, _)| m == method)
            .map(|x| x.1)
            .unwrap_or_default()
    }

    /// Scores of one method on one kind of query.
    pub fn kind(&self, method: &str, kind: &str) -> Scores {
        self.by_kind
            .iter()
            .find(|(m, k, _)| m == method && k == kind)
            .map(|x| x.2)
            .unwrap_or_default()
    }
}

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "| method | queries | recall@5 | recall@10 | MRR |")?;
        writeln!(f, "|---|---|---|---|---|")?;
        for (m, s) in &self.by_method {
            writeln!(
                f,
                "| {m} | {} | {:.3} | {:.3} | {:.3} |",
                s.queries, s.recall_at_5, s.recall_at_10, s.mrr
            )?;
        }
        writeln!(f)?;
        writeln!(
            f,
            "| method | query kind | queries | recall@5 | recall@10 | MRR |"
        )?;
        writeln!(f, "|---|---|---|---|---|---|")?;
        for (m, k, s) in &self.by_kind {
            writeln!(
                f,
                "| {m} | {k} | {} | {:.3} | {:.3} | {:.3} |",
                s.queries, s.recall_at_5, s.recall_at_10, s.mrr
            )?;
        }
        Ok(())
    }
}

/// The labelled set loaded into a temporary store, ready to be queried.
pub struct Loaded {
    _dir: tempfile::TempDir,
    storage: Storage,
    set: EvalSet,
    /// Our ids -> the set's ids.
    names: HashMap<String, String>,
    /// The set's profile ids -> ours.
    profiles: HashMap<String, String>,
}

const STORE: &str = "mem_store_eval";

/// Loads the set (must run inside a tokio runtime).
pub async fn load(json: &str) -> anyhow::Result<Loaded> {
    let set: EvalSet = serde_json::from_str(json).context("parsing the evaluation set")?;
    let dir = tempfile::tempdir()?;
    let storage = Storage::open(dir.path(), 64 << 20, Arc::new(Metrics::new()))?;
    let mut names = HashMap::new();
    let mut profiles = HashMap::new();
    let now = crate::domain::time::now();
    for p in &set.profiles {
        let pid = crate::domain::ids::new_id("mem_profile");
        profiles.insert(p.id.clone(), pid.clone());
        let mut txn = storage.profiles().begin(STORE);
        txn.put_profile(&crate::domain::profile::Profile {
            id: pid.clone(),
            created_at: now,
            updated_at: now,
            data: Default::default(),
            observation_count: p.observations.len(),
            summary_count: p.summaries.len(),
        })?;
        for o in &p.observations {
            let id = crate::domain::ids::new_id("mem_observation");
            names.insert(id.clone(), o.id.clone());
            txn.put_observation(
                &pid,
                &Observation {
                    id,
                    content: o.content.clone().unwrap_or_default(),
                    source: "eval".into(),
                    occurred_at: o.occurred_at,
                    created_at: now,
                    updated_at: now,
                    conversation_ids: Vec::new(),
                    communication_ids: Vec::new(),
                    provenance: None,
                    revision: 1,
                },
            )?;
        }
        for s in &p.summaries {
            let id = crate::domain::ids::new_id("mem_summary");
            names.insert(id.clone(), s.id.clone());
            txn.put_summary(
                &pid,
                &Summary {
                    id,
                    conversation_id: s.conversation_id.clone().unwrap_or_default(),
                    content: s.content.clone().unwrap_or_default(),
                    source: None,
                    occurred_at: s.occurred_at,
                    created_at: now,
                    updated_at: now,
                },
            )?;
        }
        let mut by_conv: HashMap<String, Vec<&EvalItem>> = HashMap::new();
        for c in &p.communications {
            by_conv
                .entry(c.conversation_id.clone().unwrap_or_default())
                .or_default()
                .push(c);
        }
        for (conv, items) in by_conv {
            let conv_id = format!("{}:{conv}", p.id);
            txn.link_conversation(&pid, &conv_id);
            let mut ct = storage.conversations().begin(&conv_id);
            ct.put_conversation(&ConversationRecord {
                id: conv_id.clone(),
                store_id: STORE.into(),
                configuration_id: "eval".into(),
                provisional_route: false,
                account_id: None,
                name: None,
                status: ConversationStatus::Closed,
                source: EventSource::Orchestrator,
                created_at: now,
                updated_at: now,
                first_seen_at: now,
                last_communication_at: None,
                communications_count: items.len() as u64,
                timer: None,
                extraction: ExtractionState::default(),
            })?;
            for c in items {
                let id = crate::domain::ids::new_id("comm");
                names.insert(id.clone(), c.id.clone());
                ct.put_communication(
                    &Communication {
                        id,
                        conversation_id: conv_id.clone(),
                        account_id: None,
                        author: Address {
                            address: c.author.clone(),
                            ..Address::default()
                        },
                        recipients: Vec::new(),
                        content: Content {
                            kind: "TEXT".into(),
                            text: c.text.clone(),
                            transcription: None,
                        },
                        channel_id: None,
                        resource_id: None,
                        index: None,
                        media: None,
                        attributes: None,
                        occurred_at: c.occurred_at,
                        created_at: c.occurred_at,
                        updated_at: c.occurred_at,
                        source: EventSource::Orchestrator,
                    },
                    None,
                )?;
            }
            ct.commit()?;
        }
        txn.commit()?;
    }
    Ok(Loaded {
        _dir: dir,
        storage,
        set,
        names,
        profiles,
    })
}

impl Loaded {
    /// Scores one fusion setting for the three methods.
    pub async fn evaluate(&self, fusion: Fusion) -> anyhow::Result<Report> {
        let recall = Recall::new(
            self.storage.clone(),
            Embedder::builtin()?,
            "cl100k_base",
            10_000_000,
            fusion,
        )?;
        let mut report = Report::default();
        for (name, legs) in [
            ("lexical", Legs::Lexical),
            ("semantic", Legs::Semantic),
            ("fused", Legs::Hybrid),
        ] {
            let mut all = Acc::default();
            let mut kinds: HashMap<String, Acc> = HashMap::new();
            for p in &self.set.profiles {
                let pid = &self.profiles[&p.id];
                for q in &p.queries {
                    let req = RecallRequest {
                        query: Some(q.query.clone()),
                        observations_limit: Some(10),
                        summaries_limit: Some(10),
                        communications_limit: Some(10),
                        ..RecallRequest::default()
                    };
                    let answer = recall.recall_with(STORE, pid, req, legs).await?;
                    let mut ranked: Vec<(f64, String)> = Vec::new();
                    for key in ["observations", "summaries", "communications"] {
                        for item in answer[key].as_array().into_iter().flatten() {
                            let ours = item["id"].as_str().unwrap_or_default();
                            if let Some(theirs) = self.names.get(ours) {
                                ranked
                                    .push((item["score"].as_f64().unwrap_or(0.0), theirs.clone()));
                            }
                        }
                    }
                    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
                    let ids: Vec<&str> =
                        ranked.iter().take(10).map(|(_, id)| id.as_str()).collect();
                    all.add(&ids, &q.relevant);
                    kinds
                        .entry(q.kind.clone())
                        .or_default()
                        .add(&ids, &q.relevant);
                }
            }
            report.by_method.push((name.into(), all.scores()));
            let mut kinds: Vec<_> = kinds.into_iter().collect();
            kinds.sort_by(|a, b| a.0.cmp(&b.0));
            for (k, acc) in kinds {
                report.by_kind.push((name.into(), k, acc.scores()));
            }
        }
        Ok(report)
    }
}

#[derive(Default)]
struct Acc {
    r5: f64,
    r10: f64,
    rr: f64,
    n: usize,
}

impl Acc {
    fn add(&mut self, ranked: &[&str], relevant: &[String]) {
        if relevant.is_empty() {
            return;
        }
        let hits = |k: usize| {
            ranked
                .iter()
                .take(k)
                .filter(|id| relevant.iter().any(|r| r == *id))
                .count() as f64
        };
        self.r5 += hits(5) / relevant.len() as f64;
        self.r10 += hits(10) / relevant.len() as f64;
        self.rr += ranked
            .iter()
            .position(|id| relevant.iter().any(|r| r == id))
            .map_or(0.0, |i| 1.0 / (i as f64 + 1.0));
        self.n += 1;
    }

    fn scores(&self) -> Scores {
        let n = self.n.max(1) as f64;
        Scores {
            recall_at_5: self.r5 / n,
            recall_at_10: self.r10 / n,
            mrr: self.rr / n,
            queries: self.n,
        }
    }
}
