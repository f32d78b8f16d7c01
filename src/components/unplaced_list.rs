//! The report's corrections that no longer find their place (the text changed under a newer
//! core or another encoding): listed, never dropped, each with the text it was made on, what
//! it wanted to set and why it does not apply, and a jump to where its text stands now when
//! it still does, so the user can make it again there — and, once redone or no longer
//! wanted, discard it (one by one or all at once; an undo step like any correction).

use super::context::{use_ctx, Loaded};
use super::correction_line::correction_line;
use crate::state::Action;
use crate::view::corrections::unplaced;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub loaded: Rc<Loaded>,
}

#[function_component(UnplacedList)]
pub fn unplaced_list(props: &Props) -> Html {
    let ctx = use_ctx();
    let lang = ctx.state.lang;
    let s = lang.strings();
    let l = &props.loaded;
    let log = ctx.state.entry(l.id).map(|e| e.log.clone());
    let lines = unplaced(
        lang,
        &l.text,
        &l.report,
        log.as_ref().map_or(&[][..], |log| &log.ops),
        ctx.state.names.as_deref(),
    );
    if lines.is_empty() {
        return html! {};
    }
    let e = crate::i18n::edit::strings(lang);
    let discard = |ids: Vec<String>| {
        let (ctx, id) = (ctx.clone(), l.id);
        Callback::from(move |_: MouseEvent| {
            ctx.send(Action::Discard {
                id,
                ids: ids.clone(),
            })
        })
    };
    let all = discard(lines.iter().map(|line| line.id.clone()).collect());
    html! {
        <section class="unplaced" data-test="unplaced">
            <h3>{ s.unplaced_title }<span class="count">{ lines.len() }</span>
                if lines.len() > 1 {
                    <button class="btn small ghost" onclick={all} title={e.discard_hint} data-test="unplaced-discard-all">{ e.discard_all }</button>
                }
            </h3>
            <p class="hint">{ s.unplaced_hint }</p>
            <ul class="correction-list">
                { for lines.iter().map(|line| {
                    let show = line.span.map(|span| {
                        let ctx = ctx.clone();
                        Callback::from(move |_: MouseEvent| ctx.send(Action::FocusSpan(span)))
                    });
                    html! {
                        <li data-test="unplaced-item" key={line.id.clone()}>
                            { correction_line(line, true) }
                            if let Some(show) = show {
                                <button class="btn small ghost" onclick={show} data-test="unplaced-show">{ s.show_in_text }</button>
                            }
                            <button class="btn small ghost" onclick={discard(vec![line.id.clone()])} title={e.discard_hint}
                                data-test="unplaced-discard">{ e.discard }</button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
