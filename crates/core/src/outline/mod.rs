//! Stage 3, outline: GB/T 9704 headings, 一是/二是 points, required parts.
//!
//! Headings are found line by line (a marker at the start of a line); a heading fused with its
//! body ends at the first `。`. A gap in a numbering sequence (三、 then 五、) is repaired by
//! looking between the two headings for a short unnumbered line that reads like a heading, which
//! then gets the missing marker and `inferred: true`.

mod lists;
pub mod parts;
mod unnumbered;

use crate::clean::lines::lines;
use crate::clean::Cleaned;
use crate::lexicon::markers::{self, canonical_marker, parse_marker, point_marker};
use crate::meta::Meta;
use crate::model::{Bilingual, Finding, FindingKind, Heading, Point, ReportType};

#[derive(Clone, Debug, Default)]
pub struct Outline {
    pub headings: Vec<Heading>,
    pub points: Vec<Point>,
    /// Cleaned-text range of each heading's marker + title, parallel to `headings`.
    pub ranges: Vec<(usize, usize)>,
    /// Cleaned-text range of each heading's section, parallel to `headings`.
    pub bodies: Vec<(usize, usize)>,
    pub findings: Vec<Finding>,
}

impl Outline {
    /// The innermost heading whose section holds cleaned-text position `pos`.
    pub fn section_at(&self, pos: usize) -> Option<usize> {
        // Headings are in text order; the innermost one containing pos is the last one that
        // starts before pos and whose body reaches past it.
        let after = self.bodies.partition_point(|&(s, _)| s <= pos);
        // The last heading starting before pos, or the nearest ancestor still open at pos.
        let mut k = after.checked_sub(1)?;
        loop {
            if self.bodies[k].1 > pos {
                return Some(k);
            }
            k = self.headings.get(k)?.parent?;
        }
    }
}

/// A heading found on a line, in cleaned-text coordinates.
#[derive(Clone, Debug)]
struct Found {
    level: u8,
    number: u32,
    /// Marker + title.
    start: usize,
    title_start: usize,
    title_end: usize,
    inferred: bool,
    inline: bool,
}

/// Longest title kept; a longer first sentence is cut at a comma.
const MAX_TITLE_CHARS: usize = 80;

pub fn build(cleaned: &Cleaned<'_>, meta: &Meta) -> Outline {
    let text = cleaned.text.as_str();
    let body_from = meta.title_range.map_or(0, |(_, e)| e);
    let all = lines(text);
    let mut found: Vec<Found> = Vec::new();
    // Inside a list announced by a colon (其中：⏎1.行政处罚类45件；⏎2.…): its numbered items
    // are not headings.
    let mut in_list = false;
    // Rows of flattened tables (一、食品烟酒⇥9.2) carry numbers but are no headings.
    let table = lists::table_lines(text, &all);
    // The heading line just read, when the line before this one was one: a page that prints a
    // heading line twice (一、强化党的领导… ⏎ 一、强化党的领导…) holds one heading.
    let mut heading_line: Option<&str> = None;
    for (line, _) in all
        .iter()
        .zip(&table)
        .filter(|(l, in_table)| l.end > body_from && !**in_table)
    {
        let s = line.text(text);
        let announced = std::mem::replace(&mut in_list, false);
        if crate::text::trim(s).is_empty() {
            continue;
        }
        if std::mem::take(&mut heading_line) == Some(crate::text::trim(s)) {
            continue;
        }
        let (m, weak) = match parse_marker(s) {
            Some(m) => (m, false),
            None => match markers::spaced_dun(s) {
                Some(m) => (m, true),
                None => {
                    in_list = s.trim_end().ends_with(['：', ':']);
                    continue;
                }
            },
        };
        if m.level >= 3 && announced && is_list_item(s) {
            in_list = true;
            continue;
        }
        let title_start = line.start + m.len;
        let rest = &text[title_start..line.end];
        let (title_len, inline) = title_extent(rest);
        if title_len == 0 {
            continue;
        }
        // 一 主要工作: only a short line of its own, not a sentence that starts with 一.
        let own_line = !inline
            && !rest.trim_end().ends_with(['。', '；', '，', '：'])
            && at_most(rest.trim(), markers::MAX_SPACED_TITLE_CHARS);
        if weak && !own_line {
            continue;
        }
        let title_end = title_start + title_len;
        heading_line = Some(crate::text::trim(s));
        found.push(Found {
            level: m.level,
            number: m.number,
            start: line.start + (s.len() - s.trim_start().len()),
            title_start,
            title_end: trim_end_at(text, title_start, title_end),
            inferred: false,
            inline,
        });
    }
    let found = with_run_in_markers(text, &all, body_from, found);
    let found = drop_stray_levels(found);
    let found = infer_missing(text, &all, body_from, found);
    // A numbered list restarting inside a section (十件民生实事 一、… under 三、) is no headings.
    let levels: Vec<(u8, u32)> = found.iter().map(|f| (f.level, f.number)).collect();
    let mut found: Vec<Found> = found
        .into_iter()
        .zip(lists::restarted(&levels))
        .filter(|(_, listed)| !listed)
        .map(|(f, _)| f)
        .collect();
    // A numbered line that ends the text with a title of a few characters ((四)推, 1.加强行) is a
    // heading the page's end cut off: no heading of the report's.
    if found
        .last()
        .is_some_and(|f| !f.inferred && cut_by_the_end(text, f.title_start, f.title_end))
    {
        found.pop();
    }
    found.extend(unnumbered::find(text, &all, body_from, &found, &table));
    crate::sort::by_key(&mut found, |f| f.start);

    let mut outline = Outline::default();
    for f in &found {
        let title = unspaced(cleaned.source(f.title_start, f.title_end).trim());
        let marker = if f.inferred {
            canonical_marker(f.level, f.number)
        } else {
            cleaned.source(f.start, f.title_start).trim().to_string()
        };
        let span = if f.inferred {
            cleaned.span(f.title_start, f.title_end)
        } else {
            cleaned.span(f.start, f.title_end)
        };
        if f.inferred {
            outline.findings.push(Finding {
                kind: FindingKind::MissingNumeralHeading,
                message: Bilingual {
                    en: format!("Heading without its numeral, read as {marker}{title}"),
                    zh: format!("标题缺少序号，按“{marker}{title}”读取"),
                },
                span: Some(span),
            });
        } else if f.inline {
            outline.findings.push(Finding {
                kind: FindingKind::InlineHeading,
                message: Bilingual {
                    en: format!(
                        "Heading and body on one line; heading read up to the first 。: {title}"
                    ),
                    zh: format!("标题与正文同行，标题取至第一个句号：{title}"),
                },
                span: Some(span),
            });
        }
        outline.headings.push(Heading {
            level: f.level,
            marker,
            title,
            inferred: f.inferred,
            part: None,
            span,
            body: span,
            parent: None,
        });
        outline.ranges.push((f.start, f.title_end));
    }
    // Sections end where the next heading of the same or a higher level starts: walking back
    // with the next start per level keeps this linear in the number of headings.
    let mut ends = vec![text.len(); found.len()];
    let mut next_start = [text.len(); 5];
    for i in (0..found.len()).rev() {
        let level = usize::from(found[i].level.clamp(1, 4));
        ends[i] = next_start[1..=level]
            .iter()
            .copied()
            .min()
            .unwrap_or(text.len());
        next_start[level] = found[i].start;
    }
    // Parents: the latest heading of each level seen so far.
    let mut latest: [Option<usize>; 5] = [None; 5];
    for i in 0..found.len() {
        let level = usize::from(found[i].level.clamp(1, 4));
        outline.bodies.push((found[i].start, ends[i]));
        outline.headings[i].body = cleaned.span(found[i].start, ends[i]);
        outline.headings[i].parent = latest[1..level].iter().flatten().copied().max();
        latest[level] = Some(i);
        for deeper in latest.iter_mut().skip(level + 1) {
            *deeper = None;
        }
    }
    outline.points = points(cleaned, &all, body_from, &outline);
    outline
}

