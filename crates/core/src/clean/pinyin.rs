//! Pinyin annotations that some mirror sites insert after characters: 中國(guó)法治政府評(píng)估報(bào)告.
//!
//! An annotation is `(` + Latin letters with a tone mark + `)` right after a Chinese character;
//! without a tone mark (法律(law), 附件(1)) it is ordinary text and stays.

use crate::span::Span;

fn toned(c: char) -> bool {
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".contains(c)
}

/// Input spans of every pinyin annotation.
pub fn find(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    // (memchr's vectorised search: `match_indices('(')` reads a word at a time.)
    for open in memchr::memchr_iter(b'(', text.as_bytes()) {
        let prev = text[..open].chars().next_back();
        if !prev.is_some_and(crate::text::is_cjk) {
            continue;
        }
        // An annotation is short: look for its `)` in the next 17 bytes only, so text with many
        // `(` and no `)` stays linear.
        let rest = crate::text::window(&text[open + 1..], 0, 17);
        let Some(close) = rest.find(')').filter(|&c| c > 0 && c <= 16) else {
            continue;
        };
        let inner = &rest[..close];
        let letters = inner.chars().all(|c| c.is_ascii_lowercase() || toned(c));
        if letters && inner.chars().any(toned) {
            out.push(Span::new(open, open + 1 + close + 1));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tone_marked_annotations_are_found() {
        let t = "中國(guó)法治政府評(píng)估報(bào)告";
        let spans: Vec<&str> = find(t).iter().map(|s| s.slice(t)).collect();
        assert_eq!(spans, ["(guó)", "(píng)", "(bào)"]);
    }

    #[test]
    fn ordinary_brackets_stay() {
        assert!(find("附件(1)和法律(law)以及(一)").is_empty());
    }
}
