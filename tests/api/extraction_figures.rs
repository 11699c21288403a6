//! Extraction figures on a fixture set (issue #5): LLM calls and tokens per conversation and
//! sidecar time per job excluding the LLM, through the real pipeline (signed webhooks, durable
//! jobs, screen, reconciliation with the built-in embedder, storage) against the fake LLM.
//!
//! The set: the two shared fixture conversations plus 40 generated customer-service
//! conversations of 4 to 50 messages, two per customer, so second conversations reconcile
//! against what the first one stored, and one of 400 messages that must be split. The assertion is the call budget (at most two LLM
//! calls for a conversation of at most 50 messages); the table is printed for BENCHMARKS.md:
//! `cargo test --release --test api extraction_figures -- --nocapture`.

use chrono::{Duration, TimeZone, Utc};
use serde_json::{json, Value};

use crate::fake_llm::{FakeLlm, Reply};
use crate::helpers::{conversation_event, fixture, spawn_app_with};

const TOPICS: [(&str, &[&str]); 5] = [
    (
        "shipping",
        &[
            "My order #{n} has not arrived yet and the tracking page has not moved since Monday.",
            "Can you send the tracking updates by text message instead of email?",
            "I need it delivered before the weekend because it is a birthday present.",
            "Please leave the parcel with the neighbour at number 12 if I am out.",
        ],
    ),
    (
        "billing",
        &[
            "I was charged twice for invoice {n} this month.",
            "I would rather pay by bank transfer than by card from now on.",
            "Please send invoices to my accountant as well.",
            "Can you refund the duplicate charge to the original card?",
        ],
    ),
    (
        "appointment",
        &[
            "I need to move my installation appointment, reference {n}.",
            "Mornings before 10 work best for me, I work afternoons.",
            "Please call the landline, my mobile has bad reception at home.",
            "The technician should use the side gate, the front door is blocked by works.",
        ],
    ),
    (
        "returns",
        &[
            "The jacket from order {n} is too small, I want to exchange it for a large.",
            "I always buy size large in your coats, medium in shirts.",
            "I prefer store credit over a refund.",
            "Can I drop the return at the downtown store instead of mailing it?",
        ],
    ),
    (
        "plan",
        &[
            "I want to upgrade my plan {n} to include international calls.",
            "I travel to Mexico every month for work.",
            "Keep the bill under 60 dollars a month if possible.",
            "Send me a reminder a week before the contract renews.",
        ],
    ),
];

const AGENT_LINES: [&str; 4] = [
    "Thanks for reaching out, let me check that for you.",
    "I have updated your account with that.",
    "Is there anything else I can help with today?",
    "Done, you will receive a confirmation shortly.",
];

fn tokens(bpe: &tiktoken_rs::CoreBPE, s: &str) -> u64 {
    bpe.encode_ordinary(s).len() as u64
}

/// A fake model that reads the transcript: one observation per distinct customer message
/// (at most five), a two-sentence summary; reconciliation says "same" for pairs that share
/// their first five words, else "different".
fn model(req: &Value) -> Reply {
    let system = req["messages"][0]["content"].as_str().unwrap_or("");
    let user = req["messages"][1]["content"].as_str().unwrap_or("");
    if system.starts_with("You keep a customer's memory consistent") {
        let pairs: Vec<Value> = serde_json::from_str(&user[user.find('[').unwrap()..]).unwrap();
        let head = |s: &str| s.split_whitespace().take(5).collect::<Vec<_>>().join(" ");
        let decisions: Vec<Value> = pairs
            .iter()
            .map(|p| {
                let same = head(p["existing"].as_str().unwrap()) == head(p["new"].as_str().unwrap());
                json!({"pair": p["pair"], "relation": if same {"same"} else {"different"}, "content": ""})
            })
            .collect();
        return Reply::Json(json!({ "decisions": decisions }));
    }
    let mut obs = Vec::new();
    let mut first = None;
    for line in user.lines().filter(|l| l.contains(" CUSTOMER")) {
        let alias = &line[1..line.find(']').unwrap()];
        let text: String = serde_json::from_str(&line[line.find(": \"").unwrap() + 2..]).unwrap();
        first.get_or_insert(text.clone());
        let content = format!("The customer said: {text}");
        if obs.len() < 5 && !obs.iter().any(|o: &Value| o["content"] == content.as_str()) {
            obs.push(json!({"content": content, "kind": "preference", "messageIds": [alias]}));
        }
    }
    let summary = format!(
        "The customer got in touch: {}. The agent handled the request and confirmed it.",
        first.unwrap_or_default()
    );
    Reply::Json(json!({"observations": obs, "summary": summary}))
}

fn message(conv: &str, id: &str, participant: &str, address: &str, text: &str, at: &str) -> String {
    json!({"eventType": "COMMUNICATION_CREATED", "data": {
        "id": id, "conversationId": conv,
        "author": {"address": address, "channel": "SMS", "participantId": participant},
        "recipients": [], "content": {"type": "TEXT", "text": text},
        "createdAt": at, "updatedAt": at, "occurredAt": at}})
    .to_string()
}

fn participant(conv: &str, id: &str, kind: &str, address: &str) -> String {
    json!({"eventType": "PARTICIPANT_ADDED", "data": {
        "id": id, "conversationId": conv, "type": kind,
        "addresses": [{"channel": "SMS", "address": address}],
        "createdAt": "2026-05-01T09:00:00Z", "updatedAt": "2026-05-01T09:00:00Z"}})
    .to_string()
}

