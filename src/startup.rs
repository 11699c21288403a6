//! Application: opens storage, bootstraps the default store and configuration, and runs the
//! HTTP server and background workers under one `select!`.

use std::net::TcpListener;
use std::path::Path;
use std::sync::Arc;

use actix_web::{dev::Server, web, App, HttpServer};
use anyhow::Context;
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use tracing_actix_web::TracingLogger;

use crate::domain::configuration::{ConfigurationInput, ConfigurationSource};
use crate::domain::{ids, Store};
use crate::extraction::llm::{LlmClient, LlmConfig};
use crate::extraction::{Extractor, LlmBudget};
use crate::ingest::lifecycle::Sweeper;
use crate::ingest::{Configurations, Ingestor, TimerDefaults};
use crate::metrics::Metrics;
use crate::profiles::{ProfileLimits, Profiles};
use crate::recall::embed::Embedder;
use crate::recall::{Fusion, Recall};
use crate::routes::{self, auth::Credentials, AppState, WebhookConfig};
use crate::settings::Settings;
use crate::storage::Storage;

/// A built, not yet running, application.
pub struct Application {
    port: u16,
    server: Server,
    storage: Storage,
    recall: Arc<Recall>,
    sweeper: Sweeper,
    extractor: Extractor,
    sweep_interval: std::time::Duration,
    account_sid: String,
}

/// Account credentials generated on first start when none are configured.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GeneratedCredentials {
    pub account_sid: String,
    pub auth_token: String,
}

/// The file generated credentials live in.
pub fn credentials_path(data_dir: &Path) -> std::path::PathBuf {
    data_dir.join("credentials.json")
}

fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    rand::fill(&mut buf[..]);
    hex::encode(buf)
}

/// The configured credentials, completed from (or saved to) the generated-credentials file.
fn resolve_credentials(settings: &Settings) -> anyhow::Result<(String, SecretString)> {
    if let (Some(sid), Some(token)) = (&settings.auth.account_sid, &settings.auth.auth_token) {
        return Ok((sid.clone(), token.clone()));
    }
    let path = credentials_path(&settings.storage.path);
    let generated = match std::fs::read(&path) {
        Ok(bytes) => serde_json::from_slice::<GeneratedCredentials>(&bytes)
            .with_context(|| format!("reading {}", path.display()))?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let creds = GeneratedCredentials {
                account_sid: format!("AC{}", random_hex(16)),
                auth_token: random_hex(16),
            };
            write_private(&path, &serde_json::to_vec_pretty(&creds)?)?;
            tracing::warn!(
                path = %path.display(),
                "no auth.account_sid/auth.auth_token configured: generated credentials were written to this file"
            );
            creds
        }
        Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
    };
    Ok((
        settings
            .auth
            .account_sid
            .clone()
            .unwrap_or(generated.account_sid),
        settings
            .auth
            .auth_token
            .clone()
            .unwrap_or_else(|| SecretString::from(generated.auth_token)),
    ))
}

fn write_private(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    use std::io::Write;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts
        .open(path)
        .with_context(|| format!("creating {}", path.display()))?;
    f.write_all(bytes)?;
    f.sync_all()?;
    Ok(())
}

