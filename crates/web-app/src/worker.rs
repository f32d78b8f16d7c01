//! The extraction worker's wasm: `handle` answers one protocol message (see `protocol.rs`).
//!
//! Trunk builds this binary with `data-type="worker"` (wasm-bindgen `no-modules` glue). The
//! page wraps the glue and `services::engine::BOOTSTRAP` in a Blob-URL worker, or loads it on
//! the page thread when no worker can be created; both call `handle`.

use gangmu_web::services::bridge;
use wasm_bindgen::prelude::*;

/// One request in, one reply out (a JS object with transferable `bytes`).
#[wasm_bindgen]
pub fn handle(message: JsValue) -> JsValue {
    let request = bridge::from_js(&message);
    bridge::to_js(&gangmu_web::worker::handle(request))
}

/// Runs a sample report through the pipeline once and drops the result (see BOOTSTRAP).
#[wasm_bindgen]
pub fn warm_up() {
    gangmu_web::worker::warm_up();
}

fn main() {}
