//! Test harness: the real application on port 0 with a temp data dir, talked to over HTTP.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once};
use std::time::Duration;

use memory_sidecar::extraction::Extractor;
use memory_sidecar::ingest::lifecycle::Sweeper;
use memory_sidecar::routes::webhooks::signature::{sign, url_with_body_hash};
use memory_sidecar::settings::Settings;
use memory_sidecar::startup::Application;
use memory_sidecar::storage::Storage;
use secrecy::SecretString;
use serde_json::{json, Value};

pub const ACCOUNT_SID: &str = "ACtest00000000000000000000000000";
pub const AUTH_TOKEN: &str = "test-auth-token";

static TRACING: Once = Once::new();
static LOGS: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// Collects every log line of every in-process app (all threads) so tests can check what is
/// logged; `TEST_LOG=1` echoes them to stderr too.
#[derive(Clone, Copy)]
struct CaptureWriter;

impl std::io::Write for CaptureWriter {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        if std::env::var_os("TEST_LOG").is_some() {
            let _ = std::io::stderr().write_all(b);
        }
        LOGS.lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Everything logged so far by in-process apps, as JSON lines.
pub fn captured_logs() -> String {
    String::from_utf8_lossy(&LOGS.lock().unwrap_or_else(|e| e.into_inner())).into_owned()
}

/// Settings for a test app: port 0, one worker, the given data dir, known credentials.
pub fn test_settings(data_dir: &Path) -> Settings {
    TRACING.call_once(|| {
        let _ = tracing_subscriber::fmt()
            .json()
            .with_env_filter(tracing_subscriber::EnvFilter::new("debug"))
            .with_writer(|| CaptureWriter)
            .try_init();
    });
    let mut s = Settings::load_from(None, Path::new("/nonexistent/default.toml"), |_| None)
        .expect("defaults load");
    s.server.bind = "127.0.0.1:0".into();
    s.server.workers = 1;
    s.storage.path = data_dir.to_path_buf();
    s.storage.cache_capacity_bytes = 16 * 1024 * 1024;
    s.auth.account_sid = Some(ACCOUNT_SID.into());
    s.auth.auth_token = Some(SecretString::from(AUTH_TOKEN));
    // Tests run extraction jobs themselves (`TestApp::extractor`) unless they ask for workers.
    s.extraction.workers = 0;
    s
}

/// A running application.
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub data_dir: PathBuf,
    pub sweeper: Sweeper,
    pub extractor: Extractor,
    pub storage: Storage,
    _dir: Option<tempfile::TempDir>,
    handle: actix_web::dev::ServerHandle,
    join: tokio::task::JoinHandle<anyhow::Result<()>>,
}

/// Spawns the app with default test settings.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// Spawns the app after `tweak` adjusts the settings.
pub async fn spawn_app_with(tweak: impl FnOnce(&mut Settings)) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut settings = test_settings(dir.path());
    tweak(&mut settings);
    start(settings, Some(dir)).await
}

/// Starts an app on an existing data directory (a restart), retrying while the previous
/// instance still holds sled's lock.
pub async fn spawn_app_on(data_dir: &Path, tweak: impl FnOnce(&mut Settings)) -> TestApp {
    let mut settings = test_settings(data_dir);
    tweak(&mut settings);
    start(settings, None).await
}

