//! The extraction engine: a small pool of web workers running the `gangmu-worker` wasm.
//!
//! Every worker is created from a Blob URL (glue + [`BOOTSTRAP`]), which works on a static
//! host, under any sub-path and from `file://`; the wasm is compiled once on the page and the
//! compiled `WebAssembly.Module` is posted to each worker. The worker's glue and wasm come
//! from the single-file build's embedded copy (`window.__gangmu`) when present, else from the
//! files beside the page. Only when no worker can be created does the same wasm run on the
//! page thread. Jobs are queued here and at most [`IN_FLIGHT`] per worker are outstanding, so
//! Stop takes effect at once: it terminates the workers, drops the queue and starts afresh.

use super::bridge;
use crate::i18n::Message;
use crate::protocol::{Envelope, FromWorker, Head, Reply, ToWorker};
use js_sys::{Function, Promise, Reflect, Uint8Array, WebAssembly};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{Blob, BlobPropertyBag, File, MessageEvent, Url, Worker};

/// Appended to the worker glue: initialise with the posted module, then answer each message
/// with `wasm_bindgen.handle`. A trap (a panic) is reported as a fault instead of silence.
pub const BOOTSTRAP: &str = r#"
;self.onmessage = async function (e) {
  var m = e.data;
  if (m && m.init) {
    try { await wasm_bindgen({ module_or_path: m.init }); self.postMessage({ ready: true }); }
    catch (err) { self.postMessage({ fault: String((err && err.message) || err) }); return; }
    // Run one sample through the pipeline now, so the first real report does not pay for
    // lazily built tables and the engine's first, slower tier of compiled code.
    try { wasm_bindgen.warm_up(); } catch (err) {}
    return;
  }
  var out;
  try { out = wasm_bindgen.handle(m); }
  catch (err) { self.postMessage({ fault: String((err && err.message) || err), job: m && m.job }); return; }
  self.postMessage(out, out && out.bytes ? [out.bytes] : []);
};
"#;

/// Appended to the glue for the page-thread fallback: expose the glue's `wasm_bindgen`.
const MAIN_THREAD_EXPORT: &str = "\n;self.__gangmuEngine = wasm_bindgen;\n";

/// Outstanding jobs per worker: enough to keep it busy, few enough that Stop is immediate
/// and a batch of 10 000 files is never all in memory at once.
pub const IN_FLIGHT: usize = 3;

/// What a job carries before it is sent: files are read only when their turn comes.
pub enum Payload {
    Ready(ToWorker),
    File(ToWorker, File),
}

impl Payload {
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
    Unavailable(Message),
}

struct Slot {
    worker: Worker,
    ready: bool,
    jobs: Vec<u32>,
    // Kept alive as long as the worker.
    _on_message: Closure<dyn FnMut(MessageEvent)>,
}

enum Mode {
    Loading,
    Workers(Vec<Slot>),
    MainThread(JsValue),
    Failed,
}

