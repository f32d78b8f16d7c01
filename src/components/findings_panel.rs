//! Findings: arithmetic checks (✓/✗ with the relation), the required parts R1–R5 (R2 says
//! whether causes are given, as the 督察工作规定 asks), and the text problems and repairs.
//! Each item with a place in the text jumps there.

use super::context::use_ctx;
use super::unplaced_list::UnplacedList;
use crate::corrections::make::Action as Edit;
use crate::i18n::{coverage_name, part_requirement, parts_heading, parts_not_checked, Localized};
use crate::services::clock::now_ms;
use crate::state::Action;
use gangmu_core::{Coverage, Part, ReviewStatus, Span};
use yew::prelude::*;

#[function_component(FindingsPanel)]
pub fn findings_panel() -> Html {
    let ctx = use_ctx();
    let lang = ctx.state.lang;
    let s = lang.strings();
    let Some(loaded) = ctx.loaded.clone() else {
        return super::context::placeholder(&ctx);
    };
    let r = &loaded.report;
    let jump = |span: Option<Span>| {
        span.map(|span| {
            let ctx = ctx.clone();
            Callback::from(move |_: MouseEvent| ctx.send(Action::FocusSpan(span)))
        })
    };
    let keyjump = |span: Option<Span>| {
        span.map(|span| {
            let ctx = ctx.clone();
            Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    ctx.send(Action::FocusSpan(span));
                }
            })
        })
    };
    html! {
        <div class="findings scroller" data-test="findings">
            <UnplacedList loaded={loaded.clone()} />
            <section>
                <h3>{ s.checks }<span class="count">{ r.checks.len() }</span></h3>
                if r.checks.is_empty() {
                    <p class="empty-note">{ s.no_checks }</p>
                } else {
                    <ul class="check-list">
                        { for r.checks.iter().map(|c| html! {
                            <li class={classes!("check", if c.holds { "ok" } else { "bad" })} tabindex="0"
                                onclick={jump(Some(c.span))} onkeydown={keyjump(Some(c.span))}>
                                <span class="verdict" aria-label={if c.holds { "✓" } else { "✗" }}>{ if c.holds { "✓" } else { "✗" } }</span>
                                <code class="relation">{ &c.relation }</code>
                                if !c.note.is_empty() { <span class="note">{ &c.note }</span> }
                            </li>
                        }) }
                    </ul>
                }
            </section>
            <section>
                <h3>{ parts_heading(lang, r.report_type) }</h3>
                <ul class="parts">
                    { for r.parts.iter().map(|p| {
                        let class = match p.status { Coverage::Heading => "ok", Coverage::Passage => "partial", Coverage::Missing => "bad" };
                        html! {
                            <li class={classes!("part", class)} tabindex={p.span.map(|_| "0")}
                                onclick={jump(p.span)} onkeydown={keyjump(p.span)}>
                                <span class="part-code">{ p.part.code() }</span>
                                <span class="part-req">{ part_requirement(lang, p.part) }</span>
                                <span class={classes!("badge", class)}>{ coverage_name(lang, p.status) }</span>
                                if p.part == Part::R2 && p.status != Coverage::Missing {
                                    if r.profile.causes_given {
                                        <span class="badge ok" data-test="causes">{ s.causes_given }</span>
                                    } else {
                                        <span class="badge bad" data-test="causes">{ s.causes_missing }</span>
                                    }
                                }
                                if !p.note.is_empty() { <span class="note">{ &p.note }</span> }
                            </li>
                        }
                    }) }
                    if r.parts.is_empty() && r.report_type.required_parts().is_empty() {
                        <li class="empty-note" data-test="parts-not-checked">{ parts_not_checked(lang, r.report_type) }</li>
                    } else if r.parts.is_empty() {
                        <li class="empty-note">{ s.not_assessed }</li>
                    }
                </ul>
            </section>
            <section>
                <h3>{ s.text_findings }<span class="count">{ r.findings.len() }</span></h3>
                if r.findings.is_empty() {
                    <p class="empty-note">{ s.no_findings }</p>
                } else {
                    <ul class="finding-list">
                        { for r.findings.iter().enumerate().map(|(i, f)| {
                            let review = r.reviews.iter().find(|v| v.finding == i);
                            let mark = |status: ReviewStatus| {
                                let (ctx, loaded) = (ctx.clone(), loaded.clone());
                                Callback::from(move |e: MouseEvent| {
                                    e.stop_propagation();
                                    let Some(f) = loaded.report.findings.get(i) else { return };
                                    let note = web_sys::window()
                                        .and_then(|w| w.document())
                                        .and_then(|d| d.query_selector(&format!("[data-note=\"{i}\"]")).ok().flatten())
                                        .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(el).ok())
                                        .map(|el| el.value().trim().to_string())
                                        .filter(|n| !n.is_empty());
                                    let mut edit = Edit::new(now_ms());
                                    edit.review(&loaded.text, f, status, note);
                                    ctx.send(Action::Correct { id: loaded.id, ops: edit.ops });
                                })
                            };
                            let keep = Callback::from(|e: MouseEvent| e.stop_propagation());
                            html! {
                                <li class={classes!("finding", review.map(|v| match v.status { ReviewStatus::Reviewed => "reviewed", ReviewStatus::Dismissed => "dismissed" }))}
                                    tabindex={f.span.map(|_| "0")} onclick={jump(f.span)} onkeydown={keyjump(f.span)} data-test="finding">
                                    <span class="finding-kind">{ serde_json::to_value(f.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default() }</span>
                                    <span>{ f.message.get(lang) }</span>
                                    <span class="review">
                                        if let Some(v) = review {
                                            <span class="badge ok" data-test="review-status">{ match v.status { ReviewStatus::Reviewed => s.review_ok, ReviewStatus::Dismissed => s.review_dismiss } }
                                                { v.note.as_ref().map(|n| format!("：{n}")).unwrap_or_default() }</span>
                                        } else {
                                            <input class="input small" placeholder={s.review_note} data-note={i.to_string()} onclick={keep.clone()} aria-label={s.review_note} />
                                            <button class="btn small ghost" onclick={mark(ReviewStatus::Reviewed)} data-test="review-ok">{ s.review_ok }</button>
                                            <button class="btn small ghost" onclick={mark(ReviewStatus::Dismissed)} data-test="review-dismiss">{ s.review_dismiss }</button>
                                        }
                                    </span>
                                </li>
                            }
                        }) }
                    </ul>
                }
            </section>
        </div>
    }
}