/// Whether the title at `title_start..title_end` ends the text (nothing after it but spaces and
/// the replacement character of a cut multi-byte sequence) with at most a few characters: a
/// heading cut mid-word where a stored page's opening ends ((四)推, 1.加强行, (四)平台建). A longer
/// cut title (二、健全决策机制,提升行政), a whole short one (二、存在问题) or one word (一、综 合),
/// says what its part is about, and stays.
fn cut_by_the_end(text: &str, title_start: usize, title_end: usize) -> bool {
    /// A title this short at the very end is a fragment.
    const MAX_CUT_TITLE_CHARS: usize = 3;
    let after = &text[title_end.min(text.len())..];
    let title = text[title_start..title_end].trim();
    if !after
        .chars()
        .all(|c| c.is_whitespace() || c == char::REPLACEMENT_CHARACTER)
        || !at_most(title, MAX_CUT_TITLE_CHARS + 2)
    {
        return false;
    }
    // (A short whole word is a whole heading: 一、综 合 of a 统计公报, letter-spaced.)
    let compact = crate::text::without_whitespace(title);
    let whole_word = compact.chars().nth(1).is_some()
        && crate::lexicon::segment::longest_word_at(&compact, 0) == compact.len();
    at_most(&compact, MAX_CUT_TITLE_CHARS) && !whole_word
}

/// A letter-spaced title read as one word (`综 合` → 综合, `周 口 市 统 计 局`): every Chinese
/// character stands apart. Other titles are shown as written.
fn unspaced(title: &str) -> String {
    let parts: Vec<&str> = title.split_whitespace().collect();
    let spaced = parts.len() >= 2
        && parts
            .iter()
            .all(|p| p.chars().count() == 1 && p.chars().all(crate::text::is_cjk));
    if spaced {
        parts.concat()
    } else {
        title.to_string()
    }
}

/// Length of the heading title in `rest` (the line after the marker) and whether body text
/// follows on the same line.
fn title_extent(rest: &str) -> (usize, bool) {
    let line = rest.trim_end();
    if let Some(end) = title_before_space(line) {
        return (end, true);
    }
    match line.find('。') {
        Some(p) => {
            let after = line[p + '。'.len_utf8()..].trim();
            (cap_title(&line[..p]), !after.is_empty())
        }
        None => (cap_title(line), false),
    }
}

/// A short numbered line ending like an item of a list (1.行政处罚类45件；), not a heading.
fn is_list_item(line: &str) -> bool {
    let t = line.trim_end();
    at_most(t, 40) && t.ends_with(['；', ';', '。', '，', ','])
}

/// A heading set off from its body by a space rather than a 。 (Word and PDF copies:
/// `（一）强化法治保障 进一步健全…机制，…。`; a 统计公报 whose line breaks were lost: `一、綜合
/// 初步核算,…`): the words before the space, when they are a short phrase of Chinese (two
/// characters at least: a communiqué's parts are named 综合, 农业) with no punctuation and a
/// sentence of body follows.
fn title_before_space(line: &str) -> Option<usize> {
    let space = line.find(' ')?;
    let (head, tail) = (&line[..space], line[space..].trim_start());
    let chars = head.chars().take(25).count();
    let plain = head
        .chars()
        .all(|c| crate::text::is_cjk(c) || crate::text::one_of(c, "、“”《》"));
    let body_follows = tail.starts_with(crate::text::is_cjk) && !at_most(tail, 9);
    ((2..=24).contains(&chars) && plain && body_follows).then_some(space)
}

