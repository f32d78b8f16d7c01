//! The report's facts as a form: title, issuer, year and publication date (the date drives
//! the timeliness check). Saving (the button or Enter) turns the changed facts into one undo
//! step of corrections; Esc cancels. What the user typed survives re-renders (`use_field`),
//! and a year that is not one (`去年`) is refused with a message instead of clearing the year;
//! `2023年`, `２０２３` and `二〇二三` are read.
//!
//! The region is chosen from the division list: the worker searches it as the user types (a
//! name, part of one, or a code) and the choices fill a datalist; the code of the one taken
//! becomes a `Fact::Region` correction, after the issuer's (a changed issuer is read again for
//! its region by the core, and a region chosen here wins over that).

use super::context::{use_ctx, Loaded};
use super::region_badge::candidate_text;
use crate::corrections::form::{FactsForm, FormError};
use crate::corrections::make::Action as Edit;
use crate::hooks::use_field::use_field;
use crate::hooks::use_typed::use_typed;
use crate::i18n::dataset::strings as dataset_strings;
use crate::i18n::edit::{self, form_error};
use crate::protocol::TypedField;
use crate::services::clock::now_ms;
use crate::state::Action;
use gangmu_core::corrections::Fact;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub loaded: Rc<Loaded>,
    pub on_close: Callback<()>,
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

/// The region correction the field asks for, if any: words without a code (nothing chosen)
/// change nothing; an emptied field clears the region.
fn region_change(typed: &str, was: Option<&str>) -> Option<Fact> {
    let typed = typed.trim();
    if typed.is_empty() {
        return was.map(|_| Fact::Region(None));
    }
    let code = region_code(typed)?;
    (Some(code.as_str()) != was).then_some(Fact::Region(Some(code)))
}

#[function_component(FactsEditor)]
pub fn facts_editor(props: &Props) -> Html {
    let ctx = use_ctx();
    let lang = ctx.state.lang;
    let s = lang.strings();
    let base = FactsForm::of(&props.loaded.report);
    let identity = props.loaded.id.to_string();
    let title = use_field(&identity, &base.title);
    let issuer = use_field(&identity, &base.issuer);
    let year = use_field(&identity, &base.year);
    let published = use_field(&identity, &base.published);
    let region = use_field(
        &identity,
        &region_field(props.loaded.report.issued_by.as_ref()),
    );
    let d = dataset_strings(lang);
    // What the user types in the region field is kept, and looked up in the division list.
    let on_region = {
        let (keep, find) = (region.oninput(), ctx.commands.find_regions.clone());
        Callback::from(move |e: InputEvent| {
            let q = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .map(|i| i.value());
            keep.emit(e);
            // A choice just taken (it ends with its code) needs no new search.
            if let Some(q) = q.filter(|q| !q.trim().is_empty() && !q.trim_end().ends_with('）')) {
                find.emit(q);
            }
        })
    };
    let error = use_state(|| None::<FormError>);
    let first = use_node_ref();
    {
        let first = first.clone();
        use_effect_with((), move |_| {
            if let Some(i) = first.cast::<web_sys::HtmlElement>() {
                let _ = i.focus();
            }
        });
    }
    let reader = use_typed(ctx.commands.read_typed.clone());
    let reading = reader.busy_attr();
    let save = {
        let (ctx, loaded, close, error) = (
            ctx.clone(),
            props.loaded.clone(),
            props.on_close.clone(),
            error.clone(),
        );
        let (title, issuer, year, published, region) = (
            title.clone(),
            issuer.clone(),
            year.clone(),
            published.clone(),
            region.clone(),
        );
        Callback::from(move |_: ()| {
            let form = FactsForm {
                title: title.text(),
                issuer: issuer.text(),
                year: year.text(),
                published: published.text(),
            };
            let region = region.text();
            let (ctx, loaded, close, error) =
                (ctx.clone(), loaded.clone(), close.clone(), error.clone());
            let typed = form.year.clone();
            reader.read(TypedField::Year, typed, move |read| {
                let changes = form.changes(&loaded.report, read.year());
                match changes {
                    Err(e) => error.set(Some(e)),
                    Ok(mut facts) => {
                        let was = loaded
                            .report
                            .issued_by
                            .as_ref()
                            .and_then(|b| b.code.as_deref());
                        facts.extend(region_change(&region, was));
                        if !facts.is_empty() {
                            let mut edit = Edit::new(now_ms());
                            for f in facts {
                                edit.edit_fact(f);
                            }
                            ctx.send(Action::Correct {
                                id: loaded.id,
                                ops: edit.ops,
                            });
                        }
                        close.emit(());
                    }
                }
            });
        })
    };
    let onkeydown = {
        let (save, close) = (save.clone(), props.on_close.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.is_composing() {
                return;
            }
            match e.key().as_str() {
                "Enter" => {
                    e.prevent_default();
                    save.emit(());
                }
                "Escape" => {
                    e.prevent_default();
                    close.emit(());
                }
                _ => {}
            }
        })
    };
    let cancel = props.on_close.reform(|_: MouseEvent| ());
    let year_bad = matches!(*error, Some(FormError::Year(_)));
    html! {
        <div class="facts-editor" aria-busy={reading} data-test="facts-editor" {onkeydown}>
            <label>{ s.title }<input ref={first} class="input wide" value={title.text()} oninput={title.oninput()} data-test="edit-title" /></label>
            <label>{ s.issuer }<input class="input" value={issuer.text()} oninput={issuer.oninput()} data-test="edit-issuer" /></label>
            <label title={d.region_search_hint}>{ d.region }
                <input class="input wide" list="region-choices" value={region.text()} oninput={on_region}
                    placeholder={d.region_search} data-test="edit-region" />
                <datalist id="region-choices" data-test="region-choices">
                    { for ctx.state.regions.found.iter().map(|c| html! { <option value={candidate_text(c)} /> }) }
                </datalist>
            </label>
            <label>{ s.year }<input class="input short" inputmode="numeric" value={year.text()} oninput={year.oninput()}
                aria-invalid={year_bad.to_string()} data-test="edit-year" /></label>
            <label>{ s.published }<input class="input" type="date" value={published.text()} oninput={published.oninput()} data-test="edit-published" /></label>
            <button class="btn primary small" onclick={save.reform(|_: MouseEvent| ())} data-test="facts-save">{ s.save }</button>
            <button class="btn small" onclick={cancel} data-test="facts-cancel">{ s.cancel }</button>
            <span class="hint">{ edit::strings(lang).keys_hint }</span>
            if let Some(e) = &*error { <p class="form-error" role="alert" data-test="form-error">{ form_error(lang, e) }</p> }
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
        assert_eq!(region_field(None), "");
    }

    #[test]
    fn only_a_new_code_or_an_emptied_field_is_a_change() {
        let was = Some("450202");
        assert_eq!(region_change("城中区（450202）", was), None);
        assert_eq!(region_change("城中", was), None, "nothing chosen");
        assert_eq!(
            region_change("630103", was),
            Some(Fact::Region(Some("630103".into())))
        );
        assert_eq!(region_change(" ", was), Some(Fact::Region(None)));
        assert_eq!(region_change("", None), None);
    }
}
