//! Whole-process load driver for webhook acknowledgement.
//!
//! Starts the real `memory-sidecar serve` binary (release build) as a child process on a
//! loopback port with a fresh data directory, pre-builds and pre-signs N distinct
//! `COMMUNICATION_CREATED` Orchestrator events, fires them over exactly C keep-alive connections
//! (closed loop: each connection sends its next request as soon as the previous one is
//! acknowledged), and reports acknowledged/s and the latency distribution. Then it checks the
//! server's own counters, stops it with SIGTERM, measures the data directory, and (unless
//! `--no-verify`) restarts the server on that directory and reads a sample of conversations back.
//!
//! It is a report, not a test: nothing is asserted about time. It exits non-zero only when a
//! request was not answered 200 or the server recorded a different number of events.
//!
//! ```text
//! cargo bench --bench ingest_load -- [--requests N] [--connections C] [--warmup N]
//!     [--conversations N] [--text-len N] [--client raw|reqwest] [--client-threads N]
//!     [--log info|quiet] [--rust-log FILTER] [--server-env KEY=VALUE]... [--data-parent DIR]
//!     [--keep-data] [--no-verify]
//! ```

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{TimeZone, Utc};
use hdrhistogram::Histogram;
use memory_sidecar::routes::webhooks::signature::{sign, url_with_body_hash};
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const ACCOUNT_SID: &str = "AC0be7c4a1d2e3f405162738495a6b7c8d";
const AUTH_TOKEN: &str = "bench0auth0token0b5e2a61c07d9f3e4";
const AGENT_ADDRESS: &str = "+18005550100";
const WEBHOOK_PATH: &str = "/webhooks/orchestrator";

// ---------------------------------------------------------------------------------------------
// Flags

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum ClientKind {
    /// Hand-written HTTP/1.1 over a tokio TcpStream: one write and one read per request.
    Raw,
    /// reqwest, one Client (pool of one connection) per connection task.
    Reqwest,
}

#[derive(Debug)]
struct Args {
    requests: usize,
    connections: usize,
    warmup: usize,
    conversations: usize,
    text_len: usize,
    client: ClientKind,
    client_threads: usize,
    /// RUST_LOG given to the server; None keeps the service default (telemetry.level = info).
    rust_log: Option<String>,
    server_env: Vec<(String, String)>,
    data_parent: Option<PathBuf>,
    keep_data: bool,
    verify: bool,
}

const QUIET_LOG: &str = "warn,memory_sidecar::startup=info";

fn usage() -> ! {
    eprintln!(
        "usage: cargo bench --bench ingest_load -- [--requests N (100000)] [--connections C (64)]\n\
         \x20   [--warmup N (2000)] [--conversations N (2000)] [--text-len N (150)]\n\
         \x20   [--client raw|reqwest (raw)] [--client-threads N (1)]\n\
         \x20   [--log info|quiet (info)] [--rust-log FILTER] [--server-env KEY=VALUE]...\n\
         \x20   [--data-parent DIR] [--keep-data] [--no-verify]"
    );
    std::process::exit(2)
}

fn parse_args() -> Args {
    let mut args = Args {
        requests: 100_000,
        connections: 64,
        warmup: 2_000,
        conversations: 2_000,
        text_len: 150,
        client: ClientKind::Raw,
        client_threads: 1,
        rust_log: None,
        server_env: Vec::new(),
        data_parent: None,
        keep_data: false,
        verify: true,
    };
    let mut it = std::env::args().skip(1);
    fn num(it: &mut impl Iterator<Item = String>, flag: &str) -> usize {
        let v = it.next().unwrap_or_else(|| usage());
        v.replace('_', "").parse().unwrap_or_else(|_| {
            eprintln!("{flag}: not a number: {v}");
            usage()
        })
    }
    while let Some(a) = it.next() {
        // `--flag=value` is accepted as well as `--flag value`.
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_owned(), Some(v.to_owned())),
            _ => (a.clone(), None),
        };
        let mut it2 = inline.into_iter().chain(&mut it);
        match flag.as_str() {
            // cargo passes `--bench` to harness = false targets.
            "--bench" => {}
            "--requests" => args.requests = num(&mut it2, &flag),
            "--connections" => args.connections = num(&mut it2, &flag).max(1),
            "--warmup" => args.warmup = num(&mut it2, &flag),
            "--conversations" => args.conversations = num(&mut it2, &flag).max(1),
            "--text-len" => args.text_len = num(&mut it2, &flag).max(1),
            "--client-threads" => args.client_threads = num(&mut it2, &flag).max(1),
            "--client" => {
                args.client = match it2.next().as_deref() {
                    Some("raw") => ClientKind::Raw,
                    Some("reqwest") => ClientKind::Reqwest,
                    _ => usage(),
                }
            }
            "--log" => {
                args.rust_log = match it2.next().as_deref() {
                    Some("quiet") => Some(QUIET_LOG.to_owned()),
                    Some("info") => None,
                    _ => usage(),
                }
            }
            "--rust-log" => args.rust_log = Some(it2.next().unwrap_or_else(|| usage())),
            "--server-env" => {
                let kv = it2.next().unwrap_or_else(|| usage());
                let (k, v) = kv.split_once('=').unwrap_or_else(|| usage());
                args.server_env.push((k.to_owned(), v.to_owned()));
            }
            "--data-parent" => {
                args.data_parent = Some(PathBuf::from(it2.next().unwrap_or_else(|| usage())))
            }
            "--keep-data" => args.keep_data = true,
            "--no-verify" => args.verify = false,
            "-h" | "--help" => usage(),
            other => {
                eprintln!("unknown argument: {other}");
                usage()
            }
        }
    }
    args
}

