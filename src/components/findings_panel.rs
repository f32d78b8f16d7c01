//! Findings: arithmetic checks (✓/✗ with the relation), the required parts R1–R5 (R2 says
//! whether causes are given, as the 督察工作规定 asks), and the text problems and repairs.
//! Each item with a place in the text jumps there.

use super::context::use_ctx;
use crate::i18n::{coverage_name, part_requirement, Localized};
use crate::state::Action;
use gangmu_core::{Coverage, Part, Span};
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
                <h3>{ s.required_parts }</h3>
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
                    if r.parts.is_empty() { <li class="empty-note">{ s.not_assessed }</li> }
                </ul>
            </section>
            <section>
                <h3>{ s.text_findings }<span class="count">{ r.findings.len() }</span></h3>
                if r.findings.is_empty() {
                    <p class="empty-note">{ s.no_findings }</p>
                } else {
                    <ul class="finding-list">
                        { for r.findings.iter().map(|f| html! {
                            <li class="finding" tabindex={f.span.map(|_| "0")} onclick={jump(f.span)} onkeydown={keyjump(f.span)}>
                                <span class="finding-kind">{ serde_json::to_value(f.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default() }</span>
                                <span>{ f.message.get(lang) }</span>
                            </li>
                        }) }
                    </ul>
                }
            </section>
        </div>
    }
}
