//! Whole-process load driver for Recall over HTTP.
//!
//! Starts the real `memory-sidecar serve` (release build) on a fresh data directory, seeds one
//! profile per size (observations written through the API, 10 per request, plus 50 summaries),
//! measures the server's resident memory before and after the profile indexes are built, then
//! fires Twilio's per-turn Recall body over C keep-alive connections (closed loop) and reports
//! Recall/s and the latency distribution per size. Finally it stops the server and reports the
//! data directory's bytes per stored observation. A report, not a test: nothing is asserted.
//!
//! ```text
//! cargo bench --bench recall_load -- [--sizes 100,1000,10000] [--connections 16]
//!     [--seconds 10] [--warmup-seconds 2]
//! ```

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use hdrhistogram::Histogram;

#[path = "support/corpus.rs"]
mod corpus;
use corpus::sentence;
use serde_json::{json, Value};

const SID: &str = "ACrecallbench0000000000000000000000";
const TOKEN: &str = "recall-bench-token";

struct Args {
    sizes: Vec<usize>,
    connections: usize,
    seconds: u64,
    warmup: u64,
}

fn args() -> Args {
    let mut a = Args {
        sizes: vec![100, 1000, 10_000],
        connections: 16,
        seconds: 10,
        warmup: 2,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut val = || it.next().expect("flag value");
        match arg.as_str() {
            "--sizes" => a.sizes = val().split(',').map(|s| s.parse().expect("size")).collect(),
            "--connections" => a.connections = val().parse().expect("connections"),
            "--seconds" => a.seconds = val().parse().expect("seconds"),
            "--warmup-seconds" => a.warmup = val().parse().expect("seconds"),
            "--bench" => {}
            other => panic!("unknown flag {other}"),
        }
    }
    a
}

struct Server {
    child: Child,
    port: u16,
}

impl Server {
    fn start(data: &Path) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_memory-sidecar"))
            .arg("serve")
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("MEMORY_SIDECAR__SERVER__BIND", "127.0.0.1:0")
            .env("MEMORY_SIDECAR__STORAGE__PATH", data)
            .env("MEMORY_SIDECAR__AUTH__ACCOUNT_SID", SID)
            .env("MEMORY_SIDECAR__AUTH__AUTH_TOKEN", TOKEN)
            .env("MEMORY_SIDECAR__TELEMETRY__FORMAT", "json")
            .env("MEMORY_SIDECAR__LIMITS__OBSERVATIONS_PER_PROFILE", "100000")
            .env("RUST_LOG", "warn,memory_sidecar::startup=info")
            .current_dir(data.parent().expect("data dir has a parent"))
            .stderr(Stdio::piped())
            .spawn()
            .expect("server starts");
        let mut lines = BufReader::new(child.stderr.take().expect("stderr")).lines();
        let port = loop {
            let line = lines.next().expect("server log").expect("log line");
            if let Ok(v) = serde_json::from_str::<Value>(&line) {
                if v["message"] == "memory-sidecar listening" {
                    break v["port"].as_u64().expect("port") as u16;
                }
            }
        };
        std::thread::spawn(move || for _ in lines {});
        Server { child, port }
    }

    fn rss_bytes(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .unwrap_or_default();
        status
            .lines()
            .find(|l| l.starts_with("VmRSS:"))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<u64>().ok())
            .map_or(0, |kb| kb * 1024)
    }

    fn stop(mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let _ = self.child.wait();
    }
}

const QUERIES: [&str; 6] = [
    "where is my refund for the damaged parcel",
    "order #1042",
    "how does she like to be contacted",
    "premium plan upgrade complaint",
    "can I pick it up at the shop",
    "is there a problem with my bill",
];

async fn seed(client: &reqwest::Client, base: &str, store: &str, n: usize, tag: usize) -> String {
    let rsp: Value = client
        .post(format!("{base}/v1/Stores/{store}/Profiles"))
        .basic_auth(SID, Some(TOKEN))
        .json(&json!({"traits": {"Contact": {"email": format!("bench{tag}@example.com")}}}))
        .send()
        .await
        .expect("upsert")
        .json()
        .await
        .expect("json");
    let profile = rsp["id"].as_str().expect("id").to_owned();
    let url = format!("{base}/v1/Stores/{store}/Profiles/{profile}/Observations");
    // Four writers in parallel: seeding is not what is measured.
    let chunks: Vec<Vec<usize>> = (0..n)
        .collect::<Vec<_>>()
        .chunks(10)
        .map(<[usize]>::to_vec)
        .collect();
    let mut tasks = Vec::new();
    for part in chunks.chunks(chunks.len().div_ceil(4).max(1)) {
        let (client, url, part) = (client.clone(), url.clone(), part.to_vec());
        tasks.push(tokio::spawn(async move {
            for chunk in part {
                let items: Vec<Value> = chunk
                    .iter()
                    .map(|i| json!({"content": sentence(*i), "source": "bench"}))
                    .collect();
                let r = client
                    .post(&url)
                    .basic_auth(SID, Some(TOKEN))
                    .json(&json!({"observations": items}))
                    .send()
                    .await
                    .expect("post");
                assert_eq!(r.status(), 202);
            }
        }));
    }
    for t in tasks {
        t.await.expect("seeder");
    }
    let sums: Vec<Value> = (0..50)
        .map(|i| json!({"conversationId": format!("conv_{i}"), "content": format!("{}. {}.", sentence(i * 13), sentence(i * 17))}))
        .collect();
    for chunk in sums.chunks(10) {
        let r = client
            .post(format!(
                "{base}/v1/Stores/{store}/Profiles/{profile}/ConversationSummaries"
            ))
            .basic_auth(SID, Some(TOKEN))
            .json(&json!({"summaries": chunk}))
            .send()
            .await
            .expect("post");
        assert_eq!(r.status(), 202);
    }
    profile
}

