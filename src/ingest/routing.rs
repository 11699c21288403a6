//! Conversation configurations: the cached registry webhooks are routed with, and its CRUD.

use std::sync::Arc;

use parking_lot::RwLock;

use super::event::RouteHint;
use crate::domain::configuration::{ConfigurationInput, ConfigurationSource};
use crate::domain::{ids, Configuration, ConversationStatus, StatusTimeouts};
use crate::storage::{ControlPlane, StorageError};

/// Why a configuration write was refused.
#[derive(Debug, thiserror::Error)]
pub enum ConfigurationError {
    #[error("{0}")]
    Invalid(String),
    #[error("configuration '{0}' was not found")]
    NotFound(String),
    #[error("configuration '{0}' already exists")]
    Exists(String),
    #[error("the default configuration cannot be deleted; make another one the default first")]
    DeleteDefault,
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// Configurations, cached for routing; every write goes through here so the cache stays true.
#[derive(Clone)]
pub struct Configurations {
    control: ControlPlane,
    cache: Arc<RwLock<Arc<Vec<Configuration>>>>,
}

impl Configurations {
    /// Loads the registry from storage.
    pub fn load(control: ControlPlane) -> Result<Self, StorageError> {
        let all = control.configurations()?;
        Ok(Self {
            control,
            cache: Arc::new(RwLock::new(Arc::new(all))),
        })
    }

    fn reload(&self) -> Result<(), StorageError> {
        let all = self.control.configurations()?;
        *self.cache.write() = Arc::new(all);
        Ok(())
    }

    /// Every configuration.
    pub fn all(&self) -> Arc<Vec<Configuration>> {
        Arc::clone(&self.cache.read())
    }

    /// One configuration by id.
    pub fn get(&self, id: &str) -> Option<Configuration> {
        self.cache.read().iter().find(|c| c.id == id).cloned()
    }

    /// The default configuration, if one exists.
    pub fn default_configuration(&self) -> Option<Configuration> {
        self.cache.read().iter().find(|c| c.is_default).cloned()
    }

    /// The configuration a webhook belongs to (SPEC 1.4), and whether it was chosen only
    /// because nothing more specific was known (a provisional route).
    pub fn route(&self, hint: &RouteHint) -> Option<(Configuration, bool)> {
        let all = self.cache.read();
        if let Some(id) = &hint.configuration_id {
            if let Some(c) = all.iter().find(|c| &c.id == id) {
                return Some((c.clone(), false));
            }
        }
        if let Some(sid) = &hint.chat_service_sid {
            if let Some(c) = all.iter().find(|c| c.chat_service_sids.contains(sid)) {
                return Some((c.clone(), false));
            }
        }
        let specific = hint.configuration_id.is_some() || hint.chat_service_sid.is_some();
        all.iter()
            .find(|c| c.is_default)
            .map(|c| (c.clone(), !specific))
    }

    fn check_store(&self, cfg: &Configuration) -> Result<(), ConfigurationError> {
        if self.control.store(&cfg.memory_store_id)?.is_none() {
            return Err(ConfigurationError::Invalid(format!(
                "memoryStoreId '{}' is not a store",
                cfg.memory_store_id
            )));
        }
        Ok(())
    }

    /// Creates a configuration from an API or config-file body.
    pub fn create(
        &self,
        mut input: ConfigurationInput,
        source: ConfigurationSource,
    ) -> Result<Configuration, ConfigurationError> {
        let id = input
            .id
            .take()
            .unwrap_or_else(|| ids::new_id("conv_configuration"));
        if self.get(&id).is_some() {
            return Err(ConfigurationError::Exists(id));
        }
        let mut cfg = blank(id, source);
        self.resolve_store_name(&mut input)?;
        if input.memory_store_id.is_none() {
            return Err(ConfigurationError::Invalid(
                "memoryStoreId is required".into(),
            ));
        }
        cfg.apply(input);
        cfg.validate().map_err(ConfigurationError::Invalid)?;
        self.check_store(&cfg)?;
        self.control.put_configuration(&cfg)?;
        self.reload()?;
        Ok(cfg)
    }

    /// Creates or replaces a configuration declared in the config file.
    pub fn apply_file(
        &self,
        mut input: ConfigurationInput,
    ) -> Result<Configuration, ConfigurationError> {
        let id = input
            .id
            .clone()
            .ok_or_else(|| ConfigurationError::Invalid("configurations[].id is required".into()))?;
        self.resolve_store_name(&mut input)?;
        let mut cfg = match self.get(&id) {
            Some(existing) => existing,
            None => blank(id, ConfigurationSource::File),
        };
        input.id = None;
        cfg.apply(input);
        cfg.source = ConfigurationSource::File;
        cfg.updated_at = crate::domain::time::now();
        cfg.validate().map_err(ConfigurationError::Invalid)?;
        self.check_store(&cfg)?;
        self.control.put_configuration(&cfg)?;
        self.reload()?;
        Ok(cfg)
    }

    /// Applies a PATCH.
    pub fn patch(
        &self,
        id: &str,
        mut input: ConfigurationInput,
    ) -> Result<Configuration, ConfigurationError> {
        let mut cfg = self
            .get(id)
            .ok_or_else(|| ConfigurationError::NotFound(id.to_owned()))?;
        if input.id.as_deref().is_some_and(|new| new != id) {
            return Err(ConfigurationError::Invalid("id cannot be changed".into()));
        }
        if cfg.is_default && input.is_default == Some(false) {
            return Err(ConfigurationError::Invalid(
                "make another configuration the default instead of unsetting this one".into(),
            ));
        }
        self.resolve_store_name(&mut input)?;
        cfg.apply(input);
        cfg.updated_at = crate::domain::time::now();
        cfg.validate().map_err(ConfigurationError::Invalid)?;
        self.check_store(&cfg)?;
        self.control.put_configuration(&cfg)?;
        self.reload()?;
        Ok(cfg)
    }

    /// Deletes a configuration (never the default one).
    pub fn delete(&self, id: &str) -> Result<(), ConfigurationError> {
        let cfg = self
            .get(id)
            .ok_or_else(|| ConfigurationError::NotFound(id.to_owned()))?;
        if cfg.is_default {
            return Err(ConfigurationError::DeleteDefault);
        }
        self.control.delete_configuration(id)?;
        self.reload()?;
        Ok(())
    }

    fn resolve_store_name(&self, input: &mut ConfigurationInput) -> Result<(), ConfigurationError> {
        if let Some(name) = input.memory_store_name.take() {
            let store = self.control.store_by_name(&name)?.ok_or_else(|| {
                ConfigurationError::Invalid(format!("memoryStoreName '{name}' is not a store"))
            })?;
            input.memory_store_id = Some(store.id);
        }
        Ok(())
    }
}

fn blank(id: String, source: ConfigurationSource) -> Configuration {
    let now = crate::domain::time::now();
    Configuration {
        id,
        display_name: None,
        description: None,
        memory_store_id: String::new(),
        memory_extraction_enabled: true,
        extract_on: vec![ConversationStatus::Inactive, ConversationStatus::Closed],
        status_timeouts: StatusTimeouts::default(),
        agent_addresses: Vec::new(),
        chat_service_sids: Vec::new(),
        is_default: false,
        source,
        created_at: now,
        updated_at: now,
    }
}
