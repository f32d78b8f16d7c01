//! The comparison table: indicators × reports, each figure as written with its change from
//! the same issuer's earlier year, the 合计 of each year when asked for, then the report-level
//! measures. A figure is a button that opens its report at that metric.
//!
//! With many reports the header and the indicator column stay in place while the table
//! scrolls (CSS `position: sticky`), and the columns may be grouped (by level or region) under
//! a second header row.

use super::context::use_ctx;
use crate::i18n::dataset::{group_label, missing_count, strings as dataset_strings};
use crate::state::{Action, EntryId};
use crate::view::compare::{ComparisonView, Trend};
use crate::view::compare_layout::{display_order, ColumnGroup};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub comparison: Rc<ComparisonView>,
    /// The report of each column.
    pub ids: Vec<EntryId>,
    /// The columns' groups, in display order (one unlabelled group: not grouped).
    pub groups: Rc<Vec<ColumnGroup>>,
}

#[function_component(CompareTable)]
pub fn compare_table(props: &Props) -> Html {
    let ctx = use_ctx();
    let lang = ctx.state.lang;
    let s = lang.strings();
    let d = dataset_strings(lang);
    let c = &props.comparison;
    let (rows, measures, totals) = (&c.rows, &c.measures, &c.totals);
    let order = display_order(&props.groups);
    let grouped = props.groups.iter().any(|g| !g.label.is_empty());
    let show = |column: usize, metric: usize| {
        let (ctx, id) = (ctx.clone(), props.ids.get(column).copied());
        Callback::from(move |_: MouseEvent| {
            if let Some(id) = id {
                ctx.send(Action::ShowMetric { id, metric });
            }
        })
    };
    let span = |n: usize| n.to_string();
    html! {
        <table class={classes!("compare-table", grouped.then_some("grouped"))} data-test="compare-table">
            <thead>
                if grouped {
                    <tr class="group-row">
                        <th scope="col" class="c-name" rowspan="2">{ s.indicator }</th>
                        { for props.groups.iter().map(|g| html! {
                            <th scope="colgroup" colspan={span(g.columns.len())} class="col-group"
                                title={(!g.within.is_empty()).then(|| g.within.clone())} data-test="compare-group">
                                { group_label(&g.label, g.columns.len()) }
                            </th>
                        }) }
                        if !totals.is_empty() {
                            <th scope="colgroup" colspan={span(totals.len())} class="col-group total">{ d.total }</th>
                        }
                    </tr>
                }
                <tr class="column-row">
                    if !grouped { <th scope="col" class="c-name">{ s.indicator }</th> }
                    { for order.iter().map(|&j| {
                        let col = &c.columns[j];
                        html! {
                            <th scope="col" title={col.file.clone()} data-test="compare-column">
                                <div class="col-name">{ &col.name }</div>
                                if let Some(t) = &col.title { <div class="col-title">{ t }</div> }
                            </th>
                        }
                    }) }
                    { for totals.iter().map(|t| html! {
                        <th scope="col" class="total" data-test="total-column">
                            <div class="col-name">{ &t.name }</div>
                            <div class="col-title">{ crate::i18n::report_count(lang, t.columns.len()) }</div>
                        </th>
                    }) }
                </tr>
            </thead>
            <tbody>
                { for rows.iter().map(|row| html! {
                    <tr data-test="compare-row" data-indicator={row.indicator.clone()}>
                        <th scope="row" class="c-name">{ &row.name }</th>
                        { for order.iter().map(|&j| {
                            let cell = &row.cells[j];
                            let trend = cell.trend.map(|t| match t { Trend::Up => "up", Trend::Down => "down", Trend::Same => "same" });
                            let title = if cell.derived {
                                Some(s.derived_rate.to_string())
                            } else if cell.more > 0 {
                                Some(crate::i18n::more_in_report(lang, cell.more))
                            } else {
                                None
                            };
                            html! {
                                <td class={classes!("num", cell.derived.then_some("derived"), cell.corrected.then_some("corrected"))} {title}>
                                    if cell.corrected {
                                        <span class="corr-mark" data-test="compare-corrected" title={s.corrected_mark}>{ "✎" }</span>
                                    }
                                    if let (Some(m), false) = (cell.metric, cell.text.is_empty()) {
                                        <button class="figure" onclick={show(j, m)}>{ &cell.text }</button>
                                    } else {
                                        <span class="figure">{ &cell.text }</span>
                                    }
                                    if let Some(ch) = &cell.change {
                                        <div class={classes!("change", trend)} data-test="change">{ ch }</div>
                                    }
                                </td>
                            }
                        }) }
                        { for row.totals.iter().map(|t| html! {
                            <td class={classes!("num", "total", t.recomputed.then_some("derived"))}
                                title={(!t.note.is_empty()).then(|| t.note.clone())} data-test="total-cell">
                                <span class="figure">{ &t.text }</span>
                                if t.missing > 0 {
                                    <div class="total-missing" data-test="total-missing">{ missing_count(lang, t.missing) }</div>
                                }
                            </td>
                        }) }
                    </tr>
                }) }
            </tbody>
            <tbody class="measures">
                <tr><th scope="colgroup" class="c-name measures-head">{ s.measures }</th>
                    <td colspan={span(order.len() + totals.len())} class="measures-head"></td></tr>
                { for measures.iter().map(|m| html! {
                    <tr data-test="compare-measure" data-key={m.key.clone()}>
                        <th scope="row" class="c-name">{ &m.name }</th>
                        { for order.iter().map(|&j| html! { <td class="num">{ &m.values[j] }</td> }) }
                        { for totals.iter().map(|_| html! { <td class="total"></td> }) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
