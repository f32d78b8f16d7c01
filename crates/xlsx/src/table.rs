//! The rows every export shares: one metric table, one outline table, one findings table.
//!
//! The XLSX sheets, the web app's CSV and its "copy table" (TSV) are all written from these
//! rows, so a number is a number and a label is the same text in every format.

use gangmu_core::present::csv;
pub use gangmu_core::present::Lang;
use gangmu_core::{CheckKind, Coverage, Decimal, Direction, Report, ReviewStatus};

/// One spreadsheet cell, typed so numbers stay numbers.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    /// Kept exact; written as a number cell in XLSX and as its digits in CSV/TSV.
    Number(Decimal),
    Int(i64),
    Bool(bool),
    Empty,
}

impl Cell {
    fn text(s: impl Into<String>) -> Cell {
        let s = s.into();
        if s.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(s)
        }
    }

    fn opt(s: Option<impl Into<String>>) -> Cell {
        s.map_or(Cell::Empty, Cell::text)
    }

    /// The cell as plain text (numbers as written, booleans as `true`/`false`).
    pub fn plain(&self) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Number(d) => d.to_string(),
            Cell::Int(i) => i.to_string(),
            Cell::Bool(b) => b.to_string(),
            Cell::Empty => String::new(),
        }
    }
}

fn pick(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// One report with the name it is listed under (a file name, or `粘贴文本`).
#[derive(Clone, Copy, Debug)]
pub struct Named<'a> {
    pub file: &'a str,
    pub report: &'a Report,
}

/// `一、 法治政府建设主要措施` for heading `i`, or empty.
pub fn section_label(report: &Report, section: Option<usize>) -> String {
    section
        .and_then(|i| report.outline.get(i))
        .map(|h| format!("{}{}", h.marker, h.title))
        .unwrap_or_default()
}

