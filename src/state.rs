//! The app's state as a reducer (`impl Reducible`): every change is an [`Action`], so the
//! behaviour is unit-tested natively without a browser.
//!
//! Reports are `Rc<Entry>`: an action clones the list of pointers, never a report's text.

use crate::corrections::history::{Apply, Did, History, Step};
use crate::corrections::log::Log;
use crate::i18n::corrections::step_text;
use crate::i18n::{messages, Bilingual, Lang};
use crate::persist::outbox::Outbox;
use crate::persist::StoreError;
use crate::protocol::{Names, Summary};
use crate::view::table::{Column, Filter, Sort};
use gangmu_core::{MetricKind, Span};
use std::cell::Cell;
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::Reducible;

pub type EntryId = u32;

thread_local! {
    static NEXT_ID: Cell<EntryId> = const { Cell::new(1) };
    static TAB: std::cell::RefCell<Rc<str>> = std::cell::RefCell::new(Rc::from("t"));
}

/// Names this page (tab) once at start, so the keys of the reports it adds, and the ids of
/// the corrections it makes, are unique across tabs and visits.
pub fn set_tab(tab: &str) {
    TAB.with(|t| *t.borrow_mut() = Rc::from(tab));
}

pub fn tab() -> Rc<str> {
    TAB.with(|t| t.borrow().clone())
}

/// A fresh id for a report, taken before the job is sent so the reply can find its entry.
pub fn next_id() -> EntryId {
    NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1).max(1));
        id
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    Paste,
    File,
    Sample,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    /// Coming back from the browser's storage after a reload.
    Restoring,
    Queued,
    Working,
    Done,
    Failed(Bilingual),
    Stopped,
}

impl Status {
    pub fn is_pending(&self) -> bool {
        matches!(self, Status::Restoring | Status::Queued | Status::Working)
    }
}

/// One report in the list.
#[derive(Clone, Debug)]
pub struct Entry {
    /// This page's number for it (jobs and actions use it).
    pub id: EntryId,
    /// Its key in the browser's storage and across tabs (`<tab>-<id>` of the page that added
    /// it).
    pub key: Rc<str>,
    /// When it was added (ms since the epoch), which orders the list after a reload.
    pub added: f64,
    /// The encoding the user chose to read the file with (`None`: detected).
    pub encoding: Option<String>,
    /// Which bundled sample it is.
    pub sample: Option<usize>,
    /// The file's original bytes, held from the worker's reply until they are stored (and
    /// kept when the browser cannot store them, for the workspace file).
    pub source: Option<Rc<[u8]>>,
    /// The user's corrections (the report shown is the core's with them applied).
    pub log: Rc<Log>,
    /// Being analysed again with changed corrections (still shown as it was until then).
    pub recomputing: bool,
    /// Bumped at every change of the corrections: only the reply for the latest is shown
    /// (replies of two quick corrections may come back in either order).
    pub revision: u32,
    /// File name, sample name or `粘贴文本 2`.
    pub name: String,
    pub origin: Origin,
    pub status: Status,
    /// Input size in bytes.
    pub size: usize,
    /// The text as decoded (empty until done).
    pub text: Rc<str>,
    /// The CLI-contract JSON line (empty until done).
    pub line: Rc<str>,
    pub summary: Option<Summary>,
}

/// Texts compare by pointer: they never change once set, and a batch of 10 000 reports must
/// not be compared byte by byte whenever the state is.
impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
            && self.key == other.key
            && self.encoding == other.encoding
            && Rc::ptr_eq(&self.log, &other.log)
            && self.recomputing == other.recomputing
            && self.revision == other.revision
            && self.name == other.name
            && self.origin == other.origin
            && self.status == other.status
            && self.size == other.size
            && Rc::ptr_eq(&self.text, &other.text)
            && Rc::ptr_eq(&self.line, &other.line)
            && self.summary == other.summary
    }
}

impl Entry {
    pub fn new(id: EntryId, name: impl Into<String>, origin: Origin, size: usize) -> Self {
        Entry {
            id,
            key: Rc::from(format!("{}-{id}", tab())),
            added: 0.0,
            encoding: None,
            sample: None,
            source: None,
            log: Rc::new(Log::default()),
            recomputing: false,
            revision: 0,
            name: name.into(),
            origin,
            status: Status::Queued,
            size,
            text: Rc::from(""),
            line: Rc::from(""),
            summary: None,
        }
    }

    /// Title from the report, else the name it was added under.
    pub fn display_title(&self) -> &str {
        self.summary
            .as_ref()
            .and_then(|s| s.title.as_deref())
            .filter(|t| !t.is_empty())
            .unwrap_or(&self.name)
    }
}

/// A finished job. (Outcomes live only until the next batch is applied, so the size of a
/// failure next to a result does not matter.)
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Done {
        id: EntryId,
        text: Rc<str>,
        line: Rc<str>,
        summary: Summary,
        /// A file's original bytes, echoed by the worker so they can be stored.
        source: Option<Rc<[u8]>>,
        /// Restored as stored: nothing to write back.
        stored: bool,
    },
    Failed {
        id: EntryId,
        error: Bilingual,
    },
}

