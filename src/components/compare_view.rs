//! The comparison of the ticked reports: the table (or the long table), the 合计 switch and
//! its notes, the chart, and its exports (CSV and Excel built by the worker like
//! `gangmu compare [--total]`, the JSON and the SVG as received).

use super::compare_chart::CompareChart;
use super::compare_long::CompareLong;
use super::compare_table::CompareTable;
use super::context::use_ctx;
use crate::export::CompareExport;
use crate::i18n::dataset::strings as dataset_strings;
use crate::i18n::report_count;
use crate::i18n::Localized;
use crate::protocol::ExportFormat;
use crate::state::{Action, CompareResult};
use crate::view::compare::ComparisonView;
use crate::view::compare_layout::Grouping;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Above this many compared reports only the long table is offered and the chart is not drawn.
/// The comparison table draws every column at once (about 100 indicators × reports): 200 reports
/// appear in ≈ 3 s, 2 000 took ≈ 40 s with the page frozen and the renderer at gigabytes; the long
/// table is virtualised. The chart's SVG of 2 000 reports then froze the page for ≈ 8 s more
/// (Chromium's trace: 4.3 s parsing and laying out the image, 3.4 s painting it; BENCHMARKS.md,
/// "The web app with 2 000 reports"). The exports still hold the whole table and the chart.
const WIDE_MAX_REPORTS: usize = 200;

/// The comparison as indicators × reports, or as one row per indicator per report.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Layout {
    #[default]
    Wide,
    Long,
}

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
    // The worker's view of the comparison (`view::compare::view`, as crate::wire bytes).
    let view = match compare.as_ref().map(|c| &c.result) {
        Some(CompareResult::Done { view, .. }) => Some(view.clone()),
        _ => None,
    };
    let parsed = use_memo(
        view.as_ref().map(|j| Rc::as_ptr(j) as *const u8 as usize),
        move |_| {
            view.and_then(|b| crate::wire::decode::<ComparisonView>(&b))
                .map(Rc::new)
        },
    );
    let d = dataset_strings(lang);
    let grouping = use_state(Grouping::default);
    let layout = use_state(Layout::default);
    let grouped = {
        let parsed = parsed.clone();
        use_memo(
            (
                (*parsed).as_ref().map(|c| Rc::as_ptr(c) as usize),
                *grouping,
            ),
            move |(_, by)| {
                Rc::new(
                    (*parsed)
                        .as_ref()
                        .map(|c| c.groups_by(*by))
                        .unwrap_or_default(),
                )
            },
        )
    };
    let Some(compare) = compare else {
        return html! {};
    };
    let on_total = {
        let total = ctx.commands.compare_total.clone();
        Callback::from(move |e: Event| {
            total.emit(e.target_unchecked_into::<HtmlInputElement>().checked());
        })
    };
    let on_group = {
        let grouping = grouping.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            grouping.set(Grouping::from_key(&v));
        })
    };
    let too_wide = compare.ids.len() > WIDE_MAX_REPORTS;
    let shown = if too_wide { Layout::Long } else { *layout };
    let layout_button = |which: Layout, label: &'static str, test: &'static str| {
        let layout = layout.clone();
        let on = shown == which;
        let off = too_wide && which == Layout::Wide;
        html! {
            <button class={classes!("btn", "small", on.then_some("on"))} aria-pressed={on.to_string()}
                disabled={off} title={off.then_some(d.layout_wide_too_many)}
                onclick={Callback::from(move |_: MouseEvent| layout.set(which))} data-test={test}>{ label }</button>
        }
    };
    let pending = compare.result == CompareResult::Pending;
    let toolbar = html! {
        <div class="compare-tools" role="group" aria-label={d.layout}>
            <label class="switch" title={d.total_hint}>
                <input type="checkbox" checked={compare.total} onchange={on_total} disabled={pending} data-test="compare-total" />
                { d.total }
            </label>
            <label class="tool">{ d.group_by }
                <select class="select small" onchange={on_group} data-test="compare-group-by">
                    { for Grouping::ALL.iter().map(|g| html! {
                        <option value={g.key()} selected={*grouping == *g}>{ match g {
                            Grouping::None => d.group_none,
                            Grouping::Level => d.group_level,
                            Grouping::Region => d.group_region,
                        } }</option>
                    }) }
                </select>
            </label>
            <span class="tool segmented" role="group" aria-label={d.layout}>
                { layout_button(Layout::Wide, d.layout_wide, "layout-wide") }
                { layout_button(Layout::Long, d.layout_long, "layout-long") }
            </span>
        </div>
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
                if too_wide {
                    <p class="hint" role="note" data-test="layout-wide-too-many">{ d.layout_wide_too_many }</p>
                }
                if shown == Layout::Wide {
                    <div class="compare-scroll">
                        <CompareTable comparison={c.clone()} ids={compare.ids.clone()} groups={(*grouped).clone()} />
                    </div>
                } else {
                    <CompareLong comparison={c.clone()} ids={compare.ids.clone()} groups={(*grouped).clone()} />
                }
                { total_notes(c, lang, compare.total) }
                <h3 class="compare-chart-title">{ s.chart }</h3>
                if too_wide {
                    <p class="hint" role="note" data-test="chart-too-many">{ d.chart_too_many }</p>
                } else {
                    <CompareChart svg={svg.clone()} alt={s.chart_alt} />
                }
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
            { toolbar }
            <div class="compare-body scroller">{ body }</div>
        </div>
    }
}

/// Under the table: the warnings of each total (a region that contains another: counted
/// twice) and, per indicator, how its total was made and which reports do not state it.
fn total_notes(c: &ComparisonView, lang: crate::i18n::Lang, asked: bool) -> Html {
    let d = dataset_strings(lang);
    if !asked {
        return html! {};
    }
    let (heads, rows) = (&c.totals, &c.rows);
    if heads.is_empty() {
        return html! { <p class="hint total-none" data-test="total-none">{ d.total_none }</p> };
    }
    html! {
        <section class="total-notes" data-test="total-notes">
            { for heads.iter().enumerate().map(|(k, head)| html! {
                <div class="total-block">
                    <h3>{ d.total_notes }{ lang.pick("：", ": ") }{ &head.name }</h3>
                    if !head.warnings.is_empty() {
                        <div class="total-warnings" role="note" data-test="total-warnings">
                            <strong>{ d.total_warnings }</strong>
                            <ul>{ for head.warnings.iter().map(|w| html! { <li data-test="total-warning">{ w }</li> }) }</ul>
                        </div>
                    }
                    <dl class="total-list">
                        { for rows.iter().filter(|r| r.totals.get(k).is_some_and(|t| !t.note.is_empty())).map(|r| {
                            let t = &r.totals[k];
                            html! {
                                <div class="total-item" data-test="total-note" data-indicator={r.indicator.clone()}>
                                    <dt>{ &r.name }{ " " }<span class="figure">{ &t.text }</span></dt>
                                    <dd>{ &t.note }</dd>
                                </div>
                            }
                        }) }
                    </dl>
                </div>
            }) }
        </section>
    }
}
