//! Headings without numbers.
//!
//! Reports, and 政府工作报告 in particular, often head a block of paragraphs with a short line of
//! its own and no marker. Three shapes are read as headings (marker "" or the dash as written):
//! - a series of at least three lead lines in one section, each a short sentence or phrase on
//!   its own line followed by a longer paragraph (经济运行持续向好。⏎全年地区生产总值…);
//! - the standard part titles of a 政府工作报告 (2024年工作回顾, 2025年重点工作, 加强政府自身建设 —
//!   words in `lexicon/outline.toml`) on lines of their own, in a text whose top level has no
//!   numbered headings: they stand where its 一、二、 would be;
//! - a line of its own led by a dash (——突出提升发展质量和效益,综合实力显著增强), the 政府工作报告's
//!   way of heading a run of achievements; in a part title's section, such a phrase without the
//!   dash too (过去一年，我们凝心聚力强产业，综合实力持续攀升), between two paragraphs.
//!
//! Each is one level below the heading whose section holds it (level 1 when none does).

use super::Found;
use crate::clean::lines::Line;
use crate::lexicon::markers::{parse_marker, point_marker, spaced_dun};

/// What a series of lead lines stands under: the numbered heading before it (an index in the
/// numbered headings) and the part title before it (its start), either perhaps absent.
type SeriesKey = (Option<usize>, Option<usize>);

/// Longest lead line (characters): a lead sentence is short; a paragraph is long.
const MAX_LEAD_CHARS: usize = 30;
/// The paragraph a lead line heads is at least this long and at least twice the lead.
const MIN_BODY_CHARS: usize = 40;
/// A series has at least this many lead lines in one section.
const MIN_SERIES: usize = 3;
/// Longest part title or dash-led heading (characters).
const MAX_PART_CHARS: usize = 40;

/// The unnumbered headings of a text whose numbered headings are `found` (in text order), body
/// lines from `body_from`, `table[i]` true where line `i` belongs to a table.
pub(super) fn find(
    text: &str,
    all: &[Line],
    body_from: usize,
    found: &[Found],
    table: &[bool],
) -> Vec<Found> {
    // The body's non-empty lines that are no numbered heading and no table row.
    let lines: Vec<(usize, &Line)> = all
        .iter()
        .enumerate()
        .filter(|(i, l)| {
            l.end > body_from
                && l.start >= body_from
                && !crate::text::trim(l.text(text)).is_empty()
                && !table[*i]
        })
        .collect();
    // Heading starts in order, searched by halving (a scan of `found` per line was quadratic
    // on a text of many headings).
    let mut starts: Vec<usize> = found.iter().map(|f| f.start).collect();
    crate::sort::ascending(&mut starts);
    let taken = |l: &Line| {
        let i = starts.partition_point(|&s| s < l.start);
        starts.get(i).is_some_and(|&s| s <= l.end)
    };
    // The section a line stands in: the last heading of `found` starting before it.
    let in_order = found.windows(2).all(|w| w[0].start <= w[1].start);
    let section_of = |at: usize| {
        if in_order {
            found.partition_point(|f| f.start < at).checked_sub(1)
        } else {
            found.iter().rposition(|f| f.start < at)
        }
    };
    let mut out: Vec<Found> = Vec::new();
    let top_numbered = found.iter().any(|f| f.level == 1);
    // Whether a part title (2022年工作回顾) has been read: the lines after it are in its section.
    let mut in_part = false;
    // Where the last part title starts.
    let mut part_start: Option<usize> = None;

    // Lead lines, grouped by the heading before them: a numbered one (its index in `found`) or
    // a part title (its start).
    let mut series: Vec<(SeriesKey, Vec<&Line>)> = Vec::new();
    for (k, &(_, line)) in lines.iter().enumerate() {
        if taken(line) {
            continue;
        }
        let s = crate::text::trim(line.text(text));
        let next = lines
            .get(k + 1)
            .map(|&(_, l)| crate::text::trim(l.text(text)));
        if let Some(title) = dash_led(s) {
            // One below the section it stands in (numbered, or a part title): dash-led
            // headings are siblings.
            let level = with(found, &out)
                .iter()
                .rfind(|f| f.start < line.start && !is_dash(text, f))
                .map_or(1, |f| (f.level + 1).min(4));
            out.push(heading(text, line, title, level));
            continue;
        }
        let prev = k
            .checked_sub(1)
            .and_then(|j| lines.get(j))
            .map(|&(_, l)| crate::text::trim(l.text(text)));
        // In a text whose top level is numbered, a part title after a paragraph heads a part
        // whose own headings number again from 一、 right under it (…提出意见。⏎ 2025年和“十四五”
        // 工作回顾 ⏎ 刚刚过去的2025年… ⏎ 一、经济运行量质齐升…): a level-1 heading before them. (Not
        // an attached plan's title under its organ's line: 四川省人民政府 ⏎ 2025年…重点工作安排.)
        let after_paragraph = || prev.is_some_and(|p| !super::at_most(p, MIN_BODY_CHARS - 1));
        let part = if top_numbered {
            after_paragraph() && is_part_title(s) && opens_numbering(found, line.start)
        } else {
            is_part_title(s)
        };
        if part {
            out.push(heading(text, line, s, 1));
            if !top_numbered {
                in_part = true;
                part_start = Some(line.start);
            }
            continue;
        }
        // (Both tests below are pure and asked only once the line itself qualifies: most lines
        // are paragraphs, turned away by `is_phrase` / `is_lead` after a few characters.)
        let heads_a_paragraph = || {
            next.is_some_and(|n| {
                // (nc >= MIN_BODY_CHARS and nc >= 2 * sc, the next line read no further.)
                let sc = s.chars().count();
                !super::at_most(n, MIN_BODY_CHARS.max(2 * sc) - 1) && !is_lead(n)
            })
        };
        // In a part title's section, a phrase between two paragraphs heads the next one, as a
        // dash-led line would (the 政府工作报告's achievements under 2022年工作回顾).
        if in_part && is_phrase(s) && heads_a_paragraph() && after_paragraph() {
            out.push(heading(text, line, s, 2));
            continue;
        }
        // Two lead lines in a row head nothing; neither does the body's first line.
        let after_body = || prev.is_some_and(|p| !is_lead(p));
        if is_lead(s) && heads_a_paragraph() && after_body() {
            let section = (section_of(line.start), part_start);
            match series.last_mut() {
                Some((sec, lines)) if *sec == section => lines.push(line),
                _ => series.push((section, vec![line])),
            }
        }
    }
    for ((section, part), leads) in series.into_iter().filter(|(_, l)| l.len() >= MIN_SERIES) {
        // One below the heading before the series: a part title (2024年工作回顾, level 1) when it
        // stands after the last numbered heading, as under a dash-led series.
        let numbered = section.filter(|&k| part.is_none_or(|p| found[k].start > p));
        let level = match numbered {
            Some(k) => (found[k].level + 1).min(4),
            None if part.is_some() => 2,
            None => 1,
        };
        for line in leads {
            let s = crate::text::trim(line.text(text));
            out.push(heading(text, line, s, level));
        }
    }
    crate::sort::by_key(&mut out, |f| f.start);
    out
}

