//! A form field's [`Draft`] kept across renders, so a re-render never resets what the user
//! typed (see [`crate::view::draft`]). `identity` names what the form edits (a report, a
//! metric): when it changes, the field starts again from the new `base`.

use crate::view::draft::Draft;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// One field of a form: its text now, and the handlers that keep it.
#[derive(Clone)]
pub struct Field {
    cell: Rc<RefCell<(String, Draft)>>,
}

impl PartialEq for Field {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.cell, &other.cell)
    }
}

impl Field {
    /// What the field shows (and what a save reads).
    pub fn text(&self) -> String {
        self.cell.borrow().1.text().to_string()
    }

    /// For an `<input>`: keeps what the user types. No re-render is needed: the DOM already
    /// shows it, and the next render writes the same text.
    pub fn oninput(&self) -> Callback<InputEvent> {
        let cell = self.cell.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            {
                cell.borrow_mut().1.set(i.value());
            }
        })
    }

    /// For a `<select>`: keeps what the user chose.
    pub fn onchange(&self) -> Callback<Event> {
        let cell = self.cell.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
            {
                cell.borrow_mut().1.set(s.value());
            }
        })
    }
}

#[hook]
pub fn use_field(identity: &str, base: &str) -> Field {
    let cell = use_mut_ref(|| (identity.to_string(), Draft::new(base)));
    {
        let mut c = cell.borrow_mut();
        if c.0 != identity {
            *c = (identity.to_string(), Draft::new(base));
        } else {
            c.1.rebase(base);
        }
    }
    Field { cell }
}