/// First start: a store named `default` and a default configuration routing to it. Then the
/// configurations declared in the settings file.
fn bootstrap(
    storage: &Storage,
    configurations: &Configurations,
    settings: &Settings,
) -> anyhow::Result<()> {
    let control = storage.control();
    if control.stores()?.is_empty() {
        let now = crate::domain::time::now();
        let store = Store {
            id: ids::new_id("mem_store"),
            display_name: "default".into(),
            description: Some("Created on first start".into()),
            status: "ACTIVE".into(),
            version: 1,
            created_at: now,
            updated_at: now,
        };
        control.put_store(&store)?;
        tracing::info!(store_id = %store.id, "first start: created memory store 'default'");
    }
    for input in &settings.configurations {
        if let Some(name) = &input.memory_store_name {
            if control.store_by_name(name)?.is_none() {
                let now = crate::domain::time::now();
                let store = Store {
                    id: ids::new_id("mem_store"),
                    display_name: name.clone(),
                    description: Some("Declared in the settings file".into()),
                    status: "ACTIVE".into(),
                    version: 1,
                    created_at: now,
                    updated_at: now,
                };
                crate::domain::store::validate_display_name(name)
                    .map_err(|e| anyhow::anyhow!("configurations[].memoryStoreName: {e}"))?;
                control.put_store(&store)?;
            }
        }
        let cfg = configurations
            .apply_file(input.clone())
            .map_err(|e| anyhow::anyhow!("configuration in settings file: {e}"))?;
        tracing::info!(configuration_id = %cfg.id, store_id = %cfg.memory_store_id, "configuration from settings file applied");
    }
    if configurations.default_configuration().is_none() {
        let store = control
            .store_by_name("default")?
            .or(control.stores()?.into_iter().next())
            .context("no store to route to")?;
        let cfg = configurations
            .create(
                ConfigurationInput {
                    display_name: Some("default".into()),
                    memory_store_id: Some(store.id.clone()),
                    is_default: Some(true),
                    ..Default::default()
                },
                ConfigurationSource::Default,
            )
            .map_err(|e| anyhow::anyhow!("creating the default configuration: {e}"))?;
        tracing::info!(
            configuration_id = %cfg.id,
            store_id = %store.id,
            "created the default conversation configuration: every webhook without a matching configuration goes to store 'default'"
        );
    }
    Ok(())
}

