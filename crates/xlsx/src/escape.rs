//! Formula-injection guard for spreadsheet cells.
//!
//! Excel, WPS and LibreOffice read a cell that starts with `=`, `+`, `-` or `@` (and, in some
//! versions, a tab or carriage return) as a formula when it arrives through CSV, TSV or the
//! clipboard. Report text and file names are user data, so text cells that could be read that
//! way get a leading apostrophe (OWASP's advice); typed numbers are never escaped.

/// True when a spreadsheet could read `text` as a formula.
pub fn looks_like_formula(text: &str) -> bool {
    matches!(
        text.chars().next(),
        Some('=' | '+' | '-' | '@' | '\t' | '\r')
    )
}

/// `text` made safe for a text cell in CSV/TSV: a leading `'` when it could be a formula.
pub fn escape_text(text: &str) -> String {
    if looks_like_formula(text) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_are_escaped() {
        for s in ["=1+1", "+86", "-2", "@SUM(A1)", "=HYPERLINK(\"x\")"] {
            assert_eq!(escape_text(s), format!("'{s}"));
        }
    }

    #[test]
    fn ordinary_text_is_untouched() {
        for s in ["受理案件163件", "", "2023年", "'already"] {
            assert_eq!(escape_text(s), s);
        }
    }
}
