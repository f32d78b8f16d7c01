//! The workspace kept in the browser: restored when the page opens, written as reports finish
//! (the reducer's outbox), shared with the other open tabs.
//!
//! - On mount: open IndexedDB; the stored reports' records come back at once (the list shows
//!   them), their bodies in chunks (shown as stored, or read again by the engine when another
//!   engine made them). Storage that cannot be opened is said so (`Storage::NotKept`).
//! - On every outbox change: its work is taken and written, in order; a failure (quota) is
//!   said so and the reports stay in memory with their bytes, for the workspace file.
//! - Other tabs: every write, removal and clearing is announced on a `BroadcastChannel`;
//!   a tab that hears of reports it does not list reads them from the store, and removes or
//!   clears as the other did. Writes merge with what is stored, so nothing is overwritten.

use crate::persist::record::Meta;
use crate::persist::sync::{entry_of, restore_chunk, write_of, Step};
use crate::services::engine::{Engine, Payload};
use crate::services::storage::idb::IdbStore;
use crate::services::storage::{engine_id, Store, StoreError};
use crate::state::{self, next_id, Action, AppState, EntryId, Storage};
use js_sys::{Array, Object, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::{BroadcastChannel, MessageEvent};
use yew::prelude::*;

/// Bodies read per step of a restore: large enough to be quick, small enough that the page
/// paints between steps.
const CHUNK: usize = 100;
const CHANNEL: &str = "gangmu-workspace";

/// The open store and the channel to the other tabs, shared with the commands (a file's
/// bytes are read from the store to read it again after a reload).
#[derive(Clone, Default)]
pub struct Persistence {
    store: Rc<RefCell<Option<Rc<IdbStore>>>>,
    channel: Rc<RefCell<Option<BroadcastChannel>>>,
}

impl PartialEq for Persistence {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.store, &other.store)
    }
}

impl Persistence {
    pub fn store(&self) -> Option<Rc<IdbStore>> {
        self.store.borrow().clone()
    }

    /// Tells the other tabs: `{from, put | remove: [keys]}` or `{from, clear: true}`.
    fn announce(&self, kind: &str, keys: &[String]) {
        let Some(channel) = self.channel.borrow().clone() else {
            return;
        };
        let message = Object::new();
        let _ = Reflect::set(&message, &"from".into(), &JsValue::from_str(&state::tab()));
        let value: JsValue = if kind == "clear" {
            JsValue::TRUE
        } else {
            keys.iter()
                .map(|k| JsValue::from_str(k))
                .collect::<Array>()
                .into()
        };
        let _ = Reflect::set(&message, &kind.into(), &value);
        let _ = channel.post_message(&message);
    }
}

/// Restores `metas` into the list: the records at once, the bodies chunk by chunk.
async fn restore(
    store: Rc<IdbStore>,
    metas: Vec<Meta>,
    engine: Engine,
    dispatch: UseReducerDispatcher<AppState>,
) {
    if metas.is_empty() {
        return;
    }
    let engine_id = engine_id();
    let listed: Vec<(EntryId, Meta)> = metas.into_iter().map(|m| (next_id(), m)).collect();
    dispatch.dispatch(Action::Restore(
        listed.iter().map(|(id, m)| entry_of(*id, m)).collect(),
    ));
    for chunk in listed.chunks(CHUNK) {
        match restore_chunk(&*store, chunk, &engine_id).await {
            Ok(steps) => {
                let mut shown = Vec::new();
                for step in steps {
                    match step {
                        Step::Show(outcome) => shown.push(outcome),
                        Step::ReadAgain(request) => engine.submit(Payload::Ready(request)),
                    }
                }
                if !shown.is_empty() {
                    dispatch.dispatch(Action::Finished(shown));
                }
            }
            Err(e) => {
                dispatch.dispatch(Action::Storage(Storage::NotKept(e)));
                return;
            }
        }
        // Let the page paint between chunks.
        gloo_timers::future::TimeoutFuture::new(0).await;
    }
}

