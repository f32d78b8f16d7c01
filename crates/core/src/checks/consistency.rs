//! The same quantity stated twice must agree (004 gives 8 and then 23 依申请公开 applications
//! for 2025).
//!
//! Reports legitimately print one indicator several times with different values: for a
//! campaign or a domain (道路交通领域的行政应诉案件0件 next to all 50), for a part (其中…),
//! for another period (截至11月底, 同比), or as items side by side in one sentence (two exams'
//! pass rates). So a pair is compared only on strong evidence: the same indicator, a count or an
//! amount with the same unit, labels sharing most of their words, in different sentences,
//! neither scoped nor a part, and no year mentioned other than the one reported on. Such a pair
//! with equal values is a check that holds (调解和解结案28件 … 成功调解、和解结案28件).

use super::span_of;
use crate::indicators;
use crate::model::{Check, CheckKind, MetricKind, Report};
use crate::sentences::Context;
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
// Words in a metric's sentence (before the number) or headings that narrow its scope
// (`lexicon/checks.toml`).
use crate::lexicon::data::checks::{SCOPE_WORDS, SPECIAL_HEADING_WORDS};

/// Statements of one indicator compared at most (a report restates a figure a few times;
/// the bound keeps the pairwise comparison linear on pathological input).
const MAX_PER_INDICATOR: usize = 16;

pub fn find(ctx: &Context<'_, '_>, report: &Report) -> Vec<Check> {
    find_with(ctx, report, true)
}

/// The pair of a metric: its indicator and unit (a pair shares both).
fn key(m: &crate::model::Metric) -> (&str, Option<&str>) {
    (m.indicator.as_deref().unwrap_or(""), m.unit.as_deref())
}

/// [`find`]; `alone_skipped`: a metric that no other candidate shares its indicator and unit
/// with is left out before [`scoped`] reads its sentence and headings. It can pair with
/// nothing, and the cap per indicator counts each key on its own, so the checks are the same
/// (pinned by a test against `false`, which asks `scoped` of every candidate); most of a
/// report's indicators are stated once, and `scoped` (a word search over the sentence before
/// the number, the headings' words) was most of this stage.
fn find_with(ctx: &Context<'_, '_>, report: &Report, alone_skipped: bool) -> Vec<Check> {
    let text = ctx.cleaned.text.as_str();
    let mut special = vec![None; report.outline.len()];
    let candidates: Vec<usize> = (0..report.metrics.len())
        .filter(|&i| {
            let m = &report.metrics[i];
            m.indicator.is_some()
                && matches!(m.kind, MetricKind::Count | MetricKind::Money)
                && i < ctx.positions.len()
        })
        .collect();
    let mut per_key: HashMap<(&str, Option<&str>), usize> = HashMap::new();
    if alone_skipped {
        for &i in &candidates {
            *per_key.entry(key(&report.metrics[i])).or_insert(0) += 1;
        }
    }
    let candidates: Vec<usize> = candidates
        .into_iter()
        .filter(|&i| !alone_skipped || per_key.get(&key(&report.metrics[i])) > Some(&1))
        .filter(|&i| !scoped(ctx, report, i, &mut special))
        .collect();
    let mut per_indicator: HashMap<(&str, Option<&str>), usize> = HashMap::new();
    let candidates: Vec<usize> = candidates
        .into_iter()
        .filter(|&i| {
            let n = per_indicator.entry(key(&report.metrics[i])).or_insert(0);
            *n += 1;
            *n <= MAX_PER_INDICATOR
        })
        .collect();
    let mut out = Vec::new();
    let mut seen: HashSet<(usize, usize)> = HashSet::new();
    for (k, &a) in candidates.iter().enumerate() {
        for &b in &candidates[k + 1..] {
            let (ma, mb) = (&report.metrics[a], &report.metrics[b]);
            if ma.indicator != mb.indicator || ma.unit != mb.unit {
                continue;
            }
            let (pa, pb) = (ctx.positions[a].0, ctx.positions[b].0);
            if ctx.metric_sentence_start(a) == ctx.metric_sentence_start(b) {
                continue;
            }
            if similarity(&ma.label, &mb.label) < 0.6 {
                continue;
            }
            let (ya, yb) = (
                years(&text[ctx.metric_sentence_start(a)..pa]),
                years(&text[ctx.metric_sentence_start(b)..pb]),
            );
            let other_year = |ys: &[i32]| ys.iter().any(|y| Some(*y) != report.year);
            if other_year(&ya) || other_year(&yb) {
                continue;
            }
            // One check per metric: the first restatement.
            if seen.iter().any(|&(x, y)| x == b || y == b) {
                continue;
            }
            seen.insert((a, b));
            let holds = ma.value == mb.value;
            let name = ma
                .indicator
                .as_deref()
                .and_then(indicators::get)
                .map_or(ma.label.as_str(), |i| i.zh.as_str());
            let place = |i: usize| {
                report.metrics[i]
                    .section
                    .and_then(|s| report.outline.get(s))
                    .map(|h| format!("（见{}{}）", h.marker, h.title))
                    .unwrap_or_default()
            };
            let metrics = vec![a, b];
            let both = format!(
                "“{}{}”{}与“{}{}”{}",
                ma.label,
                ma.text,
                place(a),
                mb.label,
                mb.text,
                place(b)
            );
            out.push(Check {
                kind: CheckKind::Consistency,
                holds,
                relation: format!("{}{}{}", ma.value, if holds { "=" } else { "≠" }, mb.value),
                span: span_of(report, &metrics),
                note: if holds {
                    format!("{name}两次出现，数值一致：{both}")
                } else {
                    format!("同一年度的{name}前后数值不一：{both}")
                },
                metrics,
            });
        }
    }
    out
}

