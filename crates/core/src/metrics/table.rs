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

/// A figure in a table row: its label, and the unit its row or column names in brackets
/// (`行政复议申请（件）`), for figures written without one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowCell {
    /// The column's header and the row's name (its first cell), as text ranges.
    pub head: (usize, usize),
    pub name: Option<(usize, usize)>,
    /// The header is a year: the row's name says what is counted.
    pub year_head: bool,
    pub unit: Option<String>,
}

impl RowCell {
    /// `数量（作出维持决定）`, or `行政复议申请（2023年）` under a year; `show` gives the words
    /// of a range as the user wrote them.
    pub fn label<S: AsRef<str>>(&self, show: impl Fn(usize, usize) -> S) -> String {
        let head = show(self.head.0, self.head.1);
        let head = head.as_ref();
        match (self.name.map(|(a, b)| show(a, b)), self.year_head) {
            (Some(name), true) => format!("{}（{head}）", name.as_ref()),
            (Some(name), false) => format!("{head}（{}）", name.as_ref()),
            (None, _) => head.to_string(),
        }
    }
}

/// What a table row says about a figure in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowFigure {
    Figure(RowCell),
    /// A serial number or a year column.
    NotAMetric,
}

/// `(header cell, row label)` for the number at `pos`, when it stands in a table row.
pub fn cell_label(text: &str, pos: usize) -> Option<String> {
    match row_cell(text, pos)? {
        RowFigure::Figure(c) => Some(c.label(|a, b| &text[a..b])),
        RowFigure::NotAMetric => None,
    }
}

/// Gives a figure of a table row its label, the row's bracketed unit when it has none of its
/// own, and a change's direction from its sign (an 增减 column's +17, -4).
pub(super) fn fill(
    cleaned: &crate::clean::Cleaned<'_>,
    found: &mut super::judge::Found,
    row: RowCell,
) {
    let text = cleaned.text.as_str();
    found.cell_label = Some(row.label(|a, b| cleaned.shown(a, b)));
    if found.unit.is_none() && found.kind != crate::model::MetricKind::Percent {
        if let Some(unit) = row.unit {
            let (magnitude_text, power) = match unit.chars().next() {
                Some('万') => ("万", 4),
                Some('亿') => ("亿", 8),
                Some('千') => ("千", 3),
                Some('百') => ("百", 2),
                _ => ("", 0),
            };
            if let Some(u) = crate::lexicon::units::match_unit(&unit[magnitude_text.len()..]) {
                found.kind = u.kind;
            }
            if found.magnitude_power == 0 {
                found.magnitude_text = magnitude_text;
                found.magnitude_power = power;
            }
            found.unit = Some(unit);
            found.unit_missing = false;
        }
    }
    let sign = text[..found.start].chars().next_back();
    let direction = match sign {
        Some('+') => Some(crate::model::Direction::Up),
        Some('-' | '−' | '－') => Some(crate::model::Direction::Down),
        _ => None,
    };
    if let Some(d) = direction.filter(|_| found.qualifier.is_none()) {
        let cell_start = text[..found.start - sign.map_or(0, char::len_utf8)]
            .ends_with(['\t', '|', '｜', ' ', '\n']);
        if cell_start {
            found.kind = crate::model::MetricKind::Change;
            found.direction = Some(d);
            found.start -= sign.map_or(0, char::len_utf8);
        }
    }
}

/// Column headers of cells that hold no metric: serial numbers and years.
fn names_no_metric(head: &str) -> bool {
    crate::lexicon::data::names::NO_METRIC_COLUMNS
        .iter()
        .any(|h| crate::text::contains_str(head, h))
        || head == "序"
        || head.eq_ignore_ascii_case("no")
}

/// A header that is a year (`2023年`, `2023年度`, `2023`): the row names what is counted.
fn is_year(head: &str) -> bool {
    let digits = head.trim_end_matches(['年', '度']);
    digits.len() == 4
        && digits.bytes().all(|b| b.is_ascii_digit())
        && digits.starts_with(['1', '2'])
}

/// The unit in a trailing bracket: `行政复议申请（件）` → 件, `罚没款（万元）` → 万元.
fn bracket_unit(cell: &str) -> Option<String> {
    let inner = cell
        .strip_suffix('）')
        .and_then(|s| s.rsplit_once('（'))
        .or_else(|| cell.strip_suffix(')').and_then(|s| s.rsplit_once('(')))?
        .1
        .trim();
    let bare = inner.trim_start_matches(['万', '亿', '千', '百']);
    let unit = crate::lexicon::units::match_unit(bare)?;
    (unit.len == bare.len()).then(|| inner.to_string())
}