/// Whether the first numbered heading after `at` is a level-1 heading numbered one (一、).
fn opens_numbering(found: &[Found], at: usize) -> bool {
    found
        .iter()
        .filter(|f| f.start > at)
        .min_by_key(|f| f.start)
        .is_some_and(|f| f.level == 1 && f.number == 1)
}

/// The headings found so far, numbered and not, in text order.
fn with(found: &[Found], more: &[Found]) -> Vec<Found> {
    let mut all: Vec<Found> = found.iter().chain(more).cloned().collect();
    crate::sort::by_key(&mut all, |f| f.start);
    all
}

/// Whether a heading is led by a dash (its marker).
fn is_dash(text: &str, f: &Found) -> bool {
    text[f.start..f.title_start].contains(['—', '-', '－'])
}

/// A heading at `level` for the words `title` (a slice of `line`).
fn heading(text: &str, line: &Line, title: &str, level: u8) -> Found {
    let s = line.text(text);
    let lead = s.len() - s.trim_start().len();
    let start = line.start + lead;
    let title_start = line.start + (title.as_ptr() as usize - s.as_ptr() as usize);
    let t = title.trim_end_matches(['。', ' ']);
    Found {
        level,
        number: 0,
        start,
        title_start,
        title_end: title_start + t.len(),
        inferred: false,
        inline: false,
    }
}

/// A short sentence or phrase on a line of its own: no marker, at most one comma inside, and
/// ending in 。 or in no punctuation at all (not a list's colon, not a clause).
fn is_lead(s: &str) -> bool {
    // (Counted no further than one past the limit.)
    let n = s.chars().take(MAX_LEAD_CHARS + 1).count();
    if !(4..=MAX_LEAD_CHARS).contains(&n) || numbered(s) {
        return false;
    }
    let body = s.strip_suffix('。').unwrap_or(s);
    let ends_plain = !body.ends_with(|c: char| "：:，,；;、！!？?）)”\"".contains(c));
    let commas = body.matches(['，', ',']).count();
    ends_plain
        && commas <= 1
        && !body.contains(['。', '；', ';', '：', ':'])
        && body.chars().any(crate::text::is_cjk)
}

