//! Files from a drop or a file picker, read as bytes (the worker decodes them).

use js_sys::Uint8Array;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, FileList};

pub fn from_list(list: Option<FileList>) -> Vec<File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// The file's bytes, or the browser's reason it could not be read.
pub async fn read_bytes(file: &File) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| format!("{e:?}"))?;
    Ok(Uint8Array::new(&buffer).to_vec())
}