struct Inner {
    mode: Mode,
    module: Option<JsValue>,
    glue: Option<String>,
    queue: VecDeque<Payload>,
    /// Jobs sent to the page-thread engine and not yet answered.
    main_busy: bool,
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

fn js_error(e: JsValue) -> String {
    e.as_string()
        .or_else(|| {
            Reflect::get(&e, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
        })
        .unwrap_or_else(|| format!("{e:?}"))
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
                mode: Mode::Loading,
                module: None,
                glue: None,
                queue: VecDeque::new(),
                main_busy: false,
                on_event: Rc::new(on_event),
                size: pool_size(),
            })),
        };
        let e = engine.clone();
        spawn_local(async move {
            match load().await {
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
                Err(err) => {
                    e.inner.borrow_mut().mode = Mode::Failed;
                    e.emit(Event::Unavailable(Message::new(
                        format!("分析引擎无法加载：{err}"),
                        format!("The analysis engine could not be loaded: {err}"),
                    )));
                }
            }
        });
        engine
    }

    fn reply(&self, envelope: FromWorker) {
        self.emit(Event::Reply(Box::new(envelope)));
    }

    fn emit(&self, event: Event) {
        let f = self.inner.borrow().on_event.clone();
        f(event);
    }

    pub fn submit(&self, payload: Payload) {
        self.inner.borrow_mut().queue.push_back(payload);
        self.pump();
    }

    /// Terminates the workers, forgets queued jobs and starts fresh workers.
    pub fn stop(&self) {
        let was_workers = {
            let mut inner = self.inner.borrow_mut();
            inner.queue.clear();
            match std::mem::replace(&mut inner.mode, Mode::Loading) {
                Mode::Workers(slots) => {
                    for s in slots {
                        s.worker.terminate();
                    }
                    true
                }
                other => {
                    inner.mode = other;
                    false
                }
            }
        };
        if was_workers && !self.spawn_workers() {
            let e = self.clone();
            spawn_local(async move { e.start_main_thread().await });
        }
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
        let mut slots = Vec::new();
        for index in 0..size {
            match self.spawn_one(&url, index) {
                Some(slot) => slots.push(slot),
                None => break,
            }
        }
        let _ = Url::revoke_object_url(&url);
        if slots.is_empty() {
            return false;
        }
        self.inner.borrow_mut().mode = Mode::Workers(slots);
        true
    }

    fn spawn_one(&self, url: &str, index: usize) -> Option<Slot> {
        let worker = Worker::new(url).ok()?;
        let weak = Rc::downgrade(&self.inner);
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
            if let Some(inner) = weak.upgrade() {
                Engine { inner }.on_worker_message(index, ev.data());
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        let init = js_sys::Object::new();
        let module = self
            .inner
            .borrow()
            .module
            .clone()
            .unwrap_or(JsValue::UNDEFINED);
        Reflect::set(&init, &"init".into(), &module).ok()?;
        worker.post_message(&init).ok()?;
        Some(Slot {
            worker,
            ready: false,
            jobs: Vec::new(),
            _on_message: on_message,
        })
    }

    fn on_worker_message(&self, index: usize, data: JsValue) {
        if bridge::is_ready(&data) {
            let first = {
                let mut inner = self.inner.borrow_mut();
                let Mode::Workers(slots) = &mut inner.mode else {
                    return;
                };
                let first = !slots.iter().any(|s| s.ready);
                if let Some(s) = slots.get_mut(index) {
                    s.ready = true;
                }
                first
            };
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
            if let Mode::Workers(slots) = &mut self.inner.borrow_mut().mode {
                if let Some(s) = slots.get_mut(index) {
                    s.jobs.retain(|&j| j != job);
                }
            }
        }
        self.reply(envelope);
        self.pump();
    }

    /// A worker trapped (a panic in the wasm): fail that job, replace the worker, and give its
    /// other jobs back to the others (they are lost with the old instance).
    fn on_fault(&self, index: usize, job: Option<u32>, fault: String) {
        let mut lost = Vec::new();
        {
            let mut inner = self.inner.borrow_mut();
            let Mode::Workers(slots) = &mut inner.mode else {
                return;
            };
            if let Some(s) = slots.get_mut(index) {
                s.worker.terminate();
                lost = std::mem::take(&mut s.jobs);
            }
        }
        let failed: Vec<u32> = match job {
            Some(j) => vec![j],
            None => lost.clone(),
        };
        for j in &failed {
            self.reply(Envelope::new(Reply::Failed {
                job: *j,
                error: Message::new(
                    format!("分析时出现内部错误（{fault}）；其他报告不受影响"),
                    format!(
                        "Internal error while analysing ({fault}); other reports are unaffected"
                    ),
                ),
            }));
        }
        // Jobs the old worker held but did not crash on: report them as failed too, with a
        // note to retry, since their input bytes were transferred away.
        for j in lost.into_iter().filter(|j| !failed.contains(j)) {
            self.reply(Envelope::new(Reply::Failed {
                job: j,
                error: Message::new(
                    "分析被中断，请重新添加此文件",
                    "Analysis was interrupted; add this file again",
                ),
            }));
        }
        if let Ok(url) = self.blob_url(BOOTSTRAP) {
            if let Some(slot) = self.spawn_one(&url, index) {
                if let Mode::Workers(slots) = &mut self.inner.borrow_mut().mode {
                    if let Some(s) = slots.get_mut(index) {
                        *s = slot;
                    }
                }
            }
            let _ = Url::revoke_object_url(&url);
        }
    }

    async fn start_main_thread(&self) {
        let result: Result<JsValue, JsValue> = async {
            let url = self.blob_url(MAIN_THREAD_EXPORT)?;
            load_script(&url).await?;
            let _ = Url::revoke_object_url(&url);
            let window = web_sys::window().ok_or("no window")?;
            let engine = Reflect::get(&window, &"__gangmuEngine".into())?;
            let init: Function = engine.clone().dyn_into()?;
            let options = js_sys::Object::new();
            let module = self
                .inner
                .borrow()
                .module
                .clone()
                .unwrap_or(JsValue::UNDEFINED);
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
                self.inner.borrow_mut().mode = Mode::MainThread(engine);
                self.emit(Event::Ready { worker: false });
                self.pump();
            }
            Err(e) => {
                self.inner.borrow_mut().mode = Mode::Failed;
                let err = js_error(e);
                self.emit(Event::Unavailable(Message::new(
                    format!("分析引擎无法启动：{err}"),
                    format!("The analysis engine could not start: {err}"),
                )));
            }
        }
    }

    /// Sends queued jobs to workers with room (or, on the page thread, one at a time with a
    /// pause between them so the page can paint).
    fn pump(&self) {
        loop {
            let mut inner = self.inner.borrow_mut();
            let target = match &inner.mode {
                Mode::Workers(slots) => slots
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| s.ready && s.jobs.len() < IN_FLIGHT)
                    .min_by_key(|(_, s)| s.jobs.len())
                    .map(|(i, _)| Some(i)),
                Mode::MainThread(_) if !inner.main_busy => Some(None),
                _ => None,
            };
            let Some(target) = target else { return };
            let Some(payload) = inner.queue.pop_front() else {
                return;
            };
            let job = payload.job();
            match (&mut inner.mode, target) {
                (Mode::Workers(slots), Some(i)) => slots[i].jobs.push(job),
                _ => inner.main_busy = true,
            }
            drop(inner);
            self.emit(Event::Started(vec![job]));
            let e = self.clone();
            spawn_local(async move { e.send(payload, target).await });
        }
    }

    async fn send(&self, payload: Payload, target: Option<usize>) {
        let envelope = match payload {
            Payload::Ready(env) => env,
            Payload::File(mut env, file) => match super::files::read_bytes(&file).await {
                Ok(bytes) => {
                    env.bytes = Some(bytes);
                    env
                }
                Err(err) => {
                    let job = env.head.as_ref().map_or(0, Head::job);
                    self.forget(target, job);
                    self.reply(Envelope::new(Reply::Failed {
                        job,
                        error: Message::new(
                            format!("文件无法读取：{err}"),
                            format!("The file could not be read: {err}"),
                        ),
                    }));
                    self.pump();
                    return;
                }
            },
        };
        let message = bridge::to_js(&envelope);
        drop(envelope);
        let mode_worker = match (&self.inner.borrow().mode, target) {
            (Mode::Workers(slots), Some(i)) => slots.get(i).map(|s| s.worker.clone()),
            _ => None,
        };
        if let Some(worker) = mode_worker {
            let transfer = bridge::transfer_list(&message);
            if worker
                .post_message_with_transfer(&message, &transfer)
                .is_err()
            {
                let job = bridge::job_of(&message).unwrap_or(0);
                self.forget(target, job);
                self.reply(Envelope::new(Reply::Failed {
                    job,
                    error: Message::new(
                        "无法交给后台线程处理",
                        "Could not hand the job to the worker",
                    ),
                }));
            }
            return;
        }
        // Page thread: yield to the event loop first so the UI paints between reports.
        gloo_timers::future::TimeoutFuture::new(0).await;
        let engine = match &self.inner.borrow().mode {
            Mode::MainThread(engine) => Some(engine.clone()),
            _ => None,
        };
        let reply = engine.and_then(|engine| {
            let handle: Function = Reflect::get(&engine, &"handle".into())
                .ok()?
                .dyn_into()
                .ok()?;
            Some(handle.call1(&JsValue::NULL, &message).map_err(js_error))
        });
        self.inner.borrow_mut().main_busy = false;
        match reply {
            Some(Ok(v)) => self.reply(bridge::from_js(&v)),
            Some(Err(err)) => self.reply(Envelope::new(Reply::Failed {
                job: bridge::job_of(&message).unwrap_or(0),
                error: Message::new(
                    format!("分析时出现内部错误（{err}）"),
                    format!("Internal error while analysing ({err})"),
                ),
            })),
            // Stopped meanwhile.
            None => {}
        }
        self.pump();
    }

    fn forget(&self, target: Option<usize>, job: u32) {
        let mut inner = self.inner.borrow_mut();
        match (&mut inner.mode, target) {
            (Mode::Workers(slots), Some(i)) => {
                if let Some(s) = slots.get_mut(i) {
                    s.jobs.retain(|&j| j != job);
                }
            }
            _ => inner.main_busy = false,
        }
    }
}