/// Whether a line starts with a heading or point marker (一、 （一） 1. 一是).
fn numbered(s: &str) -> bool {
    parse_marker(s).is_some() || spaced_dun(s).is_some() || point_marker(s).is_some()
}

/// `——突出提升发展质量和效益,综合实力显著增强` → the words after the dash, when the line is a
/// short phrase of its own (not a sentence that runs on). Not a speech's subtitle that says where
/// the report was given (——在金碧镇第十四届人民代表大会第七次会议上: `subtitle_venues` in
/// `lexicon/genre.toml`), which stands under the title, not over a part.
fn dash_led(s: &str) -> Option<&str> {
    let rest = s
        .strip_prefix("——")
        .or_else(|| s.strip_prefix("--"))
        .or_else(|| s.strip_prefix("－－"))?;
    let rest = rest.trim_start();
    let body = rest.strip_suffix('。').unwrap_or(rest);
    let n = body.chars().take(MAX_PART_CHARS + 1).count();
    let plain =
        !body.contains(['。', '；', ';', '：', ':']) && body.matches(['，', ',']).count() <= 1;
    let venue = || {
        crate::lexicon::data::genre::SUBTITLE_VENUES
            .iter()
            .any(|v| body.ends_with(v))
    };
    ((4..=MAX_PART_CHARS).contains(&n)
        && plain
        && body.starts_with(crate::text::is_cjk)
        && !venue())
    .then_some(rest)
}

/// A phrase on a line of its own that reads like a heading, not a sentence: no marker, no
/// punctuation at its end, no full stop, colon or semicolon inside and at most two commas
/// (过去一年，我们凝心聚力强产业，综合实力持续攀升).
fn is_phrase(s: &str) -> bool {
    let n = s.chars().take(MAX_PART_CHARS + 1).count();
    (8..=MAX_PART_CHARS).contains(&n)
        && !numbered(s)
        && s.starts_with(crate::text::is_cjk)
        && !s.ends_with(|c: char| "。：:，,；;、！!？?…".contains(c))
        && !s.contains(['。', '；', ';', '：', ':', '！', '？'])
        && s.matches(['，', ',']).count() <= 2
}

/// A standard part title of a 政府工作报告 on a line of its own (2024年工作回顾).
fn is_part_title(s: &str) -> bool {
    // (A line longer in bytes than any such title in four-byte characters is none.)
    if s.len() > 4 * MAX_PART_CHARS {
        return false;
    }
    let n = s.chars().take(MAX_PART_CHARS + 1).count();
    (4..=MAX_PART_CHARS).contains(&n)
        && !numbered(s)
        && !s.contains(['。', '，', ',', '；', '：', ':'])
        && crate::lexicon::data::outline::PART_TITLES
            .iter()
            .any(|w| s.ends_with(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lead_lines() {
        assert!(is_lead("经济运行持续向好。"));
        assert!(is_lead("2024年工作回顾"));
        assert!(is_lead("坚持稳中求进，经济运行持续向好。"));
        assert!(!is_lead("各位代表："));
        assert!(!is_lead("一年来的主要工作和成效有:"));
        assert!(!is_lead("一、经济运行持续向好。"));
        assert!(!is_lead(
            "全年地区生产总值增长5%，城镇新增就业1.2万人，居民收入稳步增长。"
        ));
    }

    #[test]
    fn part_titles_and_dashes() {
        assert!(is_part_title("2024年工作回顾"));
        assert!(is_part_title("20XX年工作回顾"));
        assert!(is_part_title("2025年重点工作"));
        assert!(!is_part_title("回顾2024年工作，我们深感责任重大。"));
        assert_eq!(
            dash_led("——突出提升发展质量和效益,综合实力显著增强"),
            Some("突出提升发展质量和效益,综合实力显著增强")
        );
        assert_eq!(
            dash_led("——2025 年 3 月 5 日在第十四届全国人民代表大会第三次会议上"),
            None
        );
        // A township's speech: its subtitle opens with 在, not a date (blind18 金碧镇).
        assert_eq!(dash_led("——在金碧镇第十四届人民代表大会第七次会议上"), None);
        assert_eq!(dash_led("——在县第十八届人民代表大会第五次会议上"), None);
    }
}
