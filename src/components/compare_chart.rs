//! The comparison chart: the worker's SVG (the same bytes as `gangmu compare --format svg`)
//! shown through an `<img>` with a blob URL, never as markup in the page.

use crate::services::image::ObjectUrl;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub svg: Rc<str>,
    pub alt: AttrValue,
}

#[function_component(CompareChart)]
pub fn compare_chart(props: &Props) -> Html {
    // One URL per chart; the old one is revoked when the chart changes or leaves the page.
    let url = use_memo(Rc::as_ptr(&props.svg) as *const u8 as usize, {
        let svg = props.svg.clone();
        move |_| ObjectUrl::svg(&svg)
    });
    match url.as_ref() {
        Some(url) => html! {
            <img class="compare-chart" src={url.as_str().to_string()} alt={props.alt.clone()} data-test="compare-chart" />
        },
        None => html! {},
    }
}
