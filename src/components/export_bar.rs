//! Export: CSV, Excel, JSON for this report or all of them, and "copy table" as TSV.

use super::context::use_ctx;
use super::dataset_export::DatasetExport;
use crate::export::{ExportKind, Scope};
use crate::protocol::ExportFormat;
use crate::state::Status;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[function_component(ExportBar)]
pub fn export_bar() -> Html {
    let ctx = use_ctx();
    let s = ctx.state.lang.strings();
    let scope = use_state(|| Scope::Current);
    let done = ctx
        .state
        .entries
        .iter()
        .filter(|e| e.status == Status::Done)
        .count();
    let button = |kind: ExportKind, label: &'static str, test: &'static str| {
        let (export, scope) = (ctx.commands.export.clone(), *scope);
        let onclick = Callback::from(move |_: MouseEvent| export.emit((kind, scope)));
        html! { <button class="btn small" {onclick} disabled={ctx.state.busy_export} data-test={test}>{ label }</button> }
    };
    let export_workspace = {
        let export = ctx.commands.export_workspace.clone();
        Callback::from(move |_: MouseEvent| export.emit(()))
    };
    let on_scope = {
        let scope = scope.clone();
        Callback::from(move |e: Event| {
            let sel: HtmlSelectElement = e.target_unchecked_into();
            scope.set(if sel.value() == "all" {
                Scope::All
            } else {
                Scope::Current
            });
        })
    };
    html! {
        <div class="export-bar" role="group" aria-label={s.export}>
            <span class="export-label">{ s.export }</span>
            if done > 1 {
                <select class="select small" onchange={on_scope} aria-label={s.export} data-test="export-scope">
                    <option value="current" selected={*scope == Scope::Current}>{ s.scope_current }</option>
                    <option value="all" selected={*scope == Scope::All}>{ crate::i18n::scope_all(ctx.state.lang, done) }</option>
                </select>
            }
            { button(ExportKind::Table(ExportFormat::Xlsx), s.export_xlsx, "export-xlsx") }
            { button(ExportKind::Table(ExportFormat::Csv), s.export_csv, "export-csv") }
            { button(ExportKind::Json, s.export_json, "export-json") }
            { button(ExportKind::CopyTable, s.copy_table, "copy-table") }
            <button class="btn small" onclick={export_workspace} data-test="export-workspace"
                title={s.export_workspace}>{ s.export_workspace }</button>
            <DatasetExport scope={*scope} />
            if ctx.state.busy_export { <span class="hint">{ s.exporting }</span> }
        </div>
    }
}
