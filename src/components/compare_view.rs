//! The comparison of the ticked reports: the table, the chart, and its exports (CSV and
//! Excel built by the worker like `gangmu compare`, the JSON and the SVG as received).

use super::compare_chart::CompareChart;
use super::compare_table::CompareTable;
use super::context::use_ctx;
use crate::export::CompareExport;
use crate::i18n::report_count;
use crate::i18n::Localized;
use crate::protocol::ExportFormat;
use crate::state::{Action, CompareResult};
use gangmu_core::compare::Comparison;
use std::rc::Rc;
use yew::prelude::*;

#[function_component(CompareView)]
pub fn compare_view() -> Html {
    let ctx = use_ctx();
    let lang = ctx.state.lang;
    let s = lang.strings();
    let compare = ctx.state.compare.clone();
    // The chart is drawn in one language: after a switch, draw it again.
    {
        let (recompare, pending) = (
            ctx.commands.recompare.clone(),
            compare
                .as_ref()
                .is_some_and(|c| c.result == CompareResult::Pending),
        );
        let chart_lang = compare.as_ref().map(|c| c.lang);
        use_effect_with(
            (lang, chart_lang, pending),
            move |(lang, chart_lang, pending)| {
                if chart_lang.is_some_and(|l| l != *lang) && !*pending {
                    recompare.emit(());
                }
            },
        );
    }
    let json = match compare.as_ref().map(|c| &c.result) {
        Some(CompareResult::Done { json, .. }) => Some(json.clone()),
        _ => None,
    };
    let parsed = use_memo(
        json.as_ref().map(|j| Rc::as_ptr(j) as *const u8 as usize),
        move |_| {
            json.and_then(|j| serde_json::from_str::<Comparison>(&j).ok())
                .map(Rc::new)
        },
    );
    let Some(compare) = compare else {
        return html! {};
    };
    let close = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.send(Action::CloseCompare))
    };
    let button = |kind: CompareExport, label: &'static str, test: &'static str| {
        let export = ctx.commands.compare_export.clone();
        let ready = matches!(compare.result, CompareResult::Done { .. });
        html! {
            <button class="btn small" onclick={Callback::from(move |_: MouseEvent| export.emit(kind))}
                disabled={!ready || ctx.state.busy_export} data-test={test}>{ label }</button>
        }
    };
    let body = match (&compare.result, parsed.as_ref()) {
        (CompareResult::Pending, _) => html! {
            <div class="table-empty loading" role="status"><span class="spinner" aria-hidden="true"></span>{ s.comparing }</div>
        },
        (CompareResult::Failed(m), _) => html! {
            <div class="summary-error" role="alert"><strong>{ s.compare_failed }</strong>{ s.colon }{ m.get(lang) }</div>
        },
        (CompareResult::Done { svg, .. }, Some(c)) => html! {
            <>
                <p class="hint compare-hint">{ s.compare_hint }</p>
                <div class="compare-scroll">
                    <CompareTable comparison={c.clone()} ids={compare.ids.clone()} />
                </div>
                <h3 class="compare-chart-title">{ s.chart }</h3>
                <CompareChart svg={svg.clone()} alt={s.chart_alt} />
            </>
        },
        (CompareResult::Done { .. }, None) => html! {
            <div class="summary-error" role="alert">{ s.compare_failed }</div>
        },
    };
    html! {
        <div class="compare" data-test="compare-view">
            <div class="compare-head">
                <h2>{ s.compare_title }<span class="count">{ report_count(lang, compare.ids.len()) }</span></h2>
                <div class="export-bar" role="group" aria-label={s.export}>
                    <span class="export-label">{ s.export }</span>
                    { button(CompareExport::Table(ExportFormat::Xlsx), s.export_xlsx, "compare-xlsx") }
                    { button(CompareExport::Table(ExportFormat::Csv), s.export_csv, "compare-csv") }
                    { button(CompareExport::Json, s.export_json, "compare-json") }
                    { button(CompareExport::Svg, s.export_svg, "compare-svg") }
                    if ctx.state.busy_export { <span class="hint">{ s.exporting }</span> }
                </div>
                <button class="btn small" onclick={close} data-test="compare-close">{ s.compare_back }</button>
            </div>
            <div class="compare-body scroller">{ body }</div>
        </div>
    }
}
