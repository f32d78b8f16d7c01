//! Numbered lines that are not headings: the rows of a table (`一、食品烟酒⇥9.2`, a row of the
//! 信息公开 template's tables) and a numbered list that restarts inside a section (十件民生实事
//! numbered 一、… under 三、).
//!
//! Tables come out of PDF and Word files as one line per row with the cells separated by tabs
//! (or `|`), and a row's first cell often carries its own 一、/（一）/1. numbering. A line with
//! cells is a row; so is a line standing between two rows (a row name whose figures wrapped to
//! the next line, or a group label such as `（三）不予公开`).

use crate::clean::lines::Line;

/// Whether the line is a row of a flattened table: it has cells after the first (a tab or a
/// `|` before something that is not text: a figure, a dash, an empty cell).
pub(super) fn is_table_row(line: &str) -> bool {
    let t = crate::text::trim(line);
    if bars(t) >= 2 {
        return true;
    }
    let Some(tab) = memchr::memchr(b'\t', t.as_bytes()) else {
        return false;
    };
    let cells = &t[tab..];
    cells
        .split('\t')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .any(|c| c.starts_with(|ch: char| ch.is_ascii_digit() || "-—－.%／/".contains(ch)))
}

/// How many `|` and `｜` the line holds (`t.matches(['|', '｜']).count()`), by one vectorised
/// search for `|` and EF, the first byte of ｜ (EF BD 9C), instead of decoding every character:
/// every line of the text is asked. (The cleaned text has ｜ folded to `|` and little else
/// that starts with EF: the full-width forms are folded too.)
pub(super) fn bars(t: &str) -> usize {
    let b = t.as_bytes();
    memchr::memchr2_iter(b'|', 0xEF, b)
        .filter(|&i| b[i] == b'|' || b[i + 1..].starts_with(&[0xBD, 0x9C]))
        .count()
}

/// For each line of `all`, whether it belongs to a table: a row, or a line between two rows.
pub(super) fn table_lines(text: &str, all: &[Line]) -> Vec<bool> {
    let rows: Vec<bool> = all.iter().map(|l| is_table_row(l.text(text))).collect();
    let mut out = rows.clone();
    // Non-empty neighbours only: a blank line does not end a table.
    let filled: Vec<usize> = (0..all.len())
        .filter(|&i| !crate::text::trim(all[i].text(text)).is_empty())
        .collect();
    for w in filled.windows(3) {
        let (a, b, c) = (w[0], w[1], w[2]);
        if !(rows[a] && rows[c] && !rows[b]) {
            continue;
        }
        let line = crate::text::trim(all[b].text(text));
        // A top-level heading between two tables (三、收到和处理政府信息公开申请情况 between the
        // 信息公开 template's tables) is the document's, not a row's name.
        let top_heading =
            || crate::lexicon::markers::parse_marker(line).is_some_and(|m| m.level == 1);
        if super::at_most(line, 40) && !top_heading() {
            out[b] = true;
        }
    }
    out
}

