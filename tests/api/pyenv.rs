//! A private Python environment with the official `twilio` package, set up by the tests
//! themselves (PyPI is the only network a fresh machine has).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The pinned version of the `twilio` package the interop tests run against.
pub const TWILIO_VERSION: &str = "9.13.0";

/// The venv's python, created (once per machine, race-safe across test processes) with
/// `twilio==TWILIO_VERSION` installed. Panics with the installer's output when that fails.
pub fn python() -> PathBuf {
    static PY: OnceLock<PathBuf> = OnceLock::new();
    PY.get_or_init(|| {
        let root =
            Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("twilio-pyenv-{TWILIO_VERSION}"));
        let py = root.join("bin").join("python");
        let ready = root.join(".ready");
        if ready.exists() {
            return py;
        }
        // mkdir is atomic: the process that creates the lock directory installs, others wait.
        // A lock older than the longest install is stale (its owner died) and is taken over.
        let lock = root.with_file_name(format!("twilio-pyenv-{TWILIO_VERSION}.lock"));
        let start = Instant::now();
        loop {
            if ready.exists() {
                return py;
            }
            match std::fs::create_dir(&lock) {
                Ok(()) => break,
                Err(_) => {
                    let age = std::fs::metadata(&lock)
                        .and_then(|m| m.modified())
                        .ok()
                        .and_then(|t| t.elapsed().ok());
                    if age.is_some_and(|a| a > Duration::from_secs(600)) {
                        let _ = std::fs::remove_dir(&lock);
                        continue;
                    }
                    assert!(
                        start.elapsed() < Duration::from_secs(600),
                        "waited 10 minutes for {}",
                        lock.display()
                    );
                    std::thread::sleep(Duration::from_millis(250));
                }
            }
        }
        // Released however this install ends, panics included.
        struct Unlock(PathBuf);
        impl Drop for Unlock {
            fn drop(&mut self) {
                let _ = std::fs::remove_dir(&self.0);
            }
        }
        let _unlock = Unlock(lock.clone());
        let run = |cmd: &mut Command| {
            let out = cmd
                .output()
                .unwrap_or_else(|e| panic!("could not run {cmd:?}: {e}"));
            assert!(
                out.status.success(),
                "{cmd:?} failed:\n{}\n{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
        };
        let _ = std::fs::remove_dir_all(&root);
        run(Command::new("python3").args(["-m", "venv"]).arg(&root));
        run(Command::new(&py).args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            &format!("twilio=={TWILIO_VERSION}"),
        ]));
        std::fs::write(&ready, TWILIO_VERSION).expect("marker written");
        py
    })
    .clone()
}

/// Path of a script under tests/python.
pub fn script(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/python")
        .join(name)
}
