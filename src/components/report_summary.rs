//! The selected report's heading: title, issuer, year, counts, how the file was read (with
//! the encoding override), and the export bar.

use super::context::use_ctx;
use super::encoding_picker::EncodingPicker;
use super::export_bar::ExportBar;
use super::facts_editor::FactsEditor;
use super::region_badge::RegionBadge;
use crate::corrections::make::Action as Edit;
use crate::i18n::{report_type_name, Localized};
use crate::services::clock::now_ms;
use crate::state::{Action, Status};
use gangmu_core::corrections::Fact;
use gangmu_core::ReportType;
use yew::prelude::*;

#[function_component(ReportSummary)]
pub fn report_summary() -> Html {
    let ctx = use_ctx();
    let lang = ctx.state.lang;
    let s = lang.strings();
    let editing = use_state(|| false);
    let Some(entry) = ctx.state.selected_entry() else {
        return html! { <div class="summary empty">{ s.select_report }</div> };
    };
    let open_facts = {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| editing.set(true))
    };
    let close_facts = {
        let editing = editing.clone();
        Callback::from(move |_: ()| editing.set(false))
    };
    let undo = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.send(Action::Undo))
    };
    let redo = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.send(Action::Redo))
    };
    let body = match (&entry.status, &ctx.loaded) {
        (Status::Failed(m), _) => html! {
            <div class="summary-error" role="alert">
                <strong>{ s.failed_title }</strong>{ s.colon }{ m.get(lang) }
            </div>
        },
        (Status::Done, Some(l)) if *editing => html! {
            <FactsEditor loaded={l.clone()} on_close={close_facts.clone()} />
        },
        (Status::Done, Some(l)) => {
            let r = &l.report;
            // A candidate of an ambiguous region, chosen: a region correction (undoable).
            let pick_region = {
                let (ctx, id) = (ctx.clone(), l.id);
                Callback::from(move |code: String| {
                    let mut edit = Edit::new(now_ms());
                    edit.edit_fact(Fact::Region(Some(code)));
                    ctx.send(Action::Correct { id, ops: edit.ops });
                })
            };
            let fact = |label: &'static str, value: Option<String>| {
                value.map(|v| html! { <span class="fact"><span class="fact-label">{ label }</span>{ v }</span> })
            };
            html! {
                <div class="facts">
                    { for fact(s.issuer, r.issuer.clone()) }
                    <RegionBadge issued_by={r.issued_by.clone()} {lang} on_pick={pick_region} />
                    { for fact(s.year, r.year.map(|y| y.to_string())) }
                    { for fact(s.published, r.published.clone()) }
                    <span class={classes!("fact", (r.report_type != ReportType::RuleOfLaw).then_some("other-type"))} data-test="report-type">
                        <span class="fact-label">{ s.report_type }</span>{ report_type_name(lang, r.report_type) }</span>
                    <span class="fact"><span class="fact-label">{ s.headings }</span><span data-test="heading-count">{ r.outline.len() }</span></span>
                    <span class="fact"><span class="fact-label">{ s.metrics }</span><span data-test="metric-count">{ r.metrics.len() }</span></span>
                    <span class="fact"><span class="fact-label">{ s.findings }</span>{ r.findings.len() }</span>
                    <EncodingPicker entry={entry.clone()} />
                    // One group, so the three wrap together: 重做 never stands alone on a line.
                    <span class="fact-actions">
                        <button class="btn small ghost" onclick={open_facts} data-test="edit-facts">{ s.edit_facts }</button>
                        <button class="btn small ghost" onclick={undo} disabled={!ctx.state.history.can_undo(&entry.key)}
                            title="Ctrl+Z" data-test="undo">{ s.undo }</button>
                        <button class="btn small ghost" onclick={redo} disabled={!ctx.state.history.can_redo(&entry.key)}
                            title="Ctrl+Shift+Z" data-test="redo">{ s.redo }</button>
                    </span>
                </div>
            }
        }
        (Status::Stopped, _) => html! { <div class="facts">{ s.status_stopped }</div> },
        (Status::Done, None) => super::context::engine_failed(&ctx).unwrap_or_else(|| {
            html! { <div class="facts loading"><span class="spinner" aria-hidden="true"></span>{ s.status_working }{ "…" }</div> }
        }),
        _ => {
            html! { <div class="facts loading"><span class="spinner" aria-hidden="true"></span>{ s.status_working }{ "…" }</div> }
        }
    };
    let notes = entry
        .summary
        .as_ref()
        .map(|m| m.notes.clone())
        .unwrap_or_default();
    html! {
        <div class="summary">
            <div class="summary-main">
                <h2 class="summary-title" data-test="report-title" title={entry.name.clone()}>{ entry.display_title() }</h2>
                { body }
                { for notes.iter().map(|n| html! { <p class="decode-note">{ n.get(lang) }</p> }) }
            </div>
            <ExportBar />
        </div>
    }
}
