//! The extraction LLM client against the fake OpenAI-compatible server: request shape,
//! response_format fallbacks, tolerant parsing, error mapping, timeouts and the concurrency limit.

use std::time::Duration;

use memory_sidecar::extraction::llm::{JsonRequest, LlmClient, LlmConfig, LlmError, ResponseMode};
use secrecy::SecretString;
use serde_json::{json, Value};

use crate::fake_llm::{FakeLlm, Reply};

fn config(base_url: &str) -> LlmConfig {
    LlmConfig {
        base_url: format!("{base_url}/"),
        api_key: Some(SecretString::from("sk-test")),
        model: "fake-model".into(),
        timeout: Duration::from_secs(10),
        max_concurrency: 2,
        requests_per_minute: 0,
        max_output_tokens: 700,
        temperature: 0.0,
    }
}

fn client(fake: &FakeLlm) -> LlmClient {
    LlmClient::new(config(&fake.base_url)).unwrap()
}

fn schema() -> Value {
    json!({
        "type": "object",
        "properties": {"observations": {"type": "array", "items": {"type": "string"}}},
        "required": ["observations"],
        "additionalProperties": false
    })
}

async fn ask(client: &LlmClient) -> Result<memory_sidecar::extraction::llm::JsonReply, LlmError> {
    let schema = schema();
    client
        .complete_json(JsonRequest {
            system: "You extract observations.",
            user: "Customer: my order #4521 is late",
            schema_name: "observations",
            schema: &schema,
        })
        .await
}

#[tokio::test]
async fn json_schema_answer_and_request_shape() {
    let fake = FakeLlm::start().await;
    fake.push(Reply::Json(
        json!({"observations": ["Order #4521 is late"]}),
    ));
    let client = client(&fake);
    assert_eq!(client.model(), "fake-model");

    let reply = ask(&client).await.unwrap();
    assert_eq!(
        reply.value,
        json!({"observations": ["Order #4521 is late"]})
    );
    assert_eq!(reply.mode, ResponseMode::JsonSchema);
    assert_eq!(reply.http_calls, 1);
    assert!(reply.usage.prompt_tokens > 0);
    assert!(reply.usage.completion_tokens > 0);

    let requests = fake.requests();
    assert_eq!(requests.len(), 1);
    let r = &requests[0];
    assert_eq!(r["model"], "fake-model");
    assert_eq!(r["max_tokens"], 700);
    assert_eq!(r["temperature"], 0.0);
    assert!(r.get("stream").is_none());
    assert_eq!(r["response_format"]["type"], "json_schema");
    assert_eq!(r["response_format"]["json_schema"]["name"], "observations");
    assert_eq!(r["response_format"]["json_schema"]["strict"], true);
    assert_eq!(r["response_format"]["json_schema"]["schema"], schema());
    let messages = r["messages"].as_array().unwrap();
    assert_eq!(messages.len(), 2);
    assert_eq!(messages[0]["role"], "system");
    assert_eq!(messages[0]["content"], "You extract observations.");
    assert_eq!(messages[1]["role"], "user");
    assert_eq!(messages[1]["content"], "Customer: my order #4521 is late");
}

#[tokio::test]
async fn refused_json_schema_falls_back_to_json_object_and_is_remembered() {
    let fake = FakeLlm::start().await;
    fake.push(Reply::RejectSchema);
    fake.push(Reply::Json(json!({"observations": []})));
    fake.push(Reply::Json(json!({"observations": ["second"]})));
    let client = client(&fake);

    let first = ask(&client).await.unwrap();
    assert_eq!(first.value, json!({"observations": []}));
    assert_eq!(first.mode, ResponseMode::JsonObject);
    assert_eq!(first.http_calls, 2);

    let second = ask(&client).await.unwrap();
    assert_eq!(second.value, json!({"observations": ["second"]}));
    assert_eq!(second.mode, ResponseMode::JsonObject);
    assert_eq!(second.http_calls, 1);

    let requests = fake.requests();
    assert_eq!(requests.len(), 3);
    assert_eq!(requests[0]["response_format"]["type"], "json_schema");
    assert_eq!(
        requests[1]["response_format"],
        json!({"type": "json_object"})
    );
    assert_eq!(
        requests[2]["response_format"],
        json!({"type": "json_object"})
    );
    // The fallback is the same call: same prompts, same model.
    assert_eq!(requests[0]["messages"], requests[1]["messages"]);
}

