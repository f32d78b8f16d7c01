//! The report's facts as a form: title, issuer, year and publication date (the date drives
//! the timeliness check). Saving (the button or Enter) turns the changed facts into one undo
//! step of corrections; Esc cancels. What the user typed survives re-renders (`use_field`),
//! and a year that is not one (`去年`) is refused with a message instead of clearing the year;
//! `2023年`, `２０２３` and `二〇二三` are read.

use super::context::{use_ctx, Loaded};
use crate::corrections::form::{FactsForm, FormError};
use crate::corrections::make::Action as Edit;
use crate::hooks::use_field::use_field;
use crate::i18n::edit::{self, form_error};
use crate::services::clock::now_ms;
use crate::state::Action;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub loaded: Rc<Loaded>,
    pub on_close: Callback<()>,
}

#[function_component(FactsEditor)]
pub fn facts_editor(props: &Props) -> Html {
    let ctx = use_ctx();
    let lang = ctx.state.lang;
    let s = lang.strings();
    let base = FactsForm::of(&props.loaded.report);
    let identity = props.loaded.id.to_string();
    let title = use_field(&identity, &base.title);
    let issuer = use_field(&identity, &base.issuer);
    let year = use_field(&identity, &base.year);
    let published = use_field(&identity, &base.published);
    let error = use_state(|| None::<FormError>);
    let first = use_node_ref();
    {
        let first = first.clone();
        use_effect_with((), move |_| {
            if let Some(i) = first.cast::<web_sys::HtmlElement>() {
                let _ = i.focus();
            }
        });
    }
    let save = {
        let (ctx, loaded, close, error) = (
            ctx.clone(),
            props.loaded.clone(),
            props.on_close.clone(),
            error.clone(),
        );
        let (title, issuer, year, published) = (
            title.clone(),
            issuer.clone(),
            year.clone(),
            published.clone(),
        );
        Callback::from(move |_: ()| {
            let form = FactsForm {
                title: title.text(),
                issuer: issuer.text(),
                year: year.text(),
                published: published.text(),
            };
            match form.changes(&loaded.report) {
                Err(e) => error.set(Some(e)),
                Ok(facts) => {
                    if !facts.is_empty() {
                        let mut edit = Edit::new(now_ms());
                        for f in facts {
                            edit.edit_fact(f);
                        }
                        ctx.send(Action::Correct {
                            id: loaded.id,
                            ops: edit.ops,
                        });
                    }
                    close.emit(());
                }
            }
        })
    };
    let onkeydown = {
        let (save, close) = (save.clone(), props.on_close.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.is_composing() {
                return;
            }
            match e.key().as_str() {
                "Enter" => {
                    e.prevent_default();
                    save.emit(());
                }
                "Escape" => {
                    e.prevent_default();
                    close.emit(());
                }
                _ => {}
            }
        })
    };
    let cancel = props.on_close.reform(|_: MouseEvent| ());
    let year_bad = matches!(*error, Some(FormError::Year(_)));
    html! {
        <div class="facts-editor" data-test="facts-editor" {onkeydown}>
            <label>{ s.title }<input ref={first} class="input wide" value={title.text()} oninput={title.oninput()} data-test="edit-title" /></label>
            <label>{ s.issuer }<input class="input" value={issuer.text()} oninput={issuer.oninput()} data-test="edit-issuer" /></label>
            <label>{ s.year }<input class="input short" inputmode="numeric" value={year.text()} oninput={year.oninput()}
                aria-invalid={year_bad.to_string()} data-test="edit-year" /></label>
            <label>{ s.published }<input class="input" type="date" value={published.text()} oninput={published.oninput()} data-test="edit-published" /></label>
            <button class="btn primary small" onclick={save.reform(|_: MouseEvent| ())} data-test="facts-save">{ s.save }</button>
            <button class="btn small" onclick={cancel} data-test="facts-cancel">{ s.cancel }</button>
            <span class="hint">{ edit::strings(lang).keys_hint }</span>
            if let Some(e) = &*error { <p class="form-error" role="alert" data-test="form-error">{ form_error(lang, e) }</p> }
        </div>
    }
}