/// Where the source view should scroll, and what to emphasise.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Focus {
    pub heading: Option<usize>,
    pub metric: Option<usize>,
    pub span: Option<Span>,
    /// Bumped on every focus request, so clicking the same row twice scrolls again.
    pub seq: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Engine {
    Loading,
    Worker,
    MainThread,
    Failed(Bilingual),
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Panel {
    #[default]
    List,
    Outline,
    Table,
    Source,
    Findings,
    /// The comparison (phones show one pane at a time).
    Compare,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    #[default]
    Metrics,
    Findings,
    Profile,
}

/// A comparison asked of the engine, and what came back.
#[derive(Clone, Debug)]
pub struct Comparison {
    pub job: u32,
    /// The compared reports, in column order.
    pub ids: Vec<EntryId>,
    /// Their contract lines, kept so exports and a re-run in another language compare exactly
    /// the reports shown (pointers, not copies).
    pub lines: Vec<Rc<str>>,
    /// The language of the chart.
    pub lang: Lang,
    /// With a 合计 column per year (`gangmu compare --total`).
    pub total: bool,
    pub result: CompareResult,
}

#[derive(Clone, Debug, PartialEq)]
pub enum CompareResult {
    Pending,
    /// The comparison as JSON (`gangmu compare`, saved as it is), its SVG chart, and what
    /// the page shows of it (`view::compare::ComparisonView`, made by the worker, as
    /// [`crate::wire`] bytes).
    Done {
        json: Rc<str>,
        svg: Rc<str>,
        view: Rc<[u8]>,
    },
    Failed(Bilingual),
}

/// Lines compare by pointer, like [`Entry`]'s texts.
impl PartialEq for Comparison {
    fn eq(&self, other: &Self) -> bool {
        self.job == other.job
            && self.ids == other.ids
            && self.lines.len() == other.lines.len()
            && self
                .lines
                .iter()
                .zip(&other.lines)
                .all(|(a, b)| Rc::ptr_eq(a, b))
            && self.lang == other.lang
            && self.total == other.total
            && self.result == other.result
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub message: Bilingual,
    pub error: bool,
    pub seq: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub entries: Vec<Rc<Entry>>,
    pub selected: Option<EntryId>,
    pub focus: Focus,
    pub filter: Filter,
    pub sort: Sort,
    pub collapsed: BTreeSet<usize>,
    /// Reports added since the list was last idle, for the progress bar.
    pub batch_total: usize,
    pub engine: Engine,
    pub notice: Option<Notice>,
    pub panel: Panel,
    pub tab: Tab,
    pub paste_open: bool,
    pub busy_export: bool,
    /// Reports ticked for comparison.
    pub checked: BTreeSet<EntryId>,
    /// The comparison on screen (it replaces the report view until closed).
    pub compare: Option<Comparison>,
    /// Indicator and area names, from the engine once it is up.
    pub names: Option<Rc<Names>>,
    /// Whether the workspace is kept in the browser.
    pub storage: Storage,
    /// What is still to be written to (or deleted from) the browser's storage.
    pub outbox: Outbox,
    /// 清空工作区 asked; waiting for the user's confirmation.
    pub confirm_clear: bool,
    /// Undo and redo of corrections.
    pub history: History,
    /// Reports whose corrections changed, to be analysed again (taken by the commands hook).
    pub recompute: BTreeSet<EntryId>,
    /// The add-a-metric form, when open.
    pub adding: Option<Adding>,
    /// Reports added here (from a workspace file) whose input waits in the entry, to be sent
    /// to the engine by the commands hook.
    pub extract: BTreeSet<EntryId>,
    /// The divisions found for the region the user is typing (the facts editor's choices).
    pub regions: RegionChoices,
    /// How many times Stop ended every job: a hook waiting for a reply asks again after it.
    pub stops: u32,
}

/// The answer to the latest region search: an older search answering late is dropped.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RegionChoices {
    /// The search waiting for its answer (or answered last).
    pub job: u32,
    pub found: Rc<Vec<gangmu_core::RegionRef>>,
}

/// Whether the workspace survives a reload.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Storage {
    /// Opening the browser's storage.
    #[default]
    Opening,
    /// Kept: every report and correction is stored as it comes.
    Kept,
    /// Not kept, and why: the page says so and offers the workspace file instead.
    NotKept(StoreError),
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            lang: Lang::Zh,
            entries: Vec::new(),
            selected: None,
            focus: Focus::default(),
            filter: Filter::default(),
            sort: Sort::default(),
            collapsed: BTreeSet::new(),
            batch_total: 0,
            engine: Engine::Loading,
            notice: None,
            panel: Panel::List,
            tab: Tab::Metrics,
            paste_open: false,
            busy_export: false,
            checked: BTreeSet::new(),
            compare: None,
            names: None,
            storage: Storage::default(),
            outbox: Outbox::default(),
            confirm_clear: false,
            history: History::default(),
            recompute: BTreeSet::new(),
            adding: None,
            extract: BTreeSet::new(),
            regions: RegionChoices::default(),
            stops: 0,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    /// New reports, already sent (or about to be sent) to the engine.
    Add(Vec<Entry>),
    Started(Vec<EntryId>),
    Finished(Vec<Outcome>),
    /// Stop: everything still queued or working is marked stopped.
    Stop,
    Remove(EntryId),
    RemoveAll,
    Select(EntryId),
    /// A heading clicked in the outline: show its section and filter the table.
    SelectHeading(Option<usize>),
    SelectMetric(usize),
    FocusSpan(Span),
    FilterKind(Option<MetricKind>),
    FilterSection(Option<usize>),
    FilterText(String),
    SortBy(Column),
    ToggleCollapse(usize),
    CollapseAll(Vec<usize>),
    ExpandAll,
    Engine(Engine),
    Notify {
        message: Bilingual,
        error: bool,
    },
    DismissNotice,
    Panel(Panel),
    Tab(Tab),
    OpenPaste(bool),
    ExportBusy(bool),
    /// Tick or untick a report for comparison.
    ToggleCheck(EntryId),
    /// Tick every analysed report (`true`) or none.
    CheckAll(bool),
    /// A comparison was sent to the engine: show it (pending).
    CompareStarted {
        job: u32,
        ids: Vec<EntryId>,
        lines: Vec<Rc<str>>,
        lang: Lang,
        total: bool,
    },
    /// The comparison came back; `order[k]` is the report (index into the ids sent) of its
    /// column `k` (the worker orders them as the CLI does: by issuer, then year).
    Compared {
        job: u32,
        json: Rc<str>,
        svg: Rc<str>,
        view: Rc<[u8]>,
        order: Vec<usize>,
    },
    CompareFailed {
        job: u32,
        error: Bilingual,
    },
    CloseCompare,
    /// From a comparison cell to the figure in its report.
    ShowMetric {
        id: EntryId,
        metric: usize,
    },
    Names(Rc<Names>),
    /// A file is read again with this encoding: back to the queue.
    Reread {
        id: EntryId,
        encoding: Option<String>,
    },
    /// Reports coming back from the browser's storage (their bodies follow as `Finished`).
    Restore(Vec<Entry>),
    /// The persistence hook took this work from the outbox.
    OutboxTaken(Outbox),
    /// These reports are stored: their original bytes need not stay in memory.
    Saved(Vec<EntryId>),
    Storage(Storage),
    /// Another tab removed these reports.
    RemoteRemove(Vec<String>),
    /// Another tab cleared the workspace.
    RemoteClear,
    /// 清空工作区 pressed (`true`) or the confirmation dismissed (`false`).
    ConfirmClear(bool),
    /// The user corrected a report: these corrections join its log (one undo step).
    Correct {
        id: EntryId,
        ops: Vec<gangmu_core::corrections::Correction>,
    },
    Undo,
    Redo,
    /// Another tab's log of this report (merged into ours).
    MergeLog {
        key: String,
        log: Log,
    },
    /// The commands hook sent these reports to be analysed again.
    RecomputeTaken(Vec<EntryId>),
    /// A report analysed again with the corrections of `revision`: shown only if that is
    /// still its latest.
    Recomputed {
        revision: u32,
        outcome: Outcome,
    },
    /// The core read the user's selection: the form to add it as a metric opens (prefilled
    /// with what the core read, or empty when it found no number).
    SelectionRead {
        id: EntryId,
        span: Span,
        metric: Option<gangmu_core::corrections::NewMetric>,
    },
    /// The user discarded these corrections of a report (ones that no longer find their
    /// place): withdrawn, as one undo step.
    Discard {
        id: EntryId,
        ids: Vec<String>,
    },
    /// The add-a-metric form closed.
    CloseAdding,
    /// A region search was sent (job); only its answer will be shown.
    RegionsAsked(u32),
    /// The divisions a region search found.
    RegionsFound {
        job: u32,
        found: Vec<gangmu_core::RegionRef>,
    },
    /// A workspace file, as the core read it: new reports are added (to be analysed with their
    /// corrections), reports already listed (same content hash) take its corrections too.
    OpenWorkspace(Box<gangmu_core::workspace::Workspace>),
    /// The commands hook sent these reports to the engine.
    ExtractTaken(Vec<EntryId>),
}

/// A missed metric the user is adding: where, and what the core read there.
#[derive(Clone, Debug, PartialEq)]
pub struct Adding {
    pub id: EntryId,
    pub span: Span,
    pub metric: Option<gangmu_core::corrections::NewMetric>,
}

