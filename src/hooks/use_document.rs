//! The page around the app: `<html lang>` follows the UI language (screen readers, CJK font
//! choice), and the service worker is registered once (hosted app only).

use crate::i18n::Lang;
use yew::prelude::*;

#[hook]
pub fn use_document(lang: Lang) {
    use_effect_with((), |_| crate::services::offline::register());
    use_effect_with(lang, |lang| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", lang.html_lang());
        }
    });
}
