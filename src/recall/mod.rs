//! Recall: hybrid lexical (BM25) + semantic ranking over one profile's memory (SPEC 3).
//!
//! Each profile gets an in-memory index (built from storage on first use, then kept current by
//! the write paths). A query is analysed and embedded once; every live item of the wanted kinds
//! is scored by both legs, the parts are fused into one score in [0, 1], and the best per kind
//! are returned within the limits, the date window, the relevance threshold and the token budget.

pub mod bm25;
pub mod embed;
pub mod eval;
pub mod index;
pub mod text;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::{json, Value};
use tiktoken_rs::CoreBPE;

use crate::domain::profile::{Observation, Summary};
use crate::domain::Communication;
use crate::storage::profiles::StoredVector;
use crate::storage::{Storage, StorageError};
use embed::{dequantize, dot, quantize, Embedder};
use index::{Doc, IndexCache, Kind, ProfileIndex};
use text::Analyzer;

/// How the two legs become one score.
#[derive(Debug, Clone, Copy)]
pub struct Fusion {
    /// Weight of the lexical part (the semantic part gets `1 - w_lex`).
    pub w_lex: f32,
    /// The lexical part is `(bm25 / ideal) ^ lex_power`, where `ideal` is the query's best
    /// possible score ([`bm25::Bm25::ideal`]); a power above 1 discounts partial matches.
    pub lex_power: f32,
    /// Cosines at or below this count as no similarity; above it they are rescaled to [0, 1].
    pub sem_floor: f32,
}

impl Default for Fusion {
    /// Chosen by `memory-sidecar eval-recall --sweep` on tests/fixtures/recall_eval.json (the
    /// best MRR; see BENCHMARKS.md).
    fn default() -> Self {
        Self {
            w_lex: 0.5,
            lex_power: 2.0,
            sem_floor: 0.15,
        }
    }
}

impl Fusion {
    /// The lexical part in [0, 1] for a BM25 score and the query's ideal score.
    pub fn lexical(&self, bm25: f32, ideal: f32) -> f32 {
        if bm25 <= 0.0 || ideal <= 0.0 {
            0.0
        } else {
            (bm25 / ideal).min(1.0).powf(self.lex_power)
        }
    }

    /// The semantic part in [0, 1].
    pub fn semantic(&self, cosine: f32) -> f32 {
        ((cosine - self.sem_floor) / (1.0 - self.sem_floor)).clamp(0.0, 1.0)
    }

    /// The fused score in [0, 1].
    pub fn fuse(&self, lexical: f32, semantic: f32) -> f32 {
        (self.w_lex * lexical + (1.0 - self.w_lex) * semantic).clamp(0.0, 1.0)
    }
}

/// Which legs to use (the evaluation compares them; the API always uses both).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Legs {
    Lexical,
    Semantic,
    Hybrid,
}

/// A Recall request body (SPEC 3); unset fields may be absent or `null`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecallRequest {
    pub query: Option<String>,
    pub conversation_id: Option<String>,
    pub observations_limit: Option<i64>,
    pub summaries_limit: Option<i64>,
    pub communications_limit: Option<i64>,
    pub relevance_threshold: Option<f64>,
    pub begin_date: Option<DateTime<Utc>>,
    pub end_date: Option<DateTime<Utc>>,
    pub max_tokens: Option<i64>,
    pub explain: Option<bool>,
}

