//! Webhook receivers: signatures, durability semantics, dedup, threading order, bad input.

use memory_sidecar::routes::webhooks::signature::{sign, url_with_body_hash};
use serde_json::{json, Value};

use crate::helpers::*;

fn fixture_lines() -> Vec<String> {
    std::fs::read_to_string(fixture("webhooks/orchestrator-sms-conversation.jsonl"))
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

const FIXTURE_CONV: &str = "conv_conversation_01jc3x5q7m0000000000000000";

async fn assert_twilio_error(rsp: reqwest::Response, status: u16, code: u64) -> Value {
    assert_eq!(rsp.status().as_u16(), status);
    let body: Value = rsp.json().await.expect("error body is JSON");
    assert_eq!(body["status"], status, "{body}");
    assert_eq!(body["code"], code, "{body}");
    assert!(
        body["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{body}"
    );
    assert!(body["more_info"]
        .as_str()
        .unwrap()
        .starts_with("https://www.twilio.com/docs/errors/"));
    body
}

async fn conversation_status(app: &TestApp, store: &str, conv: &str) -> u16 {
    app.get(&format!("/v1/Stores/{store}/Conversations/{conv}"))
        .await
        .status()
        .as_u16()
}

async fn metric(app: &TestApp, needle: &str) -> f64 {
    let text = app
        .client
        .get(format!("{}/metrics", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    text.lines()
        .find(|l| l.starts_with(needle))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0)
}

#[tokio::test]
async fn fixture_conversation_is_threaded_in_order_whatever_the_arrival_order() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    let mut lines = fixture_lines();
    // Deliver communications newest first and the status updates before the messages.
    lines.reverse();
    for line in &lines {
        let rsp = app.post_orchestrator(line).await;
        assert_eq!(rsp.status(), 200);
        assert_eq!(rsp.json::<Value>().await.unwrap(), json!({"status": "ok"}));
    }
    let comms = app.all_communications(&store, FIXTURE_CONV).await;
    let ids: Vec<&str> = comms.iter().map(|c| c["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "conv_communication_01jc3x5q7m00000000000000m0",
            "conv_communication_01jc3x5q7m00000000000000m1",
            "conv_communication_01jc3x5q7m00000000000000m2",
            "conv_communication_01jc3x5q7m00000000000000m3"
        ]
    );
    assert_eq!(
        comms[2]["content"]["text"],
        "SMS please, I never check my email. And please stop calling me during work hours."
    );
    assert_eq!(
        comms[0]["author"]["participantId"],
        "conv_participant_01jc3x5q7m000000000000cust"
    );
    assert_eq!(comms[0]["recipients"][0]["deliveryStatus"], "DELIVERED");
    let conv = app
        .get_json(&format!("/v1/Stores/{store}/Conversations/{FIXTURE_CONV}"))
        .await;
    // CLOSED arrived before INACTIVE: CLOSED is final, so INACTIVE changed nothing.
    assert_eq!(conv["status"], "CLOSED");
    assert_eq!(conv["communicationsCount"], 4);
    let participants = conv["participants"].as_array().unwrap();
    assert_eq!(participants.len(), 2);
    let customer = participants
        .iter()
        .find(|p| p["type"] == "CUSTOMER")
        .unwrap();
    assert_eq!(
        customer["addresses"][0],
        json!({"address": "+13175551234", "channel": "SMS"})
    );
    assert_eq!(conv["extraction"]["state"], "pending");
}

#[tokio::test]
async fn bad_signatures_are_403_and_store_nothing() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    let body = communication("conv_sig", "comm_1", "hello", "2026-05-06T19:31:00Z");
    // Wrong token.
    let rsp = app
        .post_orchestrator_signed(&body, "not-the-token", None)
        .await;
    assert_twilio_error(rsp, 403, 403).await;
    // Missing signature header.
    let url = url_with_body_hash(&app.orchestrator_url(), body.as_bytes());
    let rsp = app
        .client
        .post(&url)
        .header("Content-Type", "application/json")
        .body(body.clone())
        .send()
        .await
        .unwrap();
    assert_twilio_error(rsp, 403, 403).await;
    // Signed URL and hash for one body, a different body sent.
    let sig = sign(AUTH_TOKEN.as_bytes(), &url, &[]);
    let tampered = body.replace("hello", "hellO");
    let rsp = app
        .client
        .post(&url)
        .header("X-Twilio-Signature", &sig)
        .body(tampered.clone())
        .send()
        .await
        .unwrap();
    assert_twilio_error(rsp, 403, 403).await;
    // Hash recomputed by an attacker, signature kept.
    let url2 = url_with_body_hash(&app.orchestrator_url(), tampered.as_bytes());
    let rsp = app
        .client
        .post(&url2)
        .header("X-Twilio-Signature", &sig)
        .body(tampered)
        .send()
        .await
        .unwrap();
    assert_twilio_error(rsp, 403, 403).await;
    // JSON without bodySHA256 in the URL cannot be authenticated.
    let plain = app.orchestrator_url();
    let sig = sign(AUTH_TOKEN.as_bytes(), &plain, &[]);
    let rsp = app
        .client
        .post(&plain)
        .header("X-Twilio-Signature", sig)
        .body(body.clone())
        .send()
        .await
        .unwrap();
    assert_twilio_error(rsp, 403, 403).await;
    // Classic form signed with another token.
    let url = format!("{}/webhooks/conversations", app.address);
    let pairs = vec![
        ("EventType".to_owned(), "onMessageAdded".to_owned()),
        ("ConversationSid".to_owned(), "CHsig".to_owned()),
        ("MessageSid".to_owned(), "IMsig".to_owned()),
        ("Index".to_owned(), "0".to_owned()),
        ("Body".to_owned(), "hi".to_owned()),
    ];
    let sig = sign(b"wrong", &url, &pairs);
    let form = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs.iter())
        .finish();
    let rsp = app
        .client
        .post(&url)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-Twilio-Signature", sig)
        .body(form)
        .send()
        .await
        .unwrap();
    assert_twilio_error(rsp, 403, 403).await;

    assert_eq!(conversation_status(&app, &store, "conv_sig").await, 404);
    assert_eq!(conversation_status(&app, &store, "CHsig").await, 404);
    assert_eq!(
        metric(
            &app,
            "memory_sidecar_webhooks_total{endpoint=\"orchestrator\",outcome=\"bad_signature\"}"
        )
        .await,
        5.0
    );
    // The genuine delivery still works afterwards.
    assert_eq!(app.post_orchestrator(&body).await.status(), 200);
    assert_eq!(conversation_status(&app, &store, "conv_sig").await, 200);
}

