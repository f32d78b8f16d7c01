//! The report's facts as a form: title, issuer, region, year and publication date (the date
//! drives the timeliness check). Saving turns the changed facts into one undo step of
//! corrections. The region is chosen from the division list (the worker searches it as the
//! user types: a name, part of one, or a code); a changed issuer is read again for its region
//! by the core, and a region chosen here wins over that.

use super::context::{use_ctx, Loaded};
use super::region_badge::candidate_text;
use crate::corrections::make::Action as Edit;
use crate::i18n::dataset::strings as dataset_strings;
use crate::services::clock::now_ms;
use crate::state::Action;
use gangmu_core::corrections::Fact;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub loaded: Rc<Loaded>,
    pub on_close: Callback<()>,
}

fn value(node: &NodeRef) -> Option<String> {
    let v = node.cast::<HtmlInputElement>()?.value();
    let v = v.trim();
    (!v.is_empty()).then(|| v.to_string())
}

/// The 6-digit division code in what the region field holds: a code typed (`450202`) or a
/// choice (`广西壮族自治区柳州市城中区（450202）`); the last run of exactly six digits.
pub fn region_code(text: &str) -> Option<String> {
    let mut found = None;
    let mut run = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() {
            run.push(c);
        } else {
            if run.len() == 6 {
                found = Some(run.clone());
            }
            run.clear();
        }
    }
    found
}

/// The region field as the form opens: the region and its code, as a choice reads.
fn region_field(by: Option<&gangmu_core::IssuedBy>) -> String {
    match by {
        Some(gangmu_core::IssuedBy {
            region: Some(name),
            code: Some(code),
            ..
        }) => format!("{name}（{code}）"),
        _ => String::new(),
    }
}

#[function_component(FactsEditor)]
pub fn facts_editor(props: &Props) -> Html {
    let ctx = use_ctx();
    let s = ctx.state.lang.strings();
    let d = dataset_strings(ctx.state.lang);
    let (title, issuer, year, published, region) = (
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
    );
    let r = &props.loaded.report;
    // The fields are filled once, when the form opens, and never again: yew writes a `value`
    // attribute back into the field at every render (the page renders while the user types —
    // the region's choices arrive, a batch progresses), which would undo the user's typing.
    {
        let refs = [
            (title.clone(), r.title.clone().unwrap_or_default()),
            (issuer.clone(), r.issuer.clone().unwrap_or_default()),
            (region.clone(), region_field(r.issued_by.as_ref())),
            (
                year.clone(),
                r.year.map(|y| y.to_string()).unwrap_or_default(),
            ),
            (published.clone(), r.published.clone().unwrap_or_default()),
        ];
        use_effect_with((), move |_| {
            for (node, value) in refs {
                if let Some(input) = node.cast::<HtmlInputElement>() {
                    input.set_value(&value);
                }
            }
        });
    }
    // What the user types in the region field is looked up in the division list.
    let on_region = {
        let find = ctx.commands.find_regions.clone();
        Callback::from(move |e: InputEvent| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let q = input.value();
            // A choice just taken (it ends with its code) needs no new search.
            if !q.trim().is_empty() && !q.trim_end().ends_with('）') {
                find.emit(q);
            }
        })
    };
    let save = {
        let (ctx, loaded, close) = (ctx.clone(), props.loaded.clone(), props.on_close.clone());
        let (title, issuer, year, published, region) = (
            title.clone(),
            issuer.clone(),
            year.clone(),
            published.clone(),
            region.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let r = &loaded.report;
            let mut edit = Edit::new(now_ms());
            let t = value(&title);
            if t != r.title {
                edit.edit_fact(Fact::Title(t));
            }
            let i = value(&issuer);
            if i != r.issuer {
                edit.edit_fact(Fact::Issuer(i));
            }
            // After the issuer: a region chosen here wins over the one its words give. Words
            // without a code (nothing chosen) change nothing; an emptied field clears it.
            let was = r.issued_by.as_ref().and_then(|b| b.code.clone());
            let typed = value(&region);
            let code = typed.as_deref().and_then(region_code);
            match (&typed, code) {
                (None, _) if was.is_some() => edit.edit_fact(Fact::Region(None)),
                (Some(_), Some(code)) if Some(&code) != was.as_ref() => {
                    edit.edit_fact(Fact::Region(Some(code)))
                }
                _ => {}
            }
            let y = value(&year).and_then(|y| y.parse::<i32>().ok());
            if y != r.year {
                edit.edit_fact(Fact::Year(y));
            }
            let p = value(&published);
            if p != r.published {
                edit.edit_fact(Fact::Published(p));
            }
            if !edit.ops.is_empty() {
                ctx.send(Action::Correct {
                    id: loaded.id,
                    ops: edit.ops,
                });
            }
            close.emit(());
        })
    };
    let cancel = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <div class="facts-editor" data-test="facts-editor">
            <label>{ s.title }<input ref={title} class="input wide" data-test="edit-title" /></label>
            <label>{ s.issuer }<input ref={issuer} class="input" data-test="edit-issuer" /></label>
            <label title={d.region_search_hint}>{ d.region }
                <input ref={region} class="input wide" list="region-choices"
                    placeholder={d.region_search} oninput={on_region} data-test="edit-region" />
                <datalist id="region-choices" data-test="region-choices">
                    { for ctx.state.regions.found.iter().map(|c| html! { <option value={candidate_text(c)} /> }) }
                </datalist>
            </label>
            <label>{ s.year }<input ref={year} class="input short" inputmode="numeric" data-test="edit-year" /></label>
            <label>{ s.published }<input ref={published} class="input" type="date" data-test="edit-published" /></label>
            <button class="btn primary small" onclick={save} data-test="facts-save">{ s.save }</button>
            <button class="btn small" onclick={cancel}>{ s.cancel }</button>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_is_read_from_a_choice_or_a_code_typed() {
        assert_eq!(
            region_code("广西壮族自治区柳州市城中区（450202）").as_deref(),
            Some("450202")
        );
        assert_eq!(region_code(" 630103 ").as_deref(), Some("630103"));
        // Words without a code, a code's first digits or a longer number are no choice.
        for none in ["柳州市城中区", "4502", "4502021", ""] {
            assert_eq!(region_code(none), None, "{none}");
        }
        let by = gangmu_core::IssuedBy {
            region: Some("城中区".into()),
            code: Some("450202".into()),
            ..Default::default()
        };
        assert_eq!(region_field(Some(&by)), "城中区（450202）");
        assert_eq!(
            region_code(&region_field(Some(&by))).as_deref(),
            Some("450202")
        );
        assert_eq!(region_field(None), "");
    }
}
