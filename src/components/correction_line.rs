//! One correction in a line (the metric detail's history, the unplaced list): what was done,
//! the field, the text it was made on, before → after, and why it no longer applies.

use crate::view::corrections::Line;
use yew::prelude::*;

/// `with_place`: whether to show the text it was made on (the detail panel's history is about
/// one metric already on screen; the unplaced list needs it to be redone).
pub fn correction_line(l: &Line, with_place: bool) -> Html {
    html! {
        <>
            <span class="c-action">{ l.action }</span>
            if let Some(f) = l.field { <span class="c-field">{ f }</span> }
            if with_place {
                if let Some(p) = &l.place { <q class="c-place" data-test="correction-place">{ p }</q> }
            }
            if let Some(b) = &l.before { <span class="c-before">{ b }</span> }
            if l.before.is_some() || l.after.is_some() { <span class="c-arrow" aria-hidden="true">{ "→" }</span> }
            if let Some(a) = &l.after { <span class="c-after">{ a }</span> }
            if let Some(r) = &l.reason { <span class="c-reason" data-test="unplaced-reason">{ r }</span> }
        </>
    }
}
