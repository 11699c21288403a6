//! Ingest: durable recording of webhook events, deduplication, threading and lifecycle.
//!
//! A delivery is applied to its conversation in one atomic batch under the conversation's
//! lock, then the caller waits for the shared group flush before acknowledging.

pub mod event;
pub mod lifecycle;
pub mod routing;

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};

use crate::domain::ParticipantState;
use crate::domain::{
    Communication, Configuration, ConversationRecord, ConversationStatus, ExtractionState,
    LifecycleEvent, Participant, Timer, TransitionReason,
};
use crate::metrics::Metrics;
use crate::profiles::{ProfileError, Profiles};
use crate::storage::profiles::StoredVector;
use crate::storage::{ConversationTxn, Storage, StorageError};
use event::{ConversationEvent, IngestEvent, ParsedEvent};
pub use routing::Configurations;

/// What recording a delivery did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Something new was recorded.
    Recorded,
    /// Already recorded (same token, same resource, same state): nothing changed.
    Duplicate,
    /// Older than what is recorded (or a status change after CLOSED): nothing changed.
    Stale,
    /// An event type the sidecar does not handle.
    Ignored,
}

impl Outcome {
    /// Label for metrics.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Recorded => "recorded",
            Self::Duplicate => "duplicate",
            Self::Stale => "stale",
            Self::Ignored => "ignored",
        }
    }
}

/// Why a delivery could not be recorded (500/503 to Twilio, which will retry).
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("no default conversation configuration exists")]
    NoConfiguration,
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("resolving a participant to a profile failed: {0}")]
    Resolution(String),
}

impl From<ProfileError> for IngestError {
    fn from(e: ProfileError) -> Self {
        match e {
            ProfileError::Storage(s) => Self::Storage(s),
            other => Self::Resolution(other.to_string()),
        }
    }
}

/// Timer defaults for configurations that do not set their own.
#[derive(Debug, Clone, Copy)]
pub struct TimerDefaults {
    pub inactive_minutes: u32,
    pub closed_minutes: u32,
}

/// A message for the writer thread: apply it, make it durable, answer.
struct WriteJob {
    event: ParsedEvent,
    token: Option<String>,
    vector: Option<StoredVector>,
    reply: tokio::sync::oneshot::Sender<Result<Outcome, IngestError>>,
}

/// Records webhook deliveries.
#[derive(Clone)]
pub struct Ingestor {
    storage: Storage,
    configurations: Configurations,
    profiles: Profiles,
    timers: TimerDefaults,
    metrics: Arc<Metrics>,
    /// Messages go to one writer thread (see [`Ingestor::new`]); `None` inside that thread.
    writer: Option<std::sync::mpsc::Sender<WriteJob>>,
}

impl Ingestor {
    /// A new ingestor.
    pub fn new(
        storage: Storage,
        configurations: Configurations,
        profiles: Profiles,
        timers: TimerDefaults,
        metrics: Arc<Metrics>,
    ) -> Self {
        let core = Self {
            storage,
            configurations,
            profiles,
            timers,
            metrics,
            writer: None,
        };
        // sled 0.34's flush holds the read side of a global lock while it waits for the disk and
        // `apply_batch` needs the write side, so writes made on the HTTP workers stall them for
        // every flush, and each flush then covers one or two requests. One writer thread instead
        // applies everything queued, makes it durable with one flush, and answers all of it.
        // It holds a sender-less copy, so it ends (releasing storage) when the last Ingestor goes.
        let (tx, rx) = std::sync::mpsc::channel::<WriteJob>();
        let worker = core.clone();
        let spawned = std::thread::Builder::new()
            .name("ingest-writer".into())
            .spawn(move || worker.run_writer(rx));
        Self {
            writer: spawned.is_ok().then_some(tx),
            ..core
        }
    }

    fn run_writer(self, rx: std::sync::mpsc::Receiver<WriteJob>) {
        let mut done = Vec::new();
        while let Ok(first) = rx.recv() {
            let mut job = Some(first);
            while let Some(j) = job.take().or_else(|| rx.try_recv().ok()) {
                let r =
                    self.apply_with(&j.event, j.token.as_deref(), Utc::now(), j.vector.as_ref());
                done.push((j.reply, r));
            }
            let flushed = futures::executor::block_on(self.storage.durable());
            for (reply, r) in done.drain(..) {
                let r = match (&flushed, r) {
                    (Err(e), Ok(_)) => {
                        Err(IngestError::Storage(StorageError::Flush(e.to_string())))
                    }
                    (_, r) => r,
                };
                let _ = reply.send(r);
            }
        }
    }