#[tokio::test]
async fn refused_json_object_falls_back_to_no_response_format() {
    let fake = FakeLlm::start().await;
    fake.set_reject_schema(true);
    fake.push(Reply::Status {
        status: 422,
        headers: vec![],
        body: r#"{"error":{"message":"json_object unsupported"}}"#.into(),
    });
    fake.push(Reply::Json(json!({"observations": ["a"]})));
    fake.push(Reply::Json(json!({"observations": ["b"]})));
    let client = client(&fake);

    let first = ask(&client).await.unwrap();
    assert_eq!(first.mode, ResponseMode::Tolerant);
    assert_eq!(first.http_calls, 3);
    let second = ask(&client).await.unwrap();
    assert_eq!(second.value, json!({"observations": ["b"]}));
    assert_eq!(second.http_calls, 1);

    let requests = fake.requests();
    assert_eq!(requests.len(), 4);
    assert_eq!(requests[1]["response_format"]["type"], "json_object");
    assert!(requests[2].get("response_format").is_none());
    assert!(requests[3].get("response_format").is_none());
}

#[tokio::test]
async fn a_request_refused_in_every_mode_is_rejected_and_nothing_is_remembered() {
    let fake = FakeLlm::start().await;
    let too_long = || Reply::Status {
        status: 400,
        headers: vec![],
        body: r#"{"error":{"message":"context length exceeded"}}"#.into(),
    };
    fake.push(too_long());
    fake.push(too_long());
    fake.push(too_long());
    fake.push(Reply::Json(json!({"observations": []})));
    let client = client(&fake);

    let err = ask(&client).await.err().unwrap();
    assert!(matches!(err, LlmError::Rejected { status: 400 }), "{err:?}");
    assert_eq!(err.kind(), "rejected");
    assert_eq!(fake.calls(), 3);

    // The next call starts from json_schema again.
    let reply = ask(&client).await.unwrap();
    assert_eq!(reply.mode, ResponseMode::JsonSchema);
    assert_eq!(fake.requests()[3]["response_format"]["type"], "json_schema");
}

#[tokio::test]
async fn fenced_and_prose_wrapped_answers_are_parsed_tolerantly() {
    let fake = FakeLlm::start().await;
    fake.push(Reply::Content(
        "Here is what I found:\n```json\n{\"observations\": [\"Likes {braces}\"]}\n```\nHope it helps!"
            .into(),
    ));
    fake.push(Reply::Content(
        "Sure. {\"observations\": [\"x\"]} is the answer".into(),
    ));
    let client = client(&fake);

    let reply = ask(&client).await.unwrap();
    assert_eq!(reply.value, json!({"observations": ["Likes {braces}"]}));
    assert_eq!(reply.mode, ResponseMode::Tolerant);
    let reply = ask(&client).await.unwrap();
    assert_eq!(reply.value, json!({"observations": ["x"]}));
    assert_eq!(reply.mode, ResponseMode::Tolerant);
}

#[tokio::test]
async fn broken_json_is_malformed_without_answer_text() {
    let fake = FakeLlm::start().await;
    fake.push(Reply::Content(
        "{\"observations\": [\"customer secret".into(),
    ));
    fake.push(Reply::Content("[\"an array\"]".into()));
    let client = client(&fake);

    let err = ask(&client).await.err().unwrap();
    assert!(matches!(err, LlmError::Malformed { .. }), "{err:?}");
    assert_eq!(err.kind(), "malformed");
    assert!(!err.to_string().contains("secret"));

    let err = ask(&client).await.err().unwrap();
    assert!(matches!(err, LlmError::Malformed { .. }), "{err:?}");
    assert!(!err.to_string().contains("array"));
}

#[tokio::test]
async fn truncated_answer_is_malformed() {
    let fake = FakeLlm::start().await;
    fake.push(Reply::Truncated(
        "{\"observations\": [\"a\", \"a\", \"a\"]}".into(),
    ));
    let err = ask(&client(&fake)).await.err().unwrap();
    match err {
        LlmError::Malformed { reason, .. } => {
            assert_eq!(reason, "answer truncated at max_tokens")
        }
        other => panic!("expected Malformed, got {other:?}"),
    }
}

