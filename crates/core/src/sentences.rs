//! Sentences of the cleaned text and the metrics in each: the context that the indicator
//! matcher, the checks and the profile read around a metric.
//!
//! Below `indicators` and `checks` (both use it; neither may import the other for it). A
//! sentence ends at 。！？ or a line break, except where a breakdown goes on (`…120件。其中：`,
//! a line ending in a colon or semicolon); every look-back is bounded ([`MAX_SENTENCE`]), so
//! run-on text is read in pieces and everything stays linear.

use crate::clean::Cleaned;
use crate::outline::Outline;

/// Longest sentence (bytes) read as one.
pub const MAX_SENTENCE: usize = 600;

/// What the stages after metrics look at besides the report: the cleaned text, the outline,
/// and where each metric's number stands in the text, so sentences and brackets can be read.
pub struct Context<'a, 'c> {
    pub cleaned: &'a Cleaned<'c>,
    pub outline: &'a Outline,
    /// Cleaned-text range of each metric's number and unit, parallel to `report.metrics`.
    pub positions: &'a [(usize, usize)],
    /// Metrics grouped by sentence, in text order (computed once).
    groups: Vec<Vec<usize>>,
    /// [`Context::sentence_start`] of each metric's position (computed once: the indicators
    /// and several checks ask for it metric by metric).
    starts: Vec<usize>,
}

impl<'a, 'c> Context<'a, 'c> {
    pub fn new(
        cleaned: &'a Cleaned<'c>,
        outline: &'a Outline,
        positions: &'a [(usize, usize)],
    ) -> Self {
        let mut ctx = Context {
            cleaned,
            outline,
            positions,
            groups: Vec::new(),
            starts: Vec::with_capacity(positions.len()),
        };
        let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
        // One forward pass: the last sentence end seen before each metric (metrics are in
        // text order), capped like `sentence_start`.
        let text = cleaned.text.as_str();
        let bytes = text.as_bytes();
        let mut scanned = 0;
        let mut last_end = 0;
        for (i, &(s, _)) in positions.iter().enumerate() {
            let in_order = s >= scanned && s <= text.len();
            if in_order {
                // Sentence marks are '\n' or start with byte E3 (。) or EF (！？): find those
                // bytes (vectorised) instead of decoding every character.
                let mut at = scanned;
                while let Some(k) = memchr::memchr3(b'\n', 0xE3, 0xEF, &bytes[at..s]) {
                    let p = at + k;
                    let c = text[p..].chars().next().unwrap_or('\n');
                    if matches!(c, '。' | '！' | '？' | '\n') && ends_sentence(text, p, c) {
                        last_end = p + c.len_utf8();
                    }
                    at = p + 1;
                }
                scanned = s;
            }
            let key = if in_order {
                let floor = s - crate::text::window(text, s.saturating_sub(MAX_SENTENCE), s).len();
                last_end.max(floor)
            } else {
                ctx.sentence_start(s)
            };
            ctx.starts.push(key);
            match groups.last_mut() {
                Some((k, g)) if *k == key => g.push(i),
                _ => groups.push((key, vec![i])),
            }
        }
        ctx.groups = groups.into_iter().map(|(_, g)| g).collect();
        ctx
    }
}

/// Whether the mark `c` at `at` ends a sentence. A total and the breakdown
/// after it are one sentence: `…120件。其中：` goes on, and so does a line that ends in a colon
/// or a semicolon (其中：⏎1.行政处罚类45件；⏎2.…).
fn ends_sentence(text: &str, at: usize, c: char) -> bool {
    match c {
        '\n' => !text[..at].trim_end().ends_with(['：', ':', '；', ';']),
        _ => !text[at + c.len_utf8()..].starts_with("其中"),
    }
}

impl Context<'_, '_> {
    /// Start of the sentence holding cleaned-text position `pos`. A sentence ends at 。！？ or a
    /// line break; semicolons stay inside it (办理各类案件179件,其中…;办理其他事项34件).
    pub fn sentence_start(&self, pos: usize) -> usize {
        // A metric's position: computed once in `new`.
        if let Ok(i) = self.positions.binary_search_by_key(&pos, |p| p.0) {
            if let Some(&start) = self.starts.get(i) {
                return start;
            }
        }
        let text = &self.cleaned.text;
        // Bounded look-back: a run-on "sentence" longer than this is read in pieces, which
        // keeps every check linear on pathological input.
        let floor = pos - crate::text::window(text, pos.saturating_sub(MAX_SENTENCE), pos).len();
        let mut end = pos;
        while let Some(p) = text[floor..end].rfind(['。', '！', '？', '\n']) {
            let at = floor + p;
            let c = text[at..].chars().next().unwrap_or('\n');
            if ends_sentence(text, at, c) {
                return at + c.len_utf8();
            }
            end = at;
        }
        floor
    }

    /// Metrics grouped by sentence, in text order.
    pub fn sentences(&self) -> &[Vec<usize>] {
        &self.groups
    }
}