    /// Records one delivery and returns once it (and everything it depends on) is on disk.
    pub async fn record(
        &self,
        event: &ParsedEvent,
        idempotency_token: Option<&str>,
    ) -> Result<Outcome, IngestError> {
        // A message's vector is computed outside the conversation lock and written in the same
        // batch as the message.
        let vector = match &event.event {
            IngestEvent::Communication { communication, .. } => self
                .profiles
                .recall()
                .vectors_now(&[communication.content.text.clone().unwrap_or_default()])
                .and_then(|mut v| v.pop()),
            _ => None,
        };
        let stopped = || IngestError::Storage(StorageError::Flush("ingest writer stopped".into()));
        let outcome = match (&self.writer, &event.event) {
            (Some(writer), IngestEvent::Communication { .. }) => {
                // Applied and made durable by the writer thread.
                let (tx, rx) = tokio::sync::oneshot::channel();
                writer
                    .send(WriteJob {
                        event: event.clone(),
                        token: idempotency_token.map(str::to_owned),
                        vector: vector.clone(),
                        reply: tx,
                    })
                    .map_err(|_| stopped())?;
                rx.await.map_err(|_| stopped())??
            }
            _ => {
                let outcome =
                    self.apply_with(event, idempotency_token, Utc::now(), vector.as_ref())?;
                if let IngestEvent::Participant(p) = &event.event {
                    // Also on duplicates: resolution is idempotent, and a redelivery completes
                    // one that a crash interrupted.
                    if matches!(outcome, Outcome::Recorded | Outcome::Duplicate) {
                        self.resolve_participant(p)?;
                    }
                }
                if outcome != Outcome::Ignored {
                    // Duplicates wait too: the write they matched may still be in flight.
                    self.storage.durable().await?;
                }
                outcome
            }
        };
        if let (Outcome::Recorded, IngestEvent::Communication { communication, .. }) =
            (outcome, &event.event)
        {
            self.profiles
                .recall()
                .communication_written(communication, vector.as_ref())
                .await;
        }
        Ok(outcome)
    }