#[tokio::test]
async fn server_error_is_unavailable_and_not_retried() {
    let fake = FakeLlm::start().await;
    fake.push(Reply::Status {
        status: 500,
        headers: vec![],
        body: "{}".into(),
    });
    let err = ask(&client(&fake)).await.err().unwrap();
    assert!(
        matches!(err, LlmError::Unavailable { status: 500 }),
        "{err:?}"
    );
    assert_eq!(err.kind(), "unavailable");
    assert_eq!(err.retry_after(), None);
    assert_eq!(fake.calls(), 1);
}

#[tokio::test]
async fn rate_limit_carries_retry_after() {
    let fake = FakeLlm::start().await;
    fake.push(Reply::Status {
        status: 429,
        headers: vec![("Retry-After".into(), "7".into())],
        body: r#"{"error":{"message":"slow down"}}"#.into(),
    });
    fake.push(Reply::Status {
        status: 429,
        headers: vec![],
        body: "{}".into(),
    });
    let client = client(&fake);

    let err = ask(&client).await.err().unwrap();
    assert!(
        matches!(err, LlmError::RateLimited { retry_after: Some(d) } if d == Duration::from_secs(7)),
        "{err:?}"
    );
    assert_eq!(err.retry_after(), Some(Duration::from_secs(7)));
    assert_eq!(err.kind(), "rate_limited");

    let err = ask(&client).await.err().unwrap();
    assert!(
        matches!(err, LlmError::RateLimited { retry_after: None }),
        "{err:?}"
    );
    assert_eq!(fake.calls(), 2);
}

#[tokio::test]
async fn slow_answer_times_out() {
    let fake = FakeLlm::start().await;
    fake.push(Reply::Delay(
        Duration::from_secs(2),
        Box::new(Reply::Json(json!({"observations": []}))),
    ));
    let mut cfg = config(&fake.base_url);
    cfg.timeout = Duration::from_millis(300);
    let err = ask(&LlmClient::new(cfg).unwrap()).await.err().unwrap();
    assert!(matches!(err, LlmError::Timeout), "{err:?}");
    assert_eq!(err.kind(), "timeout");
}

#[tokio::test]
async fn connection_refused_is_transport() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let client = LlmClient::new(config(&format!("http://127.0.0.1:{port}/v1"))).unwrap();
    let err = ask(&client).await.err().unwrap();
    assert!(matches!(err, LlmError::Transport(_)), "{err:?}");
    assert_eq!(err.kind(), "transport");
    // The cause chain is kept, so an operator sees why.
    assert!(err.to_string().to_lowercase().contains("refused"), "{err}");
}

#[tokio::test]
async fn paced_client_answers() {
    let fake = FakeLlm::start().await;
    fake.with_responder(|_| Reply::Json(json!({"observations": []})));
    let mut cfg = config(&fake.base_url);
    cfg.requests_per_minute = 1200;
    let client = LlmClient::new(cfg).unwrap();
    for _ in 0..3 {
        assert!(ask(&client).await.is_ok());
    }
    assert_eq!(fake.calls(), 3);
}

#[tokio::test]
async fn concurrency_limit_holds_one_request_in_flight() {
    let fake = FakeLlm::start().await;
    fake.with_responder(|_| {
        Reply::Delay(
            Duration::from_millis(300),
            Box::new(Reply::Json(json!({"observations": []}))),
        )
    });
    let mut cfg = config(&fake.base_url);
    cfg.max_concurrency = 1;
    let client = LlmClient::new(cfg).unwrap();

    let (a, b) = tokio::join!(ask(&client), ask(&client));
    assert!(a.is_ok() && b.is_ok());
    assert_eq!(fake.calls(), 2);
    assert_eq!(fake.max_in_flight(), 1);
}

#[tokio::test]
async fn fake_sees_two_in_flight_without_the_limit() {
    // Guards the test above: the fake can observe overlapping requests at all.
    let fake = FakeLlm::start().await;
    fake.with_responder(|_| {
        Reply::Delay(
            Duration::from_millis(300),
            Box::new(Reply::Json(json!({"observations": []}))),
        )
    });
    let client = client(&fake);
    let (a, b) = tokio::join!(ask(&client), ask(&client));
    assert!(a.is_ok() && b.is_ok());
    assert_eq!(fake.max_in_flight(), 2);
}
