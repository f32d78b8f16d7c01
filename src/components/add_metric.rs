//! Adding a metric the extractor missed: the user selected its text in the source view, the
//! core read value, unit and qualifier from it (`read_selection`, in the worker), and here the
//! user confirms or edits them, adds a label, and saves it as a correction.

use super::context::use_ctx;
use crate::corrections::make::Action as Edit;
use crate::i18n::{kind_name, ALL_KINDS, ALL_QUALIFIERS};
use crate::services::clock::now_ms;
use crate::state::{Action, Adding};
use gangmu_core::corrections::NewMetric;
use gangmu_core::{Decimal, MetricKind};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub adding: Adding,
}

fn input(node: &NodeRef) -> String {
    node.cast::<HtmlInputElement>()
        .map(|i| i.value().trim().to_string())
        .unwrap_or_default()
}

fn select(node: &NodeRef) -> String {
    node.cast::<HtmlSelectElement>()
        .map(|s| s.value())
        .unwrap_or_default()
}

#[function_component(AddMetric)]
pub fn add_metric(props: &Props) -> Html {
    let ctx = use_ctx();
    let lang = ctx.state.lang;
    let s = lang.strings();
    let (label, value, unit, qualifier, kind) = (
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
    );
    let invalid = use_state(|| false);
    let read = props.adding.metric.clone();
    let selected = ctx
        .loaded
        .as_ref()
        .map(|l| props.adding.span.slice(&l.text).to_string())
        .unwrap_or_default();
    let save = {
        let (ctx, adding, invalid) = (ctx.clone(), props.adding.clone(), invalid.clone());
        let (label, value, unit, qualifier, kind) = (
            label.clone(),
            value.clone(),
            unit.clone(),
            qualifier.clone(),
            kind.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some(loaded) = ctx.loaded.clone().filter(|l| l.id == adding.id) else {
                return;
            };
            let Some(v) = Decimal::parse(&input(&value)) else {
                invalid.set(true);
                return;
            };
            let unit = Some(input(&unit)).filter(|u| !u.is_empty());
            let metric = NewMetric {
                value: v,
                unit,
                qualifier: ALL_QUALIFIERS
                    .iter()
                    .copied()
                    .find(|q| q.as_str() == select(&qualifier)),
                kind: ALL_KINDS
                    .iter()
                    .copied()
                    .find(|k| k.as_str() == select(&kind))
                    .unwrap_or(MetricKind::Count),
                direction: adding.metric.as_ref().and_then(|m| m.direction),
                label: input(&label),
                indicator: None,
            };
            let mut edit = Edit::new(now_ms());
            edit.add_metric(&loaded.text, adding.span, metric);
            ctx.send(Action::Correct {
                id: loaded.id,
                ops: edit.ops,
            });
            ctx.send(Action::CloseAdding);
        })
    };
    let close = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.send(Action::CloseAdding))
    };
    let m = read.as_ref();
    html! {
        <div class="dialog-backdrop">
            <div class="dialog narrow" role="dialog" aria-modal="true" aria-labelledby="add-title" data-test="add-dialog">
                <h2 id="add-title">{ s.add_metric_title }</h2>
                <p class="detail-sentence"><mark class="m-metric active">{ selected }</mark></p>
                if m.is_none() { <p class="hint">{ s.no_number }</p> }
                <div class="detail-form">
                    <label class="wide">{ s.col_label }
                        <input ref={label} class="input" value={m.map(|m| m.label.clone()).unwrap_or_default()} data-test="add-label" /></label>
                    <label>{ s.col_value }
                        <input ref={value} class="input num" value={m.map(|m| m.value.to_string()).unwrap_or_default()}
                            aria-invalid={(*invalid).to_string()} data-test="add-value" /></label>
                    <label>{ s.col_unit }
                        <input ref={unit} class="input" value={m.and_then(|m| m.unit.clone()).unwrap_or_default()} data-test="add-unit" /></label>
                    <label>{ s.col_qualifier }
                        <select ref={qualifier} class="select">
                            <option value="" selected={m.and_then(|m| m.qualifier).is_none()}>{ s.none_option }</option>
                            { for ALL_QUALIFIERS.iter().map(|q| html! {
                                <option value={q.as_str()} selected={m.and_then(|m| m.qualifier) == Some(*q)}>{ q.as_str() }</option>
                            }) }
                        </select></label>
                    <label>{ s.col_kind }
                        <select ref={kind} class="select">
                            { for ALL_KINDS.iter().map(|k| html! {
                                <option value={k.as_str()} selected={m.map_or(*k == MetricKind::Count, |m| m.kind == *k)}>{ kind_name(lang, *k) }</option>
                            }) }
                        </select></label>
                </div>
                if *invalid { <p class="form-error" role="alert">{ s.invalid_value }</p> }
                <div class="dialog-actions">
                    <button class="btn" onclick={close}>{ s.cancel }</button>
                    <button class="btn primary" onclick={save} data-test="add-save">{ s.add_metric }</button>
                </div>
            </div>
        </div>
    }
}
