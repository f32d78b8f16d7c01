//! The selected metric in full, and its correction: its sentence (the figure marked), label,
//! value, unit, qualifier, kind, direction and indicator as a form, its place, the checks it
//! takes part in and its correction history. 保存更正 turns the changed fields into one undo
//! step of corrections; 不是指标 removes it. The worker applies them (the core's
//! `extract_corrected`), so checks, indicators and the profile follow.

use super::context::{use_ctx, Loaded};
use super::correction_line::correction_line;
use crate::corrections::make::Action as Edit;
use crate::i18n::{direction_name, kind_name, ALL_KINDS, ALL_QUALIFIERS};
use crate::services::clock::now_ms;
use crate::state::Action;
use crate::view::corrections::history;
use crate::view::detail::{checks_of, sentence};
use gangmu_core::corrections::MetricField;
use gangmu_core::{Decimal, Direction, Metric};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub loaded: std::rc::Rc<Loaded>,
    pub index: usize,
}

/// The form's fields, read from the DOM when the user saves.
#[derive(Default)]
struct Refs {
    label: NodeRef,
    value: NodeRef,
    unit: NodeRef,
    qualifier: NodeRef,
    kind: NodeRef,
    direction: NodeRef,
    indicator: NodeRef,
}

fn input(node: &NodeRef) -> String {
    node.cast::<HtmlInputElement>()
        .map(|i| i.value())
        .unwrap_or_default()
}

fn select(node: &NodeRef) -> String {
    node.cast::<HtmlSelectElement>()
        .map(|s| s.value())
        .unwrap_or_default()
}

fn empty_none(s: String) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// The fields the user changed, as corrections; `Err` when the value is not a number.
fn changes(m: &Metric, refs: &Refs) -> Result<Vec<MetricField>, ()> {
    let mut out = Vec::new();
    let label = input(&refs.label).trim().to_string();
    if !label.is_empty() && label != m.label {
        out.push(MetricField::Label(label));
    }
    let value = input(&refs.value);
    let value = Decimal::parse(value.trim()).ok_or(())?;
    if value != m.value {
        out.push(MetricField::Value(value));
    }
    let unit = empty_none(input(&refs.unit));
    if unit != m.unit {
        out.push(MetricField::Unit(unit));
    }
    let qualifier = ALL_QUALIFIERS
        .iter()
        .copied()
        .find(|q| q.as_str() == select(&refs.qualifier));
    if qualifier != m.qualifier {
        out.push(MetricField::Qualifier(qualifier));
    }
    let kind = ALL_KINDS
        .iter()
        .copied()
        .find(|k| k.as_str() == select(&refs.kind))
        .unwrap_or(m.kind);
    if kind != m.kind {
        out.push(MetricField::Kind(kind));
    }
    let direction = match select(&refs.direction).as_str() {
        "up" => Some(Direction::Up),
        "down" => Some(Direction::Down),
        _ => None,
    };
    if direction != m.direction {
        out.push(MetricField::Direction(direction));
    }
    let indicator = empty_none(select(&refs.indicator));
    if indicator != m.indicator {
        out.push(MetricField::Indicator(indicator));
    }
    Ok(out)
}

#[function_component(MetricDetail)]
pub fn metric_detail(props: &Props) -> Html {
    let ctx = use_ctx();
    let lang = ctx.state.lang;
    let s = lang.strings();
    let refs = use_memo((), |_| Refs::default());
    let invalid = use_state(|| false);
    let l = &props.loaded;
    let Some(m) = l.report.metrics.get(props.index) else {
        return html! {};
    };
    let (before, hit, after) = sentence(&l.text, m.span);
    let save = {
        let (ctx, loaded, refs, invalid, i) = (
            ctx.clone(),
            l.clone(),
            refs.clone(),
            invalid.clone(),
            props.index,
        );
        Callback::from(move |_: MouseEvent| {
            let Some(m) = loaded.report.metrics.get(i) else {
                return;
            };
            match changes(m, &refs) {
                Err(()) => invalid.set(true),
                Ok(fields) => {
                    invalid.set(false);
                    if fields.is_empty() {
                        return;
                    }
                    let mut edit = Edit::new(now_ms());
                    for f in fields {
                        edit.edit_metric(&loaded.text, m, f);
                    }
                    ctx.send(Action::Correct {
                        id: loaded.id,
                        ops: edit.ops,
                    });
                }
            }
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
    let names = ctx.state.names.clone();
    let checks = checks_of(&l.report, props.index);
    let log = ctx
        .state
        .entry(l.id)
        .map(|e| e.log.clone())
        .unwrap_or_default();
    let history = history(lang, l, &log.ops, names.as_deref(), props.index);
    let busy = ctx.state.selected_entry().is_some_and(|e| e.recomputing);
    // A new metric or a new version of it: the form starts from its current fields.
    let key = format!("{}-{}-{:?}", props.index, m.span.start, l.key());
    html! {
        <section class="metric-detail" aria-label={s.detail_title} data-test="metric-detail" key={key}>
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
            <div class="detail-form">
                <label>{ s.col_label }
                    <input ref={refs.label.clone()} class="input" value={m.label.clone()} data-test="edit-label" /></label>
                <label>{ s.col_value }
                    <input ref={refs.value.clone()} class="input num" value={m.value.to_string()} data-test="edit-value"
                        aria-invalid={(*invalid).to_string()} /></label>
                <label>{ s.col_unit }
                    <input ref={refs.unit.clone()} class="input" value={m.unit.clone().unwrap_or_default()} data-test="edit-unit" /></label>
                <label>{ s.col_qualifier }
                    <select ref={refs.qualifier.clone()} class="select" data-test="edit-qualifier">
                        <option value="" selected={m.qualifier.is_none()}>{ s.none_option }</option>
                        { for ALL_QUALIFIERS.iter().map(|q| html! {
                            <option value={q.as_str()} selected={m.qualifier == Some(*q)}>{ q.as_str() }</option>
                        }) }
                    </select></label>
                <label>{ s.col_kind }
                    <select ref={refs.kind.clone()} class="select" data-test="edit-kind">
                        { for ALL_KINDS.iter().map(|k| html! {
                            <option value={k.as_str()} selected={m.kind == *k}>{ kind_name(lang, *k) }</option>
                        }) }
                    </select></label>
                <label>{ s.col_direction }
                    <select ref={refs.direction.clone()} class="select" data-test="edit-direction">
                        <option value="" selected={m.direction.is_none()}>{ s.none_option }</option>
                        <option value="up" selected={m.direction == Some(Direction::Up)}>{ direction_name(lang, Direction::Up) }</option>
                        <option value="down" selected={m.direction == Some(Direction::Down)}>{ direction_name(lang, Direction::Down) }</option>
                    </select></label>
                <label class="wide">{ s.col_indicator }
                    <select ref={refs.indicator.clone()} class="select" data-test="edit-indicator">
                        <option value="" selected={m.indicator.is_none()}>{ s.none_option }</option>
                        { for names.iter().flat_map(|n| n.indicators.iter()).map(|(id, zh, en)| html! {
                            <option value={id.clone()} selected={m.indicator.as_deref() == Some(id.as_str())}>{ lang.pick(zh, en) }</option>
                        }) }
                    </select></label>
            </div>
            if *invalid { <p class="form-error" role="alert">{ s.invalid_value }</p> }
            <div class="detail-actions">
                <button class="btn primary small" onclick={save} disabled={busy} data-test="metric-save">{ s.save_correction }</button>
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
