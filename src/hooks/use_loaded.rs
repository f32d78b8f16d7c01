//! The selected report, parsed from its contract line only when the selection or the line
//! changes (the list never parses the reports it does not show).

use crate::state::{AppState, Status};
use crate::view::loaded::Loaded;
use std::rc::Rc;
use yew::prelude::*;

#[hook]
pub fn use_loaded(state: &AppState) -> Option<Rc<Loaded>> {
    let selected = state.selected_entry().cloned();
    let key = selected.as_ref().map(|e| {
        (
            e.id,
            Rc::as_ptr(&e.line) as *const u8 as usize,
            e.status == Status::Done,
        )
    });
    let loaded = use_memo(key, move |_| {
        selected.and_then(|e| Loaded::of(&e)).map(Rc::new)
    });
    (*loaded).clone()
}
