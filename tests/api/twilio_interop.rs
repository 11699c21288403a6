//! Interop with the official `twilio` Python package (PyPI, pinned in `pyenv`), run for real:
//! its `RequestValidator` must accept what `memory-sidecar send` signs (and reject it when the
//! token differs), and the server must accept what that library signs and reject, with 403 and
//! nothing stored, tampered bodies, parameters, URLs and tokens.
//!
//! The Python side is `tests/python/twilio_interop.py` (`serve`, `sign`, `version`), run with
//! the venv the tests create themselves (`crate::pyenv`). If python3 or pip fails, the tests
//! fail with the installer's output; they never skip.

use std::path::PathBuf;
use std::process::Stdio;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use serde_json::{json, Map, Value};
use tokio::io::AsyncWriteExt;
use tokio::process::{Child, Command};

use crate::helpers::*;
use crate::pyenv::{self, TWILIO_VERSION};

const SMS_FIXTURE: &str = "webhooks/orchestrator-sms-conversation.jsonl";
const WHATSAPP_FIXTURE: &str = "webhooks/classic-whatsapp-conversation.json";
const SMS_CONV: &str = "conv_conversation_01jc3x5q7m0000000000000000";
const WHATSAPP_CONV: &str = "CH11111111111111111111111111111111";
const SCRIPT: &str = "twilio_interop.py";

/// Bounds every child process (`send`, `sign`, the server's start-up and shutdown).
const CHILD_TIMEOUT: Duration = Duration::from_secs(60);
/// The Python server exits on its own after this long even if never told to.
const SERVER_LIFETIME_SECS: u64 = 120;

// ---------------------------------------------------------------------------------------------
// The Python environment and the script

