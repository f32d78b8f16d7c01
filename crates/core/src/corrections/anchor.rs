//! Where a correction belongs, in a form that survives a re-read of the file.
//!
//! A span alone goes stale when the same bytes are decoded with another encoding (a GBK file
//! first read as Big5 has other characters at other offsets) or when a newer core draws a
//! metric's span differently. So an anchor also keeps the text under the span and a few
//! characters on each side; [`Anchor::locate`] tries the span first, then every occurrence of
//! the text, scored by how much of the context still surrounds it.

use crate::model::UnplacedReason;
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// Characters of context kept on each side of an anchor.
const CONTEXT_CHARS: usize = 12;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    /// The span in the text the correction was made on.
    pub span: Span,
    /// The text under `span` then.
    pub text: String,
    /// Up to 12 characters before it.
    #[serde(default)]
    pub before: String,
    /// Up to 12 characters after it.
    #[serde(default)]
    pub after: String,
}

impl Anchor {
    /// The anchor for `span` of `text` (clamped to the text and to character boundaries).
    pub fn at(text: &str, span: Span) -> Anchor {
        let end = floor_char(text, span.end.min(text.len()));
        let start = floor_char(text, span.start.min(end));
        let before_start = text[..start]
            .char_indices()
            .rev()
            .nth(CONTEXT_CHARS - 1)
            .map_or(0, |(i, _)| i);
        let after_end = text[end..]
            .char_indices()
            .nth(CONTEXT_CHARS)
            .map_or(text.len(), |(i, _)| end + i);
        Anchor {
            span: Span::new(start, end),
            text: text[start..end].to_string(),
            before: text[before_start..start].to_string(),
            after: text[end..after_end].to_string(),
        }
    }

    /// The anchor's place in `text`: its own span when the same text still stands there,
    /// else the one occurrence of its text that its context picks out (nearness to the old
    /// span is no tiebreak: offsets move when a file is read again with another encoding).
    pub fn locate(&self, text: &str) -> Result<Span, UnplacedReason> {
        if self.text.is_empty() {
            return Err(UnplacedReason::TextNotFound);
        }
        if text.get(self.span.range()) == Some(self.text.as_str()) {
            return Ok(self.span);
        }
        // (score, start) of the best occurrence; two equally good ones make it ambiguous.
        let mut best: Option<(usize, usize)> = None;
        let mut tied = false;
        for (start, _) in text.match_indices(self.text.as_str()) {
            let end = start + self.text.len();
            let score = common_suffix_chars(&text[..start], &self.before)
                + common_prefix_chars(&text[end..], &self.after);
            match best {
                Some((s, _)) if score < s => {}
                Some((s, _)) if score == s => tied = true,
                _ => {
                    tied = false;
                    best = Some((score, start));
                }
            }
        }
        match best {
            None => Err(UnplacedReason::TextNotFound),
            // Two places fit equally well: guessing could put the correction on the wrong
            // figure, which is worse than asking the user.
            Some(_) if tied => Err(UnplacedReason::Ambiguous),
            Some((_, start)) => Ok(Span::new(start, start + self.text.len())),
        }
    }
}

fn floor_char(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn common_suffix_chars(a: &str, b: &str) -> usize {
    a.chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

fn common_prefix_chars(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "全年受理行政复议案件58件，审结58件，纠错率为12.7%。";

    fn span_of(text: &str, needle: &str, nth: usize) -> Span {
        let start = text.match_indices(needle).nth(nth).unwrap().0;
        Span::new(start, start + needle.len())
    }

    #[test]
    fn an_anchor_keeps_the_text_and_its_context() {
        let a = Anchor::at(TEXT, span_of(TEXT, "58件", 1));
        assert_eq!(a.text, "58件");
        assert_eq!(a.before, "行政复议案件58件，审结");
        assert_eq!(a.after, "，纠错率为12.7%。");
    }

    #[test]
    fn the_same_text_finds_its_own_span() {
        let span = span_of(TEXT, "58件", 1);
        assert_eq!(Anchor::at(TEXT, span).locate(TEXT), Ok(span));
    }

    #[test]
    fn a_shifted_text_is_found_by_its_context() {
        // The same report read again with a line of page chrome more at the top.
        let a = Anchor::at(TEXT, span_of(TEXT, "58件", 1));
        let shifted = format!("来源：某县司法局\n{TEXT}");
        assert_eq!(a.locate(&shifted), Ok(span_of(&shifted, "58件", 1)));
        let b = Anchor::at(TEXT, span_of(TEXT, "58件", 0));
        assert_eq!(b.locate(&shifted), Ok(span_of(&shifted, "58件", 0)));
    }

    #[test]
    fn text_that_is_gone_or_ambiguous_is_not_placed() {
        let a = Anchor::at(TEXT, span_of(TEXT, "12.7%", 0));
        assert_eq!(
            a.locate("纠错率为13.1%。"),
            Err(UnplacedReason::TextNotFound)
        );
        let bare = Anchor {
            span: Span::new(100, 104),
            text: "5件".into(),
            before: String::new(),
            after: String::new(),
        };
        assert_eq!(
            bare.locate("办结5件，其中5件"),
            Err(UnplacedReason::Ambiguous)
        );
        assert_eq!(bare.locate("办结5件"), Ok(Span::new(6, 10)));
    }

    #[test]
    fn spans_off_character_boundaries_are_clamped() {
        let a = Anchor::at(TEXT, Span::new(1, 400));
        assert_eq!(a.span.start, 0);
        assert_eq!(a.span.end, TEXT.len());
    }
}
