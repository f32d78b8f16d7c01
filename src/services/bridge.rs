//! [`Envelope`]s as plain JS objects: `{job, head, text, line, bytes, lines, report}`.
//!
//! `head` is the typed head as a short JSON string (serde_json, which the page has anyway
//! for contract lines: serde-wasm-bindgen beside it cost 5 KB gzip more on the first paint,
//! measured A/B, see ARCHITECTURE.md); `text` and `line` are JS strings; `bytes` is an `ArrayBuffer` the sender
//! transfers (see `transfer_list`), so large inputs are never copied twice.

use crate::protocol::{Envelope, Head};
use js_sys::{Array, ArrayBuffer, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};

fn set(obj: &Object, key: &str, value: &JsValue) {
    // Setting a property on a fresh plain object cannot fail.
    let _ = Reflect::set(obj, &JsValue::from_str(key), value);
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

pub fn to_js<H: Head>(env: &Envelope<H>) -> JsValue {
    let obj = Object::new();
    if let Some(head) = &env.head {
        set(&obj, "job", &JsValue::from(head.job()));
        // A head is plain data: it always serialises.
        let json = serde_json::to_string(head).unwrap_or_default();
        set(&obj, "head", &JsValue::from_str(&json));
    }
    if let Some(text) = &env.text {
        set(&obj, "text", &JsValue::from_str(text));
    }
    if let Some(line) = &env.line {
        set(&obj, "line", &JsValue::from_str(line));
    }
    if let Some(bytes) = &env.bytes {
        set(&obj, "bytes", &Uint8Array::from(bytes.as_slice()).buffer());
    }
    if !env.lines.is_empty() {
        let arr: Array = env.lines.iter().map(|l| JsValue::from_str(l)).collect();
        set(&obj, "lines", &arr);
    }
    if let Some(report) = &env.report {
        set(&obj, "report", &Uint8Array::from(report.as_slice()));
    }
    obj.into()
}

/// Reads an envelope; a malformed message gives an envelope without a head.
pub fn from_js<H: Head>(value: &JsValue) -> Envelope<H> {
    let head: Option<H> = get(value, "head")
        .as_string()
        .and_then(|t| H::from_json(&t));
    let bytes = get(value, "bytes");
    let bytes = if let Some(buf) = bytes.dyn_ref::<ArrayBuffer>() {
        Some(Uint8Array::new(buf).to_vec())
    } else {
        bytes.dyn_ref::<Uint8Array>().map(Uint8Array::to_vec)
    };
    let lines = get(value, "lines");
    let lines = lines
        .dyn_ref::<Array>()
        .map(|a| a.iter().filter_map(|l| l.as_string()).collect())
        .unwrap_or_default();
    Envelope {
        head,
        text: get(value, "text").as_string(),
        line: get(value, "line").as_string(),
        bytes,
        lines,
        report: get(value, "report")
            .dyn_ref::<Uint8Array>()
            .map(Uint8Array::to_vec),
    }
}

/// The job number of a raw message (also present on faults, which have no head).
pub fn job_of(value: &JsValue) -> Option<u32> {
    get(value, "job").as_f64().map(|j| j as u32)
}

/// The `ArrayBuffer` to transfer with a message, if it carries bytes.
pub fn transfer_list(value: &JsValue) -> Array {
    let list = Array::new();
    let bytes = get(value, "bytes");
    if bytes.is_instance_of::<ArrayBuffer>() {
        list.push(&bytes);
    }
    list
}

/// A fault report from the worker bootstrap: `{fault: "message", job?}`.
pub fn fault_of(value: &JsValue) -> Option<String> {
    get(value, "fault").as_string()
}

pub fn is_ready(value: &JsValue) -> bool {
    get(value, "ready").as_bool() == Some(true)
}
