//! Stage 1, clean: from the text as given to the text the later stages read.
//!
//! - line endings normalised to `\n`, odd spaces to ` `, full-width ASCII to ASCII,
//!   traditional characters to simplified ([`fold`]);
//! - web-page chrome left out, its publication date and source kept ([`chrome`]);
//! - a second copy of the body left out ([`duplicate`]);
//! - dates with dropped 年/月/日 repaired ([`repair`]);
//! - forum markup (`[b]…[/b]`) left out, a block's closing tag read as a line break ([`markup`]).
//!
//! Nothing is silently rewritten: each removal and repair is a [`Finding`] with its span, and
//! the [`OffsetMap`] turns every cleaned-text range back into a span of the input.

pub mod chrome;
pub mod defects;
pub mod duplicate;
pub mod fold;
pub mod lines;
pub mod markup;
pub mod offsets;
pub mod pinyin;
pub mod repair;
pub mod watermark;
pub mod wrap;

use crate::lexicon::trad;
use crate::model::{Bilingual, Finding, FindingKind, Removed};
use crate::span::Span;
use fold::Fold;
pub use offsets::OffsetMap;

/// The cleaned text with its way back to the input.
#[derive(Clone, Debug, Default)]
pub struct Cleaned<'a> {
    /// The text as given (BOM removed by the caller).
    pub original: &'a str,
    /// What later stages read.
    pub text: String,
    pub map: OffsetMap,
    /// Input stretches left out of `text`.
    pub removed: Vec<Removed>,
    /// Input spans of repaired dates, with their reading.
    pub repairs: Vec<(Span, String)>,
    /// Publication date and source found in page chrome.
    pub chrome: chrome::ChromeInfo,
    pub findings: Vec<Finding>,
}

impl Cleaned<'_> {
    /// Input span of the cleaned-text range `start..end`.
    pub fn span(&self, start: usize, end: usize) -> Span {
        self.map.span(start, end)
    }

    /// The input text under the cleaned-text range `start..end`: what the user wrote.
    pub fn source(&self, start: usize, end: usize) -> &str {
        self.span(start, end).slice(self.original)
    }

    /// The input under the cleaned-text range `start..end` less the stretches cleaning left out
    /// inside it: a mirror's pinyin notes (地區(qū)生產(chǎn)總值 → 地區生產總值), forum markup tags
    /// (`[b]20[/b][b]22年` → `2022年`). What a label or a title shows: the words as the user
    /// wrote them, less what was never text. Borrowed when nothing was left out inside (the
    /// common case: one binary search).
    pub fn shown(&self, start: usize, end: usize) -> std::borrow::Cow<'_, str> {
        let span = self.span(start, end);
        // `removed` is sorted by start; a stretch that starts before the range ends at or before
        // its start (the range maps from kept text).
        let k = self.removed.partition_point(|r| r.span.start < span.start);
        let inside = || {
            self.removed[k..]
                .iter()
                .take_while(|r| r.span.start < span.end)
        };
        if inside().next().is_none() {
            return std::borrow::Cow::Borrowed(span.slice(self.original));
        }
        let mut out = String::with_capacity(span.len());
        let mut at = span.start;
        for r in inside() {
            out.push_str(&self.original[at..r.span.start.max(at)]);
            at = at.max(r.span.end.min(span.end));
        }
        out.push_str(&self.original[at..span.end]);
        std::borrow::Cow::Owned(out)
    }

    /// True when the input span was produced by a date repair.
    pub fn is_repaired(&self, span: Span) -> bool {
        self.repairs.iter().any(|(s, _)| s.overlaps(span))
    }
}

