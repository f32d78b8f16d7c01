//! Stage 5, checks: relations the text lets us verify.
//!
//! - [`sum`]: parts adding up to a stated whole (维持93+撤销26+调解28+驳回16 = 审结163);
//! - [`rate`]: percentages and averages implied by counts (败诉2 of 50 = 4%, 108/12 = 9);
//! - [`subset`]: a part not larger than its whole (办结 ≤ 受理, 其中426人 ≤ 2227人);
//! - [`parts`]: the regulation's required parts R1–R5;
//! - [`timeliness`]: published before 1 April of the following year;
//! - [`rate_base`]: a printed rate against its counts stated in another sentence;
//! - [`consistency`]: the same quantity stated twice must agree.
//!
//! Relations are looked for inside one sentence, where reports state them, except the two that
//! follow a quantity through the report by its indicator (`rate_base`, `consistency`); each check
//! names the metrics involved and writes the relation out (`93+26+28+16=163`, `2/50=4%`).

pub mod consistency;
pub mod parts;
pub mod rate;
pub mod rate_base;
pub mod subset;
pub mod sum;
pub mod timeliness;

use crate::model::{Bilingual, CheckKind, Finding, FindingKind, Report};
use crate::sentences::Context;
use crate::span::Span;

pub fn run(ctx: &Context<'_, '_>, report: &mut Report) {
    let mut checks = Vec::new();
    checks.extend(sum::find(ctx, report));
    checks.extend(rate::find(ctx, report));
    checks.extend(subset::find(ctx, report, &checks));
    checks.extend(rate_base::find(report, &checks));
    checks.extend(consistency::find(ctx, report));
    report.parts = parts::coverage(ctx, report);
    checks.extend(parts::checks(report));
    checks.extend(timeliness::check(report));
    crate::sort::by_key(&mut checks, |c| (c.span.start, c.span.end));
    for c in checks.iter().filter(|c| !c.holds) {
        let (kind, what) = match c.kind {
            // A missing part has its own wording (which part, where it was looked for).
            CheckKind::Completeness => {
                report.findings.push(parts::finding(c, report));
                continue;
            }
            CheckKind::Timeliness => (FindingKind::Timeliness, "Published after 31 March"),
            CheckKind::Sum => (FindingKind::ArithmeticMismatch, "The parts do not add up"),
            CheckKind::Rate => (
                FindingKind::ArithmeticMismatch,
                "The rate does not follow from the counts",
            ),
            CheckKind::Subset => (
                FindingKind::ArithmeticMismatch,
                "A part is larger than its whole",
            ),
            CheckKind::Consistency => (
                FindingKind::ArithmeticMismatch,
                "The same figure is stated differently",
            ),
        };
        // The Chinese note is the canonical explanation; the English message names the kind
        // of relation and writes it out.
        report.findings.push(Finding {
            kind,
            message: Bilingual {
                en: format!("{what}: {}", c.relation),
                zh: format!("不成立：{} {}", c.relation, c.note),
            },
            span: Some(c.span),
        });
    }
    report.checks = checks;
    report.findings.extend(parts::type_finding(report));
}

/// The span from the first to the last metric of a check.
pub fn span_of(report: &Report, metrics: &[usize]) -> Span {
    let start = metrics
        .iter()
        .map(|&i| report.metrics[i].span.start)
        .min()
        .unwrap_or(0);
    let end = metrics
        .iter()
        .map(|&i| report.metrics[i].span.end)
        .max()
        .unwrap_or(start);
    Span::new(start, end)
}

/// A metric's quantity with its magnitude word multiplied out (1.5亿元 and 230万元 compare as
/// 150000000 and 2300000), so figures written with different magnitudes can be related.
/// Whether `s` holds 其中.
pub fn has_qizhong(s: &str) -> bool {
    find_qizhong(s).is_some()
}

/// Where the first 其中 of `s` starts: memchr's vectorised search for its last byte (AD, which
/// ends one character in sixty-odd), then a compare ([`crate::text::find_str`]). Most stretches
/// asked about (between two figures of a sentence) are a few dozen bytes, where a `memmem`
/// searcher's call cost more than the search (≈ 290 instructions a call over the seeds).
pub fn find_qizhong(s: &str) -> Option<usize> {
    crate::text::find_str(s, "其中")
}

pub fn value(report: &Report, i: usize) -> f64 {
    let m = &report.metrics[i];
    m.base.as_ref().map_or(&m.value, |b| &b.value).to_f64()
}

/// Calls `f` with the checks' inputs (the sentences' context and the report as `extract`
/// leaves it) for every seed report and each of `extra`: for the tests that pin a check's
/// pretest to the check without it.
#[cfg(test)]
pub(crate) fn for_each_context(extra: &[&str], mut f: impl FnMut(&str, &Context<'_, '_>, &Report)) {
    let mut texts = crate::test_seeds::seeds();
    texts.extend(extra.iter().map(|t| ("extra".to_string(), t.to_string())));
    for (name, text) in texts {
        let options = crate::Options::default();
        let cleaned = crate::clean::clean(&text);
        let meta = crate::meta::read_meta(&cleaned, &options);
        let outline = crate::outline::build(&cleaned, &meta);
        let body_from = meta.title_range.map_or(0, |(_, end)| end);
        let positions = crate::metrics::extract(&cleaned, &outline, body_from).positions;
        let ctx = Context::new(&cleaned, &outline, &positions);
        let report = crate::extract(&text, &options);
        assert_eq!(report.metrics.len(), positions.len(), "{name}");
        f(&name, &ctx, &report);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn qizhong_found_from_its_last_byte_where_a_searcher_finds_it() {
        let mut texts = crate::test_seeds::seed_lines();
        texts.extend(crate::test_seeds::line_ends());
        texts.extend(
            [
                "其中",
                "其其中中",
                "中其中",
                "其中其中",
                "其\u{AD}中",
                "其",
                "",
            ]
            .map(String::from),
        );
        let mut found = 0;
        for t in &texts {
            let fast = super::find_qizhong(t);
            assert_eq!(
                fast,
                memchr::memmem::find(t.as_bytes(), "其中".as_bytes()),
                "{t}"
            );
            found += usize::from(fast.is_some());
        }
        assert!(found > 20, "{found}");
    }
}
