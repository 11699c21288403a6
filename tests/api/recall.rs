//! Recall (SPEC 3): modes, limits, dates, threshold, token budget, explain, read-your-writes.

use reqwest::Method;
use serde_json::{json, Value};

use crate::helpers::*;

async fn profile_with_memory(app: &TestApp, store: &str) -> String {
    let rsp = app
        .send_json(
            Method::POST,
            &format!("/v1/Stores/{store}/Profiles"),
            &json!({"traits": {"Contact": {"phone": "+13175551234"}}}),
        )
        .await;
    let id = rsp.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let rsp = app
        .send_json(
            Method::POST,
            &format!("/v1/Stores/{store}/Profiles/{id}/Observations"),
            &json!({"observations": [
                {"content": "Prefers text messages over email for delivery updates", "source": "extraction", "occurredAt": "2026-05-01T10:00:00Z"},
                {"content": "Order #4521 is a camping cooler, needed by Friday", "source": "extraction", "occurredAt": "2026-05-02T10:00:00Z"},
                {"content": "Order #9000 was a birthday gift, delivered on time", "source": "extraction", "occurredAt": "2026-05-03T10:00:00Z"},
                {"content": "Has a golden retriever named Biscuit", "source": "agent", "occurredAt": "2026-05-04T10:00:00Z"},
                {"content": "Asked not to be called during working hours", "source": "extraction", "occurredAt": "2026-05-05T10:00:00Z"}
            ]}),
        )
        .await;
    assert_eq!(rsp.status(), 202);
    let rsp = app
        .send_json(
            Method::POST,
            &format!("/v1/Stores/{store}/Profiles/{id}/ConversationSummaries"),
            &json!({"summaries": [
                {"conversationId": "conv_old", "content": "Customer reported order #4521 late; upgraded to expedited shipping at no cost.", "occurredAt": "2026-05-06T20:00:00Z"},
                {"conversationId": "conv_older", "content": "Customer updated billing address after moving house.", "occurredAt": "2026-04-01T20:00:00Z"}
            ]}),
        )
        .await;
    assert_eq!(rsp.status(), 202);
    id
}

async fn recall(app: &TestApp, store: &str, profile: &str, body: Value) -> reqwest::Response {
    app.send_json(
        Method::POST,
        &format!("/v1/Stores/{store}/Profiles/{profile}/Recall"),
        &body,
    )
    .await
}

fn contents(v: &Value, key: &str) -> Vec<String> {
    v[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            o["content"]
                .as_str()
                .map(str::to_owned)
                .unwrap_or_else(|| o["content"]["text"].as_str().unwrap_or("").to_owned())
        })
        .collect()
}

#[tokio::test]
async fn twilio_turn_body_ranks_by_relevance() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    let p = profile_with_memory(&app, &store).await;
    // Exactly what Twilio's agent runtime sends each turn.
    let rsp = recall(&app, &store, &p, json!({"conversationId": "conv_now", "query": "where is order #4521?", "observationsLimit": 20, "summariesLimit": 5, "communicationsLimit": 0, "relevanceThreshold": 0.0})).await;
    assert_eq!(rsp.status(), 200);
    let body: Value = rsp.json().await.unwrap();
    for key in ["observations", "summaries", "communications", "meta"] {
        assert!(body.get(key).is_some(), "{key} always present");
    }
    let obs = contents(&body, "observations");
    assert_eq!(obs[0], "Order #4521 is a camping cooler, needed by Friday");
    assert!(body["observations"][0]["score"].as_f64().unwrap() <= 1.0);
    let scores: Vec<f64> = body["observations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["score"].as_f64().unwrap())
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    assert!(scores.iter().all(|s| (0.0..=1.0).contains(s)));
    assert_eq!(
        contents(&body, "summaries")[0],
        "Customer reported order #4521 late; upgraded to expedited shipping at no cost."
    );
    assert_eq!(body["communications"], json!([]));
    assert_eq!(body["meta"]["query"], "where is order #4521?");
    assert!(body["meta"]["queryTime"].as_f64().unwrap() >= 0.0);
    assert!(body["meta"]["tokens"].as_u64().unwrap() > 0);
}

#[tokio::test]
async fn paraphrases_without_shared_words_are_found() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    let p = profile_with_memory(&app, &store).await;
    // No content word in common with "Has a golden retriever named Biscuit".
    let rsp = recall(
        &app,
        &store,
        &p,
        json!({"query": "does the client own a puppy", "observationsLimit": 3, "explain": true}),
    )
    .await;
    let body: Value = rsp.json().await.unwrap();
    let obs = contents(&body, "observations");
    assert_eq!(
        obs.first().map(String::as_str),
        Some("Has a golden retriever named Biscuit"),
        "{body}"
    );
    let explain = &body["observations"][0]["explain"];
    assert_eq!(explain["lexical"], 0.0);
    assert!(explain["semantic"].as_f64().unwrap() > 0.0);
}

