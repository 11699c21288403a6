//! The extraction worker: takes due jobs from the durable queue and turns a conversation's new
//! messages into reconciled observations and a summary.
//!
//! A job runs in two stages so a crash never doubles its effects:
//! 1. **Plan** (LLM calls): transcript → candidates and summary → special-category screen →
//!    reconciliation with the profile's similar observations (one batched LLM call for the
//!    ambiguous pairs) → a list of idempotent writes with pre-assigned ids, stored (sealed) in
//!    the job's own record and made durable.
//! 2. **Apply**: each profile's writes in one atomic batch, then the job is marked done and
//!    the messages it covered are remembered, so the next run only reads newer ones.
//!
//! A job interrupted after its plan was stored re-applies that plan without calling the LLM;
//! one interrupted before starts over. Every failure leaves the job queued with a backoff, or
//! `failed` after `extraction.max_attempts`, with the reason on the conversation.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use parking_lot::Mutex;
use serde::{Deserialize, Serialize};

use super::llm::{JsonRequest, LlmClient, LlmError};
use super::prompt::{self, Candidate, Line, Pair, Relation, Role};
use super::queue::{self, DONE, FAILED, PENDING, RUNNING};
use super::screen::Screen;
use crate::domain::conversation::ExtractionState;
use crate::domain::profile::Provenance;
use crate::domain::{ids, Communication, ConversationRecord, Participant};
use crate::metrics::Metrics;
use crate::profiles::extracted::{ExtractedWrite, EXTRACTION_SOURCE};
use crate::profiles::{ProfileError, Profiles};
use crate::recall::embed::{dequantize, dot};
use crate::recall::text::Analyzer;
use crate::settings::ExtractionSettings;
use crate::storage::{Storage, StorageError};

/// Ambiguous pairs sent to the reconciliation call at most; beyond, candidates are added.
const MAX_JUDGED_PAIRS: usize = 40;
/// A server's Retry-After is honoured up to this long.
const MAX_RETRY_AFTER_SECS: u64 = 24 * 3600;

/// How an attempt failed, for the retry decision.
enum Failure {
    /// 429, with the server's Retry-After if it sent one.
    RateLimited(Option<Duration>),
    Other,
}

/// Why a job attempt failed.
#[derive(Debug, thiserror::Error)]
pub enum ExtractionError {
    #[error("LLM request failed: {0}")]
    Llm(#[from] LlmError),
    #[error("LLM answer unusable: {0}")]
    Answer(String),
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("profile write failed: {0}")]
    Profile(#[from] ProfileError),
}

impl ExtractionError {
    /// The reason shown on the conversation (`extraction.lastError`): no message text.
    fn public_reason(&self) -> String {
        match self {
            Self::Llm(e) => format!("LLM {}: {e}", e.kind()),
            Self::Answer(r) => format!("LLM answer unusable: {r}"),
            Self::Storage(_) => "storage error".into(),
            Self::Profile(_) => "profile write failed".into(),
        }
    }
}

/// The job's own durable state (sealed in the conversation's `X` record).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct JobData {
    /// Communications already extracted by a successful run.
    extracted: Vec<String>,
    /// The next run re-reads the whole conversation (an explicit Extract request).
    force: bool,
    /// A plan computed but not yet known to be fully applied.
    plan: Option<Plan>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Plan {
    /// Communications this plan covers.
    communication_ids: Vec<String>,
    /// Writes per (canonical) profile.
    writes: Vec<(String, Vec<ExtractedWrite>)>,
}

/// What one job run did (also the source of the figures in BENCHMARKS.md).
#[derive(Debug, Clone, Default)]
pub struct JobReport {
    pub conversation_id: String,
    /// done | retry | failed | skipped
    pub outcome: &'static str,
    pub messages: usize,
    pub llm_calls: u32,
    pub prompt_tokens: u64,
    pub completion_tokens: u64,
    pub llm_time: Duration,
    /// Wall time of the job minus the time spent waiting for the LLM.
    pub local_time: Duration,
    pub candidates: usize,
    /// Answer items that failed validation.
    pub rejected: usize,
    pub screened: usize,
    pub added: usize,
    pub attached: usize,
    pub revised: usize,
    pub summaries: usize,
    pub replayed_plan: bool,
    pub error: Option<String>,
}

/// The extraction service: the queue API and the workers.
#[derive(Clone)]
pub struct Extractor {
    inner: Arc<Inner>,
}

struct Inner {
    storage: Storage,
    profiles: Profiles,
    llm: Option<LlmClient>,
    settings: ExtractionSettings,
    context_tokens: usize,
    max_output_tokens: usize,
    llm_timeout: Duration,
    metrics: Arc<Metrics>,
    analyzer: Analyzer,
    running: Mutex<HashSet<String>>,
}

/// Removes a conversation from the in-process running set when its run ends, however it ends.
struct RunningGuard<'a> {
    set: &'a Mutex<HashSet<String>>,
    conversation: String,
}

impl Drop for RunningGuard<'_> {
    fn drop(&mut self) {
        self.set.lock().remove(&self.conversation);
    }
}

/// Budget and limits the extractor needs from the LLM settings.
#[derive(Debug, Clone, Copy)]
pub struct LlmBudget {
    pub context_tokens: usize,
    pub max_output_tokens: usize,
    pub timeout: Duration,
}

