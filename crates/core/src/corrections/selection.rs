//! A metric read from text the user selected, for "add a missed metric".
//!
//! The user selects the figure (and perhaps its words) in the source view; the core proposes
//! value, unit, qualifier, kind and a label, and the user confirms or edits them. The metrics
//! stage is tried first on the selection alone, so the proposal reads the number exactly as an
//! extracted metric would; where it rejects the number (the reason it was missed, often), the
//! first numeral is read with the unit and qualifier words around it.

use super::NewMetric;
use crate::clean;
use crate::lexicon::units;
use crate::metrics::{self, qualifier};
use crate::model::MetricKind;
use crate::numeral::{self, Per};
use crate::outline::Outline;
use crate::span::Span;

/// Longest selection read (bytes): a figure and its clause, not a whole section.
const MAX_SELECTION: usize = 2_000;

/// The metric the selection `span` of `text` states, or `None` when it holds no number.
pub fn read_selection(text: &str, span: Span) -> Option<NewMetric> {
    let selected = span.slice(text);
    if selected.trim().is_empty() || selected.len() > MAX_SELECTION {
        return None;
    }
    as_extracted(selected).or_else(|| first_numeral(selected))
}

/// The first metric the metrics stage finds in the selection.
fn as_extracted(selected: &str) -> Option<NewMetric> {
    let cleaned = clean::clean(selected);
    let found = metrics::extract(&cleaned, &Outline::default(), 0);
    let m = found.metrics.into_iter().next()?;
    Some(NewMetric {
        value: m.value,
        unit: m.unit,
        qualifier: m.qualifier,
        kind: m.kind,
        direction: m.direction,
        label: m.label,
        indicator: None,
    })
}

/// The first numeral of the selection with the unit right after it and a qualifier word
/// around it; the words before it are the label.
fn first_numeral(selected: &str) -> Option<NewMetric> {
    let (at, n) = selected
        .char_indices()
        .filter(|&(_, c)| numeral::may_start(c))
        .find_map(|(i, _)| numeral::read(selected, i).map(|n| (i, n)))?;
    let magnitude_at = n.magnitude_at.unwrap_or(n.end);
    let (unit, kind, unit_end) = match (n.per, units::match_unit(&selected[n.end..])) {
        (Some(Per::Cent), _) => (Some("%".to_string()), MetricKind::Percent, n.end),
        (Some(Per::Mille), _) => (Some("‰".to_string()), MetricKind::Percent, n.end),
        (None, Some(u)) => (
            Some(selected[magnitude_at..n.end + u.len].to_string()),
            u.kind,
            n.end + u.len,
        ),
        (None, None) => (
            Some(selected[magnitude_at..n.end].to_string()).filter(|u| !u.is_empty()),
            MetricKind::Count,
            n.end,
        ),
    };
    let before = qualifier::prefix(selected, at).map(|(q, _, _)| q);
    let after = qualifier::suffix(&selected[unit_end..]).map(|(q, _, _)| q);
    let label = selected[..qualifier::prefix(selected, at).map_or(at, |(_, s, _)| s)]
        .trim_matches(|c: char| c.is_whitespace() || "，,。；;：:、".contains(c))
        .to_string();
    Some(NewMetric {
        value: n.value,
        unit,
        qualifier: qualifier::combine(before, after),
        kind,
        direction: None,
        label,
        indicator: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> NewMetric {
        read_selection(s, Span::new(0, s.len())).unwrap()
    }

    #[test]
    fn a_figure_reads_as_the_metrics_stage_reads_it() {
        let m = read("审结行政复议案件58件");
        assert_eq!(m.value.to_string(), "58");
        assert_eq!(m.unit.as_deref(), Some("件"));
        assert_eq!(m.kind, MetricKind::Count);
        assert!(m.label.contains("审结"), "{}", m.label);
        let m = read("网办率达99%以上");
        assert_eq!(m.value.to_string(), "99");
        assert_eq!(m.unit.as_deref(), Some("%"));
        assert_eq!(m.qualifier.map(|q| q.as_str()), Some("以上"));
        let m = read("投入资金23.07亿元");
        assert_eq!(m.unit.as_deref(), Some("亿元"));
        assert_eq!(m.kind, MetricKind::Money);
    }

    #[test]
    fn a_number_the_stage_rejects_is_still_read() {
        // A lone 一 is never a metric for the extractor, but the user says it is one.
        let m = read("一案例入选");
        assert_eq!(m.value.to_string(), "1");
        assert_eq!(m.kind, MetricKind::Count);
    }

    #[test]
    fn no_number_no_metric() {
        assert!(read_selection("依法行政", Span::new(0, 12)).is_none());
        assert!(read_selection("", Span::new(0, 0)).is_none());
        assert!(read_selection("abc", Span::new(2, 99)).is_none());
    }
}
