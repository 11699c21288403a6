# syntax=docker/dockerfile:1
# memory-sidecar: multi-stage release build; runs as a non-root user with its data on /data.

FROM rust:1.95-bookworm AS build
WORKDIR /src
# Manifest first so dependency builds are cached across source changes.
COPY Cargo.toml Cargo.lock ./
# Every target the manifest declares must exist for cargo to read it.
COPY benches ./benches
COPY src ./src
COPY config ./config
# The built-in embedding model is compiled into the binary.
COPY models ./models
RUN cargo build --release --locked --bin memory-sidecar \
 && strip target/release/memory-sidecar

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --user-group --home-dir /data --shell /usr/sbin/nologin sidecar \
 && mkdir -p /data /app/config \
 && chown sidecar:sidecar /data
COPY --from=build /src/target/release/memory-sidecar /usr/local/bin/memory-sidecar
# The documented defaults; the same values are built into the binary.
COPY config/default.toml /app/config/default.toml
WORKDIR /app
ENV MEMORY_SIDECAR__SERVER__BIND=0.0.0.0:8080 \
    MEMORY_SIDECAR__STORAGE__PATH=/data \
    MEMORY_SIDECAR__TELEMETRY__FORMAT=json
VOLUME ["/data"]
EXPOSE 8080
USER sidecar:sidecar
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/healthz || exit 1
ENTRYPOINT ["memory-sidecar"]
CMD ["serve"]
