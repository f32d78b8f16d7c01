//! The paste dialog: a large text area, Analyse (Ctrl+Enter) and Cancel (Esc). A modal dialog:
//! Tab and Shift+Tab stay inside it, and when it closes the focus goes back to where it was
//! (the button that opened it).

use super::context::use_ctx;
use crate::state::Action;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlTextAreaElement};
use yew::prelude::*;

fn active_element() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.active_element()
}

fn focus(node: &NodeRef) {
    if let Some(el) = node.cast::<HtmlElement>() {
        let _ = el.focus();
    }
}

#[function_component(PasteDialog)]
pub fn paste_dialog() -> Html {
    let ctx = use_ctx();
    let s = ctx.state.lang.strings();
    let area = use_node_ref();
    let analyse = use_node_ref();
    let dialog = use_node_ref();
    {
        let area = area.clone();
        use_effect_with((), move |_| {
            let opener = active_element().and_then(|e| e.dyn_into::<HtmlElement>().ok());
            if let Some(a) = area.cast::<HtmlTextAreaElement>() {
                let _ = a.focus();
            }
            move || {
                if let Some(opener) = opener.filter(|o| o.is_connected()) {
                    let _ = opener.focus();
                }
            }
        });
    }
    let submit = {
        let (area, ctx) = (area.clone(), ctx.clone());
        Callback::from(move |_: ()| {
            if let Some(a) = area.cast::<HtmlTextAreaElement>() {
                let text = a.value();
                if !text.trim().is_empty() {
                    ctx.commands.paste.emit(text);
                }
            }
        })
    };
    let close = {
        let ctx = ctx.clone();
        Callback::from(move |_: ()| ctx.send(Action::OpenPaste(false)))
    };
    let onkeydown = {
        let (submit, close) = (submit.clone(), close.clone());
        let (area, analyse, dialog) = (area.clone(), analyse.clone(), dialog.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                close.emit(());
            } else if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                submit.emit(());
            } else if e.key() == "Tab" {
                // The text area is the first stop and Analyse the last: wrap around, and
                // bring a focus that left the dialog (a click on the backdrop) back into it.
                let at = active_element();
                let is = |node: &NodeRef| {
                    node.get()
                        .zip(at.as_ref())
                        .is_some_and(|(n, a)| n.is_same_node(Some(a)))
                };
                let inside = dialog
                    .get()
                    .is_some_and(|d| d.contains(at.as_ref().map(|a| a.as_ref())));
                if e.shift_key() && (is(&area) || !inside) {
                    e.prevent_default();
                    focus(&analyse);
                } else if !e.shift_key() && (is(&analyse) || !inside) {
                    e.prevent_default();
                    focus(&area);
                }
            }
        })
    };
    html! {
        <div class="dialog-backdrop" tabindex="-1" onkeydown={onkeydown}>
            <div ref={dialog} class="dialog" role="dialog" aria-modal="true" aria-labelledby="paste-title" data-test="paste-dialog">
                <h2 id="paste-title">{ s.paste_title }</h2>
                <textarea ref={area} class="paste-area" placeholder={s.paste_placeholder} data-test="paste-area"
                    aria-label={s.paste_title} spellcheck="false"></textarea>
                <div class="dialog-actions">
                    <span class="hint">{ "Ctrl+Enter" }</span>
                    <button class="btn" onclick={close.reform(|_: MouseEvent| ())} data-test="paste-cancel">{ s.cancel }</button>
                    <button ref={analyse} class="btn primary" onclick={submit.reform(|_: MouseEvent| ())} data-test="analyse">{ s.paste_analyse }</button>
                </div>
            </div>
        </div>
    }
}
