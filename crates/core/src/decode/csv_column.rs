//! A .csv file that holds a report in one text column (an export from a content system:
//! `id,title,content` with the whole report quoted in `content`, or one column of
//! paragraphs) is read as that column's text, not as the raw comma-separated lines.

/// The report held by the CSV's text column, or `None` when the file is an ordinary table.
///
/// The text column is the one holding most of the file's characters: at least 80 % of them,
/// and at least one cell of a paragraph's length (120 characters) — tables of figures have
/// neither. Its cells are the report's paragraphs; a short first cell is the header and is
/// left out.
pub fn report(text: &str) -> Option<String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows: Vec<Vec<String>> = Vec::new();
    for record in reader.records() {
        let record = record.ok()?;
        rows.push(record.iter().map(str::to_string).collect());
        if rows.len() > 100_000 {
            return None;
        }
    }
    let width = rows.iter().map(Vec::len).max()?;
    let chars = |s: &String| s.chars().filter(|c| !c.is_whitespace()).count();
    let totals: Vec<usize> = (0..width)
        .map(|col| rows.iter().filter_map(|r| r.get(col)).map(chars).sum())
        .collect();
    let all: usize = totals.iter().sum();
    let (col, &most) = totals.iter().enumerate().max_by_key(|(_, t)| **t)?;
    let longest = rows.iter().filter_map(|r| r.get(col)).map(chars).max()?;
    if all == 0 || most * 10 < all * 8 || longest < 120 {
        return None;
    }
    let cells: Vec<&str> = rows
        .iter()
        .filter_map(|r| r.get(col).map(String::as_str))
        .collect();
    let skip_header = cells.len() > 1 && cells[0].chars().count() < 20 && !cells[0].contains('。');
    let body: Vec<&str> = cells[usize::from(skip_header)..]
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect();
    Some(body.join("\n") + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_quoted_in_one_column_is_read_as_text() {
        let report = "一、总体情况\n全年办理行政复议案件120件，同比增长5%。".repeat(6);
        let csv = format!(
            "id,title,content\n1,年度报告,\"{}\"\n",
            report.replace('"', "\"\"")
        );
        assert_eq!(super::report(&csv).unwrap(), format!("{report}\n"));
        let paragraphs = format!("正文\n\"{}\"\n二、主要举措\n", "全年办理案件".repeat(30));
        assert!(super::report(&paragraphs)
            .unwrap()
            .ends_with("二、主要举措\n"));
    }

    #[test]
    fn a_table_of_figures_stays_a_table() {
        assert_eq!(report("项目,2022年,2023年\n受理,12,15\n办结,11,14\n"), None);
    }
}
