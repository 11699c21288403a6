//! Criterion: the webhook-ack hot path in process, split into its steps for one 877-byte
//! COMMUNICATION_CREATED event: signature verification, parsing, and applying it to storage
//! (dedup, threading, sealing, one atomic sled batch; without the durable flush, which is
//! shared by many requests).
//!
//! cargo bench --bench ingest

use std::sync::Arc;

use chrono::Utc;
use criterion::{criterion_group, criterion_main, Criterion};
use memory_sidecar::domain::configuration::{ConfigurationInput, ConfigurationSource};
use memory_sidecar::ingest::event::parse_orchestrator;
use memory_sidecar::ingest::{Configurations, Ingestor, TimerDefaults};
use memory_sidecar::metrics::Metrics;
use memory_sidecar::profiles::{ProfileLimits, Profiles};
use memory_sidecar::recall::embed::Embedder;
use memory_sidecar::recall::{Fusion, Recall};
use memory_sidecar::routes::webhooks::signature::{sign, url_with_body_hash, verify, SignedBody};
use memory_sidecar::storage::Storage;
use serde_json::json;

fn body(i: usize) -> String {
    let at = "2026-05-06T19:31:00.000Z";
    json!({"eventType": "COMMUNICATION_CREATED", "timestamp": at, "data": {
        "id": format!("comm_{i:012}"), "conversationId": format!("conv_{:05}", i % 2000),
        "accountId": "AC00000000000000000000000000000000",
        "author": {"address": "+13175551234", "channel": "SMS", "participantId": "p_cust"},
        "recipients": [{"address": "+18005550100", "channel": "SMS", "participantId": "p_agent", "deliveryStatus": "DELIVERED"}],
        "content": {"type": "TEXT", "text": "Hi, this is Alyssa. My order #4521 still hasn't shipped and I need it by Friday; could you check whether the replacement cooler left the warehouse and send me the tracking number by text message please? Thanks a lot for your help with this, it has been a long week and I really appreciate the quick answers from your team."},
        "channelId": format!("SM{i:032}"), "resourceId": format!("SM{i:032}"),
        "createdAt": at, "updatedAt": at, "occurredAt": at}})
    .to_string()
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (ingestor, _storage) = rt.block_on(async {
        let metrics = Arc::new(Metrics::new());
        let storage = Storage::open(dir.path(), 256 << 20, Arc::clone(&metrics)).unwrap();
        let configurations = Configurations::load(storage.control().clone()).unwrap();
        let now = Utc::now();
        storage
            .control()
            .put_store(&memory_sidecar::domain::Store {
                id: "mem_store_bench".into(),
                display_name: "default".into(),
                description: None,
                status: "ACTIVE".into(),
                version: 1,
                created_at: now,
                updated_at: now,
            })
            .unwrap();
        configurations
            .create(
                ConfigurationInput {
                    memory_store_id: Some("mem_store_bench".into()),
                    is_default: Some(true),
                    ..Default::default()
                },
                ConfigurationSource::Default,
            )
            .unwrap();
        let recall = Arc::new(
            Recall::new(
                storage.clone(),
                Embedder::builtin().unwrap(),
                "cl100k_base",
                1_000_000,
                Fusion::default(),
            )
            .unwrap(),
        );
        let profiles = Profiles::new(
            storage.clone(),
            "US".into(),
            ProfileLimits {
                observations_per_profile: 10_000,
                summaries_per_profile: 1000,
            },
            recall,
        );
        let ingestor = Ingestor::new(
            storage.clone(),
            configurations,
            profiles,
            TimerDefaults {
                inactive_minutes: 30,
                closed_minutes: 1440,
            },
            metrics,
        );
        (ingestor, storage)
    });
    let sample = body(0);
    let url = url_with_body_hash(
        "https://sidecar.example.com/webhooks/orchestrator",
        sample.as_bytes(),
    );
    let sig = sign(b"token", &url, &[]);
    c.bench_function("verify_signature", |b| {
        b.iter(|| {
            assert!(verify(
                &url,
                SignedBody::Json(sample.as_bytes()),
                &sig,
                &[b"token"]
            ))
        })
    });
    c.bench_function("parse_orchestrator", |b| {
        b.iter(|| parse_orchestrator(sample.as_bytes(), Utc::now()).unwrap())
    });
    let mut i = 1usize;
    let _guard = rt.enter();
    c.bench_function("apply_new_communication", |b| {
        b.iter_batched(
            || {
                i += 1;
                (
                    parse_orchestrator(body(i).as_bytes(), Utc::now()).unwrap(),
                    format!("tok-{i}"),
                )
            },
            |(event, token)| ingestor.apply(&event, Some(&token), Utc::now()).unwrap(),
            criterion::BatchSize::SmallInput,
        )
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
