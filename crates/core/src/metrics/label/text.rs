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
    if !has_bracket(&s) {
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

/// Whether `s` holds one of the brackets [`balance_brackets`] pairs: ( ) （ ） 《 》 “ ”. Their
/// UTF-8 bytes are looked for directly (the wide ones start with E2, E3 or EF, which no Han
/// character does; every label is asked, and many hold a 、 or “, so a byte pretest followed by
/// a char-set `contains` decoded most labels in full).
pub(super) fn has_bracket(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr2(b'(', b')', b).is_some()
        || memchr::memchr3_iter(0xE2, 0xE3, 0xEF, b).any(|i| {
            matches!(
                (b[i], b.get(i + 1), b.get(i + 2)),
                (0xE2, Some(0x80), Some(0x9C | 0x9D))
                    | (0xE3, Some(0x80), Some(0x8A | 0x8B))
                    | (0xEF, Some(0xBC), Some(0x88 | 0x89))
            )
        })
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
