//! Copying text: the async Clipboard API, with the old `execCommand('copy')` route for pages
//! where it is unavailable (some `file://` and non-secure contexts).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlTextAreaElement;

pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = window.navigator().clipboard();
    if JsFuture::from(clipboard.write_text(text)).await.is_ok() {
        return true;
    }
    fallback(text).unwrap_or(false)
}

fn fallback(text: &str) -> Option<bool> {
    let document = web_sys::window()?.document()?;
    let area: HtmlTextAreaElement = document.create_element("textarea").ok()?.dyn_into().ok()?;
    area.set_value(text);
    area.set_attribute("style", "position:fixed;top:-1000px;opacity:0")
        .ok()?;
    document.document_element()?.append_child(&area).ok()?;
    area.select();
    let html: web_sys::HtmlDocument = document.dyn_into().ok()?;
    let ok = html.exec_command("copy").unwrap_or(false);
    area.remove();
    Some(ok)
}
