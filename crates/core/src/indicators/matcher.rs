//! Scoring a metric against the dictionary.
//!
//! A metric's words come in layers, from the most to the least specific: its label (the part
//! before a bracketed note, then the note), the clause just before the number (and the part of
//! it after the previous metric, its *tail*), the sentence before the number, and the headings
//! above it. An indicator fits when the metric's kind and unit are ones it takes, one of its
//! `terms` is in the label or the tail (a term of a neighbour's words does not count: in
//! 承办人大代表议案2件、建议51件, 51 is not 议案), one of its `topics` (if any) is in any
//! layer, every `also` word and no `exclude` word is in the label, its note or the clause.
//! Between fitting indicators the term found in the more specific layer wins, then the longer
//! term, then the topic found in the more specific layer, then the dictionary's order.

use super::{Dictionary, Indicator};
use crate::model::{Metric, Report};
use crate::sentences::Context;

/// A metric's words, normalised (no spaces or quotation marks, ASCII brackets).
#[derive(Clone, Debug, Default)]
pub struct MetricText {
    /// The label up to a bracketed note at its end.
    pub head: String,
    /// The bracketed note (受理（收到行政复议申请） → 收到行政复议申请).
    pub note: String,
    /// From the last clause boundary (，；：) to the number.
    pub clause: String,
    /// The clause after the previous metric in it (国家级42项、自治区级69项: 69's is 、自治区级).
    pub tail: String,
    /// From the start of the sentence to the number.
    pub before: String,
    /// Heading titles from the innermost section outwards.
    pub sections: Vec<String>,
    /// A 其中 stands between this metric and the previous one in its sentence.
    pub starts_breakdown: bool,
    /// The distinct characters of head, note and tail, sorted: a term whose first character
    /// is not among them cannot match, which rules out most indicators without a search.
    pub own_chars: Vec<char>,
}

impl MetricText {
    /// `titles` are the report's heading titles, normalised (computed once per report).
    pub fn new(ctx: &Context<'_, '_>, report: &Report, titles: &[String], i: usize) -> MetricText {
        let m = &report.metrics[i];
        let (head, note) = split_note(&m.label);
        let text = ctx.cleaned.text.as_str();
        let pos = ctx.positions.get(i).map_or(0, |p| p.0).min(text.len());
        let sentence = ctx.sentence_start(pos);
        let prev_end = i
            .checked_sub(1)
            .and_then(|j| ctx.positions.get(j))
            .map(|p| p.1)
            .filter(|&e| e >= sentence && e <= pos);
        let clause = crate::metrics::label::clause_start(text, pos, sentence);
        let tail = prev_end.map_or(clause, |e| e.max(clause));
        let starts_breakdown = prev_end.is_some_and(|e| text[e..pos].contains("其中"));
        let mut sections = Vec::new();
        let mut h = m.section;
        while let Some(k) = h {
            let Some(heading) = report.outline.get(k) else {
                break;
            };
            sections.push(titles.get(k).cloned().unwrap_or_default());
            if sections.len() > 8 {
                break;
            }
            h = heading.parent;
        }
        let head = normalise_shown(head);
        let note = normalise_shown(note);
        let tail = normalise(&text[tail..pos]);
        let mut own_chars: Vec<char> = head
            .chars()
            .chain(note.chars())
            .chain(tail.chars())
            .collect();
        own_chars.sort_unstable();
        own_chars.dedup();
        MetricText {
            head,
            note,
            clause: normalise(&text[clause..pos]),
            tail,
            before: normalise(&text[sentence..pos]),
            sections,
            starts_breakdown,
            own_chars,
        }
    }

