//! What every component can reach: the state, the dispatcher, the selected report parsed,
//! and the intake/export commands (which talk to the engine).

use crate::protocol::{DatasetTable, ExportFormat};
use crate::state::{AppState, EntryId};
use crate::view::source::SourceModel;
use gangmu_core::Report;
use std::rc::Rc;
use web_sys::File;
use yew::prelude::*;

/// The selected report, parsed once from its contract line.
#[derive(Debug)]
pub struct Loaded {
    pub id: EntryId,
    pub file: String,
    pub report: Report,
    pub text: Rc<str>,
    pub source: SourceModel,
}

impl Loaded {
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Current,
    All,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    Table(ExportFormat),
    /// The dataset (`gangmu dataset`): one table as CSV, or a workbook.
    Dataset(ExportFormat, DatasetTable),
    Json,
    CopyTable,
}

/// What the comparison can be saved as: the worker's tables, or the JSON and chart the page
/// already holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareExport {
    Table(ExportFormat),
    Json,
    Svg,
}

#[derive(Clone, PartialEq)]
pub struct Commands {
    pub paste: Callback<String>,
    pub files: Callback<Vec<File>>,
    pub samples: Callback<()>,
    pub stop: Callback<()>,
    pub export: Callback<(ExportKind, Scope)>,
    /// Compare the ticked reports.
    pub compare: Callback<()>,
    /// Run the comparison on screen again (the chart in the current language).
    pub recompare: Callback<()>,
    /// The comparison on screen with (`true`) or without its 合计 columns.
    pub compare_total: Callback<bool>,
    pub compare_export: Callback<CompareExport>,
    /// Read a report's file again with this encoding label.
    pub reread: Callback<(EntryId, String)>,
}

#[derive(Clone)]
pub struct Ctx {
    pub state: Rc<AppState>,
    pub dispatch: UseReducerDispatcher<AppState>,
    pub loaded: Option<Rc<Loaded>>,
    pub commands: Commands,
}

/// By identity: `App` builds a new `Ctx` only when it re-renders, so a new `state` pointer
/// means "changed". Comparing by value would compare every report's text on every render.
impl PartialEq for Ctx {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.state, &other.state)
            && match (&self.loaded, &other.loaded) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
            && self.commands == other.commands
    }
}

impl Ctx {
    pub fn send(&self, action: crate::state::Action) {
        self.dispatch.dispatch(action);
    }
}

#[hook]
pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().expect("Ctx is provided by App")
}

/// What a pane shows when there is no parsed report to show: the selected report is still
/// being analysed, could not be read, or nothing is selected.
pub fn placeholder(ctx: &Ctx) -> Html {
    let lang = ctx.state.lang;
    let s = lang.strings();
    match ctx.state.selected_entry().map(|e| &e.status) {
        Some(status) if status.is_pending() => html! {
            <div class="table-empty loading" role="status">
                <span class="spinner" aria-hidden="true"></span>{ s.status_working }{ "…" }
            </div>
        },
        Some(crate::state::Status::Failed(_)) => {
            html! { <div class="table-empty">{ s.failed_title }</div> }
        }
        Some(crate::state::Status::Stopped) => {
            html! { <div class="table-empty">{ s.status_stopped }</div> }
        }
        _ => html! { <div class="table-empty">{ s.select_report }</div> },
    }
}