/// A message from another tab.
fn on_broadcast(
    data: JsValue,
    persistence: &Persistence,
    engine: &Engine,
    dispatch: &UseReducerDispatcher<AppState>,
) {
    let from = Reflect::get(&data, &"from".into())
        .ok()
        .and_then(|v| v.as_string());
    if from.as_deref() == Some(&*state::tab()) {
        return;
    }
    let keys = |name: &str| -> Vec<String> {
        Reflect::get(&data, &name.into())
            .ok()
            .and_then(|v| v.dyn_into::<Array>().ok())
            .map(|a| a.iter().filter_map(|k| k.as_string()).collect())
            .unwrap_or_default()
    };
    if Reflect::get(&data, &"clear".into()).is_ok_and(|v| v.is_truthy()) {
        dispatch.dispatch(Action::RemoteClear);
        return;
    }
    let removed = keys("remove");
    if !removed.is_empty() {
        dispatch.dispatch(Action::RemoteRemove(removed));
    }
    let put = keys("put");
    if put.is_empty() {
        return;
    }
    let Some(store) = persistence.store() else {
        return;
    };
    let (engine, dispatch) = (engine.clone(), dispatch.clone());
    spawn_local(async move {
        if let Ok(metas) = store.metas_of(&put).await {
            let metas: Vec<Meta> = metas.into_iter().flatten().collect();
            // Reports this tab lists take the other tab's corrections; the reducer ignores
            // the rest here, and `restore` ignores the ones it already lists.
            for m in &metas {
                dispatch.dispatch(Action::MergeLog {
                    key: m.key.clone(),
                    log: m.log.clone(),
                });
            }
            restore(store, metas, engine, dispatch).await;
        }
    });
}

#[hook]
pub fn use_persistence(state: &UseReducerHandle<AppState>, engine: &Engine) -> Persistence {
    let persistence = (*use_memo((), |_| Persistence::default())).clone();

    // Open, restore, listen to the other tabs.
    {
        let (persistence, engine, dispatch) =
            (persistence.clone(), engine.clone(), state.dispatcher());
        use_effect_with((), move |_| {
            let listener = BroadcastChannel::new(CHANNEL).ok().map(|channel| {
                let (p, engine, dispatch) = (persistence.clone(), engine.clone(), dispatch.clone());
                let on_message =
                    Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
                        on_broadcast(ev.data(), &p, &engine, &dispatch)
                    });
                channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
                *persistence.channel.borrow_mut() = Some(channel);
                on_message
            });
            spawn_local(async move {
                match IdbStore::open().await {
                    Ok(store) => {
                        let store = Rc::new(store);
                        *persistence.store.borrow_mut() = Some(store.clone());
                        match store.metas().await {
                            Ok(metas) => {
                                dispatch.dispatch(Action::Storage(Storage::Kept));
                                restore(store, metas, engine, dispatch).await;
                            }
                            Err(e) => dispatch.dispatch(Action::Storage(Storage::NotKept(e))),
                        }
                    }
                    Err(e) => dispatch.dispatch(Action::Storage(Storage::NotKept(e))),
                }
            });
            move || drop(listener)
        });
    }

    // Write what the reducer asks for.
    {
        let (persistence, state) = (persistence.clone(), state.clone());
        let kept = matches!(state.storage, Storage::Kept);
        use_effect_with((state.outbox.seq, kept), move |(_, kept)| {
            let store = persistence.store();
            if let (true, Some(store)) = (*kept, store) {
                if !state.outbox.is_empty() {
                    let work = state.outbox.clone();
                    state.dispatch(Action::OutboxTaken(work.clone()));
                    let engine = engine_id();
                    let writes: Vec<_> = work
                        .save
                        .iter()
                        .filter_map(|id| state.entry(*id))
                        .filter_map(|e| write_of(e, &engine).map(|w| (e.id, w)))
                        .collect();
                    let dispatch = state.dispatcher();
                    spawn_local(async move {
                        let result = write_out(&store, &persistence, &work, writes).await;
                        match result {
                            Ok(saved) => dispatch.dispatch(Action::Saved(saved)),
                            Err(e) => dispatch.dispatch(Action::Storage(Storage::NotKept(e))),
                        }
                    });
                }
            }
        });
    }
    persistence
}

/// Carries out one outbox: clear, remove, write; tells the other tabs after each.
async fn write_out(
    store: &IdbStore,
    persistence: &Persistence,
    work: &crate::persist::outbox::Outbox,
    writes: Vec<(EntryId, crate::services::storage::Write)>,
) -> Result<Vec<EntryId>, StoreError> {
    if work.clear {
        store.clear().await?;
        persistence.announce("clear", &[]);
    }
    if !work.remove.is_empty() {
        store.remove(&work.remove).await?;
        persistence.announce("remove", &work.remove);
    }
    if writes.is_empty() {
        return Ok(Vec::new());
    }
    let (ids, writes): (Vec<EntryId>, Vec<_>) = writes.into_iter().unzip();
    let metas = store.write(writes).await?;
    let keys: Vec<String> = metas.into_iter().map(|m| m.key).collect();
    persistence.announce("put", &keys);
    Ok(ids)
}
