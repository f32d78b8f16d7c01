//! A time series — one issuer's reports across years — as SVG line charts, one small panel per
//! indicator stated at least twice: the years on the x axis (spaced by year, so a missing year
//! shows as a gap), each point labelled with the figure as written, the latest change under the
//! panel's title. Same rules as the bar chart: fixed formatting (the browser and the CLI give
//! the same bytes), every text escaped, computed rates drawn hollow.

use super::svg::{esc, fit, footnote, FONT, PALETTE};
use super::{cell_text, change_text, issuer_key, Comparison, Row};
use crate::present::Lang;
use std::fmt::Write;

const WIDTH: f64 = 800.0;
const MARGIN: f64 = 16.0;
const GAP: f64 = 16.0;
const PANEL_H: f64 = 150.0;
/// Panels drawn at most; the rest are counted in a note.
const MAX_PANELS: usize = 40;

/// Whether the comparison is one issuer across two or more years.
pub fn is_series(c: &Comparison) -> bool {
    let Some(first) = c.columns.first() else {
        return false;
    };
    let key = issuer_key(first);
    let mut years: Vec<i32> = Vec::new();
    for col in &c.columns {
        let Some(y) = col.year else { return false };
        if key.is_none() || issuer_key(col) != key {
            return false;
        }
        if !years.contains(&y) {
            years.push(y);
        }
    }
    years.len() >= 2
}

pub fn chart(c: &Comparison, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let mut order: Vec<usize> = (0..c.columns.len()).collect();
    crate::sort::by_key(&mut order, |&j| c.columns[j].year);
    let years: Vec<i32> = order.iter().filter_map(|&j| c.columns[j].year).collect();
    let (y_min, y_max) = (
        years.first().copied().unwrap_or(0),
        years.last().copied().unwrap_or(0),
    );
    let mut rows: Vec<&Row> = c
        .rows
        .iter()
        .filter(|r| r.cells.iter().filter(|x| x.value.is_some()).count() >= 2)
        .collect();
    let left_out = rows.len().saturating_sub(MAX_PANELS);
    rows.truncate(MAX_PANELS);
    let panel_w = (WIDTH - 2.0 * MARGIN - GAP) / 2.0;
    let top = MARGIN + 30.0;
    let height = top + rows.len().div_ceil(2) as f64 * (PANEL_H + GAP) + 30.0;
    let issuer = c.columns.first().map_or("", |col| {
        col.region
            .as_deref()
            .or(col.issuer.as_deref())
            .unwrap_or("")
    });
    let title = if zh {
        format!("{issuer} {y_min}–{y_max} 年常见指标")
    } else {
        format!("{issuer} {y_min}–{y_max}: canonical indicators")
    };
    let mut s = String::new();
    let _ = writeln!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH:.0}\" height=\"{height:.0}\" \
         viewBox=\"0 0 {WIDTH:.0} {height:.0}\" role=\"img\" aria-label=\"{}\" \
         font-family=\"{FONT}\" font-size=\"12\">",
        esc(&title)
    );
    let _ = writeln!(s, "<title>{}</title>", esc(&title));
    let _ = writeln!(
        s,
        "<rect x=\"0\" y=\"0\" width=\"{WIDTH:.0}\" height=\"{height:.0}\" fill=\"#ffffff\"/>"
    );
    let _ = writeln!(
        s,
        "<text x=\"{MARGIN:.0}\" y=\"{:.1}\" font-size=\"15\" font-weight=\"bold\" fill=\"#222222\">{}</text>",
        MARGIN + 12.0,
        esc(&title)
    );
    for (k, row) in rows.iter().enumerate() {
        let px = MARGIN + (k % 2) as f64 * (panel_w + GAP);
        let py = top + (k / 2) as f64 * (PANEL_H + GAP);
        panel(
            &mut s,
            c,
            row,
            &order,
            (y_min, y_max),
            (px, py, panel_w),
            lang,
            k,
        );
    }
    footnote(
        &mut s,
        if zh {
            "每个指标单独缩放；空心点为按报告中计数推算（≈），未在报告中写明。"
        } else {
            "Each indicator has its own scale; hollow points (≈) are computed from the report's counts, not printed in it."
        },
        left_out,
        zh,
        height - 12.0,
    );
    s.push_str("</svg>\n");
    s
}

