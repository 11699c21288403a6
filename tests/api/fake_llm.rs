//! In-process fake OpenAI-compatible server (`POST /v1/chat/completions`) that tests script:
//! answers, broken answers, errors, delays and refusals of `response_format: json_schema`.

use std::collections::VecDeque;
use std::net::TcpListener;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use actix_web::http::StatusCode;
use actix_web::{web, App, HttpResponse, HttpServer};
use serde_json::{json, Value};

/// One scripted behaviour of the fake.
pub enum Reply {
    /// A normal chat.completion whose message content is this JSON, serialized.
    Json(Value),
    /// A normal chat.completion with this raw message content.
    Content(String),
    /// This content with finish_reason "length" (run-away output).
    Truncated(String),
    /// Any status, headers and body, e.g. 500, or 429 with Retry-After.
    Status {
        status: u16,
        headers: Vec<(String, String)>,
        body: String,
    },
    /// Sleep, then reply.
    Delay(Duration, Box<Reply>),
    /// 400 "json_schema is not supported" to a json_schema request; otherwise the next behaviour.
    RejectSchema,
}

type Responder = Arc<dyn Fn(&Value) -> Reply + Send + Sync>;

struct State {
    script: Mutex<VecDeque<Reply>>,
    responder: Mutex<Responder>,
    requests: Mutex<Vec<Value>>,
    reject_schema: AtomicBool,
    in_flight: AtomicUsize,
    max_in_flight: AtomicUsize,
}

/// A running fake; stopped when dropped.
pub struct FakeLlm {
    /// "http://127.0.0.1:PORT/v1", ready for `LlmConfig::base_url`.
    pub base_url: String,
    state: Arc<State>,
    handle: actix_web::dev::ServerHandle,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl FakeLlm {
    /// Starts the fake on a free port; unscripted calls get 500 "no script".
    pub async fn start() -> FakeLlm {
        let state = Arc::new(State {
            script: Mutex::new(VecDeque::new()),
            responder: Mutex::new(Arc::new(|_: &Value| Reply::Status {
                status: 500,
                headers: vec![],
                body: json!({"error": {"message": "no script", "type": "server_error"}})
                    .to_string(),
            })),
            requests: Mutex::new(Vec::new()),
            reject_schema: AtomicBool::new(false),
            in_flight: AtomicUsize::new(0),
            max_in_flight: AtomicUsize::new(0),
        });
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind fake LLM");
        let port = listener.local_addr().unwrap().port();
        let data = web::Data::from(state.clone());
        let server = HttpServer::new(move || {
            App::new()
                .app_data(data.clone())
                .app_data(web::PayloadConfig::new(16 * 1024 * 1024))
                .route("/v1/chat/completions", web::post().to(chat_completions))
        })
        .workers(2)
        .disable_signals()
        .listen(listener)
        .expect("listen fake LLM")
        .run();
        let handle = server.handle();
        tokio::spawn(server);
        FakeLlm {
            base_url: format!("http://127.0.0.1:{port}/v1"),
            state,
            handle,
        }
    }

    /// Decides the reply to a request whenever the script is empty.
    pub fn with_responder(&self, f: impl Fn(&Value) -> Reply + Send + Sync + 'static) {
        *lock(&self.state.responder) = Arc::new(f);
    }

    /// Queues a scripted reply (first in, first out).
    pub fn push(&self, r: Reply) {
        lock(&self.state.script).push_back(r);
    }

    /// Every request body received, in order.
    pub fn requests(&self) -> Vec<Value> {
        lock(&self.state.requests).clone()
    }

    /// Requests received so far.
    pub fn calls(&self) -> usize {
        lock(&self.state.requests).len()
    }

    /// Persistently refuse every json_schema request with 400.
    pub fn set_reject_schema(&self, on: bool) {
        self.state.reject_schema.store(on, Ordering::SeqCst);
    }

    /// Most requests ever being answered at the same time.
    pub fn max_in_flight(&self) -> usize {
        self.state.max_in_flight.load(Ordering::SeqCst)
    }
}

impl Drop for FakeLlm {
    fn drop(&mut self) {
        // The stop command is sent at once; awaiting its completion is not needed.
        drop(self.handle.stop(false));
    }
}

/// Counts a request as in flight until the handler finishes (or is dropped).
struct InFlight<'a>(&'a State);

impl<'a> InFlight<'a> {
    fn enter(state: &'a State) -> Self {
        let now = state.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        state.max_in_flight.fetch_max(now, Ordering::SeqCst);
        InFlight(state)
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::SeqCst);
    }
}

fn wants_schema(request: &Value) -> bool {
    request["response_format"]["type"] == "json_schema"
}

fn next_reply(state: &State, request: &Value) -> Reply {
    if let Some(r) = lock(&state.script).pop_front() {
        return r;
    }
    let responder = lock(&state.responder).clone();
    responder(request)
}

fn reject_schema() -> HttpResponse {
    HttpResponse::BadRequest().json(json!({"error": {
        "message": "response_format json_schema is not supported",
        "type": "invalid_request_error"
    }}))
}

async fn chat_completions(state: web::Data<State>, body: web::Bytes) -> HttpResponse {
    let _in_flight = InFlight::enter(&state);
    let Ok(request) = serde_json::from_slice::<Value>(&body) else {
        return HttpResponse::BadRequest()
            .json(json!({"error": {"message": "invalid JSON", "type": "invalid_request_error"}}));
    };
    lock(&state.requests).push(request.clone());
    if state.reject_schema.load(Ordering::SeqCst) && wants_schema(&request) {
        return reject_schema();
    }
    let mut reply = next_reply(&state, &request);
    loop {
        reply = match reply {
            Reply::Delay(d, then) => {
                tokio::time::sleep(d).await;
                *then
            }
            Reply::RejectSchema if wants_schema(&request) => return reject_schema(),
            Reply::RejectSchema => next_reply(&state, &request),
            Reply::Json(v) => return completion(&request, body.len(), v.to_string(), "stop"),
            Reply::Content(c) => return completion(&request, body.len(), c, "stop"),
            Reply::Truncated(c) => return completion(&request, body.len(), c, "length"),
            Reply::Status {
                status,
                headers,
                body,
            } => {
                let mut rsp = HttpResponse::build(
                    StatusCode::from_u16(status).expect("valid status in a test script"),
                );
                for (name, value) in headers {
                    rsp.insert_header((name, value));
                }
                return rsp.content_type("application/json").body(body);
            }
        };
    }
}

fn completion(request: &Value, request_len: usize, content: String, finish: &str) -> HttpResponse {
    let prompt_tokens = request_len / 4;
    let completion_tokens = content.len() / 4;
    let created = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    HttpResponse::Ok().json(json!({
        "id": format!("chatcmpl-fake-{created}"),
        "object": "chat.completion",
        "created": created,
        "model": request["model"].as_str().unwrap_or("fake"),
        "choices": [{
            "index": 0,
            "message": {"role": "assistant", "content": content},
            "finish_reason": finish
        }],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens
        }
    }))
}