#[tokio::test]
async fn forwarded_headers_public_url_and_token_rotation() {
    let app = spawn_app_with(|s| {
        s.webhooks.auth_tokens = vec!["previous-token".to_owned().into()];
    })
    .await;
    let body = communication("conv_fwd", "comm_fwd", "hi", "2026-05-06T19:31:00Z");
    // Twilio called https://sidecar.example.com; a proxy forwarded it here.
    let public = url_with_body_hash(
        "https://sidecar.example.com/webhooks/orchestrator",
        body.as_bytes(),
    );
    let local = url_with_body_hash(&app.orchestrator_url(), body.as_bytes());
    let sig = sign(AUTH_TOKEN.as_bytes(), &public, &[]);
    let post = |proto: &'static str, host: &'static str, sig: String| {
        app.client
            .post(&local)
            .header("X-Forwarded-Proto", proto)
            .header("X-Forwarded-Host", host)
            .header("X-Twilio-Signature", sig)
            .body(body.clone())
            .send()
    };
    assert_eq!(
        post("https", "sidecar.example.com", sig.clone())
            .await
            .unwrap()
            .status(),
        200
    );
    // First value of a list is the one used.
    assert_eq!(
        post(
            "https, http",
            "sidecar.example.com, internal:8080",
            sig.clone()
        )
        .await
        .unwrap()
        .status(),
        200
    );
    assert_eq!(
        post("http", "sidecar.example.com", sig.clone())
            .await
            .unwrap()
            .status(),
        403
    );
    // Rotation: the previous token still verifies, an unknown one does not.
    assert_eq!(
        app.post_orchestrator_signed(&body, "previous-token", None)
            .await
            .status(),
        200
    );
    assert_eq!(
        app.post_orchestrator_signed(&body, "unknown-token", None)
            .await
            .status(),
        403
    );

    // With webhooks.public_url set, that base is authoritative.
    let app = spawn_app_with(|s| {
        s.webhooks.public_url = Some("https://hooks.example.com/sidecar/".into())
    })
    .await;
    let public = url_with_body_hash(
        "https://hooks.example.com/sidecar/webhooks/orchestrator",
        body.as_bytes(),
    );
    let local = url_with_body_hash(&app.orchestrator_url(), body.as_bytes());
    let good = sign(AUTH_TOKEN.as_bytes(), &public, &[]);
    let rsp = app
        .client
        .post(&local)
        .header("X-Twilio-Signature", good)
        .body(body.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(rsp.status(), 200);
    assert_eq!(
        app.post_orchestrator(&body).await.status(),
        403,
        "the local URL is not what Twilio signed"
    );
}

#[tokio::test]
async fn duplicates_by_token_and_by_resource_change_nothing() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    let a = communication("conv_dup", "comm_a", "first", "2026-05-06T19:31:00Z");
    assert_eq!(
        app.post_orchestrator_signed(&a, AUTH_TOKEN, Some("tok-1"))
            .await
            .status(),
        200
    );
    // Twilio retry: same token, same body.
    assert_eq!(
        app.post_orchestrator_signed(&a, AUTH_TOKEN, Some("tok-1"))
            .await
            .status(),
        200
    );
    // A redelivery with a new token is still the same communication.
    assert_eq!(
        app.post_orchestrator_signed(&a, AUTH_TOKEN, Some("tok-2"))
            .await
            .status(),
        200
    );
    assert_eq!(app.post_orchestrator(&a).await.status(), 200);
    let comms = app.all_communications(&store, "conv_dup").await;
    assert_eq!(comms.len(), 1, "{comms:?}");
    let conv = app
        .get_json(&format!("/v1/Stores/{store}/Conversations/conv_dup"))
        .await;
    assert_eq!(conv["communicationsCount"], 1);
    assert_eq!(
        metric(
            &app,
            "memory_sidecar_webhooks_total{endpoint=\"orchestrator\",outcome=\"duplicate\"}"
        )
        .await,
        3.0
    );

    // Resource-id dedup when the resource is first seen with its id.
    let mut b: Value = serde_json::from_str(&communication(
        "conv_dup",
        "comm_b",
        "second",
        "2026-05-06T19:32:00Z",
    ))
    .unwrap();
    b["data"]["resourceId"] = json!("SM999");
    assert_eq!(app.post_orchestrator(&b.to_string()).await.status(), 200);
    b["data"]["id"] = json!("comm_b_other_id");
    assert_eq!(app.post_orchestrator(&b.to_string()).await.status(), 200);
    assert_eq!(app.all_communications(&store, "conv_dup").await.len(), 2);

    // A status repeated is a duplicate; CREATED then UPDATED of one resource are not.
    let upd = json!({"eventType": "COMMUNICATION_UPDATED", "data": {
        "id": "comm_a", "conversationId": "conv_dup", "author": {"address": "+13175551234", "channel": "SMS"},
        "content": {"type": "TEXT", "text": "first (edited)"},
        "occurredAt": "2026-05-06T19:31:00Z", "createdAt": "2026-05-06T19:31:00Z", "updatedAt": "2026-05-06T19:40:00Z"}});
    assert_eq!(app.post_orchestrator(&upd.to_string()).await.status(), 200);
    let mut older = upd.clone();
    older["data"]["updatedAt"] = json!("2026-05-06T19:35:00Z");
    older["data"]["content"]["text"] = json!("stale edit");
    assert_eq!(
        app.post_orchestrator(&older.to_string()).await.status(),
        200
    );
    let comms = app.all_communications(&store, "conv_dup").await;
    assert_eq!(comms.len(), 2);
    assert_eq!(comms[0]["content"]["text"], "first (edited)");
}

