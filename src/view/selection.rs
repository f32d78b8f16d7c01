//! Text the user selected in the source view, as a byte span of the report's text.
//!
//! The browser gives a selection as two points, each a DOM node and a UTF-16 offset. The
//! source view renders each block (a line of the text, `view::source::blocks`) as one element
//! whose text is exactly the block's bytes, so a point is a block and the number of UTF-16
//! code units before it in that block; here that becomes a UTF-8 byte offset, on a character
//! boundary, and two points become a span with the blanks at its ends left out.

use gangmu_core::Span;
use std::ops::Range;

/// Longest selection offered for "add as metric" (bytes): a figure and its clause, as the
/// core reads at most (`corrections::selection`).
pub const MAX_SELECTION: usize = 2_000;

/// The byte offset in `text` of the point `utf16` code units into `block`. A point past the
/// block's end is its end; a point inside a surrogate pair is the character's start.
pub fn byte_at(text: &str, block: &Range<usize>, utf16: usize) -> usize {
    let Some(line) = text.get(block.clone()) else {
        return block.start.min(text.len());
    };
    let mut units = 0;
    for (i, c) in line.char_indices() {
        let next = units + c.len_utf16();
        if next > utf16 {
            return block.start + i;
        }
        units = next;
    }
    block.end
}

/// The span between two points (in either order), without the blanks and line breaks at its
/// ends; `None` when nothing but blanks is selected or the selection is too long to be a
/// metric.
pub fn span_between(text: &str, a: usize, b: usize) -> Option<Span> {
    let (start, end) = (a.min(b).min(text.len()), a.max(b).min(text.len()));
    let piece = text.get(start..end)?;
    let trimmed_start = start + (piece.len() - piece.trim_start().len());
    let trimmed_end = start + piece.trim_end().len();
    (trimmed_start < trimmed_end && trimmed_end - trimmed_start <= MAX_SELECTION)
        .then(|| Span::new(trimmed_start, trimmed_end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_points_become_byte_offsets() {
        let text = "标题\n受理案件463件，𠀀办结\n";
        let block = 7..text.len() - 1;
        assert_eq!(byte_at(text, &block, 0), 7);
        // 受理案件 = 4 units, 12 bytes.
        assert_eq!(byte_at(text, &block, 4), 7 + 12);
        assert_eq!(
            &text[byte_at(text, &block, 4)..byte_at(text, &block, 8)],
            "463件"
        );
        // 𠀀 is two UTF-16 units and four bytes: a point inside it is its start.
        let at = text.find('𠀀').unwrap();
        let units_before = "受理案件463件，".encode_utf16().count();
        assert_eq!(byte_at(text, &block, units_before + 1), at);
        assert_eq!(byte_at(text, &block, units_before + 2), at + 4);
        assert_eq!(byte_at(text, &block, 999), block.end);
    }

    #[test]
    fn a_selection_is_trimmed_and_ordered() {
        let text = "全年 受理案件463件 。";
        let a = text.find('受').unwrap() - 1;
        let b = text.find(" 。").unwrap() + 1;
        let span = span_between(text, b, a).unwrap();
        assert_eq!(span.slice(text), "受理案件463件");
        assert_eq!(span_between(text, 2, 2), None);
        assert_eq!(span_between(text, 6, 7), None, "a blank only");
        let long = "字".repeat(1000);
        assert_eq!(span_between(&long, 0, long.len()), None);
    }
}