impl AppState {
    pub fn entry(&self, id: EntryId) -> Option<&Rc<Entry>> {
        self.entries.iter().find(|e| e.id == id)
    }

    pub fn selected_entry(&self) -> Option<&Rc<Entry>> {
        self.selected.and_then(|id| self.entry(id))
    }

    pub fn pending(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| e.status.is_pending())
            .count()
    }

    /// `(done, total)` of the current batch; `None` when nothing is running.
    pub fn progress(&self) -> Option<(usize, usize)> {
        let pending = self.pending();
        (pending > 0).then(|| (self.batch_total.saturating_sub(pending), self.batch_total))
    }

    /// Name for the next pasted text: `粘贴文本`, `粘贴文本 2` …
    pub fn paste_name(&self) -> String {
        let base = self.lang.strings().pasted_name;
        let n = self
            .entries
            .iter()
            .filter(|e| e.origin == Origin::Paste)
            .count();
        if n == 0 {
            base.to_string()
        } else {
            format!("{base} {}", n + 1)
        }
    }

    fn reset_view(&mut self) {
        self.focus = Focus::default();
        self.filter = Filter::default();
        self.sort = Sort::default();
        self.collapsed.clear();
    }

    fn focus(&mut self, heading: Option<usize>, metric: Option<usize>, span: Option<Span>) {
        self.focus = Focus {
            heading,
            metric,
            span,
            seq: self.focus.seq.wrapping_add(1),
        };
    }

    /// Analysed reports ticked for comparison, in list order.
    pub fn checked_done(&self) -> Vec<&Rc<Entry>> {
        self.entries
            .iter()
            .filter(|e| self.checked.contains(&e.id) && e.status == Status::Done)
            .collect()
    }

    fn close_compare(&mut self) {
        self.compare = None;
        if self.panel == Panel::Compare {
            self.panel = Panel::List;
        }
    }

    /// Takes a report out of the list; its neighbour is selected in its place, as in a file
    /// manager.
    fn remove(&mut self, id: EntryId) {
        if let Some(key) = self.entry(id).map(|e| e.key.clone()) {
            self.history.forget(&key);
        }
        let at = self.entries.iter().position(|e| e.id == id);
        self.entries.retain(|e| e.id != id);
        self.checked.remove(&id);
        if self.selected == Some(id) {
            self.selected = at
                .and_then(|i| {
                    self.entries
                        .get(i)
                        .or_else(|| self.entries.get(i.wrapping_sub(1)))
                })
                .map(|e| e.id);
            self.reset_view();
        }
    }

    fn open_workspace(&mut self, ws: gangmu_core::workspace::Workspace) {
        use gangmu_core::workspace::Source;
        let mut added = Vec::new();
        for r in ws.reports {
            let mut log = Log::default();
            log.add(r.corrections);
            let listed = self
                .entries
                .iter()
                .find(|e| e.summary.as_ref().is_some_and(|s| s.hash == r.hash))
                .map(|e| e.id);
            if let Some(id) = listed {
                self.change_log(id, |ours| *ours = std::mem::take(ours).merged(&log));
                continue;
            }
            let id = next_id();
            let (origin, size) = match &r.source {
                Source::File { bytes } => (Origin::File, bytes.len()),
                Source::Pasted { text } => (Origin::Paste, text.len()),
            };
            let mut e = Entry::new(id, r.name, origin, size);
            e.added = r.added as f64;
            e.encoding = r.encoding;
            e.log = Rc::new(log);
            match r.source {
                Source::File { bytes } => e.source = Some(Rc::from(bytes)),
                Source::Pasted { text } => e.text = Rc::from(text),
            }
            self.extract.insert(id);
            added.push(e);
        }
        let n = added.len();
        let message = crate::i18n::messages::workspace_opened(n);
        let seq = self.notice.as_ref().map_or(1, |n| n.seq.wrapping_add(1));
        self.notice = Some(Notice {
            message,
            error: false,
            seq,
        });
        if !added.is_empty() {
            if self.pending() == 0 {
                self.batch_total = 0;
            }
            self.batch_total += n;
            if self.selected.is_none() {
                self.selected = added.first().map(|e| e.id);
            }
            self.entries.extend(added.into_iter().map(Rc::new));
        }
    }

    fn notify(&mut self, message: Bilingual, error: bool) {
        let seq = self.notice.as_ref().map_or(1, |n| n.seq.wrapping_add(1));
        self.notice = Some(Notice {
            message,
            error,
            seq,
        });
    }

    fn id_of(&self, key: &str) -> Option<EntryId> {
        self.entries.iter().find(|e| &*e.key == key).map(|e| e.id)
    }

    /// Changes a report's corrections: it is analysed again with them (and then stored).
    fn change_log(&mut self, id: EntryId, f: impl FnOnce(&mut Log)) {
        let mut changed = false;
        self.update(id, |e| {
            if e.status == Status::Done || e.recomputing {
                f(Rc::make_mut(&mut e.log));
                e.recomputing = true;
                e.revision = e.revision.wrapping_add(1);
                changed = true;
            }
        });
        if changed {
            self.recompute.insert(id);
        }
    }

    fn clear(&mut self) {
        self.entries.clear();
        self.history = History::default();
        self.checked.clear();
        self.close_compare();
        self.selected = None;
        self.batch_total = 0;
        self.confirm_clear = false;
        self.reset_view();
    }

    fn update(&mut self, id: EntryId, f: impl FnOnce(&mut Entry)) {
        if let Some(slot) = self.entries.iter_mut().find(|e| e.id == id) {
            f(Rc::make_mut(slot));
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::SetLang(lang) => s.lang = lang,
            Action::Add(entries) => {
                if s.pending() == 0 {
                    s.batch_total = 0;
                }
                s.batch_total += entries.len();
                // Show the first new report unless one is already being read.
                if let Some(first) = entries.first() {
                    if s.selected.is_none() || entries.len() == 1 {
                        s.selected = Some(first.id);
                        s.reset_view();
                    }
                }
                s.entries.extend(entries.into_iter().map(Rc::new));
                s.paste_open = false;
            }
            Action::Started(ids) => {
                for id in ids {
                    // A restored report read again (another engine made it) is analysed too.
                    s.update(id, |e| {
                        if matches!(e.status, Status::Queued | Status::Restoring) {
                            e.status = Status::Working;
                        }
                    });
                }
            }
            Action::Finished(outcomes) => {
                for o in outcomes {
                    match o {
                        Outcome::Done {
                            id,
                            text,
                            line,
                            summary,
                            source,
                            stored,
                        } => {
                            let mut done = false;
                            s.update(id, |e| {
                                if e.status.is_pending() || e.recomputing {
                                    e.recomputing = false;
                                    e.status = Status::Done;
                                    e.text = text;
                                    e.line = line;
                                    e.summary = Some(summary);
                                    if source.is_some() {
                                        e.source = source;
                                    }
                                    done = true;
                                }
                            });
                            if done && !stored {
                                s.outbox.save(id);
                            }
                        }
                        Outcome::Failed { id, error } => s.update(id, |e| {
                            if e.status.is_pending() {
                                e.status = Status::Failed(error);
                            }
                        }),
                    }
                }
            }
            Action::Stop => {
                s.stops = s.stops.wrapping_add(1);
                for e in s.entries.iter_mut() {
                    if e.status.is_pending() {
                        Rc::make_mut(e).status = Status::Stopped;
                    }
                }
                // Stop ends every job, exports and comparisons included.
                s.busy_export = false;
                if let Some(c) = s.compare.as_mut() {
                    if c.result == CompareResult::Pending {
                        c.result = CompareResult::Failed(crate::i18n::messages::stopped());
                    }
                }
            }
            Action::Remove(id) => {
                if let Some(e) = s.entry(id).cloned() {
                    s.outbox.remove(&e.key, id);
                }
                s.remove(id);
            }
            Action::RemoteRemove(keys) => {
                let ids: Vec<EntryId> = s
                    .entries
                    .iter()
                    .filter(|e| keys.iter().any(|k| **k == *e.key))
                    .map(|e| e.id)
                    .collect();
                for id in ids {
                    s.outbox.save.remove(&id);
                    s.remove(id);
                }
            }
            Action::RemoveAll => {
                s.outbox.clear();
                s.clear();
            }
            Action::RemoteClear => {
                s.outbox = Outbox {
                    seq: s.outbox.seq,
                    ..Outbox::default()
                };
                s.clear();
            }
            Action::Restore(entries) => {
                // `extend`, not `collect`: collecting a set sorts, one more sort in the page's
                // code per element type (see `set_of`).
                let known = set_of(s.entries.iter().map(|e| &*e.key));
                let fresh: Vec<Rc<Entry>> = entries
                    .into_iter()
                    .filter(|e| !known.contains(&*e.key))
                    .map(Rc::new)
                    .collect();
                if s.pending() == 0 {
                    s.batch_total = 0;
                }
                s.batch_total += fresh.len();
                if s.selected.is_none() {
                    s.selected = fresh.first().map(|e| e.id);
                }
                for e in &fresh {
                    s.history.restore(&e.key, &e.log);
                }
                // Stored reports come first: they were there before this visit.
                let mut all = fresh;
                all.append(&mut s.entries);
                gangmu_core::sort::by(&mut all, |a, b| a.added.total_cmp(&b.added));
                s.entries = all;
            }
            Action::OutboxTaken(taken) => {
                for id in &taken.save {
                    s.outbox.save.remove(id);
                }
                let n = taken.remove.len().min(s.outbox.remove.len());
                s.outbox.remove.drain(..n);
                if taken.clear {
                    s.outbox.clear = false;
                }
            }
            Action::Saved(ids) => {
                for id in ids {
                    s.update(id, |e| e.source = None);
                }
            }
            Action::Storage(storage) => s.storage = storage,
            Action::ConfirmClear(open) => s.confirm_clear = open,
            Action::Correct { id, ops } => {
                if let Some(key) = s.entry(id).map(|e| e.key.to_string()) {
                    s.history.record(Step::added(key, ops.clone()));
                    s.change_log(id, |log| log.add(ops));
                }
            }
            Action::Discard { id, ids } => {
                let Some(e) = s.entry(id).cloned() else {
                    return self;
                };
                let ops: Vec<_> = e
                    .log
                    .live()
                    .into_iter()
                    .filter(|c| ids.contains(&c.id))
                    .collect();
                if !ops.is_empty() {
                    s.history
                        .record(Step::discarded(e.key.to_string(), ops.clone()));
                    s.change_log(id, |log| log.withdraw(ops.iter().map(|c| c.id.as_str())));
                }
            }
            // Undo and redo act on the report on screen (each report has its own steps), and
            // say what they took back or made again.
            a @ (Action::Undo | Action::Redo) => {
                let Some(e) = s.selected_entry().cloned() else {
                    return self;
                };
                let undo = matches!(a, Action::Undo);
                let group = crate::corrections::make::fresh_id();
                let renew = |c: &gangmu_core::corrections::Correction| {
                    crate::corrections::make::renewed(c, &group)
                };
                let done = if undo {
                    s.history.undo(&e.key, renew)
                } else {
                    s.history.redo(&e.key, renew)
                };
                let message = match done {
                    Some((step, apply)) => {
                        let mut what = step_text(&step.ops, s.names.as_deref());
                        if step.did == Did::Discarded {
                            what = crate::i18n::edit::discard_of(&what);
                        }
                        s.change_log(e.id, |log| match apply {
                            Apply::Add(ops) => log.add(ops),
                            Apply::Withdraw(ids) => log.withdraw(ids.iter().map(String::as_str)),
                        });
                        if undo {
                            messages::undone(e.display_title(), &what)
                        } else {
                            messages::redone(e.display_title(), &what)
                        }
                    }
                    None if undo => messages::nothing_to_undo(),
                    None => messages::nothing_to_redo(),
                };
                s.notify(message, false);
            }
            Action::MergeLog { key, log } => {
                if let Some(id) = s.id_of(&key) {
                    let same = s
                        .entry(id)
                        .is_some_and(|e| *e.log == log.clone().merged(&e.log));
                    if !same {
                        s.change_log(id, |ours| *ours = std::mem::take(ours).merged(&log));
                    }
                }
            }
            Action::SelectionRead { id, span, metric } => {
                if s.selected == Some(id) {
                    s.adding = Some(Adding { id, span, metric });
                }
            }
            Action::CloseAdding => s.adding = None,
            Action::RegionsAsked(job) => s.regions.job = job,
            Action::RegionsFound { job, found } => {
                if s.regions.job == job {
                    s.regions.found = Rc::new(found);
                }
            }
            Action::OpenWorkspace(ws) => s.open_workspace(*ws),
            Action::ExtractTaken(ids) => {
                for id in ids {
                    s.extract.remove(&id);
                }
            }
            Action::Recomputed { revision, outcome } => {
                let id = match &outcome {
                    Outcome::Done { id, .. } | Outcome::Failed { id, .. } => *id,
                };
                if s.entry(id)
                    .is_some_and(|e| e.recomputing && e.revision == revision)
                {
                    match outcome {
                        Outcome::Done { .. } => {
                            return Rc::new(s).reduce(Action::Finished(vec![outcome]))
                        }
                        // The report stays as it was; the error says why.
                        Outcome::Failed { error, .. } => {
                            s.update(id, |e| e.recomputing = false);
                            let seq = s.notice.as_ref().map_or(1, |n| n.seq.wrapping_add(1));
                            s.notice = Some(Notice {
                                message: error,
                                error: true,
                                seq,
                            });
                        }
                    }
                }
            }
            Action::RecomputeTaken(ids) => {
                for id in ids {
                    s.recompute.remove(&id);
                }
            }
            Action::Select(id) => {
                // Choosing a report leaves the comparison for that report's view.
                s.close_compare();
                if s.selected != Some(id) && s.entry(id).is_some() {
                    s.selected = Some(id);
                    s.reset_view();
                }
                if s.panel == Panel::List {
                    s.panel = Panel::Outline;
                }
            }
            Action::SelectHeading(h) => {
                s.filter.section = h;
                s.focus(h, None, None);
                // On a phone only one pane shows: go where the answer is.
                if s.panel == Panel::Outline {
                    s.panel = Panel::Source;
                }
            }
            Action::SelectMetric(i) => {
                let h = s.focus.heading;
                s.focus(h, Some(i), None);
                if s.panel == Panel::Table {
                    s.panel = Panel::Source;
                }
            }
            Action::FocusSpan(span) => {
                let h = s.focus.heading;
                s.focus(h, None, Some(span));
                if s.panel == Panel::Findings {
                    s.panel = Panel::Source;
                }
            }
            Action::FilterKind(k) => s.filter.kind = k,
            Action::FilterSection(h) => {
                s.filter.section = h;
                s.focus(h, None, None);
            }
            Action::FilterText(t) => s.filter.text = t,
            Action::SortBy(c) => s.sort = s.sort.toggled(c),
            Action::ToggleCollapse(i) => {
                if !s.collapsed.remove(&i) {
                    s.collapsed.insert(i);
                }
            }
            Action::CollapseAll(parents) => s.collapsed = set_of(parents),
            Action::ExpandAll => s.collapsed.clear(),
            Action::Engine(e) => s.engine = e,
            Action::Notify { message, error } => s.notify(message, error),
            Action::DismissNotice => s.notice = None,
            Action::Panel(p) => s.panel = p,
            Action::Tab(t) => s.tab = t,
            Action::OpenPaste(open) => s.paste_open = open,
            Action::ExportBusy(b) => s.busy_export = b,
            Action::ToggleCheck(id) => {
                if !s.checked.remove(&id) && s.entry(id).is_some() {
                    s.checked.insert(id);
                }
            }
            Action::CheckAll(all) => {
                s.checked = if all {
                    set_of(
                        s.entries
                            .iter()
                            .filter(|e| e.status == Status::Done)
                            .map(|e| e.id),
                    )
                } else {
                    BTreeSet::new()
                };
            }
            Action::CompareStarted {
                job,
                ids,
                lines,
                lang,
                total,
            } => {
                s.compare = Some(Comparison {
                    job,
                    ids,
                    lines,
                    lang,
                    total,
                    result: CompareResult::Pending,
                });
                s.panel = Panel::Compare;
            }
            Action::Compared {
                job,
                json,
                svg,
                view,
                order,
            } => {
                if let Some(c) = s.compare.as_mut().filter(|c| c.job == job) {
                    // Ids and lines follow the columns, so a cell opens its own report and
                    // a re-run or an export sends the reports in the order shown.
                    if is_permutation(&order, c.ids.len()) {
                        c.ids = order.iter().map(|&k| c.ids[k]).collect();
                        c.lines = order.iter().map(|&k| c.lines[k].clone()).collect();
                    }
                    c.result = CompareResult::Done { json, svg, view };
                }
            }
            Action::CompareFailed { job, error } => {
                if let Some(c) = s.compare.as_mut().filter(|c| c.job == job) {
                    c.result = CompareResult::Failed(error);
                }
            }
            Action::CloseCompare => s.close_compare(),
            Action::ShowMetric { id, metric } => {
                s.close_compare();
                if s.entry(id).is_some() {
                    if s.selected != Some(id) {
                        s.selected = Some(id);
                        s.reset_view();
                    }
                    s.tab = Tab::Metrics;
                    s.focus(None, Some(metric), None);
                    s.panel = Panel::Source;
                }
            }
            Action::Names(names) => s.names = Some(names),
            Action::Reread { id, encoding } => {
                if s.entry(id).is_some_and(|e| !e.status.is_pending()) {
                    if s.pending() == 0 {
                        s.batch_total = 0;
                    }
                    s.batch_total += 1;
                    s.update(id, |e| {
                        e.status = Status::Queued;
                        e.encoding = encoding;
                    });
                }
            }
        }
        Rc::new(s)
    }
}