/// The metric sheet: the core's CSV table (`present::csv`: same columns, same order, same
/// text), with the number columns typed as numbers and the CSV's formula guard (a leading
/// `'`) taken off again, since the workbook marks such cells as text itself.
pub fn metric_sheet(reports: &[Named<'_>], lang: Lang) -> (Vec<&'static str>, Vec<Vec<Cell>>) {
    let header = match lang {
        Lang::Zh => csv::COLUMNS_ZH.to_vec(),
        Lang::En => csv::COLUMNS.to_vec(),
    };
    let mut rows = Vec::new();
    for named in reports {
        for row in csv::rows(named.file, named.report) {
            rows.push(
                row.iter()
                    .zip(csv::COLUMNS)
                    .map(|(s, key)| typed(key, s))
                    .collect(),
            );
        }
    }
    (header, rows)
}

/// The cells of [`metric_sheet`] the user corrected, as (row, column) from 0 below the header:
/// each changed field of an edited metric (a value with its base value, a unit with its base
/// unit), every field of an added one, and the `corrected` column of both.
pub fn corrected_cells(reports: &[Named<'_>]) -> Vec<(usize, usize)> {
    let col = |key: &str| csv::COLUMNS.iter().position(|c| *c == key);
    let mut out = Vec::new();
    let metrics = reports.iter().flat_map(|n| n.report.metrics.iter());
    for (row, m) in metrics.enumerate() {
        let Some(c) = &m.correction else { continue };
        let mut keys = vec!["corrected"];
        match &c.original {
            None => keys.extend([
                "label",
                "value",
                "unit",
                "qualifier",
                "kind",
                "direction",
                "base_value",
                "base_unit",
                "indicator",
            ]),
            Some(o) => {
                if o.label != m.label {
                    keys.push("label");
                }
                if o.value != m.value {
                    keys.extend(["value", "base_value"]);
                }
                if o.unit != m.unit {
                    keys.extend(["unit", "base_unit"]);
                }
                if o.qualifier != m.qualifier {
                    keys.push("qualifier");
                }
                if o.kind != m.kind {
                    keys.push("kind");
                }
                if o.direction != m.direction {
                    keys.push("direction");
                }
                if o.indicator != m.indicator {
                    keys.push("indicator");
                }
            }
        }
        out.extend(keys.into_iter().filter_map(col).map(|c| (row, c)));
    }
    out
}

/// The corrections sheet: one row per correction of every report, applied or not.
pub fn corrections_header(lang: Lang) -> Vec<&'static str> {
    vec![
        pick(lang, "文件", "file"),
        pick(lang, "对象", "target"),
        pick(lang, "操作", "action"),
        pick(lang, "字段", "field"),
        pick(lang, "原值", "original"),
        pick(lang, "更正为", "value"),
        pick(lang, "状态", "status"),
        pick(lang, "未应用原因", "reason"),
        pick(lang, "起", "start"),
        pick(lang, "止", "end"),
    ]
}

pub fn correction_rows(named: Named<'_>, lang: Lang) -> Vec<Vec<Cell>> {
    let as_text = |v: serde_json::Result<serde_json::Value>| {
        v.ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    };
    named
        .report
        .corrections
        .iter()
        .map(|c| {
            let [s, e] = span_cells(c.span);
            vec![
                Cell::text(named.file),
                Cell::text(as_text(serde_json::to_value(c.target))),
                Cell::text(c.action.clone()),
                Cell::opt(c.field.clone()),
                Cell::opt(c.original.clone()),
                Cell::opt(c.value.clone()),
                Cell::text(as_text(serde_json::to_value(c.status))),
                Cell::opt(c.reason.map(|r| match lang {
                    Lang::Zh => r.message_zh(),
                    Lang::En => r.message_en(),
                })),
                s,
                e,
            ]
        })
        .collect()
}

fn typed(key: &str, s: &str) -> Cell {
    match key {
        "value" | "base_value" | "original_value" => {
            Decimal::parse(s).map_or_else(|| Cell::text(s), Cell::Number)
        }
        "start" | "end" => s.parse().map_or_else(|_| Cell::text(s), Cell::Int),
        _ => match s.strip_prefix('\'') {
            Some(rest) if looks_like_formula(rest) => Cell::text(rest),
            _ => Cell::text(s),
        },
    }
}

/// True when a spreadsheet could read `text` as a formula.
pub fn looks_like_formula(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

pub fn direction_str(d: Direction) -> &'static str {
    match d {
        Direction::Up => "up",
        Direction::Down => "down",
    }
}

pub fn outline_header(lang: Lang) -> Vec<&'static str> {
    vec![
        pick(lang, "文件", "file"),
        pick(lang, "层级", "level"),
        pick(lang, "序号", "marker"),
        pick(lang, "标题", "title"),
        pick(lang, "序号为推断", "inferred"),
        pick(lang, "法定部分", "part"),
        pick(lang, "指标数", "metrics"),
        pick(lang, "起", "start"),
        pick(lang, "止", "end"),
    ]
}

/// Metrics per heading, counting those in sub-sections too.
pub fn metric_counts(report: &Report) -> Vec<usize> {
    let mut counts = vec![0usize; report.outline.len()];
    for m in &report.metrics {
        let mut at = m.section;
        // Walk up the parents; the depth is at most four, the guard stops a malformed cycle.
        let mut guard = 0;
        while let Some(i) = at {
            if i >= counts.len() || guard > 8 {
                break;
            }
            counts[i] += 1;
            at = report.outline[i].parent;
            guard += 1;
        }
    }
    counts
}

pub fn outline_rows(named: Named<'_>) -> Vec<Vec<Cell>> {
    let report = named.report;
    let counts = metric_counts(report);
    report
        .outline
        .iter()
        .enumerate()
        .map(|(i, h)| {
            vec![
                Cell::text(named.file),
                Cell::Int(h.level as i64),
                Cell::text(h.marker.clone()),
                Cell::text(h.title.clone()),
                Cell::Bool(h.inferred),
                Cell::opt(h.part.map(|p| p.code())),
                Cell::Int(counts[i] as i64),
                Cell::Int(h.span.start as i64),
                Cell::Int(h.span.end as i64),
            ]
        })
        .collect()
}

