//! The map from the cleaned text back to the input.
//!
//! Cleaning folds characters (`（` → `(`), drops stretches (page chrome, a duplicated body) and
//! inserts repairs (`20256月` → `2025年6月`). Downstream stages work on the cleaned text but
//! must report spans into the input, so the builder records the cleaned text as a list of
//! segments, each either copied byte for byte or standing for a whole input range.

use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Segment {
    /// Start in the cleaned text.
    clean: usize,
    /// Start in the input.
    orig: usize,
    clean_len: usize,
    orig_len: usize,
    /// Copied byte for byte: offsets inside map one to one.
    identity: bool,
}

/// Cleaned-text offsets → input offsets.
#[derive(Clone, Debug, Default)]
pub struct OffsetMap {
    segments: Vec<Segment>,
    clean_len: usize,
    orig_len: usize,
}

impl OffsetMap {
    fn find(&self, pos: usize, as_end: bool) -> Option<&Segment> {
        // The segment that holds `pos` (as a start: clean <= pos < clean+len; as an end:
        // clean < pos <= clean+len). Segments are sorted by `clean` and never overlap.
        let idx = self.segments.partition_point(|s| {
            if as_end {
                s.clean + s.clean_len < pos
            } else {
                s.clean + s.clean_len <= pos
            }
        });
        self.segments.get(idx)
    }

    /// Input offset of a cleaned-text position used as the start of a range.
    pub fn start(&self, pos: usize) -> usize {
        if pos >= self.clean_len {
            return self.orig_len;
        }
        match self.find(pos, false) {
            Some(s) if s.identity => s.orig + (pos - s.clean),
            Some(s) => s.orig,
            None => self.orig_len,
        }
    }

    /// Input offset of a cleaned-text position used as the (exclusive) end of a range.
    pub fn end(&self, pos: usize) -> usize {
        if pos == 0 {
            return self.segments.first().map_or(0, |s| s.orig);
        }
        match self.find(pos.min(self.clean_len), true) {
            Some(s) if s.identity => s.orig + (pos.min(s.clean + s.clean_len) - s.clean),
            Some(s) => s.orig + s.orig_len,
            None => self.orig_len,
        }
    }

    /// Cleaned-text offset of input offset `pos`, or `None` when `pos` lies in a stretch left
    /// out of the cleaned text (page chrome, a duplicated body). The other way round from the
    /// rest of the map, needed only for a metric the user adds at a place of the input.
    pub fn to_clean(&self, pos: usize) -> Option<usize> {
        self.segments.iter().find_map(|s| {
            let inside = s.orig <= pos && pos <= s.orig + s.orig_len;
            match inside {
                true if s.identity => Some(s.clean + (pos - s.orig)),
                true if pos == s.orig => Some(s.clean),
                true => Some(s.clean + s.clean_len),
                false => None,
            }
        })
    }

    pub fn span(&self, start: usize, end: usize) -> Span {
        let a = self.start(start);
        let b = self.end(end).max(a);
        Span::new(a, b)
    }
}

/// Builds the cleaned text and its [`OffsetMap`] together, so they cannot drift apart.
#[derive(Debug, Default)]
pub struct Builder {
    text: String,
    map: OffsetMap,
}

impl Builder {
    pub fn new(orig_len: usize, capacity: usize) -> Self {
        Builder {
            text: String::with_capacity(capacity),
            map: OffsetMap {
                orig_len,
                ..OffsetMap::default()
            },
        }
    }

    /// Appends input bytes `orig..orig+s.len()` unchanged.
    pub fn copy(&mut self, orig: usize, s: &str) {
        if s.is_empty() {
            return;
        }
        let clean = self.text.len();
        self.text.push_str(s);
        if let Some(last) = self.map.segments.last_mut() {
            if last.identity
                && last.clean + last.clean_len == clean
                && last.orig + last.orig_len == orig
            {
                last.clean_len += s.len();
                last.orig_len += s.len();
                self.map.clean_len = self.text.len();
                return;
            }
        }
        self.push(Segment {
            clean,
            orig,
            clean_len: s.len(),
            orig_len: s.len(),
            identity: true,
        });
    }

    /// Appends `replacement` standing for the input range `orig..orig+orig_len`
    /// (a folded character, or an insertion when `orig_len` is 0).
    pub fn replace(&mut self, orig: usize, orig_len: usize, replacement: &str) {
        if replacement.is_empty() {
            return;
        }
        let clean = self.text.len();
        self.text.push_str(replacement);
        self.push(Segment {
            clean,
            orig,
            clean_len: replacement.len(),
            orig_len,
            identity: false,
        });
    }

    fn push(&mut self, seg: Segment) {
        self.map.segments.push(seg);
        self.map.clean_len = self.text.len();
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn finish(self) -> (String, OffsetMap) {
        (self.text, self.map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_map_one_to_one_and_skip_deleted_stretches() {
        let orig = "ab通知公告cd";
        let mut b = Builder::new(orig.len(), 8);
        b.copy(0, "ab");
        b.copy(14, "cd");
        let (text, map) = b.finish();
        assert_eq!(text, "abcd");
        assert_eq!(map.span(0, 2), Span::new(0, 2));
        assert_eq!(map.span(2, 4), Span::new(14, 16));
        assert_eq!(map.span(1, 3), Span::new(1, 15));
        assert_eq!(map.to_clean(1), Some(1));
        assert_eq!(map.to_clean(15), Some(3));
        assert_eq!(map.to_clean(5), None, "inside the deleted stretch");
    }

    #[test]
    fn folded_characters_map_to_their_whole_source() {
        // "（一）" folded to "(一)": 3-byte brackets become 1-byte ones.
        let orig = "（一）x";
        let mut b = Builder::new(orig.len(), 8);
        b.replace(0, 3, "(");
        b.copy(3, "一");
        b.replace(6, 3, ")");
        b.copy(9, "x");
        let (text, map) = b.finish();
        assert_eq!(text, "(一)x");
        assert_eq!(map.span(0, text.len()), Span::new(0, orig.len()));
        assert_eq!(map.span(1, 4), Span::new(3, 6));
        assert_eq!(map.span(0, 1), Span::new(0, 3));
    }

    #[test]
    fn insertions_are_zero_width_in_the_input() {
        // "20256月" read as "2025年6月".
        let orig = "20256月";
        let mut b = Builder::new(orig.len(), 16);
        b.copy(0, "2025");
        b.replace(4, 0, "年");
        b.copy(4, "6月");
        let (text, map) = b.finish();
        assert_eq!(text, "2025年6月");
        assert_eq!(map.span(0, text.len()), Span::new(0, orig.len()));
        let nian = text.find('年').unwrap();
        assert_eq!(map.span(nian, nian + 3), Span::new(4, 4));
        assert_eq!(map.span(nian + 3, text.len()), Span::new(4, orig.len()));
    }
}
