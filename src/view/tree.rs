//! The outline as visible rows of a collapsible tree.

use gangmu_core::Report;
use std::collections::BTreeSet;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TreeRow {
    /// Index into `Report::outline`.
    pub index: usize,
    /// 0 for top-level headings.
    pub depth: usize,
    pub has_children: bool,
    pub expanded: bool,
    /// Metrics in the section, sub-sections included.
    pub metrics: usize,
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

/// Rows in document order, skipping the children of collapsed headings.
pub fn rows(report: &Report, collapsed: &BTreeSet<usize>) -> Vec<TreeRow> {
    let counts = gangmu_xlsx::table::metric_counts(report);
    let n = report.outline.len();
    let mut has_children = vec![false; n];
    for h in &report.outline {
        if let Some(p) = h.parent.filter(|&p| p < n) {
            has_children[p] = true;
        }
    }
    (0..n)
        .filter(|&i| {
            // Hidden when any ancestor is collapsed.
            let mut at = report.outline[i].parent;
            let mut guard = 0;
            while let Some(p) = at.filter(|&p| p < n) {
                if collapsed.contains(&p) || guard > 8 {
                    return false;
                }
                guard += 1;
                at = report.outline[p].parent;
            }
            true
        })
        .map(|i| TreeRow {
            index: i,
            depth: depth(report, i),
            has_children: has_children[i],
            expanded: !collapsed.contains(&i),
            metrics: counts[i],
        })
        .collect()
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
