//! Pieces of text placed on pages (PDF, OFD), to lines and paragraphs.
//!
//! - Pieces at the same height continue a line; a wide gap becomes a tab (table cells), a
//!   small one a space between Latin words. A piece drawn twice at the same place (fake bold)
//!   is kept once.
//! - A line that reaches the right margin and is followed by a line starting at the left
//!   margin is a paragraph wrapped by the layout: the two are joined, so a number or a phrase
//!   broken across lines reads as one. "Reaches" allows for ragged lines: the next line's
//!   first unbreakable piece (`35737`, `《柳`) would not have fitted. Chinese paragraphs start
//!   indented and block paragraphs are spaced apart, so neither is joined to the previous
//!   line; a paragraph running over a page break is.
//! - A page number alone on the first or last line of a page (`- 3 -`, `第3页`) is dropped.

/// A run of text as placed on the page (y up, as in PDF; OFD's y is negated).
#[derive(Clone, Debug)]
pub struct Piece {
    pub text: String,
    pub x0: f64,
    pub x1: f64,
    pub y: f64,
    /// Font size on the page.
    pub size: f64,
}

#[derive(Debug)]
pub struct Line {
    pub text: String,
    x0: f64,
    x1: f64,
    y: f64,
    size: f64,
}

/// Pieces in reading order, for formats that may draw them in any order (OFD): lines from
/// the top down — pieces whose baselines are within half a character of the line's first —
/// and each line's pieces from left to right.
#[cfg_attr(not(feature = "ofd"), allow(dead_code))]
pub fn reading_order(mut pieces: Vec<Piece>) -> Vec<Piece> {
    crate::sort::by(&mut pieces, |a, b| b.y.total_cmp(&a.y));
    let mut out = Vec::with_capacity(pieces.len());
    let mut line: Vec<Piece> = Vec::new();
    for p in pieces {
        if let Some(first) = line.first() {
            if (first.y - p.y).abs() >= 0.5 * first.size.max(p.size) {
                crate::sort::by(&mut line, |a, b| a.x0.total_cmp(&b.x0));
                out.append(&mut line);
            }
        }
        line.push(p);
    }
    crate::sort::by(&mut line, |a, b| a.x0.total_cmp(&b.x0));
    out.append(&mut line);
    out
}

/// The lines of one page, in the order they were drawn.
pub fn lines(pieces: &[Piece]) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    let mut last: Option<&Piece> = None;
    for p in pieces {
        if let Some(l) = last {
            // Fake bold is drawn a hair's breadth apart; two equal glyphs in a row ("11",
            // "99") are half an em apart or more and must both stay.
            let near = (p.x0 - l.x0).abs() < 0.15 * p.size && (p.y - l.y).abs() < 0.15 * p.size;
            if near && p.text == l.text {
                continue;
            }
        }
        last = Some(p);
        match lines.last_mut() {
            Some(line) if (p.y - line.y).abs() < 0.5 * p.size.max(line.size) => {
                let gap = p.x0 - line.x1;
                let size = p.size.max(line.size);
                let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
                if gap > 1.5 * size {
                    line.text.push('\t');
                } else if gap > 0.2 * size
                    && latin(line.text.chars().next_back())
                    && latin(p.text.chars().next())
                {
                    line.text.push(' ');
                }
                line.text.push_str(&p.text);
                line.x1 = line.x1.max(p.x1);
                line.size = size;
            }
            _ => lines.push(Line {
                text: p.text.clone(),
                x0: p.x0,
                x1: p.x1,
                y: p.y,
                size: p.size,
            }),
        }
    }
    lines.retain(|l| !l.text.trim().is_empty());
    for line in &mut lines {
        if line.text.contains('\t') {
            line.text = join_spaced_cells(&line.text);
        }
    }
    for end in [lines.len().wrapping_sub(1), 0] {
        if lines
            .get(end)
            .is_some_and(|l| crate::text::is_page_number(&l.text))
        {
            lines.remove(end);
        }
    }
    lines
}

/// A name spread over a table cell one character at a time (`#粮⇥食⇥101.9`, `鲜⇥菜`,
/// Chinese distributed alignment) reads joined: neighbouring "cells" of one Han character
/// each (a leading `#` or `*` mark aside) are one cell.
fn join_spaced_cells(text: &str) -> String {
    let single = |cell: &str| {
        let mut chars = cell.trim_start_matches(['#', '*', '※']).chars();
        matches!((chars.next(), chars.next()), (Some(c), None) if ('\u{4E00}'..='\u{9FFF}').contains(&c))
    };
    let cells: Vec<&str> = text.split('\t').collect();
    let mut out = String::with_capacity(text.len());
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 && !(single(cells[i - 1]) && single(cell)) {
            out.push('\t');
        }
        out.push_str(cell);
    }
    out
}

