//! A report as Markdown: metadata, outline, required parts, metric table, checks, findings.
//! Meant for reading in a terminal or pasting into a document; user text is escaped so it
//! cannot break the table or inject markup.

use super::section::section_name;
use super::Lang;
use crate::model::{Coverage, Report};
use std::fmt::Write;

pub fn report(file: &str, report: &Report, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let t = |zh_text: &'static str, en: &'static str| if zh { zh_text } else { en };
    let mut out = String::new();
    let title = report
        .title
        .as_deref()
        .unwrap_or(t("（无标题）", "(no title)"));
    let _ = writeln!(out, "# {}\n", cell(title));
    let _ = writeln!(out, "- {}: {}", t("文件", "File"), cell(file));
    if let Some(i) = &report.issuer {
        let _ = writeln!(out, "- {}: {}", t("发布单位", "Issuer"), cell(i));
    }
    let kind = if zh {
        report.report_type.name_zh()
    } else {
        report.report_type.name_en()
    };
    let _ = writeln!(out, "- {}: {kind}", t("报告类型", "Type"));
    if let Some(y) = report.year {
        let _ = writeln!(out, "- {}: {y}", t("报告年度", "Year"));
    }
    if let Some(p) = &report.published {
        let _ = writeln!(out, "- {}: {p}", t("发布日期", "Published"));
    }
    let _ = writeln!(out, "\n## {}\n", t("提纲", "Outline"));
    for h in &report.outline {
        let indent = "  ".repeat(usize::from(h.level.saturating_sub(1)));
        let mark = if h.inferred {
            t("（序号推断）", " (numeral inferred)")
        } else {
            ""
        };
        let _ = writeln!(out, "{indent}- {}{}{mark}", cell(&h.marker), cell(&h.title));
    }
    let parts_heading = match report.report_type {
        crate::model::ReportType::RuleOfLaw => t("规定要求的五部分", "Required parts"),
        crate::model::ReportType::InfoDisclosure => {
            t("年度报告格式要求的六部分", "Required parts (template)")
        }
        _ => t(
            "规定要求的部分（此类报告不检查）",
            "Required parts (not checked for this type)",
        ),
    };
    let _ = writeln!(out, "\n## {parts_heading}\n");
    for p in &report.parts {
        let status = match p.status {
            Coverage::Heading => t("✓ 有标题", "✓ heading"),
            Coverage::Passage => t("◐ 仅段落", "◐ passage only"),
            Coverage::Missing => t("✗ 缺失", "✗ missing"),
        };
        let req = if zh {
            p.part.requirement_zh()
        } else {
            p.part.requirement_en()
        };
        let _ = writeln!(
            out,
            "- {} {} — {} {}",
            p.part.code(),
            req,
            status,
            cell(&p.note)
        );
    }
    let _ = writeln!(
        out,
        "\n## {} ({})\n",
        t("指标", "Metrics"),
        report.metrics.len()
    );
    let _ = writeln!(
        out,
        "| {} |\n|---|---|---|---|---|---|---|---|",
        t(
            "章节 | 指标 | 数值 | 单位 | 限定 | 类型 | 原文 | 口径",
            "Section | Label | Value | Unit | Qualifier | Kind | Text | Indicator"
        )
    );
    for m in &report.metrics {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            cell(&section_name(report, m.section)),
            // ✎ marks a metric the user corrected or added.
            cell(&match m.correction {
                Some(_) => format!("✎ {}", m.label),
                None => m.label.clone(),
            }),
            m.value,
            cell(m.unit.as_deref().unwrap_or("")),
            m.qualifier.map_or("", |q| q.as_str()),
            m.kind.as_str(),
            cell(&m.text),
            m.indicator
                .as_deref()
                .and_then(crate::indicators::get)
                .map_or(String::new(), |i| cell(if zh { &i.zh } else { &i.en }))
        );
    }
    if !report.checks.is_empty() {
        let _ = writeln!(out, "\n## {}\n", t("核验", "Checks"));
        for c in &report.checks {
            let _ = writeln!(
                out,
                "- {} {} — {}",
                if c.holds { "✓" } else { "✗" },
                cell(&c.relation),
                cell(&c.note)
            );
        }
    }
    if !report.findings.is_empty() {
        let _ = writeln!(out, "\n## {}\n", t("发现", "Findings"));
        for (i, f) in report.findings.iter().enumerate() {
            let review = report.reviews.iter().find(|r| r.finding == i).map(|r| {
                let status = match r.status {
                    crate::model::ReviewStatus::Reviewed => t("已复核", "reviewed"),
                    crate::model::ReviewStatus::Dismissed => t("已忽略", "dismissed"),
                };
                match &r.note {
                    Some(note) => format!(" （{status}：{}）", cell(note)),
                    None => format!(" （{status}）"),
                }
            });
            let _ = writeln!(
                out,
                "- {}{}",
                cell(if zh { &f.message.zh } else { &f.message.en }),
                review.unwrap_or_default()
            );
        }
    }
    if !report.corrections.is_empty() {
        let _ = writeln!(out, "\n## {}\n", t("用户更正", "Corrections"));
        for c in &report.corrections {
            let what = match (&c.original, &c.value) {
                (Some(a), Some(b)) => format!("{} → {}", cell(a), cell(b)),
                (Some(a), None) => cell(a),
                (None, Some(b)) => cell(b),
                (None, None) => String::new(),
            };
            let status = match c.reason {
                Some(r) => format!(" — {}", if zh { r.message_zh() } else { r.message_en() }),
                None => String::new(),
            };
            let _ = writeln!(
                out,
                "- {} {}{}: {}{}",
                c.action,
                c.field.as_deref().unwrap_or(""),
                c.span
                    .map_or(String::new(), |s| format!(" [{}, {})", s.start, s.end)),
                what,
                status
            );
        }
    }
    out
}

/// Escapes text for a Markdown table cell or list item.
fn cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '|' | '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{extract, Options};

    #[test]
    fn outline_and_table() {
        let r = extract(
            "某县2023年法治政府建设年度报告\n一、主要举措和成效\n审结行政复议案件163件。\n",
            &Options::default(),
        );
        let md = report("a.txt", &r, Lang::Zh);
        assert!(md.starts_with("# 某县2023年法治政府建设年度报告"));
        assert!(md.contains("- 一、主要举措和成效"));
        assert!(md.contains("| 一、主要举措和成效 | 审结行政复议案件 | 163 | 件 |"));
    }

    #[test]
    fn user_text_cannot_break_the_markup() {
        assert_eq!(cell("a|b<script>"), "a\\|b\\<script\\>");
    }
}