impl Application {
    /// Opens storage, bootstraps, and binds the listener (port 0 picks a free port).
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        let metrics = Arc::new(Metrics::new());
        let storage = Storage::open(
            &settings.storage.path,
            settings.storage.cache_capacity_bytes,
            Arc::clone(&metrics),
        )
        .with_context(|| format!("opening data directory {}", settings.storage.path.display()))?;
        let (account_sid, auth_token) = resolve_credentials(&settings)?;
        let configurations = Configurations::load(storage.control().clone())?;
        bootstrap(&storage, &configurations, &settings)?;
        let embedder = match settings.embeddings.provider.as_str() {
            "openai" => Embedder::openai(
                settings.embeddings.base_url.as_deref().unwrap_or_default(),
                settings
                    .llm
                    .api_key
                    .as_ref()
                    .map(|k| k.expose_secret().to_owned()),
                settings.embeddings.model.as_deref().unwrap_or_default(),
            )?,
            _ => Embedder::builtin()?,
        };
        tracing::info!(model = embedder.id(), "embedder ready");
        let recall = Arc::new(Recall::new(
            storage.clone(),
            embedder,
            &settings.recall.token_encoding,
            settings.recall.cache_max_documents,
            Fusion::default(),
        )?);
        let profiles = Profiles::new(
            storage.clone(),
            settings.identity.default_region.clone(),
            ProfileLimits {
                observations_per_profile: settings.limits.observations_per_profile,
                summaries_per_profile: settings.limits.summaries_per_profile,
            },
            Arc::clone(&recall),
        );
        let ingestor = Ingestor::new(
            storage.clone(),
            configurations.clone(),
            profiles.clone(),
            TimerDefaults {
                inactive_minutes: settings.lifecycle.default_inactive_minutes,
                closed_minutes: settings.lifecycle.default_closed_minutes,
            },
            Arc::clone(&metrics),
        );
        let sweeper = Sweeper::new(ingestor.clone(), settings.webhooks.idempotency_ttl_hours);
        let llm = match settings.llm.base_url.as_deref().filter(|u| !u.is_empty()) {
            Some(base_url) => Some(
                LlmClient::new(LlmConfig {
                    base_url: base_url.to_owned(),
                    api_key: settings.llm.api_key.clone(),
                    model: settings
                        .llm
                        .model
                        .clone()
                        .unwrap_or_else(|| "gpt-4o-mini".into()),
                    timeout: std::time::Duration::from_secs(settings.llm.timeout_secs),
                    max_concurrency: settings.llm.max_concurrency,
                    requests_per_minute: settings.llm.requests_per_minute,
                    max_output_tokens: settings.llm.max_output_tokens,
                    temperature: settings.llm.temperature,
                })
                .map_err(|e| anyhow::anyhow!("configuring the LLM client: {e}"))?,
            ),
            None => None,
        };
        let extractor = Extractor::new(
            profiles.clone(),
            llm,
            settings.extraction.clone(),
            LlmBudget {
                context_tokens: settings.llm.context_tokens,
                max_output_tokens: settings.llm.max_output_tokens as usize,
                timeout: std::time::Duration::from_secs(settings.llm.timeout_secs),
            },
            Arc::clone(&metrics),
        );
        extractor
            .recover()
            .context("re-queueing interrupted extraction jobs")?;
        let mut tokens = vec![auth_token.clone()];
        tokens.extend(settings.webhooks.auth_tokens.iter().cloned());
        let state = web::Data::new(AppState {
            storage: storage.clone(),
            ingestor,
            configurations,
            profiles,
            recall: Arc::clone(&recall),
            metrics,
            webhook: WebhookConfig {
                public_url: settings.webhooks.public_url.clone(),
                tokens,
                max_body_bytes: settings.server.max_body_bytes,
            },
            max_stores: settings.limits.max_stores,
            extractor: extractor.clone(),
        });
        let credentials = web::Data::new(Credentials {
            account_sid: account_sid.clone(),
            auth_token,
            api_keys: settings.auth.api_keys.clone(),
        });
        let listener = TcpListener::bind(settings.bind_addr()?)
            .with_context(|| format!("binding {}", settings.server.bind))?;
        let port = listener.local_addr()?.port();
        let max_body = settings.server.max_body_bytes;
        let mut server = HttpServer::new(move || {
            App::new()
                .wrap(TracingLogger::default())
                .app_data(state.clone())
                .app_data(credentials.clone())
                .configure(|cfg| routes::configure(cfg, max_body))
        })
        .backlog(2048)
        .listen(listener)?;
        if settings.server.workers > 0 {
            server = server.workers(settings.server.workers);
        }
        if !settings.llm_configured() {
            tracing::warn!("no LLM configured (llm.base_url / OPENAI_BASE_URL): extraction jobs will be kept and wait");
        }
        Ok(Self {
            port,
            server: server.run(),
            storage,
            recall: Arc::clone(&recall),
            sweeper,
            extractor,
            sweep_interval: std::time::Duration::from_millis(settings.lifecycle.sweep_interval_ms),
            account_sid,
        })
    }

    /// The bound port.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The account SID the API accepts.
    pub fn account_sid(&self) -> &str {
        &self.account_sid
    }

    /// The lifecycle sweeper, so tests can drive timers deterministically.
    pub fn sweeper(&self) -> Sweeper {
        self.sweeper.clone()
    }

    /// The extraction service, so tests can run jobs deterministically.
    pub fn extractor(&self) -> Extractor {
        self.extractor.clone()
    }

    /// The storage, for tests and reports.
    pub fn storage(&self) -> Storage {
        self.storage.clone()
    }

    /// A handle that stops the server (and so the application).
    pub fn server_handle(&self) -> actix_web::dev::ServerHandle {
        self.server.handle()
    }

    /// Runs the server and background workers until the server stops (SIGINT/SIGTERM).
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
        let sweeper = tokio::spawn(self.sweeper.run(self.sweep_interval, stop_rx.clone()));
        let extraction = tokio::spawn(self.extractor.run(stop_rx));
        let recall = Arc::clone(&self.recall);
        tokio::spawn(async move {
            if let Err(e) = recall.reembed_if_model_changed().await {
                tracing::error!(error = %e, "re-embedding for a new model failed; items are embedded on first use instead");
            }
        });
        tracing::info!(port = self.port, "memory-sidecar listening");
        let result = self.server.await;
        let _ = stop_tx.send(true);
        let _ = sweeper.await;
        let _ = extraction.await;
        self.storage.durable().await?;
        tracing::info!("memory-sidecar stopped");
        result.map_err(Into::into)
    }
}

/// Returns the auth token `send` should sign with when none is given: the configured one, else
/// the generated one in the data directory.
pub fn local_auth_token(settings: &Settings) -> Option<String> {
    if let Some(t) = &settings.auth.auth_token {
        return Some(t.expose_secret().to_owned());
    }
    let bytes = std::fs::read(credentials_path(&settings.storage.path)).ok()?;
    serde_json::from_slice::<GeneratedCredentials>(&bytes)
        .ok()
        .map(|c| c.auth_token)
}
