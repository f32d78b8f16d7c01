//! Saving an export: a Blob, an object URL and a click on a temporary `<a download>`.
//! Works from `file://` and offline; nothing leaves the machine.

use crate::i18n::{messages, Bilingual};
use js_sys::{Array, Uint8Array};
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Saves the file and returns the notice that says so (or why not), and whether it is an error.
pub fn save_with_notice(bytes: &[u8], mime: &str, filename: &str) -> (Bilingual, bool) {
    match save(bytes, mime, filename) {
        Ok(()) => (messages::exported(filename), false),
        Err(e) => (messages::export_failed(&messages::browser_error(&e)), true),
    }
}

pub fn save(bytes: &[u8], mime: &str, filename: &str) -> Result<(), String> {
    let parts = Array::new();
    parts.push(&Uint8Array::from(bytes).buffer());
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_buffer_source_sequence_and_options(&parts, &options)
        .map_err(|e| format!("{e:?}"))?;
    let url = Url::create_object_url_with_blob(&blob).map_err(|e| format!("{e:?}"))?;
    let document = gloo_utils_document().ok_or("no document")?;
    let a: HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| format!("{e:?}"))?
        .dyn_into()
        .map_err(|_| "not an anchor".to_string())?;
    a.set_href(&url);
    a.set_download(filename);
    a.set_attribute("hidden", "").ok();
    let parent = document.document_element().ok_or("no root")?;
    parent.append_child(&a).ok();
    a.click();
    a.remove();
    // Revoke later: Chromium reads the blob after the click handler returns.
    gloo_timers::callback::Timeout::new(30_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

fn gloo_utils_document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}