    /// Applies one delivery in memory (atomically); durability is the caller's next step.
    pub fn apply(
        &self,
        parsed: &ParsedEvent,
        token: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Outcome, IngestError> {
        self.apply_with(parsed, token, now, None)
    }

    fn apply_with(
        &self,
        parsed: &ParsedEvent,
        token: Option<&str>,
        now: DateTime<Utc>,
        vector: Option<&StoredVector>,
    ) -> Result<Outcome, IngestError> {
        let Some(conv_id) = parsed.conversation_id() else {
            return Ok(Outcome::Ignored);
        };
        let mut txn = self.storage.conversations().begin(conv_id);
        if let Some(t) = token {
            if txn.token_seen(t)? {
                return Ok(Outcome::Duplicate);
            }
        }
        let existing = txn.conversation()?;
        let is_new = existing.is_none();
        let mut rec = match existing {
            Some(r) => r,
            None => self.new_record(conv_id, parsed, now)?,
        };
        let before = rec.clone();
        let mut changed = is_new;
        if !is_new {
            changed |= self.reroute(&mut txn, &mut rec, parsed)?;
        }
        let outcome = match &parsed.event {
            IngestEvent::Conversation(c) => self.on_conversation(&mut txn, &mut rec, c, now)?,
            IngestEvent::Participant(p) => on_participant(&mut txn, p)?,
            IngestEvent::Communication {
                communication,
                update,
            } => self.on_communication(&mut txn, &mut rec, communication, *update, now, vector)?,
            IngestEvent::Ignored { .. } => Outcome::Ignored,
        };
        changed |= outcome == Outcome::Recorded || rec != before;
        if !changed {
            return Ok(outcome);
        }
        if is_new {
            txn.index_store(None, &rec.store_id);
        }
        let cfg = self.configuration_of(&rec);
        let indexed = before.timer.filter(|_| !is_new);
        let timer = lazy_timer(indexed, schedule(&rec, &cfg, self.timers));
        txn.replace_timer(indexed, timer)?;
        rec.timer = timer;
        txn.put_conversation(&rec)?;
        if let Some(t) = token {
            txn.remember_token(t, now.timestamp_millis());
        }
        txn.commit()?;
        Ok(
            if outcome == Outcome::Duplicate || outcome == Outcome::Stale {
                // The event itself was a repeat, but it completed the conversation record
                // (e.g. its first mention); report what happened to the event.
                outcome
            } else {
                Outcome::Recorded
            },
        )
    }

    fn new_record(
        &self,
        conv_id: &str,
        parsed: &ParsedEvent,
        now: DateTime<Utc>,
    ) -> Result<ConversationRecord, IngestError> {
        let (cfg, provisional) = self
            .configurations
            .route(&parsed.route)
            .ok_or(IngestError::NoConfiguration)?;
        let created_at = match &parsed.event {
            IngestEvent::Conversation(c) => c.created_at.unwrap_or(now),
            IngestEvent::Participant(p) => p.created_at,
            IngestEvent::Communication { communication, .. } => communication.created_at,
            IngestEvent::Ignored { .. } => now,
        };
        Ok(ConversationRecord {
            id: conv_id.to_owned(),
            store_id: cfg.memory_store_id.clone(),
            configuration_id: cfg.id.clone(),
            provisional_route: provisional,
            account_id: None,
            name: None,
            status: ConversationStatus::Active,
            source: parsed.source,
            created_at,
            updated_at: created_at,
            first_seen_at: now,
            last_communication_at: None,
            communications_count: 0,
            timer: None,
            extraction: ExtractionState::default(),
        })
    }

    /// Moves a provisionally routed conversation once an event names its configuration.
    fn reroute(
        &self,
        txn: &mut ConversationTxn<'_>,
        rec: &mut ConversationRecord,
        parsed: &ParsedEvent,
    ) -> Result<bool, IngestError> {
        if !rec.provisional_route
            || (parsed.route.configuration_id.is_none() && parsed.route.chat_service_sid.is_none())
        {
            return Ok(false);
        }
        let Some((cfg, _)) = self.configurations.route(&parsed.route) else {
            return Ok(false);
        };
        rec.provisional_route = false;
        if cfg.memory_store_id != rec.store_id {
            txn.index_store(Some(&rec.store_id), &cfg.memory_store_id);
            rec.store_id = cfg.memory_store_id.clone();
        }
        rec.configuration_id = cfg.id;
        Ok(true)
    }

    /// The configuration a conversation was routed with, or the default if it was deleted.
    fn configuration_of(&self, rec: &ConversationRecord) -> Configuration {
        self.configurations
            .get(&rec.configuration_id)
            .or_else(|| self.configurations.default_configuration())
            .unwrap_or_else(|| fallback_configuration(rec))
    }

    fn on_conversation(
        &self,
        txn: &mut ConversationTxn<'_>,
        rec: &mut ConversationRecord,
        c: &ConversationEvent,
        now: DateTime<Utc>,
    ) -> Result<Outcome, IngestError> {
        let mut meta_changed = false;
        if c.account_id.is_some() && rec.account_id != c.account_id {
            rec.account_id = c.account_id.clone();
            meta_changed = true;
        }
        if c.name.is_some() && rec.name != c.name {
            rec.name = c.name.clone();
            meta_changed = true;
        }
        if let Some(created) = c.created_at {
            if created != rec.created_at {
                rec.created_at = created;
                meta_changed = true;
            }
        }
        if let Some(updated) = c.updated_at {
            if updated > rec.updated_at {
                rec.updated_at = updated;
            }
        }
        let Some(to) = c.status else {
            return Ok(if meta_changed {
                Outcome::Recorded
            } else {
                Outcome::Duplicate
            });
        };
        if to == rec.status {
            return Ok(if meta_changed {
                Outcome::Recorded
            } else {
                Outcome::Duplicate
            });
        }
        if rec.status == ConversationStatus::Closed {
            // CLOSED is final.
            return Ok(Outcome::Stale);
        }
        let reason = if c.removed {
            TransitionReason::Removed
        } else {
            TransitionReason::Webhook
        };
        self.transition(txn, rec, to, reason, now)?;
        Ok(Outcome::Recorded)
    }

    fn on_communication(
        &self,
        txn: &mut ConversationTxn<'_>,
        rec: &mut ConversationRecord,
        comm: &Communication,
        update: bool,
        now: DateTime<Utc>,
        vector: Option<&StoredVector>,
    ) -> Result<Outcome, IngestError> {
        let previous = txn.find_communication(&comm.id, comm.resource_id.as_deref())?;
        if let Some(prev) = &previous {
            // A different id for an already-threaded resource, a repeated CREATED, or an
            // UPDATED that is not newer: nothing to do.
            if prev.id != comm.id || !update {
                return Ok(Outcome::Duplicate);
            }
            if comm.updated_at <= prev.updated_at {
                return Ok(if comm.updated_at == prev.updated_at {
                    Outcome::Duplicate
                } else {
                    Outcome::Stale
                });
            }
            txn.put_communication(comm, Some(prev))?;
            if let Some(v) = vector {
                txn.put_vector(&comm.id, v)?;
            }
            return Ok(Outcome::Recorded);
        }
        txn.put_communication(comm, None)?;
        if let Some(v) = vector {
            txn.put_vector(&comm.id, v)?;
        }
        rec.communications_count += 1;
        rec.last_communication_at = Some(now);
        if rec.status == ConversationStatus::Inactive {
            self.transition(
                txn,
                rec,
                ConversationStatus::Active,
                TransitionReason::Communication,
                now,
            )?;
        }
        Ok(Outcome::Recorded)
    }

    /// Changes state and records the lifecycle event (the future extraction trigger).
    fn transition(
        &self,
        txn: &mut ConversationTxn<'_>,
        rec: &mut ConversationRecord,
        to: ConversationStatus,
        reason: TransitionReason,
        now: DateTime<Utc>,
    ) -> Result<(), IngestError> {
        let cfg = self.configuration_of(rec);
        let triggers = cfg.extracts_on(to);
        let from = rec.status;
        rec.status = to;
        if triggers {
            crate::extraction::queue::request(txn, rec, now);
        }
        txn.push_event(LifecycleEvent {
            seq: 0,
            store_id: rec.store_id.clone(),
            conversation_id: rec.id.clone(),
            configuration_id: rec.configuration_id.clone(),
            from: Some(from),
            to,
            reason,
            triggers_extraction: triggers,
            at: now,
        })?;
        self.metrics
            .lifecycle_transitions
            .with_label_values(&[to.as_str(), reason_label(reason)])
            .inc();
        tracing::info!(
            conversation_id = %rec.id,
            store_id = %rec.store_id,
            from = from.as_str(),
            to = to.as_str(),
            reason = reason_label(reason),
            triggers_extraction = triggers,
            "conversation state changed"
        );
        Ok(())
    }

    /// Resolves a customer participant to a profile (SPEC 1.4) and records the profile id on
    /// the participant. Agents, and participants without a usable address, are left alone.
    fn resolve_participant(&self, p: &Participant) -> Result<(), IngestError> {
        if p.state == ParticipantState::Removed {
            return Ok(());
        }
        let Some(rec) = self.storage.conversations().get(&p.conversation_id)? else {
            return Ok(());
        };
        let cfg = self.configuration_of(&rec);
        if !is_customer(p, &cfg, &self.profiles) {
            return Ok(());
        }
        let addresses: Vec<(&str, &str)> = p
            .addresses
            .iter()
            .filter_map(|a| Some((a.channel.as_deref()?, a.address.as_deref()?)))
            .collect();
        let Some(profile_id) =
            self.profiles
                .resolve_addresses(&rec.store_id, &addresses, &rec.id)?
        else {
            return Ok(());
        };
        let mut txn = self.storage.conversations().begin(&p.conversation_id);
        if let Some(mut stored) = txn.participant(&p.id)? {
            if stored.profile_id.as_deref() != Some(profile_id.as_str()) {
                stored.profile_id = Some(profile_id);
                txn.put_participant(&stored)?;
                txn.commit()?;
            }
        }
        Ok(())
    }

    /// Fires every timer due at `now`; returns how many conversations changed state.
    pub fn fire_due_timers(&self, now: DateTime<Utc>) -> Result<usize, IngestError> {
        let due = self
            .storage
            .conversations()
            .due_timers(now.timestamp_millis(), 1000)?;
        let mut fired = 0;
        for (conv_id, timer) in due {
            let mut txn = self.storage.conversations().begin(&conv_id);
            let Some(mut rec) = txn.conversation()? else {
                txn.replace_timer(Some(timer), None)?;
                txn.commit()?;
                continue;
            };
            if rec.timer != Some(timer) || rec.status == ConversationStatus::Closed {
                // A stale index entry: the conversation moved on since it was written.
                txn.replace_timer(Some(timer), None)?;
                if rec.timer == Some(timer) {
                    rec.timer = None;
                    txn.put_conversation(&rec)?;
                }
                txn.commit()?;
                continue;
            }
            // The index entry may be early (messages since it was written push the exact time
            // later, see `lazy_timer`): fire only when the exact time has come, else defer.
            let exact = schedule(&rec, &self.configuration_of(&rec), self.timers);
            match exact {
                Some(e) if e.to == timer.to && e.due_ms <= now.timestamp_millis() => {}
                _ => {
                    txn.replace_timer(Some(timer), exact)?;
                    rec.timer = exact;
                    txn.put_conversation(&rec)?;
                    txn.commit()?;
                    continue;
                }
            }
            self.transition(&mut txn, &mut rec, timer.to, TransitionReason::Timer, now)?;
            let cfg = self.configuration_of(&rec);
            let next = schedule(&rec, &cfg, self.timers);
            txn.replace_timer(Some(timer), next)?;
            rec.timer = next;
            txn.put_conversation(&rec)?;
            txn.commit()?;
            fired += 1;
        }
        Ok(fired)
    }

    /// The storage this ingestor writes to.
    pub fn storage(&self) -> &Storage {
        &self.storage
    }
}

fn on_participant(txn: &mut ConversationTxn<'_>, p: &Participant) -> Result<Outcome, IngestError> {
    if let Some(prev) = txn.participant(&p.id)? {
        if p.updated_at < prev.updated_at {
            return Ok(Outcome::Stale);
        }
        if p.updated_at == prev.updated_at && p.state == prev.state {
            return Ok(Outcome::Duplicate);
        }
        let mut merged = p.clone();
        merged.created_at = prev.created_at.min(p.created_at);
        if merged.profile_id.is_none() {
            merged.profile_id = prev.profile_id;
        }
        if merged.addresses.is_empty() {
            merged.addresses = prev.addresses;
        }
        txn.put_participant(&merged)?;
    } else {
        txn.put_participant(p)?;
    }
    Ok(Outcome::Recorded)
}

/// SPEC 1.4: CUSTOMER, or no type / UNKNOWN and not one of the configuration's own agent
/// addresses.
fn is_customer(p: &Participant, cfg: &Configuration, profiles: &Profiles) -> bool {
    match p.kind.as_deref() {
        Some("CUSTOMER") => true,
        Some("AGENT" | "AI_AGENT" | "HUMAN_AGENT") => false,
        _ => !p.addresses.iter().any(|a| {
            a.address.as_deref().is_some_and(|addr| {
                cfg.agent_addresses
                    .iter()
                    .any(|agent| profiles.same_address(agent, addr))
            })
        }),
    }
}

fn reason_label(r: TransitionReason) -> &'static str {
    match r {
        TransitionReason::Webhook => "webhook",
        TransitionReason::Timer => "timer",
        TransitionReason::Communication => "communication",
        TransitionReason::Removed => "removed",
    }
}

