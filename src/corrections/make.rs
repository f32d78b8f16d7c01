//! Corrections made from the UI's edits: each gets an id unique across tabs (the tab's name
//! and a counter), the time, and the group of the user action it belongs to (undo takes a
//! group back whole).

use gangmu_core::corrections::{Anchor, Change, Correction, Fact, MetricField, NewMetric};
use gangmu_core::{Metric, ReviewStatus, Span};
use std::cell::Cell;

thread_local! {
    static NEXT: Cell<u64> = const { Cell::new(1) };
}

/// A fresh correction id: `<tab>-c<n>`.
pub fn fresh_id() -> String {
    let n = NEXT.with(|c| {
        let n = c.get();
        c.set(n + 1);
        n
    });
    format!("{}-c{n}", crate::state::tab())
}

/// One user action's corrections, made at `time` (ms since the epoch).
pub struct Action {
    group: String,
    time: u64,
    pub ops: Vec<Correction>,
}

impl Action {
    pub fn new(time: f64) -> Action {
        Action {
            group: fresh_id(),
            time: time.max(0.0) as u64,
            ops: Vec::new(),
        }
    }

    fn push(&mut self, change: Change) {
        self.ops.push(Correction {
            id: fresh_id(),
            time: self.time,
            group: Some(self.group.clone()),
            change,
        });
    }

    /// Sets `field` of the metric `m` of the report whose text is `text`.
    pub fn edit_metric(&mut self, text: &str, m: &Metric, field: MetricField) {
        let at = Anchor::at(text, m.span);
        self.push(Change::EditMetric { at, set: field });
    }

    /// 不是指标.
    pub fn remove_metric(&mut self, text: &str, m: &Metric) {
        let at = Anchor::at(text, m.span);
        self.push(Change::RemoveMetric { at });
    }

    /// A metric the extractor missed, at the selected `span`.
    pub fn add_metric(&mut self, text: &str, span: Span, metric: NewMetric) {
        let at = Anchor::at(text, span);
        self.push(Change::AddMetric { at, metric });
    }

    pub fn edit_fact(&mut self, set: Fact) {
        self.push(Change::EditFact { set });
    }

    /// Marks a finding reviewed or dismissed (its place, kind and Chinese message identify
    /// it).
    pub fn review(
        &mut self,
        text: &str,
        finding: &gangmu_core::Finding,
        status: ReviewStatus,
        note: Option<String>,
    ) {
        self.push(Change::ReviewFinding {
            at: finding.span.map(|s| Anchor::at(text, s)),
            finding: finding.kind,
            message: finding.message.zh.clone(),
            status,
            note,
        });
    }
}

/// A copy of a correction with a fresh id (redo), in `group`.
pub fn renewed(c: &Correction, group: &str) -> Correction {
    Correction {
        id: fresh_id(),
        group: Some(group.to_string()),
        ..c.clone()
    }
}