/// The label and bracketed unit of the figure at `pos`, when it stands in a table row. `None`
/// also for serial-number and year columns: they are not metrics.
pub fn row_cell(text: &str, pos: usize) -> Option<RowFigure> {
    // Rows are short; a bounded look either way keeps long prose lines cheap.
    let line_start = crate::text::line_start_within(text, pos, MAX_ROW);
    let after = window(text, pos, pos + MAX_ROW);
    let line_end = memchr::memchr(b'\n', after.as_bytes()).map_or(pos + after.len(), |p| pos + p);
    let row = &text[line_start..line_end];
    // Byte searches (vectorised): a char-set `contains` would decode every character, and
    // `contains('｜')` filters on the char's last byte, a continuation byte most Han characters
    // share.
    // (Every metric asks: the ｜ searcher is built once, not per call.)
    static BAR: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    let bar = BAR.get_or_init(|| memchr::memmem::Finder::new("｜"));
    if memchr::memchr2(b'\t', b'|', row.as_bytes()).is_none() && bar.find(row.as_bytes()).is_none()
    {
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
    let head = header.get(col).copied().filter(|h| !h.is_empty())?;
    // The row's name: its first cell of words before this one (after a 序号 cell, if any).
    let row_name = row
        .iter()
        .take(col)
        .copied()
        .find(|r| !r.is_empty() && !r.starts_with(|c: char| c.is_ascii_digit()));
    figure_in(text, head, row_name, || shared_unit(&row, col))
}

/// What a figure under the column `head`, in the row named `name`, is: both kinds of
/// flattened table read their cells through this. `head` and `name` are slices of `text`.
fn figure_in(
    text: &str,
    head: &str,
    name: Option<&str>,
    other_unit: impl FnOnce() -> Option<String>,
) -> Option<RowFigure> {
    if names_no_metric(head) {
        return Some(RowFigure::NotAMetric);
    }
    let row_unit = name.and_then(bracket_unit);
    let unit = row_unit
        .clone()
        .or_else(|| bracket_unit(head))
        .or_else(other_unit);
    // The row's name without the bracket that gave the unit: 行政复议申请（件） → 行政复议申请.
    let name = name.map(|r| match row_unit {
        Some(_) => r[..r.rfind(['（', '(']).unwrap_or(r.len())].trim_end(),
        None => r,
    });
    let year_head = is_year(head);
    if year_head && name.is_none() || !year_head && head.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    Some(RowFigure::Figure(RowCell {
        head: range_in(text, head),
        name: name.filter(|&n| n != head).map(|n| range_in(text, n)),
        year_head,
        unit,
    }))
}

/// The unit every other figure of the row is written with (`数量 | 75件 | 16件 | 0`: 件), for a
/// figure written bare among them.
fn shared_unit(row: &[&str], col: usize) -> Option<String> {
    let mut shared: Option<&str> = None;
    for (i, cell) in row.iter().enumerate() {
        let unit = cell
            .trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | '+' | '-'));
        if i == col || unit.len() == cell.len() || unit.is_empty() {
            continue;
        }
        if crate::lexicon::units::match_unit(unit).is_none_or(|u| u.len != unit.len()) {
            return None;
        }
        match shared {
            Some(s) if s != unit => return None,
            _ => shared = Some(unit),
        }
    }
    shared.map(str::to_string)
}

