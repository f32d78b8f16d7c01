//! Undo and redo (Ctrl+Z, Ctrl+Shift+Z) of corrections, **per report**: each report has its
//! own steps, and the keys act on the report on screen, as each document in an editor has its
//! own undo. A global history would let Ctrl+Z while reading report B silently take back the
//! last correction made on report A, out of sight; per report, what changes is always what the
//! user is looking at (and the page says what was undone).
//!
//! Each user action is one step (a group of corrections on one report). Undo withdraws the
//! step's corrections; redo adds fresh copies of them (new ids), so logs only grow and merge
//! cleanly with other tabs'.

use gangmu_core::corrections::Correction;
use std::collections::BTreeMap;

/// One user action: the corrections it added to one report.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// The report's key.
    pub key: String,
    pub ops: Vec<Correction>,
}

/// One report's steps.
#[derive(Clone, Debug, Default, PartialEq)]
struct Stacks {
    done: Vec<Step>,
    undone: Vec<Step>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    /// By report key.
    reports: BTreeMap<String, Stacks>,
}

impl History {
    /// A new action: it can be undone; what was undone before on that report can no longer
    /// be redone.
    pub fn record(&mut self, step: Step) {
        let stacks = self.reports.entry(step.key.clone()).or_default();
        stacks.done.push(step);
        stacks.undone.clear();
    }

    pub fn can_undo(&self, key: &str) -> bool {
        self.reports.get(key).is_some_and(|s| !s.done.is_empty())
    }

    pub fn can_redo(&self, key: &str) -> bool {
        self.reports.get(key).is_some_and(|s| !s.undone.is_empty())
    }

    /// The report's last action, to withdraw.
    pub fn undo(&mut self, key: &str) -> Option<Step> {
        let stacks = self.reports.get_mut(key)?;
        let step = stacks.done.pop()?;
        stacks.undone.push(step.clone());
        Some(step)
    }

    /// The report's last undone action, to add again: `renew` gives each copy a fresh id
    /// and group.
    pub fn redo(
        &mut self,
        key: &str,
        renew: impl FnMut(&Correction) -> Correction,
    ) -> Option<Step> {
        let stacks = self.reports.get_mut(key)?;
        let step = stacks.undone.pop()?;
        let again = Step {
            key: step.key,
            ops: step.ops.iter().map(renew).collect(),
        };
        stacks.done.push(again.clone());
        Some(again)
    }

    /// A report's corrections as steps that can be undone (one per group, in time order),
    /// after a reload: undo reaches back across visits.
    pub fn restore(&mut self, key: &str, log: &crate::corrections::log::Log) {
        let mut steps: Vec<Step> = Vec::new();
        for op in log.live() {
            match steps
                .iter_mut()
                .find(|s| op.group.is_some() && s.ops[0].group == op.group)
            {
                Some(step) => step.ops.push(op),
                None => steps.push(Step {
                    key: key.to_string(),
                    ops: vec![op],
                }),
            }
        }
        let stacks = self.reports.entry(key.to_string()).or_default();
        stacks.done.extend(steps);
        stacks
            .done
            .sort_by_key(|s| s.ops.first().map_or(0, |o| o.time));
    }

    /// A report left the workspace: its steps go too.
    pub fn forget(&mut self, key: &str) {
        self.reports.remove(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gangmu_core::corrections::{Change, Fact};

    fn step(key: &str, id: &str) -> Step {
        Step {
            key: key.into(),
            ops: vec![Correction {
                id: id.into(),
                time: 0,
                group: None,
                change: Change::EditFact {
                    set: Fact::Year(Some(2023)),
                },
            }],
        }
    }

    #[test]
    fn each_report_undoes_only_its_own_steps() {
        let mut h = History::default();
        h.record(step("a", "a1"));
        h.record(step("b", "b1"));
        h.record(step("a", "a2"));
        assert!(h.can_undo("b") && !h.can_undo("c"));
        assert_eq!(h.undo("b").map(|s| s.ops[0].id.clone()), Some("b1".into()));
        assert!(h.undo("b").is_none(), "b has nothing more; a's steps stay");
        assert_eq!(h.undo("a").map(|s| s.ops[0].id.clone()), Some("a2".into()));
        assert!(h.can_redo("a") && h.can_redo("b"));
        // A new action on a clears a's redo only.
        h.record(step("a", "a3"));
        assert!(!h.can_redo("a") && h.can_redo("b"));
        let again = h.redo("b", |c| Correction {
            id: format!("{}'", c.id),
            ..c.clone()
        });
        assert_eq!(again.map(|s| s.ops[0].id.clone()), Some("b1'".into()));
        h.forget("a");
        assert!(!h.can_undo("a") && h.can_undo("b"));
    }
}
