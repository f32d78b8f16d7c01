//! What the reducer asks the storage to do, collected until the persistence hook takes it:
//! reports to save (finished, corrected), keys to delete, or the whole workspace to clear.
//! Kept in the state so the reducer stays pure and its tests can see what will be written.

use crate::state::EntryId;
use std::collections::BTreeSet;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outbox {
    pub save: BTreeSet<EntryId>,
    pub remove: Vec<String>,
    pub clear: bool,
    /// Bumped on every change, so the hook's effect runs once per change.
    pub seq: u32,
}

impl Outbox {
    pub fn is_empty(&self) -> bool {
        self.save.is_empty() && self.remove.is_empty() && !self.clear
    }

    pub fn save(&mut self, id: EntryId) {
        self.save.insert(id);
        self.seq = self.seq.wrapping_add(1);
    }

    pub fn remove(&mut self, key: &str, id: EntryId) {
        self.save.remove(&id);
        self.remove.push(key.to_string());
        self.seq = self.seq.wrapping_add(1);
    }

    /// Everything goes: earlier saves and deletes are moot.
    pub fn clear(&mut self) {
        self.save.clear();
        self.remove.clear();
        self.clear = true;
        self.seq = self.seq.wrapping_add(1);
    }

    /// Hands the work over and starts empty (the sequence number goes on).
    pub fn take(&mut self) -> Outbox {
        let seq = self.seq;
        let taken = std::mem::take(self);
        self.seq = seq;
        taken
    }
}