/// Why a Recall was refused.
#[derive(Debug, thiserror::Error)]
pub enum RecallError {
    #[error("{0}")]
    Invalid(String),
    #[error(transparent)]
    Storage(#[from] StorageError),
}

struct Validated {
    query: Option<String>,
    conversation_id: Option<String>,
    limits: [usize; 3],
    threshold: f32,
    begin: Option<DateTime<Utc>>,
    end: Option<DateTime<Utc>>,
    max_tokens: Option<usize>,
    explain: bool,
}

fn limit(name: &str, v: Option<i64>, default: usize) -> Result<usize, RecallError> {
    match v {
        None => Ok(default),
        Some(n @ 0..=100) => Ok(n as usize),
        Some(_) => Err(RecallError::Invalid(format!(
            "{name} must be between 0 and 100"
        ))),
    }
}

impl RecallRequest {
    fn validate(self) -> Result<Validated, RecallError> {
        let query = self.query.filter(|q| !q.trim().is_empty());
        if query.as_ref().is_some_and(|q| q.chars().count() > 1024) {
            return Err(RecallError::Invalid(
                "query must be at most 1024 characters".into(),
            ));
        }
        let threshold = self.relevance_threshold.unwrap_or(0.0);
        if !(0.0..=1.0).contains(&threshold) {
            return Err(RecallError::Invalid(
                "relevanceThreshold must be between 0 and 1".into(),
            ));
        }
        if let (Some(b), Some(e)) = (self.begin_date, self.end_date) {
            if e <= b {
                return Err(RecallError::Invalid(
                    "endDate must be after beginDate".into(),
                ));
            }
        }
        let max_tokens = match self.max_tokens {
            None => None,
            Some(n) if n >= 1 => Some(n as usize),
            Some(_) => return Err(RecallError::Invalid("maxTokens must be at least 1".into())),
        };
        Ok(Validated {
            query,
            conversation_id: self.conversation_id.filter(|c| !c.is_empty()),
            limits: [
                limit("observationsLimit", self.observations_limit, 20)?,
                limit("summariesLimit", self.summaries_limit, 5)?,
                limit("communicationsLimit", self.communications_limit, 0)?,
            ],
            threshold: threshold as f32,
            begin: self.begin_date,
            end: self.end_date,
            max_tokens,
            explain: self.explain.unwrap_or(false),
        })
    }
}

/// The Recall service.
pub struct Recall {
    storage: Storage,
    embedder: Arc<Embedder>,
    analyzer: Analyzer,
    bpe: CoreBPE,
    cache: IndexCache,
    fusion: Fusion,
}

/// One scored item.
struct Hit<'a> {
    doc: &'a Doc,
    score: f32,
    lexical: f32,
    semantic: f32,
    bm25: f32,
    cosine: f32,
}

fn kind_index(k: Kind) -> usize {
    match k {
        Kind::Observation => 0,
        Kind::Summary => 1,
        Kind::Communication => 2,
    }
}

impl Recall {
    /// A Recall service; `encoding` names the tiktoken encoding used for token counts.
    pub fn new(
        storage: Storage,
        embedder: Embedder,
        encoding: &str,
        max_cached_docs: usize,
        fusion: Fusion,
    ) -> anyhow::Result<Self> {
        let bpe = match encoding {
            "o200k_base" => tiktoken_rs::o200k_base()?,
            "cl100k_base" => tiktoken_rs::cl100k_base()?,
            "p50k_base" => tiktoken_rs::p50k_base()?,
            other => anyhow::bail!("unknown token encoding {other:?}"),
        };
        Ok(Self {
            storage,
            embedder: Arc::new(embedder),
            analyzer: Analyzer::new(),
            bpe,
            cache: IndexCache::new(max_cached_docs),
            fusion,
        })
    }

    /// The embedder in use.
    pub fn embedder(&self) -> &Embedder {
        &self.embedder
    }

    /// Tokens of a text under the configured encoding.
    pub fn count_tokens(&self, text: &str) -> usize {
        self.bpe.encode_ordinary(text).len()
    }

    /// Embeds texts for storage; `None` (logged) when the embedder fails, so a write never
    /// fails for want of a vector (the item is embedded when its profile is next indexed).
    pub async fn vectors(&self, texts: &[String]) -> Option<Vec<StoredVector>> {
        match self.embedder.embed(texts).await {
            Ok(vs) => Some(
                vs.iter()
                    .map(|v| {
                        let (scale, values) = quantize(v);
                        StoredVector {
                            model: self.embedder.id().to_owned(),
                            scale,
                            values,
                        }
                    })
                    .collect(),
            ),
            Err(e) => {
                tracing::warn!(error = %e, "embedding failed; items will be embedded later");
                None
            }
        }
    }

    /// Embeds synchronously when the embedder is local (the ingest path); `None` otherwise.
    pub fn vectors_now(&self, texts: &[String]) -> Option<Vec<StoredVector>> {
        match self.embedder.as_ref() {
            Embedder::Local { model, .. } => Some(
                self.embedder
                    .embed_local(model, texts)
                    .iter()
                    .map(|v| {
                        let (scale, values) = quantize(v);
                        StoredVector {
                            model: self.embedder.id().to_owned(),
                            scale,
                            values,
                        }
                    })
                    .collect(),
            ),
            Embedder::OpenAi { .. } => None,
        }
    }

