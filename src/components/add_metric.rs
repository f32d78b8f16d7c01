//! Adding a metric the extractor missed: the user selected its text in the source view, the
//! core read value, unit, qualifier, kind and direction from it (`read_selection`, in the
//! worker), and here the user sees the selection in its sentence, confirms or edits the
//! fields, gives it a label (required) and an indicator, and saves it as a correction.
//! A modal dialog ([`Modal`]): the focus starts on the label, Tab stays inside, Esc closes,
//! and the focus returns to where it was. What the user typed survives re-renders.

use super::context::use_ctx;
use super::metric_detail::use_metric_fields;
use super::modal::Modal;
use crate::corrections::form::{FormError, MetricForm};
use crate::corrections::make::Action as Edit;
use crate::i18n::edit::{self, form_error};
use crate::i18n::{direction_name, kind_name, ALL_KINDS, ALL_QUALIFIERS};
use crate::services::clock::now_ms;
use crate::state::{Action, Adding};
use crate::view::detail::sentence;
use gangmu_core::Direction;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub adding: Adding,
}

#[function_component(AddMetric)]
pub fn add_metric(props: &Props) -> Html {
    let ctx = use_ctx();
    let lang = ctx.state.lang;
    let s = lang.strings();
    let a = &props.adding;
    let identity = format!("{}-{}-{}", a.id, a.span.start, a.span.end);
    let base = MetricForm::of_new(a.metric.as_ref());
    let fields = use_metric_fields(&identity, &base);
    let error = use_state(|| None::<FormError>);
    let text = ctx
        .loaded
        .as_ref()
        .filter(|l| l.id == a.id)
        .map(|l| l.text.clone());
    let save = {
        let (ctx, adding, fields, error) = (
            ctx.clone(),
            props.adding.clone(),
            fields.clone(),
            error.clone(),
        );
        Callback::from(move |_: ()| {
            let Some(loaded) = ctx.loaded.clone().filter(|l| l.id == adding.id) else {
                return;
            };
            match fields.form().new_metric() {
                Err(e) => error.set(Some(e)),
                Ok(metric) => {
                    let mut edit = Edit::new(now_ms());
                    edit.add_metric(&loaded.text, adding.span, metric);
                    ctx.send(Action::Correct {
                        id: loaded.id,
                        ops: edit.ops,
                    });
                    ctx.send(Action::CloseAdding);
                }
            }
        })
    };
    let close = {
        let ctx = ctx.clone();
        Callback::from(move |_: ()| ctx.send(Action::CloseAdding))
    };
    // Enter in a text field adds the metric (Esc is the dialog's).
    let onkeydown = {
        let save = save.clone();
        Callback::from(move |e: KeyboardEvent| {
            let in_input = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .is_some();
            if e.key() == "Enter" && in_input && !e.is_composing() {
                e.prevent_default();
                save.emit(());
            }
        })
    };
    let f = &fields;
    let (qualifier, kind, direction, indicator) = (
        f.qualifier.text(),
        f.kind.text(),
        f.direction.text(),
        f.indicator.text(),
    );
    let invalid = |which: fn(&FormError) -> bool| error.as_ref().is_some_and(which).to_string();
    let names = ctx.state.names.clone();
    let context = text.as_deref().map(|t| sentence(t, a.span));
    html! {
        <Modal title_id="add-title" test="add-dialog" class="narrow" on_close={close.clone()}>
            <h2 id="add-title">{ s.add_metric_title }</h2>
            if let Some((before, hit, after)) = context {
                <p class="detail-sentence" data-test="add-sentence" aria-label={edit::strings(lang).in_sentence}>
                    { before }<mark class="m-metric active">{ hit }</mark>{ after }
                </p>
            }
            if a.metric.is_none() { <p class="hint">{ s.no_number }</p> }
            <div class="detail-form" {onkeydown}>
                <label class="wide">{ s.col_label }
                    <input class="input" value={f.label.text()} oninput={f.label.oninput()} required=true
                        aria-invalid={invalid(|e| matches!(e, FormError::Label))} data-test="add-label" /></label>
                <label>{ s.col_value }
                    <input class="input num" value={f.value.text()} oninput={f.value.oninput()}
                        aria-invalid={invalid(|e| matches!(e, FormError::Value(_)))} data-test="add-value" /></label>
                <label>{ s.col_unit }
                    <input class="input" value={f.unit.text()} oninput={f.unit.oninput()} data-test="add-unit" /></label>
                <label>{ s.col_qualifier }
                    <select class="select" onchange={f.qualifier.onchange()} data-test="add-qualifier">
                        <option value="" selected={qualifier.is_empty()}>{ s.none_option }</option>
                        { for ALL_QUALIFIERS.iter().map(|q| html! {
                            <option value={q.as_str()} selected={qualifier == q.as_str()}>{ q.as_str() }</option>
                        }) }
                    </select></label>
                <label>{ s.col_kind }
                    <select class="select" onchange={f.kind.onchange()} data-test="add-kind">
                        { for ALL_KINDS.iter().map(|k| html! {
                            <option value={k.as_str()} selected={kind == k.as_str()}>{ kind_name(lang, *k) }</option>
                        }) }
                    </select></label>
                <label>{ s.col_direction }
                    <select class="select" onchange={f.direction.onchange()} data-test="add-direction">
                        <option value="" selected={direction.is_empty()}>{ s.none_option }</option>
                        <option value="up" selected={direction == "up"}>{ direction_name(lang, Direction::Up) }</option>
                        <option value="down" selected={direction == "down"}>{ direction_name(lang, Direction::Down) }</option>
                    </select></label>
                <label class="wide">{ s.col_indicator }
                    <select class="select" onchange={f.indicator.onchange()} data-test="add-indicator">
                        <option value="" selected={indicator.is_empty()}>{ s.none_option }</option>
                        { for names.iter().flat_map(|n| n.indicators.iter()).map(|(id, zh, en)| html! {
                            <option value={id.clone()} selected={indicator == *id}>{ lang.pick(zh, en) }</option>
                        }) }
                    </select></label>
            </div>
            if let Some(e) = &*error { <p class="form-error" role="alert" data-test="form-error">{ form_error(lang, e) }</p> }
            <div class="dialog-actions">
                <button class="btn" onclick={close.reform(|_: MouseEvent| ())} data-test="add-cancel">{ s.cancel }</button>
                <button class="btn primary" onclick={save.reform(|_: MouseEvent| ())} data-test="add-save">{ s.add_metric }</button>
            </div>
        </Modal>
    }
}