/// Caps an over-long title at the last comma before the limit.
fn cap_title(s: &str) -> usize {
    if at_most(s, MAX_TITLE_CHARS) {
        return s.len();
    }
    let limit = s
        .char_indices()
        .nth(MAX_TITLE_CHARS)
        .map_or(s.len(), |(i, _)| i);
    s[..limit].rfind(['，', ',', '；', ';']).unwrap_or(limit)
}

/// Drops trailing spaces and a trailing colon from a title range.
fn trim_end_at(text: &str, start: usize, end: usize) -> usize {
    let t = text[start..end]
        .trim_end()
        .trim_end_matches([':', '：'])
        .trim_end();
    start + t.len()
}

/// Markers in the middle of a line, right after a sentence ends (`…保障。二、坚持依法行政…`):
/// text copied from document-sharing sites often loses its line breaks. Only `一、` and `（一）`
/// markers that continue their numbering are taken, so an enumeration inside a sentence
/// (主要有：一、…；二、…) is never read as headings.
fn with_run_in_markers(
    text: &str,
    all: &[crate::clean::lines::Line],
    body_from: usize,
    found: Vec<Found>,
) -> Vec<Found> {
    let mut candidates: Vec<Found> = Vec::new();
    for line in all
        .iter()
        .filter(|l| l.end > body_from && l.end - l.start > RUN_IN_MIN_LINE)
    {
        let s = line.text(text);
        // After a sentence end, or after the colon of 现将…报告如下：, which opens the body.
        let ends = sentence_ends(s).filter(|&(p, m)| {
            line.start + p >= body_from && (!matches!(m, "：" | ":") || s[..p].ends_with("如下"))
        });
        for (p, m) in ends {
            let after_end = p + m.len();
            let rest = s[after_end..].trim_start();
            let Some(m) = parse_marker(rest).filter(|m| m.level <= 2) else {
                continue;
            };
            let start = line.start + (s.len() - rest.len());
            let title_start = start + m.len;
            let (mut title_len, _) = title_extent(&text[title_start..line.end]);
            // A section heading runs straight into its first subsection
            // (…凝聚法治共识（一）强化理论武装，筑牢法治根基。): the subsection is a run-in
            // heading of its own.
            if m.level == 1 {
                let title = &text[title_start..title_start + title_len];
                if let Some(sub) = title.find(['（', '(']).filter(|&k| {
                    parse_marker(&title[k..]).is_some_and(|s| s.level == 2 && s.number == 1)
                }) {
                    let sub_start = title_start + sub;
                    let sub_marker = parse_marker(&title[sub..]).map_or(0, |s| s.len);
                    let sub_title = sub_start + sub_marker;
                    let (sub_len, _) = title_extent(&text[sub_title..line.end]);
                    if sub_len > 0 {
                        candidates.push(Found {
                            level: 2,
                            number: 1,
                            start: sub_start,
                            title_start: sub_title,
                            title_end: trim_end_at(
                                text,
                                sub_title,
                                floor_boundary(text, sub_title + sub_len.min(RUN_IN_MAX_TITLE)),
                            ),
                            inferred: false,
                            inline: true,
                        });
                    }
                    title_len = sub;
                }
            }
            if title_len == 0 {
                continue;
            }
            candidates.push(Found {
                level: m.level,
                number: m.number,
                start,
                title_start,
                title_end: trim_end_at(
                    text,
                    title_start,
                    floor_boundary(text, title_start + title_len.min(RUN_IN_MAX_TITLE)),
                ),
                inferred: false,
                inline: true,
            });
        }
    }
    if candidates.is_empty() {
        return found;
    }
    // Merge in text order, keeping a run-in marker only where it continues the numbering.
    let mut all_found: Vec<(Found, bool)> = found
        .into_iter()
        .map(|f| (f, true))
        .chain(candidates.into_iter().map(|f| (f, false)))
        .collect();
    crate::sort::by_key(&mut all_found, |(f, _)| f.start);
    let mut out: Vec<Found> = Vec::with_capacity(all_found.len());
    let mut last = [0u32; 5];
    for (f, at_line_start) in all_found {
        let level = usize::from(f.level.clamp(1, 4));
        if !at_line_start && f.number != last[level] + 1 {
            continue;
        }
        last[level] = f.number;
        for deeper in last.iter_mut().skip(level + 1) {
            *deeper = 0;
        }
        out.push(f);
    }
    out
}

/// The sentence ends and colons of a line with their offsets, as `s.match_indices(['。', '！',
/// '？', '：', ':'])` gives them, without decoding every character of a long line: a vectorised
/// search for their first bytes (E3 for 。, EF for the full-width ！？：, the colon), each hit
/// checked.
fn sentence_ends(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = s.as_bytes();
    memchr::memchr3_iter(0xE3, 0xEF, b':', bytes).filter_map(move |p| {
        // 。 is E3 80 82; ！ ？ ： are EF BC 81, EF BC 9F, EF BC 9A. (EF also leads the
        // full-width comma and brackets, the most frequent hits.)
        let len = match bytes[p..] {
            [b':', ..] => 1,
            [0xE3, 0x80, 0x82, ..] | [0xEF, 0xBC, 0x81 | 0x9F | 0x9A, ..] => 3,
            _ => return None,
        };
        Some((p, &s[p..p + len]))
    })
}

/// `pos` moved back onto a char boundary.
fn floor_boundary(text: &str, mut pos: usize) -> usize {
    while pos > 0 && !text.is_char_boundary(pos) {
        pos -= 1;
    }
    pos
}

