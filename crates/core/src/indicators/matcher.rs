//! Scoring a metric against the dictionary.
//!
//! A metric's words come in layers, from the most to the least specific: its label (the part
//! before a bracketed note, then the note), the clause just before the number (and the part of
//! it after the previous metric, its *tail*), the sentence before the number, and the headings
//! above it. All the dictionary's words are compiled into one automaton ([`Compiled`]); each
//! layer is read once ([`read`]), recording which words stand where ([`Found`]), and every
//! indicator is then scored from that record ([`best`]) without another search.

use super::{Dictionary, Indicator};
use crate::lexicon::words::{Stepper, Words};
use crate::model::{Metric, MetricKind, Report};
use crate::sentences::Context;
use crate::text::contains_str;
use foldhash::{HashMap, HashMapExt};

/// The layers a word was found in, for one metric (bits of [`Found`]).
type Layers = u8;
const HEAD: Layers = 1;
const NOTE: Layers = 2;
const TAIL: Layers = 4;
const CLAUSE: Layers = 8;
const BEFORE: Layers = 16;
const SECTION: Layers = 32;
/// The label and the clause: where terms, `also` and `exclude` words are looked for.
const OWN: Layers = HEAD | NOTE | CLAUSE;

/// Every word of the dictionary in one automaton, and each indicator's words as indices into
/// it: a metric's texts are read once, whatever the number of indicators and words.
pub struct Compiled {
    words: Words,
    /// Characters of each word (a longer term wins).
    chars: Vec<usize>,
    /// Bytes of each word.
    bytes: Vec<usize>,
    indicators: Vec<IndicatorWords>,
    /// The indicators each word is a term of: only those can fit a metric.
    term_of: Vec<Vec<usize>>,
    /// Every unit the dictionary names, numbered.
    unit_ids: HashMap<String, usize>,
}

#[derive(Default)]
struct IndicatorWords {
    /// Numbers of the units it takes (empty: any).
    units: Vec<usize>,
    terms: Vec<usize>,
    topics: Vec<usize>,
    also: Vec<usize>,
    exclude: Vec<usize>,
    exclude_context: Vec<usize>,
}

impl Compiled {
    /// Compiles the (already normalised) words of `dict`.
    pub fn new(dict: &Dictionary) -> Compiled {
        let mut index: HashMap<&str, usize> = HashMap::new();
        let mut list: Vec<&str> = Vec::new();
        let mut unit_ids: HashMap<String, usize> = HashMap::new();
        let indicators: Vec<IndicatorWords> = dict
            .indicators
            .iter()
            .map(|ind| IndicatorWords {
                units: ind
                    .units
                    .iter()
                    .map(|u| {
                        let n = unit_ids.len();
                        *unit_ids.entry(u.clone()).or_insert(n)
                    })
                    .collect(),
                terms: intern_all(&mut index, &mut list, &ind.terms),
                topics: intern_all(&mut index, &mut list, &ind.topics),
                also: intern_all(&mut index, &mut list, &ind.also),
                exclude: intern_all(&mut index, &mut list, &ind.exclude),
                exclude_context: intern_all(&mut index, &mut list, &ind.exclude_context),
            })
            .collect();
        let mut term_of = vec![Vec::new(); list.len()];
        for (k, ind) in indicators.iter().enumerate() {
            for &t in &ind.terms {
                if term_of[t].last() != Some(&k) {
                    term_of[t].push(k);
                }
            }
        }
        Compiled {
            words: Words::new(&list),
            chars: list.iter().map(|w| w.chars().count()).collect(),
            bytes: list.iter().map(|w| w.len()).collect(),
            indicators,
            term_of,
            unit_ids,
        }
    }
}

/// The index of each of `words` in `list`, added if new.
fn intern_all<'a>(
    index: &mut HashMap<&'a str, usize>,
    list: &mut Vec<&'a str>,
    words: &'a [String],
) -> Vec<usize> {
    words
        .iter()
        .map(|w| {
            *index.entry(w.as_str()).or_insert_with(|| {
                list.push(w.as_str());
                list.len() - 1
            })
        })
        .collect()
}

