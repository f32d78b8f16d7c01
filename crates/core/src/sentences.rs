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
    /// The metric indices `0..n`, of which each sentence holds a stretch (the metrics of a
    /// sentence are consecutive): one list for all, not one per sentence.
    order: Vec<usize>,
    /// Where each sentence's stretch of `order` ends, in text order (computed once).
    ends: Vec<usize>,
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
            order: (0..positions.len()).collect(),
            ends: Vec::new(),
            starts: Vec::with_capacity(positions.len()),
        };
        // The last sentence end before each metric (metrics are in text order), capped like
        // `sentence_start`: looked for backwards from the metric, in the text since the
        // previous one; an end found there is kept for the metrics after it.
        let text = cleaned.text.as_str();
        let bytes = text.as_bytes();
        let mut scanned = 0;
        let mut last_end = 0;
        for (i, &(s, _)) in positions.iter().enumerate() {
            let in_order = s >= scanned && s <= text.len();
            let key = if in_order {
                let floor = s - crate::text::window(text, s.saturating_sub(MAX_SENTENCE), s).len();
                // Sentence marks are '\n' or start with byte E3 (。) or EF (！？): those bytes
                // are found (vectorised) instead of decoding every character. An end before
                // `floor` does not count (the sentence is cut at `floor` then), nor does one
                // before an end already kept, so the search stops at the later of the two.
                let low = scanned.max(floor);
                let mut end = s;
                while let Some(k) = memchr::memrchr3(b'\n', 0xE3, 0xEF, &bytes[low..end]) {
                    let p = low + k;
                    let c = text[p..].chars().next().unwrap_or('\n');
                    if matches!(c, '。' | '！' | '？' | '\n') && ends_sentence(text, p, c) {
                        last_end = p + c.len_utf8();
                        break;
                    }
                    end = p;
                }
                scanned = s;
                last_end.max(floor)
            } else {
                ctx.sentence_start(s)
            };
            // A metric whose sentence start differs from the previous one's opens a sentence.
            if i > 0 && ctx.starts.last() != Some(&key) {
                ctx.ends.push(i);
            }
            ctx.starts.push(key);
        }
        if !positions.is_empty() {
            ctx.ends.push(positions.len());
        }
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
        searched_start(&self.cleaned.text, pos)
    }

    /// [`Context::sentence_start`] of metric `i`'s position, as kept by `new` (no search for
    /// the position among the metrics').
    pub fn metric_sentence_start(&self, i: usize) -> usize {
        match self.starts.get(i) {
            Some(&start) => start,
            None => self.sentence_start(self.positions.get(i).map_or(0, |p| p.0)),
        }
    }

    /// Metrics grouped by sentence, in text order: the indices of each sentence's metrics.
    pub fn sentences(&self) -> impl Iterator<Item = &[usize]> + '_ {
        let mut from = 0;
        self.ends.iter().map(move |&end| {
            let sentence = &self.order[from..end];
            from = end;
            sentence
        })
    }
}

/// [`Context::sentence_start`] of a position that is no metric's: the last sentence end before
/// `pos`, looked for character by character.
fn searched_start(text: &str, pos: usize) -> usize {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The sentence start kept for each metric (looked for backwards from it, in the text since
    /// the previous one) is the one a search from the metric finds, and the sentences are the
    /// runs of metrics with one start: at every fifth character of every seed taken as a metric,
    /// and at the seeds' own metrics.
    #[test]
    fn kept_starts_are_the_searched_ones() {
        for (name, text) in crate::test_seeds::seeds() {
            let cleaned = crate::clean::clean(&text);
            let meta = crate::meta::read_meta(&cleaned, &crate::Options::default());
            let outline = crate::outline::build(&cleaned, &meta);
            let body_from = meta.title_range.map_or(0, |(_, end)| end);
            let own = crate::metrics::extract(&cleaned, &outline, body_from).positions;
            let every: Vec<(usize, usize)> = cleaned
                .text
                .char_indices()
                .step_by(5)
                .map(|(at, c)| (at, at + c.len_utf8()))
                .collect();
            // Out of order and repeated (the metrics' order is the text's, but nothing relies on it).
            let mut shuffled = every.clone();
            for k in (0..shuffled.len()).step_by(7) {
                let j = (k * 13 + 5) % shuffled.len();
                shuffled.swap(k, j);
                if k % 3 == 0 {
                    shuffled[k] = shuffled[j];
                }
            }
            for positions in [own, every, shuffled] {
                let ctx = Context::new(&cleaned, &outline, &positions);
                let t = cleaned.text.as_str();
                for (i, &(at, _)) in positions.iter().enumerate() {
                    assert_eq!(ctx.starts[i], searched_start(t, at), "{name} at {at}");
                    assert_eq!(
                        ctx.metric_sentence_start(i),
                        ctx.sentence_start(at),
                        "{name}"
                    );
                }
                let mut next = 0;
                for sentence in ctx.sentences() {
                    assert!(!sentence.is_empty(), "{name}");
                    for &i in sentence {
                        assert_eq!(i, next, "{name}");
                        assert_eq!(ctx.starts[i], ctx.starts[sentence[0]], "{name}");
                        next += 1;
                    }
                    if let Some(&after) = ctx.starts.get(next) {
                        assert_ne!(after, ctx.starts[sentence[0]], "{name}");
                    }
                }
                assert_eq!(next, positions.len(), "{name}");
            }
        }
    }
}