/// What a page's lines say about its text block.
struct Block {
    left: f64,
    right: f64,
    /// Several lines reach the right edge: it is a margin, not just the longest line.
    margin_known: bool,
    /// The usual distance between lines.
    pitch: f64,
}

fn block(page: &[Line]) -> Block {
    // The text block is measured on lines of running text: table rows (cells apart) may be
    // set wider, narrower or tighter than the text.
    let text_lines: Vec<&Line> = page.iter().filter(|l| !l.text.contains('\t')).collect();
    let leftmost = text_lines
        .iter()
        .map(|l| l.x0)
        .fold(f64::INFINITY, f64::min);
    // Not the longest line: punctuation may hang past the margin. The line a quarter of the
    // way down from the longest is at the margin whenever most lines are full.
    let mut ends: Vec<f64> = text_lines.iter().map(|l| l.x1).collect();
    crate::sort::by(&mut ends, |a, b| b.total_cmp(a));
    let right = ends
        .get(ends.len() / 4)
        .copied()
        .unwrap_or(f64::NEG_INFINITY);
    let is_full = |l: &Line| l.x1 >= right - 1.5 * l.size;
    let full: Vec<&&Line> = text_lines.iter().filter(|l| is_full(l)).collect();
    // The left margin is where full lines start: mostly continuation lines at the margin
    // (first lines are indented); the lowest quarter, so one line set further left (a
    // hanging heading, a stray label) does not move it.
    let mut starts: Vec<f64> = full.iter().map(|l| l.x0).collect();
    crate::sort::by(&mut starts, f64::total_cmp);
    let left = starts.get(starts.len() / 4).copied().unwrap_or(leftmost);
    // The step from a full line of text to the next line of text: the line pitch inside
    // paragraphs (tables and headings, set tighter or looser, do not count).
    let mut steps: Vec<f64> = page
        .windows(2)
        .filter(|w| !w[0].text.contains('\t') && is_full(&w[0]) && !w[1].text.contains('\t'))
        .map(|w| w[0].y - w[1].y)
        .filter(|d| *d > 0.0)
        .collect();
    crate::sort::by(&mut steps, f64::total_cmp);
    let pitch = steps.get(steps.len() / 2).copied().unwrap_or(f64::INFINITY);
    Block {
        left,
        right,
        margin_known: full.len() >= 3,
        pitch,
    }
}

/// Width of what starts a line and cannot be split from it: a run of Latin letters and
/// digits (`35737`, `2023`), or one CJK character, with an opening bracket before and a
/// closing punctuation mark after it (line-breaking rules keep those together).
fn first_token_width(text: &str, size: f64) -> f64 {
    let em = |c: char| if c.is_ascii() { 0.5 } else { 1.0 };
    let mut chars = text.chars().peekable();
    let mut width = 0.0;
    while let Some(&c) = chars.peek() {
        if !"《“‘（(【〔「".contains(c) {
            break;
        }
        width += em(c);
        chars.next();
    }
    match chars.next() {
        Some(c) if c.is_ascii_alphanumeric() => {
            width += 0.5;
            while let Some(&c) = chars.peek() {
                if !(c.is_ascii_alphanumeric() || c == '.' || c == '%') {
                    break;
                }
                width += 0.5;
                chars.next();
            }
        }
        Some(c) => width += em(c),
        None => {}
    }
    if chars
        .peek()
        .is_some_and(|&c| "，。、；：！？）》”’】〕」,.;:!?)".contains(c))
    {
        width += 1.0;
    }
    width * size
}