/// Where each dictionary word stands around one metric, from the most to the least specific
/// layer. Reused from metric to metric: only the words touched are reset, and the sentence
/// read for one metric is read on, not again, for the next metric in it.
pub struct Found<'c> {
    layers: Vec<Layers>,
    touched: Vec<usize>,
    /// Indicators that may fit, one bit each (reused; all clear between metrics).
    candidates: Vec<u64>,
    sentence: Scan<'c>,
    /// The words of a label (reused).
    label_words: Vec<usize>,
}

/// The sentence being read: the automaton's state after the text up to `to`, normalised on the
/// fly, and the words found so far with the normalised offset where each starts.
struct Scan<'c> {
    stepper: Stepper<'c>,
    /// Cleaned-text start of the sentence (`usize::MAX`: none yet).
    from: usize,
    /// Cleaned-text position read up to.
    to: usize,
    /// Normalised bytes read so far.
    read: usize,
    /// Words found: `(word, normalised start)`.
    hits: Vec<(usize, usize)>,
    /// Normalised offsets after each clause boundary (where a clause can start), with the
    /// cleaned-text position: `(cleaned, normalised)`.
    boundaries: Vec<(usize, usize)>,
}

impl<'c> Scan<'c> {
    /// A scan that has read nothing yet, its sentence starting at `from`.
    fn new(compiled: &'c Compiled, from: usize) -> Scan<'c> {
        Scan {
            stepper: compiled.words.stepper(),
            from,
            to: 0,
            read: 0,
            hits: Vec::new(),
            boundaries: Vec::new(),
        }
    }

    /// Reads the cleaned text on to `pos`, normalising it on the fly.
    fn read_to(&mut self, text: &str, pos: usize) {
        let Scan {
            stepper,
            read,
            hits,
            boundaries,
            ..
        } = self;
        let from = self.to;
        let mut rest = text.as_bytes().get(from..pos).unwrap_or_default();
        while !rest.is_empty() {
            // A CJK ideograph (U+4000..U+9FFF, lead byte E4..E9: most of a report) is its own
            // normalised form and no clause boundary: decoded from its three bytes and read
            // without the per-character tests of the general path below.
            if let Some((c, tail)) = ideograph(rest) {
                *read += 3;
                stepper.consume(c, |h| hits.push((h.word, h.start)));
                rest = tail;
                continue;
            }
            let off = pos - rest.len();
            let Some(c) = text.get(off..pos).and_then(|s| s.chars().next()) else {
                break;
            };
            Self::read_char(stepper, read, hits, boundaries, off, c);
            rest = &rest[c.len_utf8()..];
        }
        self.to = pos;
    }

    /// The general path of [`Scan::read_to`] for the character `c` at cleaned-text `off`.
    #[inline]
    fn read_char(
        stepper: &mut Stepper<'c>,
        read: &mut usize,
        hits: &mut Vec<(usize, usize)>,
        boundaries: &mut Vec<(usize, usize)>,
        off: usize,
        c: char,
    ) {
        if let Some(n) = normalised(c) {
            *read += n.len_utf8();
            stepper.consume(n, |h| hits.push((h.word, h.start)));
        }
        if crate::metrics::label::is_boundary(c) {
            boundaries.push((off + c.len_utf8(), *read));
        }
    }

    /// The words found in the last `part.len()` bytes of the text read but `rest` (the
    /// text read ends with `part` then `rest`): the words of `part`, since the automaton
    /// reports every occurrence of every word and normalising goes character by character.
    fn words_before(
        &self,
        compiled: &Compiled,
        part: &str,
        rest: &str,
        mut found: impl FnMut(usize),
    ) {
        let b = self.read.saturating_sub(normalised_len(rest));
        let a = b.saturating_sub(normalised_len(part));
        for &(word, start) in &self.hits {
            if start >= a && start + compiled.bytes[word] <= b {
                found(word);
            }
        }
    }

    /// Starts over at `from`, nothing read.
    fn restart(&mut self, compiled: &'c Compiled, from: usize) {
        self.stepper = compiled.words.stepper();
        self.from = from;
        self.to = from;
        self.read = 0;
        self.hits.clear();
        self.boundaries.clear();
    }

    /// Reads the sentence starting at `sentence` on to `pos` (the number), stopping on the way
    /// at `prev_end` (the end of the previous metric, if it stands between), and tells where
    /// the number's clause starts: `(clause, clause_at, tail_at)`, the clause's cleaned-text
    /// start, its normalised offset, and the normalised offset of the tail (the later of the
    /// clause start and `prev_end`).
    ///
    /// The clause starts after the last clause boundary read before `pos` (the sentence start
    /// if none): the reading records every boundary it passes, so the clause start is known
    /// once the number is reached, where a search back from the number for it
    /// (`metrics::label::clause_start`, as before) read the clause's characters a second time.
    /// The reading goes on from where the previous metric of the sentence left it; only a scan
    /// of another sentence, or one past `prev_end`, starts over (the automaton's state and
    /// finds do not depend on where a reading stopped, so reading on or again finds the same).
    fn read_clause(
        &mut self,
        compiled: &'c Compiled,
        text: &str,
        sentence: usize,
        prev_end: Option<usize>,
        pos: usize,
    ) -> (usize, usize, usize) {
        if self.from != sentence || self.to > prev_end.unwrap_or(pos) {
            self.restart(compiled, sentence);
        }
        let prev_at = prev_end.map(|e| {
            self.read_to(text, e);
            self.read
        });
        self.read_to(text, pos);
        let (clause, clause_at) = self.boundaries.last().copied().unwrap_or((sentence, 0));
        match (prev_end, prev_at) {
            (Some(e), Some(at)) if e > clause => (clause, clause_at, at),
            _ => (clause, clause_at, clause_at),
        }
    }
}

impl<'c> Found<'c> {
    pub fn new(compiled: &'c Compiled) -> Found<'c> {
        Found {
            layers: vec![0; compiled.words.len()],
            touched: Vec::new(),
            candidates: vec![0; compiled.indicators.len().div_ceil(64)],
            label_words: Vec::new(),
            sentence: Scan::new(compiled, usize::MAX),
        }
    }

    fn reset(&mut self) {
        for &w in &self.touched {
            self.layers[w] = 0;
        }
        self.touched.clear();
    }

    fn mark(&mut self, word: usize, layers: Layers) {
        if self.layers[word] == 0 {
            self.touched.push(word);
        }
        self.layers[word] |= layers;
    }

    fn get(&self, word: usize) -> Layers {
        self.layers[word]
    }
}

/// The dictionary words in each heading's title (normalised), read once per report, and only
/// for the headings above some metric.
pub struct TitleWords(Vec<Option<Vec<usize>>>);

impl TitleWords {
    pub fn new(report: &Report) -> TitleWords {
        TitleWords(vec![None; report.outline.len()])
    }

