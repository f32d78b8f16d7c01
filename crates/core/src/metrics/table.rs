//! Labels for numbers in flattened tables.
//!
//! Saved web pages and Word documents bring tables as one line per row with the cells separated
//! by tabs (the decoder writes them so), and scraped pages as `a | b | c`. A number in such a row
//! is labelled by its column's header (the first row of the table) and the row's first cell:
//! `申请事项 | 举报投诉处理 | 政府信息公开` over `数量 | 75件 | 16件` gives 75件 the label
//! 举报投诉处理（数量）.

use crate::text::window;

/// The separator of a table row, if the line is one (at least two separators).
fn separator(line: &str) -> Option<char> {
    ['\t', '|', '｜']
        .into_iter()
        .find(|&s| line.matches(s).count() >= 2 || (s == '\t' && line.contains('\t')))
}

fn cells(line: &str, sep: char) -> Vec<&str> {
    line.split(sep).map(str::trim).collect()
}

/// Longest table row looked at (bytes).
const MAX_ROW: usize = 1000;

/// How far up a table's header may be (bytes).
const MAX_TABLE_LOOKBACK: usize = 4000;

/// `(header cell, row label)` for the number at `pos`, when it stands in a table row.
pub fn cell_label(text: &str, pos: usize) -> Option<String> {
    // Rows are short; a bounded look either way keeps long prose lines cheap.
    let line_start = crate::text::line_start_within(text, pos, MAX_ROW);
    let after = window(text, pos, pos + MAX_ROW);
    let line_end = after.find('\n').map_or(pos + after.len(), |p| pos + p);
    let row = &text[line_start..line_end];
    // Byte searches (vectorised): a char-set `contains` would decode every character.
    if memchr::memchr2(b'\t', b'|', row.as_bytes()).is_none() && !row.contains('｜') {
        return None;
    }
    let line = &text[line_start..line_end];
    let sep = separator(line)?;
    let row = cells(line, sep);
    let col = text[line_start..pos].matches(sep).count();
    // The table's first row: walk up while the lines are rows with the same number of cells.
    let above = window(
        text,
        line_start.saturating_sub(MAX_TABLE_LOOKBACK),
        line_start,
    );
    let mut header: Option<Vec<&str>> = None;
    for prev in above.lines().rev() {
        if prev.trim().is_empty() {
            continue;
        }
        let Some(s) = separator(prev).filter(|&s| s == sep) else {
            break;
        };
        let c = cells(prev, s);
        if c.len() != row.len() {
            break;
        }
        header = Some(c);
    }
    let header = header?;
    let head = header
        .get(col)
        .copied()
        .filter(|h| !h.is_empty() && !h.starts_with(|c: char| c.is_ascii_digit()))?;
    let row_name = row
        .first()
        .copied()
        .filter(|r| col > 0 && !r.is_empty() && !r.starts_with(|c: char| c.is_ascii_digit()));
    Some(match row_name {
        Some(r) if r != head => format!("{head}（{r}）"),
        _ => head.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pipe_tables_from_scraped_pages() {
        let t =
            "申请事项  | 举报投诉处理  | 政府信息公开  | 行政处罚\n数量  | 75件  | 16件 | 40件\n";
        let pos = t.find("16件").unwrap();
        assert_eq!(cell_label(t, pos).as_deref(), Some("政府信息公开（数量）"));
    }

    #[test]
    fn tab_tables_from_web_pages_and_docx() {
        let t = "序号\t处理方式\t数量\t比例\n1\t作出维持决定\t3509\t74.7%\n";
        let pos = t.find("3509").unwrap();
        assert_eq!(cell_label(t, pos).as_deref(), Some("数量"));
        let pos = t.find("74.7").unwrap();
        assert_eq!(cell_label(t, pos).as_deref(), Some("比例"));
    }

    #[test]
    fn prose_is_not_a_table() {
        let t = "审结行政复议案件163件，其中维持93件。";
        assert_eq!(cell_label(t, t.find("163").unwrap()), None);
    }
}
