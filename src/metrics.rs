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
        for c in [
            Box::new(webhooks.clone()) as Box<dyn prometheus::core::Collector>,
            Box::new(webhooks_ignored.clone()),
            Box::new(webhook_ack_seconds.clone()),
            Box::new(flush_seconds.clone()),
            Box::new(flush_batch_size.clone()),
            Box::new(lifecycle_transitions.clone()),
            Box::new(idempotency_tokens_expired.clone()),
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
