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

/// One user action on one report: the corrections it added (an edit) or withdrew (the user
/// discarded corrections that no longer find their place).
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// The report's key.
    pub key: String,
    pub ops: Vec<Correction>,
    pub did: Did,
}

/// What a step did to its report's log.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Did {
    #[default]
    Added,
    Discarded,
}

/// What undoing or redoing a step does to the log. Logs only grow: a correction is taken
/// back by withdrawing its id, and brought back as a fresh copy (a new id).
#[derive(Clone, Debug, PartialEq)]
pub enum Apply {
    Add(Vec<Correction>),
    Withdraw(Vec<String>),
}

impl Step {
    pub fn added(key: impl Into<String>, ops: Vec<Correction>) -> Step {
        Step {
            key: key.into(),
            ops,
            did: Did::Added,
        }
    }

    pub fn discarded(key: impl Into<String>, ops: Vec<Correction>) -> Step {
        Step {
            key: key.into(),
            ops,
            did: Did::Discarded,
        }
    }

    fn ids(&self) -> Vec<String> {
        self.ops.iter().map(|c| c.id.clone()).collect()
    }

    /// The step with fresh copies of its corrections.
    fn renewed(&self, renew: impl FnMut(&Correction) -> Correction) -> Step {
        Step {
            ops: self.ops.iter().map(renew).collect(),
            ..self.clone()
        }
    }
}

/// One report's steps.
#[derive(Clone, Debug, Default, PartialEq)]
struct Stacks {
    done: Vec<Step>,
    undone: Vec<Step>,
}

impl Stacks {
    /// The corrections of `old` came back as the copies in `new`: the other steps that name
    /// them (the edit that made a discarded correction, a discard of a redone one) name the
    /// copies from now on, so undoing them takes back what is live.
    fn rename(&mut self, old: &Step, new: &Step) {
        for (was, now) in old.ops.iter().zip(&new.ops) {
            for step in self.done.iter_mut().chain(self.undone.iter_mut()) {
                for op in step.ops.iter_mut().filter(|op| op.id == was.id) {
                    op.id = now.id.clone();
                }
            }
        }
    }
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

    /// Takes back the report's last action: an edit's corrections are withdrawn, discarded
    /// ones come back (as fresh copies from `renew`). Returns the step as it now stands and
    /// what to do to the log.
    pub fn undo(
        &mut self,
        key: &str,
        renew: impl FnMut(&Correction) -> Correction,
    ) -> Option<(Step, Apply)> {
        let stacks = self.reports.get_mut(key)?;
        let step = stacks.done.pop()?;
        let (step, apply) = match step.did {
            Did::Added => {
                let ids = step.ids();
                (step, Apply::Withdraw(ids))
            }
            Did::Discarded => {
                let back = step.renewed(renew);
                stacks.rename(&step, &back);
                let ops = back.ops.clone();
                (back, Apply::Add(ops))
            }
        };
        stacks.undone.push(step.clone());
        Some((step, apply))
    }

    /// Makes the report's last undone action again: an edit's corrections are added as fresh
    /// copies (from `renew`), a discard withdraws them again.
    pub fn redo(
        &mut self,
        key: &str,
        renew: impl FnMut(&Correction) -> Correction,
    ) -> Option<(Step, Apply)> {
        let stacks = self.reports.get_mut(key)?;
        let step = stacks.undone.pop()?;
        let (step, apply) = match step.did {
            Did::Added => {
                let again = step.renewed(renew);
                stacks.rename(&step, &again);
                let ops = again.ops.clone();
                (again, Apply::Add(ops))
            }
            Did::Discarded => {
                let ids = step.ids();
                (step, Apply::Withdraw(ids))
            }
        };
        stacks.done.push(step.clone());
        Some((step, apply))
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
                None => steps.push(Step::added(key, vec![op])),
            }
        }
        let stacks = self.reports.entry(key.to_string()).or_default();
        stacks.done.extend(steps);
        gangmu_core::sort::by_key(&mut stacks.done, |s| s.ops.first().map_or(0, |o| o.time));
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
        Step::added(
            key,
            vec![Correction {
                id: id.into(),
                time: 0,
                group: None,
                change: Change::EditFact {
                    set: Fact::Year(Some(2023)),
                },
            }],
        )
    }

    fn prime(c: &Correction) -> Correction {
        Correction {
            id: format!("{}'", c.id),
            ..c.clone()
        }
    }

    #[test]
    fn each_report_undoes_only_its_own_steps() {
        let mut h = History::default();
        h.record(step("a", "a1"));
        h.record(step("b", "b1"));
        h.record(step("a", "a2"));
        assert!(h.can_undo("b") && !h.can_undo("c"));
        assert_eq!(
            h.undo("b", prime).map(|s| s.1),
            Some(Apply::Withdraw(vec!["b1".into()]))
        );
        assert!(
            h.undo("b", prime).is_none(),
            "b has nothing more; a's steps stay"
        );
        assert_eq!(
            h.undo("a", prime).map(|s| s.0.ops[0].id.clone()),
            Some("a2".into())
        );
        assert!(h.can_redo("a") && h.can_redo("b"));
        // A new action on a clears a's redo only.
        h.record(step("a", "a3"));
        assert!(!h.can_redo("a") && h.can_redo("b"));
        let again = h.redo("b", prime);
        assert_eq!(again.map(|s| s.0.ops[0].id.clone()), Some("b1'".into()));
        h.forget("a");
        assert!(!h.can_undo("a") && h.can_undo("b"));
    }

    #[test]
    fn a_discard_is_undone_by_fresh_copies_and_redone_by_withdrawing_them() {
        let mut h = History::default();
        let lost = step("a", "a1").ops;
        h.record(Step::discarded("a", lost));
        let (back, apply) = h.undo("a", prime).unwrap();
        assert_eq!(back.did, Did::Discarded);
        assert_eq!(apply, Apply::Add(back.ops.clone()));
        assert_eq!(
            back.ops[0].id, "a1'",
            "a copy: the withdrawn id stays withdrawn"
        );
        let (_, apply) = h.redo("a", prime).unwrap();
        assert_eq!(
            apply,
            Apply::Withdraw(vec!["a1'".into()]),
            "redo withdraws the copy"
        );
        let (_, apply) = h.undo("a", prime).unwrap();
        assert_eq!(apply, Apply::Add(vec![prime(&prime(&lost_one()))]));
    }

    fn lost_one() -> Correction {
        step("a", "a1").ops.remove(0)
    }
}
