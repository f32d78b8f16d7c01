//! The comparison as a long table: one row per indicator per report (then the indicator's
//! 合计), which stays readable with hundreds of reports. Filter to one indicator and sort by
//! value to rank the reports on it; only the rows on screen are rendered.

use super::context::use_ctx;
use crate::hooks::use_viewport::use_viewport;
use crate::i18n::dataset::{missing_count, strings as dataset_strings};
use crate::state::{Action, EntryId};
use crate::view::compare::{ComparisonView, Trend};
use crate::view::compare_layout::{display_order, long_rows, ColumnGroup, LongRow, LongSort};
use crate::view::number::css;
use crate::view::window;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Row height in pixels (one line per row; `.long-table .trow` in app.css).
const ROW: f64 = 32.0;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub comparison: Rc<ComparisonView>,
    /// The report of each column.
    pub ids: Vec<EntryId>,
    pub groups: Rc<Vec<ColumnGroup>>,
}

#[function_component(CompareLong)]
pub fn compare_long(props: &Props) -> Html {
    let ctx = use_ctx();
    let lang = ctx.state.lang;
    let s = lang.strings();
    let d = dataset_strings(lang);
    let node = use_node_ref();
    let (vp, onscroll) = use_viewport(node.clone());
    let indicator = use_state(|| None::<String>);
    let sort = use_state(LongSort::default);
    let c = &props.comparison;
    let order = display_order(&props.groups);
    let shown = {
        let (c, order, indicator, sort) = (c.clone(), order.clone(), indicator.clone(), *sort);
        use_memo(
            (
                Rc::as_ptr(&c) as usize,
                order.clone(),
                (*indicator).clone(),
                sort,
            ),
            move |_| long_rows(&c, &order, indicator.as_deref(), sort),
        )
    };
    let (rows, totals) = (&c.rows, &c.totals);
    let on_indicator = {
        let indicator = indicator.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            indicator.set((!v.is_empty()).then_some(v));
        })
    };
    let on_sort = {
        let sort = sort.clone();
        Callback::from(move |_: MouseEvent| {
            sort.set(match *sort {
                LongSort::Columns => LongSort::ValueDown,
                LongSort::ValueDown => LongSort::ValueUp,
                LongSort::ValueUp => LongSort::Columns,
            })
        })
    };
    let (arrow, aria) = match *sort {
        LongSort::Columns => ("", "none"),
        LongSort::ValueDown => (" ▼", "descending"),
        LongSort::ValueUp => (" ▲", "ascending"),
    };
    let range = window::fixed(shown.len(), ROW, vp.scroll, vp.height.max(300.0), 8);
    let row = |pos: usize| {
        let top = format!("top:{}px", css(pos as f64 * ROW));
        match shown[pos] {
            LongRow::Report { row, column } => {
                let r = &rows[row];
                let cell = &r.cells[column];
                let col = &c.columns[column];
                let open = {
                    let (ctx, id, metric) =
                        (ctx.clone(), props.ids.get(column).copied(), cell.metric);
                    Callback::from(move |_: MouseEvent| {
                        if let (Some(id), Some(metric)) = (id, metric) {
                            ctx.send(Action::ShowMetric { id, metric });
                        }
                    })
                };
                let trend = cell.trend.map(|t| match t {
                    Trend::Up => "up",
                    Trend::Down => "down",
                    Trend::Same => "same",
                });
                html! {
                    <div role="row" class="trow" style={top} key={format!("{row}-{column}")} data-test="long-row">
                        <div role="cell" class="cell l-ind" title={r.name.clone()}>{ &r.name }</div>
                        <div role="cell" class="cell l-report" title={col.file.clone()}>{ &col.name }</div>
                        <div role="cell" class="cell l-region" title={col.region_code.clone()}>{ col.region.clone().unwrap_or_default() }</div>
                        <div role="cell" class="cell l-level">{ &col.level }</div>
                        <div role="cell" class={classes!("cell", "l-value", "num", cell.derived.then_some("derived"))}
                            title={cell.derived.then(|| s.derived_rate.to_string())}>
                            if cell.metric.is_some() && !cell.derived {
                                <button class="figure" onclick={open}>{ &cell.text }</button>
                            } else {
                                <span class="figure">{ &cell.text }</span>
                            }
                        </div>
                        <div role="cell" class={classes!("cell", "l-change", "num", "change", trend)}>{ cell.change.clone().unwrap_or_default() }</div>
                    </div>
                }
            }
            LongRow::Total { row, total } => {
                let r = &rows[row];
                let t = &r.totals[total];
                html! {
                    <div role="row" class="trow total" style={top} key={format!("{row}-t{total}")}
                        title={t.note.clone()} data-test="long-total">
                        <div role="cell" class="cell l-ind">{ &r.name }</div>
                        <div role="cell" class="cell l-report">{ &totals[total].name }</div>
                        <div role="cell" class="cell l-region total-note">{ &t.note }</div>
                        <div role="cell" class="cell l-level">
                            if t.missing > 0 { { missing_count(lang, t.missing) } }
                        </div>
                        <div role="cell" class={classes!("cell", "l-value", "num", t.recomputed.then_some("derived"))}>
                            <span class="figure">{ &t.text }</span>
                        </div>
                        <div role="cell" class="cell l-change"></div>
                    </div>
                }
            }
        }
    };
    html! {
        <div class="long-table" data-test="compare-long">
            <div class="filters">
                <select class="select" onchange={on_indicator} aria-label={s.indicator} data-test="long-indicator">
                    <option value="" selected={indicator.is_none()}>{ d.all_indicators }</option>
                    { for rows.iter().map(|r| html! {
                        <option value={r.indicator.clone()} selected={indicator.as_deref() == Some(r.indicator.as_str())}>{ &r.name }</option>
                    }) }
                </select>
                <span class="count" data-test="long-count">{ crate::i18n::metric_count(lang, shown.len(), shown.len()) }</span>
            </div>
            <div class="table" role="table" aria-label={d.layout_long} aria-rowcount={(shown.len() + 1).to_string()}>
                <div role="row" class="thead">
                    <div role="columnheader" class="cell l-ind">{ s.indicator }</div>
                    <div role="columnheader" class="cell l-report">{ d.report }</div>
                    <div role="columnheader" class="cell l-region">{ d.region }</div>
                    <div role="columnheader" class="cell l-level">{ d.level }</div>
                    <div role="columnheader" class="cell l-value" aria-sort={aria}>
                        <button class="sort" onclick={on_sort} title={d.sort_by_value} data-test="long-sort">{ d.value }{ arrow }</button>
                    </div>
                    <div role="columnheader" class="cell l-change">{ d.change }</div>
                </div>
                <div class="tbody scroller" ref={node} {onscroll}>
                    <div class="rows" style={format!("height:{}px", css(shown.len() as f64 * ROW))}>
                        { for range.map(row) }
                    </div>
                </div>
            </div>
        </div>
    }
}