async fn start(settings: Settings, dir: Option<tempfile::TempDir>) -> TestApp {
    let data_dir = settings.storage.path.clone();
    let mut last_err = None;
    for _ in 0..100 {
        match Application::build(settings.clone()).await {
            Ok(app) => {
                let port = app.port();
                let sweeper = app.sweeper();
                let extractor = app.extractor();
                let storage = app.storage();
                let handle = app.server_handle();
                let join = tokio::spawn(app.run_until_stopped());
                return TestApp {
                    address: format!("http://127.0.0.1:{port}"),
                    client: reqwest::Client::builder()
                        .redirect(reqwest::redirect::Policy::none())
                        .build()
                        .unwrap(),
                    data_dir,
                    sweeper,
                    extractor,
                    storage,
                    _dir: dir,
                    handle,
                    join,
                };
            }
            Err(e) => {
                last_err = Some(e);
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
    }
    panic!("application did not start: {:?}", last_err);
}

impl TestApp {
    /// Stops the server gracefully and waits until storage is released; returns the temp dir
    /// (if this app owned it) so the data can be reopened.
    pub async fn stop(self) -> Option<tempfile::TempDir> {
        self.handle.stop(true).await;
        let _ = self.join.await;
        drop(self.storage);
        drop(self.sweeper);
        drop(self.extractor);
        self._dir
    }

    /// The account auth token, URL-signing helper included.
    pub fn orchestrator_url(&self) -> String {
        format!("{}/webhooks/orchestrator", self.address)
    }

    /// POSTs an Orchestrator body signed with `token`.
    pub async fn post_orchestrator_signed(
        &self,
        body: &str,
        token: &str,
        idempotency: Option<&str>,
    ) -> reqwest::Response {
        let url = url_with_body_hash(&self.orchestrator_url(), body.as_bytes());
        let sig = sign(token.as_bytes(), &url, &[]);
        let mut req = self
            .client
            .post(&url)
            .header("Content-Type", "application/json")
            .header("X-Twilio-Signature", sig)
            .body(body.to_owned());
        if let Some(t) = idempotency {
            req = req.header("I-Twilio-Idempotency-Token", t);
        }
        req.send().await.expect("request sent")
    }

    /// POSTs an Orchestrator body signed with the account token.
    pub async fn post_orchestrator(&self, body: &str) -> reqwest::Response {
        self.post_orchestrator_signed(body, AUTH_TOKEN, None).await
    }

    /// POSTs a classic form signed with the account token.
    pub async fn post_classic(&self, pairs: &[(&str, &str)]) -> reqwest::Response {
        let url = format!("{}/webhooks/conversations", self.address);
        let owned: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let sig = sign(AUTH_TOKEN.as_bytes(), &url, &owned);
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(owned.iter())
            .finish();
        self.client
            .post(&url)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Twilio-Signature", sig)
            .body(body)
            .send()
            .await
            .expect("request sent")
    }

    /// GET with account credentials.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{}", self.address, path))
            .basic_auth(ACCOUNT_SID, Some(AUTH_TOKEN))
            .send()
            .await
            .expect("request sent")
    }

    /// GET with account credentials, expecting 200 JSON.
    pub async fn get_json(&self, path: &str) -> Value {
        let rsp = self.get(path).await;
        assert_eq!(rsp.status(), 200, "GET {path}");
        rsp.json().await.unwrap()
    }

    /// A request with any method and JSON body, with account credentials.
    pub async fn send_json(
        &self,
        method: reqwest::Method,
        path: &str,
        body: &Value,
    ) -> reqwest::Response {
        self.client
            .request(method, format!("{}{}", self.address, path))
            .basic_auth(ACCOUNT_SID, Some(AUTH_TOKEN))
            .json(body)
            .send()
            .await
            .expect("request sent")
    }

    /// DELETE with account credentials.
    pub async fn delete(&self, path: &str) -> reqwest::Response {
        self.client
            .delete(format!("{}{}", self.address, path))
            .basic_auth(ACCOUNT_SID, Some(AUTH_TOKEN))
            .send()
            .await
            .expect("request sent")
    }

    /// The id of the store named `default`.
    pub async fn default_store_id(&self) -> String {
        let stores = self.get_json("/v1/ControlPlane/Stores").await;
        for id in stores["stores"].as_array().unwrap() {
            let id = id.as_str().unwrap();
            let s = self
                .get_json(&format!("/v1/ControlPlane/Stores/{id}"))
                .await;
            if s["displayName"] == "default" {
                return id.to_owned();
            }
        }
        panic!("no default store");
    }

    /// Every communication of a conversation, following page tokens.
    pub async fn all_communications(&self, store: &str, conv: &str) -> Vec<Value> {
        let mut out = Vec::new();
        let mut token: Option<String> = None;
        loop {
            let mut path =
                format!("/v1/Stores/{store}/Conversations/{conv}/Communications?pageSize=1000");
            if let Some(t) = &token {
                path.push_str(&format!("&pageToken={t}"));
            }
            let page = self.get_json(&path).await;
            out.extend(page["communications"].as_array().unwrap().iter().cloned());
            match page["meta"]["nextToken"].as_str() {
                Some(t) => token = Some(t.to_owned()),
                None => return out,
            }
        }
    }
}

/// A COMMUNICATION_CREATED body.
pub fn communication(conv: &str, id: &str, text: &str, occurred_at: &str) -> String {
    json!({
        "eventType": "COMMUNICATION_CREATED",
        "timestamp": occurred_at,
        "data": {
            "id": id,
            "conversationId": conv,
            "accountId": "AC00000000000000000000000000000000",
            "author": {"address": "+13175551234", "channel": "SMS", "participantId": "p_cust"},
            "recipients": [{"address": "+18005550100", "channel": "SMS", "participantId": "p_agent"}],
            "content": {"type": "TEXT", "text": text},
            "createdAt": occurred_at,
            "updatedAt": occurred_at,
            "occurredAt": occurred_at
        }
    })
    .to_string()
}

/// A CONVERSATION_CREATED/UPDATED body.
pub fn conversation_event(
    event_type: &str,
    conv: &str,
    status: &str,
    configuration_id: &str,
    at: &str,
) -> String {
    json!({
        "eventType": event_type,
        "timestamp": at,
        "data": {
            "id": conv,
            "accountId": "AC00000000000000000000000000000000",
            "configurationId": configuration_id,
            "status": status,
            "createdAt": "2026-05-06T19:30:00.000Z",
            "updatedAt": at
        }
    })
    .to_string()
}

/// A path to a shared fixture.
pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}
