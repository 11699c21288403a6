//! Prometheus metrics, one registry per application instance.

use prometheus::{
    Encoder, Histogram, HistogramOpts, HistogramVec, IntCounterVec, IntGauge, Opts, Registry,
    TextEncoder,
};

/// Every metric the service exports.
pub struct Metrics {
    registry: Registry,
    /// Webhook deliveries by endpoint and outcome.
    pub webhooks: IntCounterVec,
    /// Deliveries with an event type the sidecar does not handle.
    pub webhooks_ignored: IntCounterVec,
    /// Time from request start to acknowledgement, by endpoint.
    pub webhook_ack_seconds: HistogramVec,
    /// Duration of one group flush.
    pub flush_seconds: Histogram,
    /// Writers released by one group flush.
    pub flush_batch_size: Histogram,
    /// Conversation state changes by target state and reason.
    pub lifecycle_transitions: IntCounterVec,
    /// Idempotency tokens expired by the sweeper.
    pub idempotency_tokens_expired: IntGauge,
    /// Extraction jobs finished, by outcome (done, retry, failed, skipped).
    pub extraction_jobs: IntCounterVec,
    /// LLM requests by purpose (extract, reconcile) and result (ok or an error kind).
    pub llm_requests: IntCounterVec,
    /// LLM tokens by direction (prompt, completion).
    pub llm_tokens: IntCounterVec,
    /// Candidates removed or redacted by the special-category screen, by category and action.
    pub screen_findings: IntCounterVec,
    /// Reconciliation decisions (added, duplicate, revised), and how they were decided.
    pub reconciliation: IntCounterVec,
    /// Sidecar time per job outside LLM calls.
    pub extraction_local_seconds: Histogram,
    /// Items of LLM answers that were unusable (empty, too long, not an object).
    pub extraction_rejected_candidates: prometheus::IntCounter,
}

impl Metrics {
    /// Builds and registers every metric.
    pub fn new() -> Self {
        let registry = Registry::new_custom(Some("memory_sidecar".into()), None)
            .expect("static registry prefix is valid");
        let webhooks = IntCounterVec::new(
            Opts::new(
                "webhooks_total",
                "Webhook deliveries by endpoint and outcome",
            ),
            &["endpoint", "outcome"],
        )
        .expect("valid metric");
        let webhooks_ignored = IntCounterVec::new(
            Opts::new(
                "webhooks_ignored_total",
                "Signed deliveries whose event type is not handled",
            ),
            &["endpoint", "event_type"],
        )
        .expect("valid metric");
        let webhook_ack_seconds = HistogramVec::new(
            HistogramOpts::new("webhook_ack_seconds", "Webhook time to acknowledgement").buckets(
                vec![
                    0.0005, 0.001, 0.002, 0.004, 0.008, 0.016, 0.032, 0.064, 0.128, 0.256, 1.0,
                ],
            ),
            &["endpoint"],
        )
        .expect("valid metric");
        let flush_seconds = Histogram::with_opts(
            HistogramOpts::new(
                "storage_flush_seconds",
                "Duration of one durable group flush",
            )
            .buckets(vec![
                0.0002, 0.0005, 0.001, 0.002, 0.004, 0.008, 0.016, 0.032, 0.064, 0.25,
            ]),
        )
        .expect("valid metric");
        let flush_batch_size = Histogram::with_opts(
            HistogramOpts::new(
                "storage_flush_batch_size",
                "Writers acknowledged by one durable group flush",
            )
            .buckets(vec![1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0]),
        )
        .expect("valid metric");
        let lifecycle_transitions = IntCounterVec::new(
            Opts::new(
                "conversation_transitions_total",
                "Conversation state changes by new state and reason",
            ),
            &["to", "reason"],
        )
        .expect("valid metric");
        let idempotency_tokens_expired = IntGauge::new(
            "idempotency_tokens_expired",
            "Idempotency tokens forgotten by the sweeper since start",
        )
        .expect("valid metric");
        let extraction_jobs = IntCounterVec::new(
            Opts::new(
                "extraction_jobs_total",
                "Extraction job runs by outcome (done, retry, failed, skipped)",
            ),
            &["outcome"],
        )
        .expect("valid metric");
        let llm_requests = IntCounterVec::new(
            Opts::new("llm_requests_total", "LLM requests by purpose and result"),
            &["purpose", "result"],
        )
        .expect("valid metric");
        let llm_tokens = IntCounterVec::new(
            Opts::new("llm_tokens_total", "LLM tokens by direction"),
            &["direction"],
        )
        .expect("valid metric");
        let screen_findings = IntCounterVec::new(
            Opts::new(
                "screen_findings_total",
                "Special-category screen findings by GDPR Art. 9 category and action taken",
            ),
            &["category", "action"],
        )
        .expect("valid metric");
        let reconciliation = IntCounterVec::new(
            Opts::new(
                "reconciliation_decisions_total",
                "Reconciliation of extracted observations by decision and decider",
            ),
            &["decision", "by"],
        )
        .expect("valid metric");
        let extraction_local_seconds = Histogram::with_opts(
            HistogramOpts::new(
                "extraction_local_seconds",
                "Sidecar time per extraction job, LLM calls excluded",
            )
            .buckets(vec![
                0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1.0,
            ]),
        )
        .expect("valid metric");
        let extraction_rejected_candidates = prometheus::IntCounter::new(
            "extraction_rejected_candidates_total",
            "Items of LLM extraction answers that failed validation",
        )
        .expect("valid metric");
        for c in [
            Box::new(webhooks.clone()) as Box<dyn prometheus::core::Collector>,
            Box::new(webhooks_ignored.clone()),
            Box::new(webhook_ack_seconds.clone()),
            Box::new(flush_seconds.clone()),
            Box::new(flush_batch_size.clone()),
            Box::new(lifecycle_transitions.clone()),
            Box::new(idempotency_tokens_expired.clone()),
            Box::new(extraction_jobs.clone()),
            Box::new(llm_requests.clone()),
            Box::new(llm_tokens.clone()),
            Box::new(screen_findings.clone()),
            Box::new(reconciliation.clone()),
            Box::new(extraction_local_seconds.clone()),
            Box::new(extraction_rejected_candidates.clone()),
        ] {
            registry.register(c).expect("metric registered once");
        }
        Self {
            registry,
            webhooks,
            webhooks_ignored,
            webhook_ack_seconds,
            flush_seconds,
            flush_batch_size,
            lifecycle_transitions,
            idempotency_tokens_expired,
            extraction_jobs,
            llm_requests,
            llm_tokens,
            screen_findings,
            reconciliation,
            extraction_local_seconds,
            extraction_rejected_candidates,
        }
    }

    /// Prometheus text exposition of every metric.
    pub fn render(&self) -> String {
        let mut buf = Vec::new();
        let _ = TextEncoder::new().encode(&self.registry.gather(), &mut buf);
        String::from_utf8(buf).unwrap_or_default()
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}
