//! Criterion: one Recall (query analysis and embedding included) against a profile holding
//! 100, 1,000 and 10,000 observations, plus 50 summaries and 500 messages.
//!
//! cargo bench --bench recall

use std::sync::Arc;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use memory_sidecar::metrics::Metrics;
use memory_sidecar::profiles::observations::NewObservation;
use memory_sidecar::profiles::summaries::NewSummary;
use memory_sidecar::profiles::{ProfileLimits, Profiles};
use memory_sidecar::recall::embed::Embedder;
use memory_sidecar::recall::{Fusion, Recall, RecallRequest};
use memory_sidecar::storage::Storage;
use serde_json::json;

#[path = "support/corpus.rs"]
mod corpus;
use corpus::sentence;

struct Fixture {
    _dir: tempfile::TempDir,
    recall: Arc<Recall>,
    profile: String,
}

async fn fixture(n: usize) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let storage = Storage::open(dir.path(), 256 << 20, Arc::new(Metrics::new())).unwrap();
    let recall = Arc::new(
        Recall::new(
            storage.clone(),
            Embedder::builtin().unwrap(),
            "cl100k_base",
            10_000_000,
            Fusion::default(),
        )
        .unwrap(),
    );
    let profiles = Profiles::new(
        storage.clone(),
        "US".into(),
        ProfileLimits {
            observations_per_profile: 100_000,
            summaries_per_profile: 10_000,
        },
        Arc::clone(&recall),
    );
    let traits = json!({"Contact": {"email": "bench@example.com"}});
    let (profile, _) = profiles
        .upsert("mem_store_bench", traits.as_object().unwrap())
        .await
        .unwrap();
    for chunk in (0..n).collect::<Vec<_>>().chunks(10) {
        let items = chunk
            .iter()
            .map(|i| NewObservation {
                content: sentence(*i),
                source: "bench".into(),
                occurred_at: None,
                conversation_ids: None,
                communication_ids: None,
                provenance: None,
            })
            .collect();
        profiles
            .create_observations("mem_store_bench", &profile, items)
            .await
            .unwrap();
    }
    for chunk in (0..50).collect::<Vec<_>>().chunks(10) {
        let items = chunk
            .iter()
            .map(|i| NewSummary {
                conversation_id: format!("conv_{i}"),
                content: format!(
                    "{}. {}. Resolved with a follow-up.",
                    sentence(i * 13),
                    sentence(i * 17)
                ),
                source: None,
                occurred_at: None,
            })
            .collect();
        profiles
            .create_summaries("mem_store_bench", &profile, items)
            .await
            .unwrap();
    }
    // Warm the index (built on first use).
    recall
        .recall("mem_store_bench", &profile, RecallRequest::default())
        .await
        .unwrap();
    Fixture {
        _dir: dir,
        recall,
        profile,
    }
}

fn turn(query: &str) -> RecallRequest {
    RecallRequest {
        conversation_id: Some("conv_now".into()),
        query: Some(query.into()),
        observations_limit: Some(20),
        summaries_limit: Some(5),
        communications_limit: Some(0),
        relevance_threshold: Some(0.0),
        ..RecallRequest::default()
    }
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let mut group = c.benchmark_group("recall_turn");
    group.sample_size(50);
    let queries = [
        "where is my refund for the damaged parcel",
        "order #4521",
        "how does she like to be contacted",
        "premium plan upgrade complaint",
    ];
    for n in [100usize, 1_000, 10_000] {
        let f = rt.block_on(fixture(n));
        let mut i = 0usize;
        group.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.to_async(&rt).iter(|| {
                i += 1;
                let q = queries[i % queries.len()];
                let recall = Arc::clone(&f.recall);
                let profile = f.profile.clone();
                async move {
                    recall
                        .recall("mem_store_bench", &profile, turn(q))
                        .await
                        .unwrap()
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
