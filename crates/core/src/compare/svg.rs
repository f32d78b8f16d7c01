//! The comparison as an SVG bar chart (a time series gets line charts instead, `series.rs`): for each indicator stated by at least two reports (by
//! any report when fewer than two are shared), one bar per report, each row scaled to its own
//! largest value (a 件 count and a % rate share no axis). The value is written at the end of
//! each bar, with the difference from the same issuer's earlier year.
//!
//! Pure string building with fixed formatting, so the browser and the CLI produce the same
//! bytes. Every piece of text is XML-escaped; fonts fall back to common CJK families.

use super::{cell_text, change_text, Comparison, Row};
use crate::present::Lang;
use std::fmt::Write;

/// Colour-blind-safe palette (Okabe–Ito), one colour per report, repeating after eight.
pub(super) const PALETTE: [&str; 8] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#999933", "#000000",
];
/// Rows drawn at most; the rest are counted in a note.
const MAX_ROWS: usize = 40;
const WIDTH: f64 = 800.0;
const MARGIN: f64 = 16.0;
const LABEL_W: f64 = 250.0;
const BAR_W: f64 = 330.0;
const BAR_H: f64 = 11.0;
const BAR_GAP: f64 = 3.0;
const ROW_GAP: f64 = 12.0;
pub(super) const FONT: &str =
    "'Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Zen Hei','Microsoft YaHei','PingFang SC',sans-serif";

/// The comparison's chart: line charts for one issuer across years ([`super::series`]), else
/// bars.
pub fn chart(c: &Comparison, lang: Lang) -> String {
    if super::series::is_series(c) {
        return super::series::chart(c, lang);
    }
    bars(c, lang)
}