/// A generated conversation's webhook bodies, ending with CLOSED.
fn generated(i: usize, second: bool, messages: Option<usize>) -> (String, usize, Vec<String>) {
    let customer = i;
    let conv = format!("conv_fig_{i:02}_{}", u8::from(second));
    let cfg = "conv_configuration_figures";
    let phone = format!("+1317555{:04}", 1000 + customer);
    let (_, lines) = TOPICS[customer % TOPICS.len()];
    // 4 to 50 messages, spread over the set.
    let n = messages.unwrap_or(4 + (customer * 7 + usize::from(second) * 13) % 47);
    let start = Utc.with_ymd_and_hms(2026, 5, 1, 9, 0, 0).unwrap()
        + Duration::days(customer as i64 + if second { 30 } else { 0 });
    let mut out = vec![
        conversation_event(
            "CONVERSATION_CREATED",
            &conv,
            "ACTIVE",
            cfg,
            &start.to_rfc3339(),
        ),
        participant(&conv, &format!("{conv}_c"), "CUSTOMER", &phone),
        participant(&conv, &format!("{conv}_a"), "AI_AGENT", "+18005550100"),
    ];
    for m in 0..n {
        let at = (start + Duration::minutes(m as i64 + 1)).to_rfc3339();
        let id = format!("{conv}_m{m:02}");
        let body = if m % 2 == 0 {
            let t = lines[(m / 2 + usize::from(second)) % lines.len()]
                .replace("{n}", &format!("{}", 4000 + customer));
            message(&conv, &id, &format!("{conv}_c"), &phone, &t, &at)
        } else {
            message(
                &conv,
                &id,
                &format!("{conv}_a"),
                "+18005550100",
                AGENT_LINES[m / 2 % AGENT_LINES.len()],
                &at,
            )
        };
        out.push(body);
    }
    let end = (start + Duration::minutes(n as i64 + 30)).to_rfc3339();
    out.push(conversation_event(
        "CONVERSATION_UPDATED",
        &conv,
        "CLOSED",
        cfg,
        &end,
    ));
    (conv, n, out)
}

#[tokio::test]
async fn extraction_figures() {
    let fake = FakeLlm::start().await;
    fake.with_responder(model);
    let base = fake.base_url.clone();
    let app = spawn_app_with(move |s| {
        s.llm.base_url = Some(base);
        s.llm.model = Some("fake-model".into());
        s.llm.requests_per_minute = 0;
    })
    .await;
    let bpe = tiktoken_rs::cl100k_base().unwrap();
    let mut set: Vec<(String, usize, Vec<String>)> = Vec::new();
    let sms: Vec<String> =
        std::fs::read_to_string(fixture("webhooks/orchestrator-sms-conversation.jsonl"))
            .unwrap()
            .lines()
            .map(str::to_owned)
            .collect();
    set.push((
        "conv_conversation_01jc3x5q7m0000000000000000".into(),
        4,
        sms,
    ));
    for second in [false, true] {
        for i in 0..20 {
            set.push(generated(i, second, None));
        }
    }
    // One long conversation, split by the context budget (llm.context_tokens 8192).
    set.push(generated(20, false, Some(400)));
    println!("\n| conversation | messages | LLM calls | prompt tokens | completion tokens | added | duplicates | sidecar ms (excl. LLM) |");
    println!("|---|---|---|---|---|---|---|---|");
    let (mut calls, mut prompt, mut completion, mut local, mut jobs) =
        (0u64, 0u64, 0u64, Vec::new(), 0u64);
    let mut max_calls_small = 0;
    for (conv, n, events) in &set {
        for e in events {
            assert_eq!(app.post_orchestrator(e).await.status(), 200);
        }
        let before = fake.requests().len();
        let report = app
            .extractor
            .try_execute_task(Utc::now())
            .await
            .unwrap()
            .expect("a job for each closed conversation");
        assert_eq!(report.outcome, "done", "{conv}: {report:?}");
        assert!(app
            .extractor
            .try_execute_task(Utc::now())
            .await
            .unwrap()
            .is_none());
        // Tokens as OpenAI's cl100k tokenizer counts the requests and the scripted answers.
        let reqs = fake.requests();
        let mut p = 0;
        for r in &reqs[before..] {
            for m in r["messages"].as_array().unwrap() {
                p += tokens(&bpe, m["content"].as_str().unwrap()) + 4;
            }
            p += tokens(&bpe, &r["response_format"].to_string());
        }
        let c: u64 = reqs[before..]
            .iter()
            .map(|r| match model(r) {
                Reply::Json(v) => tokens(&bpe, &v.to_string()),
                _ => 0,
            })
            .sum();
        let k = report.llm_calls as u64;
        assert_eq!(k as usize, reqs.len() - before);
        if *n <= 50 {
            max_calls_small = max_calls_small.max(k);
        }
        calls += k;
        prompt += p;
        completion += c;
        jobs += 1;
        local.push(report.local_time.as_secs_f64() * 1000.0);
        println!(
            "| {conv} | {n} | {k} | {p} | {c} | {} | {} | {:.2} |",
            report.added,
            report.attached,
            report.local_time.as_secs_f64() * 1000.0
        );
    }
    local.sort_by(|a, b| a.total_cmp(b));
    let pct = |q: f64| local[((local.len() - 1) as f64 * q).round() as usize];
    println!(
        "\n{jobs} conversations: LLM calls {:.2} per conversation (max {max_calls_small} for <= 50 messages), prompt tokens {:.0}, completion tokens {:.0} per conversation; sidecar time per job excluding the LLM p50 {:.2} ms, p90 {:.2} ms, max {:.2} ms",
        calls as f64 / jobs as f64,
        prompt as f64 / jobs as f64,
        completion as f64 / jobs as f64,
        pct(0.5),
        pct(0.9),
        pct(1.0)
    );
    assert!(
        max_calls_small <= 2,
        "the issue's budget: at most two LLM calls"
    );
}