    fn usable(&self, v: Option<&StoredVector>) -> Vec<f32> {
        match v {
            Some(sv) if sv.model == self.embedder.id() => dequantize(sv.scale, &sv.values),
            _ => Vec::new(),
        }
    }

    fn observation_doc(&self, o: &Observation, vector: Vec<f32>) -> Doc {
        Doc {
            kind: Kind::Observation,
            id: o.id.clone(),
            conversation_id: None,
            occurred_at: o.occurred_at,
            terms: self.analyzer.document_terms(&o.content),
            vector,
            tokens: self.count_tokens(&o.content),
            payload: json!({
                "id": o.id, "content": o.content, "source": o.source, "occurredAt": o.occurred_at,
                "createdAt": o.created_at, "updatedAt": o.updated_at,
                "conversationIds": o.conversation_ids, "communicationIds": o.communication_ids,
            }),
        }
    }

    fn summary_doc(&self, s: &Summary, vector: Vec<f32>) -> Doc {
        Doc {
            kind: Kind::Summary,
            id: s.id.clone(),
            conversation_id: Some(s.conversation_id.clone()),
            occurred_at: s.occurred_at,
            terms: self.analyzer.document_terms(&s.content),
            vector,
            tokens: self.count_tokens(&s.content),
            payload: json!({
                "id": s.id, "conversationId": s.conversation_id, "content": s.content,
                "source": s.source, "occurredAt": s.occurred_at, "createdAt": s.created_at,
                "updatedAt": s.updated_at,
            }),
        }
    }

    fn communication_doc(
        &self,
        c: &Communication,
        profiles: &HashMap<String, String>,
        vector: Vec<f32>,
    ) -> Doc {
        let text = c.content.text.clone().unwrap_or_default();
        let with_profile = |a: &crate::domain::Address| {
            let mut v = serde_json::to_value(a).unwrap_or(Value::Null);
            if let (Some(pid), Value::Object(m)) = (
                a.participant_id.as_ref().and_then(|p| profiles.get(p)),
                &mut v,
            ) {
                m.insert("profileId".into(), json!(pid));
            }
            v
        };
        Doc {
            kind: Kind::Communication,
            id: c.id.clone(),
            conversation_id: Some(c.conversation_id.clone()),
            occurred_at: c.occurred_at,
            terms: self.analyzer.document_terms(&text),
            vector,
            tokens: self.count_tokens(&text),
            payload: json!({
                "id": c.id, "conversationId": c.conversation_id, "content": {"text": text},
                "author": with_profile(&c.author),
                "recipients": c.recipients.iter().map(with_profile).collect::<Vec<_>>(),
                "occurredAt": c.occurred_at,
            }),
        }
    }

    /// Builds a profile's index from storage, embedding (and saving) what lacks a current vector.
    async fn build(&self, store: &str, profile: &str) -> Result<ProfileIndex, RecallError> {
        let started = Instant::now();
        let ps = self.storage.profiles();
        let observations = ps.observations(store, profile)?;
        let summaries = ps.summaries(store, profile)?;
        let mut vectors = ps.vectors(store, profile)?;
        let mut missing: Vec<(String, String)> = Vec::new();
        for (id, text) in observations
            .iter()
            .map(|o| (&o.id, &o.content))
            .chain(summaries.iter().map(|s| (&s.id, &s.content)))
        {
            if vectors
                .get(id)
                .is_none_or(|v| v.model != self.embedder.id())
            {
                missing.push((id.clone(), text.clone()));
            }
        }
        if !missing.is_empty() {
            let texts: Vec<String> = missing.iter().map(|(_, t)| t.clone()).collect();
            if let Some(vs) = self.vectors(&texts).await {
                let items: Vec<(String, StoredVector)> =
                    missing.into_iter().map(|(id, _)| id).zip(vs).collect();
                ps.backfill_vectors(store, profile, &items)?;
                vectors.extend(items);
            }
        }
        let mut index = ProfileIndex::new();
        for o in &observations {
            let v = self.usable(vectors.get(&o.id));
            index.upsert(self.observation_doc(o, v));
        }
        for s in &summaries {
            let v = self.usable(vectors.get(&s.id));
            index.upsert(self.summary_doc(s, v));
        }
        let convs = self.storage.conversations();
        for conv in ps.conversations(store, profile)? {
            index.add_conversation(&conv);
            let participants = self.participant_profiles(&conv)?;
            let comms = convs.all_communications(&conv)?;
            let mut cvecs = convs.vectors(&conv)?;
            let stale: Vec<&Communication> = comms
                .iter()
                .filter(|c| {
                    cvecs
                        .get(&c.id)
                        .is_none_or(|v| v.model != self.embedder.id())
                })
                .collect();
            if !stale.is_empty() {
                let texts: Vec<String> = stale
                    .iter()
                    .map(|c| c.content.text.clone().unwrap_or_default())
                    .collect();
                if let Some(vs) = self.vectors(&texts).await {
                    let items: Vec<(String, StoredVector)> =
                        stale.iter().map(|c| c.id.clone()).zip(vs).collect();
                    convs.backfill_vectors(&conv, &items)?;
                    cvecs.extend(items);
                }
            }
            for c in &comms {
                let v = self.usable(cvecs.get(&c.id));
                index.upsert(self.communication_doc(c, &participants, v));
            }
        }
        tracing::debug!(store_id = %store, profile_id = %profile, documents = index.len(), ms = started.elapsed().as_millis() as u64, "recall index built");
        Ok(index)
    }