fn bars(c: &Comparison, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let shared: Vec<&Row> = c.rows.iter().filter(|r| filled(r) >= 2).collect();
    let mut rows: Vec<&Row> = if shared.is_empty() {
        c.rows.iter().filter(|r| filled(r) >= 1).collect()
    } else {
        shared
    };
    let left_out = rows.len().saturating_sub(MAX_ROWS);
    rows.truncate(MAX_ROWS);
    let n = c.columns.len().max(1) as f64;
    let legend_rows = c.columns.len().div_ceil(3).max(1) as f64;
    let top = MARGIN + 24.0 + legend_rows * 18.0 + 8.0;
    let group = n * (BAR_H + BAR_GAP) + ROW_GAP;
    let height = top + rows.len() as f64 * group + 40.0;

    let title = if zh {
        "报告对比：常见指标"
    } else {
        "Report comparison: canonical indicators"
    };
    let mut s = String::new();
    let _ = writeln!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH:.0}\" height=\"{height:.0}\" \
         viewBox=\"0 0 {WIDTH:.0} {height:.0}\" role=\"img\" aria-label=\"{}\" \
         font-family=\"{FONT}\" font-size=\"12\">",
        esc(title)
    );
    let _ = writeln!(s, "<title>{}</title>", esc(title));
    let _ = writeln!(
        s,
        "<rect x=\"0\" y=\"0\" width=\"{WIDTH:.0}\" height=\"{height:.0}\" fill=\"#ffffff\"/>"
    );
    let _ = writeln!(
        s,
        "<text x=\"{MARGIN:.0}\" y=\"{:.1}\" font-size=\"15\" font-weight=\"bold\" fill=\"#222222\">{}</text>",
        MARGIN + 12.0,
        esc(title)
    );
    for (j, col) in c.columns.iter().enumerate() {
        let x = MARGIN + (j % 3) as f64 * ((WIDTH - 2.0 * MARGIN) / 3.0);
        let y = MARGIN + 24.0 + (j / 3) as f64 * 18.0;
        let _ = writeln!(
            s,
            "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"12\" height=\"12\" fill=\"{}\"/><text x=\"{:.1}\" y=\"{:.1}\" fill=\"#222222\">{}</text>",
            PALETTE[j % PALETTE.len()],
            x + 16.0,
            y + 10.5,
            esc(&fit(&col.name, (WIDTH - 2.0 * MARGIN) / 3.0 - 24.0))
        );
    }
    for (k, row) in rows.iter().enumerate() {
        let y0 = top + k as f64 * group;
        let _ = writeln!(
            s,
            "<text x=\"{MARGIN:.0}\" y=\"{:.1}\" fill=\"#222222\">{}</text>",
            y0 + BAR_H,
            esc(&fit(row.name(lang), LABEL_W - 8.0))
        );
        let max = row
            .cells
            .iter()
            .filter_map(|x| x.value.map(|v| v.to_f64()))
            .fold(0.0f64, f64::max);
        for (j, cell) in row.cells.iter().enumerate() {
            let y = y0 + j as f64 * (BAR_H + BAR_GAP);
            let x = MARGIN + LABEL_W;
            let Some(v) = cell.value else {
                let _ = writeln!(
                    s,
                    "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" fill=\"#999999\">{}</text>",
                    x + 2.0,
                    y + BAR_H - 1.5,
                    if zh { "未报告" } else { "not stated" }
                );
                continue;
            };
            let w = if max > 0.0 {
                (v.to_f64().max(0.0) / max * BAR_W).max(1.0)
            } else {
                1.0
            };
            let colour = PALETTE[j % PALETTE.len()];
            let _ = write!(
                s,
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{BAR_H:.0}\" fill=\"{colour}\""
            );
            if cell.derived {
                let _ = write!(s, " fill-opacity=\"0.45\" stroke=\"{colour}\"");
            }
            s.push_str("/>");
            let mut label = cell_text(cell);
            if let Some(ch) = &cell.change {
                label.push_str(&format!("  {}", change_text(ch, row.kind, lang)));
            }
            let _ = writeln!(
                s,
                "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" fill=\"#333333\">{}</text>",
                x + w + 4.0,
                y + BAR_H - 1.5,
                esc(&label)
            );
        }
    }
    footnote(
        &mut s,
        if zh {
            "每行按该行最大值缩放；浅色条为按报告中计数推算（≈），未在报告中写明。"
        } else {
            "Each row is scaled to its own maximum; pale bars (≈) are computed from the report's counts, not printed in it."
        },
        left_out,
        zh,
        height - 16.0,
    );
    s.push_str("</svg>\n");
    s
}

fn filled(r: &Row) -> usize {
    r.cells.iter().filter(|c| c.value.is_some()).count()
}

/// The chart's note at `y`: how it is scaled, and how many indicators did not fit.
pub fn footnote(s: &mut String, how: &str, left_out: usize, zh: bool, y: f64) {
    let mut note = how.to_string();
    if left_out > 0 {
        note.push_str(&if zh {
            format!("另有 {left_out} 项指标未画出。")
        } else {
            format!(" {left_out} more indicators not drawn.")
        });
    }
    let _ = writeln!(
        s,
        "<text x=\"{MARGIN:.0}\" y=\"{y:.1}\" font-size=\"10\" fill=\"#666666\">{}</text>",
        esc(&note)
    );
}

/// XML text and attribute escaping.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Characters XML 1.0 does not allow.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push(' '),
            '\u{FFFE}' | '\u{FFFF}' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// `s` cut with `…` to about `width` pixels at 12 px (a CJK character 12 px, others 7).
pub(super) fn fit(s: &str, width: f64) -> String {
    let w = |c: char| if c.is_ascii() { 7.0 } else { 12.0 };
    if s.chars().map(w).sum::<f64>() <= width {
        return s.to_string();
    }
    let mut used = 12.0;
    let mut out = String::new();
    for c in s.chars() {
        if used + w(c) > width {
            break;
        }
        used += w(c);
        out.push(c);
    }
    out.push('…');
    out
}