#[allow(clippy::too_many_arguments)]
fn panel(
    s: &mut String,
    c: &Comparison,
    row: &Row,
    order: &[usize],
    (y_min, y_max): (i32, i32),
    (px, py, w): (f64, f64, f64),
    lang: Lang,
    k: usize,
) {
    let colour = PALETTE[k % PALETTE.len()];
    let _ = writeln!(
        s,
        "<rect x=\"{px:.1}\" y=\"{py:.1}\" width=\"{w:.1}\" height=\"{PANEL_H:.0}\" fill=\"none\" stroke=\"#dddddd\"/>"
    );
    let _ = writeln!(
        s,
        "<text x=\"{:.1}\" y=\"{:.1}\" font-weight=\"bold\" fill=\"#222222\">{}</text>",
        px + 8.0,
        py + 16.0,
        esc(&fit(row.name(lang), w - 16.0))
    );
    let latest = order
        .iter()
        .rev()
        .find_map(|&j| row.cells[j].change.as_ref());
    if let Some(ch) = latest {
        let _ = writeln!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" fill=\"#555555\">{}</text>",
            px + 8.0,
            py + 30.0,
            esc(&change_text(ch, row.kind, lang))
        );
    }
    let (x0, x1) = (px + 36.0, px + w - 36.0);
    let (top, bottom) = (py + 50.0, py + PANEL_H - 26.0);
    let values: Vec<f64> = row
        .cells
        .iter()
        .filter_map(|x| x.value.map(|v| v.to_f64()))
        .collect();
    let lo = values.iter().copied().fold(0.0f64, f64::min);
    let hi = values.iter().copied().fold(0.0f64, f64::max);
    let span = if hi > lo { hi - lo } else { 1.0 };
    let x_of = |year: i32| {
        if y_max > y_min {
            x0 + f64::from(year - y_min) / f64::from(y_max - y_min) * (x1 - x0)
        } else {
            (x0 + x1) / 2.0
        }
    };
    let y_of = |v: f64| bottom - (v - lo) / span * (bottom - top);
    let _ = writeln!(
        s,
        "<line x1=\"{x0:.1}\" y1=\"{bottom:.1}\" x2=\"{x1:.1}\" y2=\"{bottom:.1}\" stroke=\"#999999\"/>"
    );
    let mut seen: Vec<i32> = Vec::new();
    for &j in order {
        let Some(year) = c.columns[j].year else {
            continue;
        };
        if seen.contains(&year) {
            continue;
        }
        seen.push(year);
        let _ = writeln!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#666666\">{year}</text>",
            x_of(year),
            bottom + 14.0
        );
    }
    let points: Vec<(f64, f64, usize)> = order
        .iter()
        .filter_map(|&j| {
            let v = row.cells[j].value?.to_f64();
            Some((x_of(c.columns[j].year?), y_of(v), j))
        })
        .collect();
    let path: Vec<String> = points
        .iter()
        .map(|(x, y, _)| format!("{x:.1},{y:.1}"))
        .collect();
    let _ = writeln!(
        s,
        "<polyline points=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"/>",
        path.join(" ")
    );
    for (x, y, j) in points {
        let cell = &row.cells[j];
        let fill = if cell.derived { "#ffffff" } else { colour };
        let _ = writeln!(
            s,
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"3.5\" fill=\"{fill}\" stroke=\"{colour}\"/><text x=\"{x:.1}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#333333\">{}</text>",
            y - 7.0,
            esc(&cell_text(cell))
        );
    }
}
