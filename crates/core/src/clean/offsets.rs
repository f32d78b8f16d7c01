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

    /// Index of the segment that holds `pos` as an end (clean < pos <= clean+len), searched
    /// from `from`: every segment before `from` must end before `pos`.
    #[inline]
    fn end_index(&self, from: usize, pos: usize) -> usize {
        let before = |s: &Segment| s.clean + s.clean_len < pos;
        let rest = self.segments.get(from..).unwrap_or_default();
        // A span's end lies in its start's segment or one of the next few most of the time
        // (each folded character is a segment of its own): look there before bisecting.
        let near = rest.iter().take(4).take_while(|s| before(s)).count();
        if near < 4 {
            return from + near;
        }
        from + near + rest[near..].partition_point(before)
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

    /// `Span::new(self.start(start), self.end(end).max(..))` with the end's segment searched
    /// from the start's: spans are short and the map of a text with many folded characters
    /// (，（）： …) holds thousands of segments, so a second bisection of all of them was
    /// most of a lookup.
    pub fn span(&self, start: usize, end: usize) -> Span {
        if start >= self.clean_len || end <= start {
            let a = self.start(start);
            return Span::new(a, self.end(end).max(a));
        }
        let i = self
            .segments
            .partition_point(|s| s.clean + s.clean_len <= start);
        let a = match self.segments.get(i) {
            Some(s) if s.identity => s.orig + (start - s.clean),
            Some(s) => s.orig,
            None => self.orig_len,
        };
        // (`start < clean` and `end > start`: every segment before `i` ends at or before
        // `start`, so before the end as well.)
        let pos = end.min(self.clean_len);
        let b = match self.segments.get(self.end_index(i, pos)) {
            Some(s) if s.identity => s.orig + (end.min(s.clean + s.clean_len) - s.clean),
            Some(s) => s.orig + s.orig_len,
            None => self.orig_len,
        };
        Span::new(a, b.max(a))
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

    /// `span` searches the end from the start's segment; it must answer as `start` and `end`
    /// do, for every pair of positions of a map with folds, insertions and a removed stretch.
    #[test]
    fn span_answers_as_start_and_end() {
        let orig = "通知公告\n（一）２０２５年，办理案件１２件；20256月（二）复议：3件。";
        let cleaned = crate::clean::clean(orig);
        let map = &cleaned.map;
        assert!(map.segments.len() > 8, "{:?}", map.segments);
        let n = cleaned.text.len();
        for start in 0..=n + 2 {
            for end in 0..=n + 2 {
                let a = map.start(start);
                assert_eq!(
                    map.span(start, end),
                    Span::new(a, map.end(end).max(a)),
                    "{start}..{end}"
                );
            }
        }
    }
}
