//! The source text as blocks (lines, long lines cut) and each block as highlighted segments.
//!
//! Highlights come only from the core's spans: UTF-8 byte ranges into the text as given. The
//! text is sliced here in Rust at those byte offsets (snapped to character boundaries, so a
//! stale span can never panic) and each piece becomes one DOM text node; the browser sees
//! UTF-16 only through those strings.

use gangmu_core::{FindingKind, Report, Span};
use std::ops::Range;

/// Longest block in bytes: a 50 MB file with no line breaks still virtualises.
pub const MAX_BLOCK: usize = 2048;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkKind {
    Title,
    Heading(usize),
    Metric(usize),
    Date {
        repaired: bool,
    },
    /// A repair the clean stage made (dropped 年/月/日 …).
    Repair,
    Removed(FindingKind),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mark {
    pub span: Span,
    pub kind: MarkKind,
}

/// Blocks and marks of one report, built once per report.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SourceModel {
    pub blocks: Vec<Range<usize>>,
    /// Short marks sorted by start.
    marks: Vec<Mark>,
    longest: usize,
    /// Removed stretches, sorted.
    pub removed: Vec<(Span, FindingKind)>,
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Byte ranges of lines (without the line break), long lines cut at `MAX_BLOCK`.
pub fn blocks(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.trim_end_matches(['\n', '\r']).len();
        let mut s = start;
        while end - s > MAX_BLOCK {
            // MAX_BLOCK is far longer than a character, so the cut always moves forward.
            let cut = floor_boundary(text, s + MAX_BLOCK);
            out.push(s..cut);
            s = cut;
        }
        out.push(s..end);
        start += line.len();
    }
    if text.is_empty() {
        out.push(0..0);
    }
    out
}

impl SourceModel {
    pub fn new(text: &str, report: &Report) -> Self {
        let mut marks = Vec::new();
        if let Some(span) = report.title_span {
            marks.push(Mark {
                span,
                kind: MarkKind::Title,
            });
        }
        for (i, h) in report.outline.iter().enumerate() {
            marks.push(Mark {
                span: h.span,
                kind: MarkKind::Heading(i),
            });
        }
        for (i, m) in report.metrics.iter().enumerate() {
            marks.push(Mark {
                span: m.span,
                kind: MarkKind::Metric(i),
            });
        }
        for d in &report.dates {
            marks.push(Mark {
                span: d.span,
                kind: MarkKind::Date {
                    repaired: d.repaired,
                },
            });
        }
        for f in &report.findings {
            if let (Some(span), FindingKind::DroppedDateChar) = (f.span, f.kind) {
                marks.push(Mark {
                    span,
                    kind: MarkKind::Repair,
                });
            }
        }
        marks.retain(|m| m.span.start < m.span.end && m.span.end <= text.len());
        gangmu_core::sort::by_key(&mut marks, |m| {
            (m.span.start, std::cmp::Reverse(m.span.end))
        });
        let longest = marks.iter().map(|m| m.span.len()).max().unwrap_or(0);
        let mut removed: Vec<(Span, FindingKind)> = report
            .removed
            .iter()
            .filter(|r| r.span.start < r.span.end)
            .map(|r| (r.span, r.kind))
            .collect();
        gangmu_core::sort::by_key(&mut removed, |(s, _)| s.start);
        SourceModel {
            blocks: blocks(text),
            marks,
            longest,
            removed,
        }
    }

    /// The block holding byte `pos`.
    pub fn block_of(&self, pos: usize) -> usize {
        self.blocks
            .partition_point(|b| b.end < pos)
            .min(self.blocks.len().saturating_sub(1))
    }

    /// What was left out, if the whole block was.
    pub fn removed_block(&self, block: usize) -> Option<FindingKind> {
        let b = self.blocks.get(block)?;
        self.removed
            .iter()
            .find(|(s, _)| {
                if b.start < b.end {
                    s.start <= b.start && b.end <= s.end
                } else {
                    // A blank line belongs to a removed stretch only strictly inside it.
                    s.start < b.start && b.start < s.end
                }
            })
            .map(|(_, k)| *k)
    }

    /// True when this block starts a removed stretch (where its label goes).
    pub fn starts_removed(&self, block: usize) -> bool {
        let Some(b) = self.blocks.get(block) else {
            return false;
        };
        self.removed_block(block).is_some()
            && (block == 0
                || self.removed_block(block - 1).is_none()
                || self.removed.iter().any(|(s, _)| s.start == b.start))
    }

