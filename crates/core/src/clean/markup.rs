//! Forum markup (BBCode) carried as text by pages of forums and some mirrors:
//! `[align=center][b]20[/b][b]22年[/b][b]闻喜县…统计公报[/b][/align]`.
//!
//! The tags are left out, like a mirror's pinyin annotations, so a title split by them reads
//! whole; a block's closing tag (`[/align]`, `[/p]` …) ends a line, as the forum shows it, so the
//! title, the issuer and the paragraphs stand on lines of their own. Tag names are data
//! (`[markup]` in `lexicon/chrome.toml`). A text with fewer than [`MIN_TAGS`] tags, or no closing
//! tag, has no markup: a bracketed `[b]` in a report stays.

use crate::lexicon::data::chrome::markup::{BLOCK_TAGS, INLINE_TAGS};
use crate::span::Span;

/// A text uses forum markup when it has at least this many tags.
pub const MIN_TAGS: usize = 3;
/// A tag with its value (`[color=rgb(51, 51, 51)]`) is short.
const MAX_TAG_BYTES: usize = 48;

/// The markup of a text: the tags' input spans and where a block ends (input offsets, after a
/// block's closing tag).
#[derive(Debug, Default)]
pub struct Markup {
    pub tags: Vec<Span>,
    pub breaks: Vec<usize>,
}

/// Finds the forum markup of `text`, if it uses any.
pub fn find(text: &str) -> Markup {
    let mut found = Markup::default();
    let mut closing = 0usize;
    // (memchr's vectorised search: `match_indices('[')` read the whole text a byte at a time.)
    for open in memchr::memchr_iter(b'[', text.as_bytes()) {
        let rest = crate::text::window(&text[open + 1..], 0, MAX_TAG_BYTES);
        let Some(close) = rest.find(']') else {
            continue;
        };
        let inner = &rest[..close];
        let (is_closing, body) = match inner.strip_prefix('/') {
            Some(b) => (true, b),
            None => (false, inner),
        };
        let name = body.split('=').next().unwrap_or("");
        let valued = body.len() > name.len();
        if name.is_empty()
            || !name.bytes().all(|b| b.is_ascii_alphabetic())
            || inner.contains('\n')
            || is_closing && valued
        {
            continue;
        }
        let name = name.to_ascii_lowercase();
        let block = BLOCK_TAGS.contains(&name.as_str());
        if !block && !INLINE_TAGS.contains(&name.as_str()) {
            continue;
        }
        let end = open + 1 + close + 1;
        found.tags.push(Span::new(open, end));
        if is_closing {
            closing += 1;
        }
        if block && (is_closing || matches!(name.as_str(), "br" | "hr")) {
            found.breaks.push(end);
        }
    }
    if found.tags.len() < MIN_TAGS || closing == 0 {
        return Markup::default();
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_found_and_blocks_end_lines() {
        let t = "[align=center][b]20[/b][b]22年闻喜县统计公报[/b][/align][align=left]闻喜县统计局[/align]";
        let m = find(t);
        let tags: Vec<&str> = m.tags.iter().map(|s| s.slice(t)).collect();
        assert_eq!(
            tags,
            [
                "[align=center]",
                "[b]",
                "[/b]",
                "[b]",
                "[/b]",
                "[/align]",
                "[align=left]",
                "[/align]"
            ]
        );
        let lines: Vec<&str> = m.breaks.iter().map(|&b| &t[..b]).collect();
        assert_eq!(lines.len(), 2);
        assert!(lines[0].ends_with("统计公报[/b][/align]"));
    }

    #[test]
    fn brackets_of_ordinary_text_stay() {
        // Note references, a lone tag-like word, unknown names.
        assert!(find("见附件[1]和[2]，[注]如下").tags.is_empty());
        assert!(find("[b]加粗").tags.is_empty());
        assert!(find("[图片][表格][附件]").tags.is_empty());
    }
}
