//! The comparison table: indicators × reports, each figure as written with its change from
//! the same issuer's earlier year, then the report-level measures. A figure is a button that
//! opens its report at that metric.

use super::context::use_ctx;
use crate::state::{Action, EntryId};
use crate::view::compare::{measures, rows, Trend};
use gangmu_core::compare::Comparison;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub comparison: Rc<Comparison>,
    /// The report of each column.
    pub ids: Vec<EntryId>,
}

#[function_component(CompareTable)]
pub fn compare_table(props: &Props) -> Html {
    let ctx = use_ctx();
    let lang = ctx.state.lang;
    let s = lang.strings();
    let c = &props.comparison;
    let rows = rows(c, lang);
    let measures = measures(c, lang);
    let show = |column: usize, metric: usize| {
        let (ctx, id) = (ctx.clone(), props.ids.get(column).copied());
        Callback::from(move |_: MouseEvent| {
            if let Some(id) = id {
                ctx.send(Action::ShowMetric { id, metric });
            }
        })
    };
    html! {
        <table class="compare-table" data-test="compare-table">
            <thead>
                <tr>
                    <th scope="col" class="c-name">{ s.indicator }</th>
                    { for c.columns.iter().map(|col| html! {
                        <th scope="col" title={col.file.clone()}>
                            <div class="col-name">{ &col.name }</div>
                            if let Some(t) = &col.title { <div class="col-title">{ t }</div> }
                        </th>
                    }) }
                </tr>
            </thead>
            <tbody>
                { for rows.iter().map(|row| html! {
                    <tr data-test="compare-row" data-indicator={row.indicator.clone()}>
                        <th scope="row" class="c-name">{ &row.name }</th>
                        { for row.cells.iter().enumerate().map(|(j, cell)| {
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
                    </tr>
                }) }
            </tbody>
            <tbody class="measures">
                <tr><th scope="colgroup" colspan={(c.columns.len() + 1).to_string()}>{ s.measures }</th></tr>
                { for measures.iter().map(|m| html! {
                    <tr data-test="compare-measure" data-key={m.key.clone()}>
                        <th scope="row" class="c-name">{ &m.name }</th>
                        { for m.values.iter().map(|v| html! { <td class="num">{ v }</td> }) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