    /// The block cut into pieces, each with the marks that cover it (outermost first).
    /// `extra` adds the boundaries of one more span (the focused one) to the cuts.
    pub fn segments(&self, text: &str, block: usize, extra: Option<Span>) -> Vec<Segment> {
        let Some(b) = self.blocks.get(block).cloned() else {
            return Vec::new();
        };
        let from = self
            .marks
            .partition_point(|m| m.span.start + self.longest < b.start);
        let to = self.marks.partition_point(|m| m.span.start < b.end);
        let mut marks: Vec<Mark> = self.marks[from..to]
            .iter()
            .filter(|m| m.span.end > b.start && m.span.start < b.end)
            .copied()
            .collect();
        for (s, k) in &self.removed {
            if s.end > b.start && s.start < b.end && !(s.start <= b.start && b.end <= s.end) {
                marks.push(Mark {
                    span: *s,
                    kind: MarkKind::Removed(*k),
                });
            }
        }
        let mut cuts = vec![b.start, b.end];
        if let Some(x) = extra {
            cuts.push(x.start.clamp(b.start, b.end));
            cuts.push(x.end.clamp(b.start, b.end));
        }
        for m in &marks {
            cuts.push(m.span.start.clamp(b.start, b.end));
            cuts.push(m.span.end.clamp(b.start, b.end));
        }
        let mut cuts: Vec<usize> = cuts.into_iter().map(|c| floor_boundary(text, c)).collect();
        gangmu_core::sort::ascending(&mut cuts);
        cuts.dedup();
        cuts.windows(2)
            .filter_map(|w| {
                let (s, e) = (w[0], w[1]);
                let piece = text.get(s..e)?;
                if piece.is_empty() {
                    return None;
                }
                let covering = marks
                    .iter()
                    .filter(|m| m.span.start <= s && e <= m.span.end)
                    .map(|m| m.kind)
                    .collect();
                Some(Segment {
                    range: s..e,
                    text: piece.to_string(),
                    marks: covering,
                })
            })
            .collect()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    pub range: Range<usize>,
    pub text: String,
    pub marks: Vec<MarkKind>,
}

impl Segment {
    /// The metric under this piece, innermost first.
    pub fn metric(&self) -> Option<usize> {
        self.marks.iter().rev().find_map(|k| match k {
            MarkKind::Metric(i) => Some(*i),
            _ => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gangmu_core::{Decimal, Heading, Metric, MetricKind, Removed};

    fn metric(text: &str, span: Span) -> Metric {
        Metric {
            value: Decimal::from_int(163),
            unit: Some("件".into()),
            qualifier: None,
            qualifier_text: None,
            kind: MetricKind::Count,
            direction: None,
            label: String::new(),
            section: None,
            span,
            text: text.into(),
            base: None,
            indicator: None,
            correction: None,
        }
    }

    #[test]
    fn blocks_are_lines_and_long_lines_are_cut_on_char_boundaries() {
        let text = "一、总体\n\n审结案件163件";
        let b = blocks(text);
        assert_eq!(b.len(), 3);
        assert_eq!(&text[b[2].clone()], "审结案件163件");
        let long = "审".repeat(2000);
        let b = blocks(&long);
        assert!(b.len() > 2);
        assert!(b
            .iter()
            .all(|r| long.is_char_boundary(r.start) && long.is_char_boundary(r.end)));
        assert_eq!(b.last().unwrap().end, long.len());
    }

    #[test]
    fn a_metric_becomes_its_own_segment() {
        let text = "一、总体\n审结案件163件。";
        let at = text.find("163").unwrap();
        let report = Report {
            outline: vec![Heading {
                level: 1,
                marker: "一、".into(),
                title: "总体".into(),
                inferred: false,
                part: None,
                span: Span::new(0, text.find('\n').unwrap()),
                body: Span::new(0, text.len()),
                parent: None,
            }],
            metrics: vec![metric("163件", Span::new(at, at + "163件".len()))],
            ..Report::default()
        };
        let model = SourceModel::new(text, &report);
        let head = model.segments(text, 0, None);
        assert_eq!(head.len(), 1);
        assert_eq!(head[0].marks, vec![MarkKind::Heading(0)]);
        let body = model.segments(text, 1, None);
        let texts: Vec<&str> = body.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, vec!["审结案件", "163件", "。"]);
        assert_eq!(body[1].metric(), Some(0));
        assert_eq!(model.block_of(at), 1);
        // A focused span adds its own cuts.
        let cut = model.segments(
            text,
            1,
            Some(Span::new(0, at - "审结案件".len() + "审结".len())),
        );
        assert_eq!(
            cut.iter().map(|s| s.text.as_str()).collect::<Vec<_>>(),
            vec!["审结", "案件", "163件", "。"]
        );
    }

    #[test]
    fn spans_inside_a_character_never_panic() {
        let text = "审结163件";
        let report = Report {
            metrics: vec![metric("x", Span::new(1, 8))],
            ..Report::default()
        };
        let model = SourceModel::new(text, &report);
        let segs = model.segments(text, 0, None);
        assert_eq!(
            segs.iter().map(|s| s.text.as_str()).collect::<String>(),
            text
        );
    }

    #[test]
    fn removed_lines_are_marked_as_blocks() {
        let text = "首页 > 政务公开\n正文\n";
        let report = Report {
            removed: vec![Removed {
                kind: FindingKind::WebChrome,
                span: Span::new(0, text.find('\n').unwrap()),
            }],
            ..Report::default()
        };
        let model = SourceModel::new(text, &report);
        assert_eq!(model.removed_block(0), Some(FindingKind::WebChrome));
        assert!(model.starts_removed(0));
        assert_eq!(model.removed_block(1), None);
    }

    #[test]
    fn a_removed_stretch_with_blank_lines_is_labelled_once() {
        let text = "正文\n重复一\n\n重复二\n\n重复三";
        let start = text.find("重复一").unwrap();
        let report = Report {
            removed: vec![Removed {
                kind: FindingKind::DuplicatedBody,
                span: Span::new(start, text.len()),
            }],
            ..Report::default()
        };
        let model = SourceModel::new(text, &report);
        let labelled: Vec<usize> = (0..model.blocks.len())
            .filter(|&b| model.starts_removed(b))
            .collect();
        assert_eq!(labelled, vec![1]);
        assert!(
            model.removed_block(2).is_some(),
            "the blank line inside is removed too"
        );
    }
}
