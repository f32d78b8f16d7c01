//! The storage service on IndexedDB, through web-sys. Three object stores, all keyed by the
//! report's key: `reports` (its [`Meta`] as JSON text), `bodies` (`{text, line}`, two JS
//! strings, never escaped into JSON) and `sources` (a file's bytes as a `Uint8Array`).
//! Works in the hosted app and in the single file opened from `file://` (Chromium).
//!
//! Hand-written over web-sys rather than a wrapper crate: rexie (with idb) was used first, and
//! measured A/B it cost 30 KB gzip of the first-paint bundle (ARCHITECTURE.md, Decisions);
//! the few calls needed here — open with an upgrade, get, getAll, put, delete, clear, and a
//! transaction's completion — are a promise each (`done`).

use super::{Store, StoreError, Write};
use crate::persist::record::{Body, Meta};
use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction, IdbTransactionMode};

const DB: &str = "gangmu";
const VERSION: u32 = 1;
const REPORTS: &str = "reports";
const BODIES: &str = "bodies";
const SOURCES: &str = "sources";
const ALL: [&str; 3] = [REPORTS, BODIES, SOURCES];

pub struct IdbStore {
    db: IdbDatabase,
}

/// The browser's error (a `DOMException` or anything thrown) as text: its name and message.
fn text_of(e: &JsValue) -> String {
    let field = |k: &str| {
        Reflect::get(e, &k.into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    let text = format!("{} {}", field("name"), field("message"));
    if text.trim().is_empty() {
        format!("{e:?}")
    } else {
        text
    }
}

/// A browser error as a [`StoreError`]: quota errors are told apart, so the page can say
/// "storage is full" rather than "something failed".
fn failed(e: JsValue) -> StoreError {
    let text = text_of(&e);
    if text.contains("QuotaExceeded") || text.contains("quota") {
        StoreError::Full
    } else {
        StoreError::Failed(text)
    }
}

/// Waits for `target`'s `ok` event (`success`, `complete`) or its `error`/`abort`: the value
/// is `value()` read then, the error the target's `error`. The handlers are JS closures the
/// promise owns, so nothing leaks once it settles.
async fn done(
    target: &JsValue,
    ok: &str,
    value: impl Fn() -> JsValue + 'static,
    error: impl Fn() -> JsValue + 'static,
) -> Result<JsValue, JsValue> {
    let target = target.clone();
    let ok = format!("on{ok}");
    let mut handlers = Some((value, error));
    let promise = Promise::new(&mut |resolve: Function, reject: Function| {
        let Some((value, error)) = handlers.take() else {
            return;
        };
        let on_ok = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &value());
        });
        let on_err = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = reject.call1(&JsValue::NULL, &error());
        });
        let _ = Reflect::set(&target, &ok.as_str().into(), &on_ok);
        let _ = Reflect::set(&target, &"onerror".into(), &on_err);
        let _ = Reflect::set(&target, &"onabort".into(), &on_err);
    });
    JsFuture::from(promise).await
}

/// A request's result.
async fn request(req: IdbRequest) -> Result<JsValue, StoreError> {
    let (a, b) = (req.clone(), req.clone());
    done(
        &req.into(),
        "success",
        move || a.result().unwrap_or(JsValue::UNDEFINED),
        move || b.error().ok().flatten().map_or(JsValue::NULL, Into::into),
    )
    .await
    .map_err(failed)
}

/// Until the transaction is committed (its error if it aborts: a full quota shows here).
async fn committed(tx: IdbTransaction) -> Result<(), StoreError> {
    let t = tx.clone();
    done(
        &tx.into(),
        "complete",
        || JsValue::UNDEFINED,
        move || t.error().map_or(JsValue::NULL, Into::into),
    )
    .await
    .map(drop)
    .map_err(failed)
}

fn key(k: &str) -> JsValue {
    JsValue::from_str(k)
}

impl IdbStore {
    /// Opens (or creates) the database; `Unavailable` where the browser refuses IndexedDB.
    pub async fn open() -> Result<IdbStore, StoreError> {
        let unavailable = |e: JsValue| StoreError::Unavailable(text_of(&e));
        let factory = web_sys::window()
            .and_then(|w| w.indexed_db().ok().flatten())
            .ok_or_else(|| StoreError::Unavailable("indexedDB".into()))?;
        let open = factory.open_with_u32(DB, VERSION).map_err(unavailable)?;
        let upgrade = open.clone();
        let on_upgrade = wasm_bindgen::closure::Closure::once_into_js(move || {
            let Some(db) = upgrade
                .result()
                .ok()
                .and_then(|r| r.dyn_into::<IdbDatabase>().ok())
            else {
                return;
            };
            let have = db.object_store_names();
            for name in ALL {
                if !have.contains(name) {
                    let _ = db.create_object_store(name);
                }
            }
        });
        open.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
        let db = request(open.into())
            .await
            .map_err(|e| match e {
                StoreError::Failed(text) => StoreError::Unavailable(text),
                other => other,
            })?
            .dyn_into::<IdbDatabase>()
            .map_err(unavailable)?;
        Ok(IdbStore { db })
    }

