//! Hard line wraps inside paragraphs (text copied from a PDF viewer or a fixed-width page).
//!
//! Such text breaks every line at the same display width, in the middle of words and numbers
//! (`…共审结行政复议案件16⏎3件`). When many lines share one width, a line that fills it and does
//! not end a sentence is joined to the next, unless the next starts a heading, a point or an
//! indented paragraph. Text whose lines have varied lengths (the usual one-paragraph-per-line
//! report) is left alone.

use super::lines::Line;
use crate::lexicon::markers::{parse_marker, point_marker};
use crate::span::Span;

/// Display width: CJK and full-width characters count two columns.
fn width(s: &str) -> usize {
    // From the bytes: ASCII is one column, a character of three or four bytes (CJK, full-width
    // forms) two; two-byte characters (Latin, Greek…) are one. No decoding needed: a lead or
    // ASCII byte counts one, a lead byte of three or four bytes one more, continuation bytes
    // nothing. Counted in 32 byte-sized lanes, 32 bytes a step (a loop the compiler turns into
    // a few vector instructions), the lanes summed every 127 steps, before a lane (at most two
    // a step) could overflow; the bytes after the last whole step one by one.
    let columns = |x: u8| u8::from((x as i8) >= -0x40) + u8::from(x >= 0xE0);
    let bytes = s.as_bytes();
    let mut steps = bytes.chunks_exact(32);
    let mut total = 0usize;
    let mut lanes = [0u8; 32];
    let mut pending = 0;
    for step in steps.by_ref() {
        for (lane, &x) in lanes.iter_mut().zip(step) {
            *lane += columns(x);
        }
        pending += 1;
        if pending == 127 {
            total += lanes.iter().map(|&l| usize::from(l)).sum::<usize>();
            lanes = [0; 32];
            pending = 0;
        }
    }
    total += lanes.iter().map(|&l| usize::from(l)).sum::<usize>();
    total
        + steps
            .remainder()
            .iter()
            .map(|&x| usize::from(columns(x)))
            .sum::<usize>()
}

/// Lines of at least this many columns take part in finding the wrap width.
const MIN_WRAPPED: usize = 30;
/// How many full lines it takes to call a text hard-wrapped.
const MIN_FULL_LINES: usize = 5;

/// The line breaks (input spans) to drop. `lines` are all lines of the input, `skip[i]` marks
/// lines that are not body text (chrome, the duplicate).
pub fn joins(src: &str, lines: &[Line], skip: &[bool]) -> Vec<Span> {
    let widths: Vec<usize> = lines
        .iter()
        .map(|l| width(l.text(src).trim_end()))
        .collect();
    let Some(wrap) = wrap_width(&widths, skip) else {
        return split_numbers(src, lines, skip);
    };
    let mut out = Vec::new();
    for i in 0..lines.len().saturating_sub(1) {
        if skip[i] || skip[i + 1] || widths[i] + 2 < wrap {
            continue;
        }
        let this = lines[i].text(src).trim_end();
        let next = lines[i + 1].text(src);
        let ends_sentence =
            this.ends_with(['。', '！', '？', '；', '：', '”', '」', '!', '?', ';', ':']);
        let next_trimmed = next.trim_start();
        let indented = next.len() - next_trimmed.len() >= 2 || next.starts_with('\u{3000}');
        let starts_block = next_trimmed.is_empty()
            || parse_marker(next_trimmed).is_some()
            || point_marker(next_trimmed).is_some()
            || crate::text::is_page_number(next_trimmed);
        if !ends_sentence && !indented && !starts_block {
            // Drop the break itself (and trailing spaces before it).
            let end_of_text = lines[i].start + this.len();
            out.push(Span::new(end_of_text, lines[i].next));
        }
    }
    out
}

/// Breaks inside a number in text that is not wrapped at one width (a PDF's lines end where
/// its layout did): 收到行政复议申请12⏎6件, 纠错率为1⏎2.7%, 宣传资料5.6⏎万份. A line of words
/// that ends in a digit, followed by a line that goes on with digits or a unit and then words,
/// is one number broken in two; a line that is only a number (a flattened table's cell) is not.
fn split_numbers(src: &str, lines: &[Line], skip: &[bool]) -> Vec<Span> {
    let mut out = Vec::new();
    for i in 0..lines.len().saturating_sub(1) {
        if skip[i] || skip[i + 1] {
            continue;
        }
        let this = lines[i].text(src).trim_end();
        let next = lines[i + 1].text(src);
        if ends_in_number(this) && continues_number(next) {
            out.push(Span::new(lines[i].start + this.len(), lines[i].next));
        }
    }
    out
}