    /// The words of heading `k`'s title.
    fn of(&mut self, compiled: &Compiled, k: usize, title: &str) -> &[usize] {
        match self.0.get_mut(k) {
            Some(words) => words.get_or_insert_with(|| {
                let mut words = Vec::new();
                read_shown(compiled, title, |w| words.push(w));
                words
            }),
            None => &[],
        }
    }
}

/// Calls `found` with every dictionary word in `s`, text shown as written (a label, a title),
/// normalised as the cleaned text is: it may hold traditional characters that the cleaned text
/// has folded (審結 is 审结).
fn read_shown(compiled: &Compiled, s: &str, mut found: impl FnMut(usize)) {
    // (From the UTF-8 bytes: decoding every character to ask cost more than the reading.)
    let fold = crate::lexicon::trad::has_traditional(s);
    let mut stepper = compiled.words.stepper();
    if !fold {
        // Nothing to fold: the ideographs from their bytes, as `Scan::read_to` reads them.
        let mut rest = s.as_bytes();
        while !rest.is_empty() {
            if let Some((c, tail)) = ideograph(rest) {
                stepper.consume(c, |h| found(h.word));
                rest = tail;
                continue;
            }
            let at = s.len() - rest.len();
            let Some(c) = s[at..].chars().next() else {
                break;
            };
            if let Some(n) = normalised(c) {
                stepper.consume(n, |h| found(h.word));
            }
            rest = &rest[c.len_utf8()..];
        }
        return;
    }
    for c in s.chars() {
        // (Folded only in a text with traditional characters: `fold` is a call per character.)
        let c = match fold.then(|| crate::clean::fold::fold(c)).flatten() {
            Some(('\0', _)) => continue,
            Some((f, _)) => f,
            None => c,
        };
        if let Some(n) = normalised(c) {
            stepper.consume(n, |h| found(h.word));
        }
    }
}

/// Reads the words around metric `i` into `found`. Returns whether a 其中 stands between this
/// metric and the previous one in its sentence (a part never takes its whole's indicator).
///
/// The layers: the label (the part before a bracketed note, then the note), the clause just
/// before the number and its *tail* (the part after the previous metric: in
/// 国家级42项、自治区级69项, 69's is 、自治区级), the sentence before the number, and the
/// headings above it. A word's layer in the sentence follows from where it starts, since
/// normalising goes character by character.
pub fn read<'c>(
    compiled: &'c Compiled,
    ctx: &Context<'_, '_>,
    report: &Report,
    titles: &mut TitleWords,
    i: usize,
    found: &mut Found<'c>,
) -> bool {
    found.reset();
    let m = &report.metrics[i];
    let (head, note) = split_note(&m.label);
    let text = ctx.cleaned.text.as_str();
    let (pos, sentence, prev_end) = bounds(ctx, i);
    let starts_breakdown = prev_end.is_some_and(|e| contains_str(&text[e..pos], "其中"));

    // The sentence up to the number: read on from the previous metric when it is the same
    // sentence, else from its start.
    let scan = &mut found.sentence;
    let (_, clause_at, tail_at) = scan.read_clause(compiled, text, sentence, prev_end, pos);
    // The label's words. Most labels are the words just before their number, as written
    // (审结案件 in 审结案件163件): their words are the sentence's words found there, and
    // reading them again would find the same. Other labels (put together from several places,
    // or shown with characters that cleaning folded) are read on their own.
    let label = m.label.as_str();
    let label_found = text[scan.from.min(pos)..pos].ends_with(label);
    for (part, layer) in [(head, HEAD), (note, NOTE)] {
        if part.is_empty() {
            continue;
        }
        let mut words = std::mem::take(&mut found.label_words);
        words.clear();
        match end_in(label, part).filter(|_| label_found) {
            Some(end) => {
                found
                    .sentence
                    .words_before(compiled, part, &label[end..], |w| words.push(w));
            }
            None => read_shown(compiled, part, |w| words.push(w)),
        }
        for &w in &words {
            found.mark(w, layer);
        }
        found.label_words = words;
    }
    for k in 0..found.sentence.hits.len() {
        let (word, start) = found.sentence.hits[k];
        let layers = if start >= tail_at {
            TAIL | CLAUSE | BEFORE
        } else if start >= clause_at {
            CLAUSE | BEFORE
        } else {
            BEFORE
        };
        found.mark(word, layers);
    }
    let mut h = m.section;
    let mut depth = 0;
    while let Some(k) = h {
        let Some(heading) = report.outline.get(k) else {
            break;
        };
        for &w in titles.of(compiled, k, &heading.title) {
            found.mark(w, SECTION);
        }
        depth += 1;
        if depth > 8 {
            break;
        }
        h = heading.parent;
    }
    starts_breakdown
}

/// Where metric `i`'s number starts, where its sentence starts, and where the previous metric
/// ends when that is in the sentence before the number.
fn bounds(ctx: &Context<'_, '_>, i: usize) -> (usize, usize, Option<usize>) {
    let text = ctx.cleaned.text.as_str();
    let pos = ctx.positions.get(i).map_or(0, |p| p.0).min(text.len());
    let sentence = if ctx.positions.get(i).is_some_and(|p| p.0 == pos) {
        ctx.metric_sentence_start(i)
    } else {
        ctx.sentence_start(pos)
    }
    .min(pos);
    let prev_end = i
        .checked_sub(1)
        .and_then(|j| ctx.positions.get(j))
        .map(|p| p.1)
        .filter(|&e| e >= sentence && e <= pos);
    (pos, sentence, prev_end)
}

/// Where `part`, a slice of `label` ([`split_note`]), ends in it.
fn end_in(label: &str, part: &str) -> Option<usize> {
    let at = (part.as_ptr() as usize).checked_sub(label.as_ptr() as usize)?;
    Some(at + part.len()).filter(|&end| end <= label.len())
}

/// Splits `受理（收到行政复议申请）` into the label proper and its bracketed note.
fn split_note(label: &str) -> (&str, &str) {
    let trimmed = label.trim_end();
    let Some(inner) = trimmed
        .strip_suffix('）')
        .or_else(|| trimmed.strip_suffix(')'))
    else {
        return (label, "");
    };
    // The bracket that opens the final group (nested brackets counted).
    let mut depth = 0usize;
    for (at, c) in inner.char_indices().rev() {
        match c {
            '）' | ')' => depth += 1,
            '（' | '(' if depth > 0 => depth -= 1,
            '（' | '(' => {
                if at == 0 {
                    return (label, "");
                }
                return (&inner[..at], &inner[at + c.len_utf8()..]);
            }
            _ => {}
        }
    }
    (label, "")
}

/// Text as the dictionary's words are compared with it: no whitespace or quotation marks,
/// brackets in ASCII, 的 kept.
pub fn normalise(s: &str) -> String {
    s.chars().filter_map(normalised).collect()
}

/// Bytes of `s` normalised ([`normalise`]).
fn normalised_len(s: &str) -> usize {
    let mut len = 0;
    let mut rest = s.as_bytes();
    while !rest.is_empty() {
        if let Some((_, tail)) = ideograph(rest) {
            len += 3;
            rest = tail;
            continue;
        }
        let Some(c) = s[s.len() - rest.len()..].chars().next() else {
            break;
        };
        len += normalised(c).map_or(0, char::len_utf8);
        rest = &rest[c.len_utf8()..];
    }
    len
}

/// The CJK ideograph (U+4000..U+9FFF, lead byte E4..E9: most of a report's characters) that
/// `bytes` (UTF-8) starts with, and the bytes after it. Such a character is its own normalised
/// form and no clause boundary, so the readers here take it without asking per character.
#[inline]
fn ideograph(bytes: &[u8]) -> Option<(char, &[u8])> {
    let [lead @ 0xE4..=0xE9, second, third, ref tail @ ..] = *bytes else {
        return None;
    };
    let code =
        (u32::from(lead & 0x0F) << 12) | (u32::from(second & 0x3F) << 6) | u32::from(third & 0x3F);
    // (Every code of U+4000..U+9FFF is a character.)
    Some((char::from_u32(code)?, tail))
}

/// One character as the dictionary's words are compared with it: dropped (whitespace,
/// quotation marks) or brackets in ASCII.
fn normalised(c: char) -> Option<char> {
    match c {
        '（' => Some('('),
        '）' => Some(')'),
        '“' | '”' | '"' | '‘' | '’' | '\'' | '《' | '》' | '〈' | '〉' => None,
        c if c.is_whitespace() => None,
        c => Some(c),
    }
}

/// How well an indicator fits; larger is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Score {
    /// 3: the label proper, 2: its note or the clause.
    term_layer: u8,
    term_chars: usize,
    /// 4: no topic needed, 3: label/clause, 2: sentence, 1: heading.
    topic_layer: u8,
}