    // ---- write hooks (read-your-writes) ----

    /// An observation was written (created or revised).
    pub async fn observation_written(
        &self,
        store: &str,
        profile: &str,
        o: &Observation,
        v: Option<&StoredVector>,
    ) {
        if let Some(slot) = self.cache.existing(store, profile) {
            if let Some(index) = slot.write().await.as_mut() {
                index.upsert(self.observation_doc(o, self.usable(v)));
            }
        }
    }

    /// A summary was written.
    pub async fn summary_written(
        &self,
        store: &str,
        profile: &str,
        s: &Summary,
        v: Option<&StoredVector>,
    ) {
        if let Some(slot) = self.cache.existing(store, profile) {
            if let Some(index) = slot.write().await.as_mut() {
                index.upsert(self.summary_doc(s, self.usable(v)));
            }
        }
    }

    /// An observation or summary was deleted.
    pub async fn item_removed(&self, store: &str, profile: &str, id: &str) {
        if let Some(slot) = self.cache.existing(store, profile) {
            if let Some(index) = slot.write().await.as_mut() {
                index.remove(id);
            }
        }
    }

    /// A communication was threaded.
    pub async fn communication_written(&self, c: &Communication, v: Option<&StoredVector>) {
        let slots = self.cache.profiles_with_conversation(&c.conversation_id);
        if slots.is_empty() {
            return;
        }
        // One document for every index that holds the conversation.
        let participants = self
            .participant_profiles(&c.conversation_id)
            .unwrap_or_default();
        let doc = self.communication_doc(c, &participants, self.usable(v));
        for (_, slot) in slots {
            if let Some(index) = slot.write().await.as_mut() {
                index.upsert(doc.clone());
            }
        }
    }

    /// Participant id -> profile id for a conversation's resolved participants.
    fn participant_profiles(
        &self,
        conversation: &str,
    ) -> Result<HashMap<String, String>, StorageError> {
        Ok(self
            .storage
            .conversations()
            .participants(conversation)?
            .into_iter()
            .filter_map(|p| Some((p.id, p.profile_id?)))
            .collect())
    }

    /// Forget a profile's index (merges, erasure, a new conversation link).
    pub fn invalidate(&self, store: &str, profile: &str) {
        self.cache.invalidate(store, profile);
    }

    /// Forget every index of a store.
    pub fn invalidate_store(&self, store: &str) {
        self.cache.invalidate_store(store);
    }

    /// Answers a Recall for a (canonical) profile.
    pub async fn recall(
        &self,
        store: &str,
        profile: &str,
        req: RecallRequest,
    ) -> Result<Value, RecallError> {
        self.recall_with(store, profile, req, Legs::Hybrid).await
    }