fn normalized(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The negation words of a text (en/es/de/fr), which stop-word analysis removes.
fn negation_words(s: &str) -> Vec<String> {
    const NEGATIONS: [&str; 26] = [
        "not", "no", "never", "nor", "without", "cannot", "none", "nunca", "jamás", "sin",
        "ningún", "ninguna", "nada", "nicht", "kein", "keine", "keinen", "nie", "niemals", "ohne",
        "ne", "pas", "jamais", "sans", "aucun", "aucune",
    ];
    let mut out: Vec<String> = s
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .map(|w| w.to_lowercase().replace('’', "'"))
        .filter(|w| NEGATIONS.contains(&w.as_str()) || w.ends_with("n't") || w.starts_with("n'"))
        .map(|w| {
            if w.ends_with("n't") {
                "not".to_owned()
            } else {
                w
            }
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

fn jaccard(a: &HashSet<String>, b: &HashSet<String>) -> f32 {
    let inter = a.intersection(b).count();
    let union = a.len() + b.len() - inter;
    if union == 0 {
        0.0
    } else {
        inter as f32 / union as f32
    }
}

impl Extractor {
    /// A new extractor; without an LLM client, jobs are kept and wait.
    pub fn new(
        profiles: Profiles,
        llm: Option<LlmClient>,
        settings: ExtractionSettings,
        budget: LlmBudget,
        metrics: Arc<Metrics>,
    ) -> Self {
        Self {
            inner: Arc::new(Inner {
                storage: profiles.storage().clone(),
                profiles,
                llm,
                settings,
                context_tokens: budget.context_tokens,
                max_output_tokens: budget.max_output_tokens,
                llm_timeout: budget.timeout,
                metrics,
                analyzer: Analyzer::new(),
                running: Mutex::new(HashSet::new()),
            }),
        }
    }

    /// True when an LLM is configured (jobs can run).
    pub fn llm_configured(&self) -> bool {
        self.inner.llm.is_some()
    }

    /// Jobs in the queue (pending, retrying or running).
    pub fn queued(&self) -> usize {
        self.inner.storage.conversations().queued_jobs()
    }

    /// `POST …/Conversations/{id}/Extract`: queues a run now. A conversation with no message
    /// newer than the last successful run is re-extracted whole. `None` if the conversation is
    /// not in `store`.
    pub async fn request(
        &self,
        store: &str,
        conversation_id: &str,
    ) -> Result<Option<ExtractionState>, StorageError> {
        let state = {
            let log = self.inner.storage.conversations();
            let mut txn = log.begin(conversation_id);
            let Some(mut rec) = txn.conversation()?.filter(|r| r.store_id == store) else {
                return Ok(None);
            };
            let mut job: JobData = txn.job()?.unwrap_or_default();
            job.force = true;
            txn.put_job(&job)?;
            queue::request(&mut txn, &mut rec, crate::domain::time::now());
            txn.put_conversation(&rec)?;
            txn.commit()?;
            rec.extraction
        };
        self.inner.storage.durable().await?;
        tracing::info!(conversation_id, store_id = store, "extraction requested");
        Ok(Some(state))
    }

    /// At start: jobs left `running` by a previous process (killed mid-job; this process
    /// holds the data directory alone) are due now instead of when their lease ends. Once per
    /// data directory, conversations marked `pending` by a version without the job queue are
    /// queued.
    pub fn recover(&self) -> Result<usize, StorageError> {
        let log = self.inner.storage.conversations();
        let now = crate::domain::time::now();
        let mut n = 0;
        const QUEUE_MARK: &str = "extraction_queue";
        if self.inner.storage.meta_get(QUEUE_MARK)?.as_deref() != Some("1") {
            for conversation in log.conversation_ids()? {
                let mut txn = log.begin(&conversation);
                let Some(mut rec) = txn.conversation()? else {
                    continue;
                };
                if rec.extraction.state == PENDING && rec.extraction.next_attempt_at.is_none() {
                    queue::reschedule(&mut txn, &mut rec, now);
                    txn.put_conversation(&rec)?;
                    txn.commit()?;
                    n += 1;
                }
            }
            self.inner.storage.meta_put(QUEUE_MARK, "1")?;
        }
        for (_, conversation) in log.due_jobs(i64::MAX, usize::MAX)? {
            let mut txn = log.begin(&conversation);
            let Some(mut rec) = txn.conversation()? else {
                continue;
            };
            if rec.extraction.state == RUNNING {
                // The interrupted run counts as an attempt, so a job that brings the process
                // down every time ends `failed` instead of looping.
                let x = &mut rec.extraction;
                x.attempts += 1;
                x.last_error = Some("interrupted: the process stopped during the job".into());
                if x.attempts >= self.inner.settings.max_attempts {
                    x.state = FAILED.into();
                    queue::dequeue(&mut txn, &mut rec);
                } else {
                    x.state = PENDING.into();
                    queue::reschedule(&mut txn, &mut rec, now);
                }
                txn.put_conversation(&rec)?;
                txn.commit()?;
                n += 1;
            }
        }
        if n > 0 {
            tracing::warn!(
                jobs = n,
                "extraction jobs interrupted by a stop were queued again"
            );
        }
        Ok(n)
    }

    /// Runs every worker until `stop` turns true.
    pub async fn run(self, stop: tokio::sync::watch::Receiver<bool>) {
        if self.inner.llm.is_none() {
            return;
        }
        let workers = self.inner.settings.workers;
        let mut tasks = Vec::with_capacity(workers);
        for _ in 0..workers {
            let me = self.clone();
            let mut stop = stop.clone();
            tasks.push(tokio::spawn(async move {
                let idle = Duration::from_millis(me.inner.settings.poll_interval_ms);
                loop {
                    if *stop.borrow() {
                        break;
                    }
                    let pause = match me.try_execute_task(crate::domain::time::now()).await {
                        Ok(Some(_)) => Duration::ZERO,
                        Ok(None) => idle,
                        Err(e) => {
                            tracing::error!(error = %e, "extraction worker error");
                            idle
                        }
                    };
                    if !pause.is_zero() {
                        tokio::select! {
                            _ = tokio::time::sleep(pause) => {}
                            _ = stop.changed() => {}
                        }
                    }
                }
            }));
        }
        for t in tasks {
            let _ = t.await;
        }
    }

    /// Runs one due job, if any, to its outcome (done, retry scheduled, failed). `None` when
    /// nothing is due or no LLM is configured.
    pub async fn try_execute_task(
        &self,
        now: DateTime<Utc>,
    ) -> Result<Option<JobReport>, ExtractionError> {
        let Some(llm) = self.inner.llm.clone() else {
            return Ok(None);
        };
        let due = self
            .inner
            .storage
            .conversations()
            .due_jobs(now.timestamp_millis(), 64)?;
        for (due_ms, conversation) in due {
            if !self.inner.running.lock().insert(conversation.clone()) {
                continue;
            }
            let _guard = RunningGuard {
                set: &self.inner.running,
                conversation: conversation.clone(),
            };
            let Some((rec, generation)) = self.claim(&conversation, due_ms, now)? else {
                continue;
            };
            // Its own task, so a panic on some input fails this attempt instead of leaving
            // the job `running` and the worker gone.
            let me = self.clone();
            let llm = llm.clone();
            let handle = tokio::spawn(async move { me.execute(&llm, rec, generation).await });
            return match handle.await {
                Ok(report) => report.map(Some),
                Err(_) => {
                    let reason = "internal error during extraction";
                    tracing::error!(conversation_id = %conversation, "extraction job panicked");
                    let outcome =
                        self.finish_failed(&conversation, generation, reason, Failure::Other)?;
                    self.inner.storage.durable().await?;
                    self.inner
                        .metrics
                        .extraction_jobs
                        .with_label_values(&[outcome])
                        .inc();
                    Ok(Some(JobReport {
                        conversation_id: conversation.clone(),
                        outcome,
                        error: Some(reason.into()),
                        ..Default::default()
                    }))
                }
            };
        }
        Ok(None)
    }

    /// Marks the job running with a lease (the queue entry moves to when the lease ends, so a
    /// crashed run is picked up again). `None` when the entry is stale.
    fn claim(
        &self,
        conversation: &str,
        due_ms: i64,
        now: DateTime<Utc>,
    ) -> Result<Option<(ConversationRecord, u64)>, StorageError> {
        let log = self.inner.storage.conversations();
        let mut txn = log.begin(conversation);
        let Some(mut rec) = txn.conversation()? else {
            txn.schedule_job(Some(due_ms), None);
            txn.commit()?;
            return Ok(None);
        };
        if rec.extraction.next_attempt_at.map(|t| t.timestamp_millis()) != Some(due_ms) {
            // An index entry the record no longer points at.
            txn.schedule_job(Some(due_ms), None);
            txn.commit()?;
            return Ok(None);
        }
        let lease = self.inner.llm_timeout * 6 + Duration::from_secs(60);
        let generation = rec.extraction.generation.unwrap_or(0);
        rec.extraction.state = RUNNING.into();
        rec.extraction.last_run_at = Some(now);
        queue::reschedule(
            &mut txn,
            &mut rec,
            now + chrono::Duration::from_std(lease).unwrap_or(chrono::Duration::hours(1)),
        );
        txn.put_conversation(&rec)?;
        txn.commit()?;
        Ok(Some((rec, generation)))
    }

    async fn execute(
        &self,
        llm: &LlmClient,
        rec: ConversationRecord,
        generation: u64,
    ) -> Result<JobReport, ExtractionError> {
        let started = Instant::now();
        let mut report = JobReport {
            conversation_id: rec.id.clone(),
            ..Default::default()
        };
        let result = self.run_job(llm, &rec, &mut report).await;
        let m = &self.inner.metrics;
        match result {
            Ok(()) => {
                self.finish_done(&rec.id, generation, &mut report)?;
            }
            Err(e) => {
                let reason = e.public_reason();
                let failure = match &e {
                    ExtractionError::Llm(l @ LlmError::RateLimited { .. }) => {
                        Failure::RateLimited(l.retry_after())
                    }
                    _ => Failure::Other,
                };
                report.outcome = self.finish_failed(&rec.id, generation, &reason, failure)?;
                tracing::warn!(
                    conversation_id = %rec.id,
                    outcome = report.outcome,
                    reason = %reason,
                    "extraction attempt failed"
                );
                report.error = Some(reason);
            }
        }
        self.inner.storage.durable().await?;
        report.local_time = started.elapsed().saturating_sub(report.llm_time);
        m.extraction_jobs.with_label_values(&[report.outcome]).inc();
        m.extraction_local_seconds
            .observe(report.local_time.as_secs_f64());
        tracing::info!(
            conversation_id = %rec.id,
            outcome = report.outcome,
            messages = report.messages,
            llm_calls = report.llm_calls,
            prompt_tokens = report.prompt_tokens,
            completion_tokens = report.completion_tokens,
            candidates = report.candidates,
            rejected = report.rejected,
            screened = report.screened,
            added = report.added,
            attached = report.attached,
            revised = report.revised,
            local_ms = report.local_time.as_millis() as u64,
            "extraction job finished"
        );
        Ok(report)
    }

    fn finish_done(
        &self,
        conversation: &str,
        generation: u64,
        report: &mut JobReport,
    ) -> Result<(), StorageError> {
        let log = self.inner.storage.conversations();
        let mut txn = log.begin(conversation);
        let Some(mut rec) = txn.conversation()? else {
            report.outcome = "skipped";
            return Ok(());
        };
        let x = &mut rec.extraction;
        x.last_error = None;
        if x.generation.unwrap_or(0) == generation {
            x.state = DONE.into();
            x.attempts = 0;
            queue::dequeue(&mut txn, &mut rec);
        } else {
            // Requested again while running: run again (its entry is already due).
            x.state = PENDING.into();
            x.attempts = 0;
        }
        txn.put_conversation(&rec)?;
        txn.commit()?;
        if report.outcome.is_empty() {
            report.outcome = "done";
        }
        Ok(())
    }

    fn finish_failed(
        &self,
        conversation: &str,
        generation: u64,
        reason: &str,
        failure: Failure,
    ) -> Result<&'static str, StorageError> {
        let s = &self.inner.settings;
        let log = self.inner.storage.conversations();
        let mut txn = log.begin(conversation);
        let Some(mut rec) = txn.conversation()? else {
            return Ok("skipped");
        };
        rec.extraction.last_error = Some(reason.to_owned());
        let now = crate::domain::time::now();
        if rec.extraction.generation.unwrap_or(0) != generation {
            // Requested again while this attempt ran: a fresh job, due now.
            rec.extraction.attempts = 0;
            rec.extraction.state = PENDING.into();
            queue::reschedule(&mut txn, &mut rec, now);
            txn.put_conversation(&rec)?;
            txn.commit()?;
            return Ok("retry");
        }
        // A rate limit is the server pacing us, not a failure of the job.
        if !matches!(failure, Failure::RateLimited(_)) {
            rec.extraction.attempts += 1;
        }
        let retry_after = match failure {
            Failure::RateLimited(d) => d,
            Failure::Other => None,
        }
        .map(|d| d.min(Duration::from_secs(MAX_RETRY_AFTER_SECS)));
        let outcome = if rec.extraction.attempts >= s.max_attempts {
            rec.extraction.state = FAILED.into();
            queue::dequeue(&mut txn, &mut rec);
            "failed"
        } else {
            rec.extraction.state = PENDING.into();
            let delay = queue::backoff(
                rec.extraction.attempts.max(1),
                s.backoff_base_secs,
                s.backoff_max_secs,
                retry_after,
            );
            let due = now
                .checked_add_signed(delay)
                .unwrap_or(now + chrono::Duration::days(1));
            queue::reschedule(&mut txn, &mut rec, due);
            "retry"
        };
        txn.put_conversation(&rec)?;
        txn.commit()?;
        Ok(outcome)
    }

    async fn run_job(
        &self,
        llm: &LlmClient,
        rec: &ConversationRecord,
        report: &mut JobReport,
    ) -> Result<(), ExtractionError> {
        let log = self.inner.storage.conversations();
        let read_job = || -> Result<JobData, StorageError> {
            let txn = log.begin(&rec.id);
            Ok(txn.job()?.unwrap_or_default())
        };
        let mut job = read_job()?;
        if let Some(plan) = &job.plan {
            // A previous run stored this plan and may have applied part of it: finish it
            // (idempotently), then go on with whatever arrived since.
            report.replayed_plan = true;
            self.apply(&rec.store_id, plan, report).await?;
            if !self.plan_applied(&rec.id)? {
                return Ok(());
            }
            job = read_job()?;
        }
        let participants = log.participants(&rec.id)?;
        let profiles = self.customer_profiles(&rec.store_id, &participants)?;
        let communications = log.all_communications(&rec.id)?;
        let done: HashSet<&str> = job.extracted.iter().map(String::as_str).collect();
        let mut fresh: Vec<&Communication> = communications
            .iter()
            .filter(|c| !done.contains(c.id.as_str()))
            .collect();
        if fresh.is_empty() && job.force {
            fresh = communications.iter().collect();
        }
        report.messages = fresh.len();
        let covered: Vec<String> = fresh.iter().map(|c| c.id.clone()).collect();
        let lines = self.lines(&fresh, &participants);
        if lines.is_empty() || profiles.is_empty() {
            // Nothing to read, or nobody to remember it for: the messages count as extracted.
            if report.outcome.is_empty() && !report.replayed_plan {
                report.outcome = "skipped";
            }
            let plan = Plan {
                communication_ids: covered,
                writes: Vec::new(),
            };
            if self.store_plan(&rec.id, plan).await? {
                self.plan_applied(&rec.id)?;
            }
            return Ok(());
        }
        // Each customer's current summary of this conversation (replaced, not duplicated).
        let previous: Vec<Option<(String, String)>> = profiles
            .iter()
            .map(|p| self.previous_summary(&rec.store_id, p, &rec.id))
            .collect::<Result<_, _>>()?;
        let earlier = previous[0].clone();
        let (candidates, summary) = self
            .extract(
                llm,
                rec,
                &lines,
                earlier.as_ref().map(|(_, c)| c.as_str()),
                report,
            )
            .await?;
        let (candidates, summary) = self.screen(candidates, summary, report);
        report.candidates = candidates.len();
        let occurred: HashMap<&str, DateTime<Utc>> = fresh
            .iter()
            .map(|c| (c.id.as_str(), c.occurred_at))
            .collect();
        let last_at = fresh
            .iter()
            .map(|c| c.occurred_at)
            .max()
            .unwrap_or_else(crate::domain::time::now);
        let provenance = Provenance {
            model: llm.model().to_owned(),
            prompt_version: prompt::PROMPT_VERSION.to_owned(),
        };
        let targets = self.targets(&rec.store_id, &candidates, &fresh, &participants, &profiles)?;
        let mut writes = self
            .reconcile(llm, rec, &profiles, &candidates, &targets, report)
            .await?;
        // `writes` has one entry per profile, in `profiles` order.
        for ((_, list), previous) in writes.iter_mut().zip(&previous) {
            for w in list.iter_mut() {
                if let ExtractedWrite::Add {
                    occurred_at,
                    communication_ids,
                    provenance: p,
                    ..
                }
                | ExtractedWrite::Revise {
                    occurred_at,
                    communication_ids,
                    provenance: p,
                    ..
                } = w
                {
                    *occurred_at = communication_ids
                        .iter()
                        .filter_map(|id| occurred.get(id.as_str()))
                        .max()
                        .copied()
                        .unwrap_or(last_at);
                    *p = provenance.clone();
                }
            }
            if !summary.is_empty() {
                let id = match previous {
                    Some((id, _)) => id.clone(),
                    None => ids::new_id("mem_summary"),
                };
                list.push(ExtractedWrite::Summary {
                    id,
                    conversation_id: rec.id.clone(),
                    content: summary.clone(),
                    occurred_at: last_at,
                });
            }
        }
        let plan = Plan {
            communication_ids: covered,
            writes,
        };
        if !self.store_plan(&rec.id, plan.clone()).await? {
            // Erased while the LLM was answering: nothing of it may be written anywhere.
            report.outcome = "skipped";
            return Ok(());
        }
        self.apply(&rec.store_id, &plan, report).await?;
        self.plan_applied(&rec.id)?;
        Ok(())
    }

    /// Stores the plan durably with the job. The plan embodies any pending full re-run
    /// request (`force`), so that is cleared with it. `false` when the conversation is gone.
    async fn store_plan(&self, conversation: &str, plan: Plan) -> Result<bool, ExtractionError> {
        {
            let log = self.inner.storage.conversations();
            let mut txn = log.begin(conversation);
            if txn.conversation()?.is_none() {
                return Ok(false);
            }
            let mut job: JobData = txn.job()?.unwrap_or_default();
            job.plan = Some(plan);
            job.force = false;
            txn.put_job(&job)?;
            txn.commit()?;
        }
        self.inner.storage.durable().await?;
        Ok(true)
    }

    /// After a plan is applied: its messages count as extracted and the plan is dropped, in
    /// one write. `false` when the conversation is gone.
    fn plan_applied(&self, conversation: &str) -> Result<bool, StorageError> {
        let log = self.inner.storage.conversations();
        let mut txn = log.begin(conversation);
        if txn.conversation()?.is_none() {
            return Ok(false);
        }
        let mut job: JobData = txn.job()?.unwrap_or_default();
        if let Some(plan) = job.plan.take() {
            let mut seen: HashSet<String> = job.extracted.iter().cloned().collect();
            for id in plan.communication_ids {
                if seen.insert(id.clone()) {
                    job.extracted.push(id);
                }
            }
            txn.put_job(&job)?;
            txn.commit()?;
        }
        Ok(true)
    }

    async fn apply(
        &self,
        store: &str,
        plan: &Plan,
        report: &mut JobReport,
    ) -> Result<(), ExtractionError> {
        for (profile, writes) in &plan.writes {
            match self
                .inner
                .profiles
                .apply_extracted(store, profile, writes)
                .await
            {
                Ok(a) => {
                    report.added += a.added;
                    report.attached += a.attached;
                    report.revised += a.revised;
                    report.summaries += a.summaries;
                }
                // Erased while the job ran: nothing to write to.
                Err(ProfileError::NotFound(..)) => {}
                Err(e) => return Err(e.into()),
            }
        }
        Ok(())
    }

    /// For each candidate, the customer profiles it is about: the authors of the customer
    /// messages it cites (so in a conversation with two customers each keeps their own facts),
    /// or every customer when it cites none of theirs.
    fn targets(
        &self,
        store: &str,
        candidates: &[Candidate],
        comms: &[&Communication],
        participants: &[Participant],
        profiles: &[String],
    ) -> Result<Vec<Vec<String>>, ExtractionError> {
        let mut author: HashMap<&str, String> = HashMap::new();
        for c in comms {
            if let Some(profile) = self
                .customer_author(c, participants)
                .and_then(|p| p.profile_id.as_deref())
            {
                author.insert(
                    c.id.as_str(),
                    self.inner.profiles.canonical(store, profile)?,
                );
            }
        }
        Ok(candidates
            .iter()
            .map(|c| {
                let mut t: Vec<String> = Vec::new();
                for id in &c.communication_ids {
                    if let Some(p) = author.get(id.as_str()) {
                        if profiles.contains(p) && !t.contains(p) {
                            t.push(p.clone());
                        }
                    }
                }
                if t.is_empty() {
                    profiles.to_vec()
                } else {
                    t
                }
            })
            .collect())
    }

    /// Canonical profile ids of the conversation's customers.
    fn customer_profiles(
        &self,
        store: &str,
        participants: &[Participant],
    ) -> Result<Vec<String>, ExtractionError> {
        let mut out: Vec<String> = Vec::new();
        for p in participants {
            if let Some(id) = &p.profile_id {
                let canonical = self.inner.profiles.canonical(store, id)?;
                if self
                    .inner
                    .storage
                    .profiles()
                    .get(store, &canonical)?
                    .is_some()
                    && !out.contains(&canonical)
                {
                    out.push(canonical);
                }
            }
        }
        Ok(out)
    }

    /// Transcript lines: customers are the participants that resolved to a profile.
    fn lines(&self, comms: &[&Communication], participants: &[Participant]) -> Vec<Line> {
        comms
            .iter()
            .filter_map(|c| {
                let text = c.content.text.as_deref().map(str::trim).unwrap_or("");
                if text.is_empty() {
                    return None;
                }
                Some(Line {
                    communication_id: c.id.clone(),
                    role: if self.customer_author(c, participants).is_some() {
                        Role::Customer
                    } else {
                        Role::Agent
                    },
                    channel: c.author.channel.clone(),
                    at: c.occurred_at,
                    text: text.to_owned(),
                })
            })
            .collect()
    }

    /// The customer (a participant resolved to a profile) who wrote `c`: by participant id,
    /// else by address (classic webhooks may carry only the address).
    fn customer_author<'p>(
        &self,
        c: &Communication,
        participants: &'p [Participant],
    ) -> Option<&'p Participant> {
        let customers = || participants.iter().filter(|p| p.profile_id.is_some());
        let by_id = c
            .author
            .participant_id
            .as_deref()
            .and_then(|id| customers().find(|p| p.id == id));
        by_id.or_else(|| {
            let a = c.author.address.as_deref()?;
            customers().find(|p| {
                p.addresses.iter().any(|x| {
                    x.address
                        .as_deref()
                        .is_some_and(|x| self.inner.profiles.same_address(x, a))
                })
            })
        })
    }

    /// The extraction summary of `conversation` on a profile: (id, content).
    fn previous_summary(
        &self,
        store: &str,
        profile: &str,
        conversation: &str,
    ) -> Result<Option<(String, String)>, StorageError> {
        Ok(self
            .inner
            .storage
            .profiles()
            .summaries(store, profile)?
            .into_iter()
            .find(|s| {
                s.conversation_id == conversation && s.source.as_deref() == Some(EXTRACTION_SOURCE)
            })
            .map(|s| (s.id, s.content)))
    }

    /// One LLM call; an unusable answer (malformed, cut off, or failing `parse`) is asked
    /// again once, at once, with a note on what was wrong (an identical request would get the
    /// identical answer from a deterministic server). Other errors end the attempt (the job
    /// retries later with backoff).
    async fn call<T>(
        &self,
        llm: &LlmClient,
        purpose: &'static str,
        req: JsonRequest<'_>,
        report: &mut JobReport,
        parse: impl Fn(&serde_json::Value) -> Result<T, String>,
    ) -> Result<T, ExtractionError> {
        let m = &self.inner.metrics;
        let mut last = String::new();
        let mut user = req.user.to_owned();
        for _ in 0..2 {
            let started = Instant::now();
            let result = llm
                .complete_json(JsonRequest {
                    system: req.system,
                    user: &user,
                    schema_name: req.schema_name,
                    schema: req.schema,
                })
                .await;
            report.llm_time += started.elapsed();
            let (usage, calls) = match &result {
                Ok(reply) => (reply.usage, reply.http_calls),
                Err(LlmError::Malformed {
                    usage, http_calls, ..
                }) => (*usage, *http_calls),
                Err(_) => (Default::default(), 1),
            };
            report.llm_calls += calls;
            report.prompt_tokens += usage.prompt_tokens;
            report.completion_tokens += usage.completion_tokens;
            m.llm_tokens
                .with_label_values(&["prompt"])
                .inc_by(usage.prompt_tokens);
            m.llm_tokens
                .with_label_values(&["completion"])
                .inc_by(usage.completion_tokens);
            let truncated = match result {
                Ok(reply) => match parse(&reply.value) {
                    Ok(v) => {
                        m.llm_requests.with_label_values(&[purpose, "ok"]).inc();
                        return Ok(v);
                    }
                    Err(reason) => {
                        m.llm_requests
                            .with_label_values(&[purpose, "invalid"])
                            .inc();
                        last = reason;
                        false
                    }
                },
                Err(LlmError::Malformed { reason, .. }) => {
                    m.llm_requests
                        .with_label_values(&[purpose, "malformed"])
                        .inc();
                    let truncated = reason.contains("truncated");
                    last = reason;
                    truncated
                }
                Err(e) => {
                    m.llm_requests.with_label_values(&[purpose, e.kind()]).inc();
                    return Err(e.into());
                }
            };
            tracing::warn!(purpose, reason = %last, "unusable LLM answer; asking again");
            user = format!(
                "{}\nNOTE: {}\n",
                req.user,
                if truncated {
                    prompt::RETRY_SHORTER
                } else {
                    prompt::RETRY_INVALID
                }
            );
        }
        Err(ExtractionError::Answer(last))
    }

    /// Transcript → candidates and summary, part by part (each later part is given the
    /// summary so far). An answer whose shape is wrong is retried once.
    async fn extract(
        &self,
        llm: &LlmClient,
        rec: &ConversationRecord,
        lines: &[Line],
        earlier: Option<&str>,
        report: &mut JobReport,
    ) -> Result<(Vec<Candidate>, String), ExtractionError> {
        let recall = self.inner.profiles.recall();
        let count = |s: &str| recall.count_tokens(s);
        let system_tokens = count(prompt::EXTRACTION_SYSTEM);
        let schema = prompt::extraction_schema(prompt::observations_for_budget(
            self.inner.max_output_tokens,
        ));
        let schema_tokens = count(&schema.to_string());
        let budget = self
            .inner
            .context_tokens
            .saturating_sub(self.inner.max_output_tokens + system_tokens + schema_tokens + 64)
            .max(256);
        let started = lines.first().map_or(rec.created_at, |l| l.at);
        let parts = prompt::split_transcript(lines, started, earlier, budget, &count);
        let mut candidates: Vec<Candidate> = Vec::new();
        let mut summary = earlier.unwrap_or_default().to_owned();
        for (i, part) in parts.iter().enumerate() {
            let user = if i == 0 {
                part.user.clone()
            } else {
                // The summary so far must fit beside this part: cut it if a model wrote long.
                let mut so_far = summary.clone();
                let mut user = prompt::with_rolling_summary(part, started, &so_far);
                for _ in 0..6 {
                    let (cost, text) = (count(&user), count(&part.user));
                    if cost <= budget {
                        break;
                    }
                    let room = budget.saturating_sub(text + 32);
                    let keep = so_far.chars().count() * room / (cost - text).max(1);
                    so_far = so_far.chars().take(keep.saturating_sub(8)).collect();
                    user = prompt::with_rolling_summary(part, started, &so_far);
                }
                user
            };
            let extracted = self
                .call(
                    llm,
                    "extract",
                    JsonRequest {
                        system: prompt::EXTRACTION_SYSTEM,
                        user: &user,
                        schema_name: "memory_extraction",
                        schema: &schema,
                    },
                    report,
                    |v| prompt::parse_extraction(v, &part.aliases, &part.customer_messages),
                )
                .await?;
            report.rejected += extracted.rejected;
            self.inner
                .metrics
                .extraction_rejected_candidates
                .inc_by(extracted.rejected as u64);
            candidates.extend(extracted.observations);
            if !extracted.summary.is_empty() {
                summary = extracted.summary;
            }
        }
        Ok((candidates, summary))
    }

    /// The special-category screen over candidates and the summary; then merges candidates
    /// that say the same thing.
    fn screen(
        &self,
        candidates: Vec<Candidate>,
        summary: String,
        report: &mut JobReport,
    ) -> (Vec<Candidate>, String) {
        let screen = Screen::shared();
        let redact = self.inner.settings.screen_mode == "redact";
        let m = &self.inner.metrics;
        let mut kept: Vec<Candidate> = Vec::with_capacity(candidates.len());
        let mut kept_keys: Vec<String> = Vec::with_capacity(candidates.len());
        for mut c in candidates {
            let findings = screen.findings(&c.content);
            if !findings.is_empty() {
                report.screened += 1;
                let (mut rest, mut categories) = if redact {
                    screen.redact_sentences(&c.content)
                } else {
                    (String::new(), Vec::new())
                };
                // Sentence redaction keeps only text that passes the screen on its own.
                if categories.is_empty() || screen.check(&rest).is_some() {
                    rest.clear();
                    categories = findings.iter().map(|f| f.category).collect();
                }
                let action = if rest.is_empty() {
                    "dropped"
                } else {
                    "redacted"
                };
                let mut counted = Vec::new();
                for cat in categories {
                    if !counted.contains(&cat) {
                        counted.push(cat);
                        m.screen_findings
                            .with_label_values(&[cat.as_str(), action])
                            .inc();
                    }
                }
                if rest.is_empty() {
                    continue;
                }
                c.content = rest;
            }
            let key = normalized(&c.content);
            if let Some(i) = kept_keys.iter().position(|k| *k == key) {
                let same = &mut kept[i];
                for id in c.communication_ids {
                    if !same.communication_ids.contains(&id) {
                        same.communication_ids.push(id);
                    }
                }
                continue;
            }
            kept_keys.push(key);
            kept.push(c);
        }
        let (mut summary, categories) = screen.redact_sentences(&summary);
        for cat in categories {
            m.screen_findings
                .with_label_values(&[cat.as_str(), "redacted"])
                .inc();
        }
        // A finding that spans sentences survives per-sentence redaction: no summary then.
        if let Some(cat) = screen.check(&summary) {
            m.screen_findings
                .with_label_values(&[cat.as_str(), "dropped"])
                .inc();
            summary.clear();
        }
        (kept, summary)
    }

    /// Compares each candidate with each profile's most similar observation and decides:
    /// attach to a duplicate, revise, or add. Ambiguous pairs go to one batched LLM call.
    async fn reconcile(
        &self,
        llm: &LlmClient,
        rec: &ConversationRecord,
        profiles: &[String],
        candidates: &[Candidate],
        targets: &[Vec<String>],
        report: &mut JobReport,
    ) -> Result<Vec<(String, Vec<ExtractedWrite>)>, ExtractionError> {
        let (store, conversation) = (rec.store_id.as_str(), rec.id.as_str());
        let s = &self.inner.settings;
        let m = &self.inner.metrics;
        let recall = self.inner.profiles.recall();
        let texts: Vec<String> = candidates.iter().map(|c| c.content.clone()).collect();
        let cand_vecs: Vec<Option<Vec<f32>>> = match recall.vectors(&texts).await {
            Some(vs) => vs
                .iter()
                .map(|v| Some(dequantize(v.scale, &v.values)))
                .collect(),
            None => vec![None; candidates.len()],
        };
        let cand_keys: Vec<String> = texts.iter().map(|t| normalized(t)).collect();
        let cand_negations: Vec<Vec<String>> = texts.iter().map(|t| negation_words(t)).collect();
        let cand_terms: Vec<HashSet<String>> = texts
            .iter()
            .map(|t| self.inner.analyzer.document_terms(t).into_iter().collect())
            .collect();
        let model = recall.embedder().id().to_owned();
        // Per profile: a decision per candidate; ambiguous ones collected for the LLM.
        enum D {
            /// The candidate is about another customer of the conversation.
            Skip,
            Add,
            Attach(String),
            Ask(String, u32, usize),
        }
        let mut decisions: Vec<(String, Vec<D>)> = Vec::new();
        let mut pairs: Vec<Pair> = Vec::new();
        // One call must fit the context window, and its answer max_output_tokens (an update
        // decision costs up to ~100 tokens).
        let count = |t: &str| recall.count_tokens(t);
        let max_pairs = MAX_JUDGED_PAIRS
            .min(self.inner.max_output_tokens / 100)
            .max(1);
        let pair_budget = self
            .inner
            .context_tokens
            .saturating_sub(self.inner.max_output_tokens + count(prompt::RECONCILE_SYSTEM) + 400);
        let mut pair_tokens = 0usize;
        for profile in profiles {
            let existing = self.inner.storage.profiles().observations(store, profile)?;
            let vectors = self.inner.storage.profiles().vectors(store, profile)?;
            let ex: Vec<Existing> = existing
                .into_iter()
                .map(|o| {
                    let v = vectors
                        .get(&o.id)
                        .filter(|v| v.model == model)
                        .map(|v| dequantize(v.scale, &v.values));
                    let terms = self
                        .inner
                        .analyzer
                        .document_terms(&o.content)
                        .into_iter()
                        .collect();
                    Existing {
                        revision: o.revision,
                        key: normalized(&o.content),
                        negations: negation_words(&o.content),
                        id: o.id,
                        content: o.content,
                        vector: v,
                        terms,
                    }
                })
                .collect();
            let mut ds = Vec::with_capacity(candidates.len());
            for (i, c) in candidates.iter().enumerate() {
                if !targets[i].contains(profile) {
                    ds.push(D::Skip);
                    continue;
                }
                let (key, negations) = (&cand_keys[i], &cand_negations[i]);
                // (index, score, auto-duplicate allowed)
                let mut best: Option<(usize, f32, bool)> = None;
                for (j, e) in ex.iter().enumerate() {
                    let lexical = jaccard(&cand_terms[i], &e.terms);
                    let (score, sure) = if &e.key == key {
                        (2.0, true)
                    } else {
                        match (&cand_vecs[i], &e.vector) {
                            // Stop-word analysis drops "not"/"never": a duplicate must also
                            // carry the same negations, or the pair goes to the model.
                            (Some(a), Some(b)) => {
                                (dot(a, b), lexical >= 0.5 && &e.negations == negations)
                            }
                            // Without both vectors, word overlap only decides what to ask.
                            _ => (lexical, false),
                        }
                    };
                    if best.is_none_or(|(_, b, _)| score > b) {
                        best = Some((j, score, sure));
                    }
                }
                let d = match best {
                    Some((j, score, _)) if score >= 2.0 => {
                        m.reconciliation
                            .with_label_values(&["duplicate", "exact"])
                            .inc();
                        D::Attach(ex[j].id.clone())
                    }
                    Some((j, score, true)) if score >= s.duplicate_similarity => {
                        m.reconciliation
                            .with_label_values(&["duplicate", "similarity"])
                            .inc();
                        D::Attach(ex[j].id.clone())
                    }
                    Some((j, score, _))
                        if score >= s.related_similarity && pairs.len() < max_pairs =>
                    {
                        let cost = count(&ex[j].content) + count(&c.content) + 24;
                        if pair_tokens + cost <= pair_budget {
                            pair_tokens += cost;
                            pairs.push(Pair {
                                existing: ex[j].content.clone(),
                                new: c.content.clone(),
                            });
                            D::Ask(ex[j].id.clone(), ex[j].revision, pairs.len() - 1)
                        } else {
                            D::Add
                        }
                    }
                    // Unrelated, or beyond what one call can judge: kept as a new fact.
                    _ => D::Add,
                };
                ds.push(d);
            }
            decisions.push((profile.clone(), ds));
        }
        let relations = if pairs.is_empty() {
            Vec::new()
        } else {
            let schema = prompt::reconcile_schema(pairs.len());
            let user = prompt::reconcile_user(&pairs);
            self.call(
                llm,
                "reconcile",
                JsonRequest {
                    system: prompt::RECONCILE_SYSTEM,
                    user: &user,
                    schema_name: "memory_reconciliation",
                    schema: &schema,
                },
                report,
                |v| prompt::parse_reconcile(v, pairs.len()),
            )
            .await?
        };
        let screen = Screen::shared();
        let mut out = Vec::with_capacity(decisions.len());
        for (profile, ds) in decisions {
            let mut writes = Vec::new();
            let mut revised: HashSet<String> = HashSet::new();
            for (c, d) in candidates.iter().zip(ds) {
                let add = |writes: &mut Vec<ExtractedWrite>| {
                    writes.push(ExtractedWrite::Add {
                        id: ids::new_id("mem_observation"),
                        content: c.content.clone(),
                        occurred_at: crate::domain::time::now(),
                        conversation_id: conversation.to_owned(),
                        communication_ids: c.communication_ids.clone(),
                        provenance: placeholder_provenance(),
                    })
                };
                let attach = |writes: &mut Vec<ExtractedWrite>, id: String| {
                    writes.push(ExtractedWrite::Attach {
                        id,
                        conversation_id: conversation.to_owned(),
                        communication_ids: c.communication_ids.clone(),
                    })
                };
                match d {
                    D::Skip => {}
                    D::Add => {
                        m.reconciliation.with_label_values(&["added", "new"]).inc();
                        add(&mut writes)
                    }
                    D::Attach(id) => attach(&mut writes, id),
                    D::Ask(id, base_revision, k) => match relations.get(k).cloned().flatten() {
                        Some(Relation::Same) => {
                            m.reconciliation
                                .with_label_values(&["duplicate", "llm"])
                                .inc();
                            attach(&mut writes, id)
                        }
                        Some(Relation::Update(content)) if !revised.contains(&id) => {
                            if screen.check(&content).is_some() {
                                // The merged text brought special-category data back: keep
                                // the existing fact and record the new one separately.
                                m.reconciliation
                                    .with_label_values(&["added", "screened_update"])
                                    .inc();
                                add(&mut writes);
                                continue;
                            }
                            m.reconciliation
                                .with_label_values(&["revised", "llm"])
                                .inc();
                            revised.insert(id.clone());
                            writes.push(ExtractedWrite::Revise {
                                id,
                                base_revision,
                                content,
                                occurred_at: crate::domain::time::now(),
                                conversation_id: conversation.to_owned(),
                                communication_ids: c.communication_ids.clone(),
                                provenance: placeholder_provenance(),
                            })
                        }
                        _ => {
                            m.reconciliation.with_label_values(&["added", "llm"]).inc();
                            add(&mut writes)
                        }
                    },
                }
            }
            out.push((profile, writes));
        }
        Ok(out)
    }
}

/// An existing observation as reconciliation compares it.
struct Existing {
    id: String,
    revision: u32,
    content: String,
    /// `normalized(content)`
    key: String,
    negations: Vec<String>,
    vector: Option<Vec<f32>>,
    terms: HashSet<String>,
}

/// Filled in by the caller once the plan is complete.
fn placeholder_provenance() -> Provenance {
    Provenance {
        model: String::new(),
        prompt_version: String::new(),
    }
}
