//! Percentages and averages implied by counts.
//!
//! A rate (a percentage whose label names a rate, 败诉率) is matched against pairs of earlier
//! counts of the same sentence: `a/b` or `a/(a+b)`, the numerator's label sharing words with the
//! rate's (败诉 → 败诉率). An average (平均每乡镇9项) is matched against a total of the same unit
//! and the count of the units after 每 (12个乡镇) in the same paragraph. The printed figure holds
//! when the computed one, rounded half-up to the printed decimals, equals it; a figure that
//! truncates instead of rounding (58/60 printed 96.66%) is reported as not holding.

use super::{span_of, value};
use crate::clean::fold::folded;
use crate::model::{Check, CheckKind, MetricKind, Report};
use crate::sentences::Context;
use crate::text::contains_str;

pub fn find(ctx: &Context<'_, '_>, report: &Report) -> Vec<Check> {
    let mut out = Vec::new();
    for sentence in ctx.sentences() {
        for &r in sentence {
            let m = &report.metrics[r];
            // Both kinds are percentages: the labels of the other figures are not searched.
            if m.kind != MetricKind::Percent || m.unit.as_deref() != Some("%") {
                continue;
            }
            // 占收案总数的79.9%, labelled with its part: 依法受理占收案总数比例. (A label with
            // 占比 holds 占.)
            if m.label.contains('占') {
                if let Some(c) = share_of(report, sentence, r) {
                    out.push(c);
                }
            } else if m.label.contains('率') {
                if let Some(c) =
                    percentage(report, sentence, r).or_else(|| all_of(ctx, report, sentence, r))
                {
                    out.push(c);
                }
            }
        }
    }
    for (r, m) in report.metrics.iter().enumerate() {
        if m.kind == MetricKind::Count && names_an_average(&m.label) {
            if let Some(c) = average(ctx, report, r) {
                out.push(c);
            }
        }
    }
    out
}

/// How a printed figure compares with the computed one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Agreement {
    Rounded,
    Truncated,
    No,
}

/// Compares `computed` with the printed `printed` at `decimals` places.
pub fn agree(computed: f64, printed: f64, decimals: u32) -> Agreement {
    let scale = 10f64.powi(decimals as i32);
    let rounded = (computed * scale + 0.5 + 1e-9).floor() / scale;
    let truncated = (computed * scale + 1e-9).floor() / scale;
    if (rounded - printed).abs() < 1e-9 {
        Agreement::Rounded
    } else if (truncated - printed).abs() < 1e-9 {
        Agreement::Truncated
    } else {
        Agreement::No
    }
}

fn shared_chars(a: &str, b: &str) -> usize {
    let b: Vec<char> = b
        .chars()
        .filter(|c| *c != '率' && crate::text::is_cjk(*c))
        .collect();
    // Distinct shared characters in a plain list: labels are short (no hashing).
    let mut shared: Vec<char> = Vec::new();
    for c in a.chars() {
        if crate::text::is_cjk(c) && b.contains(&c) && !shared.contains(&c) {
            shared.push(c);
        }
    }
    shared.len()
}

fn percentage(report: &Report, sentence: &[usize], r: usize) -> Option<Check> {
    let rate = &report.metrics[r];
    let printed = rate.value.to_f64();
    if printed >= 100.0 || printed <= 0.0 {
        // 100% is met by any a/a; without more than counts that is no evidence.
        return None;
    }
    let decimals = rate.value.scale();
    // The nearest few counts are the candidates (bounded, so a long list stays cheap).
    let mut before: Vec<usize> = sentence
        .iter()
        .copied()
        .filter(|&i| i < r && is_amount(report, i))
        .collect();
    before.drain(..before.len().saturating_sub(8));
    let mut best: Option<(usize, Check)> = None;
    for &a in &before {
        let relevance = shared_chars(&report.metrics[a].label, &rate.label);
        if relevance < 2 {
            continue;
        }
        for &b in &before {
            if a == b {
                continue;
            }
            let same_unit = report.metrics[a].unit == report.metrics[b].unit;
            let (va, vb) = (value(report, a), value(report, b));
            // a/b, or a/(a+b) (a part of a whole made of two parts, which must share a unit).
            for (computed, of_sum) in [(va / vb * 100.0, false), (va / (va + vb) * 100.0, true)] {
                if vb <= 0.0 || !computed.is_finite() || (!same_unit && of_sum) {
                    continue;
                }
                let agreement = agree(computed, printed, decimals);
                if agreement == Agreement::No {
                    continue;
                }
                // Written only for a pair that agrees: most pairs tried do not.
                let (va_text, vb_text) = (&report.metrics[a].value, &report.metrics[b].value);
                let relation = if of_sum {
                    format!("{va_text}/({va_text}+{vb_text})={}%", rate.value)
                } else {
                    format!("{va_text}/{vb_text}={}%", rate.value)
                };
                let holds = agreement == Agreement::Rounded;
                let metrics = vec![b, a, r];
                let check = Check {
                    kind: CheckKind::Rate,
                    holds,
                    relation: if holds {
                        relation
                    } else {
                        relation.replace('=', "≠")
                    },
                    span: span_of(report, &metrics),
                    note: if holds {
                        format!("{}按计数复算为{:.2}%", rate.label, computed)
                    } else {
                        format!(
                            "复算为{computed:.3}%，四舍五入应为{:.*}%，原文为截断值",
                            decimals as usize,
                            round_to(computed, decimals)
                        )
                    },
                    metrics,
                };
                if best.as_ref().is_none_or(|(rel, _)| relevance > *rel) {
                    best = Some((relevance, check));
                }
            }
        }
    }
    best.map(|(_, c)| c)
}

