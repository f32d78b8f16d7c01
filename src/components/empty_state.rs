//! The first screen: what the tool does and the three ways in.

use super::context::use_ctx;
use crate::state::Action;
use yew::prelude::*;

#[function_component(EmptyState)]
pub fn empty_state() -> Html {
    let ctx = use_ctx();
    let s = ctx.state.lang.strings();
    let open_paste = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.send(Action::OpenPaste(true)))
    };
    let samples = {
        let samples = ctx.commands.samples.clone();
        Callback::from(move |_: MouseEvent| samples.emit(()))
    };
    // The header's hidden file input does the picking.
    let pick = Callback::from(|_: MouseEvent| {
        let input = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("[data-test=file-input]").ok().flatten())
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
        if let Some(input) = input {
            input.click();
        }
    });
    html! {
        <section class="empty-card">
            <div class="empty-drop" aria-hidden="true">{ "⬇" }</div>
            <h2>{ s.empty_title }</h2>
            <p>{ s.empty_body }</p>
            <div class="empty-actions">
                <button class="btn primary large" onclick={open_paste}>{ s.paste }</button>
                <button class="btn large" onclick={pick}>{ s.pick_files }</button>
                <button class="btn large" onclick={samples}>{ s.load_samples }</button>
            </div>
            <p class="hint">{ s.drop_here }{ " · " }{ s.empty_formats }</p>
            <ul class="features">
                <li><strong>{ s.outline }</strong>{ s.feature_outline }</li>
                <li><strong>{ s.metrics }</strong>{ s.feature_metrics }</li>
                <li><strong>{ s.findings }</strong>{ s.feature_findings }</li>
            </ul>
            <p class="privacy-note">{ s.privacy }</p>
        </section>
    }
}
