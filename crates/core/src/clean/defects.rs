//! Text defects worth a reader's attention that cleaning cannot repair: quotation marks that
//! do not pair up within a paragraph (a lost “ can hide where a name starts), and template
//! placeholders left in a published text (共召开会议*次, xx县, 20xx年).

use super::lines::Lines;
use crate::model::{Bilingual, Finding, FindingKind};
use crate::span::Span;

/// At most this many unbalanced paragraphs are reported one by one.
const MAX_REPORTED: usize = 30;

/// Findings over the cleaned `text`, with spans mapped back through `span`.
pub fn find(text: &str, span: impl Fn(usize, usize) -> Span) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut unbalanced = 0;
    let b = text.as_bytes();
    // The marks are looked for in the whole text, each kind by one vectorised search, and
    // handed to the lines they fall in (a search per line and kind costs a setup per line).
    // “ and ” start with E2 80.
    let mut quotes = memchr::memchr_iter(0xE2, b).peekable();
    // Where a placeholder may be: a line without one of these bytes has none (`placeholders`).
    let mut marks = placeholder_marks(b).into_iter().peekable();
    // (One line at a time: no list of all lines is needed.)
    for line in Lines::new(text) {
        let s = line.text(text);
        let (mut open, mut close) = (0, 0);
        while let Some(&i) = quotes.peek() {
            if i >= line.end {
                break;
            }
            quotes.next();
            if i < line.start {
                continue;
            }
            match quote_at(b, i) {
                Some(true) => open += 1,
                Some(false) => close += 1,
                None => {}
            }
        }
        if open != close {
            unbalanced += 1;
            if unbalanced <= MAX_REPORTED {
                out.push(unbalanced_quotes(open, close, span(line.start, line.end)));
            }
        }
        let mut marked = false;
        while let Some(&i) = marks.peek() {
            if i >= line.end {
                break;
            }
            marks.next();
            marked |= i >= line.start;
        }
        if !marked {
            continue;
        }
        for (at, found) in placeholders(s) {
            out.push(placeholder(
                found,
                span(line.start + at, line.start + at + found.len()),
            ));
        }
    }
    out
}

/// The finding for a paragraph whose quotation marks do not pair up.
fn unbalanced_quotes(open: usize, close: usize, span: Span) -> Finding {
    Finding {
        kind: FindingKind::UnbalancedQuotes,
        message: Bilingual {
            en: format!("Quotation marks do not pair up in this paragraph ({open} “ and {close} ”); a name may be cut short"),
            zh: format!("本段引号不配对（“ {open} 个，” {close} 个），名称的起止可能有误"),
        },
        span: Some(span),
    }
}

/// The finding for a template placeholder left in the text.
fn placeholder(found: &str, span: Span) -> Finding {
    Finding {
        kind: FindingKind::Other,
        message: Bilingual {
            en: format!("Template placeholder left in the text: \"{found}\""),
            zh: format!("文中留有模板占位符：“{found}”"),
        },
        span: Some(span),
    }
}

/// Whether the E2 at `i` starts “ (`Some(true)`) or ” (`Some(false)`).
fn quote_at(b: &[u8], i: usize) -> Option<bool> {
    if b.get(i + 1) != Some(&0x80) {
        return None;
    }
    match b.get(i + 2) {
        Some(0x9C) => Some(true),
        Some(0x9D) => Some(false),
        _ => None,
    }
}

/// Where the marks of a placeholder start in `b`, ascending: `*`, `x`, `X`, and the wide ＊
/// (EF BC 8A), ｘ (EF BD 98) and × (C3 97).
fn placeholder_marks(b: &[u8]) -> Vec<usize> {
    let mut at: Vec<usize> = memchr::memchr3_iter(b'*', b'x', b'X', b).collect();
    let wide = memchr::memchr2_iter(0xEF, 0xC3, b).filter(|&i| {
        matches!(
            b[i..],
            [0xEF, 0xBC, 0x8A, ..] | [0xEF, 0xBD, 0x98, ..] | [0xC3, 0x97, ..]
        )
    });
    let narrow = at.len();
    at.extend(wide);
    if at.len() > narrow {
        crate::sort::by_key(&mut at, |&i| i);
    }
    at
}

/// “ and ” in a line, from the bytes (both start E2 80): the general path of `find`'s count.
#[cfg(test)]
fn count_quotes(s: &str) -> (usize, usize) {
    let b = s.as_bytes();
    let (mut open, mut close) = (0, 0);
    for i in memchr::memchr_iter(0xE2, b) {
        if b.get(i + 1) == Some(&0x80) {
            match b.get(i + 2) {
                Some(0x9C) => open += 1,
                Some(0x9D) => close += 1,
                _ => {}
            }
        }
    }
    (open, close)
}