/// Lines shorter than this are left to the line-start rule (run-in markers are a sign of a
/// document that lost its line breaks: a whole section on one line, some 200 characters and
/// more).
const RUN_IN_MIN_LINE: usize = 600;
/// Run-in headings have no line end to stop at; their title is cut to this many bytes.
const RUN_IN_MAX_TITLE: usize = 180;

/// Levels 3 and 4 only count inside a structure: a `1.` list before any `一、`/`（一）` heading
/// in a document that has them is a list in the preamble, not a heading.
fn drop_stray_levels(found: Vec<Found>) -> Vec<Found> {
    let has_upper = found.iter().any(|f| f.level <= 2);
    if !has_upper {
        return found;
    }
    let first_upper = found.iter().position(|f| f.level <= 2).unwrap_or(0);
    found
        .into_iter()
        .enumerate()
        .filter(|(i, f)| f.level <= 2 || *i > first_upper)
        .map(|(_, f)| f)
        .collect()
}

/// Fills gaps in numbering (三、 then 五、) with unnumbered heading-like lines between them.
fn infer_missing(
    text: &str,
    all: &[crate::clean::lines::Line],
    body_from: usize,
    found: Vec<Found>,
) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    // Index in `out` of the latest heading per level, cleared when a higher level starts.
    let mut latest: [Option<usize>; 5] = [None; 5];
    for (i, f) in found.iter().enumerate() {
        let level = usize::from(f.level.clamp(1, 4));
        // The previous heading of the same level within the same parent.
        let prev = latest[level].map(|k| out[k].clone());
        let prev = prev.as_ref();
        let expected = prev.map_or(1, |p| p.number + 1);
        if f.number == expected + 1 && f.level <= 2 {
            let from = prev.map_or(body_from, |p| p.title_end);
            if let Some(g) = heading_like_line(text, all, from, f.start, f.level, expected) {
                out.push(g);
            }
        }
        out.push(found[i].clone());
        latest[level] = Some(out.len() - 1);
        for deeper in latest.iter_mut().skip(level + 1) {
            *deeper = None;
        }
    }
    out
}

/// The best unnumbered line between `from` and `to` that reads like a heading.
fn heading_like_line(
    text: &str,
    all: &[crate::clean::lines::Line],
    from: usize,
    to: usize,
    level: u8,
    number: u32,
) -> Option<Found> {
    let first = all.partition_point(|l| l.start < from);
    let candidates = all[first..].iter().take_while(|l| l.end <= to).filter(|l| {
        let s = crate::text::trim(l.text(text));
        let n = s.chars().take(51).count();
        (6..=50).contains(&n)
            && !s.contains('。')
            && !s.ends_with(['；', ';', '：', ':', '，', ',', '！', '？'])
            && parse_marker(s).is_none()
            && point_marker(s).is_none()
    });
    // Prefer the first candidate: a section's heading comes before its body.
    let l = candidates.into_iter().next()?;
    let s = l.text(text);
    let lead = s.len() - s.trim_start().len();
    let start = l.start + lead;
    Some(Found {
        level,
        number,
        start,
        title_start: start,
        title_end: trim_end_at(text, start, l.end),
        inferred: true,
        inline: false,
    })
}

/// Marks the top-level headings with the required part each addresses, for a report of type
/// `report_type` (R1–R5 of a 法治政府 report, D1–D6 of a 信息公开 report; other types have none).
/// Titles are shown as written; the part is read from their folded form (存在問題 is 存在问题).
pub fn assign_parts(headings: &mut [Heading], report_type: ReportType, year: Option<i32>) {
    let fold = crate::clean::fold::fold_str;
    for h in headings.iter_mut() {
        h.part = None;
    }
    if report_type == ReportType::InfoDisclosure {
        for h in headings.iter_mut().filter(|h| h.level == 1) {
            h.part = parts::classify_disclosure(&fold(&h.title));
        }
        return;
    }
    if report_type != ReportType::RuleOfLaw {
        return;
    }
    let classify = |title: &str| parts::classify(&fold(title), year);
    for h in headings.iter_mut() {
        if h.level == 1 {
            h.part = classify(&h.title);
        }
    }
    // R3 is often a level-2 section inside R1 (柳城县: (二)党政主要负责人履行…职责情况).
    let has_r3 = headings
        .iter()
        .any(|h| h.part == Some(crate::model::Part::R3));
    if !has_r3 {
        if let Some(h) = headings
            .iter_mut()
            .filter(|h| h.level == 2)
            .find(|h| classify(&h.title) == Some(crate::model::Part::R3))
        {
            h.part = Some(crate::model::Part::R3);
        }
    }
}

/// A searcher for 是 built once: `match_indices('是')` looks for its last byte, which most Han
/// characters end with too.
fn shi_finder() -> &'static memchr::memmem::Finder<'static> {
    static SHI: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    SHI.get_or_init(|| memchr::memmem::Finder::new("是"))
}

