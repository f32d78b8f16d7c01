//! The selected metric in full, and its correction: its sentence (the figure marked), label,
//! value, unit, qualifier, kind, direction and indicator as a form, its place, the checks it
//! takes part in and its correction history. 保存更正 turns the changed fields into one undo
//! step of corrections; 不是指标 removes it. The worker applies them (the core's
//! `extract_corrected`), so checks, indicators and the profile follow.

use super::context::{use_ctx, Loaded};
use super::correction_line::correction_line;
use super::metric_fields::{use_metric_fields, MetricFields};
use crate::corrections::form::MetricForm;
use crate::corrections::make::Action as Edit;
use crate::hooks::use_typed::use_typed;
use crate::i18n::edit::form_error;
use crate::protocol::TypedField;
use crate::services::clock::now_ms;
use crate::state::Action;
use crate::view::corrections::history;
use crate::view::detail::{checks_of, sentence};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub loaded: std::rc::Rc<Loaded>,
    pub index: usize,
}

#[function_component(MetricDetail)]
pub fn metric_detail(props: &Props) -> Html {
    let ctx = use_ctx();
    let lang = ctx.state.lang;
    let s = lang.strings();
    let l = &props.loaded;
    let current = l.report.metrics.get(props.index);
    // The metric the form edits: another report, another row, or the same row now holding
    // another metric (one added before it) starts the form afresh; a new version of the same
    // metric (recomputed) does not throw away what the user is typing.
    let identity = current.map_or(String::new(), |m| {
        format!("{}-{}-{}-{}", l.id, props.index, m.span.start, m.span.end)
    });
    let base = current.map(MetricForm::of).unwrap_or_default();
    let fields = use_metric_fields(&identity, &base);
    // The last refusal, for the form of that metric.
    let error = use_state(|| None::<(String, crate::corrections::form::FormError)>);
    let Some(m) = current else {
        return html! {};
    };
    let (before, hit, after) = sentence(&l.text, m.span);
    // While a correction is applied, and until its result is here, the form waits.
    let busy = ctx.loading || ctx.state.selected_entry().is_some_and(|e| e.recomputing);
    let reader = use_typed(ctx.commands.read_typed.clone());
    let reading = reader.busy_attr();
    let save = {
        let (ctx, loaded, fields, error, i, identity) = (
            ctx.clone(),
            l.clone(),
            fields.clone(),
            error.clone(),
            props.index,
            identity.clone(),
        );
        Callback::from(move |_: ()| {
            // While the last correction is applied the form waits, as its button does.
            let Some(m) = loaded.report.metrics.get(i).filter(|_| !busy).cloned() else {
                return;
            };
            let form = fields.form();
            if let Err(e) = form.check() {
                error.set(Some((identity.clone(), e)));
                return;
            }
            error.set(None);
            let (ctx, loaded, error, identity) =
                (ctx.clone(), loaded.clone(), error.clone(), identity.clone());
            reader.read(
                TypedField::Number,
                form.value.clone(),
                move |read| match form.changes(&m, read.number()) {
                    Err(e) => error.set(Some((identity, e))),
                    Ok(changes) if changes.is_empty() => {}
                    Ok(changes) => {
                        let mut edit = Edit::new(now_ms());
                        for f in changes {
                            edit.edit_metric(&loaded.text, &m, f);
                        }
                        ctx.send(Action::Correct {
                            id: loaded.id,
                            ops: edit.ops,
                        });
                    }
                },
            );
        })
    };
    let remove = {
        let (ctx, loaded, i) = (ctx.clone(), l.clone(), props.index);
        Callback::from(move |_: MouseEvent| {
            if let Some(m) = loaded.report.metrics.get(i) {
                let mut edit = Edit::new(now_ms());
                edit.remove_metric(&loaded.text, m);
                ctx.send(Action::Correct {
                    id: loaded.id,
                    ops: edit.ops,
                });
            }
        })
    };
    let refused = error
        .as_ref()
        .filter(|(who, _)| *who == identity)
        .map(|(_, e)| e.clone());
    let problem = refused.as_ref().map(|e| form_error(lang, e));
    let names = ctx.state.names.clone();
    let checks = checks_of(&l.report, props.index);
    let log = ctx
        .state
        .entry(l.id)
        .map(|e| e.log.clone())
        .unwrap_or_default();
    let history = history(lang, l, &log.ops, names.as_deref(), props.index);
    html! {
        <section class="metric-detail" aria-label={s.detail_title} aria-busy={reading} data-test="metric-detail">
            <div class="detail-head">
                <h3>{ s.detail_title }</h3>
                if let Some(c) = &m.correction {
                    <span class="badge corrected">{ if c.added { s.added_mark } else { s.corrected_mark } }</span>
                }
                if busy { <span class="spinner" aria-hidden="true"></span> }
            </div>
            <p class="detail-sentence" data-test="detail-sentence">
                { before }<mark class="m-metric active">{ hit }</mark>{ after }
            </p>
            <MetricFields fields={fields.clone()} shown={fields.form()} prefix="edit"
                invalid={refused} on_enter={save.clone()} />
            if let Some(p) = &problem { <p class="form-error" role="alert" data-test="form-error">{ p }</p> }
            <div class="detail-actions">
                <button class="btn primary small" onclick={save.reform(|_: MouseEvent| ())} disabled={busy} data-test="metric-save">{ s.save_correction }</button>
                <button class="btn danger small" onclick={remove} disabled={busy} data-test="metric-remove">{ s.not_a_metric }</button>
                <span class="hint">{ format!("{} {}–{}", s.detail_span, m.span.start, m.span.end) }</span>
            </div>
            <div class="detail-lists">
                <div>
                    <h4>{ s.detail_checks }</h4>
                    if checks.is_empty() { <p class="empty-note">{ s.no_checks }</p> }
                    <ul class="check-list">
                        { for checks.iter().map(|c| html! {
                            <li class={classes!("check", if c.holds { "ok" } else { "bad" })} data-test="detail-check">
                                <span class="verdict">{ if c.holds { "✓" } else { "✗" } }</span>
                                <code class="relation">{ &c.relation }</code>
                            </li>
                        }) }
                    </ul>
                </div>
                <div>
                    <h4>{ s.detail_history }</h4>
                    if history.is_empty() { <p class="empty-note">{ s.detail_no_history }</p> }
                    <ul class="history-list">
                        { for history.iter().map(|line| html! {
                            <li data-test="detail-history">{ correction_line(line, false) }</li>
                        }) }
                    </ul>
                </div>
            </div>
        </section>
    }
}