    /// Recall with a choice of legs (the evaluation uses this).
    pub async fn recall_with(
        &self,
        store: &str,
        profile: &str,
        req: RecallRequest,
        legs: Legs,
    ) -> Result<Value, RecallError> {
        let started = Instant::now();
        let v = req.validate()?;
        let slot = self.cache.slot(store, profile);
        {
            let guard = slot.read().await;
            if guard.is_none() {
                drop(guard);
                let mut w = slot.write().await;
                if w.is_none() {
                    let index = self.build(store, profile).await?;
                    self.cache
                        .register_conversations(store, profile, &index.conversations);
                    *w = Some(index);
                }
                drop(w);
                self.cache.evict();
            }
        }
        let guard = slot.read().await;
        let Some(index) = guard.as_ref() else {
            // Evicted between build and read: answer from a fresh build.
            drop(guard);
            let index = self.build(store, profile).await?;
            return Ok(self.answer(&index, v, legs, started).await);
        };
        Ok(self.answer(index, v, legs, started).await)
    }

    async fn answer(
        &self,
        index: &ProfileIndex,
        v: Validated,
        legs: Legs,
        started: Instant,
    ) -> Value {
        // The query: given, or built from the conversation's last 10 messages.
        let query = match (&v.query, &v.conversation_id) {
            (Some(q), _) => Some(q.clone()),
            (None, Some(conv)) => {
                let mut recent: Vec<&Doc> = index
                    .docs
                    .iter()
                    .flatten()
                    .filter(|d| {
                        d.kind == Kind::Communication && d.conversation_id.as_deref() == Some(conv)
                    })
                    .collect();
                recent.sort_by_key(|d| std::cmp::Reverse(d.occurred_at));
                let mut texts: Vec<&str> = recent
                    .iter()
                    .take(10)
                    .filter_map(|d| d.payload["content"]["text"].as_str())
                    .collect();
                texts.reverse();
                let q = texts.join("\n");
                (!q.trim().is_empty()).then_some(q)
            }
            (None, None) => None,
        };
        let in_window = |d: &Doc| {
            v.begin.is_none_or(|b| d.occurred_at >= b) && v.end.is_none_or(|e| d.occurred_at < e)
        };
        let mut out: [Vec<Value>; 3] = Default::default();
        let mut tokens = 0usize;
        let mut budget_left = v.max_tokens.unwrap_or(usize::MAX);
        let mut push = |slot: &mut Vec<Value>, doc: &Doc, extra: Option<(&Hit, bool)>| -> bool {
            if doc.tokens > budget_left {
                return false;
            }
            budget_left -= doc.tokens;
            tokens += doc.tokens;
            let mut item = doc.payload.clone();
            if let (Some((h, explain)), Value::Object(m)) = (extra, &mut item) {
                m.insert("score".into(), json!(h.score));
                if explain {
                    m.insert(
                        "explain".into(),
                        json!({"lexical": h.lexical, "semantic": h.semantic, "bm25": h.bm25, "cosine": h.cosine}),
                    );
                }
            }
            slot.push(item);
            true
        };
        match &query {
            Some(q) => {
                let terms = if legs == Legs::Semantic {
                    Vec::new()
                } else {
                    self.analyzer.query_terms(q)
                };
                let qvec = if legs == Legs::Lexical {
                    Vec::new()
                } else {
                    match self.embedder.embed(std::slice::from_ref(q)).await {
                        Ok(mut vs) => vs.pop().unwrap_or_default(),
                        Err(e) => {
                            tracing::warn!(error = %e, "query embedding failed; lexical only");
                            Vec::new()
                        }
                    }
                };
                let mut bm25 = vec![0.0f32; index.docs.len()];
                index.bm25.score_into(&terms, &mut bm25);
                let ideal = index.bm25.ideal(&terms);
                let use_vectors = !qvec.is_empty() && qvec.len() == index.dim;
                let mut hits: [Vec<Hit>; 3] = Default::default();
                // With a conversation and no query, its own messages are listed, not ranked.
                let rank_comms = v.query.is_some();
                for (slot, doc) in index.docs.iter().enumerate() {
                    let Some(doc) = doc else { continue };
                    let k = kind_index(doc.kind);
                    if v.limits[k] == 0
                        || (doc.kind == Kind::Communication && !rank_comms)
                        || !in_window(doc)
                    {
                        continue;
                    }
                    let raw = bm25[slot];
                    let cosine = if use_vectors {
                        dot(&qvec, index.row(slot))
                    } else {
                        0.0
                    };
                    let lexical = self.fusion.lexical(raw, ideal);
                    let semantic = self.fusion.semantic(cosine);
                    let score = match legs {
                        Legs::Lexical => lexical,
                        Legs::Semantic => semantic,
                        Legs::Hybrid => self.fusion.fuse(lexical, semantic),
                    };
                    if score <= 0.0 || score < v.threshold {
                        continue;
                    }
                    hits[k].push(Hit {
                        doc,
                        score,
                        lexical,
                        semantic,
                        bm25: raw,
                        cosine,
                    });
                }
                let order = |a: &Hit, b: &Hit| {
                    b.score
                        .total_cmp(&a.score)
                        .then_with(|| b.doc.occurred_at.cmp(&a.doc.occurred_at))
                };
                for (k, list) in hits.iter_mut().enumerate() {
                    // Only the best `limit` need ordering.
                    let n = v.limits[k];
                    if list.len() > n && n > 0 {
                        list.select_nth_unstable_by(n - 1, order);
                        list.truncate(n);
                    }
                    list.sort_by(order);
                    for h in list.iter().take(n) {
                        if !push(&mut out[k], h.doc, Some((h, v.explain))) {
                            break;
                        }
                    }
                }
                if !rank_comms {
                    self.recent_communications(index, &v, &in_window, &mut |d| {
                        push(&mut out[2], d, None)
                    });
                }
            }
            None => {
                // No query: the most recent items, unscored.
                for k in [Kind::Observation, Kind::Summary] {
                    let i = kind_index(k);
                    let mut docs: Vec<&Doc> = index
                        .docs
                        .iter()
                        .flatten()
                        .filter(|d| d.kind == k && in_window(d))
                        .collect();
                    docs.sort_by_key(|d| std::cmp::Reverse(d.occurred_at));
                    for d in docs.into_iter().take(v.limits[i]) {
                        if !push(&mut out[i], d, None) {
                            break;
                        }
                    }
                }
                self.recent_communications(index, &v, &in_window, &mut |d| {
                    push(&mut out[2], d, None)
                });
            }
        }
        let [observations, summaries, communications] = out;
        json!({
            "observations": observations,
            "summaries": summaries,
            "communications": communications,
            "meta": {
                "queryTime": started.elapsed().as_secs_f64() * 1000.0,
                "tokens": tokens,
                "query": query,
            }
        })
    }