#[tokio::test]
async fn limits_dates_threshold_and_validation() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    let p = profile_with_memory(&app, &store).await;
    let body: Value = recall(
        &app,
        &store,
        &p,
        json!({"query": "order", "observationsLimit": 1, "summariesLimit": 0}),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(body["observations"].as_array().unwrap().len(), 1);
    assert_eq!(body["summaries"], json!([]));
    // beginDate inclusive, endDate exclusive, on occurredAt.
    let body: Value = recall(
        &app,
        &store,
        &p,
        json!({"beginDate": "2026-05-02T10:00:00Z", "endDate": "2026-05-04T10:00:00Z"}),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(
        contents(&body, "observations"),
        [
            "Order #9000 was a birthday gift, delivered on time",
            "Order #4521 is a camping cooler, needed by Friday"
        ]
    );
    let body: Value = recall(
        &app,
        &store,
        &p,
        json!({"query": "order 4521", "relevanceThreshold": 0.99}),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(body["observations"], json!([]));
    for bad in [
        json!({"observationsLimit": 101}),
        json!({"summariesLimit": -1}),
        json!({"communicationsLimit": 1000}),
        json!({"relevanceThreshold": 1.5}),
        json!({"query": "x".repeat(1025)}),
        json!({"beginDate": "2026-05-05T00:00:00Z", "endDate": "2026-05-01T00:00:00Z"}),
        json!({"beginDate": "last week"}),
        json!({"maxTokens": 0}),
        json!({"observationsLimit": "ten"}),
    ] {
        let rsp = recall(&app, &store, &p, bad.clone()).await;
        assert_eq!(rsp.status(), 400, "{bad}");
        assert_eq!(rsp.json::<Value>().await.unwrap()["code"], 400);
    }
    // An empty body is fine (defaults): most recent first, no scores.
    let rsp = app
        .client
        .post(format!(
            "{}/v1/Stores/{store}/Profiles/{p}/Recall",
            app.address
        ))
        .basic_auth(ACCOUNT_SID, Some(AUTH_TOKEN))
        .send()
        .await
        .unwrap();
    assert_eq!(rsp.status(), 200);
    let body: Value = rsp.json().await.unwrap();
    assert_eq!(
        contents(&body, "observations")[0],
        "Asked not to be called during working hours"
    );
    assert!(body["observations"][0].get("score").is_none());
    assert_eq!(body["meta"]["query"], Value::Null);
    assert_eq!(
        recall(
            &app,
            &store,
            "mem_profile_0000000000000000000000000x",
            json!({})
        )
        .await
        .status(),
        404
    );
}

#[tokio::test]
async fn max_tokens_budget_stops_adding_items() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    let p = profile_with_memory(&app, &store).await;
    let full: Value = recall(&app, &store, &p, json!({}))
        .await
        .json()
        .await
        .unwrap();
    let all_tokens = full["meta"]["tokens"].as_u64().unwrap();
    let small: Value = recall(&app, &store, &p, json!({"maxTokens": 20}))
        .await
        .json()
        .await
        .unwrap();
    let t = small["meta"]["tokens"].as_u64().unwrap();
    assert!(t <= 20 && t > 0, "{t}");
    assert!(t < all_tokens);
    assert!(
        small["observations"].as_array().unwrap().len()
            < full["observations"].as_array().unwrap().len()
    );
}

#[tokio::test]
async fn conversation_messages_build_the_query_and_writes_are_recallable_at_once() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    for line in std::fs::read_to_string(fixture("webhooks/orchestrator-sms-conversation.jsonl"))
        .unwrap()
        .lines()
    {
        assert_eq!(app.post_orchestrator(line).await.status(), 200);
    }
    let conv_id = "conv_conversation_01jc3x5q7m0000000000000000";
    let conv = app
        .get_json(&format!("/v1/Stores/{store}/Conversations/{conv_id}"))
        .await;
    let p = conv["profileIds"][0].as_str().unwrap().to_owned();
    // No query: built from the conversation's last messages; its messages listed newest first.
    let body: Value = recall(
        &app,
        &store,
        &p,
        json!({"conversationId": conv_id, "communicationsLimit": 2}),
    )
    .await
    .json()
    .await
    .unwrap();
    let q = body["meta"]["query"].as_str().unwrap();
    assert!(q.contains("order #4521") && q.contains("SMS please"), "{q}");
    let comms = body["communications"].as_array().unwrap();
    assert_eq!(comms.len(), 2);
    assert_eq!(
        comms[0]["content"]["text"],
        "Done: expedited shipping is approved and you'll get SMS updates only."
    );
    assert_eq!(comms[0]["conversationId"], conv_id);
    assert!(comms[0]["occurredAt"].is_string());
    // A query ranks messages across the profile's conversations; authors carry profile ids.
    let body: Value = recall(&app, &store, &p, json!({"query": "how should we send updates", "communicationsLimit": 4, "observationsLimit": 0, "summariesLimit": 0})).await.json().await.unwrap();
    let texts = contents(&body, "communications");
    assert!(texts[0].contains("SMS"), "{texts:?}");
    assert!(texts.iter().any(|t| t.contains("SMS please")), "{texts:?}");
    let customer_msg = body["communications"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["author"]["address"] == "+13175551234")
        .unwrap();
    assert_eq!(customer_msg["author"]["profileId"], p.as_str());

    // Read-your-writes: an observation written now is recalled by the next call.
    let rsp = app
        .send_json(
            Method::POST,
            &format!("/v1/Stores/{store}/Profiles/{p}/Observations"),
            &json!({"content": "Wants deliveries left with the concierge", "source": "agent"}),
        )
        .await;
    assert_eq!(rsp.status(), 202);
    let oid = rsp.json::<Value>().await.unwrap()["observations"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let body: Value = recall(&app, &store, &p, json!({"query": "concierge"}))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        contents(&body, "observations")[0],
        "Wants deliveries left with the concierge"
    );
    // Revised, then deleted: the index follows.
    let path = format!("/v1/Stores/{store}/Profiles/{p}/Observations/{oid}");
    assert_eq!(
        app.send_json(
            Method::PATCH,
            &path,
            &json!({"content": "Wants deliveries left with the doorman"})
        )
        .await
        .status(),
        200
    );
    let body: Value = recall(&app, &store, &p, json!({"query": "doorman"}))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        contents(&body, "observations")[0],
        "Wants deliveries left with the doorman"
    );
    let rsp = app.delete(&path).await;
    assert_eq!(rsp.status(), 204);
    let body: Value = recall(&app, &store, &p, json!({"query": "doorman concierge"}))
        .await
        .json()
        .await
        .unwrap();
    assert!(!contents(&body, "observations")
        .iter()
        .any(|c| c.contains("doorman")));
    // A new message in the conversation is recallable at once too.
    let msg = communication(
        conv_id,
        "late_msg",
        "Also my neighbour Priya can sign for parcels",
        "2026-05-06T19:40:00Z",
    );
    assert_eq!(app.post_orchestrator(&msg).await.status(), 200);
    let body: Value = recall(
        &app,
        &store,
        &p,
        json!({"query": "who can sign for parcels", "communicationsLimit": 1}),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(
        contents(&body, "communications")[0],
        "Also my neighbour Priya can sign for parcels"
    );
}

