//! Getting the worker's code: its wasm-bindgen glue (JS text) and its wasm, compiled once on
//! the page. They come from the single-file build's embedded copy (`window.__gangmu`, see
//! scripts/postbuild.py) when present, else from the files beside the page.

use js_sys::{Promise, Reflect, Uint8Array, WebAssembly};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A JS exception as text.
pub fn js_error(e: JsValue) -> String {
    e.as_string()
        .or_else(|| {
            Reflect::get(&e, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
        })
        .unwrap_or_else(|| format!("{e:?}"))
}

/// The worker glue (JS text) and the compiled worker module.
pub async fn load() -> Result<(String, JsValue), String> {
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
pub async fn load_script(url: &str) -> Result<(), JsValue> {
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
