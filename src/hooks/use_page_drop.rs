//! Files dropped anywhere on the page: document-level drag listeners with `preventDefault`,
//! so the browser never opens a dropped file instead of handing it to the app.

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, File};
use yew::prelude::*;

fn has_files(e: &DragEvent) -> bool {
    e.data_transfer().is_some_and(|dt| {
        dt.types()
            .iter()
            .any(|t| t.as_string().as_deref() == Some("Files"))
    })
}

/// True while files are dragged over the page; `on_files` receives a drop.
#[hook]
pub fn use_page_drop(on_files: Callback<Vec<File>>) -> bool {
    let dragging = use_state(|| false);
    // Enter/leave fire for every child element; count them to know when the drag left.
    let depth = use_mut_ref(|| 0i32);
    {
        let dragging = dragging.clone();
        use_effect_with(on_files, move |on_files| {
            let document = web_sys::window().and_then(|w| w.document());
            let mut listeners = Vec::new();
            if let Some(doc) = document {
                let opts = EventListenerOptions::enable_prevent_default();
                let (d, dr) = (depth.clone(), dragging.clone());
                listeners.push(EventListener::new_with_options(
                    &doc,
                    "dragenter",
                    opts,
                    move |e| {
                        if let Some(e) = e.dyn_ref::<DragEvent>().filter(|e| has_files(e)) {
                            e.prevent_default();
                            *d.borrow_mut() += 1;
                            dr.set(true);
                        }
                    },
                ));
                listeners.push(EventListener::new_with_options(
                    &doc,
                    "dragover",
                    opts,
                    move |e| {
                        if let Some(e) = e.dyn_ref::<DragEvent>().filter(|e| has_files(e)) {
                            e.prevent_default();
                            if let Some(dt) = e.data_transfer() {
                                dt.set_drop_effect("copy");
                            }
                        }
                    },
                ));
                let (d, dr) = (depth.clone(), dragging.clone());
                listeners.push(EventListener::new(&doc, "dragleave", move |_| {
                    let mut n = d.borrow_mut();
                    *n = (*n - 1).max(0);
                    if *n == 0 {
                        dr.set(false);
                    }
                }));
                let (d, dr, on_files) = (depth.clone(), dragging.clone(), on_files.clone());
                listeners.push(EventListener::new_with_options(
                    &doc,
                    "drop",
                    opts,
                    move |e| {
                        let Some(e) = e.dyn_ref::<DragEvent>() else {
                            return;
                        };
                        e.prevent_default();
                        *d.borrow_mut() = 0;
                        dr.set(false);
                        let files = crate::services::files::from_list(
                            e.data_transfer().and_then(|dt| dt.files()),
                        );
                        if !files.is_empty() {
                            on_files.emit(files);
                        }
                    },
                ));
            }
            move || drop(listeners)
        });
    }
    *dragging
}
