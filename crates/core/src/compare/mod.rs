//! Comparing reports: canonical indicators × reports, with year-on-year differences where the
//! same issuer reports for several years (seeds 003 and 004: 柳城县 2023 and 2025).
//!
//! Pure: reports in, a [`Comparison`] out. Rendered as JSON (serde), CSV ([`csv`]), Markdown
//! ([`markdown`]) and an SVG chart ([`svg`], byte-identical in the browser and the CLI); the
//! XLSX workbook is in `gangmu-xlsx` (`compare::workbook`).
//!
//! A cell holds the first metric of the report with the row's indicator (document order; the
//! number of further metrics with it is kept), or, for a rate the report does not print, the
//! rate its counts imply (`derived`, e.g. 纠错率 = 纠错 ÷ 审结), marked as computed.

pub mod csv;
pub mod markdown;
pub mod series;
pub mod svg;
pub mod total;

use crate::decimal::Decimal;
use crate::indicators;
use crate::model::{Level, MetricKind, RegionRef, Report};
use crate::present::Lang;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Indicators × reports.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    pub columns: Vec<Column>,
    /// One row per indicator stated (or implied) by at least one report, in dictionary order.
    pub rows: Vec<Row>,
    /// Report-level measures (the profile), one row each.
    pub measures: Vec<Measure>,
    /// 合计: the reports of each year with at least two, added up (`total::add_totals`; only
    /// when asked for).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub totals: Vec<total::Total>,
}

/// One compared report.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Column {
    pub file: String,
    pub title: Option<String>,
    pub issuer: Option<String>,
    pub year: Option<i32>,
    /// A short name for headers: `柳城县 2025`, else the file name.
    pub name: String,
    /// The column of the same issuer's latest earlier year, which differences are taken from.
    pub previous: Option<usize>,
    /// The issuer's region, code, level and body (`Report::issued_by`), for grouping columns.
    #[serde(default)]
    pub region: Option<String>,
    #[serde(default)]
    pub region_code: Option<String>,
    #[serde(default)]
    pub level: Option<Level>,
    #[serde(default)]
    pub body: Option<String>,
    /// The regions that contain it, nearest first (鱼峰区: 柳州市, 广西壮族自治区), for grouping
    /// columns by city or province.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parents: Vec<RegionRef>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Row {
    pub indicator: String,
    pub zh: String,
    pub en: String,
    /// 纲要 task area (1–10).
    pub area: u8,
    pub kind: MetricKind,
    /// Parallel to [`Comparison::columns`].
    pub cells: Vec<Cell>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Cell {
    pub value: Option<Decimal>,
    pub unit: Option<String>,
    /// The figure as written (`1500余人次`), or the computation for a derived rate (`26/163`).
    pub text: Option<String>,
    /// Index into that report's metrics (the numerator for a derived rate).
    pub metric: Option<usize>,
    /// How many more metrics of the report carry this indicator.
    pub more: usize,
    /// Computed from the report's counts, not printed in it.
    pub derived: bool,
    /// Against the previous year of the same issuer.
    pub change: Option<Change>,
    /// The user corrected or added the figure (its text is then the corrected value, not the
    /// source's words).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub corrected: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// The column compared with.
    pub from: usize,
    /// Value minus the earlier value (percentage points for rates).
    pub delta: Decimal,
    /// Relative change in percent, one decimal, for counts and amounts with a non-zero base.
    pub percent: Option<f64>,
}

/// A report-level measure across the reports.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Measure {
    pub key: String,
    pub zh: String,
    pub en: String,
    /// Parallel to the columns; numbers as text (`17.33`), `是`/`否` as `true`/`false`.
    pub values: Vec<Option<String>>,
}