    fn recent_communications(
        &self,
        index: &ProfileIndex,
        v: &Validated,
        in_window: &dyn Fn(&Doc) -> bool,
        push: &mut dyn FnMut(&Doc) -> bool,
    ) {
        let n = v.limits[2];
        if n == 0 {
            return;
        }
        let mut docs: Vec<&Doc> = index
            .docs
            .iter()
            .flatten()
            .filter(|d| {
                d.kind == Kind::Communication
                    && in_window(d)
                    && v.conversation_id
                        .as_ref()
                        .is_none_or(|c| d.conversation_id.as_ref() == Some(c))
            })
            .collect();
        docs.sort_by_key(|d| std::cmp::Reverse(d.occurred_at));
        for d in docs.into_iter().take(n) {
            if !push(d) {
                break;
            }
        }
    }

    /// When the embedding model differs from the one the stored vectors were made with,
    /// re-embeds every profile's items in the background (one profile at a time), so Recall
    /// does not pay for it on first use. Returns how many profiles were processed.
    pub async fn reembed_if_model_changed(&self) -> Result<usize, RecallError> {
        const KEY: &str = "embedding_model";
        let current = self.embedder.id().to_owned();
        match self.storage.meta_get(KEY)? {
            Some(previous) if previous == current => return Ok(0),
            None if self.storage.control().stores()?.is_empty() => {
                self.storage.meta_put(KEY, &current)?;
                return Ok(0);
            }
            _ => {}
        }
        let mut done = 0;
        for store in self.storage.control().stores()? {
            for profile in self.storage.profiles().profile_ids(&store.id)? {
                // Building backfills every stale vector; the index itself is not kept.
                self.build(&store.id, &profile).await?;
                done += 1;
                tokio::task::yield_now().await;
            }
        }
        self.storage.durable().await?;
        self.storage.meta_put(KEY, &current)?;
        tracing::info!(profiles = done, model = %current, "stored vectors re-embedded for the new model");
        Ok(done)
    }
}