/// Runs the clean stage.
pub fn clean(original: &str) -> Cleaned<'_> {
    let all_lines = lines::lines(original);
    let mut removed: Vec<Removed> = Vec::new();
    let mut findings = Vec::new();
    let mut info = chrome::ChromeInfo::default();

    // Chrome lines.
    let mut is_chrome = vec![false; all_lines.len()];
    let mut scratch = chrome::Scratch::default();
    for (i, line) in all_lines.iter().enumerate() {
        if let Some(found) = chrome::classify_with(line.text(original), &mut scratch) {
            is_chrome[i] = true;
            if info.published.is_none() {
                info.published = found.published;
            }
            if info.source.is_none() {
                info.source = found.source;
            }
        }
    }

    // A second copy of the body, among the remaining non-empty lines.
    let content: Vec<usize> = (0..all_lines.len())
        .filter(|&i| !is_chrome[i] && !lines::trim(all_lines[i].text(original)).is_empty())
        .collect();
    // Trimmed lines as they stand: a second copy of a body repeats it byte for byte.
    let keys: Vec<&str> = content
        .iter()
        .map(|&i| lines::trim(all_lines[i].text(original)))
        .collect();
    let mut copy_span = None;
    if let Some((a, b)) = duplicate::find_copy(&keys) {
        let start = all_lines[content[a]].start;
        let end = all_lines[content[b - 1]].next;
        copy_span = Some(Span::new(start, end));
    } else if content.len() < 10 {
        // Run-on text (line breaks lost): compare stretches instead of lines.
        copy_span = duplicate::find_copy_in_run_on(original);
    }

    // Chrome blocks (consecutive chrome lines, blank lines between them included),
    // outside the duplicate.
    let mut block: Option<Span> = None;
    let mut chrome_blocks = Vec::new();
    for (i, line) in all_lines.iter().enumerate() {
        let blank = lines::trim(line.text(original)).is_empty();
        let inside_copy = copy_span.is_some_and(|c| c.contains(Span::new(line.start, line.next)));
        if is_chrome[i] && !inside_copy {
            block = Some(match block {
                Some(b) => Span::new(b.start, line.next),
                None => Span::new(line.start, line.next),
            });
        } else if !blank || inside_copy {
            chrome_blocks.extend(block.take());
        }
    }
    chrome_blocks.extend(block);
    for b in chrome_blocks {
        // Trailing blank lines of a block belong to the text around it.
        let trimmed_end = b.start + original[b.range()].trim_end().len();
        let end = original[trimmed_end..b.end]
            .find('\n')
            .map_or(b.end, |n| trimmed_end + n + 1);
        let span = Span::new(b.start, end.min(b.end));
        removed.push(Removed {
            kind: FindingKind::WebChrome,
            span,
        });
        findings.push(Finding {
            kind: FindingKind::WebChrome,
            message: Bilingual {
                en: format!(
                    "Web-page chrome left out: {}",
                    preview(span.slice(original))
                ),
                zh: format!("已略去网页框架文字：{}", preview(span.slice(original))),
            },
            span: Some(span),
        });
    }
    if let Some(span) = copy_span {
        removed.push(Removed {
            kind: FindingKind::DuplicatedBody,
            span,
        });
        findings.push(Finding {
            kind: FindingKind::DuplicatedBody,
            message: Bilingual {
                en: "The report body appears twice; the second copy is left out.".into(),
                zh: "正文重复出现，已略去第二份副本。".into(),
            },
            span: Some(span),
        });
    }
    // Watermarks repeated inside the text, outside what is already left out.
    let left_out = Covered::new(&removed);
    let marks: Vec<Span> = watermark::find(original)
        .into_iter()
        .filter(|m| !left_out.overlaps(*m))
        .collect();
    if let Some(first) = marks.first() {
        findings.push(Finding {
            kind: FindingKind::WebChrome,
            message: Bilingual {
                en: format!(
                    "A site watermark repeated {} times was left out: {}",
                    marks.len(),
                    first.slice(original)
                ),
                zh: format!(
                    "已略去重复出现 {} 次的网站水印：{}",
                    marks.len(),
                    first.slice(original)
                ),
            },
            span: Some(*first),
        });
    }
    removed.extend(marks.into_iter().map(|span| Removed {
        kind: FindingKind::WebChrome,
        span,
    }));
    // Pinyin annotations of mirror sites (國(guó)): read past, shown struck through.
    let left_out = Covered::new(&removed);
    let annotations: Vec<Span> = pinyin::find(original)
        .into_iter()
        .filter(|a| !left_out.overlaps(*a))
        .collect();
    if let Some(first) = annotations.first() {
        findings.push(Finding {
            kind: FindingKind::Other,
            message: Bilingual {
                en: format!(
                    "{} pinyin annotation(s) such as \"{}\" left out",
                    annotations.len(),
                    first.slice(original)
                ),
                zh: format!(
                    "已略去 {} 处拼音注音，如“{}”",
                    annotations.len(),
                    first.slice(original)
                ),
            },
            span: Some(*first),
        });
    }
    removed.extend(annotations.into_iter().map(|span| Removed {
        kind: FindingKind::Other,
        span,
    }));
    // Forum markup ([align=center][b]…[/b][/align]): tags read past, a block's end as a line break.
    let left_out = Covered::new(&removed);
    let mut markup = markup::find(original);
    markup.tags.retain(|t| !left_out.overlaps(*t));
    markup
        .breaks
        .retain(|&b| !left_out.contains(Span::new(b, b)));
    if let Some(first) = markup.tags.first() {
        findings.push(Finding {
            kind: FindingKind::Other,
            message: Bilingual {
                en: format!(
                    "{} forum markup tag(s) such as \"{}\" left out; a block's end read as a line break",
                    markup.tags.len(),
                    first.slice(original)
                ),
                zh: format!(
                    "已略去 {} 处论坛排版标记，如“{}”；段落结束标记按换行读取",
                    markup.tags.len(),
                    first.slice(original)
                ),
            },
            span: Some(*first),
        });
    }
    removed.extend(markup.tags.into_iter().map(|span| Removed {
        kind: FindingKind::Other,
        span,
    }));
    crate::sort::by_key(&mut removed, |r| (r.span.start, r.span.end));

    // Repairs outside removed stretches.
    let left_out = Covered::new(&removed);
    let repairs: Vec<repair::Repair> = repair::find(original)
        .into_iter()
        .filter(|r| !left_out.overlaps(Span::new(r.start, r.end)))
        .collect();
    for r in &repairs {
        let span = Span::new(r.start, r.end);
        findings.push(Finding {
            kind: FindingKind::DroppedDateChar,
            message: Bilingual {
                en: format!(
                    "Date with dropped characters read as {}: \"{}\"",
                    r.reading,
                    span.slice(original)
                ),
                zh: format!(
                    "日期缺字，按“{}”读取：“{}”",
                    r.reading,
                    span.slice(original)
                ),
            },
            span: Some(span),
        });
    }

    // Hard wraps inside paragraphs, among the lines that are report text.
    let not_body: Vec<bool> = all_lines
        .iter()
        .enumerate()
        .map(|(i, l)| is_chrome[i] || left_out.contains(Span::new(l.start, l.next)))
        .collect();
    let joins = wrap::joins(original, &all_lines, &not_body);
    if let Some(first) = joins.first() {
        let n = joins.len();
        findings.push(Finding {
            kind: FindingKind::HardWrap,
            message: Bilingual {
                en: format!(
                    "{n} line break(s) inside paragraphs (hard-wrapped text) read as running text"
                ),
                zh: format!("{n} 处段落内的硬换行（固定宽度折行）按连续文字读取"),
            },
            span: Some(*first),
        });
    }
    let (text, map, fold_findings) = build(original, &removed, &repairs, &markup.breaks, &joins);
    findings.extend(fold_findings);
    findings.extend(defects::find(&text, |a, b| map.span(a, b)));
    Cleaned {
        original,
        text,
        map,
        removed,
        repairs: repairs
            .iter()
            .map(|r| (Span::new(r.start, r.end), r.reading.clone()))
            .collect(),
        chrome: info,
        findings,
    }
}

