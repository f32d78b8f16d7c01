//! The outline as visible rows of a collapsible tree.

use gangmu_core::Report;
use std::collections::BTreeSet;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    Heading,
    /// An enumerated point (一是…) of the heading `index`; `point` indexes `Report::points`.
    Point {
        point: usize,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TreeRow {
    pub kind: RowKind,
    /// Index into `Report::outline` (for a point: its section).
    pub index: usize,
    /// 0 for top-level headings.
    pub depth: usize,
    pub has_children: bool,
    pub expanded: bool,
    /// Metrics in the section, sub-sections included.
    pub metrics: usize,
    /// Of those, the ones the user corrected or added.
    pub corrected: usize,
}

/// Corrected or added metrics per heading, sub-sections included.
fn corrected_counts(report: &Report) -> Vec<usize> {
    let n = report.outline.len();
    let mut counts = vec![0; n];
    for m in report.metrics.iter().filter(|m| m.correction.is_some()) {
        let mut at = m.section.filter(|&s| s < n);
        let mut guard = 0;
        while let Some(s) = at {
            counts[s] += 1;
            guard += 1;
            if guard > 8 {
                break;
            }
            at = report.outline[s].parent.filter(|&p| p < n);
        }
    }
    counts
}

/// Depth of heading `i` (parent chain length), guarded against malformed parents.
fn depth(report: &Report, i: usize) -> usize {
    let mut d = 0;
    let mut at = report.outline.get(i).and_then(|h| h.parent);
    while let Some(p) = at {
        if d > 8 || p >= report.outline.len() {
            break;
        }
        d += 1;
        at = report.outline[p].parent;
    }
    d
}

/// True when heading `i` is `ancestor` or lies inside it.
pub fn is_within(report: &Report, i: usize, ancestor: usize) -> bool {
    let mut at = Some(i);
    let mut guard = 0;
    while let Some(j) = at {
        if j == ancestor {
            return true;
        }
        guard += 1;
        if guard > 10 {
            return false;
        }
        at = report.outline.get(j).and_then(|h| h.parent);
    }
    false
}

/// Rows in document order, skipping the children of collapsed headings. A heading's points
/// follow it directly (before its sub-headings).
pub fn rows(report: &Report, collapsed: &BTreeSet<usize>) -> Vec<TreeRow> {
    let counts = gangmu_xlsx::table::metric_counts(report);
    let corrected = corrected_counts(report);
    let n = report.outline.len();
    let mut has_children = vec![false; n];
    let mut points: Vec<Vec<usize>> = vec![Vec::new(); n];
    for h in &report.outline {
        if let Some(p) = h.parent.filter(|&p| p < n) {
            has_children[p] = true;
        }
    }
    for (j, p) in report.points.iter().enumerate() {
        if let Some(i) = p.section.filter(|&i| i < n) {
            points[i].push(j);
            has_children[i] = true;
        }
    }
    let hidden = |i: usize| {
        // Hidden when any ancestor is collapsed.
        let mut at = report.outline[i].parent;
        let mut guard = 0;
        while let Some(p) = at.filter(|&p| p < n) {
            if collapsed.contains(&p) || guard > 8 {
                return true;
            }
            guard += 1;
            at = report.outline[p].parent;
        }
        false
    };
    let mut out = Vec::new();
    for i in (0..n).filter(|&i| !hidden(i)) {
        let expanded = !collapsed.contains(&i);
        let d = depth(report, i);
        out.push(TreeRow {
            kind: RowKind::Heading,
            index: i,
            depth: d,
            has_children: has_children[i],
            expanded,
            metrics: counts[i],
            corrected: corrected[i],
        });
        if expanded {
            out.extend(points[i].iter().map(|&j| TreeRow {
                kind: RowKind::Point { point: j },
                index: i,
                depth: d + 1,
                has_children: false,
                expanded: false,
                metrics: 0,
                corrected: 0,
            }));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use gangmu_core::{Heading, Span};

    fn h(level: u8, parent: Option<usize>) -> Heading {
        Heading {
            level,
            marker: String::new(),
            title: String::new(),
            inferred: false,
            part: None,
            span: Span::default(),
            body: Span::default(),
            parent,
        }
    }

    fn report() -> Report {
        Report {
            outline: vec![h(1, None), h(2, Some(0)), h(3, Some(1)), h(1, None)],
            ..Report::default()
        }
    }

    #[test]
    fn points_follow_their_heading_and_fold_with_it() {
        let mut r = report();
        r.points = vec![gangmu_core::Point {
            marker: "一是".into(),
            title: "健全制度".into(),
            section: Some(3),
            span: Span::default(),
        }];
        let all = rows(&r, &BTreeSet::new());
        assert_eq!(all.last().unwrap().kind, RowKind::Point { point: 0 });
        assert_eq!(all.last().unwrap().depth, 1);
        assert!(all[3].has_children);
        let folded = rows(&r, &BTreeSet::from([3]));
        assert!(folded.iter().all(|row| row.kind == RowKind::Heading));
    }

    #[test]
    fn collapsing_hides_descendants_only() {
        let r = report();
        let all = rows(&r, &BTreeSet::new());
        assert_eq!(
            all.iter().map(|r| (r.index, r.depth)).collect::<Vec<_>>(),
            vec![(0, 0), (1, 1), (2, 2), (3, 0)]
        );
        assert!(all[0].has_children && !all[3].has_children);
        let folded = rows(&r, &BTreeSet::from([0]));
        assert_eq!(
            folded.iter().map(|r| r.index).collect::<Vec<_>>(),
            vec![0, 3]
        );
        assert!(!folded[0].expanded);
    }

    #[test]
    fn within_follows_parents() {
        let r = report();
        assert!(is_within(&r, 2, 0));
        assert!(!is_within(&r, 3, 0));
    }
}
