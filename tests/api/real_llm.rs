//! Opt-in: extraction against a real OpenAI-compatible server (`scripts/real_llm.sh` starts a
//! local llama.cpp `llama-server` with a small instruct model and runs these tests).
//!
//! Without `MEMORY_SIDECAR_REAL_LLM_URL` every test here passes at once, so `cargo test` (CI)
//! needs no server and downloads nothing. With it, the assertions are about STRUCTURE only
//! (the job ends done, provenance and ids are right, nothing special-category is stored, the
//! answer follows the schema); what a small model writes is printed for a human to read, never
//! asserted.
//!
//! Variables: `MEMORY_SIDECAR_REAL_LLM_URL` (base URL, e.g. `http://127.0.0.1:18080/v1`),
//! `MEMORY_SIDECAR_REAL_LLM_MODEL` (model name sent; llama-server accepts any),
//! `MEMORY_SIDECAR_REAL_LLM_CONTEXT` (the server's context window in tokens, default 4096).

use std::collections::HashSet;
use std::time::{Duration, Instant};

use chrono::Utc;
use memory_sidecar::extraction::llm::{JsonRequest, LlmClient, LlmConfig};
use memory_sidecar::extraction::prompt::{self, Pair, Relation, PROMPT_VERSION, RECONCILE_SYSTEM};
use memory_sidecar::extraction::screen::Screen;
use memory_sidecar::extraction::JobReport;
use serde_json::{json, Value};

use crate::extraction::{
    conversation, observations, post_fixture, profile_of, summaries, FIXTURE_CONV,
};
use crate::helpers::{captured_logs, fixture, spawn_app_with};

const URL_VAR: &str = "MEMORY_SIDECAR_REAL_LLM_URL";
const MODEL_VAR: &str = "MEMORY_SIDECAR_REAL_LLM_MODEL";
const CONTEXT_VAR: &str = "MEMORY_SIDECAR_REAL_LLM_CONTEXT";
/// A CPU-only server with a small model can take minutes for one answer.
const TIMEOUT_SECS: u64 = 300;

/// The real server to use, or `None` (the test is skipped) when the variable is unset.
struct RealLlm {
    base_url: String,
    model: String,
    context_tokens: usize,
}

fn real_llm() -> Option<RealLlm> {
    let base_url = std::env::var(URL_VAR)
        .ok()
        .filter(|u| !u.trim().is_empty())?;
    let model = std::env::var(MODEL_VAR)
        .ok()
        .filter(|m| !m.trim().is_empty())
        .unwrap_or_else(|| "local".into());
    let context_tokens = std::env::var(CONTEXT_VAR)
        .ok()
        .and_then(|c| c.trim().parse().ok())
        .unwrap_or(4096);
    Some(RealLlm {
        base_url,
        model,
        context_tokens,
    })
}

/// Answers are bounded to a quarter of the window (settings require less than half).
fn max_output_tokens(context_tokens: usize) -> u32 {
    (context_tokens / 4).clamp(256, 1500) as u32
}

