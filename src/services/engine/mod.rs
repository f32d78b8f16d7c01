//! The extraction engine: a small pool of web workers running the `gangmu-worker` wasm.
//!
//! - [`loader`] fetches the worker's glue and wasm (or takes the single-file build's copy) and
//!   compiles the wasm once on the page;
//! - `bootstrap.js` turns the glue into a worker: every worker is created from a Blob URL
//!   (glue + bootstrap), which works on a static host, under any sub-path and from `file://`,
//!   and receives the compiled `WebAssembly.Module`;
//! - [`pool`] decides which worker runs which job (at most [`pool::IN_FLIGHT`] each), and what
//!   a crash or Stop costs; it is plain Rust, tested natively.
//!
//! Only when no worker can be created does the same wasm run on the page thread. Stop takes
//! effect at once: it terminates the workers, drops the queue and starts afresh.

pub mod loader;
pub mod pool;

use super::bridge;
use crate::i18n::{messages, Bilingual};
use crate::protocol::{Envelope, FromWorker, Head, Reply, ToWorker};
use js_sys::{Function, Promise, Reflect};
use loader::js_error;
use pool::{Lane, Pool, Queued};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{Blob, BlobPropertyBag, File, MessageEvent, Url, Worker};

/// Appended to the worker glue (see the file for what it does).
pub const BOOTSTRAP: &str = include_str!("bootstrap.js");

/// Appended to the glue for the page-thread fallback: expose the glue's `wasm_bindgen`.
const MAIN_THREAD_EXPORT: &str = "\n;self.__gangmuEngine = wasm_bindgen;\n";

/// What a job carries before it is sent: files are read only when their turn comes.
pub enum Payload {
    Ready(ToWorker),
    File(ToWorker, File),
}

impl Queued for Payload {
    fn job(&self) -> u32 {
        let env = match self {
            Payload::Ready(e) | Payload::File(e, _) => e,
        };
        env.head.as_ref().map_or(0, Head::job)
    }
}

/// What the engine tells the app.
pub enum Event {
    /// The workers are up (`true`), or only the page thread is available (`false`).
    Ready {
        worker: bool,
    },
    /// Jobs handed to a worker.
    Started(Vec<u32>),
    Reply(Box<FromWorker>),
    Unavailable(Bilingual),
}

/// A running worker and its message handler (kept alive as long as the worker).
struct Handle {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
}

struct Inner {
    pool: Pool<Payload>,
    workers: Vec<Handle>,
    /// The glue's `wasm_bindgen` object when jobs run on the page thread.
    page: Option<JsValue>,
    module: Option<JsValue>,
    glue: Option<String>,
    on_event: Rc<dyn Fn(Event)>,
    size: usize,
}

#[derive(Clone)]
pub struct Engine {
    inner: Rc<RefCell<Inner>>,
}

impl PartialEq for Engine {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.inner, &other.inner)
    }
}

/// Number of workers: one per core, at most four. The page thread mostly waits during a
/// batch, so leaving it a core of its own only slows the batch down.
fn pool_size() -> usize {
    let cores = web_sys::window().map_or(2.0, |w| w.navigator().hardware_concurrency());
    (cores as usize).clamp(1, 4)
}

/// `?engine=main` forces the page-thread fallback (used by the browser tests).
fn forced_main_thread() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|s| s.contains("engine=main"))
}

impl Engine {
    pub fn start(on_event: impl Fn(Event) + 'static) -> Engine {
        let engine = Engine {
            inner: Rc::new(RefCell::new(Inner {
                pool: Pool::default(),
                workers: Vec::new(),
                page: None,
                module: None,
                glue: None,
                on_event: Rc::new(on_event),
                size: pool_size(),
            })),
        };
        let e = engine.clone();
        spawn_local(async move {
            match loader::load().await {
                Ok((glue, module)) => {
                    {
                        let mut inner = e.inner.borrow_mut();
                        inner.glue = Some(glue);
                        inner.module = Some(module);
                    }
                    if forced_main_thread() || !e.spawn_workers() {
                        e.start_main_thread().await;
                    }
                }
                Err(err) => e.emit(Event::Unavailable(messages::engine_not_loaded(&err))),
            }
        });
        engine
    }

