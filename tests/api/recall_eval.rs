//! Recall quality on the labelled set (tests/fixtures/recall_eval.json, 42 profiles, 259
//! queries). `memory-sidecar eval-recall` prints the same report.

use memory_sidecar::recall::{eval, Fusion};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fused_ranking_beats_each_leg_alone() {
    let json = std::fs::read_to_string(crate::helpers::fixture("recall_eval.json")).unwrap();
    let loaded = eval::load(&json).await.unwrap();
    let report = loaded.evaluate(Fusion::default()).await.unwrap();
    println!("{report}");
    let get = |m: &str| {
        report
            .by_method
            .iter()
            .find(|(name, _)| name == m)
            .unwrap()
            .1
    };
    let (lex, sem, fused) = (get("lexical"), get("semantic"), get("fused"));
    assert!(fused.queries >= 250);
    assert!(
        fused.recall_at_10 > lex.recall_at_10 && fused.recall_at_10 > sem.recall_at_10,
        "{report}"
    );
    assert!(fused.mrr > lex.mrr && fused.mrr > sem.mrr, "{report}");
    // Floors a change must not fall below.
    assert!(
        fused.recall_at_5 > lex.recall_at_5 && fused.recall_at_5 > sem.recall_at_5,
        "{report}"
    );
    assert!(fused.recall_at_5 >= 0.58, "{report}");
    assert!(fused.recall_at_10 >= 0.74, "{report}");
    assert!(fused.mrr >= 0.61, "{report}");
    let exact = report.kind("fused", "exact");
    assert!(
        exact.mrr >= 0.9,
        "exact ids, names and order numbers come first: {report}"
    );
    let paraphrase = report
        .by_kind
        .iter()
        .find(|(m, k, _)| m == "fused" && k == "paraphrase")
        .unwrap()
        .2;
    assert!(
        paraphrase.recall_at_10 >= 0.55,
        "paraphrases with no shared word are found: {report}"
    );
}