/// Words, then digits (and perhaps a decimal point) at the very end.
fn ends_in_number(line: &str) -> bool {
    let head = line.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    head.len() < line.len()
        && !line.ends_with("..")
        && head.chars().next_back().is_some_and(crate::text::is_cjk)
        && head.chars().filter(|&c| crate::text::is_cjk(c)).count() >= 4
}

/// Digits or a unit right at the start (no indent, no heading marker), then more words.
fn continues_number(line: &str) -> bool {
    if line.starts_with(char::is_whitespace) || parse_marker(line).is_some() {
        return false;
    }
    let digits = line.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    let unit = crate::lexicon::units::match_unit(digits).map_or(0, |u| u.len);
    let magnitude = digits
        .chars()
        .next()
        .filter(|&c| crate::text::one_of(c, "万亿千百余多年月日号"))
        .map_or(0, char::len_utf8);
    let rest = &digits[unit.max(magnitude)..];
    let starts = digits.len() < line.len() || unit > 0 || magnitude > 0;
    starts && rest.chars().next().is_some_and(|c| !c.is_ascii_digit())
}

/// The most common width of long lines, when enough lines share it (±1 column for a wide
/// character that did not fit).
fn wrap_width(widths: &[usize], skip: &[bool]) -> Option<usize> {
    let long = long_widths(widths, skip)?;
    let max = *long.iter().max()?;
    // How many long lines have each width, as (width, lines) ascending. The best width is a
    // line's width or one more (else it counts no line), so only those are tried: a count for
    // every width up to the longest line's read thousands of empty counts for one long paragraph.
    let mut sorted = long.clone();
    crate::sort::ascending(&mut sorted);
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for &w in &sorted {
        match counts.last_mut() {
            Some((last, n)) if *last == w => *n += 1,
            _ => counts.push((w, 1)),
        }
    }
    let count = |w: usize| {
        counts
            .binary_search_by_key(&w, |&(width, _)| width)
            .map_or(0, |k| counts[k].1)
    };
    let (best, _) = counts
        .iter()
        .flat_map(|&(w, _)| [w, w + 1])
        .filter(|&w| w <= max)
        .map(|w| (w, count(w) + count(w - 1)))
        .max_by_key(|&(w, n)| (n, w))?;
    accepted(&long, best, count(best) + count(best - 1))
}

/// The widths of the long lines not skipped, when there are enough of them to tell a wrap.
fn long_widths(widths: &[usize], skip: &[bool]) -> Option<Vec<usize>> {
    let long: Vec<usize> = widths
        .iter()
        .zip(skip)
        .filter(|(w, s)| !**s && **w >= MIN_WRAPPED)
        .map(|(w, _)| *w)
        .collect();
    (long.len() >= MIN_FULL_LINES).then_some(long)
}

