//! The outline as a collapsible tree: markers (inferred ones marked), titles, metric counts,
//! 一是/二是 points. Clicking a heading shows its section in the text and filters the table.
//! Keyboard: Tab to a node, Enter/Space to select, ←/→ to collapse/expand.

use super::context::use_ctx;
use crate::hooks::use_viewport::use_viewport;
use crate::i18n::section_metrics;
use crate::state::Action;
use crate::view::number::css;
use crate::view::{tree, window};
use yew::prelude::*;

/// Above this many visible headings the tree switches to one-line rows of a fixed height and
/// renders only those on screen (a 7 000-heading document stays smooth).
const COMPACT_ABOVE: usize = 400;
const COMPACT_ROW: f64 = 30.0;
/// Height of the "whole report" button above the list.
const LIST_TOP: f64 = 52.0;

#[function_component(OutlineTree)]
pub fn outline_tree() -> Html {
    let ctx = use_ctx();
    let lang = ctx.state.lang;
    let s = lang.strings();
    let node = use_node_ref();
    let (vp, onscroll) = use_viewport(node.clone());
    let Some(loaded) = ctx.loaded.clone() else {
        return html! { <div class="outline"><div class="pane-head"><h2>{ s.outline }</h2></div></div> };
    };
    let report = &loaded.report;
    let rows = tree::rows(report, &ctx.state.collapsed);
    let selected = ctx.state.filter.section;
    let parents: Vec<usize> = report.outline.iter().filter_map(|h| h.parent).collect();

    let whole = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.send(Action::SelectHeading(None)))
    };
    let expand = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.send(Action::ExpandAll))
    };
    let collapse = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.send(Action::CollapseAll(parents.clone())))
    };

    let compact = rows.len() > COMPACT_ABOVE;
    let item = |(pos, row): (usize, &tree::TreeRow)| {
        let style = if compact {
            format!(
                "padding-left:{}rem;top:{}px;height:{}px",
                css(0.5 + row.depth as f64 * 1.1),
                css(pos as f64 * COMPACT_ROW),
                css(COMPACT_ROW)
            )
        } else {
            format!("padding-left:{}rem", css(0.5 + row.depth as f64 * 1.1))
        };
        if let tree::RowKind::Point { point } = row.kind {
            // A 一是/二是 point: jumps to its place in the text.
            let Some(p) = report.points.get(point) else {
                return html! {};
            };
            let span = p.span;
            let onclick = {
                let ctx = ctx.clone();
                Callback::from(move |_: MouseEvent| ctx.send(Action::FocusSpan(span)))
            };
            let onkeydown = {
                let ctx = ctx.clone();
                Callback::from(move |e: KeyboardEvent| {
                    if e.key() == "Enter" || e.key() == " " {
                        e.prevent_default();
                        ctx.send(Action::FocusSpan(span));
                    }
                })
            };
            return html! {
                <li role="treeitem" tabindex="0" key={format!("p{point}")} class="tree-point"
                    aria-level={(row.depth + 1).to_string()} {style} {onclick} {onkeydown} title={p.title.clone()}>
                    <span class="twisty leaf" aria-hidden="true"></span>
                    <span class="point-marker">{ &p.marker }</span>
                    <span class="node-title">{ &p.title }</span>
                </li>
            };
        }
        let i = row.index;
        let h = &report.outline[i];
        let has_children = row.has_children;
        let expanded = row.expanded;
        let onclick = {
            let ctx = ctx.clone();
            Callback::from(move |_: MouseEvent| ctx.send(Action::SelectHeading(Some(i))))
        };
        let toggle = {
            let ctx = ctx.clone();
            Callback::from(move |e: MouseEvent| {
                e.stop_propagation();
                ctx.send(Action::ToggleCollapse(i));
            })
        };
        let onkeydown = {
            let ctx = ctx.clone();
            Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
                "Enter" | " " => {
                    e.prevent_default();
                    ctx.send(Action::SelectHeading(Some(i)));
                }
                "ArrowLeft" if has_children && expanded => ctx.send(Action::ToggleCollapse(i)),
                "ArrowRight" if has_children && !expanded => ctx.send(Action::ToggleCollapse(i)),
                _ => {}
            })
        };
        let points = report
            .points
            .iter()
            .filter(|p| p.section == Some(i))
            .count();
        html! {
            <li role="treeitem" tabindex="0" key={i}
                aria-level={(row.depth + 1).to_string()}
                aria-expanded={has_children.then(|| expanded.to_string())}
                aria-selected={(selected == Some(i)).to_string()}
                class={classes!("tree-node", format!("level-{}", h.level), (selected == Some(i)).then_some("selected"))}
                {style} {onclick} {onkeydown} data-test="heading">
                if has_children {
                    <span class="twisty" onclick={toggle} aria-hidden="true">{ if expanded { "▾" } else { "▸" } }</span>
                } else {
                    <span class="twisty leaf" aria-hidden="true"></span>
                }
                <span class={classes!("marker", h.inferred.then_some("inferred"))}
                    title={h.inferred.then_some(s.inferred_marker)}>
                    { &h.marker }
                    if h.inferred { <sup class="inferred-flag" aria-label={s.inferred_marker}>{ s.inferred_short }</sup> }
                </span>
                <span class="node-title">{ &h.title }</span>
                if let Some(p) = h.part { <span class="part-tag" title={crate::i18n::part_requirement(lang, p)}>{ p.code() }</span> }
                if points > 0 { <span class="points" title={s.points}>{ crate::i18n::points_badge(lang, points) }</span> }
                if row.corrected > 0 { <span class="corr-mark" title={s.corrected_mark} data-test="outline-corrected">{ "✎" }</span> }
                if row.metrics > 0 { <span class="metric-badge" title={section_metrics(lang, row.metrics)}>{ row.metrics }</span> }
            </li>
        }
    };

    html! {
        <div class="outline">
            <div class="pane-head">
                <h2>{ s.outline }<span class="count">{ report.outline.len() }</span></h2>
                if !report.outline.is_empty() {
                    <div class="pane-tools">
                        <button class="btn small ghost" onclick={expand} title={s.expand_all}>{ "⊞" }</button>
                        <button class="btn small ghost" onclick={collapse} title={s.collapse_all}>{ "⊟" }</button>
                    </div>
                }
            </div>
            <div class="scroller" ref={node} {onscroll}>
                <button class={classes!("whole-report", selected.is_none().then_some("selected"))} onclick={whole}>
                    { s.whole_report }<span class="metric-badge">{ report.metrics.len() }</span>
                </button>
                if report.outline.is_empty() {
                    <p class="empty-note">{ s.outline_empty }</p>
                } else {
                    if compact {
                        <ul class={classes!("tree", "compact")} role="tree" aria-label={s.outline}
                            style={format!("height:{}px", css(rows.len() as f64 * COMPACT_ROW))}>
                            { for window::fixed(rows.len(), COMPACT_ROW, vp.scroll - LIST_TOP, vp.height.max(400.0), 6)
                                .map(|i| item((i, &rows[i]))) }
                        </ul>
                    } else {
                        <ul class="tree" role="tree" aria-label={s.outline}>
                            { for rows.iter().enumerate().map(item) }
                        </ul>
                    }
                }
            </div>
        </div>
    }
}
