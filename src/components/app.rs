//! The root: reducer, engine, commands, page-wide drop, layout.

use super::context::{Commands, Ctx, ExportKind, Loaded, Scope};
use super::{
    compare_view::CompareView, empty_state::EmptyState, findings_panel::FindingsPanel,
    header::Header, metric_table::MetricTable, notice::NoticeBar, outline_tree::OutlineTree,
    panel_tabs::PanelTabs, paste_dialog::PasteDialog, profile_panel::ProfilePanel,
    report_list::ReportList, report_summary::ReportSummary, source_view::SourceView,
};
use crate::hooks::use_compare::use_compare;
use crate::hooks::use_engine::{request_export, use_engine, Job};
use crate::hooks::use_page_drop::use_page_drop;
use crate::i18n::Message;
use crate::protocol::{Envelope, InputKind, Request};
use crate::services::engine::Payload;
use crate::services::files::Originals;
use crate::state::{next_id, Action, AppState, Entry, EntryId, Origin, Panel, Status, Tab};
use crate::view::source::SourceModel;
use std::collections::HashSet;
use std::rc::Rc;
use yew::prelude::*;

/// Today as `20250131`, for export file names (the page may use the clock; the core may not).
pub(crate) fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}{:02}{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(AppState::default);
    let dispatch = state.dispatcher();
    let (engine, pending) = use_engine(dispatch.clone());
    let originals = (*use_memo((), |_| Originals::default())).clone();
    let compare = use_compare(&engine, &pending, &state);

    // Forget the files of removed reports.
    {
        let (originals, state) = (originals.clone(), state.clone());
        use_effect_with(state.entries.len(), move |_| {
            if originals.len() > state.entries.len() {
                let listed: HashSet<EntryId> = state.entries.iter().map(|e| e.id).collect();
                originals.retain(&listed);
            }
        });
    }

    // Once the engine is up, fetch the indicator and area names (a few KB; the dictionary
    // stays in the worker).
    {
        let (engine, pending, ready) = (
            engine.clone(),
            pending.clone(),
            matches!(
                state.engine,
                crate::state::Engine::Worker | crate::state::Engine::MainThread
            ),
        );
        let have = state.names.is_some();
        use_effect_with((ready, have), move |(ready, have)| {
            let asked = pending.borrow().values().any(|j| *j == Job::Names);
            if *ready && !*have && !asked {
                let job = next_id();
                pending.borrow_mut().insert(job, Job::Names);
                engine.submit(Payload::Ready(Envelope::new(Request::Indicators { job })));
            }
        });
    }

    // Register the service worker once (hosted app only).
    use_effect_with((), |_| crate::services::offline::register());

    // Keep <html lang> in step with the UI language (screen readers, CJK font choice).
    use_effect_with(state.lang, |lang| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", lang.html_lang());
        }
    });

    let selected = state.selected_entry().cloned();
    let loaded = use_memo(
        selected.as_ref().map(|e| {
            (
                e.id,
                Rc::as_ptr(&e.line) as *const u8 as usize,
                e.status == Status::Done,
            )
        }),
        move |_| {
            let e = selected.filter(|e| e.status == Status::Done)?;
            let report = crate::worker::parse_report(&e.line).ok()?;
            let source = SourceModel::new(&e.text, &report);
            Some(Rc::new(Loaded {
                id: e.id,
                file: e.name.clone(),
                report,
                text: e.text.clone(),
                source,
            }))
        },
    );
    let paste = {
        let (engine, dispatch, state) = (engine.clone(), dispatch.clone(), state.clone());
        Callback::from(move |text: String| {
            let id = next_id();
            let name = state.paste_name();
            dispatch.dispatch(Action::Add(vec![Entry::new(
                id,
                name.clone(),
                Origin::Paste,
                text.len(),
            )]));
            engine.submit(Payload::Ready(Envelope {
                text: Some(text),
                ..Envelope::new(Request::Extract {
                    job: id,
                    name,
                    input: InputKind::Text,
                    encoding: None,
                })
            }));
        })
    };
    let files = {
        let (engine, dispatch, originals) = (engine.clone(), dispatch.clone(), originals.clone());
        Callback::from(move |files: Vec<web_sys::File>| {
            let mut entries = Vec::new();
            let mut payloads = Vec::new();
            for file in files {
                let id = next_id();
                let name = file.name();
                originals.keep(id, file.clone());
                entries.push(Entry::new(
                    id,
                    name.clone(),
                    Origin::File,
                    file.size() as usize,
                ));
                payloads.push(Payload::File(
                    Envelope::new(Request::Extract {
                        job: id,
                        name,
                        input: InputKind::Bytes,
                        encoding: None,
                    }),
                    file,
                ));
            }
            dispatch.dispatch(Action::Add(entries));
            for p in payloads {
                engine.submit(p);
            }
        })
    };
    let samples = {
        let (engine, dispatch) = (engine.clone(), dispatch.clone());
        Callback::from(move |_| {
            let mut entries = Vec::new();
            for (i, name) in crate::samples::NAMES.iter().enumerate() {
                let id = next_id();
                entries.push(Entry::new(id, *name, Origin::Sample, 0));
                engine.submit(Payload::Ready(Envelope::new(Request::Extract {
                    job: id,
                    name: name.to_string(),
                    input: InputKind::Sample(i),
                    encoding: None,
                })));
            }
            dispatch.dispatch(Action::Add(entries));
        })
    };
    let stop = {
        let (engine, dispatch, pending) = (engine.clone(), dispatch.clone(), pending.clone());
        Callback::from(move |_| {
            engine.stop();
            // Every job dies with the workers: exports and comparisons are not coming back,
            // and the names are asked for again once the fresh workers are up.
            pending.borrow_mut().clear();
            dispatch.dispatch(Action::Stop);
        })
    };
    let reread = {
        let (engine, dispatch, state, originals) = (
            engine.clone(),
            dispatch.clone(),
            state.clone(),
            originals.clone(),
        );
        Callback::from(move |(id, label): (EntryId, String)| {
            let (Some(entry), Some(file)) = (state.entry(id), originals.get(id)) else {
                return;
            };
            if entry.status.is_pending() {
                return;
            }
            dispatch.dispatch(Action::Reread(id));
            engine.submit(Payload::File(
                Envelope::new(Request::Extract {
                    job: id,
                    name: entry.name.clone(),
                    input: InputKind::Bytes,
                    encoding: Some(label),
                }),
                file,
            ));
        })
    };
    let export = {
        let (engine, dispatch, state, loaded) = (
            engine.clone(),
            dispatch.clone(),
            state.clone(),
            loaded.clone(),
        );
        let pending = pending.clone();
        Callback::from(move |(kind, scope): (ExportKind, Scope)| {
            let lang = state.lang;
            let chosen: Vec<Rc<Entry>> = match scope {
                Scope::Current => state.selected_entry().cloned().into_iter().collect(),
                Scope::All => state.entries.clone(),
            };
            let chosen: Vec<Rc<Entry>> = chosen
                .into_iter()
                .filter(|e| e.status == Status::Done)
                .collect();
            let notify = |message: Message, error: bool| {
                dispatch.dispatch(Action::Notify { message, error })
            };
            if kind == ExportKind::CopyTable {
                let Some(l) = loaded.as_ref() else {
                    return notify(Message::new(ZH_NOTHING, EN_NOTHING), true);
                };
                let shown = crate::view::table::visible(&l.report, &state.filter, state.sort);
                let header = match lang {
                    crate::i18n::Lang::Zh => gangmu_core::present::csv::COLUMNS_ZH,
                    crate::i18n::Lang::En => gangmu_core::present::csv::COLUMNS,
                };
                let tsv =
                    crate::export::tsv(&header, &l.file, &l.report, &shown, state.names.as_deref());
                let dispatch = dispatch.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let ok = crate::services::clipboard::copy(&tsv).await;
                    let message = if ok {
                        Message::new(crate::i18n::ZH.copied, crate::i18n::EN.copied)
                    } else {
                        Message::new(crate::i18n::ZH.copy_failed, crate::i18n::EN.copy_failed)
                    };
                    dispatch.dispatch(Action::Notify {
                        message,
                        error: !ok,
                    });
                });
                return;
            }
            if chosen.is_empty() {
                return notify(Message::new(ZH_NOTHING, EN_NOTHING), true);
            }
            let stem = match (scope, chosen.as_slice(), kind) {
                // gangmu-dataset-metrics-200-20250131.csv
                (_, _, ExportKind::Dataset(_, table)) => format!(
                    "gangmu-dataset{}-{}-{}",
                    match table {
                        crate::protocol::DatasetTable::Reports => "-reports",
                        crate::protocol::DatasetTable::Metrics => "-metrics",
                        crate::protocol::DatasetTable::Both => "",
                    },
                    chosen.len(),
                    today()
                ),
                (Scope::Current, [one], _) => crate::export::file_stem(&one.name),
                _ => format!("gangmu-{}-{}", chosen.len(), today()),
            };
            let lines: Vec<String> = chosen.iter().map(|e| e.line.to_string()).collect();
            match kind {
                ExportKind::Json => {
                    let body = crate::export::json_lines(lines.iter().map(String::as_str));
                    let ext = if lines.len() == 1 { "json" } else { "jsonl" };
                    let name = format!("{stem}.{ext}");
                    let (message, error) = crate::services::download::save_with_notice(
                        body.as_bytes(),
                        "application/json",
                        &name,
                    );
                    notify(message, error);
                }
                ExportKind::Table(format) => request_export(
                    &engine,
                    &pending,
                    &dispatch,
                    lines,
                    (format, crate::protocol::ExportOf::Reports),
                    lang,
                    &stem,
                ),
                ExportKind::Dataset(format, table) => request_export(
                    &engine,
                    &pending,
                    &dispatch,
                    lines,
                    (format, crate::protocol::ExportOf::Dataset(table)),
                    lang,
                    &stem,
                ),
                ExportKind::CopyTable => {}
            }
        })
    };

    let commands = Commands {
        paste,
        files: files.clone(),
        samples,
        stop,
        export,
        compare: compare.compare,
        recompare: compare.recompare,
        compare_total: compare.total,
        compare_export: compare.export,
        reread,
    };
    let dragging = use_page_drop(files);
    let ctx = Ctx {
        state: Rc::new((*state).clone()),
        dispatch: dispatch.clone(),
        loaded: (*loaded).clone(),
        commands,
    };
    let s = state.lang.strings();
    let has_reports = !state.entries.is_empty();
    // For tests and benchmarks: whether the engine is up, and where.
    let engine_state = match state.engine {
        crate::state::Engine::Loading => "loading",
        crate::state::Engine::Worker => "worker",
        crate::state::Engine::MainThread => "main",
        crate::state::Engine::Failed(_) => "failed",
    };
    let panel_class = |p: Panel| {
        if state.panel == p {
            "pane active"
        } else {
            "pane"
        }
    };

    html! {
        <ContextProvider<Ctx> context={ctx}>
            <div class={classes!("app", has_reports.then_some("has-reports"))} data-engine={engine_state}>
                <Header />
                if has_reports && state.compare.is_some() {
                    <PanelTabs />
                    <main class="workspace comparing" id="main">
                        <aside class={classes!(panel_class(Panel::List), "pane-list")} aria-label={s.reports}>
                            <ReportList />
                        </aside>
                        <section class={classes!(panel_class(Panel::Compare), "pane-compare")} aria-label={s.compare_title}>
                            <CompareView />
                        </section>
                    </main>
                } else if has_reports {
                    <PanelTabs />
                    <main class="workspace" id="main">
                        <aside class={classes!(panel_class(Panel::List), "pane-list")} aria-label={s.reports}>
                            <ReportList />
                        </aside>
                        <nav class={classes!(panel_class(Panel::Outline), "pane-outline")} aria-label={s.outline}>
                            <OutlineTree />
                        </nav>
                        <section class="pane-main">
                            <ReportSummary />
                            <div class="split">
                                <section class={classes!("pane", "pane-table", matches!(state.panel, Panel::Table | Panel::Findings).then_some("active"))}>
                                    <div class="tabs" role="tablist">
                                        <button role="tab" class="tab" aria-selected={(state.tab == Tab::Metrics).to_string()}
                                            onclick={let d = dispatch.clone(); move |_| { d.dispatch(Action::Tab(Tab::Metrics)); }}>
                                            { s.metrics }
                                        </button>
                                        <button role="tab" class="tab" aria-selected={(state.tab == Tab::Findings).to_string()}
                                            onclick={let d = dispatch.clone(); move |_| { d.dispatch(Action::Tab(Tab::Findings)); }}>
                                            { s.findings }
                                        </button>
                                        <button role="tab" class="tab" aria-selected={(state.tab == Tab::Profile).to_string()} data-test="tab-profile"
                                            onclick={let d = dispatch.clone(); move |_| { d.dispatch(Action::Tab(Tab::Profile)); }}>
                                            { s.profile }
                                        </button>
                                    </div>
                                    { match state.tab {
                                        Tab::Metrics => html! { <MetricTable /> },
                                        Tab::Findings => html! { <FindingsPanel /> },
                                        Tab::Profile => html! { <ProfilePanel /> },
                                    } }
                                </section>
                                <section class={classes!(panel_class(Panel::Source), "pane-source")} aria-label={s.source_text}>
                                    <SourceView />
                                </section>
                            </div>
                        </section>
                    </main>
                } else {
                    <main class="welcome" id="main"><EmptyState /></main>
                }
                if state.paste_open { <PasteDialog /> }
                if dragging {
                    <div class="drop-overlay" aria-hidden="true"><div class="drop-card">{ s.drop_release }</div></div>
                }
                <NoticeBar />
            </div>
        </ContextProvider<Ctx>>
    }
}

const ZH_NOTHING: &str = "没有可导出的报告";
const EN_NOTHING: &str = "No report to export";