/// `*次`, `＊个`, `xx县`, `XX市`, `20xx年`, `××区` in a line: (offset, text).
fn placeholders(s: &str) -> Vec<(usize, &str)> {
    use crate::lexicon::data::numeral;
    let mut out = Vec::new();
    // Most lines have none of the marks at all: rule that out with byte searches, the wide
    // marks by their first bytes in one pass (＊ EF BC 8A, ｘ EF BD 98, × C3 97).
    let b = s.as_bytes();
    let wide = || {
        memchr::memchr2_iter(0xEF, 0xC3, b).any(|i| {
            matches!(
                b[i..],
                [0xEF, 0xBC, 0x8A, ..] | [0xEF, 0xBD, 0x98, ..] | [0xC3, 0x97, ..]
            )
        })
    };
    if memchr::memchr3(b'*', b'x', b'X', b).is_none() && !wide() {
        return out;
    }
    for pat in ["*", "＊", "xx", "XX", "××", "ｘｘ"] {
        for (i, _) in s.match_indices(pat) {
            let after = &s[i + pat.len()..];
            let before = &s[..i];
            let counted = after.starts_with(numeral::PLACEHOLDER_COUNT_CHARS);
            let named = after.starts_with(numeral::PLACEHOLDER_NAME_CHARS);
            let glued_year = before.ends_with("20") && after.starts_with('年');
            let is_placeholder = (pat.contains('*') || pat.contains('＊')) && counted
                || !pat.contains('*') && !pat.contains('＊') && (named || glued_year || counted);
            if is_placeholder {
                let start = if glued_year { i - 2 } else { i };
                let end = i + pat.len() + after.chars().next().map_or(0, char::len_utf8);
                out.push((start, &s[start..end]));
            }
        }
    }
    crate::sort::by_key(&mut out, |&(i, _)| i);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(FindingKind, String)> {
        find(text, Span::new)
            .into_iter()
            .map(|f| {
                (
                    f.kind,
                    f.span.map_or(String::new(), |s| s.slice(text).to_string()),
                )
            })
            .collect()
    }

    /// `find` as it was, line by line (a search per line for each kind of mark): the general
    /// path that the whole-text searches must answer as.
    fn by_lines(text: &str) -> Vec<Finding> {
        let mut out = Vec::new();
        let mut unbalanced = 0;
        for line in Lines::new(text) {
            let s = line.text(text);
            let (open, close) = count_quotes(s);
            if open != close {
                unbalanced += 1;
                if unbalanced <= MAX_REPORTED {
                    out.push(unbalanced_quotes(
                        open,
                        close,
                        Span::new(line.start, line.end),
                    ));
                }
            }
            for (at, found) in placeholders(s) {
                out.push(placeholder(
                    found,
                    Span::new(line.start + at, line.start + at + found.len()),
                ));
            }
        }
        out
    }

    #[test]
    fn whole_text_searches_answer_as_the_lines_did() {
        let mut texts: Vec<String> = crate::test_seeds::seeds()
            .into_iter()
            .flat_map(|(_, t)| {
                let cleaned = crate::clean::clean(&t).text;
                [t, cleaned]
            })
            .collect();
        for mark in [
            "“",
            "”",
            "*次",
            "＊次",
            "xx县",
            "XX市",
            "××区",
            "ｘｘ县",
            "20xx年",
            "×",
            "—",
        ] {
            for around in ["", "\n", "\r\n", "审结\n", "\n\n"] {
                texts.push(format!("{mark}{around}{mark}“一网通办{around}”{mark}"));
                texts.push(format!("{around}{mark}"));
            }
        }
        // More unbalanced paragraphs than are reported one by one.
        texts.push("“a\n*次\n".repeat(40));
        for t in &texts {
            assert_eq!(find(t, Span::new), by_lines(t), "{t:?}");
        }
    }

    #[test]
    fn unbalanced_quotes_per_paragraph() {
        let k = kinds("建立1+3”项目管家机制。\n“一网通办”体系。\n");
        assert_eq!(
            k,
            [(
                FindingKind::UnbalancedQuotes,
                "建立1+3”项目管家机制。".to_string()
            )]
        );
    }

    #[test]
    fn placeholders_left_in_a_template() {
        let k = kinds("区委依法治区委共召开会议*次，xx县20xx年共有*个协调小组。\n");
        let found: Vec<&str> = k.iter().map(|(_, s)| s.as_str()).collect();
        assert_eq!(found, ["*次", "xx县", "20xx年", "*个"]);
    }

    #[test]
    fn wide_placeholder_marks_are_found_in_raw_lines() {
        // (The cleaned text has ＊ and ｘ folded to ASCII; a raw line keeps them.)
        let found: Vec<&str> = placeholders("召开会议＊次，××区，ｘｘ县")
            .into_iter()
            .map(|(_, s)| s)
            .collect();
        assert_eq!(found, ["＊次", "××区", "ｘｘ县"]);
    }

    #[test]
    fn ordinary_text_has_no_findings() {
        assert!(kinds("审结案件163件，同比增长5%×2。\n“双随机、一公开”监管。\n").is_empty());
    }
}
