//! Every report added, until removed: title, issuer, year, counts and status, and a box to
//! tick it for comparison (对比 compares the ticked reports). Virtualised (fixed row height),
//! so 10 000 reports cost as much to render as 20.

use super::context::use_ctx;
use super::region_badge::RegionBadge;
use crate::hooks::use_viewport::use_viewport;
use crate::i18n::{batch_progress, counts_line, report_count, selected_count, Localized};
use crate::state::{Action, Entry, Status};
use crate::view::number::css;
use crate::view::window;
use std::rc::Rc;
use yew::prelude::*;

const ROW: f64 = 66.0;

fn status_label(lang: crate::i18n::Lang, status: &Status) -> (&'static str, &'static str) {
    let s = lang.strings();
    match status {
        Status::Restoring => (s.status_restoring, "restoring"),
        Status::Queued => (s.status_queued, "queued"),
        Status::Working => (s.status_working, "working"),
        Status::Done => (s.status_done, "done"),
        Status::Failed(_) => (s.status_failed, "failed"),
        Status::Stopped => (s.status_stopped, "stopped"),
    }
}

#[function_component(ReportList)]
pub fn report_list() -> Html {
    let ctx = use_ctx();
    let state = &ctx.state;
    let lang = state.lang;
    let s = lang.strings();
    let node = use_node_ref();
    let (vp, onscroll) = use_viewport(node.clone());
    let count = state.entries.len();
    // Keep the selected report in view (a paste after a long batch lands at the bottom).
    {
        let node = node.clone();
        let index = state
            .selected
            .and_then(|id| state.entries.iter().position(|e| e.id == id));
        use_effect_with(index, move |index| {
            if let (Some(i), Some(el)) = (index, node.cast::<web_sys::Element>()) {
                let top = *i as f64 * ROW;
                let (scroll, height) = (el.scroll_top() as f64, el.client_height() as f64);
                if top < scroll || top + ROW > scroll + height {
                    el.set_scroll_top((top - height / 2.0).max(0.0) as i32);
                }
            }
        });
    }
    let range = window::fixed(count, ROW, vp.scroll, vp.height.max(400.0), 4);

    let row = |index: usize, e: &Rc<Entry>| {
        let selected = state.selected == Some(e.id);
        let id = e.id;
        let select = {
            let ctx = ctx.clone();
            Callback::from(move |_: MouseEvent| ctx.send(Action::Select(id)))
        };
        let onkeydown = {
            let ctx = ctx.clone();
            Callback::from(move |ev: KeyboardEvent| match ev.key().as_str() {
                "Enter" | " " => {
                    ev.prevent_default();
                    ctx.send(Action::Select(id));
                }
                "Delete" => ctx.send(Action::Remove(id)),
                _ => {}
            })
        };
        let remove = {
            let ctx = ctx.clone();
            Callback::from(move |ev: MouseEvent| {
                ev.stop_propagation();
                ctx.send(Action::Remove(id));
            })
        };
        let checked = state.checked.contains(&id);
        let tick = {
            let ctx = ctx.clone();
            Callback::from(move |_: Event| ctx.send(Action::ToggleCheck(id)))
        };
        // The box is inside the row: its clicks and keys must not also select the report.
        let keep_click = Callback::from(|ev: MouseEvent| ev.stop_propagation());
        let keep_keys = Callback::from(|ev: KeyboardEvent| ev.stop_propagation());
        let (label, class) = status_label(lang, &e.status);
        let meta: Vec<String> = e
            .summary
            .as_ref()
            .map(|m| {
                let mut v = Vec::new();
                if let Some(i) = &m.issuer {
                    v.push(i.clone());
                }
                if let Some(y) = m.year {
                    v.push(crate::i18n::year_text(lang, y));
                }
                // The list is of rule-of-law reports; any other kind of text is named.
                if m.report_type != gangmu_core::ReportType::RuleOfLaw {
                    v.push(crate::i18n::report_type_name(lang, m.report_type).to_string());
                }
                v
            })
            .unwrap_or_default();
        let detail = match (&e.status, &e.summary) {
            (Status::Failed(m), _) => m.get(lang).to_string(),
            (_, Some(m)) => counts_line(lang, m.headings, m.metrics, m.findings),
            _ => e.name.clone(),
        };
        html! {
            <li key={id} role="option" aria-selected={selected.to_string()} tabindex="0"
                class={classes!("report-row", selected.then_some("selected"), class)}
                style={format!("top:{}px;height:{}px", css(index as f64 * ROW), css(ROW))}
                onclick={select} {onkeydown} data-test="report-row" title={e.name.clone()}>
                if e.status == Status::Done {
                    <input type="checkbox" class="report-check" checked={checked} onchange={tick}
                        onclick={keep_click} onkeydown={keep_keys} data-test="report-check"
                        aria-label={format!("{}{}", s.compare_select, e.display_title())} />
                }
                <div class="report-line1">
                    <span class="report-title">{ e.display_title() }</span>
                    <span class={classes!("badge", class)}>{ label }</span>
                </div>
                <div class="report-line2">
                    if !meta.is_empty() { <span class="report-meta">{ meta.join(" · ") }</span> }
                    <RegionBadge issued_by={e.summary.as_ref().and_then(|m| m.issued_by.as_deref().cloned())} {lang} compact=true
                        issuer={e.summary.as_ref().and_then(|m| m.issuer.clone())} />
                    <span class={classes!("report-detail", matches!(e.status, Status::Failed(_)).then_some("error"))}>{ detail }</span>
                </div>
                <button class="icon-btn remove" onclick={remove} aria-label={format!("{} {}", s.remove, e.name)} title={s.remove}>{ "×" }</button>
            </li>
        }
    };

    let progress = state.progress();
    let stopped = state
        .entries
        .iter()
        .filter(|e| e.status == Status::Stopped)
        .count();
    let stop = {
        let stop = ctx.commands.stop.clone();
        Callback::from(move |_: MouseEvent| stop.emit(()))
    };
    // 清空工作区 asks first (see ClearDialog): it also empties the browser's storage.
    let remove_all = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.send(Action::ConfirmClear(true)))
    };
    let analysed = state
        .entries
        .iter()
        .filter(|e| e.status == Status::Done)
        .count();
    let ticked = state.checked_done().len();
    let compare = {
        let compare = ctx.commands.compare.clone();
        Callback::from(move |_: MouseEvent| compare.emit(()))
    };
    let check_all = {
        let ctx = ctx.clone();
        let all = ticked < analysed;
        Callback::from(move |_: MouseEvent| ctx.send(Action::CheckAll(all)))
    };
    html! {
        <div class="report-list">
            <div class="pane-head">
                <h2>{ s.reports }<span class="count">{ report_count(lang, count) }</span></h2>
                if progress.is_none() && count > 0 {
                    <button class="btn small ghost" onclick={remove_all} data-test="clear-workspace">{ s.clear_workspace }</button>
                }
            </div>
            if progress.is_none() && stopped > 0 {
                <div class="stopped-note" role="status" data-test="stopped-count" data-count={stopped.to_string()}>
                    { crate::i18n::stopped_count(lang, stopped) }
                </div>
            }
            if analysed > 1 {
                <div class="compare-bar" data-test="compare-bar">
                    <span class="hint">{ if ticked == 0 { s.compare_tick_hint.to_string() } else { selected_count(lang, ticked) } }</span>
                    <button class="btn small ghost" onclick={check_all} data-test="check-all">
                        { if ticked < analysed { s.select_all } else { s.select_none } }
                    </button>
                    <button class="btn small primary" onclick={compare} disabled={ticked < 2}
                        title={s.compare_tick_hint} data-test="compare">{ s.compare }</button>
                </div>
            }
            if let Some((done, total)) = progress {
                <div class="progress" data-test="progress">
                    <div class="progress-text">
                        <span>{ batch_progress(lang, done, total) }</span>
                        <button class="btn small danger" onclick={stop} data-test="stop">{ s.stop }</button>
                    </div>
                    <progress max={total.to_string()} value={done.to_string()} aria-label={batch_progress(lang, done, total)}></progress>
                </div>
            }
            <div class="scroller" ref={node} {onscroll}>
                <ul class="report-rows" role="listbox" aria-label={s.reports} style={format!("height:{}px", css(count as f64 * ROW))}>
                    { for range.map(|i| row(i, &state.entries[i])) }
                </ul>
            </div>
        </div>
    }
}
