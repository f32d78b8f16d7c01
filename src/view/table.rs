//! The metric table: filter by kind, section and free text; sort by any column.

use super::tree::is_within;
use gangmu_core::{Metric, MetricKind, Report};
use std::cmp::Ordering;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Column {
    /// Document order.
    #[default]
    Position,
    Label,
    Value,
    Unit,
    Qualifier,
    Kind,
    Direction,
    Section,
    /// The canonical indicator (by id).
    Indicator,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sort {
    pub column: Column,
    pub descending: bool,
}

impl Sort {
    /// Clicking a header: the same column flips the order, another one sorts ascending.
    pub fn toggled(self, column: Column) -> Sort {
        if self.column == column {
            Sort {
                column,
                descending: !self.descending,
            }
        } else {
            Sort {
                column,
                descending: false,
            }
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub kind: Option<MetricKind>,
    /// A heading; its sub-sections are included.
    pub section: Option<usize>,
    /// Matched against label, source text, unit and section title.
    pub text: String,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        self.kind.is_none() && self.section.is_none() && self.text.trim().is_empty()
    }
}

fn matches(report: &Report, m: &Metric, filter: &Filter, needle: &str) -> bool {
    if filter.kind.is_some_and(|k| k != m.kind) {
        return false;
    }
    if let Some(s) = filter.section {
        match m.section {
            Some(ms) if is_within(report, ms, s) => {}
            _ => return false,
        }
    }
    if needle.is_empty() {
        return true;
    }
    let section = gangmu_xlsx::table::section_label(report, m.section);
    [
        m.label.as_str(),
        m.text.as_str(),
        m.unit.as_deref().unwrap_or(""),
        section.as_str(),
        m.indicator.as_deref().unwrap_or(""),
    ]
    .iter()
    .any(|s| s.to_lowercase().contains(needle))
}

/// Indices into `report.metrics` that pass `filter`, ordered by `sort`.
pub fn visible(report: &Report, filter: &Filter, sort: Sort) -> Vec<usize> {
    let needle = filter.text.trim().to_lowercase();
    let mut rows: Vec<usize> = report
        .metrics
        .iter()
        .enumerate()
        .filter(|(_, m)| matches(report, m, filter, &needle))
        .map(|(i, _)| i)
        .collect();
    if sort.column != Column::Position || sort.descending {
        let m = &report.metrics;
        gangmu_core::sort::by(&mut rows, |&a, &b| {
            let ord = compare(&m[a], &m[b], sort.column).then(a.cmp(&b));
            if sort.descending {
                ord.reverse()
            } else {
                ord
            }
        });
    }
    rows
}

fn compare(a: &Metric, b: &Metric, column: Column) -> Ordering {
    match column {
        Column::Position => a.span.start.cmp(&b.span.start),
        Column::Label => a.label.cmp(&b.label),
        // By the base value where both have one (亿元 vs 万元), else as written.
        Column::Value => match (&a.base, &b.base) {
            (Some(x), Some(y)) if x.unit == y.unit => x.value.cmp(&y.value),
            _ => a.value.cmp(&b.value),
        },
        Column::Unit => a.unit.cmp(&b.unit),
        Column::Qualifier => a
            .qualifier
            .map(|q| q.as_str())
            .cmp(&b.qualifier.map(|q| q.as_str())),
        Column::Kind => a.kind.as_str().cmp(b.kind.as_str()),
        Column::Direction => a
            .direction
            .map(|d| d as u8)
            .cmp(&b.direction.map(|d| d as u8)),
        Column::Section => a.section.cmp(&b.section),
        Column::Indicator => a.indicator.cmp(&b.indicator),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gangmu_core::{Decimal, Heading, Span};

    fn metric(
        label: &str,
        value: &str,
        kind: MetricKind,
        section: Option<usize>,
        at: usize,
    ) -> Metric {
        Metric {
            value: Decimal::parse(value).unwrap(),
            unit: None,
            qualifier: None,
            qualifier_text: None,
            kind,
            direction: None,
            label: label.into(),
            section,
            span: Span::new(at, at + 1),
            text: value.into(),
            base: None,
            indicator: None,
            correction: None,
        }
    }

    fn report() -> Report {
        let h = |parent| Heading {
            level: 1,
            marker: "一、".into(),
            title: "举措".into(),
            inferred: false,
            part: None,
            span: Span::default(),
            body: Span::default(),
            parent,
        };
        Report {
            outline: vec![h(None), h(Some(0)), h(None)],
            metrics: vec![
                metric("受理案件", "163", MetricKind::Count, Some(1), 10),
                metric("办结率", "98.5", MetricKind::Percent, Some(0), 20),
                metric("培训", "12", MetricKind::Count, Some(2), 30),
            ],
            ..Report::default()
        }
    }

    #[test]
    fn section_filter_includes_subsections() {
        let r = report();
        let f = Filter {
            section: Some(0),
            ..Filter::default()
        };
        assert_eq!(visible(&r, &f, Sort::default()), vec![0, 1]);
    }

    #[test]
    fn kind_and_text_filters_combine() {
        let r = report();
        let f = Filter {
            kind: Some(MetricKind::Count),
            text: "培训".into(),
            ..Filter::default()
        };
        assert_eq!(visible(&r, &f, Sort::default()), vec![2]);
    }

    #[test]
    fn sorting_by_value_compares_numbers_not_strings() {
        let r = report();
        let s = Sort::default().toggled(Column::Value);
        assert_eq!(visible(&r, &Filter::default(), s), vec![2, 1, 0]);
        assert_eq!(
            visible(&r, &Filter::default(), s.toggled(Column::Value)),
            vec![0, 1, 2]
        );
    }
}
