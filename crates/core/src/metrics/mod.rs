//! Stage 4, metrics: every quantity with value, unit, qualifier, kind, label and section.
//!
//! One pass over the cleaned text. At each place a number can start, dates are tried first
//! (they go to `dates`); numbers inside codes (URLs, phone numbers, hotlines, document
//! numbers: `lexicon::patterns`) are skipped; then the numeral is read and judged by its
//! context ([`context`]): a number that is an ordinal, a name or a slogan is skipped; everything else that
//! carries a unit (or stands where a unit was plainly dropped) becomes a [`Metric`].

pub mod context;
pub mod dates;
mod judge;
pub mod label;
pub mod qualifier;
mod record;
pub mod table;
#[cfg(test)]
mod tests;

use crate::clean::Cleaned;
use crate::model::{DateMention, Finding, Metric};
use crate::numeral;
use crate::outline::Outline;
use judge::{bare_magnitude, is_lone_yi, judge, zero_statement};
use record::push_metric;

#[derive(Clone, Debug, Default)]
pub struct Extracted {
    pub metrics: Vec<Metric>,
    pub dates: Vec<DateMention>,
    pub findings: Vec<Finding>,
    /// Cleaned-text range of each metric's number (parallel to `metrics`), for the checks.
    pub positions: Vec<(usize, usize)>,
    /// Cleaned-text ranges of each metric's label (parallel to `metrics`).
    pub label_parts: Vec<label::Parts>,
    /// Each label before sentence context was added (parallel to `metrics`); None when no
    /// context was added, so the base label is the metric's label ([`Extracted::base_label`]).
    pub base_labels: Vec<Option<String>>,
    /// Whether each base label is a bare change or average (同比下降, 平均每乡镇) that needs the
    /// subject of the figure it follows (parallel to `metrics`).
    pub subjectless: Vec<bool>,
}

impl Extracted {
    /// The label of metric `k` before sentence context was added.
    pub fn base_label(&self, k: usize) -> &str {
        self.base_labels[k]
            .as_deref()
            .unwrap_or(self.metrics[k].label.as_str())
    }
}

/// Characters that can start a numeral (the numeral module decides): digits, Chinese
/// digits and scales, the first characters of vague numbers (数十, 几百, 上千:
/// `numeral::VAGUE_STARTS`) and the 无 of 无一 (`judge::zero_statement`).
fn may_start(c: char) -> bool {
    c.is_ascii_digit() || MAY_START.contains(c)
}

/// The characters of [`may_start`] other than ASCII digits and Chinese digits:
/// `numeral::VAGUE_STARTS` and 无. (The vague list's traditional 數 and 幾 never reach this stage
/// — cleaning folds them to 数 and 几 — and cost nothing here: measured 22.448 M a pass with
/// them, 22.446 without.)
const MAY_START_OTHERS: [char; numeral::VAGUE_STARTS.len() + 1] = {
    let mut chars = ['无'; numeral::VAGUE_STARTS.len() + 1];
    let mut i = 0;
    while i < numeral::VAGUE_STARTS.len() {
        chars[i] = numeral::VAGUE_STARTS[i];
        i += 1;
    }
    chars
};

/// The characters of [`may_start`] other than ASCII digits, as a bit set.
static MAY_START: crate::text::CjkSet =
    crate::text::CjkSet::new(crate::text::CHINESE_DIGIT_CHARS, &MAY_START_OTHERS);

/// The first two bytes of the UTF-8 form of each character of [`MAY_START`] (all three bytes
/// long), as a bit set of the lead's low four bits and the second byte's low six: the scan for a
/// number's first character passes over most Chinese characters after one lookup, without
/// decoding them (each pair stands for 64 characters; 12 of the 1 024 pairs are set).
static MAY_START_PAIRS: [u64; 16] = {
    let mut bits = [0u64; 16];
    let lists: [&[char]; 2] = [crate::text::CHINESE_DIGIT_CHARS, &MAY_START_OTHERS];
    let mut l = 0;
    while l < lists.len() {
        let mut i = 0;
        while i < lists[l].len() {
            let c = lists[l][i] as u32;
            // (Three-byte UTF-8: 1110xxxx 10yyyyyy 10zzzzzz; the pair is xxxx yyyyyy.)
            assert!(c >= 0x800 && c <= 0xFFFF);
            let pair = (c >> 6) as usize & 0x3FF;
            bits[pair / 64] |= 1 << (pair % 64);
            i += 1;
        }
        l += 1;
    }
    bits
};

