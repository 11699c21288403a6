//! Read side: Basic auth, store scoping, paging, Twilio error shapes, health endpoints.

use reqwest::Method;
use serde_json::{json, Value};

use crate::helpers::*;
use memory_sidecar::settings::ApiKey;

async fn seed(app: &TestApp, conv: &str, n: usize) {
    for i in 0..n {
        let at = format!("2026-05-06T19:{:02}:{:02}Z", i / 60, i % 60);
        assert_eq!(
            app.post_orchestrator(&communication(
                conv,
                &format!("{conv}_m{i:03}"),
                "text",
                &at
            ))
            .await
            .status(),
            200
        );
    }
}

#[tokio::test]
async fn credentials_are_required_and_checked() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    seed(&app, "conv_auth", 1).await;
    let path = format!("{}/v1/Stores/{store}/Conversations/conv_auth", app.address);
    type Case<'a> = (Option<(&'a str, &'a str)>, Option<&'a str>);
    let cases: [Case; 5] = [
        (None, None),
        (Some((ACCOUNT_SID, "wrong")), None),
        (Some(("ACother", AUTH_TOKEN)), None),
        (None, Some("Bearer abc")),
        (None, Some("Basic !!!notbase64")),
    ];
    for (basic, raw) in cases {
        let mut req = app.client.get(&path);
        if let Some((u, p)) = basic {
            req = req.basic_auth(u, Some(p));
        }
        if let Some(h) = raw {
            req = req.header("Authorization", h);
        }
        let rsp = req.send().await.unwrap();
        assert_eq!(rsp.status(), 401);
        assert!(rsp.headers().get("www-authenticate").is_some());
        let body: Value = rsp.json().await.unwrap();
        assert_eq!(body["code"], 20003);
        assert_eq!(body["status"], 401);
    }
    assert_eq!(
        app.get(&format!("/v1/Stores/{store}/Conversations/conv_auth"))
            .await
            .status(),
        200
    );
    // Control plane too.
    assert_eq!(
        app.client
            .get(format!("{}/v1/ControlPlane/Stores", app.address))
            .send()
            .await
            .unwrap()
            .status(),
        401
    );
}