/// 排查发现问题线索20条,全部完成整改,整改完成率100%: a count said to be done in full (全部,
/// 均已) and a 100% rate about the same thing.
fn all_of(ctx: &Context<'_, '_>, report: &Report, sentence: &[usize], r: usize) -> Option<Check> {
    let rate = &report.metrics[r];
    if (rate.value.to_f64() - 100.0).abs() > 1e-9 {
        return None;
    }
    let text = &ctx.cleaned.text;
    let a = sentence
        .iter()
        .copied()
        .rfind(|&i| i < r && is_amount(report, i))?;
    let between = &text[ctx.positions[a].1..ctx.positions[r].0];
    let said_in_full = crate::lexicon::data::checks::ALL_OF_IT_WORDS
        .iter()
        .any(|w| contains_str(between, w));
    if !said_in_full || shared_chars(between, &folded(&rate.label)) < 2 {
        return None;
    }
    let v = &report.metrics[a].value;
    let metrics = vec![a, r];
    Some(Check {
        kind: CheckKind::Rate,
        holds: true,
        relation: format!("{v}/{v}=100%"),
        span: span_of(report, &metrics),
        note: format!("{}全部完成，{}为100%", report.metrics[a].label, rate.label),
        metrics,
    })
}

/// 依法受理4955件,占收案总数的79.9%: the count just before is the part, an earlier count of
/// the sentence the whole.
fn share_of(report: &Report, sentence: &[usize], r: usize) -> Option<Check> {
    let rate = &report.metrics[r];
    let printed = rate.value.to_f64();
    let decimals = rate.value.scale();
    let before: Vec<usize> = sentence
        .iter()
        .copied()
        .filter(|&i| i < r && is_amount(report, i))
        .collect();
    let (&part, wholes) = before.split_last()?;
    let vp = value(report, part);
    wholes.iter().rev().find_map(|&whole| {
        let vw = value(report, whole);
        if vw < vp || vw <= 0.0 {
            return None;
        }
        let computed = vp / vw * 100.0;
        let agreement = agree(computed, printed, decimals);
        (agreement != Agreement::No).then(|| {
            let holds = agreement == Agreement::Rounded;
            let metrics = vec![whole, part, r];
            let (mp, mw) = (&report.metrics[part], &report.metrics[whole]);
            // Written with their units when these differ (230万元/1.5亿元).
            let (p, w) = if mp.unit == mw.unit {
                (mp.value.to_string(), mw.value.to_string())
            } else {
                let with_unit = |m: &crate::model::Metric| {
                    format!("{}{}", m.value, m.unit.as_deref().unwrap_or(""))
                };
                (with_unit(mp), with_unit(mw))
            };
            Check {
                kind: CheckKind::Rate,
                holds,
                relation: format!("{p}/{w}{}{}%", if holds { "=" } else { "≠" }, rate.value),
                span: span_of(report, &metrics),
                note: if holds {
                    format!(
                        "{}占{}的比例复算为{computed:.2}%",
                        report.metrics[part].label, report.metrics[whole].label
                    )
                } else {
                    format!("复算为{computed:.3}%，原文为截断值")
                },
                metrics,
            }
        })
    })
}

fn round_to(v: f64, decimals: u32) -> f64 {
    let scale = 10f64.powi(decimals as i32);
    (v * scale + 0.5).floor() / scale
}

fn is_amount(report: &Report, i: usize) -> bool {
    matches!(
        report.metrics[i].kind,
        MetricKind::Count | MetricKind::Money
    ) && report.metrics[i].value.to_f64() > 0.0
}

