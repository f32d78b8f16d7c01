//! The selected report, as the worker read it from its contract line (`hooks::use_loaded`),
//! with its source view model.

use crate::state::{Entry, EntryId};
use crate::view::source::SourceModel;
use gangmu_core::Report;
use std::rc::Rc;

#[derive(Debug)]
pub struct Loaded {
    pub id: EntryId,
    pub file: String,
    pub report: Report,
    pub text: Rc<str>,
    pub source: SourceModel,
}

impl Loaded {
    /// A finished entry with its report.
    pub fn new(entry: &Entry, report: Report) -> Loaded {
        let source = SourceModel::new(&entry.text, &report);
        Loaded {
            id: entry.id,
            file: entry.name.clone(),
            report,
            text: entry.text.clone(),
            source,
        }
    }

    /// Tells a report apart from the same entry read again (another encoding): memos and
    /// effects that depend on the report key on this, not on the entry id alone.
    pub fn key(&self) -> (EntryId, usize) {
        (self.id, Rc::as_ptr(&self.text) as *const u8 as usize)
    }
}

/// One report is loaded once; identity is enough to tell two apart.
impl PartialEq for Loaded {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id && Rc::ptr_eq(&self.text, &other.text)
    }
}
