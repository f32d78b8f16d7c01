//! Files from a drop or a file picker, read as bytes (the worker decodes them), and the
//! handles kept so a file can be read again with another encoding.

use crate::state::EntryId;
use js_sys::Uint8Array;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
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

/// The `File` of each report that came from one. A `File` is a handle (a dropped file stays on
/// disk), so keeping 10 000 of them costs next to nothing, and the bytes are read again only
/// when the user asks for another encoding.
#[derive(Clone, Default)]
pub struct Originals(Rc<RefCell<HashMap<EntryId, File>>>);

impl Originals {
    pub fn keep(&self, id: EntryId, file: File) {
        self.0.borrow_mut().insert(id, file);
    }

    pub fn get(&self, id: EntryId) -> Option<File> {
        self.0.borrow().get(&id).cloned()
    }

    /// Forgets the files of reports no longer listed.
    pub fn retain(&self, listed: &HashSet<EntryId>) {
        self.0.borrow_mut().retain(|id, _| listed.contains(id));
    }

    pub fn len(&self) -> usize {
        self.0.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.borrow().is_empty()
    }
}
