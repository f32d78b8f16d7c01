//! A short message after copying or exporting (an ARIA live region), gone after a few seconds.

use super::context::use_ctx;
use crate::i18n::Localized;
use crate::state::Action;
use yew::prelude::*;

#[function_component(NoticeBar)]
pub fn notice_bar() -> Html {
    let ctx = use_ctx();
    let seq = ctx.state.notice.as_ref().map(|n| n.seq);
    {
        let ctx = ctx.clone();
        use_effect_with(seq, move |seq| {
            let timer = seq.map(|_| {
                let ctx = ctx.clone();
                gloo_timers::callback::Timeout::new(4000, move || ctx.send(Action::DismissNotice))
            });
            move || drop(timer)
        });
    }
    html! {
        <div class="notice-region" role="status" aria-live="polite">
            if let Some(n) = &ctx.state.notice {
                <div class={classes!("notice", n.error.then_some("error"))} data-test="notice">
                    { n.message.get(ctx.state.lang) }
                </div>
            }
        </div>
    }
}
