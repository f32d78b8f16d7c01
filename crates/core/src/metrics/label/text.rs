//! The label as the user reads it: the parts cut from the input as written, brackets balanced.

use super::clause::Parts;
use crate::clean::Cleaned;

/// The label as the user wrote it, brackets balanced: one string, sized once, in the common
/// case (no topic, brackets that pair up).
pub(super) fn label_text(cleaned: &Cleaned<'_>, parts: &Parts) -> String {
    let ranges = || parts.pre.iter().chain(&parts.post).chain(&parts.shared);
    // Sized by the cleaned ranges (the input's words are as long, or longer where cleaning
    // folded full-width characters): each range is mapped back to the input only once.
    let mut s = String::with_capacity(ranges().map(|&(a, b)| b - a).sum());
    ranges().for_each(|&(a, b)| s.push_str(cleaned.source(a, b).trim()));
    if let Some((a, b)) = parts.topic {
        s = format!("{}（{}）", balance_brackets(s), cleaned.source(a, b).trim());
    }
    without_repeated_end(balance_brackets(s))
}

/// A label whose last word the source wrote twice (发布民意征集民意征集8件) says it once: a
/// reader does not copy the slip. Words of two to six Han characters (three bytes each in
/// UTF-8), compared as bytes with a one-byte pretest, since every label is asked; the label is
/// still a cut of the input.
fn without_repeated_end(mut s: String) -> String {
    let b = s.as_bytes();
    let len = b.len();
    for w in (2..=6).rev() {
        let n = 3 * w;
        if len < 2 * n || b[len - 1] != b[len - 1 - n] || b[len - n..] != b[len - 2 * n..len - n] {
            continue;
        }
        if s.is_char_boundary(len - n) && s[len - n..].chars().all(crate::text::is_cjk) {
            s.truncate(len - n);
            return s;
        }
    }
    s
}

/// Drops an opening bracket that is never closed or a closing one that was never opened
/// (a label cut out of `（警情推送103件、群众来访42件）`).
fn balance_brackets(s: String) -> String {
    // A byte pre-test first (the brackets are ASCII or start with E2, E3 or EF; Han characters
    // start with E4–E9): a char-set `contains` decodes every character of every label.
    let may_have = s
        .bytes()
        .any(|b| matches!(b, b'(' | b')' | 0xE2 | 0xE3 | 0xEF));
    if !may_have || !s.contains(['(', ')', '（', '）', '《', '》', '“', '”']) {
        return trimmed(s);
    }
    let pairs = [('(', ')'), ('（', '）'), ('《', '》'), ('“', '”')];
    let mut out = s;
    // (覆盖14个抽查领域): a label that is one bracketed aside loses the brackets.
    for (open, close) in [('(', ')'), ('（', '）')] {
        if out.starts_with(open) && out.ends_with(close) && out.matches(open).count() == 1 {
            out = out[open.len_utf8()..out.len() - close.len_utf8()].to_string();
        }
    }
    for (open, close) in pairs {
        let opens = out.matches(open).count();
        let closes = out.matches(close).count();
        if opens > closes {
            if out.starts_with(open) {
                out = out[open.len_utf8()..].to_string();
            } else if let Some(p) = out.rfind(open) {
                // 矛盾纠纷类(警情推送: the bracket opens a breakdown that belongs elsewhere.
                out.truncate(p);
            }
        } else if closes > opens {
            if out.ends_with(close) {
                out.truncate(out.len() - close.len_utf8());
            } else if let Some(p) = out.find(close) {
                out = out[p + close.len_utf8()..].to_string();
            }
        }
    }
    trimmed(out)
}

/// `s` trimmed, in place when nothing is trimmed (most labels).
fn trimmed(s: String) -> String {
    let t = s.trim();
    if t.len() == s.len() {
        s
    } else {
        t.to_string()
    }
}