/// Compares `reports` (name, report), in the order given.
pub fn compare(reports: &[(&str, &Report)]) -> Comparison {
    let mut columns: Vec<Column> = reports
        .iter()
        .map(|(file, r)| Column {
            file: file.to_string(),
            title: r.title.clone(),
            issuer: r.issuer.clone(),
            year: r.year,
            name: match (&r.issuer, r.year) {
                (Some(i), Some(y)) => format!("{i} {y}"),
                _ => file.to_string(),
            },
            previous: None,
            region: r.issued_by.as_ref().and_then(|b| b.region.clone()),
            region_code: r.issued_by.as_ref().and_then(|b| b.code.clone()),
            level: r.issued_by.as_ref().and_then(|b| b.level),
            body: r.issued_by.as_ref().and_then(|b| b.body.clone()),
            parents: r
                .issued_by
                .as_ref()
                .map(|b| b.parents.clone())
                .unwrap_or_default(),
        })
        .collect();
    // Each column's previous year: the latest earlier year of the same issuer (the last such
    // column when a year is given twice). Grouped by issuer once, so 2 000 reports cost no
    // more than a sort.
    let mut by_issuer: HashMap<String, Vec<(i32, usize)>> = HashMap::new();
    for (j, col) in columns.iter().enumerate() {
        if let (Some(key), Some(year)) = (issuer_key(col), col.year) {
            by_issuer.entry(key).or_default().push((year, j));
        }
    }
    for years in by_issuer.values_mut() {
        crate::sort::ascending(years);
        for (n, &(year, j)) in years.iter().enumerate() {
            // The last column of the latest year before this one.
            columns[j].previous = years[..n]
                .iter()
                .rev()
                .find(|&&(y, _)| y < year)
                .map(|&(_, k)| k);
        }
    }
    let mut rows = Vec::new();
    for ind in &indicators::dictionary().indicators {
        let mut cells: Vec<Cell> = reports.iter().map(|(_, r)| cell(r, &ind.id)).collect();
        if cells.iter().all(|c| c.value.is_none()) {
            continue;
        }
        for (j, col) in columns.iter().enumerate() {
            let Some(p) = col.previous else { continue };
            let (now, before) = (&cells[j], &cells[p]);
            let (Some(v), Some(b)) = (now.value, before.value) else {
                continue;
            };
            if now.unit != before.unit {
                continue;
            }
            let delta = v.add(&b.neg());
            let percent = (ind.kind != MetricKind::Percent && !b.is_zero())
                .then(|| (delta.to_f64() / b.to_f64() * 1000.0).round() / 10.0);
            cells[j].change = Some(Change {
                from: p,
                delta,
                percent,
            });
        }
        rows.push(Row {
            indicator: ind.id.clone(),
            zh: ind.zh.clone(),
            en: ind.en.clone(),
            area: ind.area,
            kind: ind.kind,
            cells,
        });
    }
    Comparison {
        measures: measures(reports),
        columns,
        rows,
        totals: Vec::new(),
    }
}

/// The order to compare `reports` in: each issuer's reports together, by year (a time
/// series reads left to right), issuers in the order they first appear. Callers reorder their
/// inputs with it before [`compare`], which keeps the order it is given.
pub fn chronological(reports: &[(&str, &Report)]) -> Vec<usize> {
    let keys: Vec<Option<String>> = reports
        .iter()
        .map(|(file, r)| {
            let col = Column {
                file: file.to_string(),
                issuer: r.issuer.clone(),
                region_code: r.issued_by.as_ref().and_then(|b| b.code.clone()),
                body: r.issued_by.as_ref().and_then(|b| b.body.clone()),
                ..Column::default()
            };
            issuer_key(&col)
        })
        .collect();
    let mut first: HashMap<&str, usize> = HashMap::new();
    for (j, k) in keys.iter().enumerate() {
        if let Some(k) = k {
            first.entry(k.as_str()).or_insert(j);
        }
    }
    let first_seen = |j: usize| keys[j].as_deref().map_or(j, |k| first[k]);
    let mut order: Vec<usize> = (0..reports.len()).collect();
    crate::sort::by_key(&mut order, |&j| (first_seen(j), reports[j].1.year, j));
    order
}

/// Who issued a column's report, the same for all its years: the region's code and the body
/// where the issuer was normalised (柳城县人民政府 and 柳城县 are one issuer; 柳州市司法局 and
/// 柳州市 are not; 横县 2020 and 横州市 2023 are one), else the issuer without the words that
/// vary between a government's reports.
pub fn issuer_key(c: &Column) -> Option<String> {
    if let (Some(code), Some(body)) = (&c.region_code, &c.body) {
        return Some(format!("{code} {body}"));
    }
    let i = c.issuer.as_deref()?.trim();
    let key = i
        .strip_suffix("人民政府")
        .or_else(|| i.strip_suffix("政府"))
        .unwrap_or(i);
    (!key.is_empty()).then(|| key.to_string())
}

