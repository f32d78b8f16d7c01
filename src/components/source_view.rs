//! The report text as given, with headings, metrics, dates and repairs highlighted from the
//! core's spans, and the left-out stretches (page chrome, the duplicated body) shown as such.
//!
//! Virtualised by blocks (lines; long lines cut): heights are estimated from the text and the
//! pane width, then measured once rendered, so a 50 MB file renders only what is on screen.
//! A focus request (a metric row, a heading, a finding) scrolls its block into view and then
//! centres the highlighted piece.

use super::context::{use_ctx, Loaded};
use crate::hooks::use_viewport::use_viewport;
use crate::state::Action;
use crate::view::number::css;
use crate::view::selection::{byte_at, span_between};
use crate::view::source::{MarkKind, Segment};
use crate::view::window::Layout;
use gangmu_core::{FindingKind, Span};
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

const FONT_PX: f64 = 15.0;
const LINE_PX: f64 = 27.0;
const GAP_PX: f64 = 6.0;
const EMPTY_PX: f64 = 12.0;
const PAD_PX: f64 = 40.0;

/// Width of each block's text in em (a CJK character is 1em, ASCII about half).
fn block_units(l: &Loaded) -> Vec<f32> {
    l.source
        .blocks
        .iter()
        .map(|b| {
            l.text
                .get(b.clone())
                .unwrap_or("")
                .chars()
                .map(|c| if c.is_ascii() { 0.55f32 } else { 1.0 })
                .sum()
        })
        .collect()
}

fn estimate(units: f32, width: f64) -> f64 {
    if units == 0.0 {
        return EMPTY_PX;
    }
    let per_line = ((width - PAD_PX) / FONT_PX).max(8.0);
    (units as f64 / per_line).ceil().max(1.0) * LINE_PX + GAP_PX
}

/// The byte span of the text the user selected in the source pane (`root`), when both ends
/// are in report text (not in a left-out stretch), without the blanks at its ends and no
/// longer than a metric's clause (`view::selection`). A point of the selection is a block
/// and the UTF-16 length of the block's text before it (measured with a DOM range from the
/// block's start); it becomes a byte offset here, at the edge, as everywhere else.
fn selection_span(root: &Element, l: &Loaded) -> Option<Span> {
    let window = web_sys::window()?;
    let selection = window.get_selection().ok()??;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let document = window.document()?;
    let point = |node: web_sys::Node, offset: u32| -> Option<usize> {
        let el = match node.dyn_ref::<Element>() {
            Some(el) => el.clone(),
            None => node.parent_element()?,
        };
        let block = el.closest("[data-block]").ok()??;
        if !root.contains(Some(&block)) || block.class_list().contains("removed") {
            return None;
        }
        let index: usize = block.get_attribute("data-block")?.parse().ok()?;
        let before = document.create_range().ok()?;
        before.set_start(&block, 0).ok()?;
        before.set_end(&node, offset).ok()?;
        let units = before.to_string().length() as usize;
        Some(byte_at(&l.text, l.source.blocks.get(index)?, units))
    };
    let start = point(range.start_container().ok()?, range.start_offset().ok()?)?;
    let end = point(range.end_container().ok()?, range.end_offset().ok()?)?;
    span_between(&l.text, start, end)
}

fn mark_class(kind: &MarkKind) -> &'static str {
    match kind {
        MarkKind::Title => "m-title",
        MarkKind::Heading(_) => "m-heading",
        MarkKind::Metric(_) => "m-metric",
        MarkKind::Date { repaired: false } => "m-date",
        MarkKind::Date { repaired: true } | MarkKind::Repair => "m-repair",
        MarkKind::Removed(_) => "m-removed",
    }
}

fn removed_label(lang: crate::i18n::Lang, kind: FindingKind) -> &'static str {
    let s = lang.strings();
    match kind {
        FindingKind::WebChrome => s.removed_chrome,
        FindingKind::DuplicatedBody => s.removed_duplicate,
        _ => s.removed_other,
    }
}

