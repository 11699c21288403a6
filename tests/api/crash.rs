//! Crash safety (SPEC 1.3): `kill -9` the real binary while it ingests from many connections,
//! restart it on the same data, and prove every acknowledged communication is there exactly
//! once.
//!
//! The binary is run as a child process (not in-process) so that SIGKILL really drops
//! everything that was only in memory. Each run crashes it several times under load, at
//! random points, with fresh events, retries of acknowledged events and retries of events
//! whose delivery the crash cut off all mixed together, then re-sends everything once more.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::Stdio;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{DateTime, SecondsFormat, Utc};
use futures::StreamExt;
use memory_sidecar::routes::webhooks::signature::{sign, url_with_body_hash};
use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};
use serde_json::Value;

use crate::helpers::{communication, ACCOUNT_SID, AUTH_TOKEN};

/// Concurrent senders, each with its own client (so its own connection).
const CONNECTIONS: usize = 32;
const CONVERSATIONS: usize = 20;
/// Crashes under load before the final restart.
const CRASHES: usize = 3;
/// The kill comes after this many acknowledgements (randomised down to a quarter of it) ...
const KILL_AFTER_ACKS: usize = 2_000;
/// ... or after this long (randomised down to 30% of it), whichever comes first.
const KILL_AFTER: Duration = Duration::from_millis(1_500);
const STARTUP_TIMEOUT: Duration = Duration::from_secs(20);
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
const SENDERS_STOP_TIMEOUT: Duration = Duration::from_secs(15);
/// Bounds the whole scenario; processes are killed when it expires.
const TEST_TIMEOUT: Duration = Duration::from_secs(120);

// ---------------------------------------------------------------------------------------------
// The binary as a child process

/// A running `memory-sidecar serve` process.
pub(crate) struct Child {
    proc: std::process::Child,
    pub(crate) port: u16,
    logs: Arc<Mutex<Vec<String>>>,
    drain: Option<std::thread::JoinHandle<()>>,
}

impl Child {
    /// Starts the binary on `data_dir` and waits until it logs the port it listens on.
    async fn spawn(data_dir: &Path) -> Child {
        Self::spawn_with(data_dir, &[]).await
    }