/// The communication ids the shared SMS fixture creates.
fn fixture_message_ids() -> HashSet<String> {
    std::fs::read_to_string(fixture("webhooks/orchestrator-sms-conversation.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|e| e["eventType"] == "COMMUNICATION_CREATED")
        .map(|e| e["data"]["id"].as_str().unwrap().to_owned())
        .collect()
}

/// What the LLM client logged since `from` (a byte offset into the captured logs): one line
/// per HTTP call and per answer, with the response_format mode and status. Never text.
fn llm_log_lines(from: usize) -> Vec<String> {
    let logs = captured_logs();
    logs.get(from..)
        .unwrap_or("")
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter_map(|v| {
            let f = &v["fields"];
            let msg = f["message"].as_str()?;
            let keep = [
                "LLM call",
                "LLM answer parsed",
                "LLM answer unusable",
                "unusable LLM answer; asking again",
            ];
            keep.contains(&msg).then(|| {
                let mut rest = f.as_object().cloned().unwrap_or_default();
                rest.remove("message");
                format!("{msg}: {}", Value::Object(rest))
            })
        })
        .collect()
}

fn print_report(r: &JobReport) {
    println!(
        "job: outcome={} messages={} llm_calls={} prompt_tokens={} completion_tokens={} \
         llm_time={:.1}s local_time={:.1}ms candidates={} screened={} added={} attached={} \
         revised={} summaries={} error={:?}",
        r.outcome,
        r.messages,
        r.llm_calls,
        r.prompt_tokens,
        r.completion_tokens,
        r.llm_time.as_secs_f64(),
        r.local_time.as_secs_f64() * 1000.0,
        r.candidates,
        r.screened,
        r.added,
        r.attached,
        r.revised,
        r.summaries,
        r.error
    );
}

#[tokio::test]
async fn real_llm_extracts_the_fixture_conversation() {
    let Some(real) = real_llm() else {
        println!("skipped: set {URL_VAR}");
        return;
    };
    println!(
        "real LLM: {} model={} context_tokens={}",
        real.base_url, real.model, real.context_tokens
    );
    let (base, model, context) = (
        real.base_url.clone(),
        real.model.clone(),
        real.context_tokens,
    );
    let app = spawn_app_with(move |s| {
        s.llm.base_url = Some(base);
        s.llm.model = Some(model);
        s.llm.timeout_secs = TIMEOUT_SECS;
        s.llm.requests_per_minute = 0;
        s.llm.max_concurrency = 1;
        s.llm.context_tokens = context;
        s.llm.max_output_tokens = max_output_tokens(context);
        s.llm.temperature = 0.0;
        s.extraction.max_attempts = 3;
    })
    .await;
    let store = post_fixture(&app).await;
    assert_eq!(
        conversation(&app, &store, FIXTURE_CONV).await["extraction"]["state"],
        "pending"
    );

    // Run the job; a failed attempt is retried (the clock moved past its backoff) until the
    // job is done or failed.
    let log_from = captured_logs().len();
    let started = Instant::now();
    let mut reports = Vec::new();
    let mut now = Utc::now();
    while let Some(r) = app.extractor.try_execute_task(now).await.expect("job ran") {
        print_report(&r);
        reports.push(r);
        assert!(reports.len() <= 5, "runaway retries");
        now += chrono::Duration::hours(1);
    }
    let wall = started.elapsed();
    let calls: u32 = reports.iter().map(|r| r.llm_calls).sum();
    let prompt_tokens: u64 = reports.iter().map(|r| r.prompt_tokens).sum();
    let completion_tokens: u64 = reports.iter().map(|r| r.completion_tokens).sum();
    println!(
        "attempts={} llm_calls={calls} prompt_tokens={prompt_tokens} \
         completion_tokens={completion_tokens} wall={:.1}s",
        reports.len(),
        wall.as_secs_f64()
    );
    let llm_log = llm_log_lines(log_from);
    for l in &llm_log {
        println!("  {l}");
    }

    let state = conversation(&app, &store, FIXTURE_CONV).await["extraction"].clone();
    println!("conversation extraction state: {state}");
    assert_eq!(
        state["state"], "done",
        "the job did not end done (lastError says why; LLM calls above)"
    );
    assert_eq!(reports.last().map(|r| r.outcome), Some("done"));

    let profile = profile_of(&app, &store, FIXTURE_CONV).await;
    let message_ids = fixture_message_ids();
    let screen = Screen::shared();
    let obs = observations(&app, &store, &profile).await;
    println!("observations ({}):", obs.len());
    for o in &obs {
        println!(
            "  - {} (communicationIds {})",
            o["content"].as_str().unwrap_or("?"),
            o["communicationIds"]
        );
    }
    for o in &obs {
        let content = o["content"].as_str().expect("content is a string");
        assert!(!content.trim().is_empty(), "{o}");
        assert_eq!(o["source"], "extraction", "{o}");
        assert_eq!(o["provenance"]["model"], real.model.as_str(), "{o}");
        assert_eq!(o["provenance"]["promptVersion"], PROMPT_VERSION, "{o}");
        assert_eq!(o["conversationIds"], json!([FIXTURE_CONV]), "{o}");
        for id in o["communicationIds"].as_array().expect("communicationIds") {
            let id = id.as_str().expect("communication id is a string");
            assert!(message_ids.contains(id), "{id} is not a fixture message");
        }
        assert!(
            screen.check(content).is_none(),
            "special-category text stored: {:?}",
            screen.check(content)
        );
    }

    let sums: Vec<Value> = summaries(&app, &store, &profile)
        .await
        .into_iter()
        .filter(|s| s["conversationId"] == FIXTURE_CONV)
        .collect();
    assert!(sums.len() <= 1, "{sums:?}");
    for s in &sums {
        let content = s["content"].as_str().expect("summary content is a string");
        println!("summary: {content}");
        assert_eq!(s["source"], "extraction", "{s}");
        assert!(
            screen.check(content).is_none(),
            "special-category text in the summary: {:?}",
            screen.check(content)
        );
    }
    if sums.is_empty() {
        println!("summary: (none stored)");
    }
    app.stop().await;
}

/// The reconciliation schema and prompt against the real server, through the client alone:
/// the server accepts the schema and the answer validates (what it decides is only printed).
#[tokio::test]
async fn real_llm_answers_a_reconciliation_in_the_schema() {
    let Some(real) = real_llm() else {
        println!("skipped: set {URL_VAR}");
        return;
    };
    let client = LlmClient::new(LlmConfig {
        base_url: real.base_url.clone(),
        api_key: None,
        model: real.model.clone(),
        timeout: Duration::from_secs(TIMEOUT_SECS),
        max_concurrency: 1,
        requests_per_minute: 0,
        max_output_tokens: max_output_tokens(real.context_tokens).min(512),
        temperature: 0.0,
    })
    .expect("client");
    let pairs = [
        Pair {
            existing: "The customer prefers email updates.".into(),
            new: "The customer prefers SMS updates and never checks email.".into(),
        },
        Pair {
            existing: "The customer owns a bakery in Springfield.".into(),
            new: "The customer does not want phone calls during work hours.".into(),
        },
    ];
    let user = prompt::reconcile_user(&pairs);
    let schema = prompt::reconcile_schema(pairs.len());
    let started = Instant::now();
    let reply = client
        .complete_json(JsonRequest {
            system: RECONCILE_SYSTEM,
            user: &user,
            schema_name: "memory_reconcile",
            schema: &schema,
        })
        .await
        .unwrap_or_else(|e| panic!("reconciliation call failed: {e}"));
    println!(
        "reconcile: mode={:?} http_calls={} prompt_tokens={} completion_tokens={} time={:.1}s",
        reply.mode,
        reply.http_calls,
        reply.usage.prompt_tokens,
        reply.usage.completion_tokens,
        started.elapsed().as_secs_f64()
    );
    println!("reconcile answer: {}", reply.value);
    let relations = prompt::parse_reconcile(&reply.value, pairs.len())
        .unwrap_or_else(|e| panic!("reconciliation answer does not validate: {e}"));
    for (i, r) in relations.iter().enumerate() {
        println!("  p{}: {r:?}", i + 1);
        if let Some(Relation::Update(text)) = r {
            assert!(!text.trim().is_empty());
        }
    }
}