/// The venv's python with `twilio==TWILIO_VERSION`, checked by asking the package itself.
/// Set up once per process; a failure is remembered so every test fails fast with the same
/// message instead of waiting on the installer again.
async fn python() -> PathBuf {
    static PY: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    let got = tokio::task::spawn_blocking(|| {
        PY.get_or_init(|| {
            let py = std::panic::catch_unwind(pyenv::python).map_err(|e| {
                e.downcast_ref::<String>()
                    .cloned()
                    .or_else(|| e.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                    .unwrap_or_else(|| "panicked".into())
            })?;
            let out = std::process::Command::new(&py)
                .arg(pyenv::script(SCRIPT))
                .arg("version")
                .env_clear()
                .output()
                .map_err(|e| format!("could not run {}: {e}", py.display()))?;
            let version = String::from_utf8_lossy(&out.stdout).trim().to_owned();
            if !out.status.success() || version != TWILIO_VERSION {
                return Err(format!(
                    "`{SCRIPT} version` answered {version:?} (want {TWILIO_VERSION}), {}:\n{}",
                    out.status,
                    String::from_utf8_lossy(&out.stderr)
                ));
            }
            Ok(py)
        })
        .clone()
    })
    .await
    .expect("setup task");
    got.unwrap_or_else(|e| {
        panic!("the twilio=={TWILIO_VERSION} Python environment could not be set up: {e}")
    })
}

/// A `Command` for the script with a clean environment (no proxies, no user site-packages).
async fn script_command(args: &[&str]) -> Command {
    let mut cmd = Command::new(python().await);
    cmd.arg(pyenv::script(SCRIPT))
        .args(args)
        .env_clear()
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONNOUSERSITE", "1")
        .env("PYTHONIOENCODING", "utf-8")
        .kill_on_drop(true);
    cmd
}

/// Runs a child to completion within `CHILD_TIMEOUT` (killed otherwise).
async fn output_within(what: &str, cmd: &mut Command) -> std::process::Output {
    let child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap_or_else(|e| panic!("could not start {what}: {e}"));
    tokio::time::timeout(CHILD_TIMEOUT, child.wait_with_output())
        .await
        .unwrap_or_else(|_| panic!("{what} did not finish within {CHILD_TIMEOUT:?}"))
        .unwrap_or_else(|e| panic!("{what}: {e}"))
}

/// One library-signed request.
#[derive(Debug, Clone)]
struct Signed {
    url: String,
    signature: String,
}

/// Signs cases (`{url, token, params}` or `{url, token, body}`) with the library.
async fn library_sign(cases: &[Value]) -> Vec<Signed> {
    let mut child = script_command(&["sign"])
        .await
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start `twilio_interop.py sign`");
    let input = serde_json::to_vec(cases).unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(&input).await.expect("write cases");
    drop(stdin);
    let out = tokio::time::timeout(CHILD_TIMEOUT, child.wait_with_output())
        .await
        .expect("`sign` finished in time")
        .expect("`sign` ran");
    assert!(
        out.status.success(),
        "`twilio_interop.py sign` failed ({}):\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let signed: Vec<Value> = serde_json::from_slice(&out.stdout).expect("`sign` prints JSON");
    assert_eq!(signed.len(), cases.len());
    signed
        .iter()
        .map(|s| Signed {
            url: s["url"].as_str().unwrap().to_owned(),
            signature: s["signature"].as_str().unwrap().to_owned(),
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The Python server that validates with RequestValidator

struct PyServer {
    child: Child,
    port: u16,
    log: PathBuf,
    stderr: PathBuf,
    _dir: tempfile::TempDir,
}

impl PyServer {
    /// Starts `twilio_interop.py serve` validating with `token`; waits for its port.
    async fn start(token: &str) -> PyServer {
        let dir = tempfile::tempdir().expect("temp dir");
        let port_file = dir.path().join("port");
        let log = dir.path().join("requests.jsonl");
        let stderr = dir.path().join("stderr.txt");
        let lifetime = SERVER_LIFETIME_SECS.to_string();
        let mut child = script_command(&[
            "serve",
            port_file.to_str().unwrap(),
            token,
            log.to_str().unwrap(),
            "--timeout",
            &lifetime,
        ])
        .await
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&stderr).unwrap())
        .spawn()
        .expect("start `twilio_interop.py serve`");
        let started = Instant::now();
        let port = loop {
            if let Some(port) = std::fs::read_to_string(&port_file)
                .ok()
                .and_then(|p| p.trim().parse::<u16>().ok())
            {
                break port;
            }
            if let Some(status) = child.try_wait().unwrap() {
                panic!(
                    "the Python server exited ({status}) before listening:\n{}",
                    std::fs::read_to_string(&stderr).unwrap_or_default()
                );
            }
            assert!(
                started.elapsed() < CHILD_TIMEOUT,
                "the Python server did not listen within {CHILD_TIMEOUT:?}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        PyServer {
            child,
            port,
            log,
            stderr,
            _dir: dir,
        }
    }

    fn base_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Every request the server validated so far, in arrival order.
    fn requests(&self) -> Vec<Value> {
        std::fs::read_to_string(&self.log)
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).expect("log line is JSON"))
            .collect()
    }

    /// Empties the request log (between runs against the same server).
    fn clear(&self) {
        let _ = std::fs::remove_file(&self.log);
    }

    fn stderr(&self) -> String {
        std::fs::read_to_string(&self.stderr).unwrap_or_default()
    }

    /// Asks the server to exit; kills it if it does not within a few seconds.
    async fn stop(mut self) {
        let client = reqwest::Client::builder()
            .no_proxy()
            .timeout(Duration::from_secs(5))
            .build()
            .unwrap();
        let _ = client
            .get(format!("{}/shutdown", self.base_url()))
            .send()
            .await;
        match tokio::time::timeout(Duration::from_secs(5), self.child.wait()).await {
            Ok(status) => {
                let status = status.expect("wait for the Python server");
                assert!(
                    status.success(),
                    "the Python server failed ({status}):\n{}",
                    self.stderr()
                );
            }
            Err(_) => {
                let _ = self.child.kill().await;
                panic!("the Python server did not stop on /shutdown");
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Fixtures and requests

/// The Orchestrator fixture: one JSON body per non-empty line.
fn sms_lines() -> Vec<String> {
    std::fs::read_to_string(fixture(SMS_FIXTURE))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

/// The classic fixture: one parameter object per form.
fn whatsapp_forms() -> Vec<Map<String, Value>> {
    serde_json::from_str(&std::fs::read_to_string(fixture(WHATSAPP_FIXTURE)).unwrap()).unwrap()
}

/// Encodes a form object (`{name: value | [values]}`) the way Twilio posts it.
fn form_body(params: &Map<String, Value>) -> String {
    let mut ser = form_urlencoded::Serializer::new(String::new());
    for (k, v) in params {
        match v {
            Value::Array(vals) => {
                for x in vals {
                    ser.append_pair(k, x.as_str().expect("form values are strings"));
                }
            }
            other => {
                ser.append_pair(k, other.as_str().expect("form values are strings"));
            }
        }
    }
    ser.finish()
}

/// Forms that stress the signing rules: repeated and duplicate values, names whose byte order
/// differs from their case-insensitive order, empty values, non-ASCII, characters that form
/// encoding escapes. Their event types are ones the sidecar answers 200 and ignores.
fn edge_forms() -> Vec<Map<String, Value>> {
    let forms = json!([
        {
            "EventType": "onUserUpdated",
            "Body": "Ünïcødé 😀 & a=b + 100% \"q\" ~*'()!\nline 2\r\n\ttab",
            "Media": ["z", "a", "z", "ä"],
            "a": "lower",
            "B": "upper",
            "_": "under",
            "Empty": "",
            "Attributes": "{\"k\":[1,2]}",
            "Url": "https://example.com/x?y=1&z=2#f"
        },
        {
            "EventType": "onDeliveryUpdated",
            "Same": ["x", "x"],
            "Name.With.Dots": "v",
            "Name[0]": "bracket",
            "Tilde~": " leading and trailing spaces "
        }
    ]);
    serde_json::from_value(forms).unwrap()
}

/// Orchestrator bodies that stress the byte-for-byte rule: non-ASCII, escapes, odd spacing,
/// trailing blanks. Unknown event types: answered 200 and ignored.
fn edge_json_lines() -> Vec<String> {
    vec![
        r#"{"eventType":"SOMETHING_NEW","timestamp":"2026-05-06T19:30:00.000Z","data":{"text":"Ünïcødé 😀 \u00e9 \\ \" / <>&+%20"}}   "#.to_owned(),
        r#"{ "eventType" : "SPACED_OUT" ,	"data" : { "n" : 1.50e3 } }"#.to_owned(),
    ]
}

/// A request as Twilio would deliver it (the signature is filled in by the library).
#[derive(Debug, Clone)]
struct Delivery {
    what: String,
    url: String,
    content_type: &'static str,
    body: String,
    signature: String,
}

impl Delivery {
    async fn post(&self, app: &TestApp) -> reqwest::Response {
        app.client
            .post(&self.url)
            .header("Content-Type", self.content_type)
            .header("X-Twilio-Signature", &self.signature)
            .body(self.body.clone())
            .send()
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", self.what))
    }
}

/// The JSON case for one Orchestrator body.
fn json_case(app: &TestApp, token: &str, body: &str) -> Value {
    json!({"url": app.orchestrator_url(), "token": token, "body": body})
}

/// The form case for one classic form.
fn form_case(app: &TestApp, token: &str, params: &Map<String, Value>) -> Value {
    json!({
        "url": format!("{}/webhooks/conversations", app.address),
        "token": token,
        "params": params,
    })
}

/// Every fixture event (the SMS lines, then the WhatsApp forms) as library-signed deliveries.
async fn library_signed_fixtures(app: &TestApp, token: &str) -> Vec<Delivery> {
    let lines = sms_lines();
    let forms = whatsapp_forms();
    let mut cases: Vec<Value> = lines.iter().map(|l| json_case(app, token, l)).collect();
    cases.extend(forms.iter().map(|f| form_case(app, token, f)));
    let signed = library_sign(&cases).await;
    let mut out = Vec::new();
    for (i, (line, s)) in lines.iter().zip(&signed).enumerate() {
        out.push(Delivery {
            what: format!("{SMS_FIXTURE} line {}", i + 1),
            url: s.url.clone(),
            content_type: "application/json",
            body: line.clone(),
            signature: s.signature.clone(),
        });
    }
    for (i, (form, s)) in forms.iter().zip(&signed[lines.len()..]).enumerate() {
        out.push(Delivery {
            what: format!("{WHATSAPP_FIXTURE} form {}", i + 1),
            url: s.url.clone(),
            content_type: "application/x-www-form-urlencoded",
            body: form_body(form),
            signature: s.signature.clone(),
        });
    }
    out
}

/// Asserts a 403 in Twilio's error shape `{code, message, more_info, status}`.
async fn assert_forbidden(rsp: reqwest::Response, what: &str) {
    assert_eq!(rsp.status(), 403, "{what}");
    let body: Value = rsp
        .json()
        .await
        .unwrap_or_else(|e| panic!("{what}: error body is not JSON: {e}"));
    let keys: Vec<&str> = body
        .as_object()
        .unwrap_or_else(|| panic!("{what}: {body}"))
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        ["code", "message", "more_info", "status"],
        "{what}: {body}"
    );
    assert_eq!(body["code"], 403, "{what}: {body}");
    assert_eq!(body["status"], 403, "{what}: {body}");
    assert!(
        body["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{what}: {body}"
    );
    assert!(
        body["more_info"]
            .as_str()
            .is_some_and(|u| u.starts_with("https://www.twilio.com/docs/errors/")),
        "{what}: {body}"
    );
}

async fn conversation_status(app: &TestApp, store: &str, conv: &str) -> u16 {
    app.get(&format!("/v1/Stores/{store}/Conversations/{conv}"))
        .await
        .status()
        .as_u16()
}

/// Runs `memory-sidecar send --url URL --auth-token TOKEN FILES...`.
async fn run_send(url: &str, token: &str, files: &[PathBuf]) -> std::process::Output {
    output_within(
        "memory-sidecar send",
        Command::new(env!("CARGO_BIN_EXE_memory-sidecar"))
            .arg("send")
            .args(["--url", url, "--auth-token", token])
            .args(files)
            // No TWILIO_AUTH_TOKEN, MEMORY_SIDECAR__*, proxies or config from the caller.
            .env_clear()
            .current_dir(std::env::temp_dir()),
    )
    .await
}

fn describe(out: &std::process::Output) -> String {
    format!(
        "{}\nstdout:\n{}\nstderr:\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// The event labels of a fixture file in delivery order (what `send` posts, one by one).
fn fixture_events() -> (Vec<String>, Vec<String>) {
    let sms = sms_lines()
        .iter()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["eventType"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    let whatsapp = whatsapp_forms()
        .iter()
        .map(|f| f["EventType"].as_str().unwrap().to_owned())
        .collect();
    (sms, whatsapp)
}

/// Checks what the Python server logged for one `send` run of both fixtures.
fn assert_logged(
    server: &PyServer,
    path_prefix_json: &str,
    path_form: &str,
    valid: bool,
    run: &str,
) {
    let requests = server.requests();
    let (sms, whatsapp) = fixture_events();
    for r in &requests {
        // The URL RequestValidator checked is the one `send` was pointed at.
        let path = r["path"].as_str().unwrap();
        assert_eq!(r["url"], format!("{}{path}", server.base_url()), "{run}");
    }
    assert_eq!(
        requests.len(),
        sms.len() + whatsapp.len(),
        "{run}: one validation per event: {requests:#?}"
    );
    assert_eq!((sms.len(), whatsapp.len()), (9, 6));
    for (r, event) in requests[..sms.len()].iter().zip(&sms) {
        assert_eq!(r["kind"], "json", "{run}: {r}");
        assert_eq!(r["event"], event.as_str(), "{run}: {r}");
        assert_eq!(r["has_body_hash"], true, "{run}: {r}");
        let path = r["path"].as_str().unwrap();
        assert!(
            path.starts_with(path_prefix_json) && path.len() == path_prefix_json.len() + 64,
            "{run}: {path} is not {path_prefix_json}<sha256>"
        );
        assert_eq!(r["valid"], valid, "{run}: RequestValidator said {r}");
    }
    for (r, event) in requests[sms.len()..].iter().zip(&whatsapp) {
        assert_eq!(r["kind"], "form", "{run}: {r}");
        assert_eq!(r["event"], event.as_str(), "{run}: {r}");
        assert_eq!(r["path"], path_form, "{run}: {r}");
        assert_eq!(r["valid"], valid, "{run}: RequestValidator said {r}");
    }
}

// ---------------------------------------------------------------------------------------------
// Tests

/// `send` signs; the library's RequestValidator judges. Both fixture files, with the webhook
/// paths appended by `send` and with a full URL carrying its own query; then a different token
/// as the negative control.
#[tokio::test]
async fn send_is_accepted_by_the_twilio_request_validator() {
    const TOKEN: &str = "interop-token-0123456789abcdef";
    let server = PyServer::start(TOKEN).await;
    let files = [fixture(SMS_FIXTURE), fixture(WHATSAPP_FIXTURE)];

    // Base URL: send appends /webhooks/orchestrator (+ bodySHA256) and /webhooks/conversations.
    let out = run_send(&server.base_url(), TOKEN, &files).await;
    assert!(out.status.success(), "send failed: {}", describe(&out));
    assert_logged(
        &server,
        "/webhooks/orchestrator?bodySHA256=",
        "/webhooks/conversations",
        true,
        "base URL",
    );

    // A full URL with its own (percent-encoded) query: bodySHA256 is appended after it.
    server.clear();
    let hook = format!("{}/hooks/twilio?tenant=a%20b&x=1", server.base_url());
    let out = run_send(&hook, TOKEN, &files).await;
    assert!(out.status.success(), "send failed: {}", describe(&out));
    assert_logged(
        &server,
        "/hooks/twilio?tenant=a%20b&x=1&bodySHA256=",
        "/hooks/twilio?tenant=a%20b&x=1",
        true,
        "full URL",
    );

    // Negative control: the validator really can say no.
    server.clear();
    let out = run_send(&server.base_url(), "some-other-token", &files).await;
    assert!(
        !out.status.success(),
        "send must fail when deliveries get 403: {}",
        describe(&out)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        stdout.lines().filter(|l| l.starts_with("403 ")).count(),
        15,
        "{}",
        describe(&out)
    );
    assert_logged(
        &server,
        "/webhooks/orchestrator?bodySHA256=",
        "/webhooks/conversations",
        false,
        "wrong token",
    );
    server.stop().await;
}

/// The library signs every fixture event; the server accepts them all and threads them.
#[tokio::test]
async fn library_signed_fixtures_are_accepted_and_threaded() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    let deliveries = library_signed_fixtures(&app, AUTH_TOKEN).await;
    assert_eq!(deliveries.len(), 15);
    for d in &deliveries {
        // The URL posted is exactly the one the library signed.
        if d.content_type == "application/json" {
            assert!(
                d.url.starts_with(&format!(
                    "{}/webhooks/orchestrator?bodySHA256=",
                    app.address
                )),
                "{}",
                d.url
            );
        } else {
            assert_eq!(d.url, format!("{}/webhooks/conversations", app.address));
        }
        let rsp = d.post(&app).await;
        let status = rsp.status();
        let text = rsp.text().await.unwrap();
        assert_eq!(status, 200, "{}: {text}", d.what);
        assert_eq!(
            serde_json::from_str::<Value>(&text).unwrap(),
            json!({"status": "ok"})
        );
    }

    let sms = app.all_communications(&store, SMS_CONV).await;
    let ids: Vec<&str> = sms.iter().map(|c| c["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "conv_communication_01jc3x5q7m00000000000000m0",
            "conv_communication_01jc3x5q7m00000000000000m1",
            "conv_communication_01jc3x5q7m00000000000000m2",
            "conv_communication_01jc3x5q7m00000000000000m3"
        ]
    );
    assert!(sms[0]["content"]["text"]
        .as_str()
        .unwrap()
        .starts_with("Hi, this is Alyssa."));
    let conv = app
        .get_json(&format!("/v1/Stores/{store}/Conversations/{SMS_CONV}"))
        .await;
    assert_eq!(conv["status"], "CLOSED");
    assert_eq!(conv["communicationsCount"], 4);

    let whatsapp = app.all_communications(&store, WHATSAPP_CONV).await;
    let texts: Vec<&str> = whatsapp
        .iter()
        .map(|c| c["content"]["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts,
        [
            "Hello again, it's Alyssa. The package arrived but the box was damaged.",
            "Do you want a replacement or a refund?",
            "A replacement please, same address."
        ]
    );
    let conv = app
        .get_json(&format!("/v1/Stores/{store}/Conversations/{WHATSAPP_CONV}"))
        .await;
    assert_eq!(conv["status"], "CLOSED");
    assert_eq!(conv["communicationsCount"], 3);
    app.stop().await;
}

/// Library-signed deliveries, tampered after signing, are 403 in Twilio's error shape and
/// store nothing; the untampered ones are then accepted (so the 403s were the tampering).
#[tokio::test]
async fn tampered_library_signed_requests_are_403_and_store_nothing() {
    let app = spawn_app().await;
    let store = app.default_store_id().await;
    let genuine = library_signed_fixtures(&app, AUTH_TOKEN).await;
    let wrong_token = library_signed_fixtures(&app, "not-the-test-auth-token").await;

    let mut tampered: Vec<Delivery> = Vec::new();
    let lines = sms_lines();
    let forms = whatsapp_forms();
    for d in &genuine {
        let mut t = d.clone();
        if d.content_type == "application/json" {
            // (i) One byte of the body changed; URL and bodySHA256 kept as signed.
            let at = d.body.find("2026").expect("a timestamp") + 3;
            let mut bytes = d.body.clone().into_bytes();
            bytes[at] = b'7';
            t.body = String::from_utf8(bytes).unwrap();
            assert_eq!(
                t.body
                    .bytes()
                    .zip(d.body.bytes())
                    .filter(|(a, b)| a != b)
                    .count(),
                1
            );
            t.what = format!("{} with one body byte changed", d.what);
            tampered.push(t.clone());
            // (iii) A query parameter added to the signed URL.
            let mut t = d.clone();
            t.url = format!("{}&tenant=other", d.url);
            t.what = format!("{} with a query parameter added", d.what);
            tampered.push(t);
        } else {
            // (iii) A query parameter added to the signed URL.
            t.url = format!("{}?tenant=other", d.url);
            t.what = format!("{} with a query parameter added", d.what);
            tampered.push(t);
        }
    }
    for (i, form) in forms.iter().enumerate() {
        let d = &genuine[lines.len() + i];
        // (ii) A form parameter value changed (one byte of AccountSid).
        let mut changed = form.clone();
        changed.insert(
            "AccountSid".into(),
            json!("AC00000000000000000000000000000001"),
        );
        assert_ne!(changed, *form);
        let mut t = d.clone();
        t.body = form_body(&changed);
        t.what = format!("{} with a parameter value changed", d.what);
        tampered.push(t);
        // ... and a parameter added.
        let mut added = form.clone();
        added.insert("Extra".into(), json!("1"));
        let mut t = d.clone();
        t.body = form_body(&added);
        t.what = format!("{} with a parameter added", d.what);
        tampered.push(t);
    }
    // (iv) Signed by the library with another token.
    for d in &wrong_token {
        let mut t = d.clone();
        t.what = format!("{} signed with a wrong token", d.what);
        tampered.push(t);
    }
    assert_eq!(tampered.len(), 9 * 2 + 6 + 6 * 2 + 15);

    for t in &tampered {
        assert_forbidden(t.post(&app).await, &t.what).await;
    }
    for conv in [SMS_CONV, WHATSAPP_CONV] {
        assert_eq!(
            conversation_status(&app, &store, conv).await,
            404,
            "{conv} must not exist after rejected deliveries"
        );
    }

    // Positive control: the same deliveries untampered are accepted.
    for d in &genuine {
        assert_eq!(d.post(&app).await.status(), 200, "{}", d.what);
    }
    assert_eq!(app.all_communications(&store, SMS_CONV).await.len(), 4);
    assert_eq!(app.all_communications(&store, WHATSAPP_CONV).await.len(), 3);
    app.stop().await;
}

/// `send` on bodies and forms that stress the signing rules; RequestValidator accepts them all.
#[tokio::test]
async fn send_edge_cases_are_accepted_by_the_twilio_request_validator() {
    const TOKEN: &str = "edge-token";
    let server = PyServer::start(TOKEN).await;
    let dir = tempfile::tempdir().unwrap();
    let forms_file = dir.path().join("edge-forms.json");
    std::fs::write(&forms_file, serde_json::to_vec(&edge_forms()).unwrap()).unwrap();
    let lines_file = dir.path().join("edge-events.jsonl");
    std::fs::write(&lines_file, edge_json_lines().join("\r\n") + "\n\n").unwrap();

    let out = run_send(&server.base_url(), TOKEN, &[forms_file, lines_file]).await;
    assert!(out.status.success(), "send failed: {}", describe(&out));
    let requests = server.requests();
    let events: Vec<(&str, &str, bool)> = requests
        .iter()
        .map(|r| {
            (
                r["kind"].as_str().unwrap(),
                r["event"].as_str().unwrap(),
                r["valid"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        events,
        [
            ("form", "onUserUpdated", true),
            ("form", "onDeliveryUpdated", true),
            ("json", "SOMETHING_NEW", true),
            ("json", "SPACED_OUT", true),
        ],
        "{requests:#?}"
    );
    server.stop().await;
}

/// The library signs the same edge cases; the server accepts them (200, ignored event types)
/// and rejects them once tampered.
#[tokio::test]
async fn library_signed_edge_cases_are_accepted_and_tampering_detected() {
    let app = spawn_app().await;
    let forms = edge_forms();
    let lines = edge_json_lines();
    let mut cases: Vec<Value> = forms
        .iter()
        .map(|f| form_case(&app, AUTH_TOKEN, f))
        .collect();
    cases.extend(lines.iter().map(|l| json_case(&app, AUTH_TOKEN, l)));
    let signed = library_sign(&cases).await;
    let mut deliveries = Vec::new();
    for (i, (f, s)) in forms.iter().zip(&signed).enumerate() {
        deliveries.push(Delivery {
            what: format!("edge form {i}"),
            url: s.url.clone(),
            content_type: "application/x-www-form-urlencoded",
            body: form_body(f),
            signature: s.signature.clone(),
        });
    }
    for (i, (l, s)) in lines.iter().zip(&signed[forms.len()..]).enumerate() {
        deliveries.push(Delivery {
            what: format!("edge body {i}"),
            url: s.url.clone(),
            content_type: "application/json",
            body: l.clone(),
            signature: s.signature.clone(),
        });
    }
    for d in &deliveries {
        let rsp = d.post(&app).await;
        let status = rsp.status();
        let text = rsp.text().await.unwrap();
        assert_eq!(status, 200, "{}: {text}", d.what);
    }

    // A duplicate value dropped does not change what is signed (distinct values), but a
    // changed value does, and so does a changed non-ASCII byte in a JSON body.
    let mut same = forms[1].clone();
    same.insert("Same".into(), json!("x"));
    let mut t = deliveries[1].clone();
    t.body = form_body(&same);
    assert_eq!(t.post(&app).await.status(), 200, "duplicate value dropped");

    let mut changed = forms[0].clone();
    changed.insert("Media".into(), json!(["z", "a", "z", "å"]));
    let mut t = deliveries[0].clone();
    t.body = form_body(&changed);
    assert_forbidden(t.post(&app).await, "a repeated value changed").await;

    let mut t = deliveries[forms.len()].clone();
    t.body = t.body.replacen('é', "è", 1);
    assert_forbidden(t.post(&app).await, "a non-ASCII body character changed").await;
    app.stop().await;
}

/// `send` signs the URL it actually requests, not the `--url` text as typed: the HTTP client
/// normalises it (path `/` added, spaces and non-ASCII percent-encoded, host lower-cased), and
/// a receiver can only verify what arrived.
#[tokio::test]
async fn send_signs_the_url_it_actually_requests() {
    const TOKEN: &str = "url-token";
    let server = PyServer::start(TOKEN).await;
    let files = [fixture(SMS_FIXTURE), fixture(WHATSAPP_FIXTURE)];
    let port = server.port;
    for url in [
        format!("http://127.0.0.1:{port}?tenant=1"),
        format!("http://127.0.0.1:{port}/hook?q=a b"),
        format!("http://127.0.0.1:{port}/hook?q=é"),
        format!("http://LOCALHOST:{port}"),
    ] {
        server.clear();
        let out = run_send(&url, TOKEN, &files).await;
        let requests = server.requests();
        let valid = requests.iter().filter(|r| r["valid"] == true).count();
        assert!(
            out.status.success() && valid == 15,
            "--url {url:?}: {valid} of {} valid: {}",
            requests.len(),
            describe(&out)
        );
    }
    server.stop().await;
}

/// A fragment is never sent over HTTP, so `send` must neither sign it nor append
/// `bodySHA256` inside it (which would drop the hash from the request altogether).
#[tokio::test]
async fn send_ignores_the_url_fragment() {
    const TOKEN: &str = "fragment-token";
    let server = PyServer::start(TOKEN).await;
    let files = [fixture(SMS_FIXTURE), fixture(WHATSAPP_FIXTURE)];
    server.clear();
    let out = run_send(&format!("{}#top", server.base_url()), TOKEN, &files).await;
    assert!(out.status.success(), "send failed: {}", describe(&out));
    assert_logged(
        &server,
        "/webhooks/orchestrator?bodySHA256=",
        "/webhooks/conversations",
        true,
        "base URL with a fragment",
    );
    server.clear();
    let hook = format!("{}/hooks/twilio?x=1#top", server.base_url());
    let out = run_send(&hook, TOKEN, &files).await;
    assert!(out.status.success(), "send failed: {}", describe(&out));
    assert_logged(
        &server,
        "/hooks/twilio?x=1&bodySHA256=",
        "/hooks/twilio?x=1",
        true,
        "full URL with a fragment",
    );
    server.stop().await;
}
