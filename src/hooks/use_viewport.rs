//! Scroll position and height of a scrolling element, for virtualised lists.

use web_sys::{Element, HtmlElement};
use yew::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Viewport {
    pub scroll: f64,
    pub height: f64,
    pub width: f64,
}

/// Returns the element's viewport and an `onscroll` callback to attach to it. The size is
/// re-read on scroll and when the window resizes.
#[hook]
pub fn use_viewport(node: NodeRef) -> (Viewport, Callback<Event>) {
    let viewport = use_state(Viewport::default);
    let read = {
        let node = node.clone();
        let viewport = viewport.clone();
        Callback::from(move |_: ()| {
            if let Some(el) = node.cast::<HtmlElement>() {
                let e: &Element = &el;
                let v = Viewport {
                    scroll: e.scroll_top() as f64,
                    height: e.client_height() as f64,
                    width: e.client_width() as f64,
                };
                if v != *viewport {
                    viewport.set(v);
                }
            }
        })
    };
    {
        let read = read.clone();
        use_effect_with((), move |_| {
            read.emit(());
            let listener = web_sys::window().map(|w| {
                let read = read.clone();
                gloo_events::EventListener::new(&w, "resize", move |_| read.emit(()))
            });
            move || drop(listener)
        });
    }
    let onscroll = Callback::from(move |_: Event| read.emit(()));
    (*viewport, onscroll)
}