/// Where a slice of `text` stands in it.
fn range_in(text: &str, part: &str) -> (usize, usize) {
    let a = (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
    (a, a + part.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The line helpers of [`Cells::find`] answer as the trims and the count they stand for, on
    /// every line of the seeds, every probe character at a line's ends and lines around the
    /// length limit.
    #[test]
    fn line_helpers_answer_as_the_trims_and_the_count() {
        let mut lines = crate::test_seeds::seed_lines();
        lines.extend(crate::test_seeds::line_ends());
        for n in 14..=18 {
            lines.push("审".repeat(n));
            lines.push("a".repeat(n));
            lines.push("😀".repeat(n));
            lines.push(format!(" {} ", "审".repeat(n)));
        }
        for s in &lines {
            let s = s.as_str();
            assert_eq!(
                trimmed_extent(s),
                (s.len() - s.trim_start().len(), s.trim().len()),
                "{s:?}"
            );
            assert_eq!(
                cell_length(s),
                s.chars().nth(MAX_CELL_CHARS).is_none(),
                "{s:?}"
            );
        }
    }

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
        assert_eq!(cell_label(t, pos).as_deref(), Some("数量（作出维持决定）"));
        let pos = t.find("74.7").unwrap();
        assert_eq!(cell_label(t, pos).as_deref(), Some("比例（作出维持决定）"));
    }

    #[test]
    fn year_columns_take_the_row_name_and_its_bracketed_unit() {
        let t = "项目\t2022年\t2023年\t增减\n行政复议申请（件）\t85\t102\t+17\n序号\t名称\n";
        let pos = t.find("102").unwrap();
        assert_eq!(
            cell_label(t, pos).as_deref(),
            Some("行政复议申请（2023年）")
        );
        let Some(RowFigure::Figure(cell)) = row_cell(t, pos) else {
            panic!("a figure")
        };
        assert_eq!(cell.unit.as_deref(), Some("件"));
        assert_eq!(
            cell_label(t, t.find("17").unwrap()).as_deref(),
            Some("增减（行政复议申请）")
        );
        let t = "序号\t事项\t金额\n1\t罚没款（万元）\t235\n";
        assert_eq!(
            row_cell(t, t.find("1\t").unwrap()),
            Some(RowFigure::NotAMetric)
        );
        // The row's name is its first cell of words, after the serial number.
        assert_eq!(
            cell_label(t, t.find("235").unwrap()).as_deref(),
            Some("金额（罚没款）")
        );
    }

    #[test]
    fn a_bare_figure_takes_the_unit_of_the_rest_of_its_row() {
        let t = "申请事项 | 举报投诉处理 | 刑事不予立案 | 行政补偿\n数量 | 75件 | 0 | 4件\n比例 | 49.66% | 0 | 2.64%\n";
        let unit = |pos| match row_cell(t, pos) {
            Some(RowFigure::Figure(c)) => c.unit,
            _ => None,
        };
        assert_eq!(unit(t.find("| 0 |").unwrap() + 2).as_deref(), Some("件"));
        assert_eq!(unit(t.rfind("| 0 |").unwrap() + 2).as_deref(), Some("%"));
    }

    #[test]
    fn prose_is_not_a_table() {
        let t = "审结行政复议案件163件，其中维持93件。";
        assert_eq!(cell_label(t, t.find("163").unwrap()), None);
    }
}

/// Tables flattened to one cell per line (`序号⏎处理方式⏎数量⏎比例⏎1⏎作出维持决定⏎3509⏎74.7%`):
/// a run of short lines whose first lines, without digits, are the header.
#[derive(Clone, Debug, Default)]
pub struct Cells {
    /// Cleaned-text line range of each cell with a number, and what it is. Sorted by start.
    cells: Vec<(usize, usize, RowFigure)>,
}

/// The longest line that can be a cell, in characters.
const MAX_CELL_CHARS: usize = 16;

/// Where the trimmed line starts in `s` and how long it is: `s.trim_start()`'s and `s.trim()`'s
/// lengths, told from the end bytes when a line starts and ends with a character no trim takes
/// off (most lines: `text::solid_ends`), as every line of the report is asked.
fn trimmed_extent(s: &str) -> (usize, usize) {
    if crate::text::solid_ends(s) {
        return (0, s.len());
    }
    (s.len() - s.trim_start().len(), s.trim().len())
}

/// Whether `s` is at most [`MAX_CELL_CHARS`] characters long. Counting stops past the limit
/// (most lines are prose, far longer), and a line of more than four bytes for each character
/// allowed is longer without counting.
fn cell_length(s: &str) -> bool {
    s.len() <= 4 * MAX_CELL_CHARS && s.chars().nth(MAX_CELL_CHARS).is_none()
}

impl Cells {
    pub fn find(text: &str, from: usize) -> Cells {
        let lines: Vec<(usize, usize)> = crate::clean::lines::lines(text)
            .into_iter()
            .filter(|l| l.start >= from)
            .map(|l| {
                let (lead, len) = trimmed_extent(l.text(text));
                (l.start + lead, l.start + lead + len)
            })
            .filter(|&(a, b)| b > a)
            .collect();
        let is_cell = |&(a, b): &(usize, usize)| {
            let s = &text[a..b];
            cell_length(s)
                && !s.contains(['。', '；', ';', '，', ','])
                // 情况如下： introduces a table; it is not a cell of it.
                && !s.ends_with(['：', ':'])
                && crate::lexicon::markers::parse_marker(s).is_none()
        };
        let mut cells = Vec::new();
        let mut i = 0;
        while i < lines.len() {
            let run_end = (i..lines.len())
                .find(|&k| !is_cell(&lines[k]))
                .unwrap_or(lines.len());
            if run_end - i >= 6 {
                cells.extend(read_run(text, &lines[i..run_end]));
            }
            i = run_end.max(i + 1);
        }
        Cells { cells }
    }

    /// The cell holding `pos`, if it is one of a table's figures or serial numbers.
    pub fn at(&self, pos: usize) -> Option<RowFigure> {
        let k = self.cells.partition_point(|&(s, _, _)| s <= pos);
        let (s, e, figure) = self.cells.get(k.checked_sub(1)?)?;
        (*s <= pos && pos < *e).then(|| figure.clone())
    }
}

/// The figures of one run of cell lines: header lines first (no digits, or years after the
/// first: 项目⏎2022年⏎2023年), then whole rows.
fn read_run(text: &str, run: &[(usize, usize)]) -> Vec<(usize, usize, RowFigure)> {
    let has_digit = |&(a, b): &(usize, usize)| text[a..b].chars().any(|c| c.is_ascii_digit());
    let plain = run.iter().take_while(|l| !has_digit(l)).count();
    let with_years = plain
        + run[plain..]
            .iter()
            .take_while(|&&(a, b)| plain > 0 && is_year(&text[a..b]))
            .count();
    let fits = |k: usize| {
        let body = run.len() - k;
        (2..=8).contains(&k) && body >= k && body.is_multiple_of(k)
    };
    let Some(k) = [plain, with_years].into_iter().find(|&k| fits(k)) else {
        return Vec::new();
    };
    let header: Vec<&str> = run[..k].iter().map(|&(a, b)| &text[a..b]).collect();
    let mut out = Vec::new();
    for row in run[k..].chunks(k) {
        let name = row
            .iter()
            .map(|&(a, b)| &text[a..b])
            .find(|s| !s.chars().any(|c| c.is_ascii_digit()));
        for (c, &(a, b)) in row.iter().enumerate() {
            if !has_digit(&(a, b)) {
                continue;
            }
            if let Some(figure) = figure_in(text, header[c], name, || None) {
                out.push((a, b, figure));
            }
        }
    }
    out
}

#[cfg(test)]
mod cell_tests {
    use super::*;

    #[test]
    fn one_cell_per_line_tables() {
        let t = "序号\n处理方式\n数量\n比例\n1\n作出维持决定\n3509\n74.7%\n2\n驳回\n295\n6.3%\n";
        let cells = Cells::find(t, 0);
        let label = |pos| match cells.at(pos) {
            Some(RowFigure::Figure(c)) => Some(c.label(|a, b| &t[a..b])),
            _ => None,
        };
        assert_eq!(
            label(t.find("3509").unwrap()).as_deref(),
            Some("数量（作出维持决定）")
        );
        assert_eq!(
            label(t.find("6.3%").unwrap()).as_deref(),
            Some("比例（驳回）")
        );
        assert_eq!(
            cells.at(t.find("1\n").unwrap()),
            Some(RowFigure::NotAMetric)
        );
    }

    #[test]
    fn one_cell_per_line_with_years_for_columns() {
        let t = "项目\n2022年\n2023年\n行政复议申请（件）\n85\n102\n败诉案件（件）\n3\n1\n";
        let cells = Cells::find(t, 0);
        let Some(RowFigure::Figure(c)) = cells.at(t.find("102").unwrap()) else {
            panic!("a figure");
        };
        assert_eq!(c.label(|a, b| &t[a..b]), "行政复议申请（2023年）");
        assert_eq!(c.unit.as_deref(), Some("件"));
    }

    #[test]
    fn short_lines_of_prose_are_not_a_table() {
        let t = "一、主要举措和成效\n(一)加强领导\n正文。\n";
        assert!(Cells::find(t, 0).cells.is_empty());
    }
}