/// The best-fitting indicator for a metric whose words are in `found`, if any fits.
///
/// An indicator fits when the metric's kind and unit are ones it takes, one of its `terms` is in
/// the label or the tail (a term of a neighbour's words does not count: in 承办人大代表议案2件、
/// 建议51件, 51 is not 议案), one of its `topics` (if any) is in any layer, every `also` word and
/// no `exclude` word is in the label, its note or the clause. Between fitting indicators the
/// term found in the more specific layer wins, then the longer term, then the topic found in the
/// more specific layer, then the dictionary's order.
pub fn best<'d>(
    dict: &'d Dictionary,
    compiled: &Compiled,
    metric: &Metric,
    found: &mut Found<'_>,
) -> Option<&'d Indicator> {
    // Only indicators with a term in the label or the tail can fit. A bit set gives them in
    // the dictionary's order, once each, without sorting.
    let mut candidates = std::mem::take(&mut found.candidates);
    for &w in &found.touched {
        if found.layers[w] & (HEAD | NOTE | TAIL) != 0 {
            for &k in &compiled.term_of[w] {
                candidates[k / 64] |= 1 << (k % 64);
            }
        }
    }
    // A unit the dictionary never names fits only indicators that take any unit.
    let unit = metric
        .unit
        .as_deref()
        .map(|u| compiled.unit_ids.get(u).copied());
    let mut best: Option<(Score, &Indicator)> = None;
    for (block, bits) in candidates.iter_mut().enumerate() {
        while *bits != 0 {
            let k = block * 64 + bits.trailing_zeros() as usize;
            *bits &= *bits - 1;
            let (Some(ind), Some(words)) = (dict.indicators.get(k), compiled.indicators.get(k))
            else {
                continue;
            };
            if let Some(score) = fit(ind, words, compiled, metric.kind, unit, found) {
                if best.as_ref().is_none_or(|(s, _)| score > *s) {
                    best = Some((score, ind));
                }
            }
        }
    }
    found.candidates = candidates;
    best.map(|(_, ind)| ind)
}

