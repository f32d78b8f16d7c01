//! The paste dialog: a large text area, Analyse (Ctrl+Enter) and Cancel (Esc). A modal dialog
//! ([`Modal`]): Tab and Shift+Tab stay inside it, and when it closes the focus goes back to
//! where it was (the button that opened it).

use super::context::use_ctx;
use super::modal::Modal;
use crate::state::Action;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[function_component(PasteDialog)]
pub fn paste_dialog() -> Html {
    let ctx = use_ctx();
    let s = ctx.state.lang.strings();
    let area = use_node_ref();
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
        let submit = submit.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                submit.emit(());
            }
        })
    };
    html! {
        <Modal title_id="paste-title" test="paste-dialog" on_close={close.clone()}>
            <h2 id="paste-title">{ s.paste_title }</h2>
            <textarea ref={area} class="paste-area" placeholder={s.paste_placeholder} data-test="paste-area"
                aria-label={s.paste_title} spellcheck="false" {onkeydown}></textarea>
            <div class="dialog-actions">
                <span class="hint">{ "Ctrl+Enter" }</span>
                <button class="btn" onclick={close.reform(|_: MouseEvent| ())} data-test="paste-cancel">{ s.cancel }</button>
                <button class="btn primary" onclick={submit.reform(|_: MouseEvent| ())} data-test="analyse">{ s.paste_analyse }</button>
            </div>
        </Modal>
    }
}
