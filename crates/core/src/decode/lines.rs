//! Paragraphs of a word-processor file (.doc, .docx, .rtf) joined into report text.

/// Lines joined by `\n`, each trimmed at its end; a run of empty lines (paragraph spacing)
/// becomes one empty line and empty lines at the start are dropped, so spacing the author
/// made with empty paragraphs does not reach the outline stage as structure.
pub fn collapse_blank_lines<'a>(lines: impl IntoIterator<Item = &'a str>) -> String {
    let mut text = String::new();
    let mut blank = true;
    for line in lines {
        let line = line.trim_end();
        if line.is_empty() {
            if !blank {
                text.push('\n');
            }
            blank = true;
        } else {
            text.push_str(line);
            text.push('\n');
            blank = false;
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::collapse_blank_lines;

    #[test]
    fn spacing_paragraphs_collapse_to_one_empty_line() {
        let lines = ["", "一、总体情况  ", "", "", "全年办结案件12件。", ""];
        assert_eq!(
            collapse_blank_lines(lines),
            "一、总体情况\n\n全年办结案件12件。\n\n"
        );
    }
}