/// A figure of a campaign, a domain, a part or another period. `special[k]` remembers whether
/// heading `k` names one (the metrics of a section share its headings: each is read once).
fn scoped(ctx: &Context<'_, '_>, report: &Report, i: usize, special: &mut [Option<bool>]) -> bool {
    let text = ctx.cleaned.text.as_str();
    let pos = ctx.positions[i].0;
    let before = &text[ctx.metric_sentence_start(i)..pos];
    static SCOPED: std::sync::OnceLock<crate::text::AnyOf> = std::sync::OnceLock::new();
    if SCOPED
        .get_or_init(|| crate::text::AnyOf::new(SCOPE_WORDS))
        .is_in(before)
    {
        return true;
    }
    let mut h = report.metrics[i].section;
    for _ in 0..16 {
        let Some((k, heading)) = h.and_then(|k| Some((k, report.outline.get(k)?))) else {
            break;
        };
        let names_a_scope = *special[k].get_or_insert_with(|| {
            let title = crate::clean::fold::folded(&heading.title);
            SPECIAL_HEADING_WORDS.iter().any(|w| title.contains(w))
        });
        if names_a_scope {
            return true;
        }
        h = heading.parent;
    }
    false
}

/// Share of the shorter label's distinct Chinese characters found in the other label (bracketed
/// notes left out).
fn similarity(a: &str, b: &str) -> f64 {
    // Distinct characters in a plain list: labels are a few characters long, and this runs for
    // every pair, so a linear look-up beats hashing.
    let chars = |s: &str| -> Vec<char> {
        let mut v: Vec<char> = Vec::new();
        for c in s.split(['（', '(']).next().unwrap_or(s).chars() {
            if crate::text::is_cjk(c) && !v.contains(&c) {
                v.push(c);
            }
        }
        v
    };
    let (a, b) = (chars(a), chars(b));
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if short.len() < 2 {
        return 0.0;
    }
    let shared = short.iter().filter(|c| long.contains(c)).count();
    shared as f64 / short.len() as f64
}

/// Years written as `2025年` in `s`.
fn years(s: &str) -> Vec<i32> {
    let b = s.as_bytes();
    s.match_indices('年')
        .filter_map(|(at, _)| {
            let digits = b.get(at.checked_sub(4)?..at)?;
            if !digits.iter().all(u8::is_ascii_digit) {
                return None;
            }
            if at >= 5 && b[at - 5].is_ascii_digit() {
                return None;
            }
            std::str::from_utf8(digits).ok()?.parse().ok()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{extract, Options};

    fn consistency(text: &str) -> Vec<Check> {
        extract(text, &Options::default())
            .checks
            .into_iter()
            .filter(|c| c.kind == CheckKind::Consistency)
            .collect()
    }

    #[test]
    fn the_same_total_stated_twice_with_different_values() {
        let c = consistency(
            "2025年法治政府建设年度报告\n（八）政务公开\n2025年共收到依申请公开政府相关信息的申请8件，其中，线上申请5件，线下申请3件。\n（九）数字政府\n规范推进政府信息依申请公开工作，2025年共接收到相关申请23件，其中，线上申请5件，线下申请18件。\n",
        );
        assert_eq!(c.len(), 1, "{c:#?}");
        assert!(!c[0].holds);
        assert_eq!(c[0].relation, "8≠23");
        assert!(
            c[0].note.contains("8件") && c[0].note.contains("23件"),
            "{}",
            c[0].note
        );
        assert!(c[0].note.contains("（九）数字政府"), "{}", c[0].note);
    }

    #[test]
    fn equal_restatements_hold() {
        let c = consistency(
            "一、行政复议\n共审结行政复议案件163件，调解和解结案28件。\n全年成功调解、和解结案28件，法定期限内案件办结率100%。\n",
        );
        assert_eq!(c.len(), 1, "{c:#?}");
        assert!(c[0].holds);
        assert_eq!(c[0].relation, "28=28");
    }

    #[test]
    fn scoped_parts_and_other_years_are_not_compared() {
        // A campaign's figure, another year's, and items of one sentence.
        let c = consistency(
            "2023年法治政府建设年度报告\n（三）监督\n今年行政诉讼一审案件50件，败诉2件。\n（十）道路交通和运输执法领域专项整治工作\n全年涉及道路交通安全和运输执法领域的行政应诉案件0件。\n（十一）其他\n2022年行政诉讼一审案件61件。\n修订完善1个总体应急预案和10个专项应急预案。\n",
        );
        assert!(c.is_empty(), "{c:#?}");
    }

    #[test]
    fn skipping_lone_indicators_finds_the_same_checks() {
        // The seeds, and two restatements with a lone indicator beside them.
        let mut found = 0;
        super::super::for_each_context(
            &[
                "2025年法治政府建设年度报告\n（八）政务公开\n2025年共收到依申请公开政府相关信息的申请8件，其中，线上申请5件。\n（九）数字政府\n2025年共接收到相关申请23件，行政复议案件4件。\n",
                "一、行政复议\n共审结行政复议案件163件，调解和解结案28件。\n全年成功调解、和解结案28件，行政诉讼一审案件50件。\n",
            ],
            |name, ctx, report| {
                let fast = find_with(ctx, report, true);
                assert_eq!(fast, find_with(ctx, report, false), "{name}");
                found += fast.len();
            },
        );
        assert!(found >= 2, "{found}");
    }

    #[test]
    fn years_are_read_only_as_four_digits() {
        assert_eq!(years("2025年共接收到，12025年，25年"), vec![2025]);
    }
}