/// How far the scan for a number's first character moves on from a character whose UTF-8
/// starts with the bytes `hi lo` (index `hi << 8 | lo`): 1 past an ASCII byte other than a
/// digit, 3 past a three-byte character whose pair is not in [`MAY_START_PAIRS`] (none of its
/// 64 characters may start a number), 0 where the scan stops to look at the character. One
/// table read a character, where telling the byte's kind and then looking the pair up took
/// about eighteen instructions a Chinese character (≈0.58 M a pass over the seeds). Most of the
/// table is never read: the pairs of Chinese text take a few hundred bytes of it.
static SCAN_STEP: [u8; 1 << 16] = {
    let mut steps = [0u8; 1 << 16];
    let mut k = 0;
    while k < steps.len() {
        let (hi, lo) = ((k >> 8) as u8, (k & 0xFF) as u8);
        steps[k] = if hi < 0x80 {
            if hi.is_ascii_digit() {
                0
            } else {
                1
            }
        } else if hi >= 0xE0 && hi <= 0xEF {
            let pair = (((hi & 0x0F) as usize) << 6) | (lo & 0x3F) as usize;
            if MAY_START_PAIRS[pair / 64] & (1 << (pair % 64)) != 0 {
                0
            } else {
                3
            }
        } else {
            0
        };
        k += 1;
    }
    steps
};

/// The first byte at or after `i` where a number may start: a digit, a character of
/// [`may_start`], or any byte the fast skip cannot tell (a two- or four-byte character, a
/// three-byte one cut short at the end), which the caller decodes and looks at. `bytes.len()`
/// when there is none.
fn next_start(bytes: &[u8], i: usize) -> usize {
    let mut rest = &bytes[i.min(bytes.len())..];
    loop {
        // Most characters are CJK that cannot start a number: one table read each.
        while let [hi, lo, _, ..] = *rest {
            let step = SCAN_STEP[(usize::from(hi) << 8) | usize::from(lo)];
            if step == 0 {
                break;
            }
            rest = &rest[usize::from(step)..];
        }
        // The scan stopped: a digit, a character of a pair holding a start character (decoded:
        // is it one?), another kind of character, or the last two bytes.
        match *rest {
            [b, ref tail @ ..] if b < 0x80 && !b.is_ascii_digit() => rest = tail,
            [lead @ 0xE0..=0xEF, second, third, ref tail @ ..] => {
                let pair = (usize::from(lead & 0x0F) << 6) | usize::from(second & 0x3F);
                if MAY_START_PAIRS[pair / 64] & (1 << (pair % 64)) != 0 {
                    let code = (u32::from(lead & 0x0F) << 12)
                        | (u32::from(second & 0x3F) << 6)
                        | u32::from(third & 0x3F);
                    if char::from_u32(code).is_some_and(may_start) {
                        break;
                    }
                }
                rest = tail;
            }
            _ => break,
        }
    }
    bytes.len() - rest.len()
}

