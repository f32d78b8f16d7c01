//! Undo and redo (Ctrl+Z, Ctrl+Shift+Z) over every correction of the session, across reports:
//! each user action is one step (a group of corrections on one report). Undo withdraws the
//! step's corrections; redo adds fresh copies of them (new ids), so logs only grow and merge
//! cleanly with other tabs'.

use gangmu_core::corrections::Correction;

/// One user action: the corrections it added to one report.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// The report's key.
    pub key: String,
    pub ops: Vec<Correction>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    done: Vec<Step>,
    undone: Vec<Step>,
}

impl History {
    /// A new action: it can be undone; what was undone before can no longer be redone.
    pub fn record(&mut self, step: Step) {
        self.done.push(step);
        self.undone.clear();
    }

    pub fn can_undo(&self) -> bool {
        !self.done.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }

    /// The last action, to withdraw.
    pub fn undo(&mut self) -> Option<Step> {
        let step = self.done.pop()?;
        self.undone.push(step.clone());
        Some(step)
    }

    /// The last undone action, to add again: `renew` gives each copy a fresh id and group.
    pub fn redo(&mut self, renew: impl FnMut(&Correction) -> Correction) -> Option<Step> {
        let step = self.undone.pop()?;
        let again = Step {
            key: step.key,
            ops: step.ops.iter().map(renew).collect(),
        };
        self.done.push(again.clone());
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
        self.done.extend(steps);
        self.done
            .sort_by_key(|s| s.ops.first().map_or(0, |o| o.time));
    }

    /// A report left the workspace: its steps go too.
    pub fn forget(&mut self, key: &str) {
        self.done.retain(|s| s.key != key);
        self.undone.retain(|s| s.key != key);
    }
}
