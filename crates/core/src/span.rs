//! Byte ranges into the text the user gave.
//!
//! Every position Gangmu reports is a UTF-8 byte range `[start, end)` into the decoded input
//! (BOM removed, line endings untouched), so `&input[span.start..span.end]` is the exact source.
//! It serialises as a two-element array, `[start, end]`, like the regex crate's test data.
//! JavaScript wants UTF-16 offsets; convert only at that edge (see [`Span::to_utf16`]).

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A half-open UTF-8 byte range `[start, end)` into the original input.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(into = "[usize; 2]", from = "[usize; 2]")]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// True when the two ranges share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The source text under this span, or `""` if the span does not fit `text`
    /// (never panics, so a stale span cannot take the page down).
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The same range in UTF-16 code units, as the DOM and JavaScript strings count.
    pub fn to_utf16(&self, text: &str) -> (usize, usize) {
        let start = utf16_len(text.get(..self.start).unwrap_or(text));
        let end = start + utf16_len(self.slice(text));
        (start, end)
    }
}

fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

impl From<Span> for [usize; 2] {
    fn from(s: Span) -> Self {
        [s.start, s.end]
    }
}

impl From<[usize; 2]> for Span {
    fn from([start, end]: [usize; 2]) -> Self {
        Span { start, end }
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_as_a_pair() {
        let s = Span::new(3, 9);
        assert_eq!(serde_json::to_string(&s).unwrap(), "[3,9]");
        let back: Span = serde_json::from_str("[3,9]").unwrap();
        assert_eq!(back, s);
    }

    #[test]
    fn utf16_offsets_count_code_units() {
        let text = "审结𠀀163件";
        let start = text.find("163").unwrap();
        let s = Span::new(start, start + 3);
        // 审 and 结 are one unit each, 𠀀 (outside the BMP) is two.
        assert_eq!(s.to_utf16(text), (4, 7));
    }

    #[test]
    fn slice_never_panics_on_a_bad_span() {
        assert_eq!(Span::new(1, 2).slice("审"), "");
        assert_eq!(Span::new(5, 9).slice("abc"), "");
    }
}
