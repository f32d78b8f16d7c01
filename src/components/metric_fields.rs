//! A metric's fields as a form (label, value, unit, qualifier, kind, direction, indicator),
//! shared by the metric detail panel (correcting one) and the add-a-metric dialog (adding a
//! missed one). Each field is a draft kept across re-renders (`use_field`): a re-render never
//! puts the report's value back over what the user typed. Enter in a text field saves.

use super::context::use_ctx;
use crate::corrections::form::{FormError, MetricForm};
use crate::hooks::use_field::{use_field, Field};
use crate::i18n::{direction_name, kind_name, ALL_KINDS, ALL_QUALIFIERS};
use gangmu_core::Direction;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The form's fields: what the user typed, kept across re-renders (see `use_field`).
#[derive(Clone, PartialEq)]
pub struct Fields {
    pub label: Field,
    pub value: Field,
    pub unit: Field,
    pub qualifier: Field,
    pub kind: Field,
    pub direction: Field,
    pub indicator: Field,
}

impl Fields {
    pub fn form(&self) -> MetricForm {
        MetricForm {
            label: self.label.text(),
            value: self.value.text(),
            unit: self.unit.text(),
            qualifier: self.qualifier.text(),
            kind: self.kind.text(),
            direction: self.direction.text(),
            indicator: self.indicator.text(),
        }
    }
}

/// The fields of a form editing `base`; `identity` names the metric (a new one starts afresh).
#[hook]
pub fn use_metric_fields(identity: &str, base: &MetricForm) -> Fields {
    Fields {
        label: use_field(identity, &base.label),
        value: use_field(identity, &base.value),
        unit: use_field(identity, &base.unit),
        qualifier: use_field(identity, &base.qualifier),
        kind: use_field(identity, &base.kind),
        direction: use_field(identity, &base.direction),
        indicator: use_field(identity, &base.indicator),
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub fields: Fields,
    /// The fields' texts now (so the form re-renders when a draft is reset or rebased).
    pub shown: MetricForm,
    /// `data-test` prefix: `edit-value`, `add-value` …
    pub prefix: AttrValue,
    /// The last refusal, to mark its field.
    #[prop_or_default]
    pub invalid: Option<FormError>,
    /// Enter in a text field.
    pub on_enter: Callback<()>,
}

#[function_component(MetricFields)]
pub fn metric_fields(props: &Props) -> Html {
    let ctx = use_ctx();
    let lang = ctx.state.lang;
    let s = lang.strings();
    let (f, shown) = (&props.fields, &props.shown);
    let test = |name: &str| format!("{}-{name}", props.prefix);
    let invalid =
        |which: fn(&FormError) -> bool| props.invalid.as_ref().is_some_and(which).to_string();
    let onkeydown = {
        let enter = props.on_enter.clone();
        Callback::from(move |e: KeyboardEvent| {
            let in_input = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .is_some();
            if e.key() == "Enter" && in_input && !e.is_composing() {
                e.prevent_default();
                enter.emit(());
            }
        })
    };
    let names = ctx.state.names.clone();
    html! {
        <div class="detail-form" {onkeydown}>
            <label>{ s.col_label }
                <input class="input" value={shown.label.clone()} oninput={f.label.oninput()}
                    aria-invalid={invalid(|e| matches!(e, FormError::Label))} data-test={test("label")} /></label>
            <label>{ s.col_value }
                <input class="input num" value={shown.value.clone()} oninput={f.value.oninput()}
                    aria-invalid={invalid(|e| matches!(e, FormError::Value(_)))} data-test={test("value")} /></label>
            <label>{ s.col_unit }
                <input class="input" value={shown.unit.clone()} oninput={f.unit.oninput()} data-test={test("unit")} /></label>
            <label>{ s.col_qualifier }
                <select class="select" onchange={f.qualifier.onchange()} data-test={test("qualifier")}>
                    <option value="" selected={shown.qualifier.is_empty()}>{ s.none_option }</option>
                    { for ALL_QUALIFIERS.iter().map(|q| html! {
                        <option value={q.as_str()} selected={shown.qualifier == q.as_str()}>{ q.as_str() }</option>
                    }) }
                </select></label>
            <label>{ s.col_kind }
                <select class="select" onchange={f.kind.onchange()} data-test={test("kind")}>
                    { for ALL_KINDS.iter().map(|k| html! {
                        <option value={k.as_str()} selected={shown.kind == k.as_str()}>{ kind_name(lang, *k) }</option>
                    }) }
                </select></label>
            <label>{ s.col_direction }
                <select class="select" onchange={f.direction.onchange()} data-test={test("direction")}>
                    <option value="" selected={shown.direction.is_empty()}>{ s.none_option }</option>
                    <option value="up" selected={shown.direction == "up"}>{ direction_name(lang, Direction::Up) }</option>
                    <option value="down" selected={shown.direction == "down"}>{ direction_name(lang, Direction::Down) }</option>
                </select></label>
            <label class="wide">{ s.col_indicator }
                <select class="select" onchange={f.indicator.onchange()} data-test={test("indicator")}>
                    <option value="" selected={shown.indicator.is_empty()}>{ s.none_option }</option>
                    { for names.iter().flat_map(|n| n.indicators.iter()).map(|(id, zh, en)| html! {
                        <option value={id.clone()} selected={shown.indicator == *id}>{ lang.pick(zh, en) }</option>
                    }) }
                </select></label>
        </div>
    }
}