pub fn extract(cleaned: &Cleaned<'_>, outline: &Outline, body_from: usize) -> Extracted {
    let text = cleaned.text.as_str();
    // Room for a metric every hundred-odd bytes, so the vectors rarely regrow.
    let room = text.len().saturating_sub(body_from) / 128 + 1;
    let mut out = Extracted {
        metrics: Vec::with_capacity(room),
        positions: Vec::with_capacity(room),
        label_parts: Vec::with_capacity(room),
        base_labels: Vec::with_capacity(room),
        subjectless: Vec::with_capacity(room),
        ..Extracted::default()
    };
    // End of the previous metric, so a label never reaches back across it.
    let mut prev_metric_end = 0usize;
    let cells = table::Cells::find(text, body_from);
    // URLs, phone numbers, hotlines, document numbers: their digits are no quantities.
    let codes = crate::lexicon::patterns::codes(text);
    let mut next_code = 0usize;
    // The line being read and whether it can be a table row (computed once per line).
    let mut row_line = (0usize, 0usize, false);
    let mut i = body_from.min(text.len());
    let bytes = text.as_bytes();
    while i < text.len() {
        i = next_start(bytes, i);
        if i >= bytes.len() {
            break;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if !may_start(c) || continues_previous(text, i) {
            i += c.len_utf8();
            continue;
        }
        if c.is_ascii_digit() {
            if let Some(d) = dates::read(text, i) {
                let span = cleaned.span(i, d.end);
                out.dates.push(DateMention {
                    text: span.slice(cleaned.original).to_string(),
                    value: d.value,
                    span,
                    repaired: cleaned.is_repaired(span),
                });
                i = d.end;
                continue;
            }
        }
        // Dates are read first (the year of 〔2019〕28号 stays a date mention, as before).
        while codes.get(next_code).is_some_and(|s| s.end <= i) {
            next_code += 1;
        }
        if let Some(code) = codes.get(next_code).filter(|s| s.start <= i) {
            i = code.end;
            continue;
        }
        if !c.is_ascii_digit() {
            if let Some(d) = dates::read_chinese(text, i) {
                let span = cleaned.span(i, d.end);
                out.dates.push(DateMention {
                    text: span.slice(cleaned.original).to_string(),
                    value: d.value,
                    span,
                    repaired: false,
                });
                i = d.end;
                continue;
            }
        }
        if let Some(found) = bare_magnitude(text, i) {
            let end = found.end;
            push_metric(cleaned, outline, &mut out, &mut prev_metric_end, found);
            i = end;
            continue;
        }
        if let Some(zero) = zero_statement(text, i) {
            push_metric(cleaned, outline, &mut out, &mut prev_metric_end, zero);
            i = out
                .positions
                .last()
                .map_or(i + c.len_utf8(), |p| p.1.max(i + c.len_utf8()));
            continue;
        }
        let Some(n) = numeral::read(text, i).filter(|n| n.end > i) else {
            i = skip_numeral_run(text, i);
            continue;
        };
        // A lone 一 (进一步, 一是) is judged no metric whatever table it stands in, before any
        // word around it is read: nothing of the table need be looked up for it.
        if is_lone_yi(&n) {
            i = n.end;
            continue;
        }
        // A figure of a flattened table (one cell per line, or a tab/pipe row): it needs no unit
        // of its own; a serial number or a year column (序号 1, 年份 2023) holds no metric.
        if !(row_line.0..row_line.1).contains(&i) {
            row_line = table_line(text, i);
        }
        let row = cells
            .at(i)
            .or_else(|| row_line.2.then(|| table::row_cell(text, i)).flatten());
        let row = match row {
            Some(table::RowFigure::NotAMetric) => {
                i = n.end;
                continue;
            }
            Some(table::RowFigure::Figure(r)) => Some(r),
            None => None,
        };
        match judge(text, i, &n, outline, row.is_some()) {
            Some(mut found) => {
                if let Some(row) = row {
                    table::fill(cleaned, &mut found, row);
                }
                // (A line without a cell separator has no row either.)
                found.row_read = true;
                let end = found.end;
                push_metric(cleaned, outline, &mut out, &mut prev_metric_end, found);
                i = end.max(n.end);
            }
            None => i = n.end,
        }
    }
    out
}

/// The line holding `i` and whether it has a cell separator (tab, |, ｜).
fn table_line(text: &str, i: usize) -> (usize, usize, bool) {
    let bytes = text.as_bytes();
    let start = memchr::memrchr(b'\n', &bytes[..i]).map_or(0, |p| p + 1);
    let end = memchr::memchr(b'\n', &bytes[i..]).map_or(text.len(), |p| i + p);
    let line = &text[start..end];
    // (One searcher for ｜ built once: `str::contains(char)` of a non-ASCII character builds a
    // substring searcher on every call.)
    static BAR: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    let bar = BAR.get_or_init(|| memchr::memmem::Finder::new("｜"));
    let row = memchr::memchr2(b'\t', b'|', line.as_bytes()).is_some()
        || bar.find(line.as_bytes()).is_some();
    (start, end.max(i + 1), row)
}

/// A digit or Chinese numeral glued to the one before it was already read with it.
fn continues_previous(text: &str, i: usize) -> bool {
    let prev = text[..i].chars().next_back();
    let c = text[i..].chars().next();
    match (prev, c) {
        (Some(p), Some(c)) if c.is_ascii_digit() => p.is_ascii_digit() || p == '.',
        (Some(p), Some(c)) => crate::text::is_chinese_digit(p) && crate::text::is_chinese_digit(c),
        _ => false,
    }
}

fn skip_numeral_run(text: &str, i: usize) -> usize {
    let mut j = i;
    for c in text[i..].chars() {
        if c.is_ascii_digit() || crate::text::is_chinese_digit(c) {
            j += c.len_utf8();
        } else {
            break;
        }
    }
    j.max(i + text[i..].chars().next().map_or(1, char::len_utf8))
}

#[cfg(test)]
mod scan_tests {
    /// The scan as it was before [`super::SCAN_STEP`]: the byte's kind, then the pair.
    fn next_start_by_kind(bytes: &[u8], i: usize) -> usize {
        let mut rest = &bytes[i..];
        loop {
            match *rest {
                [b, ref tail @ ..] if b < 0x80 && !b.is_ascii_digit() => rest = tail,
                [lead @ 0xE0..=0xEF, second, third, ref tail @ ..] => {
                    let pair = (usize::from(lead & 0x0F) << 6) | usize::from(second & 0x3F);
                    if super::MAY_START_PAIRS[pair / 64] & (1 << (pair % 64)) != 0 {
                        let code = (u32::from(lead & 0x0F) << 12)
                            | (u32::from(second & 0x3F) << 6)
                            | u32::from(third & 0x3F);
                        if char::from_u32(code).is_some_and(super::may_start) {
                            break;
                        }
                    }
                    rest = tail;
                }
                _ => break,
            }
        }
        bytes.len() - rest.len()
    }

    /// The table-driven scan stops where the scan by byte kind did, from every character of the
    /// seeds and of short texts with two- and four-byte characters, digits and start characters
    /// at their ends.
    #[test]
    fn the_step_table_scan_stops_where_the_scan_by_kind_did() {
        let mut texts = crate::test_seeds::seed_texts();
        for tail in [
            "", "a", "ab", "7", "a7", "一", "无", "é", "😀", "共", "十万", "é1",
        ] {
            texts.push(format!("审结案件{tail}"));
            texts.push(format!("ab{tail}"));
            texts.push(tail.to_string());
        }
        let mut stops = 0;
        for text in &texts {
            let bytes = text.as_bytes();
            for i in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let at = super::next_start(bytes, i);
                assert_eq!(at, next_start_by_kind(bytes, i), "{text:?} from {i}");
                stops += usize::from(at < bytes.len());
            }
        }
        assert!(stops > 10_000, "{stops}");
    }
}
