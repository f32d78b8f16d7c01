//! 清空工作区 asks before it acts: the reports and their corrections go, from the page and
//! from the browser's storage, and nothing brings them back. Cancel has the focus (it is the
//! first control, so Enter does no harm); Esc closes; Tab stays inside ([`Modal`]).

use super::context::use_ctx;
use super::modal::Modal;
use crate::state::Action;
use yew::prelude::*;

#[function_component(ClearDialog)]
pub fn clear_dialog() -> Html {
    let ctx = use_ctx();
    let s = ctx.state.lang.strings();
    let close = {
        let ctx = ctx.clone();
        Callback::from(move |_: ()| ctx.send(Action::ConfirmClear(false)))
    };
    let clear = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.send(Action::RemoveAll))
    };
    html! {
        <Modal title_id="clear-title" test="clear-dialog" class="narrow" role="alertdialog"
            described_by="clear-body" on_close={close.clone()}>
            <h2 id="clear-title">{ s.clear_confirm_title }</h2>
            <p id="clear-body">{ s.clear_confirm_body }</p>
            <div class="dialog-actions">
                <button class="btn" onclick={close.reform(|_: MouseEvent| ())} data-test="clear-cancel">{ s.cancel }</button>
                <button class="btn danger" onclick={clear} data-test="clear-confirm">{ s.clear_confirm_do }</button>
            </div>
        </Modal>
    }
}