    /// As [`spawn`](Self::spawn), with extra environment variables.
    pub(crate) async fn spawn_with(data_dir: &Path, extra_env: &[(&str, &str)]) -> Child {
        let mut proc = std::process::Command::new(env!("CARGO_BIN_EXE_memory-sidecar"))
            .arg("serve")
            // Nothing from the caller's environment (MEMORY_SIDECAR__*, TWILIO_*) leaks in, and
            // no ./config/default.toml is picked up from the working directory.
            .env_clear()
            .current_dir(data_dir.parent().expect("data dir has a parent"))
            .env("MEMORY_SIDECAR__SERVER__BIND", "127.0.0.1:0")
            .env("MEMORY_SIDECAR__STORAGE__PATH", data_dir)
            .env("MEMORY_SIDECAR__AUTH__ACCOUNT_SID", ACCOUNT_SID)
            .env("MEMORY_SIDECAR__AUTH__AUTH_TOKEN", AUTH_TOKEN)
            .env("MEMORY_SIDECAR__TELEMETRY__FORMAT", "json")
            .env("RUST_LOG", "warn,memory_sidecar::startup=info")
            .envs(extra_env.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start memory-sidecar");
        let stderr = proc.stderr.take().expect("piped stderr");
        let logs = Arc::new(Mutex::new(Vec::new()));
        let (tx, rx) = tokio::sync::oneshot::channel::<u16>();
        let drain = {
            let logs = Arc::clone(&logs);
            std::thread::spawn(move || {
                let mut tx = Some(tx);
                for line in BufReader::new(stderr).lines() {
                    let Ok(line) = line else { break };
                    if tx.is_some() {
                        if let Ok(v) = serde_json::from_str::<Value>(&line) {
                            if v["message"] == "memory-sidecar listening" {
                                if let (Some(port), Some(tx)) = (v["port"].as_u64(), tx.take()) {
                                    let _ = tx.send(port as u16);
                                }
                            }
                        }
                    }
                    logs.lock().unwrap().push(line);
                }
            })
        };
        let mut child = Child {
            proc,
            port: 0,
            logs,
            drain: Some(drain),
        };
        match tokio::time::timeout(STARTUP_TIMEOUT, rx).await {
            Ok(Ok(port)) => {
                child.port = port;
                child
            }
            Ok(Err(_)) => {
                let logs = child.kill();
                panic!(
                    "memory-sidecar exited before listening ({:?}); stderr:\n{}",
                    child.proc.try_wait(),
                    logs.join("\n")
                );
            }
            Err(_) => {
                let logs = child.kill();
                panic!(
                    "memory-sidecar did not listen within {STARTUP_TIMEOUT:?}; stderr:\n{}",
                    logs.join("\n")
                );
            }
        }
    }

    pub(crate) fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// SIGKILL (what `Child::kill` sends on Unix), reap, and return everything it logged.
    pub(crate) fn kill(&mut self) -> Vec<String> {
        let _ = self.proc.kill();
        let _ = self.proc.wait();
        if let Some(drain) = self.drain.take() {
            // The process is gone, so its stderr is at EOF.
            let _ = drain.join();
        }
        self.logs.lock().unwrap().clone()
    }
}

impl Drop for Child {
    fn drop(&mut self) {
        let _ = self.proc.kill();
        let _ = self.proc.wait();
    }
}

/// Kills the child and checks that nothing it logged is an error.
fn kill_and_check_logs(child: &mut Child, when: &str) {
    let logs = child.kill();
    let errors: Vec<&String> = logs
        .iter()
        .filter(|l| l.contains("\"level\":\"ERROR\"") || l.contains("panicked"))
        .collect();
    assert!(
        errors.is_empty(),
        "memory-sidecar logged errors ({when}):\n{}",
        errors
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
    let expected_warning = "no LLM configured";
    for l in logs
        .iter()
        .filter(|l| l.contains("\"level\":\"WARN\"") && !l.contains(expected_warning))
    {
        eprintln!("crash test: memory-sidecar warned ({when}): {l}");
    }
}

// ---------------------------------------------------------------------------------------------
// Events and what happened to them

/// One distinct COMMUNICATION_CREATED delivery (always re-sent byte for byte, same token).
#[derive(Debug)]
struct Event {
    id: String,
    conv: String,
    text: String,
    occurred_at: DateTime<Utc>,
    body: String,
    token: Option<String>,
}

fn conv_id(i: usize) -> String {
    format!("conv_crash_{i:02}")
}

fn new_event(cycle: usize, task: usize, seq: usize, rng: &mut SmallRng) -> Event {
    let conv = conv_id(rng.random_range(0..CONVERSATIONS));
    let id = format!("comm_c{cycle}_t{task:02}_s{seq:05}");
    let text = format!("crash test message {id}");
    // Whole seconds over ~1.4 h: arrival order is not thread order, and some share an instant.
    let base = DateTime::parse_from_rfc3339("2026-05-06T19:00:00Z")
        .unwrap()
        .with_timezone(&Utc);
    let occurred_at = base + chrono::Duration::seconds(rng.random_range(0..5_000));
    let body = communication(
        &conv,
        &id,
        &text,
        &occurred_at.to_rfc3339_opts(SecondsFormat::Millis, true),
    );
    // A third of the senders carry I-Twilio-Idempotency-Token, as Twilio does.
    let token = (task % 3 == 0).then(|| format!("idem_{id}"));
    Event {
        id,
        conv,
        text,
        occurred_at,
        body,
        token,
    }
}

/// Every event ever sent (before its first request left), and those acknowledged with 200.
#[derive(Default)]
struct Ledger {
    sent: HashMap<String, Arc<Event>>,
    acked: HashSet<String>,
}

/// POSTs a signed delivery; the HTTP status, or the transport error.
async fn deliver(client: &reqwest::Client, base: &str, ev: &Event) -> Result<u16, reqwest::Error> {
    let url = url_with_body_hash(&format!("{base}/webhooks/orchestrator"), ev.body.as_bytes());
    let signature = sign(AUTH_TOKEN.as_bytes(), &url, &[]);
    let mut req = client
        .post(&url)
        .header("Content-Type", "application/json")
        .header("X-Twilio-Signature", signature)
        .body(ev.body.clone());
    if let Some(t) = &ev.token {
        req = req.header("I-Twilio-Idempotency-Token", t);
    }
    let rsp = req.send().await?;
    let status = rsp.status().as_u16();
    // Read the body so the connection is reused; the status alone is the acknowledgement.
    let _ = rsp.bytes().await;
    Ok(status)
}

fn new_client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(REQUEST_TIMEOUT)
        .pool_max_idle_per_host(1)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

// ---------------------------------------------------------------------------------------------
// Load, then SIGKILL

/// State shared by the senders of one crash cycle.
struct Load {
    base: String,
    cycle: usize,
    ledger: Arc<Mutex<Ledger>>,
    /// Events sent in earlier cycles (acknowledged or not): Twilio's retries after the outage.
    earlier: Vec<Arc<Event>>,
    acks: AtomicUsize,
    requests: AtomicUsize,
    /// Set just before SIGKILL: from here on a request without a response is expected.
    killing: AtomicBool,
    stop: AtomicBool,
    /// Any HTTP status other than 200, or a transport error before the kill.
    unexpected: Mutex<Vec<String>>,
}

async fn sender(load: Arc<Load>, task: usize, seed: u64) {
    let client = new_client();
    let twin_client = new_client();
    let mut rng = SmallRng::seed_from_u64(seed);
    let mut mine_acked: Vec<Arc<Event>> = Vec::new();
    let mut seq = 0;
    while !load.stop.load(Ordering::SeqCst) {
        let roll = rng.random_range(0..100);
        let (ev, fresh) = if roll < 12 && !mine_acked.is_empty() {
            // A retry of a delivery this sender already saw acknowledged.
            let i = rng.random_range(0..mine_acked.len());
            (Arc::clone(&mine_acked[i]), false)
        } else if roll < 20 && !load.earlier.is_empty() {
            // A retry of a delivery from before an earlier crash, acknowledged or not.
            let i = rng.random_range(0..load.earlier.len());
            (Arc::clone(&load.earlier[i]), false)
        } else {
            let ev = Arc::new(new_event(load.cycle, task, seq, &mut rng));
            seq += 1;
            load.ledger
                .lock()
                .unwrap()
                .sent
                .insert(ev.id.clone(), Arc::clone(&ev));
            (ev, true)
        };
        // Now and then the same delivery also goes out on a second connection at the same
        // time (Twilio retries a slow delivery while the first attempt is still in flight).
        let twin = fresh && rng.random_range(0..100) < 15;
        let results = if twin {
            load.requests.fetch_add(2, Ordering::SeqCst);
            let (a, b) = tokio::join!(
                deliver(&client, &load.base, &ev),
                deliver(&twin_client, &load.base, &ev)
            );
            vec![a, b]
        } else {
            load.requests.fetch_add(1, Ordering::SeqCst);
            vec![deliver(&client, &load.base, &ev).await]
        };
        let acked = results.iter().any(|r| matches!(r, Ok(200)));
        for r in results {
            let problem = match r {
                Ok(200) => continue,
                Ok(status) => format!("{}: HTTP {status}", ev.id),
                Err(_) if load.killing.load(Ordering::SeqCst) => continue,
                Err(e) => format!("{}: {e} (before the kill)", ev.id),
            };
            load.unexpected.lock().unwrap().push(problem);
        }
        if acked {
            load.ledger.lock().unwrap().acked.insert(ev.id.clone());
            load.acks.fetch_add(1, Ordering::SeqCst);
            if fresh {
                mine_acked.push(ev);
            }
        }
    }
}

/// Runs the senders against `child`, SIGKILLs it mid-load, and stops the senders.
async fn crash_under_load(
    child: &mut Child,
    cycle: usize,
    ledger: &Arc<Mutex<Ledger>>,
    rng: &mut SmallRng,
) {
    let mut earlier: Vec<Arc<Event>> = ledger.lock().unwrap().sent.values().cloned().collect();
    earlier.sort_by(|a, b| a.id.cmp(&b.id));
    let load = Arc::new(Load {
        base: child.base(),
        cycle,
        ledger: Arc::clone(ledger),
        earlier,
        acks: AtomicUsize::new(0),
        requests: AtomicUsize::new(0),
        killing: AtomicBool::new(false),
        stop: AtomicBool::new(false),
        unexpected: Mutex::new(Vec::new()),
    });
    let senders: Vec<_> = (0..CONNECTIONS)
        .map(|task| tokio::spawn(sender(Arc::clone(&load), task, rng.random())))
        .collect();
    let kill_after_acks = rng.random_range(KILL_AFTER_ACKS / 4..=KILL_AFTER_ACKS);
    let kill_after = KILL_AFTER.mul_f64(rng.random_range(0.3..=1.0));
    let started = Instant::now();
    while load.acks.load(Ordering::SeqCst) < kill_after_acks && started.elapsed() < kill_after {
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    load.killing.store(true, Ordering::SeqCst);
    let acks_at_kill = load.acks.load(Ordering::SeqCst);
    kill_and_check_logs(child, &format!("crash {cycle}"));
    load.stop.store(true, Ordering::SeqCst);
    let joined = tokio::time::timeout(SENDERS_STOP_TIMEOUT, futures::future::join_all(senders))
        .await
        .expect("senders stop after the kill");
    for j in joined {
        j.expect("sender task");
    }
    let unexpected = load.unexpected.lock().unwrap();
    assert!(
        unexpected.is_empty(),
        "crash {cycle}: {} deliveries failed other than by the kill, e.g. {:?}",
        unexpected.len(),
        &unexpected[..unexpected.len().min(10)]
    );
    let l = ledger.lock().unwrap();
    eprintln!(
        "crash test: crash {cycle}: SIGKILL after {:?} and {acks_at_kill} acks (target {kill_after_acks} / {kill_after:?}); \
         {} requests this round; {} events sent so far, {} acknowledged",
        started.elapsed(),
        load.requests.load(Ordering::SeqCst),
        l.sent.len(),
        l.acked.len()
    );
}

// ---------------------------------------------------------------------------------------------
// Reading back and checking

/// GET with account credentials; `None` on 404.
async fn get_json(client: &reqwest::Client, base: &str, path: &str) -> Option<Value> {
    let rsp = client
        .get(format!("{base}{path}"))
        .basic_auth(ACCOUNT_SID, Some(AUTH_TOKEN))
        .send()
        .await
        .unwrap_or_else(|e| panic!("GET {path}: {e}"));
    if rsp.status() == 404 {
        return None;
    }
    assert_eq!(rsp.status(), 200, "GET {path}");
    Some(
        rsp.json()
            .await
            .unwrap_or_else(|e| panic!("GET {path}: {e}")),
    )
}

/// The only store, which must be the `default` one created on first start.
async fn only_store(client: &reqwest::Client, base: &str) -> String {
    let stores = get_json(client, base, "/v1/ControlPlane/Stores")
        .await
        .expect("store list");
    let ids = stores["stores"].as_array().expect("stores array");
    assert_eq!(ids.len(), 1, "exactly one store: {stores}");
    let id = ids[0].as_str().expect("store id").to_owned();
    let store = get_json(client, base, &format!("/v1/ControlPlane/Stores/{id}"))
        .await
        .expect("the listed store");
    assert_eq!(store["displayName"], "default", "{store}");
    id
}

/// Every stored communication of every conversation, in thread order, checking that
/// `communicationsCount` agrees.
async fn read_back(base: &str, store: &str) -> BTreeMap<String, Vec<Value>> {
    let client = new_client();
    let mut out = BTreeMap::new();
    for i in 0..CONVERSATIONS {
        let conv = conv_id(i);
        let Some(rec) = get_json(
            &client,
            base,
            &format!("/v1/Stores/{store}/Conversations/{conv}"),
        )
        .await
        else {
            out.insert(conv, Vec::new());
            continue;
        };
        let mut comms = Vec::new();
        let mut token: Option<String> = None;
        loop {
            let mut path =
                format!("/v1/Stores/{store}/Conversations/{conv}/Communications?pageSize=1000");
            if let Some(t) = &token {
                path.push_str(&format!("&pageToken={t}"));
            }
            let page = get_json(&client, base, &path)
                .await
                .unwrap_or_else(|| panic!("{conv} exists but its communications are 404"));
            comms.extend(page["communications"].as_array().unwrap().iter().cloned());
            match page["meta"]["nextToken"].as_str() {
                Some(t) => token = Some(t.to_owned()),
                None => break,
            }
        }
        assert_eq!(
            rec["communicationsCount"].as_u64(),
            Some(comms.len() as u64),
            "{conv}: communicationsCount vs. communications listed"
        );
        out.insert(conv, comms);
    }
    out
}

/// Checks what the restarted server holds against what was sent and acknowledged. With
/// `exact`, everything sent must be there.
fn check(stored: &BTreeMap<String, Vec<Value>>, ledger: &Ledger, exact: bool, when: &str) {
    let mut seen: HashSet<String> = HashSet::new();
    let mut twice = Vec::new();
    let mut garbage = Vec::new();
    for (conv, comms) in stored {
        let mut last: Option<DateTime<Utc>> = None;
        for c in comms {
            let id = c["id"].as_str().unwrap_or_default().to_owned();
            let occurred_at: DateTime<Utc> = c["occurredAt"]
                .as_str()
                .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
                .map(|t| t.with_timezone(&Utc))
                .unwrap_or_else(|| panic!("{when}: {conv}: occurredAt of {c}"));
            match ledger.sent.get(&id) {
                Some(ev)
                    if ev.conv == *conv
                        && c["conversationId"] == *conv
                        && c["content"]["text"] == ev.text.as_str()
                        && occurred_at == ev.occurred_at => {}
                _ => garbage.push(format!("{conv}: {c}")),
            }
            if let Some(prev) = last {
                assert!(
                    prev <= occurred_at,
                    "{when}: {conv} is out of occurredAt order at {id}: {prev} then {occurred_at}"
                );
            }
            last = Some(occurred_at);
            if !seen.insert(id.clone()) {
                twice.push(id);
            }
        }
    }
    assert!(
        twice.is_empty(),
        "{when}: {} communications stored twice, e.g. {:?}",
        twice.len(),
        &twice[..twice.len().min(10)]
    );
    assert!(
        garbage.is_empty(),
        "{when}: {} stored communications were never sent like that, e.g. {:?}",
        garbage.len(),
        &garbage[..garbage.len().min(5)]
    );
    let mut lost: Vec<&String> = ledger.acked.difference(&seen).collect();
    lost.sort();
    assert!(
        lost.is_empty(),
        "{when}: {} of {} acknowledged communications are missing after the restart, e.g. {:?}",
        lost.len(),
        ledger.acked.len(),
        &lost[..lost.len().min(10)]
    );
    if exact {
        let mut missing: Vec<&String> = ledger
            .sent
            .keys()
            .filter(|id| !seen.contains(*id))
            .collect();
        missing.sort();
        assert!(
            missing.is_empty(),
            "{when}: {} of {} sent communications are missing, e.g. {:?}",
            missing.len(),
            ledger.sent.len(),
            &missing[..missing.len().min(10)]
        );
    }
    eprintln!(
        "crash test: {when}: {} stored ({} acknowledged, {} sent), none lost, none twice",
        seen.len(),
        ledger.acked.len(),
        ledger.sent.len()
    );
}

/// Restarts on `data_dir`, checks the data, and returns the running child.
async fn restart_and_check(
    data_dir: &Path,
    store: &mut Option<String>,
    ledger: &Arc<Mutex<Ledger>>,
    exact: bool,
    when: &str,
) -> Child {
    let child = Child::spawn(data_dir).await;
    let base = child.base();
    let id = only_store(&new_client(), &base).await;
    if let Some(previous) = store.as_ref() {
        assert_eq!(
            *previous, id,
            "{when}: the default store changed across a crash"
        );
    }
    *store = Some(id.clone());
    let stored = read_back(&base, &id).await;
    check(&stored, &ledger.lock().unwrap(), exact, when);
    child
}

/// Re-sends every event ever sent (Twilio retrying everything); all must be acknowledged.
async fn resend_everything(child: &Child, ledger: &Arc<Mutex<Ledger>>) {
    let mut events: Vec<Arc<Event>> = ledger.lock().unwrap().sent.values().cloned().collect();
    events.sort_by(|a, b| a.id.cmp(&b.id));
    let clients: Vec<reqwest::Client> = (0..CONNECTIONS).map(|_| new_client()).collect();
    let base = child.base();
    let failures: Vec<String> = futures::stream::iter(events.iter().enumerate())
        .map(|(i, ev)| {
            let client = &clients[i % CONNECTIONS];
            let base = &base;
            async move {
                match deliver(client, base, ev).await {
                    Ok(200) => None,
                    Ok(status) => Some(format!("{}: HTTP {status}", ev.id)),
                    Err(e) => Some(format!("{}: {e}", ev.id)),
                }
            }
        })
        .buffer_unordered(CONNECTIONS)
        .filter_map(|f| async move { f })
        .collect()
        .await;
    assert!(
        failures.is_empty(),
        "{} of {} re-sent deliveries were not acknowledged, e.g. {:?}",
        failures.len(),
        events.len(),
        &failures[..failures.len().min(10)]
    );
    let mut l = ledger.lock().unwrap();
    let ids: Vec<String> = l.sent.keys().cloned().collect();
    l.acked.extend(ids);
    eprintln!(
        "crash test: re-sent all {} events: all acknowledged",
        events.len()
    );
}

// ---------------------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_under_load_loses_no_acknowledged_communication_and_duplicates_none() {
    let root = tempfile::tempdir().expect("temp dir");
    let data_dir = root.path().join("data");
    let seed: u64 = rand::random();
    eprintln!("crash test: seed {seed}, data dir {}", data_dir.display());
    tokio::time::timeout(TEST_TIMEOUT, scenario(&data_dir, seed))
        .await
        .expect("the crash scenario finishes in time");
}

async fn scenario(data_dir: &Path, seed: u64) {
    let mut rng = SmallRng::seed_from_u64(seed);
    let ledger = Arc::new(Mutex::new(Ledger::default()));
    let mut store: Option<String> = None;

    let mut child = Child::spawn(data_dir).await;
    for cycle in 0..CRASHES {
        crash_under_load(&mut child, cycle, &ledger, &mut rng).await;
        child = restart_and_check(
            data_dir,
            &mut store,
            &ledger,
            false,
            &format!("restart after crash {cycle}"),
        )
        .await;
    }
    assert!(
        !ledger.lock().unwrap().acked.is_empty(),
        "no delivery was acknowledged at all"
    );

    // Twilio retries everything it sent, acknowledged or not: each lands exactly once.
    resend_everything(&child, &ledger).await;
    let base = child.base();
    let stored = read_back(&base, store.as_deref().unwrap()).await;
    check(
        &stored,
        &ledger.lock().unwrap(),
        true,
        "after re-sending everything",
    );

    // Those acknowledgements were durable too.
    kill_and_check_logs(&mut child, "after re-sending everything");
    let mut child = restart_and_check(
        data_dir,
        &mut store,
        &ledger,
        true,
        "restart after the final SIGKILL",
    )
    .await;
    kill_and_check_logs(&mut child, "clean-up");
}
