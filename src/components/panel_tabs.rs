//! On a phone only one pane fits: these tabs choose it (hidden on wider screens).

use super::context::use_ctx;
use crate::state::{Action, Panel, Tab};
use yew::prelude::*;

#[function_component(PanelTabs)]
pub fn panel_tabs() -> Html {
    let ctx = use_ctx();
    let s = ctx.state.lang.strings();
    let tab = |panel: Panel, label: &'static str| {
        let ctx2 = ctx.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            ctx2.send(Action::Panel(panel));
            match panel {
                Panel::Table => ctx2.send(Action::Tab(Tab::Metrics)),
                Panel::Findings => ctx2.send(Action::Tab(Tab::Findings)),
                _ => {}
            }
        });
        html! {
            <button role="tab" class="panel-tab" aria-selected={(ctx.state.panel == panel).to_string()} {onclick}>{ label }</button>
        }
    };
    html! {
        <nav class="panel-tabs" role="tablist" aria-label={ctx.state.lang.pick("视图", "Views")}>
            { tab(Panel::List, s.panel_list) }
            { tab(Panel::Outline, s.panel_outline) }
            { tab(Panel::Table, s.panel_table) }
            { tab(Panel::Source, s.panel_source) }
            { tab(Panel::Findings, s.panel_findings) }
        </nav>
    }
}