fn fit(
    ind: &Indicator,
    words: &IndicatorWords,
    compiled: &Compiled,
    kind: MetricKind,
    unit: Option<Option<usize>>,
    found: &Found<'_>,
) -> Option<Score> {
    if kind != ind.kind {
        return None;
    }
    if let Some(unit) = unit {
        if !words.units.is_empty() && !unit.is_some_and(|u| words.units.contains(&u)) {
            return None;
        }
    }
    let (term_layer, term_chars) = words
        .terms
        .iter()
        .filter_map(|&t| {
            let at = found.get(t);
            let layer = if at & HEAD != 0 {
                3
            } else if at & (NOTE | TAIL) != 0 {
                2
            } else {
                return None;
            };
            Some((layer, compiled.chars[t]))
        })
        .max()?;
    if words.exclude.iter().any(|&w| found.get(w) & OWN != 0)
        || words
            .exclude_context
            .iter()
            .any(|&w| found.get(w) & BEFORE != 0)
        || !words.also.iter().all(|&w| found.get(w) & OWN != 0)
    {
        return None;
    }
    let topic_layer = if words.topics.is_empty() {
        4
    } else {
        words
            .topics
            .iter()
            .filter_map(|&t| {
                let at = found.get(t);
                if at & OWN != 0 {
                    Some(3)
                } else if at & BEFORE != 0 {
                    Some(2)
                } else if at & SECTION != 0 {
                    Some(1)
                } else {
                    None
                }
            })
            .max()?
    };
    Some(Score {
        term_layer,
        term_chars,
        topic_layer,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clause_read_is_the_one_searched_back_for() {
        // The general path: the clause start searched back from the number, and normalised
        // offsets counted from the sentence start. Metrics in text order (the reading goes on
        // through a sentence), then every third one (it starts over).
        let compiled = super::super::compiled();
        let mut n = 0;
        crate::checks::for_each_context(&[], |name, ctx, report| {
            let text = ctx.cleaned.text.as_str();
            let all: Vec<usize> = (0..report.metrics.len()).collect();
            let thirds: Vec<usize> = all.iter().copied().step_by(3).collect();
            for order in [all, thirds] {
                let mut scan = Scan::new(compiled, usize::MAX);
                for &i in &order {
                    let (pos, sentence, prev_end) = bounds(ctx, i);
                    let clause = crate::metrics::label::clause_start(text, pos, sentence)
                        .clamp(sentence, pos);
                    let tail = prev_end.map_or(clause, |e| e.max(clause));
                    let at = |x: usize| normalised_len(&text[sentence..x]);
                    assert_eq!(
                        scan.read_clause(compiled, text, sentence, prev_end, pos),
                        (clause, at(clause), at(tail)),
                        "{name} metric {i}"
                    );
                    assert_eq!(scan.read, at(pos), "{name} metric {i}");
                    n += 1;
                }
            }
        });
        assert!(n > 500, "{n}");
    }

    #[test]
    fn notes_split_off_the_end_only() {
        assert_eq!(
            split_note("受理（收到行政复议申请）"),
            ("受理", "收到行政复议申请")
        );
        assert_eq!(
            split_note("村（社区）法律顾问入驻"),
            ("村（社区）法律顾问入驻", "")
        );
        assert_eq!(
            split_note("类别职责（非涉农街道）"),
            ("类别职责", "非涉农街道")
        );
        assert_eq!(split_note("全县村(社区)"), ("全县村", "社区"));
        assert_eq!(split_note("（一）"), ("（一）", ""));
        assert_eq!(split_note("a（b（c））"), ("a", "b（c）"));
    }

    #[test]
    fn a_label_before_its_number_has_the_words_it_would_have_read_alone() {
        // Labels that stand just before their number, with quotation marks and brackets
        // (dropped and folded by normalising) inside and before them.
        let compiled = super::super::compiled();
        for (sentence, label) in [
            ("全年共收到行政复议申请", "收到行政复议申请"),
            ("2023年，办理“行政复议”案件", "办理“行政复议”案件"),
            (
                "本级行政机关负责人出庭应诉(含委托)",
                "行政机关负责人出庭应诉(含委托)",
            ),
            ("新增“法律明白人” ", "“法律明白人” "),
        ] {
            let mut scan = Scan::new(compiled, 0);
            scan.read_to(sentence, sentence.len());
            assert!(sentence.ends_with(label));
            let (head, note) = split_note(label);
            for part in [head, note].into_iter().filter(|p| !p.is_empty()) {
                let end = end_in(label, part).unwrap();
                let mut from_sentence = Vec::new();
                scan.words_before(compiled, part, &label[end..], |w| from_sentence.push(w));
                let mut alone = Vec::new();
                read_shown(compiled, part, |w| alone.push(w));
                from_sentence.sort_unstable();
                alone.sort_unstable();
                assert_eq!(from_sentence, alone, "{label}: {part}");
                assert!(part != head || !alone.is_empty(), "{label}: {part}");
            }
        }
    }

    /// `read_to` takes CJK ideographs from their bytes; it must find what the general path,
    /// character by character, finds: the same words at the same normalised offsets, the same
    /// clause boundaries, read in one go or in pieces.
    #[test]
    fn reading_ideographs_from_bytes_is_the_general_path() {
        let compiled = super::super::compiled();
        let mut texts = vec![
            "2023年，全县共办理“行政复议”案件163件（其中撤销2件）；审结 行政诉讼案件12件。\n新增法律明白人"
                .to_string(),
        ];
        // Every character of U+2000..U+A000 (punctuation, full-width forms, ideographs) among
        // dictionary words.
        let all: String = (0x2000..0xA000).filter_map(char::from_u32).collect();
        texts.push(format!("办理行政复议案件{all}审结案件，受理率"));
        let new_scan = || Scan::new(compiled, 0);
        for text in &texts {
            let mut general = new_scan();
            for (off, c) in text.char_indices() {
                let Scan {
                    stepper,
                    read,
                    hits,
                    boundaries,
                    ..
                } = &mut general;
                Scan::read_char(stepper, read, hits, boundaries, off, c);
            }
            let mut whole = new_scan();
            whole.read_to(text, text.len());
            let mut pieces = new_scan();
            let cuts: Vec<usize> = text.char_indices().map(|(i, _)| i).step_by(7).collect();
            for &cut in cuts.iter().chain([&text.len()]) {
                pieces.read_to(text, cut);
            }
            for scan in [&whole, &pieces] {
                assert_eq!(scan.read, general.read);
                assert_eq!(scan.hits, general.hits);
                assert_eq!(scan.boundaries, general.boundaries);
            }
            assert!(!general.hits.is_empty());
        }
    }

    /// A label or title read from the bytes (`read_shown` without traditional characters) and
    /// `normalised_len` answer as the general path, character by character.
    #[test]
    fn shown_text_and_normalised_length_from_bytes_are_the_general_path() {
        let compiled = super::super::compiled();
        let all: String = (0x2000..0xA000).filter_map(char::from_u32).collect();
        for s in [
            "办理“行政复议”案件（收到行政复议申请）",
            "审结 行政诉讼案件 12件",
            "",
            all.as_str(),
        ] {
            let mut general = Vec::new();
            let mut stepper = compiled.words.stepper();
            for c in s.chars().filter_map(normalised) {
                stepper.consume(c, |h| general.push(h.word));
            }
            let traditional = s
                .chars()
                .any(|c| crate::lexicon::trad::is_traditional(c as u32));
            if !traditional {
                let mut shown = Vec::new();
                read_shown(compiled, s, |w| shown.push(w));
                assert_eq!(shown, general, "{s}");
            }
            assert_eq!(normalised_len(s), normalise(s).len());
        }
        let plain: String = all
            .chars()
            .filter(|&c| !crate::lexicon::trad::is_traditional(c as u32))
            .collect();
        let mut shown = Vec::new();
        read_shown(compiled, &plain, |w| shown.push(w));
        let mut general = Vec::new();
        let mut stepper = compiled.words.stepper();
        for c in plain.chars().filter_map(normalised) {
            stepper.consume(c, |h| general.push(h.word));
        }
        assert_eq!(shown, general);
    }

    /// `read_shown` asks `has_traditional` (from the bytes) whether to fold, where it asked
    /// `is_traditional` of each character: the same answer for every character it can hold,
    /// alone and after an ideograph.
    #[test]
    fn folding_is_asked_from_the_bytes_as_of_each_character() {
        use crate::lexicon::trad::{has_traditional, is_traditional};
        for c in (0x20..0x11_0000).filter_map(char::from_u32) {
            for s in [c.to_string(), format!("审{c}")] {
                let by_char = s.chars().any(|c| is_traditional(c as u32));
                assert_eq!(has_traditional(&s), by_char, "U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn normalising_folds_brackets_and_drops_quotes() {
        assert_eq!(normalise("培育“法律明白人” 1（2）"), "培育法律明白人1(2)");
        let compiled = Compiled::new(&Dictionary {
            areas: Vec::new(),
            indicators: vec![Indicator {
                terms: vec!["审结案件".into()],
                ..serde_json::from_str(
                    r#"{"id":"x","zh":"x","en":"x","area":1,"kind":"count","terms":[]}"#,
                )
                .unwrap()
            }],
        });
        let mut words = Vec::new();
        read_shown(&compiled, "已審結 “案件”", |w| words.push(w));
        assert_eq!(words, [0], "traditional, spaces and quotes are read past");
    }
}