/// `一是…`, `二是…` points: at a line start or after a sentence or clause end.
fn points(
    cleaned: &Cleaned<'_>,
    all: &[crate::clean::lines::Line],
    body_from: usize,
    outline: &Outline,
) -> Vec<Point> {
    let text = cleaned.text.as_str();
    let mut out = Vec::new();
    for line in all.iter().filter(|l| l.end > body_from) {
        let s = line.text(text);
        // Each 是 may end a marker: walk back over its numeral (at most 三十九) and require a
        // line start or a sentence/clause end before it.
        for shi in shi_finder().find_iter(s.as_bytes()) {
            let head = &s[..shi];
            let numeral_len: usize = head
                .chars()
                .rev()
                .take(3)
                .take_while(|&c| {
                    matches!(
                        c,
                        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
                    )
                })
                .map(char::len_utf8)
                .sum();
            if numeral_len == 0 {
                continue;
            }
            let off = shi - numeral_len;
            if line.start + off < body_from {
                continue;
            }
            let before = s[..off].chars().next_back();
            let at_boundary = before.is_none_or(|c| {
                c.is_whitespace()
                    || matches!(c, '。' | '；' | ';' | '：' | ':' | '！' | '!' | '？' | '?')
            });
            let Some((_, len)) = point_marker(&s[off..]).filter(|_| at_boundary) else {
                continue;
            };
            let at = line.start + off;
            let body = &text[at + len..line.end];
            let end = crate::text::find_chars(body, &['。', '；', ';']).unwrap_or(body.len());
            let title_end = at + len + cap_title(&body[..end]);
            out.push(Point {
                marker: cleaned.source(at, at + len).to_string(),
                title: cleaned.source(at + len, title_end).trim().to_string(),
                section: outline.section_at(at),
                span: cleaned.span(at, title_end),
            });
        }
    }
    out
}

