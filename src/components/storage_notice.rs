//! When the workspace is not kept (no storage, or the quota is used up), a notice says so
//! until the page is closed, and offers the workspace file instead. Never silent.

use super::context::use_ctx;
use crate::persist::StoreError;
use crate::state::Storage;
use yew::prelude::*;

#[function_component(StorageNotice)]
pub fn storage_notice() -> Html {
    let ctx = use_ctx();
    let s = ctx.state.lang.strings();
    let Storage::NotKept(problem) = &ctx.state.storage else {
        return html! {};
    };
    let (text, kind) = match problem {
        StoreError::Unavailable(_) => (s.storage_unavailable, "unavailable"),
        StoreError::Full => (s.storage_full, "full"),
        StoreError::Failed(_) => (s.storage_failed, "failed"),
    };
    let export = {
        let export = ctx.commands.export_workspace.clone();
        Callback::from(move |_: MouseEvent| export.emit(()))
    };
    html! {
        <div class="storage-notice" role="alert" data-test="storage-notice" data-kind={kind}>
            <span>{ text }</span>
            <button class="btn small" onclick={export} data-test="storage-export">{ s.export_workspace }</button>
        </div>
    }
}
