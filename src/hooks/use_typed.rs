//! A correction form's number or year, read by the core in the worker (`Request::ReadTyped`):
//! the number reader stays out of the first-paint bundle, and a value typed in the browser
//! means what the same text means to the CLI.
//!
//! Saving a form therefore waits for one message. Meanwhile a second save is ignored (a double
//! click makes one correction), a form closed meanwhile (Esc) saves nothing, and the form is
//! marked `aria-busy="true"` ([`TypedReader::busy_attr`]): assistive technology hears that it is
//! being saved, and the browser tests wait for the mark to go before they look for the
//! recomputed report (`recomputed()` in tests/e2e/harness.mjs).

use crate::protocol::{Typed, TypedField};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// What a form reads its fields with.
#[derive(Clone)]
pub struct TypedReader {
    ask: Callback<(TypedField, String, Callback<Option<Typed>>)>,
    /// A read is under way.
    busy: Rc<RefCell<bool>>,
    /// The form is still shown.
    open: Rc<RefCell<bool>>,
    /// What the form shows while a read is under way (`busy` is what the callbacks check: a
    /// state handle captured by a callback holds the value of its render).
    reading: UseStateHandle<bool>,
}

impl TypedReader {
    /// Reads `typed` as a `field` and hands what the core made of it to `then` — unless a read
    /// is already under way, the form has closed meanwhile, or the worker failed.
    pub fn read(&self, field: TypedField, typed: String, then: impl FnOnce(Typed) + 'static) {
        if self.busy.replace(true) {
            return;
        }
        self.reading.set(true);
        let (busy, open, reading) = (self.busy.clone(), self.open.clone(), self.reading.clone());
        let then = RefCell::new(Some(then));
        let done = Callback::from(move |read: Option<Typed>| {
            *busy.borrow_mut() = false;
            // In the same task as what `then` sends, so no frame shows the form neither
            // reading nor recomputing.
            reading.set(false);
            let then = then.borrow_mut().take();
            if let (Some(read), Some(then), true) = (read, then, *open.borrow()) {
                then(read);
            }
        });
        self.ask.emit((field, typed, done));
    }

    /// `aria-busy` for the form's element: `"true"` while a read is under way, else absent.
    pub fn busy_attr(&self) -> Option<&'static str> {
        (*self.reading).then_some("true")
    }
}

#[hook]
pub fn use_typed(ask: Callback<(TypedField, String, Callback<Option<Typed>>)>) -> TypedReader {
    let busy = use_mut_ref(|| false);
    let open = use_mut_ref(|| true);
    let reading = use_state(|| false);
    {
        let open = open.clone();
        use_effect_with((), move |_| move || *open.borrow_mut() = false);
    }
    TypedReader {
        ask,
        busy,
        open,
        reading,
    }
}
