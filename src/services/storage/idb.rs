//! The storage service on IndexedDB (through rexie). Three object stores, all keyed by the
//! report's key: `reports` (its [`Meta`] as JSON text), `bodies` (`{text, line}`, two JS
//! strings, never escaped into JSON) and `sources` (a file's bytes as a `Uint8Array`).
//! Works in the hosted app and in the single file opened from `file://` (Chromium).

use super::{Store, StoreError, Write};
use crate::persist::record::{Body, Meta};
use js_sys::{Object, Reflect, Uint8Array};
use rexie::{ObjectStore, Rexie, TransactionMode};
use wasm_bindgen::{JsCast, JsValue};

const DB: &str = "gangmu";
const VERSION: u32 = 1;
const REPORTS: &str = "reports";
const BODIES: &str = "bodies";
const SOURCES: &str = "sources";

pub struct IdbStore {
    db: Rexie,
}

/// A browser error as a [`StoreError`]: quota errors are told apart, so the page can say
/// "storage is full" rather than "something failed". (rexie's own message is only "idb
/// error"; the DOM exception's name is in its source and its debug form.)
fn failed(e: impl std::error::Error) -> StoreError {
    let text = match e.source() {
        Some(inner) => format!("{inner} {e:?}"),
        None => format!("{e} {e:?}"),
    };
    if text.contains("QuotaExceeded") || text.contains("quota") {
        StoreError::Full
    } else {
        StoreError::Failed(text)
    }
}

fn key(k: &str) -> JsValue {
    JsValue::from_str(k)
}

impl IdbStore {
    /// Opens (or creates) the database; `Unavailable` where the browser refuses IndexedDB.
    pub async fn open() -> Result<IdbStore, StoreError> {
        let has_idb = web_sys::window()
            .and_then(|w| Reflect::get(&w, &"indexedDB".into()).ok())
            .is_some_and(|v| !v.is_undefined() && !v.is_null());
        if !has_idb {
            return Err(StoreError::Unavailable("indexedDB".into()));
        }
        Rexie::builder(DB)
            .version(VERSION)
            .add_object_store(ObjectStore::new(REPORTS))
            .add_object_store(ObjectStore::new(BODIES))
            .add_object_store(ObjectStore::new(SOURCES))
            .build()
            .await
            .map(|db| IdbStore { db })
            .map_err(|e| StoreError::Unavailable(e.to_string()))
    }

    /// The records of `keys` in one store, read in one transaction.
    async fn get_each<T>(
        &self,
        name: &str,
        keys: &[String],
        read: impl Fn(&JsValue) -> Option<T>,
    ) -> Result<Vec<Option<T>>, StoreError> {
        let tx = self.transaction(&[name], TransactionMode::ReadOnly)?;
        let store = tx.store(name).map_err(failed)?;
        let mut out = Vec::with_capacity(keys.len());
        for k in keys {
            let value = store.get(key(k)).await.map_err(failed)?;
            out.push(value.as_ref().and_then(&read));
        }
        Ok(out)
    }

    fn transaction(
        &self,
        stores: &[&str],
        mode: TransactionMode,
    ) -> Result<rexie::Transaction, StoreError> {
        self.db.transaction(stores, mode).map_err(failed)
    }
}

fn body_to_js(body: &Body) -> JsValue {
    let obj = Object::new();
    let _ = Reflect::set(&obj, &"text".into(), &JsValue::from_str(&body.text));
    let _ = Reflect::set(&obj, &"line".into(), &JsValue::from_str(&body.line));
    obj.into()
}

fn body_from_js(value: &JsValue) -> Option<Body> {
    let get = |k: &str| Reflect::get(value, &k.into()).ok()?.as_string();
    Some(Body {
        text: get("text")?,
        line: get("line")?,
    })
}

fn meta_from_js(value: &JsValue) -> Option<Meta> {
    serde_json::from_str(&value.as_string()?).ok()
}

