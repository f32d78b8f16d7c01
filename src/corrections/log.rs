//! A report's corrections as the web app keeps them: every correction ever made (by this tab
//! or another), and the ids withdrawn by undo. Both only grow, so two tabs' logs merge by
//! union whatever the order of their writes; redo adds fresh copies rather than taking an id
//! back. The core gets the live corrections ([`Log::live`]).

use gangmu_core::corrections::Correction;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Log {
    #[serde(default)]
    pub ops: Vec<Correction>,
    #[serde(default)]
    pub withdrawn: BTreeSet<String>,
}

impl Log {
    pub fn is_empty(&self) -> bool {
        self.ops.is_empty()
    }

    /// The corrections in force, oldest first (time, then id): what the core applies.
    pub fn live(&self) -> Vec<Correction> {
        self.ops
            .iter()
            .filter(|c| !self.withdrawn.contains(&c.id))
            .cloned()
            .collect()
    }

    /// Adds corrections not yet in the log; the log stays in time order (then id), so two
    /// tabs' merged logs are equal whatever the order of merging.
    pub fn add(&mut self, ops: impl IntoIterator<Item = Correction>) {
        for op in ops {
            if !self.ops.iter().any(|o| o.id == op.id) {
                self.ops.push(op);
            }
        }
        gangmu_core::sort::by(&mut self.ops, |a, b| {
            a.time.cmp(&b.time).then_with(|| a.id.cmp(&b.id))
        });
    }

    pub fn withdraw<'a>(&mut self, ids: impl IntoIterator<Item = &'a str>) {
        self.withdrawn.extend(ids.into_iter().map(str::to_string));
    }

    /// Everything either log holds.
    pub fn merged(mut self, other: &Log) -> Log {
        self.add(other.ops.iter().cloned());
        self.withdrawn.extend(other.withdrawn.iter().cloned());
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gangmu_core::corrections::{Change, Fact};

    fn op(id: &str, time: u64) -> Correction {
        Correction {
            id: id.into(),
            time,
            group: None,
            change: Change::EditFact {
                set: Fact::Year(Some(2023)),
            },
        }
    }

    #[test]
    fn logs_merge_by_union_and_withdrawals_win() {
        let mut a = Log::default();
        a.add([op("a1", 2), op("a2", 5)]);
        let mut b = Log::default();
        b.add([op("b1", 3), op("a1", 2)]);
        b.withdraw(["a2"]);
        let merged = a.clone().merged(&b);
        let ids: Vec<String> = merged.live().into_iter().map(|c| c.id).collect();
        assert_eq!(
            ids,
            ["a1", "b1"],
            "time order; a2 withdrawn in the other tab"
        );
        assert_eq!(merged, b.merged(&a), "the order of merging does not matter");
    }
}
