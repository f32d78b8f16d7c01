//! Adding a metric the extractor missed: the user selected its text in the source view, the
//! core read value, unit, qualifier, kind and direction from it (`read_selection`, in the
//! worker), and here the user sees the selection in its sentence, confirms or edits the
//! fields, gives it a label (required) and an indicator, and saves it as a correction.
//! A modal dialog ([`Modal`]): the focus starts on the label, Tab stays inside, Esc closes,
//! and the focus returns to where it was. What the user typed survives re-renders.

use super::context::use_ctx;
use super::metric_fields::{use_metric_fields, MetricFields};
use super::modal::Modal;
use crate::corrections::form::{FormError, MetricForm};
use crate::corrections::make::Action as Edit;
use crate::hooks::use_typed::use_typed;
use crate::i18n::edit::{self, form_error};
use crate::protocol::TypedField;
use crate::services::clock::now_ms;
use crate::state::{Action, Adding};
use crate::view::detail::sentence;
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
    let reader = use_typed(ctx.commands.read_typed.clone());
    let reading = reader.busy_attr();
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
            let form = fields.form();
            if let Err(e) = form.check() {
                error.set(Some(e));
                return;
            }
            let (ctx, span, error) = (ctx.clone(), adding.span, error.clone());
            reader.read(
                TypedField::Number,
                form.value.clone(),
                move |read| match form.new_metric(read.number()) {
                    Err(e) => error.set(Some(e)),
                    Ok(metric) => {
                        let mut edit = Edit::new(now_ms());
                        edit.add_metric(&loaded.text, span, metric);
                        ctx.send(Action::Correct {
                            id: loaded.id,
                            ops: edit.ops,
                        });
                        ctx.send(Action::CloseAdding);
                    }
                },
            );
        })
    };
    let close = {
        let ctx = ctx.clone();
        Callback::from(move |_: ()| ctx.send(Action::CloseAdding))
    };
    let context = text.as_deref().map(|t| sentence(t, a.span));
    html! {
        <Modal title_id="add-title" test="add-dialog" class="narrow" busy={reading.is_some()} on_close={close.clone()}>
            <h2 id="add-title">{ s.add_metric_title }</h2>
            if let Some((before, hit, after)) = context {
                <p class="detail-sentence" data-test="add-sentence" aria-label={edit::strings(lang).in_sentence}>
                    { before }<mark class="m-metric active">{ hit }</mark>{ after }
                </p>
            }
            if a.metric.is_none() { <p class="hint">{ s.no_number }</p> }
            <MetricFields fields={fields.clone()} shown={fields.form()} prefix="add"
                invalid={(*error).clone()} on_enter={save.clone()} />
            if let Some(e) = &*error { <p class="form-error" role="alert" data-test="form-error">{ form_error(lang, e) }</p> }
            <div class="dialog-actions">
                <button class="btn" onclick={close.reform(|_: MouseEvent| ())} data-test="add-cancel">{ s.cancel }</button>
                <button class="btn primary" onclick={save.reform(|_: MouseEvent| ())} data-test="add-save">{ s.add_metric }</button>
            </div>
        </Modal>
    }
}