/// Whether `order` holds each of `0..n` once.
fn is_permutation(order: &[usize], n: usize) -> bool {
    let mut seen = vec![false; n];
    order.len() == n
        && order
            .iter()
            .all(|&k| k < n && !std::mem::replace(&mut seen[k], true))
}

/// A set of `items` built by inserting them one by one. `collect()` into a `BTreeSet` sorts
/// the items first, and each element type instantiates the standard sort again (≈ 3 KB of the
/// first-paint wasm each; BENCHMARKS.md, "Session 6"); the sets here are small.
pub fn set_of<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut set = BTreeSet::new();
    set.extend(items);
    set
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reduce(s: Rc<AppState>, a: Action) -> Rc<AppState> {
        s.reduce(a)
    }

    fn done(id: EntryId) -> Outcome {
        Outcome::Done {
            id,
            text: Rc::from("正文"),
            line: Rc::from("{}"),
            summary: Summary {
                headings: 17,
                ..Summary::default()
            },
            source: None,
            stored: false,
        }
    }

    fn with_two() -> Rc<AppState> {
        let s = Rc::new(AppState::default());
        reduce(
            s,
            Action::Add(vec![
                Entry::new(1, "a.txt", Origin::File, 3),
                Entry::new(2, "b.txt", Origin::File, 3),
            ]),
        )
    }

    #[test]
    fn adding_selects_the_first_and_counts_the_batch() {
        let s = with_two();
        assert_eq!(s.selected, Some(1));
        assert_eq!(s.progress(), Some((0, 2)));
        let s = reduce(s, Action::Finished(vec![done(1)]));
        assert_eq!(s.progress(), Some((1, 2)));
        assert_eq!(s.entry(1).unwrap().summary.as_ref().unwrap().headings, 17);
        let s = reduce(
            s,
            Action::Finished(vec![Outcome::Failed {
                id: 2,
                error: Bilingual::new("坏", "bad"),
            }]),
        );
        assert_eq!(s.progress(), None);
        assert!(matches!(s.entry(2).unwrap().status, Status::Failed(_)));
    }

    #[test]
    fn stop_marks_pending_and_late_results_are_ignored() {
        let s = reduce(with_two(), Action::Finished(vec![done(1)]));
        let s = reduce(s, Action::Stop);
        assert_eq!(s.entry(1).unwrap().status, Status::Done);
        assert_eq!(s.entry(2).unwrap().status, Status::Stopped);
        let s = reduce(s, Action::Finished(vec![done(2)]));
        assert_eq!(s.entry(2).unwrap().status, Status::Stopped);
        assert_eq!(s.progress(), None);
    }

    #[test]
    fn a_new_batch_restarts_the_count() {
        let s = reduce(with_two(), Action::Finished(vec![done(1), done(2)]));
        let s = reduce(
            s,
            Action::Add(vec![Entry::new(3, "c.txt", Origin::File, 1)]),
        );
        assert_eq!(s.progress(), Some((0, 1)));
        assert_eq!(s.selected, Some(3), "a single new report is shown at once");
    }

    #[test]
    fn removing_the_selected_report_selects_its_neighbour() {
        let s = reduce(with_two(), Action::Remove(1));
        assert_eq!(s.selected, Some(2));
        let s = reduce(s, Action::Remove(2));
        assert_eq!(s.selected, None);
        assert!(s.entries.is_empty());
    }

    #[test]
    fn a_heading_filters_the_table_and_focuses_the_text() {
        let s = reduce(with_two(), Action::SelectHeading(Some(3)));
        assert_eq!(s.filter.section, Some(3));
        assert_eq!(s.focus.heading, Some(3));
        let seq = s.focus.seq;
        let s = reduce(s, Action::SelectMetric(5));
        assert_eq!((s.focus.metric, s.focus.heading), (Some(5), Some(3)));
        assert!(s.focus.seq > seq);
        let s = reduce(s, Action::Select(2));
        assert_eq!(
            s.filter,
            Filter::default(),
            "another report starts unfiltered"
        );
    }

    #[test]
    fn on_a_phone_a_click_leads_to_the_text() {
        let s = reduce(with_two(), Action::Panel(Panel::Outline));
        let s = reduce(s, Action::SelectHeading(Some(1)));
        assert_eq!(s.panel, Panel::Source);
        let s = reduce(
            reduce(s, Action::Panel(Panel::Table)),
            Action::SelectMetric(0),
        );
        assert_eq!(s.panel, Panel::Source);
        // Elsewhere the pane stays.
        let s = reduce(
            reduce(s, Action::Panel(Panel::List)),
            Action::SelectMetric(1),
        );
        assert_eq!(s.panel, Panel::List);
    }

    #[test]
    fn paste_names_count_up() {
        let s = Rc::new(AppState::default());
        assert_eq!(s.paste_name(), "粘贴文本");
        let name = s.paste_name();
        let s = reduce(s, Action::Add(vec![Entry::new(9, name, Origin::Paste, 1)]));
        assert_eq!(s.paste_name(), "粘贴文本 2");
    }

    fn comparing(s: Rc<AppState>, job: u32) -> Rc<AppState> {
        let ids: Vec<EntryId> = s.checked_done().iter().map(|e| e.id).collect();
        let lines = s.checked_done().iter().map(|e| e.line.clone()).collect();
        reduce(
            s,
            Action::CompareStarted {
                job,
                ids,
                lines,
                lang: Lang::Zh,
                total: false,
            },
        )
    }

    #[test]
    fn ticked_reports_are_compared_in_list_order_and_only_when_analysed() {
        let s = with_two();
        let s = reduce(s, Action::ToggleCheck(2));
        let s = reduce(s, Action::ToggleCheck(1));
        assert!(s.checked_done().is_empty(), "nothing analysed yet");
        let s = reduce(s, Action::Finished(vec![done(2), done(1)]));
        let ids: Vec<EntryId> = s.checked_done().iter().map(|e| e.id).collect();
        assert_eq!(ids, vec![1, 2]);
        let s = reduce(s, Action::ToggleCheck(1));
        assert_eq!(s.checked_done().len(), 1);
        let s = reduce(s, Action::CheckAll(true));
        assert_eq!(s.checked.len(), 2);
        let s = reduce(s, Action::Remove(2));
        assert_eq!(s.checked.iter().copied().collect::<Vec<_>>(), vec![1]);
        let s = reduce(s, Action::CheckAll(false));
        assert!(s.checked.is_empty());
        // Ticking an id that is not in the list does nothing.
        assert!(reduce(s, Action::ToggleCheck(99)).checked.is_empty());
    }

    #[test]
    fn a_comparison_shows_its_own_reply_only() {
        let s = reduce(with_two(), Action::Finished(vec![done(1), done(2)]));
        let s = reduce(s, Action::CheckAll(true));
        let s = comparing(s, 50);
        let c = s.compare.as_ref().unwrap();
        assert_eq!(
            (c.ids.clone(), c.result.clone()),
            (vec![1, 2], CompareResult::Pending)
        );
        assert!(
            Rc::ptr_eq(&c.lines[0], &s.entry(1).unwrap().line),
            "lines are shared"
        );
        assert_eq!(s.panel, Panel::Compare);
        // A late reply of an earlier comparison is ignored.
        let reply = |job| Action::Compared {
            job,
            json: Rc::from("{}"),
            svg: Rc::from("<svg/>"),
            view: Rc::from(Vec::new()),
            order: vec![0, 1],
        };
        let s = reduce(s, reply(49));
        assert_eq!(s.compare.as_ref().unwrap().result, CompareResult::Pending);
        let s = reduce(s, reply(50));
        assert!(matches!(
            s.compare.as_ref().unwrap().result,
            CompareResult::Done { .. }
        ));
        // Choosing a report closes the comparison.
        let s = reduce(s, Action::Select(2));
        assert!(s.compare.is_none());
        assert_eq!(s.panel, Panel::Outline);
    }

    #[test]
    fn only_the_latest_region_search_is_shown() {
        let found = |job, name: &str| Action::RegionsFound {
            job,
            found: vec![gangmu_core::RegionRef {
                code: "450202".into(),
                name: name.into(),
                level: gangmu_core::Level::County,
                within: String::new(),
            }],
        };
        let s = reduce(Rc::new(AppState::default()), Action::RegionsAsked(7));
        let s = reduce(s, Action::RegionsAsked(8));
        // The answer to the older search comes last: dropped.
        let s = reduce(s, found(8, "城中区"));
        let s = reduce(s, found(7, "城"));
        assert_eq!(s.regions.found[0].name, "城中区");
    }

    #[test]
    fn the_columns_order_comes_from_the_worker() {
        let s = reduce(with_two(), Action::Finished(vec![done(1), done(2)]));
        let s = comparing(reduce(s, Action::CheckAll(true)), 9);
        let reply = |order| Action::Compared {
            job: 9,
            json: Rc::from("{}"),
            svg: Rc::from("<svg/>"),
            view: Rc::from(Vec::new()),
            order,
        };
        // Report 2 is the earlier year: it becomes the first column, its line with it.
        let swapped = reduce(s.clone(), reply(vec![1, 0]));
        let c = swapped.compare.as_ref().unwrap();
        assert_eq!(c.ids, vec![2, 1]);
        assert!(Rc::ptr_eq(&c.lines[0], &swapped.entry(2).unwrap().line));
        // An order that is not one of the reports keeps the order sent.
        for bad in [vec![0, 0], vec![0], vec![0, 2]] {
            assert_eq!(
                reduce(s.clone(), reply(bad)).compare.as_ref().unwrap().ids,
                vec![1, 2]
            );
        }
        let s = reduce(s, Action::Select(2));
        assert!(s.compare.is_none());
        assert_eq!(s.panel, Panel::Outline);
    }

    #[test]
    fn stop_fails_a_pending_comparison_and_frees_the_export_buttons() {
        let s = reduce(with_two(), Action::Finished(vec![done(1), done(2)]));
        let s = comparing(reduce(s, Action::CheckAll(true)), 7);
        let s = reduce(s, Action::ExportBusy(true));
        let s = reduce(s, Action::Stop);
        assert!(!s.busy_export);
        assert!(matches!(
            s.compare.as_ref().unwrap().result,
            CompareResult::Failed(_)
        ));
        let s = reduce(
            s,
            Action::CompareFailed {
                job: 7,
                error: Bilingual::new("坏", "bad"),
            },
        );
        assert_eq!(
            s.compare.as_ref().unwrap().result,
            CompareResult::Failed(Bilingual::new("坏", "bad"))
        );
    }

    #[test]
    fn a_comparison_cell_leads_to_its_metric_in_its_report() {
        let s = reduce(with_two(), Action::Finished(vec![done(1), done(2)]));
        let s = comparing(reduce(s, Action::CheckAll(true)), 7);
        let s = reduce(s, Action::Tab(Tab::Findings));
        let s = reduce(s, Action::ShowMetric { id: 2, metric: 4 });
        assert!(s.compare.is_none());
        assert_eq!(s.selected, Some(2));
        assert_eq!(s.focus.metric, Some(4));
        assert_eq!(s.tab, Tab::Metrics);
    }

    #[test]
    fn rereading_a_file_queues_it_again() {
        let s = reduce(with_two(), Action::Finished(vec![done(1), done(2)]));
        assert_eq!(s.progress(), None);
        let again = |id| Action::Reread {
            id,
            encoding: Some("Big5".into()),
        };
        let s = reduce(s, again(1));
        assert_eq!(s.entry(1).unwrap().status, Status::Queued);
        assert_eq!(s.progress(), Some((0, 1)));
        let s = reduce(s, Action::Finished(vec![done(1)]));
        assert_eq!(s.entry(1).unwrap().status, Status::Done);
        // A report still being analysed is not queued twice.
        let s = reduce(reduce(s, again(2)), again(2));
        assert_eq!(s.progress(), Some((0, 1)));
    }

    #[test]
    fn finished_reports_go_to_the_outbox_and_stored_ones_do_not() {
        let s = with_two();
        let s = reduce(s, Action::Finished(vec![done(1)]));
        assert_eq!(s.outbox.save.iter().copied().collect::<Vec<_>>(), vec![1]);
        let restored = Outcome::Done {
            id: 2,
            text: Rc::from("正文"),
            line: Rc::from("{}"),
            summary: Summary::default(),
            source: None,
            stored: true,
        };
        let s = reduce(s, Action::Finished(vec![restored]));
        assert_eq!(
            s.outbox.save.len(),
            1,
            "a restored report is not written back"
        );
        // The hook takes the work; what came after stays.
        let taken = s.outbox.clone();
        let s = reduce(s, Action::Remove(2));
        let s = reduce(s, Action::OutboxTaken(taken));
        assert!(s.outbox.save.is_empty());
        assert_eq!(s.outbox.remove.len(), 1, "the later removal is still to do");
    }

    #[test]
    fn stored_bytes_leave_memory_once_saved() {
        let s = with_two();
        let with_bytes = Outcome::Done {
            id: 1,
            text: Rc::from("正文"),
            line: Rc::from("{}"),
            summary: Summary::default(),
            source: Some(Rc::from(&b"raw"[..])),
            stored: false,
        };
        let s = reduce(s, Action::Finished(vec![with_bytes]));
        assert!(s.entry(1).unwrap().source.is_some());
        let s = reduce(s, Action::Saved(vec![1]));
        assert!(s.entry(1).unwrap().source.is_none());
    }

    #[test]
    fn restored_reports_keep_their_order_and_are_not_listed_twice() {
        let s = with_two();
        let mut old = Entry::new(7, "old.txt", Origin::File, 1);
        old.key = Rc::from("x-1");
        old.added = -1.0;
        old.status = Status::Restoring;
        let s = reduce(s, Action::Restore(vec![old.clone()]));
        let s = reduce(s, Action::Restore(vec![old]));
        let names: Vec<&str> = s.entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["old.txt", "a.txt", "b.txt"]);
        assert_eq!(s.progress(), Some((0, 3)), "restoring counts as pending");
        let s = reduce(s, Action::RemoteRemove(vec!["x-1".into()]));
        assert_eq!(s.entries.len(), 2);
        assert!(
            s.outbox.remove.is_empty(),
            "another tab's removal is not sent back"
        );
    }

    #[test]
    fn clearing_asks_first_and_then_empties_the_store_too() {
        let s = reduce(with_two(), Action::ConfirmClear(true));
        assert!(s.confirm_clear);
        assert_eq!(
            s.entries.len(),
            2,
            "nothing is removed before the confirmation"
        );
        let s = reduce(s, Action::ConfirmClear(false));
        assert!(!s.confirm_clear && s.entries.len() == 2);
        let s = reduce(reduce(s, Action::ConfirmClear(true)), Action::RemoveAll);
        assert!(s.entries.is_empty() && !s.confirm_clear);
        assert!(s.outbox.clear);
        let s = reduce(with_two(), Action::RemoteClear);
        assert!(s.entries.is_empty() && !s.outbox.clear);
    }

    fn a_correction(label: &str) -> Vec<gangmu_core::corrections::Correction> {
        let text = "全年受理案件163件。";
        let report = gangmu_core::extract(text, &Default::default());
        let mut edit = crate::corrections::make::Action::new(5.0);
        edit.edit_metric(
            text,
            &report.metrics[0],
            gangmu_core::corrections::MetricField::Label(label.into()),
        );
        edit.ops
    }

    #[test]
    fn a_correction_joins_the_log_and_the_report_is_analysed_again() {
        let s = reduce(with_two(), Action::Finished(vec![done(1), done(2)]));
        let taken = s.outbox.clone();
        let s = reduce(s, Action::OutboxTaken(taken));
        let ops = a_correction("受理行政复议案件");
        let s = reduce(
            s,
            Action::Correct {
                id: 1,
                ops: ops.clone(),
            },
        );
        let e = s.entry(1).unwrap();
        assert_eq!(e.log.live(), ops);
        assert!(
            e.recomputing && e.status == Status::Done,
            "still shown while it is redone"
        );
        assert_eq!(s.recompute.iter().copied().collect::<Vec<_>>(), vec![1]);
        let s = reduce(s, Action::RecomputeTaken(vec![1]));
        assert!(s.recompute.is_empty());
        // The reply replaces the report and goes to storage.
        let s = reduce(s, Action::Finished(vec![done(1)]));
        assert!(!s.entry(1).unwrap().recomputing);
        assert!(s.outbox.save.contains(&1));
    }

    #[test]
    fn a_discarded_correction_is_withdrawn_as_one_undo_step() {
        let s = reduce(with_two(), Action::Finished(vec![done(1), done(2)]));
        let s = reduce(s, Action::Select(1));
        let kept = a_correction("甲");
        let lost = a_correction("乙");
        let s = reduce(
            s,
            Action::Correct {
                id: 1,
                ops: kept.clone(),
            },
        );
        let s = reduce(
            s,
            Action::Correct {
                id: 1,
                ops: lost.clone(),
            },
        );
        let s = reduce(
            s,
            Action::Discard {
                id: 1,
                ids: vec![lost[0].id.clone()],
            },
        );
        assert_eq!(s.entry(1).unwrap().log.live(), kept);
        assert!(s.recompute.contains(&1), "the report is analysed again");
        // Undo brings it back (a fresh copy: withdrawn ids stay withdrawn), redo discards
        // the copy.
        let s = reduce(s, Action::Undo);
        let live = s.entry(1).unwrap().log.live();
        assert_eq!(live.len(), 2);
        assert_eq!(live[1].change, lost[0].change);
        assert_ne!(live[1].id, lost[0].id);
        let notice = s.notice.clone().unwrap().message.zh;
        assert!(
            notice.starts_with("已撤销") && notice.contains("舍弃"),
            "{notice}"
        );
        let s = reduce(s, Action::Redo);
        assert_eq!(s.entry(1).unwrap().log.live(), kept);
        // Undo the discard again, then the step that made the correction: it takes back the
        // copy now live (steps follow their corrections' copies).
        let s = reduce(s, Action::Undo);
        let s = reduce(s, Action::Undo);
        assert_eq!(s.entry(1).unwrap().log.live(), kept);
    }

    #[test]
    fn undo_and_redo_act_on_the_report_on_screen_and_say_what_they_did() {
        let s = reduce(with_two(), Action::Finished(vec![done(1), done(2)]));
        let first = a_correction("甲");
        let second = a_correction("乙");
        let s = reduce(s, Action::Select(1));
        let s = reduce(
            s,
            Action::Correct {
                id: 1,
                ops: first.clone(),
            },
        );
        let s = reduce(
            s,
            Action::Correct {
                id: 2,
                ops: second.clone(),
            },
        );
        // Report 1 is on screen: its own step is taken back, not report 2's later one.
        let s = reduce(s, Action::Undo);
        assert!(s.entry(1).unwrap().log.live().is_empty());
        assert_eq!(s.entry(2).unwrap().log.live(), second);
        let notice = s.notice.clone().unwrap();
        assert!(
            notice.message.zh.starts_with("已撤销"),
            "{:?}",
            notice.message
        );
        assert!(notice.message.zh.contains(&s.entry(1).unwrap().name));
        let key1 = s.entry(1).unwrap().key.to_string();
        assert!(!s.history.can_undo(&key1) && s.history.can_redo(&key1));
        // Nothing more to undo here: the page says so and report 2 is untouched.
        let s = reduce(s, Action::Undo);
        assert_eq!(s.entry(2).unwrap().log.live(), second);
        assert!(s
            .notice
            .clone()
            .unwrap()
            .message
            .zh
            .starts_with("此报告没有可撤销"));
        let s = reduce(s, Action::Redo);
        let again = s.entry(1).unwrap().log.live();
        assert_eq!(again.len(), 1);
        assert_ne!(again[0].id, first[0].id, "a fresh id: logs only grow");
        assert_eq!(again[0].change, first[0].change);
        assert!(s.notice.clone().unwrap().message.zh.starts_with("已重做"));
        // On report 2, undo takes back report 2's step.
        let s = reduce(s, Action::Select(2));
        let s = reduce(s, Action::Undo);
        assert!(s.entry(2).unwrap().log.live().is_empty());
        assert_eq!(s.entry(1).unwrap().log.live().len(), 1);
        // A new correction ends that report's redo chain.
        let s = reduce(
            s,
            Action::Correct {
                id: 2,
                ops: a_correction("丙"),
            },
        );
        let key2 = s.entry(2).unwrap().key.to_string();
        assert!(!s.history.can_redo(&key2));
        // A report removed takes its steps with it.
        let s = reduce(s, Action::Remove(2));
        assert!(!s.history.can_undo(&key2));
    }

    #[test]
    fn another_tabs_log_is_merged_not_taken_over() {
        let s = reduce(with_two(), Action::Finished(vec![done(1), done(2)]));
        let ours = a_correction("甲");
        let s = reduce(
            s,
            Action::Correct {
                id: 1,
                ops: ours.clone(),
            },
        );
        let s = reduce(s, Action::RecomputeTaken(vec![1]));
        let mut theirs = Log::default();
        theirs.add(a_correction("乙"));
        let key = s.entry(1).unwrap().key.to_string();
        let s = reduce(
            s,
            Action::MergeLog {
                key: key.clone(),
                log: theirs.clone(),
            },
        );
        assert_eq!(s.entry(1).unwrap().log.live().len(), 2);
        assert!(s.recompute.contains(&1));
        // Hearing the same log again changes nothing.
        let s = reduce(s, Action::RecomputeTaken(vec![1]));
        let merged = (*s.entry(1).unwrap().log).clone();
        let s = reduce(s, Action::MergeLog { key, log: merged });
        assert!(s.recompute.is_empty());
    }

    #[test]
    fn after_a_reload_undo_reaches_the_restored_corrections() {
        let mut old = Entry::new(7, "old.txt", Origin::File, 1);
        old.key = Rc::from("x-1");
        old.status = Status::Restoring;
        let mut log = Log::default();
        log.add(a_correction("甲"));
        old.log = Rc::new(log);
        let s = reduce(Rc::new(AppState::default()), Action::Restore(vec![old]));
        assert!(s.history.can_undo("x-1"));
        let s = reduce(s, Action::Finished(vec![done(7)]));
        let s = reduce(s, Action::Undo);
        assert!(s.entry(7).unwrap().log.live().is_empty());
        assert!(s.recompute.contains(&7));
    }

    #[test]
    fn only_the_reply_for_the_latest_corrections_is_shown() {
        let s = reduce(with_two(), Action::Finished(vec![done(1), done(2)]));
        let s = reduce(
            s,
            Action::Correct {
                id: 1,
                ops: a_correction("甲"),
            },
        );
        let first = s.entry(1).unwrap().revision;
        let s = reduce(
            s,
            Action::Correct {
                id: 1,
                ops: a_correction("乙"),
            },
        );
        let reply = |text: &str| Outcome::Done {
            id: 1,
            text: Rc::from(text),
            line: Rc::from("{}"),
            summary: Summary::default(),
            source: None,
            stored: false,
        };
        let s = reduce(
            s,
            Action::Recomputed {
                revision: first + 1,
                outcome: reply("新"),
            },
        );
        let s = reduce(
            s,
            Action::Recomputed {
                revision: first,
                outcome: reply("旧"),
            },
        );
        assert_eq!(
            &*s.entry(1).unwrap().text,
            "新",
            "the late, older reply is ignored"
        );
        assert!(!s.entry(1).unwrap().recomputing);
    }

    #[test]
    fn a_workspace_file_adds_new_reports_and_merges_listed_ones_by_content() {
        use gangmu_core::workspace::{Source, Workspace, WorkspaceReport};
        let mut listed = done(1);
        if let Outcome::Done { summary, .. } = &mut listed {
            summary.hash = "sha256:aa".into();
        }
        let s = reduce(with_two(), Action::Finished(vec![listed, done(2)]));
        let report = |hash: &str, source: Source| WorkspaceReport {
            hash: hash.into(),
            name: "r.txt".into(),
            source,
            encoding: None,
            added: 7,
            corrections: a_correction("甲"),
        };
        let ws = Workspace {
            reports: vec![
                report(
                    "sha256:aa",
                    Source::Pasted {
                        text: "正文".into(),
                    },
                ),
                report(
                    "sha256:bb",
                    Source::File {
                        bytes: b"raw".to_vec(),
                    },
                ),
            ],
            ..Workspace::default()
        };
        let s = reduce(s, Action::OpenWorkspace(Box::new(ws)));
        assert_eq!(
            s.entries.len(),
            3,
            "one new report; the other is the listed one"
        );
        assert_eq!(
            s.entry(1).unwrap().log.live().len(),
            1,
            "its corrections merged"
        );
        assert!(s.recompute.contains(&1));
        let new = s.entries.last().unwrap();
        assert_eq!(new.source.as_deref(), Some(&b"raw"[..]));
        assert_eq!(new.log.live().len(), 1);
        assert!(s.extract.contains(&new.id));
        assert_eq!(new.status, Status::Queued);
    }

    #[test]
    fn sorting_the_same_column_twice_reverses() {
        let s = reduce(Rc::new(AppState::default()), Action::SortBy(Column::Value));
        assert!(!s.sort.descending);
        let s = reduce(s, Action::SortBy(Column::Value));
        assert!(s.sort.descending);
    }
}