pub fn findings_header(lang: Lang) -> Vec<&'static str> {
    vec![
        pick(lang, "文件", "file"),
        pick(lang, "类别", "category"),
        pick(lang, "类型", "kind"),
        pick(lang, "结果", "result"),
        pick(lang, "说明", "message"),
        pick(lang, "关系式", "relation"),
        pick(lang, "起", "start"),
        pick(lang, "止", "end"),
    ]
}

fn check_kind_str(k: CheckKind) -> &'static str {
    match k {
        CheckKind::Sum => "sum",
        CheckKind::Rate => "rate",
        CheckKind::Subset => "subset",
        CheckKind::Consistency => "consistency",
        CheckKind::Completeness => "completeness",
        CheckKind::Timeliness => "timeliness",
    }
}

fn coverage_str(c: Coverage, lang: Lang) -> &'static str {
    match c {
        Coverage::Heading => pick(lang, "有专章", "heading"),
        Coverage::Passage => pick(lang, "仅段落提及", "passage"),
        Coverage::Missing => pick(lang, "缺失", "missing"),
    }
}

fn span_cells(span: Option<gangmu_core::Span>) -> [Cell; 2] {
    match span {
        Some(s) => [Cell::Int(s.start as i64), Cell::Int(s.end as i64)],
        None => [Cell::Empty, Cell::Empty],
    }
}

/// Checks, then required parts, then the other findings (repairs, removed text …).
pub fn finding_rows(named: Named<'_>, lang: Lang) -> Vec<Vec<Cell>> {
    let report = named.report;
    let mut rows = Vec::new();
    for c in &report.checks {
        let [s, e] = span_cells(Some(c.span));
        rows.push(vec![
            Cell::text(named.file),
            Cell::text(pick(lang, "算术核查", "check")),
            Cell::text(check_kind_str(c.kind)),
            Cell::text(if c.holds { "✓" } else { "✗" }),
            Cell::text(c.note.clone()),
            Cell::text(c.relation.clone()),
            s,
            e,
        ]);
    }
    for p in &report.parts {
        let [s, e] = span_cells(p.span);
        let requirement = match lang {
            Lang::Zh => p.part.requirement_zh(),
            Lang::En => p.part.requirement_en(),
        };
        rows.push(vec![
            Cell::text(named.file),
            Cell::text(pick(lang, "法定部分", "required part")),
            Cell::text(p.part.code()),
            Cell::text(coverage_str(p.status, lang)),
            Cell::text(if p.note.is_empty() {
                requirement.to_string()
            } else {
                format!("{requirement}：{}", p.note)
            }),
            Cell::Empty,
            s,
            e,
        ]);
    }
    for (i, f) in report.findings.iter().enumerate() {
        let [s, e] = span_cells(f.span);
        let review = report.reviews.iter().find(|r| r.finding == i).map(|r| {
            let status = match (r.status, lang) {
                (ReviewStatus::Reviewed, Lang::Zh) => "已复核",
                (ReviewStatus::Reviewed, Lang::En) => "reviewed",
                (ReviewStatus::Dismissed, Lang::Zh) => "已忽略",
                (ReviewStatus::Dismissed, Lang::En) => "dismissed",
            };
            match &r.note {
                Some(note) => format!("{status}：{note}"),
                None => status.to_string(),
            }
        });
        let kind = serde_json::to_value(f.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        rows.push(vec![
            Cell::text(named.file),
            Cell::text(pick(lang, "文本问题", "finding")),
            Cell::text(kind),
            Cell::opt(review),
            Cell::text(match lang {
                Lang::Zh => f.message.zh.clone(),
                Lang::En => f.message.en.clone(),
            }),
            Cell::Empty,
            s,
            e,
        ]);
    }
    rows
}
