//! The root: the reducer, the engine, the commands, and the layout of the panes.

use super::context::Ctx;
use super::{
    add_metric::AddMetric, clear_dialog::ClearDialog, compare_view::CompareView,
    empty_state::EmptyState, findings_panel::FindingsPanel, header::Header,
    metric_table::MetricTable, notice::NoticeBar, outline_tree::OutlineTree, panel_tabs::PanelTabs,
    paste_dialog::PasteDialog, profile_panel::ProfilePanel, report_list::ReportList,
    report_summary::ReportSummary, source_view::SourceView, storage_notice::StorageNotice,
};
use crate::hooks::{
    use_commands::use_commands, use_document::use_document, use_engine::use_engine,
    use_loaded::use_loaded, use_names::use_names, use_page_drop::use_page_drop,
    use_persistence::use_persistence, use_undo_keys::use_undo_keys,
};
use crate::state::{Action, AppState, Panel, Tab};
use std::rc::Rc;
use yew::prelude::*;

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(AppState::default);
    let dispatch = state.dispatcher();
    let (engine, pending, sent) = use_engine(dispatch.clone());
    let persistence = use_persistence(&state, &engine);
    let shown = use_loaded(&state, &engine, &pending, &sent);
    let loaded = shown.loaded;
    let commands = use_commands(&state, &engine, &pending, &persistence, loaded.clone());
    use_names(&state, &engine, &pending);
    use_document(state.lang);
    use_undo_keys(dispatch.clone());
    let dragging = use_page_drop(commands.files.clone());
    let ctx = Ctx {
        state: Rc::new((*state).clone()),
        dispatch: dispatch.clone(),
        loaded,
        loading: shown.loading,
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
                <StorageNotice />
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
                if state.confirm_clear { <ClearDialog /> }
                if let Some(adding) = state.adding.clone() { <AddMetric {adding} /> }
                if dragging {
                    <div class="drop-overlay" aria-hidden="true"><div class="drop-card">{ s.drop_release }</div></div>
                }
                <NoticeBar />
            </div>
        </ContextProvider<Ctx>>
    }
}