    /// The label and the clause: where terms, `also` and `exclude` words are looked for.
    fn own(&self) -> [&str; 3] {
        [&self.head, &self.note, &self.clause]
    }
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

/// [`normalise`] for text shown as written (labels, heading titles), which may hold
/// traditional characters that the cleaned text has folded (審結 is 审结).
pub fn normalise_shown(s: &str) -> String {
    if s.chars()
        .any(|c| crate::lexicon::trad::is_traditional(c as u32))
    {
        normalise(&crate::clean::fold::fold_str(s))
    } else {
        normalise(s)
    }
}

/// Text as the dictionary's words are compared with it: no whitespace or quotation marks,
/// brackets in ASCII, 的 kept.
pub fn normalise(s: &str) -> String {
    // Most text has nothing to drop or fold: a byte scan decides that without decoding.
    let b = s.as_bytes();
    let clean = !b.iter().enumerate().any(|(i, &x)| match x {
        b' ' | b'\t' | b'\n' | b'\r' | b'"' | b'\'' | 0x0B | 0x0C => true,
        0xE2 | 0xE3 | 0xEF | 0xC2 | 0xE1 => matches!(
            (x, b.get(i + 1), b.get(i + 2)),
            (0xE2, Some(0x80), Some(0x80..=0xAF)) // U+2000..U+202F spaces, quotes
                | (0xE2, Some(0x81), Some(0x9F..=0xA0))
                | (0xE3, Some(0x80), Some(0x80 | 0x88..=0x8B)) // U+3000, 〈〉《》
                | (0xEF, Some(0xBC), Some(0x88 | 0x89)) // （）
                | (0xEF, Some(0xBB), Some(0xBF))
                | (0xC2, Some(0x85 | 0xA0), _)
                | (0xE1, Some(0x9A), Some(0x80))
        ),
        _ => false,
    });
    if clean {
        return s.to_string();
    }
    s.chars()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(
                    c,
                    '“' | '”' | '"' | '‘' | '’' | '\'' | '《' | '》' | '〈' | '〉'
                )
        })
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            _ => c,
        })
        .collect()
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

/// The best-fitting indicator for a metric, if any fits.
pub fn best<'d>(dict: &'d Dictionary, metric: &Metric, text: &MetricText) -> Option<&'d Indicator> {
    let mut best: Option<(Score, &Indicator)> = None;
    for ind in &dict.indicators {
        if let Some(score) = fit(ind, metric, text) {
            if best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((score, ind));
            }
        }
    }
    best.map(|(_, ind)| ind)
}

fn fit(ind: &Indicator, metric: &Metric, text: &MetricText) -> Option<Score> {
    if metric.kind != ind.kind {
        return None;
    }
    if let Some(unit) = &metric.unit {
        if !ind.units.is_empty() && !ind.units.iter().any(|u| u == unit) {
            return None;
        }
    }
    // Terms first: they rule out most indicators, and a missing first character rules a term
    // out without a substring search.
    let (term_layer, term_chars) = ind
        .terms
        .iter()
        .filter(|t| {
            t.chars()
                .next()
                .is_some_and(|c| text.own_chars.binary_search(&c).is_ok())
        })
        .filter_map(|t| {
            let layer = if text.head.contains(t.as_str()) {
                3
            } else if text.note.contains(t.as_str()) || text.tail.contains(t.as_str()) {
                2
            } else {
                return None;
            };
            Some((layer, t.chars().count()))
        })
        .max()?;
    let own = text.own();
    if ind
        .exclude
        .iter()
        .any(|w| own.iter().any(|o| o.contains(w.as_str())))
    {
        return None;
    }
    if ind
        .exclude_context
        .iter()
        .any(|w| text.before.contains(w.as_str()))
    {
        return None;
    }
    if !ind
        .also
        .iter()
        .all(|w| own.iter().any(|o| o.contains(w.as_str())))
    {
        return None;
    }
    let topic_layer = if ind.topics.is_empty() {
        4
    } else {
        ind.topics
            .iter()
            .filter_map(|t| {
                let t = t.as_str();
                if own.iter().any(|o| o.contains(t)) {
                    Some(3)
                } else if text.before.contains(t) {
                    Some(2)
                } else if text.sections.iter().any(|s| s.contains(t)) {
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
    fn normalising_folds_brackets_and_drops_quotes() {
        assert_eq!(normalise("培育“法律明白人” 1（2）"), "培育法律明白人1(2)");
    }
}
