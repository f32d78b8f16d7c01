//! 清空工作区 asks before it acts: the reports and their corrections go, from the page and
//! from the browser's storage, and nothing brings them back. Cancel has the focus (Enter does
//! no harm); Esc closes.

use super::context::use_ctx;
use crate::state::Action;
use web_sys::HtmlElement;
use yew::prelude::*;

#[function_component(ClearDialog)]
pub fn clear_dialog() -> Html {
    let ctx = use_ctx();
    let s = ctx.state.lang.strings();
    let cancel_ref = use_node_ref();
    {
        let cancel_ref = cancel_ref.clone();
        use_effect_with((), move |_| {
            if let Some(b) = cancel_ref.cast::<HtmlElement>() {
                let _ = b.focus();
            }
        });
    }
    let cancel = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.send(Action::ConfirmClear(false)))
    };
    let clear = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.send(Action::RemoveAll))
    };
    let onkeydown = {
        let ctx = ctx.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                ctx.send(Action::ConfirmClear(false));
            }
        })
    };
    html! {
        <div class="dialog-backdrop" tabindex="-1" {onkeydown}>
            <div class="dialog narrow" role="alertdialog" aria-modal="true" aria-labelledby="clear-title"
                aria-describedby="clear-body" data-test="clear-dialog">
                <h2 id="clear-title">{ s.clear_confirm_title }</h2>
                <p id="clear-body">{ s.clear_confirm_body }</p>
                <div class="dialog-actions">
                    <button ref={cancel_ref} class="btn" onclick={cancel} data-test="clear-cancel">{ s.cancel }</button>
                    <button class="btn danger" onclick={clear} data-test="clear-confirm">{ s.clear_confirm_do }</button>
                </div>
            </div>
        </div>
    }
}