#[tokio::test]
async fn classic_messages_thread_by_index_and_closed_is_final() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    let msg = |index: &'static str, sid: &'static str, body: &'static str| {
        vec![
            ("EventType", "onMessageAdded"),
            ("ConversationSid", "CHorder"),
            ("MessageSid", sid),
            ("Index", index),
            ("Author", "whatsapp:+13175551234"),
            ("Body", body),
            ("Source", "WhatsApp"),
            ("DateCreated", "2026-05-07T10:01:00Z"),
        ]
    };
    for (i, sid, b) in [
        ("2", "IM2", "third"),
        ("0", "IM0", "first"),
        ("1", "IM1", "second"),
        ("0", "IM0", "first"),
    ] {
        assert_eq!(app.post_classic(&msg(i, sid, b)).await.status(), 200);
    }
    let texts: Vec<String> = app
        .all_communications(&store, "CHorder")
        .await
        .iter()
        .map(|c| c["content"]["text"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(texts, ["first", "second", "third"]);
    let close = [
        ("EventType", "onConversationStateUpdated"),
        ("ConversationSid", "CHorder"),
        ("StateFrom", "active"),
        ("StateTo", "closed"),
        ("Reason", "API"),
    ];
    assert_eq!(app.post_classic(&close).await.status(), 200);
    let reopen = [
        ("EventType", "onConversationStateUpdated"),
        ("ConversationSid", "CHorder"),
        ("StateFrom", "closed"),
        ("StateTo", "active"),
        ("Reason", "API"),
    ];
    assert_eq!(app.post_classic(&reopen).await.status(), 200);
    // Later traffic is recorded but never reopens it.
    assert_eq!(
        app.post_classic(&msg("3", "IM3", "after close"))
            .await
            .status(),
        200
    );
    let conv = app
        .get_json(&format!("/v1/Stores/{store}/Conversations/CHorder"))
        .await;
    assert_eq!(conv["status"], "CLOSED");
    assert_eq!(conv["communicationsCount"], 4);
    let events = app
        .storage
        .conversations()
        .lifecycle_events(0, 100)
        .unwrap();
    let closes: Vec<_> = events
        .iter()
        .filter(|e| e.conversation_id == "CHorder")
        .collect();
    assert_eq!(closes.len(), 1, "one state change recorded: {closes:?}");
}

#[tokio::test]
async fn participants_are_recorded_with_addresses_and_types() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    let p = |event: &str, updated: &str| {
        json!({"eventType": event, "data": {
            "id": "part_1", "conversationId": "conv_p", "type": "CUSTOMER", "name": "Alyssa",
            "addresses": [{"channel": "WHATSAPP", "address": "whatsapp:+13175551234"}, {"channel": "EMAIL", "address": "a@example.com"}],
            "createdAt": "2026-05-06T19:30:00Z", "updatedAt": updated}})
        .to_string()
    };
    assert_eq!(
        app.post_orchestrator(&p("PARTICIPANT_ADDED", "2026-05-06T19:30:00Z"))
            .await
            .status(),
        200
    );
    assert_eq!(
        app.post_orchestrator(&p("PARTICIPANT_ADDED", "2026-05-06T19:30:00Z"))
            .await
            .status(),
        200
    );
    assert_eq!(
        app.post_orchestrator(&p("PARTICIPANT_REMOVED", "2026-05-06T19:50:00Z"))
            .await
            .status(),
        200
    );
    // An older update arriving late does not undo the removal.
    assert_eq!(
        app.post_orchestrator(&p("PARTICIPANT_UPDATED", "2026-05-06T19:40:00Z"))
            .await
            .status(),
        200
    );
    let conv = app
        .get_json(&format!("/v1/Stores/{store}/Conversations/conv_p"))
        .await;
    let parts = conv["participants"].as_array().unwrap();
    assert_eq!(parts.len(), 1);
    assert_eq!(parts[0]["state"], "REMOVED");
    assert_eq!(parts[0]["type"], "CUSTOMER");
    assert_eq!(parts[0]["addresses"][1]["channel"], "EMAIL");

    let classic = [
        ("EventType", "onParticipantAdded"),
        ("ConversationSid", "CHp"),
        ("ParticipantSid", "MBp"),
        ("MessagingBinding.Address", "whatsapp:+13175551234"),
        ("MessagingBinding.ProxyAddress", "whatsapp:+18005550100"),
    ];
    assert_eq!(app.post_classic(&classic).await.status(), 200);
    let conv = app
        .get_json(&format!("/v1/Stores/{store}/Conversations/CHp"))
        .await;
    assert_eq!(
        conv["participants"][0]["addresses"][0]["channel"],
        "WHATSAPP"
    );
    assert_eq!(
        conv["participants"][0]["proxyAddress"],
        "whatsapp:+18005550100"
    );
}