/// The numbers (level, number) of headings in text order; returns which of them are items of
/// a list that restarts inside a section: a run that starts again at 1 at some level while the
/// section's own numbering had gone past 1, with no heading of a higher level in between, and
/// ends where the section's numbering resumes (三、 … 一、二、…十、 … 四、). Headings of a deeper
/// level inside the run are left alone. A restart that the outer numbering never resumes after
/// (an appendix numbered afresh at the end) is kept.
pub(super) fn restarted(levels: &[(u8, u32)]) -> Vec<bool> {
    let mut out = vec![false; levels.len()];
    let mut i = 0;
    while i < levels.len() {
        let (level, number) = levels[i];
        // The last number at this level since the last heading of a higher level.
        let last = levels[..i]
            .iter()
            .rev()
            .take_while(|&&(l, _)| l >= level)
            .find(|&&(l, _)| l == level)
            .map(|&(_, n)| n);
        let Some(outer) = last.filter(|&n| number == 1 && n >= 2) else {
            i += 1;
            continue;
        };
        // The run: the list's own items (1, 2, 3 …) until the section's numbering resumes with
        // a number the list does not continue with (三、 … 一、…五、 … 四、).
        let mut expected = 1;
        let mut end = None;
        for (k, &(l, n)) in levels.iter().enumerate().skip(i) {
            if l < level {
                break;
            }
            if l > level {
                continue;
            }
            // The list's own next item, unless it is also the section's next number and the
            // list does not go on after it (三、 … 一、二、三、 … 四、).
            let next_same = levels[k + 1..]
                .iter()
                .take_while(|&&(l2, _)| l2 >= level)
                .find(|&&(l2, _)| l2 == level)
                .map(|&(_, n2)| n2);
            let ambiguous = n == expected && n == outer + 1 && next_same != Some(n + 1);
            if n == expected && !ambiguous {
                expected += 1;
            } else if n == outer + 1 {
                end = Some(k);
                break;
            } else {
                break;
            }
        }
        match end {
            Some(k) => {
                for (flag, &(l, _)) in out[i..k].iter_mut().zip(&levels[i..k]) {
                    *flag = l == level;
                }
                i = k;
            }
            None => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_of_flattened_tables() {
        assert!(is_table_row("一、食品烟酒\t9.2"));
        assert!(is_table_row("1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1"));
        assert!(is_table_row("| 规章 | 0 | 0 | 0 |"));
        assert!(!is_table_row("一、综合"));
        assert!(!is_table_row("一、\t总体情况"));
        assert!(!is_table_row("（一）强化法治保障 进一步健全工作机制"));
    }

    #[test]
    fn a_line_between_two_rows_is_part_of_the_table() {
        let text = "（一）予以公开\t0\t0\t0\n（二）部分公开（区分处理的，只计这一情形，不\n计其他情形）\t4\t0\t4\n（三）不予公开\n1.属于国家秘密\t1\t0\t1\n四、政府信息公开行政复议、行政诉讼情况\n正文。\n";
        let all = crate::clean::lines::lines(text);
        let t = table_lines(text, &all);
        assert_eq!(t, [true, true, true, true, true, false, false]);
    }

    #[test]
    fn a_top_level_heading_between_two_tables_is_no_row() {
        let text = "二、主动公开政府信息情况\n| 规章 | 0 | 0 | 0 |\n三、收到和处理政府信息公开申请情况\n| 一、本年新收申请数量 | 3 | 0 |\n（三）不予公开\n| 1.属于国家秘密 | 0 | 0 |\n";
        let all = crate::clean::lines::lines(text);
        let flags: Vec<bool> = table_lines(text, &all);
        let table: Vec<&str> = all
            .iter()
            .zip(&flags)
            .filter(|(_, &t)| t)
            .map(|(l, _)| crate::text::trim(l.text(text)))
            .collect();
        assert!(!table.contains(&"三、收到和处理政府信息公开申请情况"));
        assert!(table.contains(&"（三）不予公开"));
    }

    #[test]
    fn a_list_restarting_inside_a_section() {
        // 一、二、三、 then a list 一、…五、 inside 三、, then 四、.
        let levels = [
            (1, 1),
            (1, 2),
            (1, 3),
            (1, 1),
            (1, 2),
            (1, 3),
            (1, 4),
            (1, 5),
            (1, 4),
        ];
        let r = restarted(&levels);
        assert_eq!(
            r,
            [false, false, false, true, true, true, true, true, false]
        );
        // A list of three, then the section's 四、.
        let levels = [(1, 1), (1, 2), (1, 3), (1, 1), (1, 2), (1, 3), (1, 4)];
        assert_eq!(
            restarted(&levels),
            [false, false, false, true, true, true, false]
        );
        // Sections restart their (一) under each new 一、: no list.
        let levels = [(1, 1), (2, 1), (2, 2), (1, 2), (2, 1), (2, 2)];
        assert!(restarted(&levels).iter().all(|&x| !x));
        // An appendix numbered afresh at the end is kept.
        let levels = [(1, 1), (1, 2), (1, 1), (1, 2)];
        assert!(restarted(&levels).iter().all(|&x| !x));
    }
}