    fn transaction(
        &self,
        stores: &[&str],
        mode: IdbTransactionMode,
    ) -> Result<IdbTransaction, StoreError> {
        let names: Array = stores.iter().map(|s| JsValue::from_str(s)).collect();
        self.db
            .transaction_with_str_sequence_and_mode(&names, mode)
            .map_err(failed)
    }

    /// The records of `keys` in one store, read in one transaction.
    async fn get_each<T>(
        &self,
        name: &str,
        keys: &[String],
        read: impl Fn(&JsValue) -> Option<T>,
    ) -> Result<Vec<Option<T>>, StoreError> {
        let tx = self.transaction(&[name], IdbTransactionMode::Readonly)?;
        let store = tx.object_store(name).map_err(failed)?;
        let mut out = Vec::with_capacity(keys.len());
        for k in keys {
            let value = request(store.get(&key(k)).map_err(failed)?).await?;
            out.push(read(&value));
        }
        Ok(out)
    }
}

fn store(tx: &IdbTransaction, name: &str) -> Result<IdbObjectStore, StoreError> {
    tx.object_store(name).map_err(failed)
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
    crate::json::from_str(&value.as_string()?).ok()
}

impl Store for IdbStore {
    async fn metas(&self) -> Result<Vec<Meta>, StoreError> {
        let tx = self.transaction(&[REPORTS], IdbTransactionMode::Readonly)?;
        let all = request(store(&tx, REPORTS)?.get_all().map_err(failed)?).await?;
        // A record that does not read (written by a newer version, damaged) is skipped,
        // not fatal: the rest of the workspace still comes back.
        let mut metas: Vec<Meta> = all
            .dyn_into::<Array>()
            .map(|a| a.iter().filter_map(|v| meta_from_js(&v)).collect())
            .unwrap_or_default();
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
        let tx = self.transaction(&[SOURCES], IdbTransactionMode::Readonly)?;
        let value = request(store(&tx, SOURCES)?.get(&key(k)).map_err(failed)?).await?;
        Ok(value.dyn_into::<Uint8Array>().ok().map(|a| a.to_vec()))
    }

    async fn sources(&self, keys: &[String]) -> Result<Vec<Option<Vec<u8>>>, StoreError> {
        self.get_each(SOURCES, keys, |v| {
            v.dyn_ref::<Uint8Array>().map(|a| a.to_vec())
        })
        .await
    }

    async fn write(&self, writes: Vec<Write>) -> Result<Vec<Meta>, StoreError> {
        let tx = self.transaction(&ALL, IdbTransactionMode::Readwrite)?;
        let (reports, bodies, sources) = (
            store(&tx, REPORTS)?,
            store(&tx, BODIES)?,
            store(&tx, SOURCES)?,
        );
        let mut merged = Vec::with_capacity(writes.len());
        for w in writes {
            let k = key(&w.meta.key);
            // Read, merge and write in one transaction: another tab's write to this report
            // either happened before (and is merged in) or waits for this one.
            let stored = request(reports.get(&k).map_err(failed)?).await?;
            let meta = match meta_from_js(&stored) {
                Some(stored) => w.meta.merged(&stored),
                None => w.meta,
            };
            let json =
                serde_json::to_string(&meta).map_err(|e| StoreError::Failed(e.to_string()))?;
            // Puts are not awaited one by one: the transaction's completion covers them all
            // (and a full quota aborts it).
            reports
                .put_with_key(&JsValue::from_str(&json), &k)
                .map_err(failed)?;
            if let Some(body) = &w.body {
                bodies.put_with_key(&body_to_js(body), &k).map_err(failed)?;
            }
            if let Some(bytes) = &w.source {
                let array = Uint8Array::from(bytes.as_slice());
                sources.put_with_key(&array, &k).map_err(failed)?;
            }
            merged.push(meta);
        }
        committed(tx).await?;
        Ok(merged)
    }

    async fn remove(&self, keys: &[String]) -> Result<(), StoreError> {
        let tx = self.transaction(&ALL, IdbTransactionMode::Readwrite)?;
        for name in ALL {
            let store = store(&tx, name)?;
            for k in keys {
                store.delete(&key(k)).map_err(failed)?;
            }
        }
        committed(tx).await
    }

    async fn clear(&self) -> Result<(), StoreError> {
        let tx = self.transaction(&ALL, IdbTransactionMode::Readwrite)?;
        for name in ALL {
            store(&tx, name)?.clear().map_err(failed)?;
        }
        committed(tx).await
    }
}
