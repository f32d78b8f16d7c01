//! Character folding for matching: one canonical form for characters that read the same.
//!
//! Reports mix full- and half-width punctuation (`（一）` and `(一)`), pad with NBSP, U+3000 or
//! EN SPACE, and mirror sites serve traditional characters. Downstream stages match on the
//! folded text only; what the user sees (titles, labels, metric text) is always cut from the
//! input through the offset map, so folding never changes what is shown.

use crate::lexicon::trad;

/// How a character was folded, for the findings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fold {
    /// Full-width ASCII (`１`, `（`, `，`) to ASCII.
    Width,
    /// An unusual space (NBSP, U+3000, EN SPACE …) to a plain space.
    Space,
    /// A traditional character to its simplified form.
    Traditional,
}

/// The folded form of `c`, or `None` when it stays as it is. (Inlined: the later stages ask it
/// of every character of labels and titles, and most characters fold to nothing.)
#[inline]
pub fn fold(c: char) -> Option<(char, Fold)> {
    match c {
        '\u{FF01}'..='\u{FF5E}' => {
            let ascii = char::from_u32(c as u32 - 0xFF01 + 0x21)?;
            Some((ascii, Fold::Width))
        }
        '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Some((' ', Fold::Space)),
        // Zero-width characters and the BOM inside text carry nothing; they fold to nothing
        // (the caller drops a fold to '\0').
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => Some(('\0', Fold::Space)),
        // Small full-width variants seen in pasted Word text.
        '\u{FE50}' => Some((',', Fold::Width)),
        '\u{FE52}' => Some(('.', Fold::Width)),
        '\u{FF61}' => Some(('。', Fold::Width)),
        '\u{FF64}' => Some(('、', Fold::Width)),
        _ => trad::to_simplified(c).map(|s| (s, Fold::Traditional)),
    }
}

/// `s` folded, borrowed when nothing in it folds: for comparing words shown as written (a
/// label, a title) with the cleaned text, in which 審結 is already 审结.
pub fn folded(s: &str) -> std::borrow::Cow<'_, str> {
    // What never folds (ASCII, simplified ideographs, CJK punctuation) is passed over from the
    // bytes by the build loop's own test; the characters left are asked one by one. (No ASCII
    // character folds.)
    let plain = super::skip_plain(s.as_bytes(), 0, s.len());
    if s[plain..]
        .chars()
        .any(|c| !c.is_ascii() && fold(c).is_some())
    {
        std::borrow::Cow::Owned(fold_str(s))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// Folds a whole string (for comparing short phrases outside the pipeline).
pub fn fold_str(s: &str) -> String {
    // Folding never lengthens a character's UTF-8: sized once.
    let mut out = String::with_capacity(s.len());
    out.extend(s.chars().filter_map(|c| match fold(c) {
        Some(('\0', _)) => None,
        Some((f, _)) => Some(f),
        None => Some(c),
    }));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_ascii_folds_to_ascii() {
        assert_eq!(fold_str("（一）１２３，５％"), "(一)123,5%");
    }

    #[test]
    fn odd_spaces_fold_to_a_plain_space() {
        assert_eq!(fold_str("\u{2002}\u{2002}a\u{00A0}b\u{3000}c"), "  a b c");
    }

    /// `folded` passes over plain characters from the bytes; it must borrow exactly when no
    /// character of the string folds, and fold like `fold_str` otherwise.
    #[test]
    fn folded_borrows_exactly_when_nothing_folds() {
        let general = |s: &str| s.chars().any(|c| !c.is_ascii() && fold(c).is_some());
        let mut texts: Vec<String> = [
            "审结案件163件",
            "審結案件",
            "（一）",
            "a\r\nb",
            "",
            "、。“”《》",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for code in (0..0x3000).chain(0x3000..0xA000).chain(0xF900..0x10000) {
            if let Some(c) = char::from_u32(code) {
                texts.push(format!("审结{c}"));
                texts.push(c.to_string());
            }
        }
        for s in &texts {
            let f = folded(s);
            assert_eq!(matches!(f, std::borrow::Cow::Owned(_)), general(s), "{s:?}");
            assert_eq!(f, fold_str(s), "{s:?}");
        }
    }

    #[test]
    fn cjk_punctuation_that_has_no_ascii_twin_is_kept() {
        assert_eq!(fold_str("一、二是。“三”"), "一、二是。“三”");
    }
}
