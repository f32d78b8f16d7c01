//! A modal dialog's behaviour, shared by every dialog (paste, add a metric): when it opens the
//! focus moves to its first control, Tab and Shift+Tab wrap around inside it (a focus that
//! left it, by a click on the backdrop, comes back in), Esc closes it, and when it closes the
//! focus goes back to where it was (the button that opened it).

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// What can take the focus inside a dialog, in document order.
const FOCUSABLE: &str = "input:not([disabled]):not([type=hidden]), select:not([disabled]), \
    textarea:not([disabled]), button:not([disabled]), a[href], [tabindex]:not([tabindex='-1'])";

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The id of the dialog's heading (`aria-labelledby`).
    pub title_id: AttrValue,
    /// Its `data-test` hook.
    pub test: AttrValue,
    #[prop_or_default]
    pub class: Classes,
    /// `dialog`, or `alertdialog` for a confirmation.
    #[prop_or(AttrValue::Static("dialog"))]
    pub role: AttrValue,
    /// The id of the text that says what the dialog asks (`aria-describedby`).
    #[prop_or_default]
    pub described_by: Option<AttrValue>,
    /// The dialog is saving (`aria-busy`).
    #[prop_or_default]
    pub busy: bool,
    /// Esc (and whatever else the dialog decides).
    pub on_close: Callback<()>,
    #[prop_or_default]
    pub children: Html,
}

fn active_element() -> Option<Element> {
    web_sys::window()?.document()?.active_element()
}

fn controls(dialog: &NodeRef) -> Vec<HtmlElement> {
    let Some(list) = dialog
        .cast::<Element>()
        .and_then(|d| d.query_selector_all(FOCUSABLE).ok())
    else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .collect()
}

#[function_component(Modal)]
pub fn modal(props: &Props) -> Html {
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            let opener = active_element().and_then(|e| e.dyn_into::<HtmlElement>().ok());
            if let Some(first) = controls(&dialog).first() {
                let _ = first.focus();
            }
            move || {
                if let Some(opener) = opener.filter(|o| o.is_connected()) {
                    let _ = opener.focus();
                }
            }
        });
    }
    let onkeydown = {
        let (dialog, close) = (dialog.clone(), props.on_close.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && !e.is_composing() {
                e.prevent_default();
                close.emit(());
            } else if e.key() == "Tab" {
                let all = controls(&dialog);
                let (Some(first), Some(last)) = (all.first(), all.last()) else {
                    return;
                };
                let at = active_element();
                let is = |el: &HtmlElement| at.as_ref().is_some_and(|a| el.is_same_node(Some(a)));
                let inside = dialog
                    .get()
                    .is_some_and(|d| d.contains(at.as_ref().map(|a| a.as_ref())));
                if e.shift_key() && (is(first) || !inside) {
                    e.prevent_default();
                    let _ = last.focus();
                } else if !e.shift_key() && (is(last) || !inside) {
                    e.prevent_default();
                    let _ = first.focus();
                }
            }
        })
    };
    html! {
        <div class="dialog-backdrop" tabindex="-1" {onkeydown}>
            <div ref={dialog} class={classes!("dialog", props.class.clone())} role={props.role.clone()} aria-modal="true" aria-busy={props.busy.then_some("true")}
                aria-labelledby={props.title_id.clone()} aria-describedby={props.described_by.clone()} data-test={props.test.clone()}>
                { props.children.clone() }
            </div>
        </div>
    }
}