#[tokio::test]
async fn api_keys_are_limited_to_their_stores() {
    let app = spawn_app().await;
    let default_store = app.default_store_id().await;
    let rsp = app
        .send_json(
            Method::POST,
            "/v1/ControlPlane/Stores",
            &json!({"displayName": "other"}),
        )
        .await;
    let other: Value = rsp.json().await.unwrap();
    let other = other["id"].as_str().unwrap().to_owned();
    let rsp = app
        .send_json(
            Method::POST,
            "/v1/ControlPlane/Configurations",
            &json!({"id": "cfg_other", "memoryStoreId": other}),
        )
        .await;
    assert_eq!(rsp.status(), 201);
    seed(&app, "conv_default", 2).await;
    let ev = conversation_event(
        "CONVERSATION_CREATED",
        "conv_other",
        "ACTIVE",
        "cfg_other",
        "2026-05-06T19:30:00Z",
    );
    assert_eq!(app.post_orchestrator(&ev).await.status(), 200);
    let data_dir = app.data_dir.clone();
    let keep = app.stop().await;

    let app = spawn_app_on(&data_dir, |s| {
        s.auth.api_keys = vec![
            ApiKey {
                sid: "SKdefault".into(),
                secret: "s1".to_owned().into(),
                stores: Some(vec![default_store.clone()]),
            },
            ApiKey {
                sid: "SKall".into(),
                secret: "s2".to_owned().into(),
                stores: None,
            },
        ]
    })
    .await;
    let get = |user: &'static str, pass: &'static str, path: String| {
        let c = app.client.clone();
        let url = format!("{}{}", app.address, path);
        async move {
            c.get(url)
                .basic_auth(user, Some(pass))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    let conv_default = format!("/v1/Stores/{default_store}/Conversations/conv_default");
    let conv_other = format!("/v1/Stores/{other}/Conversations/conv_other");
    // (key, conversation path) -> status: out of scope is 404, never 403.
    let table = [
        ("SKdefault", "s1", conv_default.clone(), 200),
        ("SKdefault", "s1", conv_other.clone(), 404),
        (
            "SKdefault",
            "s1",
            format!("{conv_default}/Communications"),
            200,
        ),
        (
            "SKdefault",
            "s1",
            format!("{conv_other}/Communications"),
            404,
        ),
        (
            "SKdefault",
            "s1",
            format!("/v1/ControlPlane/Stores/{other}"),
            404,
        ),
        ("SKall", "s2", conv_default.clone(), 200),
        ("SKall", "s2", conv_other.clone(), 200),
        ("SKall", "wrong", conv_other.clone(), 401),
        ("SKdefault", "s2", conv_default.clone(), 401),
        // A conversation named under the wrong store is not found.
        (
            "SKall",
            "s2",
            format!("/v1/Stores/{other}/Conversations/conv_default"),
            404,
        ),
    ];
    for (user, pass, path, want) in table {
        assert_eq!(get(user, pass, path.clone()).await, want, "{user} {path}");
    }
    let listed: Value = app
        .client
        .get(format!("{}/v1/ControlPlane/Stores", app.address))
        .basic_auth("SKdefault", Some("s1"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(listed["stores"], json!([default_store]));
    let create = app
        .client
        .post(format!("{}/v1/ControlPlane/Stores", app.address))
        .basic_auth("SKdefault", Some("s1"))
        .json(&json!({"displayName": "sneaky"}))
        .send()
        .await
        .unwrap();
    assert_eq!(create.status(), 403);
    app.stop().await;
    drop(keep);
}

#[tokio::test]
async fn communications_page_in_thread_order() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    seed(&app, "conv_page", 25).await;
    seed(&app, "conv_page_other", 1).await;
    let base = format!("/v1/Stores/{store}/Conversations/conv_page/Communications");
    let mut ids = Vec::new();
    let mut token = None::<String>;
    let mut pages = 0;
    loop {
        let path = match &token {
            None => format!("{base}?pageSize=10"),
            Some(t) => format!("{base}?pageSize=10&pageToken={t}"),
        };
        let page = app.get_json(&path).await;
        assert_eq!(page["meta"]["pageSize"], 10);
        assert_eq!(page["meta"]["key"], "communications");
        ids.extend(
            page["communications"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["id"].as_str().unwrap().to_owned()),
        );
        pages += 1;
        match page["meta"]["nextToken"].as_str() {
            Some(t) => token = Some(t.to_owned()),
            None => break,
        }
    }
    assert_eq!(pages, 3);
    let expected: Vec<String> = (0..25).map(|i| format!("conv_page_m{i:03}")).collect();
    assert_eq!(ids, expected);
    let desc = app
        .get_json(&format!("{base}?orderBy=DESC&pageSize=5"))
        .await;
    assert_eq!(desc["communications"][0]["id"], "conv_page_m024");
    let t = desc["meta"]["nextToken"].as_str().unwrap();
    let desc2 = app
        .get_json(&format!("{base}?orderBy=DESC&pageSize=5&pageToken={t}"))
        .await;
    assert_eq!(desc2["communications"][0]["id"], "conv_page_m019");

    // A token from another conversation, garbage, or bad sizes: 400.
    let other = app
        .get_json(&format!(
            "/v1/Stores/{store}/Conversations/conv_page_other/Communications?pageSize=1"
        ))
        .await;
    assert!(other["meta"]["nextToken"].is_null());
    let first = app.get_json(&format!("{base}?pageSize=1")).await;
    let foreign = first["meta"]["nextToken"].as_str().unwrap();
    let rsp = app
        .get(&format!(
            "/v1/Stores/{store}/Conversations/conv_page_other/Communications?pageToken={foreign}"
        ))
        .await;
    assert_eq!(rsp.status(), 400);
    for q in [
        "pageToken=%%%",
        "pageSize=0",
        "pageSize=1001",
        "pageSize=abc",
        "orderBy=sideways",
    ] {
        let rsp = app.get(&format!("{base}?{q}")).await;
        assert_eq!(rsp.status(), 400, "{q}");
        assert_eq!(rsp.json::<Value>().await.unwrap()["code"], 400);
    }
    assert_eq!(
        app.get(&format!(
            "/v1/Stores/{store}/Conversations/nope/Communications"
        ))
        .await
        .status(),
        404
    );
}

#[tokio::test]
async fn unknown_routes_methods_and_health() {
    let app = spawn_app().await;
    let rsp = app.get("/v1/Nothing/Here").await;
    assert_eq!(rsp.status(), 404);
    assert_eq!(rsp.json::<Value>().await.unwrap()["code"], 20404);
    let rsp = app
        .send_json(Method::DELETE, "/webhooks/orchestrator", &json!({}))
        .await;
    assert_eq!(rsp.status(), 405);
    assert_eq!(rsp.json::<Value>().await.unwrap()["status"], 405);
    let health: Value = app
        .client
        .get(format!("{}/healthz", app.address))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(health["status"], "ok");
    let ready = app
        .client
        .get(format!("{}/readyz", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(ready.status(), 200);
    let ready: Value = ready.json().await.unwrap();
    assert_eq!(ready["storage"], "ok");
    assert_eq!(ready["llm"]["configured"], false);
    assert!(ready["llm"]["detail"].as_str().unwrap().contains("wait"));
    let metrics = app
        .client
        .get(format!("{}/metrics", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(metrics.contains("memory_sidecar_storage_flush_seconds"));
}

#[tokio::test]
async fn logs_never_contain_message_text() {
    // Every in-process app logs into one captured buffer at debug level (helpers.rs).
    let app = spawn_app().await;
    let secret = "SECRET-PAYLOAD-7731 my card is 4111";
    assert_eq!(
        app.post_orchestrator(&communication(
            "conv_log",
            "m1",
            secret,
            "2026-05-06T19:31:00Z"
        ))
        .await
        .status(),
        200
    );
    let bad = format!("{{\"eventType\":\"COMMUNICATION_CREATED\",\"data\":{{\"id\":\"x\",\"conversationId\":\"conv_log\",\"author\":{{}},\"content\":{{\"text\":{{\"nested\":\"{secret}\"}}}}}}}}");
    let rsp = app.post_orchestrator(&bad).await;
    assert_eq!(rsp.status(), 400);
    let tampered = communication("conv_log", "m2", secret, "2026-05-06T19:32:00Z");
    assert_eq!(
        app.post_orchestrator_signed(&tampered, "bad-token", None)
            .await
            .status(),
        403
    );
    let closed = conversation_event(
        "CONVERSATION_UPDATED",
        "conv_log",
        "CLOSED",
        "x",
        "2026-05-06T19:40:00Z",
    );
    assert_eq!(app.post_orchestrator(&closed).await.status(), 200);
    let store = app.default_store_id().await;
    assert_eq!(
        app.all_communications(&store, "conv_log").await[0]["content"]["text"],
        secret
    );
    let logs = captured_logs();
    assert!(
        logs.lines()
            .any(|l| l.contains("conversation state changed") && l.contains("conv_log")),
        "the capture sees worker threads"
    );
    assert!(logs.contains("webhook rejected"));
    assert!(
        !logs.contains("SECRET-PAYLOAD"),
        "message text leaked into logs"
    );
}
