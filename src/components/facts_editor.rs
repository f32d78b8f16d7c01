//! The report's facts as a form: title, issuer, year and publication date (the date drives
//! the timeliness check). Saving turns the changed facts into one undo step of corrections.

use super::context::{use_ctx, Loaded};
use crate::corrections::make::Action as Edit;
use crate::services::clock::now_ms;
use crate::state::Action;
use gangmu_core::corrections::Fact;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub loaded: Rc<Loaded>,
    pub on_close: Callback<()>,
}

fn value(node: &NodeRef) -> Option<String> {
    let v = node.cast::<HtmlInputElement>()?.value();
    let v = v.trim();
    (!v.is_empty()).then(|| v.to_string())
}

#[function_component(FactsEditor)]
pub fn facts_editor(props: &Props) -> Html {
    let ctx = use_ctx();
    let s = ctx.state.lang.strings();
    let (title, issuer, year, published) = (
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
    );
    let r = &props.loaded.report;
    let save = {
        let (ctx, loaded, close) = (ctx.clone(), props.loaded.clone(), props.on_close.clone());
        let (title, issuer, year, published) = (
            title.clone(),
            issuer.clone(),
            year.clone(),
            published.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let r = &loaded.report;
            let mut edit = Edit::new(now_ms());
            let t = value(&title);
            if t != r.title {
                edit.edit_fact(Fact::Title(t));
            }
            let i = value(&issuer);
            if i != r.issuer {
                edit.edit_fact(Fact::Issuer(i));
            }
            let y = value(&year).and_then(|y| y.parse::<i32>().ok());
            if y != r.year {
                edit.edit_fact(Fact::Year(y));
            }
            let p = value(&published);
            if p != r.published {
                edit.edit_fact(Fact::Published(p));
            }
            if !edit.ops.is_empty() {
                ctx.send(Action::Correct {
                    id: loaded.id,
                    ops: edit.ops,
                });
            }
            close.emit(());
        })
    };
    let cancel = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <div class="facts-editor" data-test="facts-editor">
            <label>{ s.title }<input ref={title} class="input wide" value={r.title.clone().unwrap_or_default()} data-test="edit-title" /></label>
            <label>{ s.issuer }<input ref={issuer} class="input" value={r.issuer.clone().unwrap_or_default()} data-test="edit-issuer" /></label>
            <label>{ s.year }<input ref={year} class="input short" inputmode="numeric" value={r.year.map(|y| y.to_string()).unwrap_or_default()} data-test="edit-year" /></label>
            <label>{ s.published }<input ref={published} class="input" type="date" value={r.published.clone().unwrap_or_default()} data-test="edit-published" /></label>
            <button class="btn primary small" onclick={save} data-test="facts-save">{ s.save }</button>
            <button class="btn small" onclick={cancel}>{ s.cancel }</button>
        </div>
    }
}