#[tokio::test]
async fn merged_profiles_redirect_recall_with_308() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    let up = |traits: Value| {
        let app = &app;
        let store = store.clone();
        async move {
            let rsp = app
                .send_json(
                    Method::POST,
                    &format!("/v1/Stores/{store}/Profiles"),
                    &json!({"traits": traits}),
                )
                .await;
            rsp.json::<Value>().await.unwrap()["id"]
                .as_str()
                .unwrap()
                .to_owned()
        }
    };
    let a = up(json!({"Contact": {"email": "r@example.com"}})).await;
    let b = up(json!({"Contact": {"phone": "+13175550123"}})).await;
    let rsp = app
        .send_json(
            Method::POST,
            &format!("/v1/Stores/{store}/Profiles/{b}/Observations"),
            &json!({"content": "Likes oat milk", "source": "agent"}),
        )
        .await;
    assert_eq!(rsp.status(), 202);
    // Index b, then merge it into a.
    assert_eq!(
        recall(&app, &store, &b, json!({"query": "milk"}))
            .await
            .status(),
        200
    );
    assert_eq!(
        up(json!({"Contact": {"email": "r@example.com", "phone": "+13175550123"}})).await,
        a
    );
    let rsp = recall(&app, &store, &b, json!({"query": "milk"})).await;
    assert_eq!(rsp.status(), 308);
    assert_eq!(rsp.headers()["canonical-profile-id"], a.as_str());
    let body: Value = recall(&app, &store, &a, json!({"query": "milk"}))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(contents(&body, "observations"), ["Likes oat milk"]);
}

/// A fake OpenAI-compatible `/v1/embeddings` server: letter-frequency vectors, and a switch
/// that makes it fail.
struct FakeEmbeddings {
    url: String,
    calls: std::sync::Arc<std::sync::Mutex<Vec<Value>>>,
    failing: std::sync::Arc<std::sync::atomic::AtomicBool>,
    handle: actix_web::dev::ServerHandle,
}