impl Store for IdbStore {
    async fn metas(&self) -> Result<Vec<Meta>, StoreError> {
        let tx = self.transaction(&[REPORTS], TransactionMode::ReadOnly)?;
        let store = tx.store(REPORTS).map_err(failed)?;
        let all = store.get_all(None, None).await.map_err(failed)?;
        // A record that does not read (written by a newer version, damaged) is skipped,
        // not fatal: the rest of the workspace still comes back.
        let mut metas: Vec<Meta> = all.iter().filter_map(meta_from_js).collect();
        crate::persist::record::sort(&mut metas);
        Ok(metas)
    }

    async fn metas_of(&self, keys: &[String]) -> Result<Vec<Option<Meta>>, StoreError> {
        self.get_each(REPORTS, keys, meta_from_js).await
    }

    async fn bodies(&self, keys: &[String]) -> Result<Vec<Option<Body>>, StoreError> {
        self.get_each(BODIES, keys, body_from_js).await
    }

    async fn source(&self, k: &str) -> Result<Option<Vec<u8>>, StoreError> {
        let tx = self.transaction(&[SOURCES], TransactionMode::ReadOnly)?;
        let store = tx.store(SOURCES).map_err(failed)?;
        let value = store.get(key(k)).await.map_err(failed)?;
        Ok(value
            .and_then(|v| v.dyn_into::<Uint8Array>().ok())
            .map(|a| a.to_vec()))
    }

    async fn write(&self, writes: Vec<Write>) -> Result<Vec<Meta>, StoreError> {
        let tx = self.transaction(&[REPORTS, BODIES, SOURCES], TransactionMode::ReadWrite)?;
        let (reports, bodies, sources) = (
            tx.store(REPORTS).map_err(failed)?,
            tx.store(BODIES).map_err(failed)?,
            tx.store(SOURCES).map_err(failed)?,
        );
        let mut merged = Vec::with_capacity(writes.len());
        for w in writes {
            let k = key(&w.meta.key);
            // Read, merge and write in one transaction: another tab's write to this report
            // either happened before (and is merged in) or waits for this one.
            let stored = reports.get(k.clone()).await.map_err(failed)?;
            let meta = match stored.as_ref().and_then(meta_from_js) {
                Some(stored) => w.meta.merged(&stored),
                None => w.meta,
            };
            let json =
                serde_json::to_string(&meta).map_err(|e| StoreError::Failed(e.to_string()))?;
            reports
                .put(&JsValue::from_str(&json), Some(&k))
                .await
                .map_err(failed)?;
            if let Some(body) = &w.body {
                bodies
                    .put(&body_to_js(body), Some(&k))
                    .await
                    .map_err(failed)?;
            }
            if let Some(bytes) = &w.source {
                let array = Uint8Array::from(bytes.as_slice());
                sources.put(&array, Some(&k)).await.map_err(failed)?;
            }
            merged.push(meta);
        }
        tx.done().await.map_err(failed)?;
        Ok(merged)
    }

    async fn remove(&self, keys: &[String]) -> Result<(), StoreError> {
        let tx = self.transaction(&[REPORTS, BODIES, SOURCES], TransactionMode::ReadWrite)?;
        for name in [REPORTS, BODIES, SOURCES] {
            let store = tx.store(name).map_err(failed)?;
            for k in keys {
                store.delete(key(k)).await.map_err(failed)?;
            }
        }
        tx.done().await.map_err(failed)?;
        Ok(())
    }

    async fn clear(&self) -> Result<(), StoreError> {
        let tx = self.transaction(&[REPORTS, BODIES, SOURCES], TransactionMode::ReadWrite)?;
        for name in [REPORTS, BODIES, SOURCES] {
            tx.store(name)
                .map_err(failed)?
                .clear()
                .await
                .map_err(failed)?;
        }
        tx.done().await.map_err(failed)?;
        Ok(())
    }
}