#[tokio::test]
async fn bad_input_is_400_or_413_in_twilio_shape_and_stores_nothing() {
    let app = spawn_app_with(|s| s.server.max_body_bytes = 4096).await;
    let store = app.default_store_id().await;
    let cases = [
        "{not json",
        r#"{"eventType":"COMMUNICATION_CREATED"}"#,
        r#"{"eventType":"COMMUNICATION_CREATED","data":{"id":"c1","conversationId":"conv_bad","author":{"address":"+1"},"content":{"text":42}}}"#,
        r#"{"eventType":"COMMUNICATION_CREATED","data":{"id":"c1","author":{"address":"+1"},"content":{"text":"x"}}}"#,
        r#"{"eventType":"COMMUNICATION_CREATED","data":{"id":"c1","conversationId":"conv_bad","author":{"address":"+1"},"content":{"text":"x"},"occurredAt":"tuesday"}}"#,
        r#"{"eventType":"CONVERSATION_UPDATED","data":{"id":"conv_bad","status":"PAUSED"}}"#,
        r#"{"eventType":7,"data":{}}"#,
        r#"["COMMUNICATION_CREATED"]"#,
        "",
    ];
    for body in cases {
        let rsp = app.post_orchestrator(body).await;
        let err = assert_twilio_error(rsp, 400, 400).await;
        assert!(!err["message"].as_str().unwrap().is_empty(), "{body}");
    }
    let bad_forms: [&[(&str, &str)]; 3] = [
        &[("ConversationSid", "CHbad")],
        &[
            ("EventType", "onMessageAdded"),
            ("ConversationSid", "CHbad"),
            ("MessageSid", "IM1"),
        ],
        &[
            ("EventType", "onMessageAdded"),
            ("ConversationSid", "CHbad"),
            ("MessageSid", "IM1"),
            ("Index", "1"),
            ("DateCreated", "soon"),
        ],
    ];
    for form in bad_forms {
        assert_twilio_error(app.post_classic(form).await, 400, 400).await;
    }
    // A correctly signed form sent with a JSON content type.
    let url = format!("{}/webhooks/conversations", app.address);
    let pairs = vec![
        ("EventType".to_owned(), "onConversationAdded".to_owned()),
        ("ConversationSid".to_owned(), "CHbad".to_owned()),
    ];
    let sig = sign(AUTH_TOKEN.as_bytes(), &url, &pairs);
    let form = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs.iter())
        .finish();
    let rsp = app
        .client
        .post(&url)
        .header("Content-Type", "application/json")
        .header("X-Twilio-Signature", sig)
        .body(form)
        .send()
        .await
        .unwrap();
    assert_twilio_error(rsp, 400, 400).await;

    // Over the body limit: 413 before anything else, even with a valid signature.
    let big = communication(
        "conv_bad",
        "c_big",
        &"x".repeat(5000),
        "2026-05-06T19:31:00Z",
    );
    assert_twilio_error(app.post_orchestrator(&big).await, 413, 20413).await;
    // Chunked (no Content-Length) is caught while streaming.
    let url = url_with_body_hash(&app.orchestrator_url(), big.as_bytes());
    let sig = sign(AUTH_TOKEN.as_bytes(), &url, &[]);
    let stream = futures::stream::iter(
        big.as_bytes()
            .chunks(1000)
            .map(|c| Ok::<_, std::io::Error>(c.to_vec()))
            .collect::<Vec<_>>(),
    );
    let rsp = app
        .client
        .post(&url)
        .header("X-Twilio-Signature", sig)
        .body(reqwest::Body::wrap_stream(stream))
        .send()
        .await
        .unwrap();
    assert_twilio_error(rsp, 413, 20413).await;

    // Unknown event types are acknowledged, ignored and counted.
    let unknown = r#"{"eventType":"CONVERSATION_ARCHIVED","data":{"id":"conv_bad"}}"#;
    assert_eq!(app.post_orchestrator(unknown).await.status(), 200);
    assert_eq!(
        app.post_classic(&[("EventType", "onUserAdded"), ("ConversationSid", "CHbad")])
            .await
            .status(),
        200
    );
    assert_eq!(metric(&app, "memory_sidecar_webhooks_ignored_total{endpoint=\"orchestrator\",event_type=\"CONVERSATION_ARCHIVED\"}").await, 1.0);
    assert_eq!(metric(&app, "memory_sidecar_webhooks_ignored_total{endpoint=\"conversations\",event_type=\"onUserAdded\"}").await, 1.0);

    for conv in ["conv_bad", "CHbad"] {
        assert_eq!(conversation_status(&app, &store, conv).await, 404, "{conv}");
    }
}

