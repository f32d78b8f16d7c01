//! The label as the user reads it: the parts cut from the input as written (less what cleaning
//! left out inside them: a mirror's pinyin notes), brackets balanced.

use super::clause::Parts;
use crate::clean::Cleaned;

/// The label as the user wrote it, brackets balanced: one string, sized once, in the common
/// case (no topic, brackets that pair up).
pub(super) fn label_text(cleaned: &Cleaned<'_>, parts: &Parts) -> String {
    let ranges = || parts.pre.iter().chain(&parts.post).chain(&parts.shared);
    // Sized by the cleaned ranges (the input's words are as long, or longer where cleaning
    // folded full-width characters): each range is mapped back to the input only once.
    let mut s = String::with_capacity(ranges().map(|&(a, b)| b - a).sum());
    ranges().for_each(|&(a, b)| s.push_str(crate::text::trim(&cleaned.shown(a, b))));
    if let Some((a, b)) = parts.topic {
        s = super::joined(&[
            &balance_brackets(s),
            "（",
            crate::text::trim(&cleaned.shown(a, b)),
            "）",
        ]);
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
    // Brackets that pair up, and no label that is one bracketed aside (most labels with a
    // bracket: 《…》, “…”, 乡(镇)): nothing to drop, known from one count of each bracket
    // instead of two searches per kind.
    let n = bracket_counts(&s);
    let paired = n.chunks(2).all(|pair| pair[0] == pair[1]);
    let aside = (s.starts_with('(') && s.ends_with(')') && n[0] == 1)
        || (s.starts_with('（') && s.ends_with('）') && n[2] == 1);
    if paired && !aside {
        return trimmed(s);
    }
    balance_brackets_general(s)
}

/// How many of each bracket `s` holds: ( ) （ ） 《 》 “ ”, in that order.
fn bracket_counts(s: &str) -> [usize; 8] {
    let mut n = [0usize; 8];
    let b = s.as_bytes();
    for (i, &x) in b.iter().enumerate() {
        let k = match (x, b.get(i + 1), b.get(i + 2)) {
            (b'(', _, _) => 0,
            (b')', _, _) => 1,
            (0xEF, Some(0xBC), Some(0x88)) => 2,
            (0xEF, Some(0xBC), Some(0x89)) => 3,
            (0xE3, Some(0x80), Some(0x8A)) => 4,
            (0xE3, Some(0x80), Some(0x8B)) => 5,
            (0xE2, Some(0x80), Some(0x9C)) => 6,
            (0xE2, Some(0x80), Some(0x9D)) => 7,
            _ => continue,
        };
        n[k] += 1;
    }
    n
}

/// [`balance_brackets`] read the long way: each kind of bracket counted and mended in turn.
fn balance_brackets_general(s: String) -> String {
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

/// `s` trimmed, in place when nothing is trimmed (most labels: told from the bytes at either
/// end, [`crate::text::trim`]).
fn trimmed(s: String) -> String {
    let t = crate::text::trim(&s);
    if t.len() == s.len() {
        s
    } else {
        t.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The short way answers as the long one on every stretch of up to 24 characters of the
    /// seeds that holds a bracket, and on hand-made unbalanced cases.
    #[test]
    fn balancing_pairs_at_a_glance_is_the_long_way() {
        let mut texts: Vec<String> = [
            "(覆盖14个抽查领域) （甲）乙（丙） 《甲》》 “甲”“乙 （甲 乙） 矛盾纠纷类(警情推送 ((甲) (甲)乙",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        texts.extend(crate::test_seeds::seeds().into_iter().map(|(_, text)| text));
        let mut asked = 0;
        for text in &texts {
            let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
            for (k, &a) in starts.iter().enumerate() {
                for len in [1, 2, 5, 9, 16, 24] {
                    let b = starts.get(k + len).copied().unwrap_or(text.len());
                    let s = &text[a..b];
                    if !has_bracket(s) {
                        continue;
                    }
                    assert_eq!(
                        balance_brackets(s.to_string()),
                        balance_brackets_general(s.to_string()),
                        "{s:?}"
                    );
                    asked += 1;
                }
            }
        }
        assert!(asked > 10_000, "{asked}");
    }
}
