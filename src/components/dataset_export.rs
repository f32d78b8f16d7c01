//! The dataset exports beside the report exports: the report table and the long table as CSV,
//! or both as a workbook — what `gangmu dataset` writes for the same files, in list order. The
//! export bar's scope (this report or all) applies.

use super::context::use_ctx;
use crate::export::{ExportKind, Scope};
use crate::i18n::dataset::strings as dataset_strings;
use crate::protocol::{DatasetTable, ExportFormat};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub scope: Scope,
}

#[function_component(DatasetExport)]
pub fn dataset_export(props: &Props) -> Html {
    let ctx = use_ctx();
    let d = dataset_strings(ctx.state.lang);
    let menu = use_node_ref();
    let button = |format: ExportFormat,
                  table: DatasetTable,
                  label: &'static str,
                  test: &'static str| {
        let (export, scope, menu) = (ctx.commands.export.clone(), props.scope, menu.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            export.emit((ExportKind::Dataset(format, table), scope));
            // A choice closes the menu.
            if let Some(m) = menu.cast::<web_sys::Element>() {
                let _ = m.remove_attribute("open");
            }
        });
        html! {
            <button class="btn small" {onclick} disabled={ctx.state.busy_export} data-test={test}>{ label }</button>
        }
    };
    html! {
        <details class="menu dataset-export" ref={menu.clone()} data-test="dataset-menu">
            <summary class="btn small" title={d.dataset_hint}>{ d.dataset }</summary>
            <div class="menu-items" role="group" aria-label={d.dataset}>
                { button(ExportFormat::Xlsx, DatasetTable::Both, d.dataset_xlsx, "dataset-xlsx") }
                { button(ExportFormat::Csv, DatasetTable::Reports, d.dataset_reports_csv, "dataset-reports-csv") }
                { button(ExportFormat::Csv, DatasetTable::Metrics, d.dataset_metrics_csv, "dataset-metrics-csv") }
                <p class="hint">{ d.dataset_hint }</p>
            </div>
        </details>
    }
}
