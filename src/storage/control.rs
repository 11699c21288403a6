//! Stores and conversation configurations.

use super::{decode, encode, Result};
use crate::domain::{Configuration, Store};

/// Control-plane records.
#[derive(Clone)]
pub struct ControlPlane {
    stores: sled::Tree,
    configurations: sled::Tree,
}

impl ControlPlane {
    pub(super) fn new(stores: sled::Tree, configurations: sled::Tree) -> Self {
        Self {
            stores,
            configurations,
        }
    }

    /// All stores, in id (creation) order.
    pub fn stores(&self) -> Result<Vec<Store>> {
        self.stores.iter().values().map(|v| decode(&v?)).collect()
    }

    /// One store.
    pub fn store(&self, id: &str) -> Result<Option<Store>> {
        self.stores.get(id)?.map(|v| decode(&v)).transpose()
    }

    /// The store with this display name, if any.
    pub fn store_by_name(&self, name: &str) -> Result<Option<Store>> {
        Ok(self.stores()?.into_iter().find(|s| s.display_name == name))
    }

    /// Writes a store.
    pub fn put_store(&self, store: &Store) -> Result<()> {
        self.stores.insert(store.id.as_bytes(), encode(store)?)?;
        Ok(())
    }

    /// Creates a store unless the limit is reached or the name is taken, atomically with
    /// respect to other creates. Returns the error message to show otherwise.
    pub fn create_store(
        &self,
        store: &Store,
        max_stores: usize,
    ) -> Result<std::result::Result<(), CreateStoreRefusal>> {
        static CREATE: parking_lot::Mutex<()> = parking_lot::Mutex::new(());
        let _g = CREATE.lock();
        let existing = self.stores()?;
        if existing.len() >= max_stores {
            return Ok(Err(CreateStoreRefusal::Limit(max_stores)));
        }
        if existing
            .iter()
            .any(|s| s.display_name == store.display_name)
        {
            return Ok(Err(CreateStoreRefusal::NameTaken));
        }
        self.put_store(store)?;
        Ok(Ok(()))
    }

    /// Deletes a store record.
    pub fn delete_store(&self, id: &str) -> Result<bool> {
        Ok(self.stores.remove(id)?.is_some())
    }

    /// All configurations, in id order.
    pub fn configurations(&self) -> Result<Vec<Configuration>> {
        self.configurations
            .iter()
            .values()
            .map(|v| decode(&v?))
            .collect()
    }

    /// One configuration.
    pub fn configuration(&self, id: &str) -> Result<Option<Configuration>> {
        self.configurations.get(id)?.map(|v| decode(&v)).transpose()
    }

    /// Writes a configuration. When it is the default, every other one stops being default.
    pub fn put_configuration(&self, cfg: &Configuration) -> Result<()> {
        if cfg.is_default {
            for mut other in self.configurations()? {
                if other.id != cfg.id && other.is_default {
                    other.is_default = false;
                    self.configurations
                        .insert(other.id.as_bytes(), encode(&other)?)?;
                }
            }
        }
        self.configurations
            .insert(cfg.id.as_bytes(), encode(cfg)?)?;
        Ok(())
    }

    /// Deletes a configuration; returns whether it existed.
    pub fn delete_configuration(&self, id: &str) -> Result<bool> {
        Ok(self.configurations.remove(id)?.is_some())
    }
}

/// Why a store was not created.
#[derive(Debug, PartialEq, Eq)]
pub enum CreateStoreRefusal {
    Limit(usize),
    NameTaken,
}