fn letters(text: &str) -> Vec<f32> {
    let mut v = vec![0.0f32; 26];
    for c in text.to_lowercase().chars().filter(char::is_ascii_lowercase) {
        v[(c as u8 - b'a') as usize] += 1.0;
    }
    v
}

async fn fake_embeddings() -> FakeEmbeddings {
    use actix_web::{web, App, HttpResponse, HttpServer};
    let calls = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let failing = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let (c, f) = (calls.clone(), failing.clone());
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = HttpServer::new(move || {
        let (c, f) = (c.clone(), f.clone());
        App::new().route(
            "/v1/embeddings",
            web::post().to(move |body: web::Json<Value>| {
                let (c, f) = (c.clone(), f.clone());
                async move {
                    c.lock().unwrap().push(body.0.clone());
                    if f.load(std::sync::atomic::Ordering::SeqCst) {
                        return HttpResponse::InternalServerError().finish();
                    }
                    let data: Vec<Value> = body["input"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .enumerate()
                        .map(|(i, t)| json!({"object": "embedding", "index": i, "embedding": letters(t.as_str().unwrap())}))
                        .collect();
                    HttpResponse::Ok().json(json!({"object": "list", "data": data, "model": body["model"]}))
                }
            }),
        )
    })
    .workers(1)
    .listen(listener)
    .unwrap()
    .run();
    let handle = server.handle();
    tokio::spawn(server);
    FakeEmbeddings {
        url: format!("http://127.0.0.1:{port}/v1"),
        calls,
        failing,
        handle,
    }
}

#[tokio::test]
async fn openai_embeddings_provider_and_model_changes() {
    let fake = fake_embeddings().await;
    let url = fake.url.clone();
    let app = spawn_app_with(|s| {
        s.embeddings.provider = "openai".into();
        s.embeddings.base_url = Some(url);
        s.embeddings.model = Some("fake-embed-1".into());
    })
    .await;
    let store = app.default_store_id().await;
    let rsp = app
        .send_json(
            Method::POST,
            &format!("/v1/Stores/{store}/Profiles"),
            &json!({"traits": {}}),
        )
        .await;
    let p = rsp.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let obs = format!("/v1/Stores/{store}/Profiles/{p}/Observations");
    assert_eq!(
        app.send_json(
            Method::POST,
            &obs,
            &json!({"content": "Prefers text messages", "source": "agent"})
        )
        .await
        .status(),
        202
    );
    {
        let calls = fake.calls.lock().unwrap();
        assert_eq!(calls[0]["model"], "fake-embed-1");
        assert_eq!(calls[0]["input"], json!(["Prefers text messages"]));
    }
    let body: Value = recall(&app, &store, &p, json!({"query": "stex", "explain": true}))
        .await
        .json()
        .await
        .unwrap();
    assert!(
        body["observations"][0]["explain"]["cosine"]
            .as_f64()
            .unwrap()
            > 0.0,
        "vectors come from the provider: {body}"
    );

    // The provider down: writes still succeed (embedded later), Recall falls back to lexical.
    fake.failing
        .store(true, std::sync::atomic::Ordering::SeqCst);
    assert_eq!(
        app.send_json(
            Method::POST,
            &obs,
            &json!({"content": "Lives near the harbour", "source": "agent"})
        )
        .await
        .status(),
        202
    );
    let body: Value = recall(&app, &store, &p, json!({"query": "harbour"}))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(contents(&body, "observations")[0], "Lives near the harbour");
    fake.failing
        .store(false, std::sync::atomic::Ordering::SeqCst);

    // Switch to the built-in model: stored vectors are re-embedded in the background.
    let dir = app.data_dir.clone();
    let keep = app.stop().await;
    let app = spawn_app_on(&dir, |_| {}).await;
    let mut done = false;
    for _ in 0..100 {
        if app
            .storage
            .meta_get("embedding_model")
            .unwrap()
            .is_some_and(|m| m.starts_with("local:"))
        {
            done = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(done, "background re-embedding finished");
    let vectors = app.storage.profiles().vectors(&store, &p).unwrap();
    assert_eq!(
        vectors.len(),
        2,
        "both observations, including the one written during the outage"
    );
    assert!(vectors
        .values()
        .all(|v| v.model.starts_with("local:") && v.values.len() == 256));
    let body: Value = recall(
        &app,
        &store,
        &p,
        json!({"query": "likes SMS", "explain": true}),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(contents(&body, "observations")[0], "Prefers text messages");
    app.stop().await;
    drop(keep);
    fake.handle.stop(false).await;
}