// ---------------------------------------------------------------------------------------------
// The server under test

struct Server {
    child: Child,
    port: u16,
    log_lines: Arc<AtomicU64>,
    /// WARN/ERROR lines (level and message only: the service never logs message text anyway).
    problems: Arc<Mutex<Vec<String>>>,
}

impl Server {
    fn start(args: &Args, data_dir: &Path) -> Server {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_memory-sidecar"));
        cmd.arg("serve")
            // No config/default.toml in the working directory: configured by environment only.
            .current_dir(data_dir.parent().unwrap_or(data_dir))
            .env("MEMORY_SIDECAR__SERVER__BIND", "127.0.0.1:0")
            .env("MEMORY_SIDECAR__STORAGE__PATH", data_dir)
            .env("MEMORY_SIDECAR__AUTH__ACCOUNT_SID", ACCOUNT_SID)
            .env("MEMORY_SIDECAR__AUTH__AUTH_TOKEN", AUTH_TOKEN)
            .env("MEMORY_SIDECAR__TELEMETRY__FORMAT", "json")
            .env("MEMORY_SIDECAR__TELEMETRY__LEVEL", "info");
        for var in [
            "RUST_LOG",
            "TWILIO_ACCOUNT_SID",
            "TWILIO_AUTH_TOKEN",
            "OPENAI_BASE_URL",
            "OPENAI_API_KEY",
        ] {
            cmd.env_remove(var);
        }
        for (k, _) in std::env::vars() {
            if k.starts_with("MEMORY_SIDECAR__") {
                cmd.env_remove(k);
            }
        }
        if let Some(filter) = &args.rust_log {
            cmd.env("RUST_LOG", filter);
        }
        for (k, v) in &args.server_env {
            cmd.env(k, v);
        }
        cmd.stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("spawning memory-sidecar");
        let stderr = child.stderr.take().expect("piped stderr");
        let log_lines = Arc::new(AtomicU64::new(0));
        let problems = Arc::new(Mutex::new(Vec::new()));
        let (port_tx, port_rx) = mpsc::channel::<Result<u16, String>>();
        {
            let log_lines = Arc::clone(&log_lines);
            let problems = Arc::clone(&problems);
            std::thread::spawn(move || {
                let mut port_tx = Some(port_tx);
                let mut early = Vec::new();
                for line in BufReader::new(stderr).lines() {
                    let Ok(line) = line else { break };
                    log_lines.fetch_add(1, Ordering::Relaxed);
                    let parsed: Option<Value> = serde_json::from_str(&line).ok();
                    let level = parsed
                        .as_ref()
                        .and_then(|v| v["level"].as_str())
                        .unwrap_or("")
                        .to_owned();
                    let message = parsed
                        .as_ref()
                        .and_then(|v| v["message"].as_str())
                        .unwrap_or("")
                        .to_owned();
                    if port_tx.is_some() {
                        early.push(line.clone());
                        if message == "memory-sidecar listening" {
                            if let Some(p) = parsed.as_ref().and_then(|v| v["port"].as_u64()) {
                                let _ = port_tx.take().unwrap().send(Ok(p as u16));
                            }
                        }
                    }
                    if level == "WARN" || level == "ERROR" {
                        let mut p = problems.lock().unwrap();
                        if p.len() < 1000 {
                            p.push(format!("{level}: {message}"));
                        }
                    }
                }
                if let Some(tx) = port_tx {
                    let _ = tx.send(Err(early.join("\n")));
                }
            });
        }
        let port = match port_rx.recv_timeout(Duration::from_secs(120)) {
            Ok(Ok(p)) => p,
            Ok(Err(log)) => {
                let _ = child.wait();
                panic!("memory-sidecar exited before listening; its log:\n{log}");
            }
            Err(_) => {
                let _ = child.kill();
                panic!("memory-sidecar did not log 'memory-sidecar listening' within 120 s");
            }
        };
        Server {
            child,
            port,
            log_lines,
            problems,
        }
    }

    fn pid(&self) -> u32 {
        self.child.id()
    }

