//! Settings: built-in defaults -> ./config/default.toml -> `--config FILE` ->
//! `MEMORY_SIDECAR__<SECTION>__<KEY>` environment variables (plus the Twilio/OpenAI names).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use config::{Config, Environment, File, FileFormat};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

use crate::domain::configuration::ConfigurationInput;

/// The built-in defaults: the documented config file itself.
pub const DEFAULTS_TOML: &str = include_str!("../config/default.toml");

/// All settings.
#[derive(Debug, Clone, Deserialize)]
pub struct Settings {
    pub server: ServerSettings,
    pub storage: StorageSettings,
    pub auth: AuthSettings,
    pub webhooks: WebhookSettings,
    pub lifecycle: LifecycleSettings,
    pub llm: LlmSettings,
    pub extraction: ExtractionSettings,
    pub embeddings: EmbeddingSettings,
    pub limits: LimitSettings,
    pub identity: IdentitySettings,
    pub recall: RecallSettings,
    pub telemetry: TelemetrySettings,
    #[serde(default)]
    pub configurations: Vec<ConfigurationInput>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ServerSettings {
    pub bind: String,
    pub max_body_bytes: usize,
    pub workers: usize,
}

#[derive(Debug, Clone, Deserialize)]
pub struct StorageSettings {
    pub path: PathBuf,
    pub cache_capacity_bytes: u64,
}

/// An API key: Basic-auth `sid:secret`, optionally limited to some stores.
#[derive(Debug, Clone, Deserialize)]
pub struct ApiKey {
    pub sid: String,
    pub secret: SecretString,
    #[serde(default)]
    pub stores: Option<Vec<String>>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct AuthSettings {
    pub account_sid: Option<String>,
    pub auth_token: Option<SecretString>,
    #[serde(default)]
    pub api_keys: Vec<ApiKey>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct WebhookSettings {
    pub public_url: Option<String>,
    #[serde(default)]
    pub auth_tokens: Vec<SecretString>,
    pub idempotency_ttl_hours: u64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct LifecycleSettings {
    pub sweep_interval_ms: u64,
    pub default_inactive_minutes: u32,
    pub default_closed_minutes: u32,
}

#[derive(Debug, Clone, Deserialize)]
pub struct LlmSettings {
    pub base_url: Option<String>,
    pub api_key: Option<SecretString>,
    pub model: Option<String>,
    /// Per-request timeout, seconds.
    pub timeout_secs: u64,
    /// Requests in flight at once.
    pub max_concurrency: usize,
    /// Outbound pacing (0 = unpaced).
    pub requests_per_minute: u32,
    /// The model's context window in tokens: transcripts are split to fit it.
    pub context_tokens: usize,
    /// Upper bound on an answer's tokens (`max_tokens`).
    pub max_output_tokens: u32,
    pub temperature: f32,
}

/// Extraction jobs (issue #5).
#[derive(Debug, Clone, Deserialize)]
pub struct ExtractionSettings {
    /// Concurrent extraction jobs (0: none run in the background; tests drive them).
    pub workers: usize,
    /// Attempts before a job is `failed`.
    pub max_attempts: u32,
    /// Exponential backoff: base and cap, seconds (jittered).
    pub backoff_base_secs: u64,
    pub backoff_max_secs: u64,
    /// How often idle workers look for due jobs, milliseconds.
    pub poll_interval_ms: u64,
    /// What the special-category screen does with a flagged candidate: "drop" or "redact".
    pub screen_mode: String,
    /// Cosine similarity at or above which a candidate is a duplicate of an observation.
    pub duplicate_similarity: f32,
    /// Cosine similarity below which a candidate is unrelated (new); in between, the LLM judges.
    pub related_similarity: f32,
}

#[derive(Debug, Clone, Deserialize)]
pub struct EmbeddingSettings {
    pub provider: String,
    pub base_url: Option<String>,
    pub model: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct LimitSettings {
    pub observations_per_profile: usize,
    pub summaries_per_profile: usize,
    pub max_stores: usize,
}

#[derive(Debug, Clone, Deserialize)]
pub struct RecallSettings {
    pub token_encoding: String,
    pub cache_max_documents: usize,
}

#[derive(Debug, Clone, Deserialize)]
pub struct IdentitySettings {
    pub default_region: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct TelemetrySettings {
    pub format: String,
    pub level: String,
}

/// Why settings could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("could not load settings: {0}")]
    Load(#[from] config::ConfigError),
    #[error("invalid setting {key}: {reason}")]
    Invalid { key: &'static str, reason: String },
}

impl Settings {
    /// Loads every layer from the process environment and validates the result.
    pub fn load(config_file: Option<&Path>) -> Result<Self, SettingsError> {
        Self::load_from(config_file, Path::new("config/default.toml"), |k| {
            std::env::var(k).ok()
        })
    }

    /// Loads with an explicit defaults-file path and environment lookup (used by tests).
    pub fn load_from(
        config_file: Option<&Path>,
        local_defaults: &Path,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Self, SettingsError> {
        let mut builder = Config::builder()
            .add_source(File::from_str(DEFAULTS_TOML, FileFormat::Toml))
            .add_source(File::from(local_defaults.to_path_buf()).required(false));
        if let Some(path) = config_file {
            builder = builder.add_source(File::from(path.to_path_buf()).required(true));
        }
        // Conventional names, below the explicit MEMORY_SIDECAR__ ones.
        for (var, key) in [
            ("TWILIO_ACCOUNT_SID", "auth.account_sid"),
            ("TWILIO_AUTH_TOKEN", "auth.auth_token"),
            ("OPENAI_BASE_URL", "llm.base_url"),
            ("OPENAI_API_KEY", "llm.api_key"),
        ] {
            if let Some(v) = env(var).filter(|v| !v.is_empty()) {
                builder = builder.set_override(key, v)?;
            }
        }
        let vars: config::Map<String, String> = std::env::vars()
            .filter(|(k, _)| k.starts_with("MEMORY_SIDECAR__"))
            .filter_map(|(k, _)| env(&k).map(|v| (k, v)))
            .collect();
        builder = builder.add_source(
            Environment::with_prefix("MEMORY_SIDECAR")
                .prefix_separator("__")
                .separator("__")
                .try_parsing(true)
                .list_separator(",")
                .with_list_parse_key("webhooks.auth_tokens")
                .source(Some(vars)),
        );
        let settings: Settings = builder.build()?.try_deserialize()?;
        settings.validate()?;
        Ok(settings)
    }

    /// Checks what deserialisation cannot.
    pub fn validate(&self) -> Result<(), SettingsError> {
        let invalid = |key, reason: &str| SettingsError::Invalid {
            key,
            reason: reason.to_owned(),
        };
        self.bind_addr()?;
        if self.server.max_body_bytes < 1024 || self.server.max_body_bytes > 64 * 1024 * 1024 {
            return Err(invalid(
                "server.max_body_bytes",
                "must be between 1024 and 67108864",
            ));
        }
        if let Some(u) = &self.webhooks.public_url {
            let parsed =
                url::Url::parse(u).map_err(|e| invalid("webhooks.public_url", &e.to_string()))?;
            if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
                return Err(invalid(
                    "webhooks.public_url",
                    "must be an http(s) URL with a host",
                ));
            }
        }
        if let Some(sid) = &self.auth.account_sid {
            if sid.is_empty() || sid.contains(':') {
                return Err(invalid("auth.account_sid", "must be non-empty without ':'"));
            }
        }
        if let Some(t) = &self.auth.auth_token {
            if t.expose_secret().is_empty() {
                return Err(invalid("auth.auth_token", "must not be empty"));
            }
        }
        for key in &self.auth.api_keys {
            if key.sid.is_empty() || key.sid.contains(':') || key.secret.expose_secret().is_empty()
            {
                return Err(invalid(
                    "auth.api_keys",
                    "each key needs a sid without ':' and a non-empty secret",
                ));
            }
        }
        if self.lifecycle.sweep_interval_ms == 0 {
            return Err(invalid("lifecycle.sweep_interval_ms", "must be positive"));
        }
        if !matches!(self.embeddings.provider.as_str(), "local" | "openai") {
            return Err(invalid(
                "embeddings.provider",
                "must be \"local\" or \"openai\"",
            ));
        }
        if !matches!(self.telemetry.format.as_str(), "auto" | "json" | "pretty") {
            return Err(invalid(
                "telemetry.format",
                "must be \"auto\", \"json\" or \"pretty\"",
            ));
        }
        if self
            .identity
            .default_region
            .parse::<phonenumber::country::Id>()
            .is_err()
        {
            return Err(invalid(
                "identity.default_region",
                "must be an ISO 3166-1 alpha-2 region code such as \"US\"",
            ));
        }
        if self.limits.observations_per_profile == 0 || self.limits.summaries_per_profile == 0 {
            return Err(invalid("limits", "per-profile caps must be at least 1"));
        }
        if self.llm.max_concurrency == 0 || self.llm.timeout_secs == 0 {
            return Err(invalid(
                "llm",
                "max_concurrency and timeout_secs must be at least 1",
            ));
        }
        if self.llm.context_tokens < 1024 || self.llm.max_output_tokens < 256 {
            return Err(invalid(
                "llm",
                "context_tokens must be at least 1024 and max_output_tokens at least 256",
            ));
        }
        if (self.llm.max_output_tokens as usize) * 2 >= self.llm.context_tokens {
            return Err(invalid(
                "llm.max_output_tokens",
                "must be less than half of llm.context_tokens",
            ));
        }
        if self.extraction.max_attempts == 0 || self.extraction.poll_interval_ms == 0 {
            return Err(invalid(
                "extraction",
                "max_attempts and poll_interval_ms must be at least 1",
            ));
        }
        if self.extraction.backoff_base_secs > self.extraction.backoff_max_secs {
            return Err(invalid(
                "extraction.backoff_base_secs",
                "must not exceed backoff_max_secs",
            ));
        }
        if !matches!(self.extraction.screen_mode.as_str(), "drop" | "redact") {
            return Err(invalid(
                "extraction.screen_mode",
                "must be \"drop\" or \"redact\"",
            ));
        }
        let (d, r) = (
            self.extraction.duplicate_similarity,
            self.extraction.related_similarity,
        );
        if !(0.0..=1.0).contains(&d) || !(0.0..=1.0).contains(&r) || r > d {
            return Err(invalid(
                "extraction",
                "similarities must be within 0..1 with related_similarity <= duplicate_similarity",
            ));
        }
        if self.limits.max_stores == 0 {
            return Err(invalid("limits.max_stores", "must be at least 1"));
        }
        Ok(())
    }

    /// The listen address.
    pub fn bind_addr(&self) -> Result<SocketAddr, SettingsError> {
        self.server
            .bind
            .parse()
            .map_err(|e: std::net::AddrParseError| SettingsError::Invalid {
                key: "server.bind",
                reason: e.to_string(),
            })
    }

    /// True when an LLM endpoint is configured (extraction can run).
    pub fn llm_configured(&self) -> bool {
        self.llm.base_url.as_deref().is_some_and(|u| !u.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn load(env: &[(&str, &str)], file: Option<&str>) -> Result<Settings, SettingsError> {
        let map: HashMap<String, String> = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let dir = tempfile::tempdir().unwrap();
        let path = file.map(|body| {
            let p = dir.path().join("c.toml");
            std::fs::write(&p, body).unwrap();
            p
        });
        // MEMORY_SIDECAR__ keys are discovered from the real environment, so tests set them
        // there too (names unique per test).
        for (k, v) in env {
            if k.starts_with("MEMORY_SIDECAR__") {
                std::env::set_var(k, v);
            }
        }
        let r = Settings::load_from(path.as_deref(), &dir.path().join("missing.toml"), |k| {
            map.get(k).cloned()
        });
        for (k, _) in env {
            if k.starts_with("MEMORY_SIDECAR__") {
                std::env::remove_var(k);
            }
        }
        r
    }

    #[test]
    fn defaults_load_and_validate() {
        let s = load(&[], None).unwrap();
        assert_eq!(s.server.bind, "127.0.0.1:8080");
        assert_eq!(s.storage.path, PathBuf::from("./data"));
        assert_eq!(s.limits.observations_per_profile, 10000);
        assert_eq!(s.limits.summaries_per_profile, 1000);
        assert_eq!(s.embeddings.provider, "local");
        assert!(s.auth.auth_token.is_none());
        assert!(!s.llm_configured());
    }

    #[test]
    fn layers_override_in_order() {
        let file = "[server]\nbind = \"127.0.0.1:7000\"\nmax_body_bytes = 4096\n[auth]\naccount_sid = \"ACfile\"\n";
        let s = load(&[], Some(file)).unwrap();
        assert_eq!(s.server.bind, "127.0.0.1:7000");
        assert_eq!(s.auth.account_sid.as_deref(), Some("ACfile"));
        let s = load(
            &[
                ("MEMORY_SIDECAR__SERVER__MAX_BODY_BYTES", "2048"),
                ("TWILIO_ACCOUNT_SID", "ACenv"),
                ("TWILIO_AUTH_TOKEN", "tok"),
                ("OPENAI_BASE_URL", "http://127.0.0.1:9/v1"),
            ],
            Some(file),
        )
        .unwrap();
        assert_eq!(s.server.max_body_bytes, 2048);
        assert_eq!(s.server.bind, "127.0.0.1:7000");
        assert_eq!(s.auth.account_sid.as_deref(), Some("ACenv"));
        assert_eq!(s.auth.auth_token.as_ref().unwrap().expose_secret(), "tok");
        assert!(s.llm_configured());
    }

    #[test]
    fn env_list_of_rotation_tokens() {
        let s = load(
            &[("MEMORY_SIDECAR__WEBHOOKS__AUTH_TOKENS", "old1,old2")],
            None,
        )
        .unwrap();
        let t: Vec<_> = s
            .webhooks
            .auth_tokens
            .iter()
            .map(|t| t.expose_secret().to_owned())
            .collect();
        assert_eq!(t, ["old1", "old2"]);
    }

    #[test]
    fn invalid_values_are_named() {
        let err = load(&[], Some("[server]\nbind = \"nope\"\n")).unwrap_err();
        assert!(err.to_string().contains("server.bind"), "{err}");
        let err = load(&[], Some("[webhooks]\npublic_url = \"ftp://x\"\n")).unwrap_err();
        assert!(err.to_string().contains("webhooks.public_url"), "{err}");
        let err = load(&[], Some("[embeddings]\nprovider = \"magic\"\n")).unwrap_err();
        assert!(err.to_string().contains("embeddings.provider"), "{err}");
    }

    #[test]
    fn configurations_from_file() {
        let file = "[[configurations]]\nid = \"conv_configuration_x\"\nmemoryStoreName = \"default\"\nagentAddresses = [\"+18005550100\"]\nstatusTimeouts = { inactive = 5, closed = 60 }\n";
        let s = load(&[], Some(file)).unwrap();
        assert_eq!(s.configurations.len(), 1);
        let c = &s.configurations[0];
        assert_eq!(c.id.as_deref(), Some("conv_configuration_x"));
        assert_eq!(c.status_timeouts.unwrap().inactive, Some(5));
    }
}
