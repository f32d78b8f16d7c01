//! Registers the service worker (`sw.js`, generated at build time with the list of files to
//! cache) when the app is served over http(s). Never from `file://`, where service workers do
//! not exist, and never from the single-file build, which needs none.

use wasm_bindgen::JsValue;

pub fn register() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let protocol = window.location().protocol().unwrap_or_default();
    if protocol != "http:" && protocol != "https:" {
        return;
    }
    if js_sys::Reflect::get(&window, &JsValue::from_str("__gangmu"))
        .is_ok_and(|v| !v.is_undefined())
    {
        return;
    }
    let navigator = window.navigator();
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        return;
    }
    // Relative to the page, so the app works under any sub-path.
    let _ = navigator.service_worker().register("./sw.js");
}