/// All pages' lines as text, wrapped paragraph lines joined (also across a page break).
pub fn text(pages: &[Vec<Line>]) -> String {
    let blocks: Vec<Block> = pages.iter().map(|p| block(p)).collect();
    let lines: Vec<(usize, &Line)> = pages
        .iter()
        .enumerate()
        .flat_map(|(i, p)| p.iter().map(move |l| (i, l)))
        .collect();
    let mut out = String::new();
    for (k, &(page, line)) in lines.iter().enumerate() {
        out.push_str(line.text.trim_end());
        let wrapped = lines.get(k + 1).is_some_and(|&(next_page, next)| {
            let (here, there) = (&blocks[page], &blocks[next_page]);
            let step = line.y - next.y;
            here.margin_known
                // A table row (cells apart) is never part of a wrapped paragraph.
                && !line.text.contains('\t')
                && !next.text.contains('\t')
                && next.x0 <= there.left + 0.5 * next.size
                && line.x1 + first_token_width(&next.text, next.size)
                    >= here.right - 0.5 * line.size
                && (next_page != page || (step > 0.0 && step <= here.pitch * 1.25 + 0.5))
        });
        if wrapped {
            // Latin words lose their space at a wrap; a number broken across lines does not
            // have one.
            let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic());
            let next_first = lines.get(k + 1).and_then(|(_, n)| n.text.chars().next());
            if latin(line.text.chars().next_back()) && latin(next_first) {
                out.push(' ');
            }
        } else {
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn piece(text: &str, x0: f64, y: f64) -> Piece {
        let width = text
            .chars()
            .map(|c| if c.is_ascii() { 6.0 } else { 12.0 })
            .sum::<f64>();
        Piece {
            text: text.into(),
            x0,
            x1: x0 + width,
            y,
            size: 12.0,
        }
    }

    #[test]
    fn wrapped_paragraphs_join_and_indented_ones_do_not() {
        let page = lines(&[
            piece("一、总体情况", 100.0, 700.0),
            piece("全年办理行政复议案件", 124.0, 680.0),
            piece("一百二十件，同比增长百分", 100.0, 660.0),
            piece("之五。", 100.0, 640.0),
            piece("新的段落同样写满一行", 124.0, 620.0),
            piece("后才换行。", 100.0, 600.0),
            piece("- 1 -", 150.0, 50.0),
        ]);
        assert_eq!(
            text(&[page]),
            "一、总体情况\n全年办理行政复议案件一百二十件，同比增长百分之五。\n新的段落同样写满一行后才换行。\n"
        );
    }

    #[test]
    fn cells_get_tabs_and_fake_bold_is_kept_once() {
        let page = lines(&[
            piece("项目", 100.0, 700.0),
            piece("项目", 100.3, 700.0),
            piece("20件", 200.0, 700.0),
        ]);
        assert_eq!(page[0].text, "项目\t20件");
    }

    #[test]
    fn pieces_drawn_in_any_order_are_read_top_down_then_left_to_right() {
        let order = reading_order(vec![
            piece("乙", 124.0, 680.0),
            piece("丙", 100.0, 660.0),
            piece("甲", 100.0, 680.4),
            piece("标题", 100.0, 700.0),
        ]);
        let text: Vec<&str> = order.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(text, ["标题", "甲", "乙", "丙"]);
    }

    #[test]
    fn letter_spaced_cells_read_joined() {
        assert_eq!(join_spaced_cells("#粮\t食\t101.9"), "#粮食\t101.9");
        assert_eq!(join_spaced_cells("水\t产\t品\t96.8"), "水产品\t96.8");
        assert_eq!(join_spaced_cells("蛋\t97.9"), "蛋\t97.9");
        assert_eq!(join_spaced_cells("城市\t乡村\t合计"), "城市\t乡村\t合计");
    }

    #[test]
    fn table_rows_are_never_joined_and_the_text_margin_ignores_wider_tables() {
        let mut pieces = vec![
            piece("全年全市实现新增城镇就业万人，就", 100.0, 700.0),
            piece("业困难人员实现就业人，均超额完成", 100.0, 672.0),
            piece("年度目标任务，新增农村劳动力转移", 100.0, 644.0),
            piece("就业万人。", 100.0, 616.0),
        ];
        // A table wider than the text, rows set tighter than the text's lines.
        for (k, y) in [590.0, 577.0, 564.0, 551.0].iter().enumerate() {
            pieces.push(piece("指标名称", 60.0, *y));
            pieces.push(piece(&format!("{k}00.5"), 400.0, *y));
        }
        let page = lines(&pieces);
        assert_eq!(
            text(&[page]),
            "全年全市实现新增城镇就业万人，就业困难人员实现就业人，均超额完成年度目标任务，新增农村劳动力转移就业万人。\n指标名称\t000.5\n指标名称\t100.5\n指标名称\t200.5\n指标名称\t300.5\n"
        );
    }
}
