//! How the selected file was read (format and encoding, as the decoder reports them), and a
//! choice of encoding to read it again with when the guess was wrong (text and web pages).

use super::context::use_ctx;
use crate::i18n::format_name;
use crate::state::{Entry, Origin, Status};
use gangmu_core::decode::OFFERED_ENCODINGS;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The offered label an encoding name belongs to (`GBK` and `gb2312` are read as GB18030).
pub fn offered_label(encoding: &str) -> Option<&'static str> {
    let e = encoding.to_ascii_uppercase();
    let e = match e.as_str() {
        "GBK" | "GB2312" | "GB18030" | "X-GBK" => "GB18030",
        "UTF-16" => "UTF-16LE",
        other => other,
    };
    OFFERED_ENCODINGS
        .iter()
        .map(|(label, _, _)| *label)
        .find(|label| label.eq_ignore_ascii_case(e))
}

/// Formats whose bytes are text in some encoding (the override applies to them).
fn has_encoding(format: &str) -> bool {
    matches!(format, "text" | "html" | "mhtml")
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub entry: Rc<Entry>,
}

#[function_component(EncodingPicker)]
pub fn encoding_picker(props: &Props) -> Html {
    let ctx = use_ctx();
    let lang = ctx.state.lang;
    let s = lang.strings();
    let e = &props.entry;
    let Some(summary) = &e.summary else {
        return html! {};
    };
    let current = offered_label(&summary.encoding);
    let can_reread = e.origin == Origin::File
        && has_encoding(&summary.format)
        && !e.status.is_pending()
        && e.status != Status::Stopped;
    let onchange = {
        let (reread, id) = (ctx.commands.reread.clone(), e.id);
        Callback::from(move |ev: Event| {
            let label = ev.target_unchecked_into::<HtmlSelectElement>().value();
            if !label.is_empty() {
                reread.emit((id, label));
            }
        })
    };
    html! {
        <span class="fact read-as" data-test="read-as">
            <span class="fact-label">{ s.format }</span>
            <span data-test="format">{ format_name(lang, &summary.format) }</span>
            if has_encoding(&summary.format) {
                <span class="fact-label">{ s.encoding }</span>
                if can_reread {
                    <select class="select small" {onchange} aria-label={s.reread_as} title={s.reread_as} data-test="encoding">
                        if current.is_none() {
                            <option value="" selected=true>{ &summary.encoding }</option>
                        }
                        { for OFFERED_ENCODINGS.iter().map(|(label, zh, en)| html! {
                            <option value={*label} selected={current == Some(*label)}>{ lang.pick(zh, en) }</option>
                        }) }
                    </select>
                } else {
                    <span data-test="encoding-name">{ &summary.encoding }</span>
                }
            }
        </span>
    }
}

#[cfg(test)]
mod tests {
    use super::offered_label;

    #[test]
    fn decoder_names_map_to_offered_labels() {
        assert_eq!(offered_label("GBK"), Some("GB18030"));
        assert_eq!(offered_label("UTF-8"), Some("UTF-8"));
        assert_eq!(offered_label("Big5"), Some("Big5"));
        assert_eq!(offered_label("UTF-16LE"), Some("UTF-16LE"));
        assert_eq!(offered_label("windows-1252"), None);
    }
}