/// The worker glue (JS text) and the compiled worker module.
async fn load() -> Result<(String, JsValue), String> {
    let window = web_sys::window().ok_or("no window")?;
    let embedded = Reflect::get(&window, &"__gangmu".into()).unwrap_or(JsValue::UNDEFINED);
    let (glue, bytes) = if !embedded.is_undefined() && !embedded.is_null() {
        let glue = Reflect::get(&embedded, &"workerJs".into())
            .ok()
            .and_then(|v| v.as_string())
            .ok_or("no worker glue")?;
        let wasm = Reflect::get(&embedded, &"workerWasm".into()).map_err(js_error)?;
        // `workerWasm` is a promise of bytes (unpacked from base64 + gzip by the page).
        let bytes = JsFuture::from(Promise::resolve(&wasm))
            .await
            .map_err(js_error)?;
        (glue, bytes)
    } else {
        let version = build_version();
        let glue = fetch_text(&format!("gangmu-worker.js{version}")).await?;
        let bytes = fetch_bytes(&format!("gangmu-worker_bg.wasm{version}")).await?;
        (glue, bytes)
    };
    let module = JsFuture::from(WebAssembly::compile(&bytes))
        .await
        .map_err(js_error)?;
    Ok((glue, module))
}

/// `?v=<hash>` from `<meta name="gangmu-build">`, so a new deploy never runs an old worker.
fn build_version() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("meta[name=gangmu-build]").ok().flatten())
        .and_then(|m| m.get_attribute("content"))
        .map(|v| format!("?v={v}"))
        .unwrap_or_default()
}

