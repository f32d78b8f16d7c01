//! The storage service in memory, for native tests of the code that uses it.

use super::{Store, StoreError, Write};
use crate::persist::record::{Body, Meta};
use std::cell::RefCell;
use std::collections::BTreeMap;

#[derive(Default)]
pub struct MemoryStore {
    metas: RefCell<BTreeMap<String, Meta>>,
    bodies: RefCell<BTreeMap<String, Body>>,
    sources: RefCell<BTreeMap<String, Vec<u8>>>,
    /// Set by a test: every write fails with this error (a full disk, a revoked permission).
    pub fail_writes: RefCell<Option<StoreError>>,
}

impl Store for MemoryStore {
    async fn metas(&self) -> Result<Vec<Meta>, StoreError> {
        let mut all: Vec<Meta> = self.metas.borrow().values().cloned().collect();
        crate::persist::record::sort(&mut all);
        Ok(all)
    }

    async fn metas_of(&self, keys: &[String]) -> Result<Vec<Option<Meta>>, StoreError> {
        let metas = self.metas.borrow();
        Ok(keys.iter().map(|k| metas.get(k).cloned()).collect())
    }

    async fn bodies(&self, keys: &[String]) -> Result<Vec<Option<Body>>, StoreError> {
        let bodies = self.bodies.borrow();
        Ok(keys.iter().map(|k| bodies.get(k).cloned()).collect())
    }

    async fn source(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.sources.borrow().get(key).cloned())
    }

    async fn sources(&self, keys: &[String]) -> Result<Vec<Option<Vec<u8>>>, StoreError> {
        let sources = self.sources.borrow();
        Ok(keys.iter().map(|k| sources.get(k).cloned()).collect())
    }

    async fn write(&self, writes: Vec<Write>) -> Result<Vec<Meta>, StoreError> {
        if let Some(e) = self.fail_writes.borrow().clone() {
            return Err(e);
        }
        let mut merged = Vec::with_capacity(writes.len());
        for w in writes {
            let key = w.meta.key.clone();
            let meta = match self.metas.borrow().get(&key) {
                Some(stored) => w.meta.merged(stored),
                None => w.meta,
            };
            self.metas.borrow_mut().insert(key.clone(), meta.clone());
            if let Some(body) = w.body {
                self.bodies.borrow_mut().insert(key.clone(), body);
            }
            if let Some(bytes) = w.source {
                self.sources.borrow_mut().insert(key, bytes);
            }
            merged.push(meta);
        }
        Ok(merged)
    }

    async fn remove(&self, keys: &[String]) -> Result<(), StoreError> {
        for k in keys {
            self.metas.borrow_mut().remove(k);
            self.bodies.borrow_mut().remove(k);
            self.sources.borrow_mut().remove(k);
        }
        Ok(())
    }

    async fn clear(&self) -> Result<(), StoreError> {
        self.metas.borrow_mut().clear();
        self.bodies.borrow_mut().clear();
        self.sources.borrow_mut().clear();
        Ok(())
    }
}
