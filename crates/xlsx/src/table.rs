//! The rows every export shares: one metric table, one outline table, one findings table.
//!
//! The XLSX sheets, the web app's CSV and its "copy table" (TSV) are all written from these
//! rows, so a number is a number and a label is the same text in every format.

use gangmu_core::present::csv;
pub use gangmu_core::present::Lang;
use gangmu_core::{CheckKind, Coverage, Decimal, Direction, Report};

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

fn typed(key: &str, s: &str) -> Cell {
    match key {
        "value" | "base_value" => Decimal::parse(s).map_or_else(|| Cell::text(s), Cell::Number),
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
    for f in &report.findings {
        let [s, e] = span_cells(f.span);
        let kind = serde_json::to_value(f.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        rows.push(vec![
            Cell::text(named.file),
            Cell::text(pick(lang, "文本问题", "finding")),
            Cell::text(kind),
            Cell::Empty,
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