async fn fetch_response(path: &str) -> Result<web_sys::Response, String> {
    let window = web_sys::window().ok_or("no window")?;
    let resp = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(js_error)?;
    let resp: web_sys::Response = resp.dyn_into().map_err(js_error)?;
    if !resp.ok() {
        return Err(format!("{path}: HTTP {}", resp.status()));
    }
    Ok(resp)
}

async fn fetch_text(path: &str) -> Result<String, String> {
    let resp = fetch_response(path).await?;
    let text = JsFuture::from(resp.text().map_err(js_error)?)
        .await
        .map_err(js_error)?;
    text.as_string().ok_or_else(|| "not text".to_string())
}

async fn fetch_bytes(path: &str) -> Result<JsValue, String> {
    let resp = fetch_response(path).await?;
    let buf = JsFuture::from(resp.array_buffer().map_err(js_error)?)
        .await
        .map_err(js_error)?;
    Ok(Uint8Array::new(&buf).into())
}

/// Adds a `<script src=url>` to `<head>` and waits for it to run.
async fn load_script(url: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let script: web_sys::HtmlScriptElement = document.create_element("script")?.dyn_into()?;
    script.set_src(url);
    let done = Promise::new(&mut |resolve, reject| {
        script.set_onload(Some(&resolve));
        script.set_onerror(Some(&reject));
    });
    document.head().ok_or("no head")?.append_child(&script)?;
    let result = JsFuture::from(done).await;
    script.remove();
    result.map(|_| ())
}