fn cell(report: &Report, id: &str) -> Cell {
    let mut with = report
        .metrics
        .iter()
        .enumerate()
        .filter(|(_, m)| m.indicator.as_deref() == Some(id));
    if let Some((i, m)) = with.next() {
        let corrected = m.correction.is_some();
        return Cell {
            value: Some(m.value),
            unit: m.unit.clone(),
            // The source's words say what the report printed; after a correction they no
            // longer say the figure, which is then written from the corrected value.
            text: (!corrected).then(|| m.text.clone()),
            metric: Some(i),
            more: with.count(),
            corrected,
            ..Cell::default()
        };
    }
    match report.profile.derived.iter().find(|d| d.indicator == id) {
        Some(d) => Cell {
            value: Decimal::parse(&format!("{:.2}", d.value)).map(|v| v.normalized()),
            unit: Some("%".into()),
            text: Some(d.relation.clone()),
            metric: d.metrics.first().copied(),
            derived: true,
            ..Cell::default()
        },
        None => Cell::default(),
    }
}

fn measures(reports: &[(&str, &Report)]) -> Vec<Measure> {
    type Get = fn(&Report) -> Option<String>;
    let defs: [(&str, &str, &str, Get); 10] = [
        ("chars", "篇幅（字）", "Length (characters)", |r| {
            Some(r.profile.chars.to_string())
        }),
        ("metrics", "数据项", "Metrics", |r| {
            Some(r.profile.metrics.to_string())
        }),
        (
            "metrics_per_1000",
            "每千字数据项",
            "Metrics per 1 000 characters",
            |r| Some(format!("{:.2}", r.profile.metrics_per_1000)),
        ),
        (
            "indicators",
            "常见指标数",
            "Canonical indicators stated",
            |r| Some(r.profile.indicators.to_string()),
        ),
        (
            "parts_with_heading",
            "有专门标题的规定部分（R1–R4）",
            "Required parts with a heading (R1–R4)",
            |r| Some(r.profile.parts_with_heading.to_string()),
        ),
        (
            "parts_found",
            "已体现的规定部分（R1–R4）",
            "Required parts present (R1–R4)",
            |r| Some(r.profile.parts_found.to_string()),
        ),
        (
            "problems_share",
            "问题部分占比（%）",
            "Problems part (% of length)",
            |r| Some(format!("{:.2}", r.profile.problems_share)),
        ),
        ("causes_given", "说明原因", "Causes given", |r| {
            Some(r.profile.causes_given.to_string())
        }),
        (
            "on_time",
            "按时公开（4月1日前）",
            "Published before 1 April",
            |r| r.profile.on_time.map(|b| b.to_string()),
        ),
        (
            "checks_failed",
            "未通过的核查",
            "Checks that do not hold",
            |r| Some(r.checks.iter().filter(|c| !c.holds).count().to_string()),
        ),
    ];
    defs.iter()
        .map(|(key, zh, en, get)| Measure {
            key: key.to_string(),
            zh: zh.to_string(),
            en: en.to_string(),
            values: reports.iter().map(|(_, r)| get(r)).collect(),
        })
        .collect()
}

impl Row {
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

impl Measure {
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// A measure's value for people: `true`/`false` as 是/否 or yes/no.
pub fn measure_text(value: &str, lang: Lang) -> &str {
    match (value, lang) {
        ("true", Lang::Zh) => "是",
        ("false", Lang::Zh) => "否",
        ("true", Lang::En) => "yes",
        ("false", Lang::En) => "no",
        (v, _) => v,
    }
}

/// A cell for people: the figure as written (`1500余人次`, `95%以上`), `≈20.1%` when computed,
/// empty when absent.
pub fn cell_text(c: &Cell) -> String {
    if let (false, Some(text)) = (c.derived, &c.text) {
        return text.clone();
    }
    match c.value {
        Some(v) => format!(
            "{}{}{}",
            if c.derived { "≈" } else { "" },
            v,
            c.unit.as_deref().unwrap_or("")
        ),
        None => String::new(),
    }
}

/// A change for people: `-1 (-0.1%)`, `-0.6个百分点` / `-0.6 pp` for rates.
pub fn change_text(ch: &Change, kind: MetricKind, lang: Lang) -> String {
    let sign = if ch.delta.is_negative() || ch.delta.is_zero() {
        ""
    } else {
        "+"
    };
    if kind == MetricKind::Percent {
        return match lang {
            Lang::Zh => format!("{sign}{}个百分点", ch.delta),
            Lang::En => format!("{sign}{} pp", ch.delta),
        };
    }
    match ch.percent {
        Some(p) => format!(
            "{sign}{} ({}{p:.1}%)",
            ch.delta,
            if p > 0.0 { "+" } else { "" }
        ),
        None => format!("{sign}{}", ch.delta),
    }
}

#[cfg(test)]
mod tests;