/// Writes the cleaned text: kept stretches folded, repairs and line breaks (`breaks`, input
/// offsets) inserted.
fn build(
    original: &str,
    removed: &[Removed],
    repairs: &[repair::Repair],
    breaks: &[usize],
    joins: &[Span],
) -> (String, OffsetMap, Vec<Finding>) {
    let mut inserts: Vec<(usize, &'static str)> = repairs
        .iter()
        .flat_map(|r| r.inserts.iter().copied())
        .chain(breaks.iter().map(|&b| (b, "\n")))
        .collect();
    crate::sort::by_key(&mut inserts, |&(p, _)| p);
    let mut next_insert = 0;
    let mut next_join = 0;
    let mut b = offsets::Builder::new(original.len(), original.len());
    let mut odd_spaces: Vec<Span> = Vec::new();
    let mut traditional: Vec<Span> = Vec::new();
    let mut kept = Vec::new();
    let mut pos = 0;
    for r in removed {
        if r.span.start > pos {
            kept.push(pos..r.span.start);
        }
        pos = pos.max(r.span.end);
    }
    if pos < original.len() {
        kept.push(pos..original.len());
    }
    for range in kept {
        let bytes = original.as_bytes();
        let mut run_start = range.start; // start of the pending identity run
        let mut at = range.start;
        while at < range.end {
            while next_insert < inserts.len() && inserts[next_insert].0 <= at {
                b.copy(run_start, &original[run_start..at]);
                run_start = at;
                b.replace(at, 0, inserts[next_insert].1);
                next_insert += 1;
            }
            // A joined line break: drop it.
            if next_join < joins.len() && joins[next_join].start == at {
                b.copy(run_start, &original[run_start..at]);
                at = joins[next_join].end.min(range.end).max(at + 1);
                run_start = at;
                next_join += 1;
                continue;
            }
            while next_join < joins.len() && joins[next_join].start < at {
                next_join += 1;
            }
            // Skip in a tight loop what never folds, up to the next insert or join.
            let limit = inserts
                .get(next_insert)
                .map_or(range.end, |&(p, _)| p.min(range.end));
            let limit = joins
                .get(next_join)
                .map_or(limit, |j| j.start.max(at).min(limit));
            let plain_end = skip_plain(bytes, at, limit);
            if plain_end > at {
                at = plain_end;
                continue;
            }
            // (`limit` lies past `at`, so the character here may fold: CR, odd spaces,
            // full-width ASCII, traditional characters.)
            let Some(c) = original[at..].chars().next() else {
                break;
            };
            let len = c.len_utf8();
            let mut buf = [0u8; 4];
            let replacement: Option<(&str, usize)> = if c == '\r' {
                let crlf = bytes.get(at + 1) == Some(&b'\n') && at + 1 < range.end;
                Some(("\n", if crlf { 2 } else { 1 }))
            } else {
                fold::fold(c).map(|(f, kind)| {
                    match kind {
                        Fold::Space => push_merged(&mut odd_spaces, Span::new(at, at + len)),
                        Fold::Traditional => traditional.push(Span::new(at, at + len)),
                        Fold::Width => {}
                    }
                    // A fold to '\0' drops the character (zero-width marks).
                    let folded: &str = if f == '\0' {
                        ""
                    } else {
                        f.encode_utf8(&mut buf)
                    };
                    (folded, len)
                })
            };
            match replacement {
                Some((rep, used)) => {
                    b.copy(run_start, &original[run_start..at]);
                    b.replace(at, used, rep);
                    at += used;
                    run_start = at;
                }
                None => at += len,
            }
        }
        b.copy(run_start, &original[run_start..range.end]);
    }
    let (text, map) = b.finish();
    let mut findings = Vec::new();
    if !odd_spaces.is_empty() {
        let n = odd_spaces.len();
        findings.push(Finding {
            kind: FindingKind::Whitespace,
            message: Bilingual {
                en: format!(
                    "{n} run(s) of unusual spaces (NBSP, U+3000, EN SPACE…) read as plain spaces"
                ),
                zh: format!("{n} 处特殊空白（不换行空格、全角空格等）按普通空格读取"),
            },
            span: odd_spaces.first().copied(),
        });
    }
    if !traditional.is_empty() {
        let n = traditional.len();
        findings.push(Finding {
            kind: FindingKind::Traditional,
            message: Bilingual { en: format!("{n} traditional character(s) read as simplified for matching; the text is shown as written"),
            zh: format!("{n} 个繁体字按简体匹配，原文照常显示") },
            span: traditional.first().copied(),
        });
    }
    (text, map, findings)
}

/// The end of the run of characters from `at` (up to `limit`) that never fold: ASCII other than
/// CR, CJK characters (U+4E00..U+9FFF, lead bytes E4..E9) that are simplified already, and the
/// punctuation that stays as written (、。“” …) — most of a report. The build loop above takes
/// them here without its per-character checks.
fn skip_plain(bytes: &[u8], at: usize, limit: usize) -> usize {
    // (Slice patterns: one length test per character, no bounds check per byte. `limit` is a
    // character boundary, so a character never straddles it.)
    let Some(mut rest) = bytes.get(at..limit) else {
        return at;
    };
    loop {
        match *rest {
            // (Ideographs first: most of a report; two at a time where two follow, one length
            // test and one branch on the bitmap for both.)
            [lead @ 0xE4..=0xE9, second, third, lead2 @ 0xE4..=0xE9, second2, third2, ref tail @ ..] =>
            {
                if trad::is_traditional_utf8(lead, second, third)
                    | trad::is_traditional_utf8(lead2, second2, third2)
                {
                    // (The first may be plain: the one-character arm below takes it.)
                    if trad::is_traditional_utf8(lead, second, third) {
                        break;
                    }
                    rest = &rest[3..];
                    continue;
                }
                rest = tail;
            }
            [lead @ 0xE4..=0xE9, second, third, ref tail @ ..] => {
                if trad::is_traditional_utf8(lead, second, third) {
                    break;
                }
                rest = tail;
            }
            [byte, ref tail @ ..] if byte < 0x80 && byte != b'\r' => rest = tail,
            // CJK punctuation (、。《》「」, lead byte E3) but the ideographic space U+3000
            // (E3 80 80), and general punctuation (“”‘’—…, lead byte E2) but the odd spaces and
            // zero-width marks of U+2000..U+200D, U+202F, U+205F and U+2060: [`fold::fold`]
            // leaves them as they are.
            [0xE3, second, third, ref tail @ ..] if (second, third) != (0x80, 0x80) => {
                rest = tail;
            }
            [0xE2, second, third, ref tail @ ..]
                if !matches!(
                    (second, third),
                    (0x80, 0x80..=0x8D | 0xAF) | (0x81, 0x9F | 0xA0)
                ) =>
            {
                rest = tail;
            }
            _ => break,
        }
    }
    limit - rest.len()
}

/// The stretches left out so far, for asking in O(log n) whether a span overlaps one or lies
/// inside one (a loop over all of them per line or per candidate would be quadratic on pages
/// with thousands of watermarks or annotations).
struct Covered {
    /// Starts, ascending.
    starts: Vec<usize>,
    /// `ends[k]`: the largest end among the first `k + 1` stretches.
    ends: Vec<usize>,
}

impl Covered {
    fn new(removed: &[Removed]) -> Covered {
        let mut spans: Vec<Span> = removed.iter().map(|r| r.span).collect();
        crate::sort::by_key(&mut spans, |s| (s.start, s.end));
        let mut max = 0;
        Covered {
            starts: spans.iter().map(|s| s.start).collect(),
            ends: spans
                .iter()
                .map(|s| {
                    max = max.max(s.end);
                    max
                })
                .collect(),
        }
    }

    /// The largest end among the stretches that start before `limit` (or at it, if `inclusive`).
    fn max_end_before(&self, limit: usize, inclusive: bool) -> Option<usize> {
        let k = self
            .starts
            .partition_point(|&s| s < limit || (inclusive && s == limit));
        k.checked_sub(1).map(|k| self.ends[k])
    }

    /// Whether some stretch overlaps `span` ([`Span::overlaps`]).
    fn overlaps(&self, span: Span) -> bool {
        self.max_end_before(span.end, false)
            .is_some_and(|end| end > span.start)
    }

    /// Whether some stretch holds all of `span` ([`Span::contains`]).
    fn contains(&self, span: Span) -> bool {
        self.max_end_before(span.start, true)
            .is_some_and(|end| end >= span.end)
    }
}

fn push_merged(spans: &mut Vec<Span>, s: Span) {
    match spans.last_mut() {
        Some(last) if last.end == s.start => last.end = s.end,
        _ => spans.push(s),
    }
}

fn preview(s: &str) -> String {
    let one_line: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out: String = one_line.chars().take(40).collect();
    if one_line.chars().count() > 40 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleaned_text_maps_back_to_the_input() {
        let input = "通知公告\r\n（一）审结案件１６３件。\r\n×\r\n";
        let c = clean(input);
        assert_eq!(c.text, "(一)审结案件163件。\n");
        let at = c.text.find("163").unwrap();
        assert_eq!(c.source(at, at + 3), "１６３");
        assert_eq!(c.removed.len(), 2);
        assert!(c.findings.iter().any(|f| f.kind == FindingKind::WebChrome));
    }

    #[test]
    fn repaired_dates_read_normally() {
        let c = clean("立足柳城实际20256月,对全县");
        assert!(c.text.contains("2025年6月"));
        let at = c.text.find("2025年6月").unwrap();
        assert_eq!(c.source(at, at + "2025年6月".len()), "20256月");
        assert!(c
            .findings
            .iter()
            .any(|f| f.kind == FindingKind::DroppedDateChar));
    }

    #[test]
    fn covered_answers_like_a_loop_over_the_stretches() {
        let removed: Vec<Removed> = [(10, 20), (5, 8), (15, 40), (50, 50), (60, 70)]
            .iter()
            .map(|&(a, b)| Removed {
                kind: FindingKind::WebChrome,
                span: Span::new(a, b),
            })
            .collect();
        let covered = Covered::new(&removed);
        for a in 0..80 {
            for b in a..80 {
                let s = Span::new(a, b);
                assert_eq!(
                    covered.overlaps(s),
                    removed.iter().any(|r| r.span.overlaps(s)),
                    "overlaps {a}..{b}"
                );
                assert_eq!(
                    covered.contains(s),
                    removed.iter().any(|r| r.span.contains(s)),
                    "contains {a}..{b}"
                );
            }
        }
    }

    /// `skip_plain` takes two ideographs at a time where it can: it must stop where its
    /// loop one character at a time stopped, on every line of the seeds from every character,
    /// and on runs with a traditional character at each place.
    #[test]
    fn skip_plain_two_at_a_time_stops_where_one_at_a_time_does() {
        // The loop as it was, one character a time.
        let one_at_a_time = |bytes: &[u8], at: usize, limit: usize| {
            let mut rest = &bytes[at..limit];
            loop {
                match *rest {
                    [lead @ 0xE4..=0xE9, second, third, ref tail @ ..] => {
                        if trad::is_traditional_utf8(lead, second, third) {
                            break;
                        }
                        rest = tail;
                    }
                    [byte, ref tail @ ..] if byte < 0x80 && byte != b'\r' => rest = tail,
                    [0xE3, second, third, ref tail @ ..] if (second, third) != (0x80, 0x80) => {
                        rest = tail;
                    }
                    [0xE2, second, third, ref tail @ ..]
                        if !matches!(
                            (second, third),
                            (0x80, 0x80..=0x8D | 0xAF) | (0x81, 0x9F | 0xA0)
                        ) =>
                    {
                        rest = tail;
                    }
                    _ => break,
                }
            }
            limit - rest.len()
        };
        let mut texts = crate::test_seeds::seed_lines();
        for k in 0..6 {
            let mut t = "审查条例办法".to_string();
            t.insert(k * 3, '關');
            texts.push(t.clone());
            texts.push(format!("a{t}、"));
        }
        texts.extend(["關", "关於", "a關", "\r审", "审\u{3000}审", "审审审"].map(String::from));
        let mut n = 0;
        for t in &texts {
            let bytes = t.as_bytes();
            for (at, _) in t.char_indices() {
                assert_eq!(
                    skip_plain(bytes, at, t.len()),
                    one_at_a_time(bytes, at, t.len()),
                    "{t:?} from {at}"
                );
                n += 1;
            }
        }
        assert!(n > 10_000, "{n}");
    }

    #[test]
    fn skip_plain_stops_exactly_at_what_folds() {
        // Every character of the ranges it takes whole: passed over iff nothing folds it.
        for code in (0x20..0x80).chain(0x2000..0x4000).chain(0x4E00..0xA000) {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let s = c.to_string();
            let plain = c != '\r' && fold::fold(c).is_none();
            let skipped = skip_plain(s.as_bytes(), 0, s.len());
            assert_eq!(skipped == s.len(), plain, "U+{code:04X}");
        }
    }

    #[test]
    fn empty_input_is_fine() {
        let c = clean("");
        assert_eq!(c.text, "");
        assert!(c.findings.is_empty());
    }
}