    fn reply(&self, envelope: FromWorker) {
        self.emit(Event::Reply(Box::new(envelope)));
    }

    fn fail(&self, job: u32, error: Bilingual) {
        self.reply(Envelope::new(Reply::Failed { job, error }));
    }

    fn emit(&self, event: Event) {
        let f = self.inner.borrow().on_event.clone();
        f(event);
    }

    pub fn submit(&self, payload: Payload) {
        self.inner.borrow_mut().pool.submit(payload);
        self.pump();
    }

    /// Before every queued job (see [`Pool::submit_first`]).
    pub fn submit_first(&self, payload: Payload) {
        self.inner.borrow_mut().pool.submit_first(payload);
        self.pump();
    }

    /// Terminates the workers, forgets queued jobs and starts fresh workers.
    pub fn stop(&self) {
        let had_workers = {
            let mut inner = self.inner.borrow_mut();
            for h in inner.workers.drain(..) {
                h.worker.terminate();
            }
            inner.pool.stop()
        };
        if had_workers && !self.spawn_workers() {
            let e = self.clone();
            spawn_local(async move { e.start_main_thread().await });
        }
    }

    /// The compiled worker module (undefined until loaded).
    fn module(&self) -> JsValue {
        self.inner
            .borrow()
            .module
            .clone()
            .unwrap_or(JsValue::UNDEFINED)
    }

    fn blob_url(&self, suffix: &str) -> Result<String, JsValue> {
        let glue = self.inner.borrow().glue.clone().unwrap_or_default();
        let parts = js_sys::Array::of2(&JsValue::from_str(&glue), &JsValue::from_str(suffix));
        let options = BlobPropertyBag::new();
        options.set_type("text/javascript");
        let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
        Url::create_object_url_with_blob(&blob)
    }

    /// Creates the pool; false when the browser refuses workers.
    fn spawn_workers(&self) -> bool {
        let Ok(url) = self.blob_url(BOOTSTRAP) else {
            return false;
        };
        let size = self.inner.borrow().size;
        let handles: Vec<Handle> = (0..size).map_while(|i| self.spawn_one(&url, i)).collect();
        let _ = Url::revoke_object_url(&url);
        if handles.is_empty() {
            return false;
        }
        let mut inner = self.inner.borrow_mut();
        inner.pool.use_workers(handles.len());
        inner.workers = handles;
        true
    }

