//! What every component can reach: the state, the dispatcher, the selected report as read by
//! the worker (`hooks::use_loaded`), and the commands (`hooks::use_commands`, which talk to the engine).

pub use crate::hooks::use_commands::Commands;
use crate::state::AppState;
pub use crate::view::loaded::Loaded;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone)]
pub struct Ctx {
    pub state: Rc<AppState>,
    pub dispatch: UseReducerDispatcher<AppState>,
    pub loaded: Option<Rc<Loaded>>,
    /// The selected report's current reading is on its way from the worker (`loaded` is its
    /// previous one, or `None`): forms wait, as while a correction is applied.
    pub loading: bool,
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
            && self.loading == other.loading
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

/// What a pane shows when there is no report to show: the selected report is still being
/// analysed or on its way from the worker, could not be read, or nothing is selected.
pub fn placeholder(ctx: &Ctx) -> Html {
    let lang = ctx.state.lang;
    let s = lang.strings();
    match ctx.state.selected_entry().map(|e| &e.status) {
        Some(status) if status.is_pending() || ctx.loading => html! {
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
