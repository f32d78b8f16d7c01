//! The comparison as a Markdown table for people: one row per indicator, a column per report
//! with the value and, where the same issuer reported an earlier year, the difference.

use super::total::{total_name, total_note, total_text};
use super::{cell_text, change_text, measure_text, Comparison};
use crate::present::Lang;

pub fn table(c: &Comparison, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let mut out = String::new();
    out.push_str(if zh {
        "# 报告对比\n\n"
    } else {
        "# Report comparison\n\n"
    });
    for (j, col) in c.columns.iter().enumerate() {
        out.push_str(&format!(
            "{}. {} — {}",
            j + 1,
            cell(&col.name),
            cell(col.title.as_deref().unwrap_or(&col.file))
        ));
        if let Some(p) = col.previous {
            out.push_str(&if zh {
                format!("（与 {} 比较）", cell(&c.columns[p].name))
            } else {
                format!(" (compared with {})", cell(&c.columns[p].name))
            });
        }
        out.push('\n');
    }
    out.push('\n');
    let names: Vec<String> = c.columns.iter().map(|col| cell(&col.name)).collect();
    let mut heads = names.clone();
    heads.extend(c.totals.iter().map(|t| cell(&total_name(t, lang))));
    out.push_str(&format!(
        "| {} | {} |\n|---|{}\n",
        if zh { "指标" } else { "Indicator" },
        heads.join(" | "),
        "---|".repeat(heads.len())
    ));
    for (i, row) in c.rows.iter().enumerate() {
        let mut cells: Vec<String> = row
            .cells
            .iter()
            .map(|x| {
                let mut s = cell_text(x);
                if x.more > 0 {
                    s.push_str(&format!(" (+{})", x.more));
                }
                let mut s = cell(&s);
                if let Some(ch) = &x.change {
                    s.push_str("<br>");
                    s.push_str(&cell(&change_text(ch, row.kind, lang)));
                }
                s
            })
            .collect();
        cells.extend(c.totals.iter().map(|t| cell(&total_text(&t.cells[i]))));
        out.push_str(&format!(
            "| {} | {} |\n",
            cell(row.name(lang)),
            cells.join(" | ")
        ));
    }
    for t in &c.totals {
        out.push_str(&format!("\n## {}\n\n", cell(&total_name(t, lang))));
        for w in &t.warnings {
            out.push_str(&format!("- ⚠ {}\n", cell(if zh { &w.zh } else { &w.en })));
        }
        for (row, tc) in c.rows.iter().zip(&t.cells) {
            let note = total_note(c, tc, lang);
            if !note.is_empty() {
                out.push_str(&format!("- {}: {}\n", cell(row.name(lang)), cell(&note)));
            }
        }
    }
    out.push_str(if zh {
        "\n≈ 为按报告中的计数推算，未在报告中写明；(+n) 为同一指标另有 n 处数值。\n\n"
    } else {
        "\n≈ computed from the report's counts, not printed in it; (+n): n more figures of the same indicator.\n\n"
    });
    out.push_str(&format!(
        "| {} | {} |\n|---|{}\n",
        if zh { "概况" } else { "Profile" },
        names.join(" | "),
        "---|".repeat(names.len())
    ));
    for m in &c.measures {
        let vals: Vec<String> = m
            .values
            .iter()
            .map(|v| cell(v.as_deref().map_or("", |v| measure_text(v, lang))))
            .collect();
        out.push_str(&format!(
            "| {} | {} |\n",
            cell(m.name(lang)),
            vals.join(" | ")
        ));
    }
    out
}

/// Text safe inside a Markdown table cell: pipes and line breaks escaped, HTML special
/// characters as entities.
fn cell(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}