    /// SIGTERM, then waits (up to 60 s) for a clean exit. Returns the exit status and the time.
    fn stop(mut self) -> (String, Duration) {
        let started = Instant::now();
        let _ = Command::new("kill")
            .args(["-TERM", &self.pid().to_string()])
            .status();
        loop {
            match self.child.try_wait() {
                Ok(Some(status)) => return (status.to_string(), started.elapsed()),
                Ok(None) if started.elapsed() < Duration::from_secs(60) => {
                    std::thread::sleep(Duration::from_millis(20))
                }
                _ => {
                    let _ = self.child.kill();
                    let _ = self.child.wait();
                    return ("killed after 60 s".into(), started.elapsed());
                }
            }
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Requests

const PHRASES: &[&str] = &[
    "Hi, my order #{n} still hasn't shipped and I need it by Friday, can you check the status?",
    "Sorry about that. I can upgrade order #{n} to expedited shipping at no cost to you today.",
    "Would you like updates by SMS or by email? I can also send the tracking link when it ships.",
    "SMS please. Also my address changed last month, it is now 41 Elm Street, apartment {n}.",
    "Thanks, I updated the shipping address on the order and the label was reprinted just now.",
    "My card ending {n} was charged twice for the same order, could you refund one of them?",
    "I see both charges. The duplicate was reversed; it can take three to five business days.",
    "Great. And can you remind me next week to reorder the filters? They run out every month.",
];

/// Text of about `len` characters, varied per message.
fn message_text(i: usize, len: usize) -> String {
    let mut s = String::with_capacity(len + 100);
    let mut k = i.wrapping_mul(2654435761) % PHRASES.len();
    while s.len() < len {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(&PHRASES[k].replace("{n}", &format!("{}", 1000 + (i * 7 + k) % 9000)));
        k = (k + 1) % PHRASES.len();
    }
    let mut cut = len.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

fn conversation_id(c: usize) -> String {
    format!("conv_conversation_bench{c:08}")
}

/// One COMMUNICATION_CREATED event; `i` is global (warm-up first), so ids and occurredAt are
/// distinct and increasing across the whole run.
fn event_body(i: usize, conversations: usize, text_len: usize, epoch_ms: i64) -> Vec<u8> {
    let c = i % conversations;
    let conv = conversation_id(c);
    let customer = format!("+1317{:07}", 5_550_000 + c);
    let cust_pid = format!("conv_participant_bench{c:08}cust");
    let agent_pid = format!("conv_participant_bench{c:08}agnt");
    let at = Utc
        .timestamp_millis_opt(epoch_ms + i as i64 * 10)
        .unwrap()
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string();
    let (author, recipient) = if (i / conversations) % 2 == 0 {
        ((customer.as_str(), &cust_pid), (AGENT_ADDRESS, &agent_pid))
    } else {
        ((AGENT_ADDRESS, &agent_pid), (customer.as_str(), &cust_pid))
    };
    let sm = format!("SM{:032x}", i as u128 * 0x9e37_79b9_7f4a_7c15);
    let body = json!({
        "eventType": "COMMUNICATION_CREATED",
        "timestamp": at,
        "data": {
            "id": format!("conv_communication_bench{i:012}"),
            "conversationId": conv,
            "accountId": ACCOUNT_SID,
            "author": {"address": author.0, "channel": "SMS", "participantId": author.1},
            "recipients": [{
                "address": recipient.0, "channel": "SMS", "participantId": recipient.1,
                "deliveryStatus": "DELIVERED"
            }],
            "content": {"type": "TEXT", "text": message_text(i, text_len)},
            "channelId": sm,
            "resourceId": sm,
            "createdAt": at,
            "updatedAt": at,
            "occurredAt": at,
        }
    });
    serde_json::to_vec(&body).unwrap()
}

/// A signed request, ready to go.
struct Prepared {
    /// The whole HTTP/1.1 request (head and body), for the raw client.
    wire: Vec<u8>,
    url: String,
    signature: String,
    token: String,
    /// The body again, for reqwest (empty for the raw client).
    body: Vec<u8>,
}

fn prepare(raw_bodies: Vec<Vec<u8>>, port: u16, nonce: &str, keep_reqwest: bool) -> Vec<Prepared> {
    let base = format!("http://127.0.0.1:{port}{WEBHOOK_PATH}");
    raw_bodies
        .into_iter()
        .enumerate()
        .map(|(i, body)| {
            let url = url_with_body_hash(&base, &body);
            let signature = sign(AUTH_TOKEN.as_bytes(), &url, &[]);
            let token = format!("bench-{nonce}-{i}");
            let path = &url[url.find(WEBHOOK_PATH).unwrap()..];
            let mut wire = format!(
                "POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUser-Agent: TwilioProxy/1.1\r\n\
                 Content-Type: application/json\r\nContent-Length: {}\r\n\
                 X-Twilio-Signature: {signature}\r\nI-Twilio-Idempotency-Token: {token}\r\n\r\n",
                body.len()
            )
            .into_bytes();
            wire.extend_from_slice(&body);
            let body = if keep_reqwest { body } else { Vec::new() };
            Prepared {
                wire,
                url,
                signature,
                token,
                body,
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Clients

struct RawConn {
    port: u16,
    stream: TcpStream,
    buf: Vec<u8>,
}

impl RawConn {
    async fn connect(port: u16) -> std::io::Result<RawConn> {
        let stream = TcpStream::connect(("127.0.0.1", port)).await?;
        stream.set_nodelay(true)?;
        Ok(RawConn {
            port,
            stream,
            buf: Vec::with_capacity(4096),
        })
    }

    /// Sends one request and reads one response; returns the status.
    async fn send(&mut self, wire: &[u8]) -> std::io::Result<u16> {
        self.stream.write_all(wire).await?;
        loop {
            if let Some(end) = find(&self.buf, b"\r\n\r\n") {
                let head = std::str::from_utf8(&self.buf[..end])
                    .map_err(|_| io_err("response head is not UTF-8"))?;
                let status: u16 = head
                    .split(' ')
                    .nth(1)
                    .and_then(|s| s.parse().ok())
                    .ok_or_else(|| io_err("bad status line"))?;
                let mut length = None;
                for line in head.split("\r\n").skip(1) {
                    if let Some((k, v)) = line.split_once(':') {
                        if k.eq_ignore_ascii_case("content-length") {
                            length = v.trim().parse::<usize>().ok();
                        } else if k.eq_ignore_ascii_case("transfer-encoding") {
                            return Err(io_err("chunked responses are not supported"));
                        }
                    }
                }
                let need = end + 4 + length.ok_or_else(|| io_err("no content-length"))?;
                while self.buf.len() < need {
                    self.fill().await?;
                }
                self.buf.drain(..need);
                return Ok(status);
            }
            self.fill().await?;
        }
    }

    async fn fill(&mut self) -> std::io::Result<()> {
        if self.buf.capacity() - self.buf.len() < 1024 {
            self.buf.reserve(4096);
        }
        if self.stream.read_buf(&mut self.buf).await? == 0 {
            return Err(io_err("connection closed by server"));
        }
        Ok(())
    }
}

fn io_err(msg: &str) -> std::io::Error {
    std::io::Error::other(msg.to_owned())
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

enum Conn {
    Raw(RawConn),
    Reqwest(reqwest::Client),
}

impl Conn {
    async fn open(kind: ClientKind, port: u16) -> Conn {
        match kind {
            ClientKind::Raw => Conn::Raw(RawConn::connect(port).await.expect("connecting")),
            ClientKind::Reqwest => Conn::Reqwest(
                reqwest::Client::builder()
                    .no_proxy()
                    .pool_max_idle_per_host(1)
                    .tcp_nodelay(true)
                    .http1_only()
                    .build()
                    .expect("reqwest client"),
            ),
        }
    }

    async fn send(&mut self, req: &Prepared) -> Result<u16, String> {
        match self {
            Conn::Raw(c) => match c.send(&req.wire).await {
                Ok(s) => Ok(s),
                Err(e) => {
                    // The connection state is unknown: start a fresh one.
                    let port = c.port;
                    if let Ok(fresh) = RawConn::connect(port).await {
                        *c = fresh;
                    }
                    Err(e.to_string())
                }
            },
            Conn::Reqwest(client) => {
                let body = req.body.clone();
                let resp = client
                    .post(&req.url)
                    .header("Content-Type", "application/json")
                    .header("X-Twilio-Signature", &req.signature)
                    .header("I-Twilio-Idempotency-Token", &req.token)
                    .body(body)
                    .send()
                    .await
                    .map_err(|e| e.to_string())?;
                let status = resp.status().as_u16();
                resp.bytes().await.map_err(|e| e.to_string())?;
                Ok(status)
            }
        }
    }
}

struct PhaseResult {
    wall: Duration,
    hist: Histogram<u64>,
    ok: u64,
    statuses: BTreeMap<String, u64>,
}

/// Sends `reqs[range]` over `conns`, each connection taking the next unsent request when its
/// previous one is answered. Latencies in microseconds.
async fn run_phase(
    conns: Vec<Conn>,
    reqs: Arc<Vec<Prepared>>,
    range: std::ops::Range<usize>,
) -> (Vec<Conn>, PhaseResult) {
    let next = Arc::new(AtomicUsize::new(range.start));
    let end = range.end;
    let started = Instant::now();
    let tasks: Vec<_> = conns
        .into_iter()
        .map(|mut conn| {
            let next = Arc::clone(&next);
            let reqs = Arc::clone(&reqs);
            tokio::spawn(async move {
                let mut hist = Histogram::<u64>::new_with_bounds(1, 120_000_000, 3).unwrap();
                let mut ok = 0u64;
                let mut statuses = BTreeMap::new();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= end {
                        break;
                    }
                    let t = Instant::now();
                    let result = conn.send(&reqs[i]).await;
                    hist.saturating_record(t.elapsed().as_micros() as u64);
                    match result {
                        Ok(200) => ok += 1,
                        Ok(s) => *statuses.entry(format!("http {s}")).or_insert(0) += 1,
                        Err(e) => *statuses.entry(format!("io: {e}")).or_insert(0) += 1,
                    }
                }
                (conn, hist, ok, statuses)
            })
        })
        .collect();
    let mut conns = Vec::new();
    let mut hist = Histogram::<u64>::new_with_bounds(1, 120_000_000, 3).unwrap();
    let mut ok = 0;
    let mut statuses = BTreeMap::new();
    for t in tasks {
        let (c, h, o, s) = t.await.expect("connection task panicked");
        conns.push(c);
        hist.add(&h).unwrap();
        ok += o;
        for (k, v) in s {
            *statuses.entry(k).or_insert(0) += v;
        }
    }
    let wall = started.elapsed();
    (
        conns,
        PhaseResult {
            wall,
            hist,
            ok,
            statuses,
        },
    )
}

// ---------------------------------------------------------------------------------------------
// Prometheus text, /proc, disk

#[derive(Default, Clone)]
struct Prom(Vec<(String, String, f64)>);

impl Prom {
    fn parse(text: &str) -> Prom {
        let mut out = Vec::new();
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let (series, value) = match line.rsplit_once(' ') {
                Some(x) => x,
                None => continue,
            };
            let Ok(value) = value.parse::<f64>() else {
                continue;
            };
            let (name, labels) = match series.split_once('{') {
                Some((n, l)) => (n.to_owned(), l.trim_end_matches('}').to_owned()),
                None => (series.to_owned(), String::new()),
            };
            out.push((name, labels, value));
        }
        Prom(out)
    }

    /// Sum of every series of `name` whose labels contain all of `labels`.
    fn get(&self, name: &str, labels: &[&str]) -> f64 {
        self.0
            .iter()
            .filter(|(n, l, _)| n == name && labels.iter().all(|x| l.contains(x)))
            .map(|(_, _, v)| v)
            .sum()
    }

    /// Cumulative histogram buckets `(le, count)` of `name`, filtered by labels.
    fn buckets(&self, name: &str, labels: &[&str]) -> Vec<(f64, f64)> {
        let bucket = format!("{name}_bucket");
        let mut out: Vec<(f64, f64)> = self
            .0
            .iter()
            .filter(|(n, l, _)| *n == bucket && labels.iter().all(|x| l.contains(x)))
            .filter_map(|(_, l, v)| {
                let le = l.split("le=\"").nth(1)?.split('"').next()?;
                let le = if le == "+Inf" {
                    f64::INFINITY
                } else {
                    le.parse().ok()?
                };
                Some((le, *v))
            })
            .collect();
        out.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap());
        out
    }
}

/// Histogram summary over the difference of two snapshots.
struct HistDelta {
    count: f64,
    sum: f64,
    buckets: Vec<(f64, f64)>,
}

impl HistDelta {
    fn new(before: &Prom, after: &Prom, name: &str, labels: &[&str]) -> HistDelta {
        let count = after.get(&format!("{name}_count"), labels)
            - before.get(&format!("{name}_count"), labels);
        let sum =
            after.get(&format!("{name}_sum"), labels) - before.get(&format!("{name}_sum"), labels);
        let b0 = before.buckets(name, labels);
        let buckets = after
            .buckets(name, labels)
            .into_iter()
            .map(|(le, v)| {
                let prev = b0.iter().find(|(l, _)| *l == le).map_or(0.0, |x| x.1);
                (le, v - prev)
            })
            .collect();
        HistDelta {
            count,
            sum,
            buckets,
        }
    }

    fn mean(&self) -> f64 {
        if self.count > 0.0 {
            self.sum / self.count
        } else {
            0.0
        }
    }

    /// Upper bound of the bucket holding quantile `q`.
    fn quantile_le(&self, q: f64) -> f64 {
        let target = q * self.count;
        self.buckets
            .iter()
            .find(|(_, c)| *c >= target)
            .map_or(f64::NAN, |x| x.0)
    }

    fn fmt_le(v: f64, scale: f64, unit: &str) -> String {
        if v.is_infinite() {
            "> top bucket".into()
        } else {
            format!("≤ {}{unit}", v * scale)
        }
    }
}

async fn metrics(http: &reqwest::Client, port: u16) -> Prom {
    let text = http
        .get(format!("http://127.0.0.1:{port}/metrics"))
        .send()
        .await
        .expect("GET /metrics")
        .text()
        .await
        .expect("metrics body");
    Prom::parse(&text)
}

fn clock_ticks() -> f64 {
    Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(100.0)
}

/// (user + system CPU seconds) of a process, from /proc.
fn cpu_seconds(pid: &str, ticks: f64) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    // After "pid (comm) ": state is field 3, utime 14, stime 15 (1-based in proc(5)).
    let utime: f64 = f.get(11)?.parse().ok()?;
    let stime: f64 = f.get(12)?.parse().ok()?;
    Some((utime + stime) / ticks)
}

/// (busy, all) CPU seconds of the whole machine since boot, from /proc/stat.
fn machine_cpu(ticks: f64) -> Option<(f64, f64)> {
    let stat = std::fs::read_to_string("/proc/stat").ok()?;
    let f: Vec<f64> = stat
        .lines()
        .next()?
        .split_whitespace()
        .skip(1)
        .take(8)
        .filter_map(|x| x.parse().ok())
        .collect();
    let all: f64 = f.iter().sum();
    // idle and iowait are not busy.
    let idle = f.get(3)? + f.get(4)?;
    Some(((all - idle) / ticks, all / ticks))
}

fn proc_field(pid: &str, file: &str, key: &str) -> Option<f64> {
    std::fs::read_to_string(format!("/proc/{pid}/{file}"))
        .ok()?
        .lines()
        .find_map(|l| {
            l.strip_prefix(key)?
                .trim_start_matches(':')
                .trim()
                .split(' ')
                .next()?
                .parse()
                .ok()
        })
}

/// (apparent bytes, allocated bytes, files) under `dir`.
fn dir_size(dir: &Path) -> (u64, u64, u64) {
    use std::os::unix::fs::MetadataExt;
    let mut total = (0, 0, 0);
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let Ok(m) = e.metadata() else { continue };
            if m.is_dir() {
                stack.push(e.path());
            } else {
                total.0 += m.len();
                total.1 += m.blocks() * 512;
                total.2 += 1;
            }
        }
    }
    total
}

fn ms(us: u64) -> f64 {
    us as f64 / 1000.0
}

// ---------------------------------------------------------------------------------------------

fn main() {
    let args = parse_args();
    let total = args.warmup + args.requests;
    let ticks = clock_ticks();
    let nonce = format!("{:x}", Utc::now().timestamp_millis());

    let parent = args.data_parent.clone().unwrap_or_else(std::env::temp_dir);
    std::fs::create_dir_all(&parent).expect("creating data parent");
    let tmp = tempfile::Builder::new()
        .prefix("ingest_load-")
        .tempdir_in(&parent)
        .expect("temp dir");
    let data_dir = tmp.path().join("data");

    eprintln!(
        "ingest_load: building {total} events ({} warm-up + {} measured) over {} conversations...",
        args.warmup, args.requests, args.conversations
    );
    let epoch_ms = Utc::now().timestamp_millis() - total as i64 * 10 - 60_000;
    let bodies: Vec<Vec<u8>> = (0..total)
        .map(|i| event_body(i, args.conversations, args.text_len, epoch_ms))
        .collect();
    let mean_body = bodies.iter().map(Vec::len).sum::<usize>() as f64 / total.max(1) as f64;

    let server = Server::start(&args, &data_dir);
    let port = server.port;
    let pid = server.pid().to_string();
    eprintln!(
        "ingest_load: server pid {pid} on 127.0.0.1:{port}, data in {}",
        data_dir.display()
    );
    let reqs = Arc::new(prepare(
        bodies,
        port,
        &nonce,
        args.client == ClientKind::Reqwest,
    ));

    let runtime = if args.client_threads == 1 {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
    } else {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(args.client_threads)
            .enable_all()
            .build()
    }
    .expect("client runtime");

    let (warm, measured, m1, m2, cpu, io, machine) = runtime.block_on(async {
        let http = reqwest::Client::builder().no_proxy().build().unwrap();
        let mut conns = Vec::with_capacity(args.connections);
        for _ in 0..args.connections {
            conns.push(Conn::open(args.client, port).await);
        }
        let (conns, warm) = run_phase(conns, Arc::clone(&reqs), 0..args.warmup).await;
        // Let the last warm-up flush settle so both snapshots are clean.
        tokio::time::sleep(Duration::from_millis(200)).await;
        let m1 = metrics(&http, port).await;
        let cpu0 = (cpu_seconds(&pid, ticks), cpu_seconds("self", ticks));
        let machine0 = machine_cpu(ticks);
        let io0 = proc_field(&pid, "io", "write_bytes");
        let (_conns, measured) = run_phase(conns, Arc::clone(&reqs), args.warmup..total).await;
        let cpu1 = (cpu_seconds(&pid, ticks), cpu_seconds("self", ticks));
        let machine1 = machine_cpu(ticks);
        let io1 = proc_field(&pid, "io", "write_bytes");
        let m2 = metrics(&http, port).await;
        let cpu = (
            cpu1.0.zip(cpu0.0).map(|(a, b)| a - b),
            cpu1.1.zip(cpu0.1).map(|(a, b)| a - b),
        );
        let io = io1.zip(io0).map(|(a, b)| a - b);
        let machine = machine1.zip(machine0).map(|(a, b)| (a.0 - b.0, a.1 - b.1));
        (warm, measured, m1, m2, cpu, io, machine)
    });

    let threads = proc_field(&pid, "status", "Threads");
    let log_lines = server.log_lines.load(Ordering::Relaxed);
    let problems = server.problems.lock().unwrap().clone();
    let (exit, stop_time) = server.stop();
    let (apparent, allocated, files) = dir_size(&data_dir);

    // --- report ---
    let h = &measured.hist;
    let secs = measured.wall.as_secs_f64();
    let rate = measured.ok as f64 / secs;
    let errors: u64 = warm.statuses.values().sum::<u64>() + measured.statuses.values().sum::<u64>();
    let rec = ["endpoint=\"orchestrator\"", "outcome=\"recorded\""];
    let recorded_total = m2.get("memory_sidecar_webhooks_total", &rec);
    let recorded_measured = recorded_total - m1.get("memory_sidecar_webhooks_total", &rec);
    let other_outcomes = m2.get("memory_sidecar_webhooks_total", &[]) - recorded_total;
    let batch = HistDelta::new(&m1, &m2, "memory_sidecar_storage_flush_batch_size", &[]);
    let flush = HistDelta::new(&m1, &m2, "memory_sidecar_storage_flush_seconds", &[]);
    let ack = HistDelta::new(
        &m1,
        &m2,
        "memory_sidecar_webhook_ack_seconds",
        &["endpoint=\"orchestrator\""],
    );
    let per_comm = apparent as f64 / recorded_total.max(1.0);
    let per_comm_alloc = allocated as f64 / recorded_total.max(1.0);

    println!();
    println!("== ingest_load: signed COMMUNICATION_CREATED webhooks, durable acknowledgement ==");
    println!(
        "client            {:?} over {} keep-alive connections, {} client thread(s)",
        args.client, args.connections, args.client_threads
    );
    println!(
        "server log        RUST_LOG={}",
        args.rust_log
            .as_deref()
            .unwrap_or("(unset: telemetry.level=info)")
    );
    for (k, v) in &args.server_env {
        println!("server env        {k}={v}");
    }
    println!(
        "events            {} warm-up + {} measured, {} conversations, mean body {:.0} B",
        args.warmup, args.requests, args.conversations, mean_body
    );
    println!(
        "warm-up           {} in {:.2} s ({:.0}/s)",
        warm.ok,
        warm.wall.as_secs_f64(),
        warm.ok as f64 / warm.wall.as_secs_f64().max(1e-9)
    );
    println!("wall time         {secs:.3} s");
    println!("acknowledged/s    {rate:.0}");
    println!(
        "latency ms        p50 {:.2}  p90 {:.2}  p99 {:.2}  p99.9 {:.2}  max {:.2}  (mean {:.2})",
        ms(h.value_at_quantile(0.50)),
        ms(h.value_at_quantile(0.90)),
        ms(h.value_at_quantile(0.99)),
        ms(h.value_at_quantile(0.999)),
        ms(h.max()),
        h.mean() / 1000.0
    );
    println!("errors            {errors}");
    for (k, v) in warm.statuses.iter().chain(&measured.statuses) {
        println!("  {v:>8} × {k}");
    }
    println!(
        "server recorded   {recorded_total} total ({recorded_measured} during the measured run); other outcomes {other_outcomes}"
    );
    println!(
        "server ack time   mean {:.2} ms, p50 {}, p99 {} (server-side, /metrics buckets)",
        ack.mean() * 1000.0,
        HistDelta::fmt_le(ack.quantile_le(0.5), 1000.0, " ms"),
        HistDelta::fmt_le(ack.quantile_le(0.99), 1000.0, " ms"),
    );
    println!(
        "group flushes     {:.0} flushes, {:.1}/s, mean batch {:.1} writers, mean flush {:.2} ms, p50 {}, p99 {}",
        flush.count,
        flush.count / secs,
        batch.mean(),
        flush.mean() * 1000.0,
        HistDelta::fmt_le(flush.quantile_le(0.5), 1000.0, " ms"),
        HistDelta::fmt_le(flush.quantile_le(0.99), 1000.0, " ms"),
    );
    println!(
        "  batch sizes     {}",
        batch
            .buckets
            .iter()
            .scan(0.0, |prev, (le, c)| {
                let n = c - *prev;
                *prev = *c;
                Some((le, n))
            })
            .filter(|(_, n)| *n > 0.0)
            .map(|(le, n)| format!("≤{le}: {n:.0}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    if let (Some(s), Some(c)) = cpu {
        println!(
            "CPU (measured)    server {s:.2} s ({:.0} µs/request, {:.0}% of 1 core), client {c:.2} s ({:.0} µs/request)",
            s * 1e6 / measured.ok.max(1) as f64,
            100.0 * s / secs,
            c * 1e6 / measured.ok.max(1) as f64,
        );
    }
    // Other processes on the machine compete for the same cores: say how much they used.
    let others = match (machine, cpu) {
        (Some((busy, all)), (Some(s), Some(c))) => {
            let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
            let others = (busy - s - c).max(0.0);
            println!(
                "machine CPU       {cores} cores; busy {:.0}%: server {:.0}%, client {:.0}%, other processes {:.0}% (of all cores)",
                100.0 * busy / all,
                100.0 * s / all,
                100.0 * c / all,
                100.0 * others / all
            );
            Some(100.0 * others / all)
        }
        _ => None,
    };
    if let Some(w) = io {
        println!(
            "disk writes       {:.1} MB during the measured run ({:.0} B/request)",
            w / 1e6,
            w / measured.ok.max(1) as f64
        );
    }
    if let Some(t) = threads {
        println!("server threads    {t:.0}");
    }
    println!(
        "server log        {log_lines} lines; {} WARN/ERROR",
        problems.len()
    );
    for p in problems.iter().take(5) {
        println!("  {p}");
    }
    println!(
        "shutdown          SIGTERM -> {exit} in {:.2} s",
        stop_time.as_secs_f64()
    );
    println!(
        "data directory    {apparent} B apparent, {allocated} B allocated, {files} files; \
         {per_comm:.0} B/communication ({per_comm_alloc:.0} B allocated)"
    );

    // --- read back after restart ---
    let mut verified = None;
    if args.verify {
        verified = Some(verify_after_restart(&args, &data_dir, &runtime, total));
    }

    let counts_ok = recorded_total as usize == total && other_outcomes == 0.0;
    let pass = errors == 0 && counts_ok && verified.as_ref().is_none_or(|v| v.0);
    let summary = json!({
        "bench": "ingest_load",
        "client": format!("{:?}", args.client).to_lowercase(),
        "connections": args.connections,
        "requests": args.requests,
        "warmup": args.warmup,
        "rust_log": args.rust_log,
        "wall_s": (secs * 1000.0).round() / 1000.0,
        "acks_per_s": rate.round(),
        "p50_ms": ms(h.value_at_quantile(0.50)),
        "p90_ms": ms(h.value_at_quantile(0.90)),
        "p99_ms": ms(h.value_at_quantile(0.99)),
        "p999_ms": ms(h.value_at_quantile(0.999)),
        "max_ms": ms(h.max()),
        "errors": errors,
        "recorded": recorded_total,
        "mean_flush_batch": (batch.mean() * 10.0).round() / 10.0,
        "mean_flush_ms": (flush.mean() * 1e5).round() / 100.0,
        "server_cpu_us_per_req": cpu.0.map(|s| (s * 1e6 / measured.ok.max(1) as f64).round()),
        "client_cpu_us_per_req": cpu.1.map(|s| (s * 1e6 / measured.ok.max(1) as f64).round()),
        "other_processes_cpu_pct": others.map(|x| x.round()),
        "dir_bytes": apparent,
        "bytes_per_communication": per_comm.round(),
        "verified_after_restart": verified.as_ref().map(|v| v.0),
        "pass": pass,
    });
    println!("SUMMARY {summary}");

    if args.keep_data {
        let kept = tmp.keep();
        eprintln!("ingest_load: data kept in {}", kept.display());
    }
    if !pass {
        eprintln!(
            "ingest_load: FAILED (errors {errors}, recorded {recorded_total} of {total}, other outcomes {other_outcomes})"
        );
        std::process::exit(1);
    }
}

/// Restarts the server on the data directory and reads back a sample of conversations: the
/// number of threaded communications must match what was sent to each.
fn verify_after_restart(
    args: &Args,
    data_dir: &Path,
    runtime: &tokio::runtime::Runtime,
    total: usize,
) -> (bool, String) {
    let server = Server::start(args, data_dir);
    let port = server.port;
    let sample: Vec<usize> = {
        let n = args.conversations;
        let mut s = vec![0, n / 3, n / 2, n - 1];
        s.extend((0..6).map(|k| (k * 7919 + 13) % n));
        s.sort_unstable();
        s.dedup();
        s
    };
    let result = runtime.block_on(async {
        let http = reqwest::Client::builder().no_proxy().build().unwrap();
        let stores: Value = http
            .get(format!("http://127.0.0.1:{port}/v1/ControlPlane/Stores"))
            .basic_auth(ACCOUNT_SID, Some(AUTH_TOKEN))
            .send()
            .await
            .map_err(|e| e.to_string())?
            .json()
            .await
            .map_err(|e| e.to_string())?;
        let store = stores["stores"][0]
            .as_str()
            .or_else(|| stores["stores"][0]["id"].as_str())
            .ok_or_else(|| format!("no store in {stores}"))?
            .to_owned();
        let mut checked = 0;
        for c in &sample {
            let expected = (0..total).filter(|i| i % args.conversations == *c).count();
            let mut got = 0usize;
            let mut token: Option<String> = None;
            loop {
                let mut url = format!(
                    "http://127.0.0.1:{port}/v1/Stores/{store}/Conversations/{}/Communications?pageSize=1000",
                    conversation_id(*c)
                );
                if let Some(t) = &token {
                    url.push_str(&format!("&pageToken={t}"));
                }
                let page: Value = http
                    .get(url)
                    .basic_auth(ACCOUNT_SID, Some(AUTH_TOKEN))
                    .send()
                    .await
                    .map_err(|e| e.to_string())?
                    .json()
                    .await
                    .map_err(|e| e.to_string())?;
                got += page["communications"].as_array().map_or(0, Vec::len);
                match page["meta"]["nextToken"].as_str() {
                    Some(t) if !t.is_empty() => token = Some(t.to_owned()),
                    _ => break,
                }
            }
            if got != expected {
                return Err(format!(
                    "{}: {got} communications read back, {expected} sent",
                    conversation_id(*c)
                ));
            }
            checked += got;
        }
        Ok::<_, String>(format!(
            "{} conversations, {checked} communications read back after restart",
            sample.len()
        ))
    });
    let _ = server.stop();
    match result {
        Ok(msg) => {
            println!("read-back         OK: {msg}");
            (true, msg)
        }
        Err(e) => {
            println!("read-back         FAILED: {e}");
            (false, e)
        }
    }
}