#[function_component(SourceView)]
pub fn source_view() -> Html {
    let ctx = use_ctx();
    let lang = ctx.state.lang;
    let s = lang.strings();
    let node = use_node_ref();
    let (vp, onscroll) = use_viewport(node.clone());
    let loaded = ctx.loaded.clone();
    let id = loaded.as_ref().map(|l| l.key());
    let measured = use_mut_ref(HashMap::<usize, f64>::new);
    let version = use_state(|| 0u32);
    let center_pending = use_mut_ref(|| false);
    // Text selected in the pane, to add as a missed metric; forgotten when another report
    // (or the same one read again) is shown, so a span never outlives its text.
    let selected = use_state(|| None::<Span>);
    {
        let selected = selected.clone();
        use_effect_with(id, move |_| selected.set(None));
    }

    let units = {
        let loaded = loaded.clone();
        let measured = measured.clone();
        use_memo(id, move |_| {
            measured.borrow_mut().clear();
            Rc::new(loaded.as_deref().map(block_units).unwrap_or_default())
        })
    };
    let width = if vp.width > 0.0 { vp.width } else { 700.0 };
    let layout = {
        let (units, measured) = ((*units).clone(), measured.clone());
        use_memo((id, width as i64, *version), move |_| {
            let m = measured.borrow();
            Rc::new(Layout::new(units.iter().enumerate().map(|(i, u)| {
                m.get(&i).copied().unwrap_or_else(|| estimate(*u, width))
            })))
        })
    };

    // A focus request: scroll its block near the top third, then centre it once rendered.
    let focus = ctx.state.focus;
    {
        let (node, layout, loaded, center_pending) = (
            node.clone(),
            (*layout).clone(),
            loaded.clone(),
            center_pending.clone(),
        );
        use_effect_with((focus.seq, id), move |_| {
            let target = loaded.as_ref().and_then(|l| {
                let r = &l.report;
                focus
                    .span
                    .or_else(|| focus.metric.and_then(|i| r.metrics.get(i)).map(|m| m.span))
                    .or_else(|| focus.heading.and_then(|i| r.outline.get(i)).map(|h| h.span))
                    .map(|span| l.source.block_of(span.start))
            });
            if let (Some(block), Some(el)) = (target, node.cast::<Element>()) {
                let top = layout.top(block) - el.client_height() as f64 / 3.0;
                el.set_scroll_top(top.max(0.0) as i32);
                *center_pending.borrow_mut() = true;
            }
        });
    }
    // After every render: measure the rendered blocks, and centre a pending focus target.
    {
        let (node, measured, version, center_pending) = (
            node.clone(),
            measured.clone(),
            version.clone(),
            center_pending.clone(),
        );
        use_effect(move || {
            let Some(root) = node.cast::<Element>() else {
                return;
            };
            if let Ok(blocks) = root.query_selector_all("[data-block]") {
                let mut changed = false;
                let mut m = measured.borrow_mut();
                for i in 0..blocks.length() {
                    let Some(el) = blocks
                        .item(i)
                        .and_then(|n| n.dyn_into::<HtmlElement>().ok())
                    else {
                        continue;
                    };
                    let Some(index) = el
                        .get_attribute("data-block")
                        .and_then(|v| v.parse::<usize>().ok())
                    else {
                        continue;
                    };
                    let h = el.offset_height() as f64 + GAP_PX;
                    if m.get(&index).is_none_or(|old| (old - h).abs() > 1.0) {
                        m.insert(index, h);
                        changed = true;
                    }
                }
                drop(m);
                if changed {
                    version.set(version.wrapping_add(1));
                }
            }
            if *center_pending.borrow() {
                if let Ok(Some(target)) = root.query_selector(".focus-target") {
                    let options = ScrollIntoViewOptions::new();
                    options.set_block(ScrollLogicalPosition::Center);
                    target.scroll_into_view_with_scroll_into_view_options(&options);
                    *center_pending.borrow_mut() = false;
                }
            }
        });
    }

    let Some(loaded) = loaded else {
        return html! { <div class="source"><div class="pane-head"><h2>{ s.source_text }</h2></div></div> };
    };
    let on_select = {
        let (node, loaded, selected) = (node.clone(), loaded.clone(), selected.clone());
        Callback::from(move |_: ()| {
            let span = node
                .cast::<Element>()
                .and_then(|root| selection_span(&root, &loaded));
            selected.set(span);
        })
    };
    let add = {
        let (read, selected) = (ctx.commands.read_selection.clone(), selected.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(span) = *selected {
                read.emit(span);
            }
        })
    };
    let report = &loaded.report;
    let section: Option<Span> = focus
        .heading
        .and_then(|i| report.outline.get(i))
        .map(|h| h.body);
    let focus_span: Option<Span> = focus.span;
    let range = layout.visible(vp.scroll, vp.height.max(400.0), 8);

    let piece = |seg: &Segment| {
        let in_focus_span = focus_span
            .is_some_and(|f| f.start <= seg.range.start && seg.range.end <= f.end.max(f.start + 1));
        if seg.marks.is_empty() && !in_focus_span {
            return html! { { seg.text.clone() } };
        }
        let mut classes = Classes::new();
        let mut is_target = false;
        for k in &seg.marks {
            classes.push(mark_class(k));
            match k {
                MarkKind::Metric(i) if focus.metric == Some(*i) => {
                    classes.push("active");
                    is_target = true;
                }
                MarkKind::Heading(i)
                    if focus.metric.is_none()
                        && focus_span.is_none()
                        && focus.heading == Some(*i) =>
                {
                    classes.push("active");
                    is_target = true;
                }
                _ => {}
            }
        }
        if in_focus_span {
            classes.push("active");
            is_target = true;
        }
        if is_target {
            classes.push("focus-target");
        }
        let metric = seg.metric();
        let onclick = metric.map(|i| {
            let ctx = ctx.clone();
            Callback::from(move |_: MouseEvent| ctx.send(Action::SelectMetric(i)))
        });
        html! {
            <mark class={classes} data-metric={metric.map(|i| i.to_string())} {onclick}>{ seg.text.clone() }</mark>
        }
    };

    let block = |i: usize| {
        let b = loaded.source.blocks[i].clone();
        let removed = loaded.source.removed_block(i);
        let in_section = section.is_some_and(|sec| sec.start <= b.start && b.start < sec.end);
        // The focus span (a finding, a check) is cut out too, so it can be highlighted even
        // where no mark covers it.
        let segments = loaded.source.segments(&loaded.text, i, focus_span);
        let top = layout.top(i);
        html! {
            <div class={classes!("src-block", removed.map(|_| "removed"), in_section.then_some("in-section"), (b.start == b.end).then_some("blank"))}
                data-block={i.to_string()} key={i} style={format!("top:{}px", css(top))}>
                if let (Some(kind), true) = (removed, loaded.source.starts_removed(i)) {
                    <span class="removed-label">{ removed_label(lang, kind) }</span>
                }
                { for segments.iter().map(piece) }
            </div>
        }
    };

    html! {
        <div class="source">
            <div class="pane-head">
                <h2>{ s.source_text }</h2>
                if selected.is_some() {
                    <button class="btn small primary" onclick={add} data-test="add-metric">{ s.add_metric }</button>
                }
                <div class="legend" aria-hidden="true">
                    <mark class="m-heading">{ s.legend_heading }</mark>
                    <mark class="m-metric">{ s.legend_metric }</mark>
                    <mark class="m-date">{ s.legend_date }</mark>
                    <mark class="m-repair">{ s.legend_repair }</mark>
                    <span class="removed-chip">{ s.legend_removed }</span>
                </div>
            </div>
            <div class="scroller source-scroller" ref={node} {onscroll} onmouseup={on_select.reform(|_: MouseEvent| ())} onkeyup={on_select.reform(|_: KeyboardEvent| ())} tabindex="0" aria-label={s.source_text} data-test="source">
                <div class="source-canvas" style={format!("height:{}px", css(layout.total()))}>
                    { for range.map(block) }
                </div>
            </div>
        </div>
    }
}