/// Whether a count's label names an average (平均每乡镇9项): one of `average_words` in
/// `lexicon/checks.toml`. (A byte search per word: `text::contains_any`'s one pass over the
/// label cost more, asked of every count.)
fn names_an_average(label: &str) -> bool {
    crate::lexicon::data::checks::AVERAGE_WORDS
        .iter()
        .any(|w| contains_str(label, w))
}

/// 平均每乡镇9项 against 特色履职事项108项 and 12个乡镇.
fn average(ctx: &Context<'_, '_>, report: &Report, r: usize) -> Option<Check> {
    let text = &ctx.cleaned.text;
    let (num_start, _) = ctx.positions[r];
    let para_start = crate::text::line_start_within(text, num_start, 2000);
    let head = &text[para_start..num_start];
    let each = head.rfind('每')?;
    let noun: String = head[each + '每'.len_utf8()..].chars().take(2).collect();
    if noun.chars().count() < 2 {
        return None;
    }
    let earlier: Vec<usize> = (0..r)
        .rev()
        .take_while(|&i| ctx.positions[i].0 >= para_start)
        .take(64)
        .collect();
    // (The cheap tests first: the kind, then the text just after the figure, and only then a
    // folded copy of the label. The earlier figures of a paragraph are many.)
    let divisor = earlier.iter().copied().find(|&i| {
        let m = &report.metrics[i];
        if m.kind != MetricKind::Count || names_an_average(&m.label) {
            return false;
        }
        let around = crate::text::window(
            text,
            ctx.positions[i].1,
            ctx.positions[i].1 + noun.len() + 3,
        );
        contains_str(around, &noun) || contains_str(&folded(&m.label), &noun)
    })?;
    let printed = report.metrics[r].value.to_f64();
    let decimals = report.metrics[r].value.scale();
    let vb = value(report, divisor);
    let total = earlier
        .iter()
        .copied()
        .filter(|&i| i != divisor && report.metrics[i].unit == report.metrics[r].unit)
        .find(|&i| agree(value(report, i) / vb, printed, decimals) != Agreement::No)?;
    let computed = value(report, total) / vb;
    let holds = agree(computed, printed, decimals) == Agreement::Rounded;
    let metrics = vec![total, divisor, r];
    Some(Check {
        kind: CheckKind::Rate,
        holds,
        relation: format!(
            "{}/{}{}{}",
            report.metrics[total].value,
            report.metrics[divisor].value,
            if holds { "=" } else { "≠" },
            report.metrics[r].value
        ),
        span: span_of(report, &metrics),
        note: format!(
            "{}÷{}≈{:.2}",
            report.metrics[total].label, report.metrics[divisor].label, computed
        ),
        metrics,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_of_a_whole() {
        let r = crate::extract(
            "一、行政复议\n共收到行政复议申请6200件,其中,依法受理4955件,占收案总数的79.9%。\n",
            &Default::default(),
        );
        let c = r.checks.iter().find(|c| c.kind == CheckKind::Rate).unwrap();
        assert_eq!((c.relation.as_str(), c.holds), ("4955/6200=79.9%", true));
    }

    #[test]
    fn a_share_of_a_whole_written_with_another_magnitude() {
        let r = crate::extract(
            "一、保障
全年投入法治建设经费共计1.5亿元，其中普法经费230万元，占比1.53%。
",
            &Default::default(),
        );
        let c = r.checks.iter().find(|c| c.kind == CheckKind::Rate).unwrap();
        assert_eq!(
            (c.relation.as_str(), c.holds),
            ("230万元/1.5亿元=1.53%", true)
        );
    }

    #[test]
    fn averages_are_named_by_their_words() {
        // (平均每乡镇9项 and the figures it is checked against, from the module's example.)
        assert!(names_an_average("平均每乡镇特色履职事项"));
        assert!(names_an_average("每个乡镇特色履职事项"));
        assert!(names_an_average("年平均"));
        assert!(!names_an_average("特色履职事项"));
        assert!(!names_an_average("乡镇"));
    }

    #[test]
    fn rounding_and_truncation() {
        assert_eq!(agree(1837.0 / 1870.0 * 100.0, 98.2, 1), Agreement::Rounded);
        assert_eq!(agree(2.0 / 50.0 * 100.0, 4.0, 0), Agreement::Rounded);
        assert_eq!(agree(58.0 / 60.0 * 100.0, 96.66, 2), Agreement::Truncated);
        assert_eq!(agree(7.0 / 30.0 * 100.0, 23.33, 2), Agreement::Rounded);
        assert_eq!(agree(71.0 / 12.0, 6.0, 0), Agreement::Rounded);
        assert_eq!(agree(1.0 / 3.0 * 100.0, 50.0, 0), Agreement::No);
    }
}