/// The index entry to keep for a conversation's timer. Moving it on every message would cost
/// two index writes per message (about a quarter of applying one), so an entry that fires no
/// later than the exact time is kept: the sweeper re-checks the exact time when it comes due and
/// defers it then (one move per timeout instead of one per message).
fn lazy_timer(indexed: Option<Timer>, exact: Option<Timer>) -> Option<Timer> {
    match (indexed, exact) {
        (Some(i), Some(e)) if i.to == e.to && i.due_ms <= e.due_ms => Some(i),
        _ => exact,
    }
}

/// The next timer of a conversation, counted from its last communication (or first sight).
fn schedule(rec: &ConversationRecord, cfg: &Configuration, d: TimerDefaults) -> Option<Timer> {
    let base = rec.last_communication_at.unwrap_or(rec.first_seen_at);
    let inactive = cfg.inactive_minutes(d.inactive_minutes);
    let closed = cfg.closed_minutes(d.closed_minutes);
    let at = |minutes: u32| (base + Duration::minutes(i64::from(minutes))).timestamp_millis();
    match rec.status {
        ConversationStatus::Closed => None,
        ConversationStatus::Active if inactive > 0 => Some(Timer {
            due_ms: at(inactive),
            to: ConversationStatus::Inactive,
        }),
        ConversationStatus::Active | ConversationStatus::Inactive if closed > 0 => Some(Timer {
            due_ms: at(closed),
            to: ConversationStatus::Closed,
        }),
        _ => None,
    }
}

fn fallback_configuration(rec: &ConversationRecord) -> Configuration {
    Configuration {
        id: rec.configuration_id.clone(),
        display_name: None,
        description: None,
        memory_store_id: rec.store_id.clone(),
        memory_extraction_enabled: true,
        extract_on: vec![ConversationStatus::Inactive, ConversationStatus::Closed],
        status_timeouts: Default::default(),
        agent_addresses: Vec::new(),
        chat_service_sids: Vec::new(),
        is_default: false,
        source: crate::domain::configuration::ConfigurationSource::Default,
        created_at: rec.created_at,
        updated_at: rec.created_at,
    }
}