fn turn(i: u64) -> Value {
    json!({"conversationId": "conv_now", "query": QUERIES[i as usize % QUERIES.len()], "observationsLimit": 20,
           "summariesLimit": 5, "communicationsLimit": 0, "relevanceThreshold": 0.0})
}

async fn load(
    base: &str,
    store: &str,
    profile: &str,
    connections: usize,
    seconds: u64,
) -> (u64, f64, Histogram<u64>) {
    let url = format!("{base}/v1/Stores/{store}/Profiles/{profile}/Recall");
    let stop = Arc::new(AtomicBool::new(false));
    let counter = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..connections {
        let (url, stop, counter) = (url.clone(), stop.clone(), counter.clone());
        tasks.push(tokio::spawn(async move {
            let client = reqwest::Client::builder()
                .pool_max_idle_per_host(1)
                .build()
                .expect("client");
            let mut h = Histogram::<u64>::new_with_bounds(1, 60_000_000, 3).expect("histogram");
            while !stop.load(Ordering::Relaxed) {
                let i = counter.fetch_add(1, Ordering::Relaxed);
                let t = Instant::now();
                let r = client
                    .post(&url)
                    .basic_auth(SID, Some(TOKEN))
                    .json(&turn(i))
                    .send()
                    .await
                    .expect("recall");
                assert_eq!(r.status(), 200);
                let _ = r.bytes().await;
                h.record(t.elapsed().as_micros() as u64).expect("record");
            }
            h
        }));
    }
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    stop.store(true, Ordering::Relaxed);
    let mut all = Histogram::<u64>::new_with_bounds(1, 60_000_000, 3).expect("histogram");
    for t in tasks {
        all.add(t.await.expect("loader")).expect("merge");
    }
    let elapsed = started.elapsed().as_secs_f64();
    (all.len(), elapsed, all)
}

fn dir_bytes(p: &Path) -> u64 {
    std::fs::read_dir(p)
        .map(|rd| {
            rd.flatten()
                .map(|e| {
                    let path = e.path();
                    if path.is_dir() {
                        dir_bytes(&path)
                    } else {
                        e.metadata().map_or(0, |m| m.len())
                    }
                })
                .sum()
        })
        .unwrap_or(0)
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let a = args();
    let tmp = tempfile::tempdir().expect("temp dir");
    let data = tmp.path().join("data");
    let server = Server::start(&data);
    let base = format!("http://127.0.0.1:{}", server.port);
    let client = reqwest::Client::new();
    let stores: Value = client
        .get(format!("{base}/v1/ControlPlane/Stores"))
        .basic_auth(SID, Some(TOKEN))
        .send()
        .await
        .expect("stores")
        .json()
        .await
        .expect("json");
    let store = stores["stores"][0].as_str().expect("store").to_owned();
    println!(
        "machine: {} cores; connections {}; {} s per size after {} s warm-up",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        a.connections,
        a.seconds,
        a.warmup
    );
    println!("| observations | Recall/s | p50 ms | p90 ms | p99 ms | max ms | index build ms | resident bytes/observation |");
    println!("|---|---|---|---|---|---|---|---|");
    let mut total_obs = 0;
    for (tag, &n) in a.sizes.iter().enumerate() {
        let profile = seed(&client, &base, &store, n, tag).await;
        total_obs += n;
        let rss_before = server.rss_bytes();
        let t = Instant::now();
        let r = client
            .post(format!(
                "{base}/v1/Stores/{store}/Profiles/{profile}/Recall"
            ))
            .basic_auth(SID, Some(TOKEN))
            .json(&turn(0))
            .send()
            .await
            .expect("first recall");
        assert_eq!(r.status(), 200);
        let build_ms = t.elapsed().as_secs_f64() * 1000.0;
        let rss_after = server.rss_bytes();
        let _ = load(&base, &store, &profile, a.connections, a.warmup).await;
        let (count, secs, h) = load(&base, &store, &profile, a.connections, a.seconds).await;
        let ms = |q: f64| h.value_at_quantile(q) as f64 / 1000.0;
        println!(
            "| {n} | {:.0} | {:.2} | {:.2} | {:.2} | {:.2} | {:.0} | {:.0} |",
            count as f64 / secs,
            ms(0.5),
            ms(0.9),
            ms(0.99),
            h.max() as f64 / 1000.0,
            build_ms,
            rss_after.saturating_sub(rss_before) as f64 / (n + 50) as f64
        );
    }
    server.stop();
    let bytes = dir_bytes(&data);
    println!("\ndata directory: {bytes} bytes for {total_obs} observations (+{} summaries): {:.0} bytes per stored observation", a.sizes.len() * 50, bytes as f64 / total_obs as f64);
}
