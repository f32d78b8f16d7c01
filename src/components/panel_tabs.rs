//! On a phone only one pane fits: these tabs choose it (hidden on wider screens). While a
//! comparison is open there are two panes: the list and the comparison.

use super::context::use_ctx;
use crate::state::{Action, Panel, Tab};
use yew::prelude::*;

#[function_component(PanelTabs)]
pub fn panel_tabs() -> Html {
    let ctx = use_ctx();
    let s = ctx.state.lang.strings();
    let tab = |panel: Panel, pane_tab: Option<Tab>, label: &'static str| {
        let ctx2 = ctx.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            ctx2.send(Action::Panel(panel));
            if let Some(t) = pane_tab {
                ctx2.send(Action::Tab(t));
            }
        });
        let selected = ctx.state.panel == panel
            && (panel != Panel::Findings || pane_tab.is_none_or(|t| ctx.state.tab == t));
        html! {
            <button role="tab" class="panel-tab" aria-selected={selected.to_string()} {onclick}>{ label }</button>
        }
    };
    let tabs = if ctx.state.compare.is_some() {
        html! {
            <>
                { tab(Panel::List, None, s.panel_list) }
                { tab(Panel::Compare, None, s.compare) }
            </>
        }
    } else {
        html! {
            <>
                { tab(Panel::List, None, s.panel_list) }
                { tab(Panel::Outline, None, s.panel_outline) }
                { tab(Panel::Table, Some(Tab::Metrics), s.panel_table) }
                { tab(Panel::Source, None, s.panel_source) }
                { tab(Panel::Findings, Some(Tab::Findings), s.panel_findings) }
                { tab(Panel::Findings, Some(Tab::Profile), s.profile) }
            </>
        }
    };
    html! {
        <nav class="panel-tabs" role="tablist" aria-label={s.views}>
            { tabs }
        </nav>
    }
}
