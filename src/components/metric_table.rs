//! The metric table: sortable columns, filters by kind, section and free text, virtualised
//! rows. Clicking a row (or Enter/Space on it) scrolls the source text to the metric.

use super::context::use_ctx;
use super::metric_detail::MetricDetail;
use crate::hooks::use_viewport::use_viewport;
use crate::i18n::{direction_arrow, direction_name, kind_name, metric_count, ALL_KINDS};
use crate::state::Action;
use crate::view::number::css;
use crate::view::table::{visible, Column};
use crate::view::window;
use gangmu_xlsx::table::section_label;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Row height: two lines of label (www/app.css `.trow`).
const ROW: f64 = 46.0;

/// Most sections offered in the filter; a giant outline offers its top levels (the outline
/// tree still reaches every heading).
const MAX_SECTION_OPTIONS: usize = 300;

fn section_choices(
    report: &gangmu_core::Report,
    selected: Option<usize>,
) -> std::collections::BTreeSet<usize> {
    let mut level = 4;
    while level > 1
        && report.outline.iter().filter(|h| h.level <= level).count() > MAX_SECTION_OPTIONS
    {
        level -= 1;
    }
    let mut set = crate::state::set_of(
        report
            .outline
            .iter()
            .enumerate()
            .filter(|(_, h)| h.level <= level)
            .map(|(i, _)| i)
            .take(MAX_SECTION_OPTIONS),
    );
    set.extend(selected);
    set
}