    fn spawn_one(&self, url: &str, index: usize) -> Option<Handle> {
        let worker = Worker::new(url).ok()?;
        let weak = Rc::downgrade(&self.inner);
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
            if let Some(inner) = weak.upgrade() {
                Engine { inner }.on_worker_message(index, ev.data());
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        let init = js_sys::Object::new();
        let module = self.module();
        Reflect::set(&init, &"init".into(), &module).ok()?;
        worker.post_message(&init).ok()?;
        Some(Handle {
            worker,
            _on_message: on_message,
        })
    }

    fn on_worker_message(&self, index: usize, data: JsValue) {
        if bridge::is_ready(&data) {
            let first = self.inner.borrow_mut().pool.worker_ready(index);
            if first {
                self.emit(Event::Ready { worker: true });
            }
            self.pump();
            return;
        }
        if let Some(fault) = bridge::fault_of(&data) {
            self.on_fault(index, bridge::job_of(&data), fault);
            return;
        }
        let envelope = bridge::from_js(&data);
        if let Some(job) = envelope.head.as_ref().map(Head::job) {
            self.inner
                .borrow_mut()
                .pool
                .finished(Lane::Worker(index), job);
        }
        self.reply(envelope);
        self.pump();
    }

    /// A worker trapped (a panic in the wasm): fail that job, replace the worker, and report
    /// the other jobs it held as interrupted (their input bytes were transferred away).
    fn on_fault(&self, index: usize, job: Option<u32>, fault: String) {
        let lost = self.inner.borrow_mut().pool.fault(index, job);
        if let Some(old) = self.inner.borrow().workers.get(index) {
            old.worker.terminate();
        }
        for j in lost.failed {
            self.fail(j, messages::internal_error(&fault));
        }
        for j in lost.lost {
            self.fail(j, messages::interrupted());
        }
        if let Ok(url) = self.blob_url(BOOTSTRAP) {
            if let Some(fresh) = self.spawn_one(&url, index) {
                if let Some(slot) = self.inner.borrow_mut().workers.get_mut(index) {
                    *slot = fresh;
                }
            }
            let _ = Url::revoke_object_url(&url);
        }
    }

    async fn start_main_thread(&self) {
        let result: Result<JsValue, JsValue> = async {
            let url = self.blob_url(MAIN_THREAD_EXPORT)?;
            loader::load_script(&url).await?;
            let _ = Url::revoke_object_url(&url);
            let window = web_sys::window().ok_or("no window")?;
            let engine = Reflect::get(&window, &"__gangmuEngine".into())?;
            let init: Function = engine.clone().dyn_into()?;
            let options = js_sys::Object::new();
            let module = self.module();
            Reflect::set(&options, &"module_or_path".into(), &module)?;
            JsFuture::from(
                init.call1(&JsValue::NULL, &options)?
                    .dyn_into::<Promise>()?,
            )
            .await?;
            Ok(engine)
        }
        .await;
        match result {
            Ok(engine) => {
                {
                    let mut inner = self.inner.borrow_mut();
                    inner.page = Some(engine);
                    inner.pool.use_page();
                }
                self.emit(Event::Ready { worker: false });
                self.pump();
            }
            Err(e) => self.emit(Event::Unavailable(messages::engine_not_started(&js_error(
                e,
            )))),
        }
    }

    /// Sends queued jobs to lanes with room.
    fn pump(&self) {
        loop {
            let Some((lane, payload)) = self.inner.borrow_mut().pool.take_next() else {
                return;
            };
            self.emit(Event::Started(vec![payload.job()]));
            let e = self.clone();
            spawn_local(async move { e.send(payload, lane).await });
        }
    }

    async fn send(&self, payload: Payload, lane: Lane) {
        let job = payload.job();
        let envelope = match payload {
            Payload::Ready(env) => env,
            Payload::File(mut env, file) => match super::files::read_bytes(&file).await {
                Ok(bytes) => {
                    env.bytes = Some(bytes);
                    env
                }
                Err(err) => {
                    self.inner.borrow_mut().pool.finished(lane, job);
                    self.fail(job, messages::file_unreadable(&err));
                    self.pump();
                    return;
                }
            },
        };
        let message = bridge::to_js(&envelope);
        drop(envelope);
        if let Lane::Worker(i) = lane {
            let worker = self.inner.borrow().workers.get(i).map(|h| h.worker.clone());
            let posted = worker.is_some_and(|w| {
                w.post_message_with_transfer(&message, &bridge::transfer_list(&message))
                    .is_ok()
            });
            if !posted {
                self.inner.borrow_mut().pool.finished(lane, job);
                self.fail(job, messages::handoff_failed());
            }
            return;
        }
        // Page thread: yield to the event loop first so the UI paints between reports.
        gloo_timers::future::TimeoutFuture::new(0).await;
        let engine = self.inner.borrow().page.clone();
        let reply = engine.and_then(|engine| {
            let handle: Function = Reflect::get(&engine, &"handle".into())
                .ok()?
                .dyn_into()
                .ok()?;
            Some(handle.call1(&JsValue::NULL, &message).map_err(js_error))
        });
        self.inner.borrow_mut().pool.finished(lane, job);
        match reply {
            Some(Ok(v)) => self.reply(bridge::from_js(&v)),
            Some(Err(err)) => self.fail(job, messages::internal_error(&err)),
            // Stopped meanwhile.
            None => {}
        }
        self.pump();
    }
}