/// Whether `s` has at most `max` characters, read no further than the one past `max`: the
/// lines asked about include the body's paragraphs, which a full count decoded to the end.
/// (`take(max + 1).count()` counts the same way where only a range up to a bound is asked.)
pub(crate) fn at_most(s: &str, max: usize) -> bool {
    s.chars().nth(max).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The counts that stop one past their bound answer as full counts on every line of the
    /// seeds (and short lines around the bounds): `at_most(s, k)` as `count <= k`,
    /// `take(k + 1).count()` in a range up to `k` as the count in it, and the next line's
    /// `nc >= MIN_BODY_CHARS && nc >= 2 * sc` of `unnumbered` as its `at_most` form.
    #[test]
    fn counts_that_stop_at_their_bound_answer_as_full_counts() {
        let mut lines: Vec<String> = Vec::new();
        for (_, text) in crate::test_seeds::seeds() {
            lines.extend(text.lines().map(|l| l.trim().to_string()));
        }
        for n in 0..60 {
            lines.push("审".repeat(n));
        }
        for line in &lines {
            let count = line.chars().count();
            for k in [
                9,
                16,
                24,
                30,
                40,
                50,
                markers::MAX_SPACED_TITLE_CHARS,
                MAX_TITLE_CHARS,
            ] {
                assert_eq!(at_most(line, k), count <= k, "{line}");
                let capped = line.chars().take(k + 1).count();
                for low in [4, 6, 8] {
                    assert_eq!((low..=k).contains(&capped), (low..=k).contains(&count));
                }
            }
            for sc in [0, 5, 20, 30] {
                assert_eq!(
                    !at_most(line, 40usize.max(2 * sc) - 1),
                    count >= 40 && count >= 2 * sc,
                    "{line}"
                );
            }
        }
    }
    use crate::clean::clean;

    #[test]
    fn byte_searches_find_what_the_char_searches_found() {
        let mut texts = crate::test_seeds::seed_texts();
        texts.push("。！？：:a。b！c？d：e:｜|是非是。".into());
        texts.push("｜｜|，（｜）|\n，｜\n｜".into());
        let cleaned: Vec<String> = texts.iter().map(|t| clean(t).text).collect();
        texts.extend(cleaned);
        for t in &texts {
            let ends: Vec<(usize, &str)> = sentence_ends(t).collect();
            let want: Vec<(usize, &str)> = t.match_indices(['。', '！', '？', '：', ':']).collect();
            assert_eq!(ends, want);
            let shi: Vec<usize> = shi_finder().find_iter(t.as_bytes()).collect();
            let want: Vec<usize> = t.match_indices('是').map(|(p, _)| p).collect();
            assert_eq!(shi, want);
            for line in t.lines() {
                assert_eq!(lists::bars(line), line.matches(['|', '｜']).count());
            }
        }
    }
    use crate::Options;

    fn outline(text: &str) -> Outline {
        let c = clean(text);
        let m = crate::meta::read_meta(&c, &Options::default());
        let mut o = build(&c, &m);
        assign_parts(&mut o.headings, ReportType::RuleOfLaw, m.year);
        o
    }

    fn titles(o: &Outline) -> Vec<String> {
        o.headings
            .iter()
            .map(|h| format!("{}{}{}", h.level, h.marker, h.title))
            .collect()
    }

    /// A stored page's opening cut right after a heading's first characters (blind11 岳池
    /// `(四)推`, blind16 浦城 `1.加强行`, tune 船山 `(四)平台建`): no heading; a longer cut title
    /// (blind18 六郎 `(三)强化纠纷排查`) stays.
    #[test]
    fn a_heading_cut_by_the_texts_end_after_a_few_characters_is_none() {
        let o = outline("某县2024年法治政府建设年度报告\n一、主要举措和成效\n（一）完善决策机制\n审核重大决策20件。\n(四)推\n");
        assert_eq!(titles(&o), ["1一、主要举措和成效", "2（一）完善决策机制"]);
        let o = outline("某县2024年法治政府建设年度报告\n一、主要举措和成效\n（一）完善决策机制\n审核重大决策20件。\n(三)强化纠纷排查");
        assert_eq!(
            titles(&o),
            [
                "1一、主要举措和成效",
                "2（一）完善决策机制",
                "2(三)强化纠纷排查"
            ]
        );
        // A 统计公报's part heading of one word, letter-spaced (meta9 中江 一、綜 合), is whole.
        let o = outline("某县2022年国民经济和社会发展统计公报\n全县经济稳中向好。\n一、综 合");
        assert_eq!(titles(&o), ["1一、综合"]);
    }

    #[test]
    fn items_of_a_list_announced_by_a_colon_are_not_headings() {
        let o = outline("某县2024年法治政府建设年度报告\n一、主要举措和成效\n（一）化解行政争议\n全年共收到行政复议申请120件。其中：\n1.行政处罚类45件；\n2.行政强制类20件；\n3.其他55件。\n（二）加强普法\n1.健全普法机制。成立领导小组。\n");
        assert_eq!(
            titles(&o),
            [
                "1一、主要举措和成效",
                "2（一）化解行政争议",
                "2（二）加强普法",
                "31.健全普法机制"
            ]
        );
    }

    #[test]
    fn table_rows_whose_first_cell_has_a_marker_are_not_headings() {
        // 周口市 2023 统计公报, table 2 as the PDF decoder writes it.
        let o = outline("2023年周口市国民经济和社会发展统计公报\n一、综合\n全年全市居民消费价格与上年持平。\n类别\t指数（以上年为100）\n一、食品烟酒\t99.2\n#粮食\t101.9\n二、衣着\t101.3\n二、农业\n全年粮食产量902.61万吨。\n");
        assert_eq!(titles(&o), ["1一、综合", "1二、农业"]);
    }

    #[test]
    fn a_heading_set_off_from_its_body_by_a_space() {
        let o = outline("某县2024年法治政府建设年度报告\n一、主要举措和成效\n（一）强化法治保障 进一步健全党领导法治政府建设的工作机制，全年召开常务会议12次。\n（二）深化“放管服”改革 优化营商环境\n（三）2024年 工作情况综述与主要做法回顾总结\n");
        assert_eq!(
            titles(&o),
            [
                "1一、主要举措和成效",
                "2（一）强化法治保障",
                "2（二）深化“放管服”改革 优化营商环境",
                "2（三）2024年 工作情况综述与主要做法回顾总结"
            ]
        );
        // blind9 宜章 2023: a 统计公报 whose line breaks were lost, its parts named in two
        // characters and set off by spaces.
        let o = outline("2023年宜章县国民经济和社会发展统计公报 2023年，宜章县全面贯彻落实党的二十大和省委十二届四次全会精神，坚持稳中求进工作总基调，着力扩大内需、优化结构、提振信心、防范化解风险，全县经济社会发展稳中有进、回升向好。 一、综合 初步核算，2023年全县实现地区生产总值276.29亿元，按可比价格计算，比上年增长5.1%。其中，第一产业增加值33.26亿元，增长4.0%；第二产业增加值96.21亿元，增长7.9%；第三产业增加值146.82亿元，增长3.5%。 二、农业 全年粮食播种面积54.3万亩，比上年增长0.5%；粮食总产量21.6万吨，增长1.2%。\n");
        assert_eq!(titles(&o), ["1一、综合", "1二、农业"]);
    }

    #[test]
    fn a_space_for_the_dun_only_on_a_short_line_of_its_own() {
        let o = outline("某镇2024年法治政府建设工作情况报告\n一 主要工作开展情况\n1.加强组织领导。正文。\n二 存在的问题\n一 年来干部法治意识仍需提高，执法力量薄弱。\n三 下一步工作打算\n");
        assert_eq!(
            titles(&o),
            [
                "1一主要工作开展情况",
                "31.加强组织领导",
                "1二存在的问题",
                "1三下一步工作打算"
            ]
        );
        assert_eq!(o.headings[2].part, Some(crate::model::Part::R2));
    }

    #[test]
    fn levels_and_inline_headings() {
        let o = outline("某县2023年法治政府建设年度报告\n一、主要举措和成效\n（一）加强领导\n正文。\n(二)强化保障。进一步健全机制。\n二、存在问题\n");
        assert_eq!(
            titles(&o),
            [
                "1一、主要举措和成效",
                "2（一）加强领导",
                "2(二)强化保障",
                "1二、存在问题"
            ]
        );
        assert_eq!(o.headings[1].parent, Some(0));
        assert!(o
            .findings
            .iter()
            .any(|f| f.kind == FindingKind::InlineHeading));
        assert_eq!(o.headings[0].part, Some(crate::model::Part::R1));
        assert_eq!(o.headings[3].part, Some(crate::model::Part::R2));
    }

    #[test]
    fn a_missing_numeral_is_inferred_from_the_sequence() {
        let o = outline(
            "一、甲项工作\n正文。\n二、乙项工作\n正文。\n三、丙项工作\n正文。\n\n充分发挥政府法律助手作用，推动行政决策科学化\n\n一是发挥作用。正文。\n五、戊项工作\n正文。\n",
        );
        let t = titles(&o);
        assert_eq!(t[3], "1四、充分发挥政府法律助手作用，推动行政决策科学化");
        assert!(o.headings[3].inferred);
        assert_eq!(t.len(), 5);
        assert!(o
            .findings
            .iter()
            .any(|f| f.kind == FindingKind::MissingNumeralHeading));
    }

    #[test]
    fn run_in_headings_of_a_text_that_lost_its_line_breaks() {
        let body = |k: usize| -> String {
            (1..=40)
                .map(|i| {
                    format!(
                        "全面推进第{}批重点任务落实，各项工作取得明显成效。",
                        k * 100 + i
                    )
                })
                .collect()
        };
        let text = format!("现将有关情况报告如下：一、坚持党的领导。{}二、坚持依法行政。{}主要有：一、甲；二、乙。", body(1), body(2));
        let o = outline(&text);
        assert_eq!(titles(&o), ["1一、坚持党的领导", "1二、坚持依法行政"]);
    }

    #[test]
    fn a_run_in_section_heading_running_into_its_first_subsection() {
        // A short run-on text (a few hundred characters): 一、 fused with （一）.
        let text = "某县2025年度法治政府建设情况报告2025年，全县坚持以习近平新时代中国特色社会主义思想为指导，统筹推进依法行政、公正执法、全民守法各项工作，为全县经济社会高质量发展提供了坚实法治保障。一、以思想引领为先导，在深学笃行中凝聚法治共识（一）强化理论武装，筑牢法治根基。始终把学习贯彻习近平法治思想作为法治政府建设的首要任务，全年开展专题学习18次，举办全县领导干部法治专题培训班3期。（二）加强统筹谋划，压实法治责任。县委、县政府主要负责同志切实履行推进法治建设第一责任人职责，明确年度重点任务56项。";
        let o = outline(text);
        assert_eq!(
            titles(&o),
            [
                "1一、以思想引领为先导，在深学笃行中凝聚法治共识",
                "2（一）强化理论武装，筑牢法治根基",
                "2（二）加强统筹谋划，压实法治责任"
            ]
        );
    }

    #[test]
    fn points_are_recorded_under_their_section() {
        let o = outline(
            "一、甲项工作\n一是认真组织开展自查。二是推动召开述法专题会议；三是聘任督察员\n",
        );
        let p: Vec<(&str, &str, Option<usize>)> = o
            .points
            .iter()
            .map(|p| (p.marker.as_str(), p.title.as_str(), p.section))
            .collect();
        assert_eq!(
            p,
            [
                ("一是", "认真组织开展自查", Some(0)),
                ("二是", "推动召开述法专题会议", Some(0)),
                ("三是", "聘任督察员", Some(0))
            ]
        );
    }

    #[test]
    fn sections_nest() {
        let o = outline("一、甲\n（一）子\n正文甲子\n二、乙\n正文乙\n");
        let c = clean("一、甲\n（一）子\n正文甲子\n二、乙\n正文乙\n");
        let pos = c.text.find("正文甲子").unwrap();
        assert_eq!(o.section_at(pos), Some(1));
        let pos = c.text.find("正文乙").unwrap();
        assert_eq!(o.section_at(pos), Some(2));
    }

    #[test]
    fn a_series_of_lead_lines_heads_its_paragraphs() {
        let o = outline("政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、2024年工作回顾\n过去一年，我们坚持稳中求进工作总基调，全力以赴拼经济、搞建设，较好完成全年目标任务。\n经济运行持续向好。\n全年地区生产总值增长5.2%，规模以上工业增加值增长6.1%，一般公共预算收入增长4.3%，主要指标增速高于全省平均水平。\n创新动能加快集聚。\n新增国家级专精特新“小巨人”企业12家，高新技术企业达到1350家，全社会研发投入强度提高到2.6%。\n民生福祉持续增进。\n城镇新增就业5.2万人，城乡居民人均可支配收入分别增长4.8%、6.5%，新建改扩建中小学校21所。\n二、2025年重点工作\n今年是“十四五”规划收官之年，做好今年工作意义重大，要着力抓好以下工作。\n");
        assert_eq!(
            titles(&o),
            [
                "1一、2024年工作回顾",
                "2经济运行持续向好",
                "2创新动能加快集聚",
                "2民生福祉持续增进",
                "1二、2025年重点工作"
            ]
        );
        assert_eq!(o.headings[1].marker, "");
        assert_eq!(o.headings[1].parent, Some(0));
        // Two such lines are not yet a series.
        let o = outline("一、2024年工作回顾\n过去一年，我们坚持稳中求进工作总基调，较好完成全年目标任务，各项事业取得新进展。\n经济运行持续向好。\n全年地区生产总值增长5.2%，规模以上工业增加值增长6.1%，一般公共预算收入增长4.3%。\n创新动能加快集聚。\n新增国家级专精特新“小巨人”企业12家，高新技术企业达到1350家，研发投入强度提高到2.6%。\n");
        assert_eq!(titles(&o), ["1一、2024年工作回顾"]);
    }

    #[test]
    fn a_lead_line_heads_a_series_only_after_body_and_before_a_paragraph() {
        // Pins the lazy tests of `unnumbered::find` (asked only once `is_lead` holds): 创新动能加快集聚
        // stands before another lead line, not a paragraph, and 产业结构持续优化 after one, so
        // neither heads; the other three still make a series.
        let o = outline("一、2024年工作回顾\n过去一年，我们坚持稳中求进工作总基调，较好完成全年目标任务，各项事业取得新进展。\n经济运行持续向好。\n全年地区生产总值增长5.2%，规模以上工业增加值增长6.1%，一般公共预算收入增长4.3%。\n创新动能加快集聚。\n产业结构持续优化。\n新增国家级专精特新“小巨人”企业12家，高新技术企业达到1350家，研发投入强度提高到2.6%。\n民生福祉持续增进。\n城镇新增就业5.2万人，城乡居民人均可支配收入分别增长4.8%、6.5%，新建改扩建中小学校21所。\n生态环境持续改善。\n空气质量优良天数比例达到92.3%，地表水国考断面水质优良比例保持100%，新增造林面积3.2万亩。\n");
        assert_eq!(
            titles(&o),
            [
                "1一、2024年工作回顾",
                "2经济运行持续向好",
                "2民生福祉持续增进",
                "2生态环境持续改善"
            ]
        );
    }

    #[test]
    fn part_titles_and_dash_led_lines_of_a_government_work_report() {
        let o = outline("各位代表：\n现在，我代表上杭县人民政府，向大会报告政府工作，请予审议。\n2024年工作回顾\n2024年，在市委、市政府和县委的坚强领导下，县政府较好地完成了县人大会议确定的目标任务。\n——突出提升发展质量和效益,综合实力显著增强\n预计实现地区生产总值391亿元，增长8.6%；财政收入38.74亿元，增长4.26%。\n2025年重点工作\n今年是“十四五”规划收官之年，我们将着力抓好以下工作。\n");
        assert_eq!(
            titles(&o),
            [
                "12024年工作回顾",
                "2——突出提升发展质量和效益,综合实力显著增强",
                "12025年重点工作"
            ]
        );
        assert_eq!(o.headings[1].marker, "——");
    }

    #[test]
    fn a_series_of_lead_lines_under_a_part_title_is_one_level_below_it() {
        // The part titles stand where 一、二、 would; lead sentences ending in 。 head the
        // achievements under 2024年工作回顾, as 建宁's phrases and 上杭's dash-led lines do.
        let o = outline("政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n2024年工作回顾\n过去一年，我们坚持稳中求进工作总基调，全力以赴拼经济、抓发展、惠民生，完成了主要目标任务。\n经济运行稳中有进。\n全市地区生产总值增长5.8%，规模以上工业增加值增长7.1%，固定资产投资增长6.3%，一般公共预算收入增长4.2%。\n产业结构持续优化。\n新增规模以上工业企业86家，高新技术企业达到420家，数字经济核心产业增加值增长12%。\n民生福祉持续增进。\n民生支出占一般公共预算支出的78.5%，城镇新增就业3.6万人，新增学位1.2万个。\n2025年工作安排\n今年是“十四五”规划收官之年。全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n");
        assert_eq!(
            titles(&o),
            [
                "12024年工作回顾",
                "2经济运行稳中有进",
                "2产业结构持续优化",
                "2民生福祉持续增进",
                "12025年工作安排"
            ]
        );
        assert_eq!(o.headings[1].parent, Some(0));
    }

    #[test]
    fn a_phrase_between_paragraphs_under_a_part_title_heads_the_next() {
        // blind8 建宁 2023: the achievements of 2022年工作回顾 headed by phrases without a dash.
        let o = outline("各位代表：\n现在，我代表建宁县人民政府向大会报告政府工作，请予审议。\n2022年工作回顾\n2022年，县政府全面贯彻落实重要讲话精神，全县经济社会发展取得新进展、新成效，预计全年完成地区生产总值164亿元，增长4.5%。\n过去一年，我们凝心聚力强产业，综合实力持续攀升\n现代农业亮点纷呈。被认定为新一轮国家级制种大县，建立种业发展工作机制，龙头企业顺利落地，入选全国农业社会化服务创新试点县、全国农业绿色发展先行区创建名单。\n2023年工作安排\n今年是全面贯彻落实党的二十大精神的开局之年，做好今年工作意义重大。\n");
        assert_eq!(
            titles(&o),
            [
                "12022年工作回顾",
                "2过去一年，我们凝心聚力强产业，综合实力持续攀升",
                "12023年工作安排"
            ]
        );
    }

    #[test]
    fn table_rows_and_restarted_lists_are_not_headings() {
        let o = outline("一、综 合\n初步核算，全年全市地区生产总值同比增长4.8%。\n表2 居民消费价格比上年涨跌幅度\n指标\t全市(%)\n一、食品烟酒\t99.2\n二、衣着\t101.3\n三、居住\t99.9\n二、农业\n全年粮食总产量达到191.2亿斤。\n三、重点工作\n今年要办好十件民生实事：\n一、新建改扩建中小学校10所\n二、新增养老床位2000张\n三、改造老旧小区50个\n四、财政和金融\n年末金融机构各项存款余额增长8%。\n");
        assert_eq!(
            titles(&o),
            ["1一、综合", "1二、农业", "1三、重点工作", "1四、财政和金融"]
        );
    }

    #[test]
    fn a_heading_line_printed_twice_is_one_heading() {
        // blind15 灵寿: the page prints its first heading line twice.
        let o = outline("灵寿县人民政府\n关于2025年度法治政府建设情况的报告\n2025年,我县坚持以习近平新时代中国特色社会主义思想为指导,扎实推进法治政府建设各项工作。现将有关情况报告如下:\n一、强化党的领导,夯实法治建设根基\n一、强化党的领导,夯实法治建设根基\n一是加强政治引领,把牢正确方向。始终坚持党对法治政府建设的全面领导。\n二、健全决策机制,提升行政效能\n严格落实重大行政决策程序。\n");
        assert_eq!(
            titles(&o),
            [
                "1一、强化党的领导,夯实法治建设根基",
                "1二、健全决策机制,提升行政效能"
            ]
        );
    }

    #[test]
    fn a_part_title_above_a_numbering_that_starts_again_is_a_heading() {
        // blind15 中宁 2026: the review's part title, unnumbered, above its 一、.
        let o = outline("各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议,并请各位政协委员和其他列席人员提出意见。\n2025年和“十四五”工作回顾\n刚刚过去的2025年,县人民政府坚持以习近平新时代中国特色社会主义思想为指导,全县经济社会发展企稳向好、稳中有进。\n一、经济运行量质齐升,投资消费稳健增长\n主要指标稳中有进。全年完成地区生产总值181.8亿元。\n");
        assert_eq!(
            titles(&o),
            [
                "12025年和“十四五”工作回顾",
                "1一、经济运行量质齐升,投资消费稳健增长"
            ]
        );
        // An attached plan's title under its organ's line is the document's, not a part.
        let o = outline("四川省人民政府\n2025年法治政府建设重点工作安排\n2025年是贯彻落实《法治政府建设实施纲要(2021—2025年)》的收官之年,全省法治政府建设工作要坚持以习近平新时代中国特色社会主义思想为指引,重点抓好以下工作。\n一、强化法治政府建设统筹\n(一)贯彻落实领导干部应知应会党内法规和法律法规清单制度。\n");
        assert!(titles(&o).iter().all(|t| !t.contains("重点工作安排")));
    }
}