/// Deterministic xorshift so the mutation corpus is reproducible.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[tokio::test]
async fn mutated_signed_bodies_never_cause_a_server_error() {
    let app = spawn_app().await;
    let lines = fixture_lines();
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let replacements: [&str; 8] = [
        "null",
        "1",
        "\"\"",
        "[]",
        "{}",
        "true",
        "-9e999",
        "\"\\u0000\"",
    ];
    for _ in 0..300 {
        let base = lines[rng.below(lines.len())].clone();
        let mut bytes = base.into_bytes();
        match rng.below(4) {
            0 => bytes.truncate(rng.below(bytes.len())),
            1 => {
                let i = rng.below(bytes.len());
                bytes[i] = (rng.next() & 0xff) as u8;
            }
            2 => {
                // Replace a JSON value after a random ':' with another type.
                let colons: Vec<usize> = bytes
                    .iter()
                    .enumerate()
                    .filter(|(_, b)| **b == b':')
                    .map(|(i, _)| i)
                    .collect();
                let at = colons[rng.below(colons.len())] + 1;
                let end = bytes[at..]
                    .iter()
                    .position(|b| *b == b',' || *b == b'}')
                    .map_or(bytes.len(), |p| at + p);
                let r = replacements[rng.below(replacements.len())];
                bytes.splice(at..end, r.bytes());
            }
            _ => {
                let i = rng.below(bytes.len());
                bytes.insert(i, b"{}[]\",:\\"[rng.below(8)]);
            }
        }
        let body = String::from_utf8_lossy(&bytes).into_owned();
        let status = app.post_orchestrator(&body).await.status().as_u16();
        assert!(status == 200 || status == 400, "status {status} for {body}");
    }
    assert_eq!(
        app.client
            .get(format!("{}/healthz", app.address))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
}

#[tokio::test]
async fn conversations_route_to_their_configuration_and_rehome_when_it_arrives_late() {
    let app = spawn_app().await;
    let default_store = app.default_store_id().await;
    let rsp = app
        .send_json(
            reqwest::Method::POST,
            "/v1/ControlPlane/Stores",
            &json!({"displayName": "sales"}),
        )
        .await;
    assert_eq!(rsp.status(), 202);
    let sales: Value = rsp.json().await.unwrap();
    let sales = sales["id"].as_str().unwrap().to_owned();
    let rsp = app
        .send_json(
            reqwest::Method::POST,
            "/v1/ControlPlane/Configurations",
            &json!({"id": "conv_configuration_sales", "memoryStoreId": sales}),
        )
        .await;
    assert_eq!(rsp.status(), 201);

    // Routed directly.
    let created = conversation_event(
        "CONVERSATION_CREATED",
        "conv_sales_1",
        "ACTIVE",
        "conv_configuration_sales",
        "2026-05-06T19:30:00Z",
    );
    assert_eq!(app.post_orchestrator(&created).await.status(), 200);
    assert_eq!(conversation_status(&app, &sales, "conv_sales_1").await, 200);
    assert_eq!(
        conversation_status(&app, &default_store, "conv_sales_1").await,
        404
    );

    // A message arrives before its conversation's CREATED: provisionally in the default
    // store, moved once the configuration is known.
    let early = communication(
        "conv_sales_2",
        "comm_early",
        "early bird",
        "2026-05-06T19:31:00Z",
    );
    assert_eq!(app.post_orchestrator(&early).await.status(), 200);
    assert_eq!(
        conversation_status(&app, &default_store, "conv_sales_2").await,
        200
    );
    let created = conversation_event(
        "CONVERSATION_CREATED",
        "conv_sales_2",
        "ACTIVE",
        "conv_configuration_sales",
        "2026-05-06T19:30:00Z",
    );
    assert_eq!(app.post_orchestrator(&created).await.status(), 200);
    assert_eq!(
        conversation_status(&app, &default_store, "conv_sales_2").await,
        404
    );
    assert_eq!(
        app.all_communications(&sales, "conv_sales_2").await.len(),
        1
    );

    // An unknown configuration id goes to the default configuration.
    let other = conversation_event(
        "CONVERSATION_CREATED",
        "conv_other",
        "ACTIVE",
        "conv_configuration_unknown",
        "2026-05-06T19:30:00Z",
    );
    assert_eq!(app.post_orchestrator(&other).await.status(), 200);
    assert_eq!(
        conversation_status(&app, &default_store, "conv_other").await,
        200
    );

    // Classic routing by ChatServiceSid.
    let rsp = app
        .send_json(
            reqwest::Method::PATCH,
            "/v1/ControlPlane/Configurations/conv_configuration_sales",
            &json!({"chatServiceSids": ["IS_sales"]}),
        )
        .await;
    assert_eq!(rsp.status(), 200);
    let added = [
        ("EventType", "onConversationAdded"),
        ("ConversationSid", "CHsales"),
        ("ChatServiceSid", "IS_sales"),
        ("State", "active"),
    ];
    assert_eq!(app.post_classic(&added).await.status(), 200);
    assert_eq!(conversation_status(&app, &sales, "CHsales").await, 200);
}
