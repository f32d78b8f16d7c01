//! The top bar: name, the ways to bring reports in, the language switch, the privacy promise.

use super::context::use_ctx;
use crate::i18n::Localized;
use crate::state::{Action, Engine};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[function_component(Header)]
pub fn header() -> Html {
    let ctx = use_ctx();
    let s = ctx.state.lang.strings();
    let picker = use_node_ref();
    let on_pick = {
        let files = ctx.commands.files.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let picked = crate::services::files::from_list(input.files());
            // Reset so choosing the same file again still fires `change`.
            input.set_value("");
            if !picked.is_empty() {
                files.emit(picked);
            }
        })
    };
    let open_picker = {
        let picker = picker.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = picker.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let open_paste = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.send(Action::OpenPaste(true)))
    };
    let samples = {
        let samples = ctx.commands.samples.clone();
        Callback::from(move |_: MouseEvent| samples.emit(()))
    };
    let toggle_lang = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.send(Action::SetLang(ctx.state.lang.toggled())))
    };
    let engine_note = match &ctx.state.engine {
        Engine::Loading if !ctx.state.entries.is_empty() => {
            Some((s.engine_loading.to_string(), false))
        }
        Engine::MainThread => Some((s.engine_main_thread.to_string(), false)),
        Engine::Failed(m) => Some((m.get(ctx.state.lang).to_string(), true)),
        _ => None,
    };
    html! {
        <header class="topbar">
            <a class="skip" href="#main">{ s.skip_to_content }</a>
            <div class="brand">
                <span class="seal" aria-hidden="true">{ "纲" }</span>
                <div class="brand-text">
                    <h1>{ s.app_name }<span class="brand-alt">{ s.brand_alt }</span></h1>
                    <p class="tagline">{ s.tagline }</p>
                </div>
            </div>
            <div class="intake" role="group" aria-label={s.add_reports}>
                <button class="btn primary" onclick={open_paste} data-test="paste">{ s.paste }</button>
                <button class="btn" onclick={open_picker} data-test="pick">{ s.pick_files }</button>
                <input ref={picker} type="file" multiple=true class="visually-hidden" tabindex="-1"
                    accept=".txt,.text,.md,.csv,.html,.htm,.mht,.mhtml,.docx,.doc,.wps,.pdf,.ofd,.rtf,.json,text/plain" onchange={on_pick} data-test="file-input" />
                <button class="btn" onclick={samples} data-test="samples">{ s.load_samples }</button>
            </div>
            <div class="topbar-end">
                if let Some((note, error)) = engine_note {
                    <span class={classes!("engine-note", error.then_some("error"))} role="status">{ note }</span>
                }
                <span class="privacy" title={s.privacy}>{ s.privacy }</span>
                <button class="btn lang" onclick={toggle_lang} aria-label={s.switch_lang_label} data-test="lang">{ s.switch_lang }</button>
            </div>
        </header>
    }
}