/// `best` is the wrap width when most long lines end at it (`near` of them, ±1 column) and no
/// long line is much longer than it.
fn accepted(long: &[usize], best: usize, near: usize) -> Option<usize> {
    let longer = long.iter().filter(|&&w| w > best + 1).count();
    (near >= MIN_FULL_LINES && near * 2 >= long.len() && longer * 10 <= long.len()).then_some(best)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::lines::lines;

    /// `wrap_width` as it was: a count for every width up to the longest line's.
    fn wrap_width_by_histogram(widths: &[usize], skip: &[bool]) -> Option<usize> {
        let long = long_widths(widths, skip)?;
        let max = *long.iter().max()?;
        let mut counts = vec![0usize; max + 2];
        for &w in &long {
            counts[w] += 1;
        }
        let (best, _) = (MIN_WRAPPED..=max)
            .map(|w| (w, counts[w] + counts[w - 1]))
            .max_by_key(|&(w, n)| (n, w))?;
        accepted(&long, best, counts[best] + counts[best - 1])
    }

    /// The widths tried (each line's and one more) find the width the histogram found: on the
    /// seeds' lines and on made-up sets of widths (ties, neighbours, one very long line, skips).
    #[test]
    fn widths_tried_find_the_histograms_best() {
        let mut sets: Vec<(Vec<usize>, Vec<bool>)> = crate::test_seeds::seeds()
            .into_iter()
            .map(|(_, t)| {
                let ls = lines(&t);
                let w: Vec<usize> = ls.iter().map(|l| width(l.text(&t).trim_end())).collect();
                let skip = vec![false; w.len()];
                (w, skip)
            })
            .collect();
        let mut seed = 7u64;
        for n in 0..400 {
            let len = n % 40;
            let w: Vec<usize> = (0..len)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    let r = (seed >> 33) as usize;
                    match r % 7 {
                        0 => 5000 + r % 3,
                        1 | 2 => 60 + r % 3,
                        3 => 29 + r % 4,
                        _ => 30 + r % 90,
                    }
                })
                .collect();
            let skip: Vec<bool> = (0..len).map(|k| (k * 7 + n) % 11 == 0).collect();
            sets.push((w, skip));
        }
        for (w, skip) in &sets {
            assert_eq!(
                wrap_width(w, skip),
                wrap_width_by_histogram(w, skip),
                "{w:?}"
            );
        }
    }

    #[test]
    fn width_counts_wide_characters_twice_in_any_length() {
        let columns = |s: &str| -> usize {
            s.chars()
                .map(|c| if c.len_utf8() >= 3 { 2 } else { 1 })
                .sum()
        };
        let mut texts = crate::test_seeds::seed_texts();
        texts.push("审".repeat(1000));
        texts.push("aé审😀".repeat(300));
        // Every length around the 32-byte steps and the 127-step flush of the lanes.
        for n in (0..70).chain(1350..1370) {
            texts.push("审".repeat(n));
            texts.push(format!("a{}", "😀".repeat(n)));
        }
        for t in &texts {
            assert_eq!(width(t), columns(t));
        }
    }

    fn joined(src: &str) -> String {
        let ls = lines(src);
        let skip = vec![false; ls.len()];
        let mut out = src.to_string();
        for s in joins(src, &ls, &skip).iter().rev() {
            out.replace_range(s.range(), "");
        }
        out
    }

    #[test]
    fn wrapped_paragraphs_are_rejoined_even_inside_numbers() {
        let src = "一、行政复议\n\
                   2023年市本级人民政府共审结行政复议案件16\n\
                   3件，其中维持93件，撤销、确认违法和责令\n\
                   履行共26件，调解和解结案28件，驳回16件，\n\
                   法定期限内案件办结率100%。同时，我们还\n\
                   推动了行政争议实质性化解工作，取得成效明\n\
                   显，得到了上级机关和人民群众的充分肯定。\n\
                   二、存在问题\n";
        let out = joined(src);
        assert!(
            out.contains("审结行政复议案件163件，其中维持93件，撤销、确认违法和责令履行共26件"),
            "{out}"
        );
        assert!(out.contains("\n二、存在问题"));
        assert!(out.starts_with("一、行政复议\n"));
    }

    #[test]
    fn a_number_broken_over_two_lines_is_joined_whatever_the_widths() {
        let src = "（一）加强行政复议工作。全年共收到行政复议申请12\n6件，依法受理118件，综合纠错率为1\n2.7%。\n发放宣传资料5.6\n万份，受教育群众3万余人次。\n";
        assert_eq!(
            joined(src),
            "（一）加强行政复议工作。全年共收到行政复议申请126件，依法受理118件，综合纠错率为12.7%。\n发放宣传资料5.6万份，受教育群众3万余人次。\n"
        );
    }

    #[test]
    fn table_cells_and_numbered_headings_stay_on_their_lines() {
        let src = "行政复议案件受理数量\n126\n118\n全年共收到行政复议申请12\n3.加强普法宣传工作\n审结行政复议案件数量为12\n  6件另起一段\n";
        assert_eq!(joined(src), src);
    }

    #[test]
    fn one_paragraph_per_line_is_left_alone() {
        let src = "一、行政复议\n审结行政复议案件163件，其中维持93件，撤销、确认违法和责令履行共26件。\n二是加强府院联动，建立信息交流共享机制。\n(一)强化法治政府建设保障\n";
        assert_eq!(joined(src), src);
    }
}
