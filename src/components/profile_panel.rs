//! The report's profile (`Report.profile`): length, metric density, canonical indicators and
//! 纲要 areas, headings per required part, the problems part and whether it gives causes,
//! timeliness, and the rates its counts imply but it does not print (纠错率 …).

use super::context::use_ctx;
use crate::i18n::{
    deadline_text, indicators_text, length_text, mentions, metrics_density, parts_text,
    problems_text,
};
use crate::state::Action;
use crate::view::number::fixed2;
use yew::prelude::*;

#[function_component(ProfilePanel)]
pub fn profile_panel() -> Html {
    let ctx = use_ctx();
    let lang = ctx.state.lang;
    let s = lang.strings();
    let Some(loaded) = ctx.loaded.clone() else {
        return super::context::placeholder(&ctx);
    };
    let r = &loaded.report;
    let p = &r.profile;
    let names = ctx.state.names.clone();
    let row = |label: &'static str, key: &'static str, value: Html| {
        html! {
            <div class="profile-row" data-test={format!("profile-{key}")}>
                <dt>{ label }</dt><dd>{ value }</dd>
            </div>
        }
    };
    let areas = if p.areas.is_empty() {
        s.none.to_string()
    } else {
        p.areas
            .iter()
            .map(|&a| {
                names
                    .as_ref()
                    .and_then(|n| n.area(a, lang))
                    .map_or_else(|| a.to_string(), |n| format!("{a} {n}"))
            })
            .collect::<Vec<_>>()
            .join(s.list_separator)
    };
    let per_part = p
        .headings_per_part
        .iter()
        .map(|h| format!("{} {}", h.part.code(), h.headings))
        .collect::<Vec<_>>()
        .join(" · ");
    let causes = if p.causes_given {
        html! { <span class="badge ok">{ s.causes_given }</span> }
    } else {
        html! { <span class="badge bad">{ s.causes_missing }</span> }
    };
    let timeliness = html! {
        <>
            if let Some(d) = &p.deadline { <span>{ deadline_text(lang, d) }</span>{ " " } }
            { match p.on_time {
                Some(true) => html! { <span class="badge ok">{ s.on_time }</span> },
                Some(false) => html! { <span class="badge bad">{ s.late }</span> },
                None => html! { <span class="note">{ s.date_unknown }</span> },
            } }
            if let Some(d) = &r.published { <span class="note">{ format!(" {}：{d}", s.published) }</span> }
        </>
    };
    let derived = if p.derived.is_empty() {
        html! { { s.none } }
    } else {
        html! {
            <ul class="derived-list">
                { for p.derived.iter().map(|d| {
                    let name = names.as_ref().and_then(|n| n.indicator(&d.indicator, lang)).unwrap_or(&d.indicator).to_string();
                    let first = d.metrics.first().copied();
                    let onclick = first.map(|m| {
                        let ctx = ctx.clone();
                        Callback::from(move |_: MouseEvent| ctx.send(Action::SelectMetric(m)))
                    });
                    html! {
                        <li data-test="derived-rate">
                            <button class="link" {onclick} disabled={first.is_none()}>{ name }</button>
                            <span class="num">{ format!(" ≈{}%", fixed2(d.value)) }</span>
                            <span class="note">{ format!("（{}）", d.relation) }</span>
                        </li>
                    }
                }) }
            </ul>
        }
    };
    html! {
        <div class="profile scroller" data-test="profile">
            <dl class="profile-list">
                { row(s.p_length, "length", html! { length_text(lang, p.chars) }) }
                { row(s.p_metrics, "metrics", html! { metrics_density(lang, p.metrics, p.metrics_per_1000) }) }
                { row(s.p_indicators, "indicators", html! { indicators_text(lang, p.with_indicator, p.indicators) }) }
                { row(s.p_areas, "areas", html! { areas }) }
                { row(s.p_headings, "headings", html! { p.headings.to_string() }) }
                { row(s.p_headings_per_part, "headings-per-part", html! { per_part }) }
                { row(s.p_problems, "problems", html! { problems_text(lang, p.problems_chars, p.problems_share) }) }
                { row(s.p_causes, "causes", causes) }
                { row(s.p_parts, "parts", html! { parts_text(lang, p.parts_found, p.parts_with_heading) }) }
                { row(s.p_timeliness, "timeliness", timeliness) }
                { row(s.p_examples, "examples", html! { mentions(lang, p.examples) }) }
                { row(s.p_derived, "derived", derived) }
            </dl>
        </div>
    }
}
