//! Drop-in check: a script written for Twilio's Memory API with the official `twilio` Python
//! helper library (tests/python/memory_client.py) runs against the sidecar with only the base
//! URL changed, through the whole lifecycle (stores, profiles, lookup, traits, identifiers,
//! observations and revisions, summaries, identity resolution settings, erasure).

use std::fs::File;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::helpers::{spawn_app, ACCOUNT_SID, AUTH_TOKEN};
use crate::pyenv;

/// How long the script may run once the Python environment exists.
const SCRIPT_TIMEOUT: Duration = Duration::from_secs(180);
/// Creating the venv and installing `twilio` on a fresh machine, plus the script.
const TEST_TIMEOUT: Duration = Duration::from_secs(900);

struct Run {
    status: Option<std::process::ExitStatus>,
    stdout: String,
    stderr: String,
}

/// Runs the script with the venv python; kills it after `SCRIPT_TIMEOUT`.
fn run_script(base_url: &str) -> Run {
    let python = pyenv::python();
    let script = pyenv::script("memory_client.py");
    let dir = tempfile::tempdir().expect("temp dir");
    let out_path = dir.path().join("stdout");
    let err_path = dir.path().join("stderr");
    let mut child = Command::new(&python)
        .arg(&script)
        .args([base_url, ACCOUNT_SID, AUTH_TOKEN])
        // The script talks to 127.0.0.1 only: no proxies, and no region/edge rewriting of the
        // host (twilio/base/client_base.py get_hostname), whatever the machine has set.
        .env("NO_PROXY", "127.0.0.1,localhost")
        .env("no_proxy", "127.0.0.1,localhost")
        .env_remove("HTTP_PROXY")
        .env_remove("http_proxy")
        .env_remove("TWILIO_REGION")
        .env_remove("TWILIO_EDGE")
        .env("PYTHONUNBUFFERED", "1")
        .stdin(Stdio::null())
        .stdout(File::create(&out_path).expect("stdout file"))
        .stderr(File::create(&err_path).expect("stderr file"))
        .spawn()
        .unwrap_or_else(|e| panic!("could not run {}: {e}", python.display()));
    let deadline = Instant::now() + SCRIPT_TIMEOUT;
    let status = loop {
        match child.try_wait().expect("wait for the script") {
            Some(s) => break Some(s),
            None if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            None => std::thread::sleep(Duration::from_millis(50)),
        }
    };
    Run {
        status,
        stdout: std::fs::read_to_string(&out_path).unwrap_or_default(),
        stderr: std::fs::read_to_string(&err_path).unwrap_or_default(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_twilio_python_memory_script_runs_with_only_the_base_url_changed() {
    let app = spawn_app().await;
    let base_url = app.address.clone();
    let run = tokio::time::timeout(
        TEST_TIMEOUT,
        tokio::task::spawn_blocking(move || run_script(&base_url)),
    )
    .await
    .expect("the Python script finished in time")
    .unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()));

    println!("{}", run.stdout);
    let failed: Vec<String> = run
        .stdout
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|v| v["ok"] == false && v["step"] != "summary")
        .map(|v| v["step"].as_str().unwrap_or("?").to_owned())
        .collect();
    let Some(status) = run.status else {
        panic!(
            "memory_client.py did not finish within {SCRIPT_TIMEOUT:?}\nstdout:\n{}\nstderr:\n{}",
            run.stdout, run.stderr
        );
    };
    assert!(
        status.success() && failed.is_empty(),
        "memory_client.py exited with {status}; failed steps: {failed:?}\nstdout:\n{}\nstderr:\n{}",
        run.stdout,
        run.stderr
    );
    assert!(
        run.stdout.contains(r#""step": "summary", "ok": true"#),
        "the script did not reach its summary\nstdout:\n{}\nstderr:\n{}",
        run.stdout,
        run.stderr
    );
    app.stop().await;
}