#[function_component(MetricTable)]
pub fn metric_table() -> Html {
    let ctx = use_ctx();
    let lang = ctx.state.lang;
    let s = lang.strings();
    let node = use_node_ref();
    let (vp, onscroll) = use_viewport(node.clone());
    let loaded = ctx.loaded.clone();
    let filter = ctx.state.filter.clone();
    let sort = ctx.state.sort;
    let shown = {
        let loaded = loaded.clone();
        use_memo(
            (loaded.as_ref().map(|l| l.key()), filter.clone(), sort),
            move |(_, filter, sort)| {
                loaded
                    .map(|l| visible(&l.report, filter, *sort))
                    .unwrap_or_default()
            },
        )
    };
    let Some(loaded) = loaded else {
        return super::context::placeholder(&ctx);
    };
    let report = &loaded.report;
    let section_options = section_choices(report, filter.section);

    let on_kind = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            ctx.send(Action::FilterKind(
                ALL_KINDS.iter().copied().find(|k| k.as_str() == v),
            ));
        })
    };
    let on_section = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            ctx.send(Action::FilterSection(v.parse().ok()));
        })
    };
    let on_text = {
        let ctx = ctx.clone();
        Callback::from(move |e: InputEvent| {
            ctx.send(Action::FilterText(
                e.target_unchecked_into::<HtmlInputElement>().value(),
            ));
        })
    };
    let header = |column: Column, label: &'static str, class: &'static str| {
        let ctx = ctx.clone();
        let sorted = sort.column == column;
        let aria = if !sorted {
            "none"
        } else if sort.descending {
            "descending"
        } else {
            "ascending"
        };
        let arrow = if !sorted {
            ""
        } else if sort.descending {
            " ▼"
        } else {
            " ▲"
        };
        html! {
            <div role="columnheader" class={classes!("cell", class)} aria-sort={aria}>
                <button class="sort" onclick={Callback::from(move |_: MouseEvent| ctx.send(Action::SortBy(column)))}>
                    { label }{ arrow }
                </button>
            </div>
        }
    };

    let range = window::fixed(shown.len(), ROW, vp.scroll, vp.height.max(300.0), 6);
    let selected_metric = ctx.state.focus.metric;
    let names = ctx.state.names.clone();
    let row = |pos: usize| {
        let i = shown[pos];
        let m = &report.metrics[i];
        let select = {
            let ctx = ctx.clone();
            Callback::from(move |_: MouseEvent| ctx.send(Action::SelectMetric(i)))
        };
        let onkeydown = {
            let ctx = ctx.clone();
            Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    ctx.send(Action::SelectMetric(i));
                }
            })
        };
        let is_selected = selected_metric == Some(i);
        let corrected = m
            .correction
            .as_ref()
            .map(|c| if c.added { "added" } else { "corrected" });
        html! {
            <div role="row" tabindex="0" key={i} aria-selected={is_selected.to_string()}
                class={classes!("trow", is_selected.then_some("selected"), corrected)}
                style={format!("top:{}px", css(pos as f64 * ROW))} onclick={select} {onkeydown}
                data-test="metric-row" data-metric={i.to_string()}>
                <div role="cell" class="cell c-label" title={m.label.clone()}>
                    if let Some(c) = &m.correction {
                        <span class="corr-mark" data-test="corrected-mark"
                            title={if c.added { s.added_mark } else { s.corrected_mark }}>{ if c.added { "＋" } else { "✎" } }</span>
                    }
                    { &m.label }
                </div>
                <div role="cell" class="cell c-value num">{ m.value.to_string() }</div>
                <div role="cell" class="cell c-unit">{ m.unit.clone().unwrap_or_default() }</div>
                <div role="cell" class="cell c-qual">{ m.qualifier_text.clone().or_else(|| m.qualifier.map(|q| q.as_str().to_string())).unwrap_or_default() }</div>
                <div role="cell" class="cell c-kind"><span class={classes!("kind", m.kind.as_str())}>{ kind_name(lang, m.kind) }</span></div>
                <div role="cell" class="cell c-dir" title={m.direction.map(|d| direction_name(lang, d))}>{ m.direction.map(direction_arrow).unwrap_or("") }</div>
                <div role="cell" class="cell c-ind" title={m.indicator.clone()} data-test="metric-indicator">{ m.indicator.as_deref().map(|id| names.as_ref().and_then(|n| n.indicator(id, lang)).unwrap_or(id).to_string()).unwrap_or_default() }</div>
                <div role="cell" class="cell c-section" title={section_label(report, m.section)}>{ m.section.and_then(|j| report.outline.get(j)).map(|h| h.marker.clone()).unwrap_or_default() }{ " " }{ m.section.and_then(|j| report.outline.get(j)).map(|h| h.title.clone()).unwrap_or_default() }</div>
            </div>
        }
    };

    html! {
        <div class="metric-table">
            <div class="filters" role="search">
                <input class="input" type="search" placeholder={s.filter_text} aria-label={s.filter_text}
                    value={filter.text.clone()} oninput={on_text} data-test="metric-filter" />
                <select class="select" onchange={on_kind} aria-label={s.col_kind}>
                    <option value="" selected={filter.kind.is_none()}>{ s.filter_kind_all }</option>
                    { for ALL_KINDS.iter().map(|k| html! {
                        <option value={k.as_str()} selected={filter.kind == Some(*k)}>{ kind_name(lang, *k) }</option>
                    }) }
                </select>
                <select class="select section-select" onchange={on_section} aria-label={s.col_section}>
                    <option value="" selected={filter.section.is_none()}>{ s.filter_section_all }</option>
                    { for report.outline.iter().enumerate().filter(|(i, _)| section_options.contains(i)).map(|(i, h)| html! {
                        <option value={i.to_string()} selected={filter.section == Some(i)}>
                            { format!("{}{}{}", "\u{3000}".repeat(h.level.saturating_sub(1) as usize), h.marker, h.title) }
                        </option>
                    }) }
                </select>
                <span class="count" data-test="metric-shown">{ metric_count(lang, shown.len(), report.metrics.len()) }</span>
            </div>
            <div class="table" role="table" aria-label={s.metrics} aria-rowcount={(shown.len() + 1).to_string()}>
                <div role="row" class="thead">
                    { header(Column::Label, s.col_label, "c-label") }
                    { header(Column::Value, s.col_value, "c-value") }
                    { header(Column::Unit, s.col_unit, "c-unit") }
                    { header(Column::Qualifier, s.col_qualifier, "c-qual") }
                    { header(Column::Kind, s.col_kind, "c-kind") }
                    { header(Column::Direction, s.col_direction, "c-dir") }
                    { header(Column::Indicator, s.col_indicator, "c-ind") }
                    { header(Column::Section, s.col_section, "c-section") }
                </div>
                <div class="tbody scroller" ref={node} {onscroll}>
                    if shown.is_empty() {
                        <p class="empty-note">{ if report.metrics.is_empty() { s.no_metrics } else { s.no_matching_metrics } }</p>
                    } else {
                        <div class="rows" style={format!("height:{}px", css(shown.len() as f64 * ROW))}>
                            { for range.map(row) }
                        </div>
                    }
                </div>
            </div>
            if let Some(i) = selected_metric.filter(|i| *i < report.metrics.len()) {
                <MetricDetail loaded={loaded.clone()} index={i} />
            }
        </div>
    }
}
