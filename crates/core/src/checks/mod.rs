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

use crate::clean::Cleaned;
use crate::model::{Bilingual, Check, Finding, FindingKind, Report};
use crate::outline::Outline;
use crate::span::Span;

/// Longest sentence (bytes) the checks read as one.
const MAX_SENTENCE: usize = 600;

/// What the checks look at besides the report: where each metric's number stands in the
/// cleaned text, so sentences and brackets can be read.
pub struct Context<'a, 'c> {
    pub cleaned: &'a Cleaned<'c>,
    pub outline: &'a Outline,
    /// Cleaned-text range of each metric's number and unit, parallel to `report.metrics`.
    pub positions: &'a [(usize, usize)],
    /// Metrics grouped by sentence, in text order (computed once).
    groups: Vec<Vec<usize>>,
}

impl<'a, 'c> Context<'a, 'c> {
    pub fn new(
        cleaned: &'a Cleaned<'c>,
        outline: &'a Outline,
        positions: &'a [(usize, usize)],
    ) -> Self {
        let mut ctx = Context {
            cleaned,
            outline,
            positions,
            groups: Vec::new(),
        };
        let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
        // One forward pass: the last sentence end seen before each metric (metrics are in
        // text order), capped like `sentence_start`.
        let text = cleaned.text.as_str();
        let mut scanned = 0;
        let mut last_end = 0;
        for (i, &(s, _)) in positions.iter().enumerate() {
            if s >= scanned {
                for (off, c) in text[scanned..s].char_indices() {
                    if matches!(c, '。' | '！' | '？' | '\n')
                        && ends_sentence(text, scanned + off, c)
                    {
                        last_end = scanned + off + c.len_utf8();
                    }
                }
                scanned = s;
            }
            let floor = s - crate::text::window(text, s.saturating_sub(MAX_SENTENCE), s).len();
            let key = last_end.max(floor);
            match groups.last_mut() {
                Some((k, g)) if *k == key => g.push(i),
                _ => groups.push((key, vec![i])),
            }
        }
        ctx.groups = groups.into_iter().map(|(_, g)| g).collect();
        ctx
    }
}

/// Whether the mark `c` at `at` ends a sentence for the checks. A total and the breakdown
/// after it are one sentence: `…120件。其中：` goes on, and so does a line that ends in a colon
/// or a semicolon (其中：⏎1.行政处罚类45件；⏎2.…).
fn ends_sentence(text: &str, at: usize, c: char) -> bool {
    match c {
        '\n' => !text[..at].trim_end().ends_with(['：', ':', '；', ';']),
        _ => !text[at + c.len_utf8()..].starts_with("其中"),
    }
}

impl Context<'_, '_> {
    /// Start of the sentence holding cleaned-text position `pos`. A sentence ends at 。！？ or a
    /// line break; semicolons stay inside it (办理各类案件179件,其中…;办理其他事项34件).
    pub fn sentence_start(&self, pos: usize) -> usize {
        let text = &self.cleaned.text;
        // Bounded look-back: a run-on "sentence" longer than this is read in pieces, which
        // keeps every check linear on pathological input.
        let floor = pos - crate::text::window(text, pos.saturating_sub(MAX_SENTENCE), pos).len();
        let mut end = pos;
        while let Some(p) = text[floor..end].rfind(['。', '！', '？', '\n']) {
            let at = floor + p;
            let c = text[at..].chars().next().unwrap_or('\n');
            if ends_sentence(text, at, c) {
                return at + c.len_utf8();
            }
            end = at;
        }
        floor
    }

    /// Metrics grouped by sentence, in text order.
    pub fn sentences(&self) -> &[Vec<usize>] {
        &self.groups
    }
}

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
    checks.sort_by_key(|c| (c.span.start, c.span.end));
    for c in checks.iter().filter(|c| !c.holds) {
        if c.kind == crate::model::CheckKind::Completeness {
            report.findings.push(parts::finding(c, report));
            continue;
        }
        report.findings.push(Finding {
            kind: match c.kind {
                crate::model::CheckKind::Completeness => FindingKind::MissingPart,
                crate::model::CheckKind::Timeliness => FindingKind::Timeliness,
                _ => FindingKind::ArithmeticMismatch,
            },
            message: Bilingual {
                en: format!("Does not hold: {} {}", c.relation, c.note_en()),
                zh: format!("不成立：{} {}", c.relation, c.note),
            },
            span: Some(c.span),
        });
    }
    report.checks = checks;
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
pub fn value(report: &Report, i: usize) -> f64 {
    let m = &report.metrics[i];
    m.base.as_ref().map_or(&m.value, |b| &b.value).to_f64()
}

impl Check {
    /// The note in English, for the CLI's English message (the Chinese note is canonical).
    pub fn note_en(&self) -> String {
        String::new()
    }
}
