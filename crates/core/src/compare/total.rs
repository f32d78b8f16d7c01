//! 汇总: the selected reports of one year added up, as a 合计 column beside the reports.
//!
//! - Counts and amounts are summed over their base values (magnitudes multiplied out:
//!   1.2万件 is 12000 件, 23.07亿元 is 2307000000 元), over the reports whose figure has the
//!   unit most of them use; the others are left out and named.
//! - A rate is never averaged: it is recomputed from the summed counts of its numerator and
//!   denominator (纠错率 = Σ纠错 ÷ Σ审结), only over the reports that give both, and the note
//!   names them. A rate without counts, a change or a duration gets no total.
//! - The reports of the year that do not state an indicator are listed beside it.
//! - A total warns when one selected region contains another (a city's report with its own
//!   districts' counts them twice) or two reports come from the same region.
//!
//! One total per year that has at least two reports; pure, like the rest of `compare`.

use super::{Cell, Comparison};
use crate::decimal::Decimal;
use crate::indicators;
use crate::model::{MetricKind, Qualifier, Report};
use crate::present::Lang;
use serde::{Deserialize, Serialize};

/// The reports of one year added up.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Total {
    pub year: Option<i32>,
    /// The columns added up (every column of that year).
    pub columns: Vec<usize>,
    /// Parallel to [`Comparison::rows`].
    pub cells: Vec<TotalCell>,
    pub warnings: Vec<TotalWarning>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TotalCell {
    pub value: Option<Decimal>,
    pub unit: Option<String>,
    pub how: TotalHow,
    /// Columns whose figures went into the total.
    pub from: Vec<usize>,
    /// Columns of the year that do not state the indicator.
    pub missing: Vec<usize>,
    /// Columns that state it but could not be added (another unit; a rate without its counts).
    pub left_out: Vec<usize>,
    /// Some figure added was approximate (余, 近, 超过 …).
    pub approximate: bool,
    /// What was done, in Chinese and English (`按 鱼峰区 2023 的计数重算：26 ÷ 163`).
    pub note_zh: String,
    pub note_en: String,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TotalHow {
    /// Summed.
    Sum,
    /// Recomputed from summed counts.
    Rate,
    /// Not added up (see the note).
    #[default]
    None,
}

/// Figures counted twice: `outer`'s region contains `inner`'s, or both are one region.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TotalWarning {
    pub outer: usize,
    pub inner: usize,
    pub zh: String,
    pub en: String,
}

/// Adds a [`Total`] for each year with at least two of `reports` (the reports `c` was made
/// from, in its column order).
pub fn add_totals(c: &mut Comparison, reports: &[(&str, &Report)]) {
    let mut years: Vec<Option<i32>> = Vec::new();
    for col in &c.columns {
        if !years.contains(&col.year) {
            years.push(col.year);
        }
    }
    crate::sort::ascending(&mut years);
    c.totals = years
        .into_iter()
        .filter_map(|year| {
            let columns: Vec<usize> = (0..c.columns.len())
                .filter(|&j| c.columns[j].year == year)
                .collect();
            (columns.len() >= 2).then(|| total(c, reports, year, columns))
        })
        .collect();
}

fn total(
    c: &Comparison,
    reports: &[(&str, &Report)],
    year: Option<i32>,
    columns: Vec<usize>,
) -> Total {
    let cells = c
        .rows
        .iter()
        .map(|row| {
            let missing: Vec<usize> = columns
                .iter()
                .copied()
                .filter(|&j| row.cells[j].value.is_none())
                .collect();
            let mut cell = match row.kind {
                MetricKind::Count | MetricKind::Money => sum(c, reports, &row.cells, &columns),
                MetricKind::Percent => rate(c, reports, &row.indicator, &columns),
                _ => not_added(
                    "变化幅度、时长等不相加",
                    "changes and durations are not added up",
                ),
            };
            cell.missing = missing;
            cell
        })
        .collect();
    Total {
        year,
        warnings: warnings(c, &columns),
        columns,
        cells,
    }
}

fn not_added(zh: &str, en: &str) -> TotalCell {
    TotalCell {
        note_zh: zh.to_string(),
        note_en: en.to_string(),
        ..TotalCell::default()
    }
}

/// A figure's value in its base unit (magnitudes multiplied out), with whether it is approximate.
fn base_of(report: &Report, cell: &Cell) -> Option<(Decimal, Option<String>, bool)> {
    let m = report.metrics.get(cell.metric?)?;
    let approximate = m
        .qualifier
        .is_some_and(|q| q != Qualifier::Reaches && q != Qualifier::Each);
    Some(match &m.base {
        Some(b) => (b.value, b.unit.clone(), approximate),
        None => (m.value, m.unit.clone(), approximate),
    })
}

/// At most this many reports are named in a note; the rest are counted (a total over 2 000
/// reports stays a readable line).
const NAMED: usize = 10;

/// The reports of `cols` by name, the first [`NAMED`] of them, then how many more.
fn names(c: &Comparison, cols: &[usize], more: impl Fn(usize) -> String) -> String {
    let mut out = cols
        .iter()
        .take(NAMED)
        .map(|&j| c.columns[j].name.as_str())
        .collect::<Vec<_>>()
        .join("、");
    if cols.len() > NAMED {
        out.push_str(&more(cols.len()));
    }
    out
}

/// `柳城县 2023、鱼峰区政府 2023`, or `… 等 400 份`.
fn names_zh(c: &Comparison, cols: &[usize]) -> String {
    names(c, cols, |n| format!(" 等 {n} 份"))
}

/// `柳城县 2023、鱼峰区政府 2023`, or `… (400 reports)`.
fn names_en(c: &Comparison, cols: &[usize]) -> String {
    names(c, cols, |n| format!(" … ({n} reports)"))
}

fn sum(
    c: &Comparison,
    reports: &[(&str, &Report)],
    cells: &[Cell],
    columns: &[usize],
) -> TotalCell {
    let figures: Vec<(usize, Decimal, Option<String>, bool)> = columns
        .iter()
        .filter(|&&j| !cells[j].derived)
        .filter_map(|&j| {
            let (v, u, a) = base_of(reports.get(j)?.1, &cells[j])?;
            Some((j, v, u, a))
        })
        .collect();
    // The unit most reports use (first seen on a tie).
    let mut units: Vec<(&Option<String>, usize)> = Vec::new();
    for (_, _, u, _) in &figures {
        match units.iter_mut().find(|(x, _)| *x == u) {
            Some((_, n)) => *n += 1,
            None => units.push((u, 1)),
        }
    }
    let Some(&(unit, _)) = units
        .iter()
        .max_by_key(|(_, n)| *n)
        .and_then(|best| units.iter().find(|(_, n)| *n == best.1))
    else {
        return not_added("无报告给出", "no report states it");
    };
    let mut out = TotalCell {
        how: TotalHow::Sum,
        unit: unit.clone(),
        ..TotalCell::default()
    };
    let mut total = Decimal::new(0, 0);
    for (j, v, u, a) in &figures {
        if u == unit {
            total = total.add(v);
            out.from.push(*j);
            out.approximate |= *a;
        } else {
            out.left_out.push(*j);
        }
    }
    out.value = Some(total.normalized());
    out.note_zh = format!("{} 相加", names_zh(c, &out.from));
    out.note_en = format!("sum of {}", names_en(c, &out.from));
    if !out.left_out.is_empty() {
        out.note_zh.push_str(&format!(
            "；{} 单位不同，未计入",
            names_zh(c, &out.left_out)
        ));
        out.note_en.push_str(&format!(
            "; {} left out (another unit)",
            names_en(c, &out.left_out)
        ));
    }
    if out.approximate {
        out.note_zh.push_str("；含约数");
        out.note_en.push_str("; includes approximate figures");
    }
    out
}

/// The first figure of `id` a report states, in its base unit.
fn count(report: &Report, id: &str) -> Option<(Decimal, Option<String>, bool)> {
    let (i, _) = report
        .metrics
        .iter()
        .enumerate()
        .find(|(_, m)| m.indicator.as_deref() == Some(id))?;
    base_of(
        report,
        &Cell {
            metric: Some(i),
            ..Cell::default()
        },
    )
}

fn rate(c: &Comparison, reports: &[(&str, &Report)], id: &str, columns: &[usize]) -> TotalCell {
    let Some((num, den)) =
        indicators::get(id).and_then(|d| Some((d.numerator.clone()?, d.denominator.clone()?)))
    else {
        return not_added(
            "比率不相加，且无对应计数可重算",
            "a rate is not added up and has no counts to recompute it from",
        );
    };
    let (name_num, name_den) = (
        indicators::get(&num).map_or(num.clone(), |d| d.zh.clone()),
        indicators::get(&den).map_or(den.clone(), |d| d.zh.clone()),
    );
    let mut out = TotalCell::default();
    let (mut n_sum, mut d_sum) = (Decimal::new(0, 0), Decimal::new(0, 0));
    let mut unit: Option<(Option<String>, Option<String>)> = None;
    for &j in columns {
        let Some((_, report)) = reports.get(j) else {
            continue;
        };
        match (count(report, &num), count(report, &den)) {
            (Some((n, nu, na)), Some((d, du, da)))
                if unit.as_ref().is_none_or(|(a, b)| *a == nu && *b == du) =>
            {
                unit = Some((nu, du));
                n_sum = n_sum.add(&n);
                d_sum = d_sum.add(&d);
                out.from.push(j);
                out.approximate |= na || da;
            }
            _ => out.left_out.push(j),
        }
    }
    // A column with neither count nor rate is "missing", not "left out".
    if out.from.is_empty() || d_sum.is_zero() {
        let mut cell = not_added(
            &format!("比率不相加；没有报告同时给出{name_num}和{name_den}"),
            &format!("a rate is not added up; no report gives both {num} and {den}"),
        );
        cell.left_out = out.left_out;
        return cell;
    }
    out.how = TotalHow::Rate;
    out.unit = Some("%".into());
    out.value = n_sum
        .mul_int(100)
        .div_rounded(&d_sum, 2)
        .map(|v| v.normalized());
    out.note_zh = format!(
        "按 {} 的计数重算：{name_num} {n_sum} ÷ {name_den} {d_sum}",
        names_zh(c, &out.from)
    );
    out.note_en = format!(
        "recomputed from the counts of {}: {n_sum} / {d_sum}",
        names_en(c, &out.from)
    );
    if !out.left_out.is_empty() {
        out.note_zh.push_str(&format!(
            "；{} 未同时给出两项计数，未计入",
            names_zh(c, &out.left_out)
        ));
        out.note_en.push_str(&format!(
            "; {} left out (not both counts)",
            names_en(c, &out.left_out)
        ));
    }
    out
}

/// One warning per pair of regions, not per pair of reports: a city's 20 reports with its
/// district's 20 are one warning naming both sides (a comparison of 2 000 reports stays
/// readable). `outer` and `inner` are the first report of each side.
fn warnings(c: &Comparison, columns: &[usize]) -> Vec<TotalWarning> {
    // The year's regions in column order, each with its reports.
    let mut regions: Vec<(&str, Vec<usize>)> = Vec::new();
    for &j in columns {
        let Some(code) = c.columns[j].region_code.as_deref() else {
            continue;
        };
        match regions.iter_mut().find(|(k, _)| *k == code) {
            Some((_, cols)) => cols.push(j),
            None => regions.push((code, vec![j])),
        }
    }
    let mut out = Vec::new();
    for (ca, a) in &regions {
        for (cb, b) in &regions {
            if ca != cb && crate::region::contains(ca, cb) {
                let (na, nb) = (side_zh(c, a), side_zh(c, b));
                let (ea, eb) = (side_en(c, a), side_en(c, b));
                out.push(TotalWarning {
                    outer: a[0],
                    inner: b[0],
                    zh: format!("{na} 包含 {nb}：其数据可能重复计算"),
                    en: format!("{ea} contains {eb}: its figures may be counted twice"),
                });
            }
        }
        if let [first, second, ..] = a.as_slice() {
            let (zh, en) = match a.len() {
                2 => (
                    format!("{} 与 {}", c.columns[*first].name, c.columns[*second].name),
                    format!("{} and {}", c.columns[*first].name, c.columns[*second].name),
                ),
                _ => (names_zh(c, a), names_en(c, a)),
            };
            out.push(TotalWarning {
                outer: *first,
                inner: *second,
                zh: format!("{zh} 属同一地区：其数据可能重复计算"),
                en: format!("{en} are one region: figures may be counted twice"),
            });
        }
    }
    out
}

/// One side of a warning: a report's name, or the reports of one region (`柳州市司法局 2023
/// 等 400 份`).
fn side_zh(c: &Comparison, cols: &[usize]) -> String {
    match cols {
        [one] => c.columns[*one].name.clone(),
        _ => format!("{} 等 {} 份", c.columns[cols[0]].name, cols.len()),
    }
}

fn side_en(c: &Comparison, cols: &[usize]) -> String {
    match cols {
        [one] => c.columns[*one].name.clone(),
        _ => format!("{} ({} reports)", c.columns[cols[0]].name, cols.len()),
    }
}

/// A total for people: `82件`, `≈15.95%` for a recomputed rate, empty when not added up.
pub fn total_text(t: &TotalCell) -> String {
    match t.value {
        Some(v) => format!(
            "{}{}{}",
            if t.how == TotalHow::Rate || t.approximate {
                "≈"
            } else {
                ""
            },
            v,
            t.unit.as_deref().unwrap_or("")
        ),
        None => String::new(),
    }
}

/// How a total was made, and which reports of the year do not state the indicator.
pub fn total_note(c: &Comparison, t: &TotalCell, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let mut note = if zh {
        t.note_zh.clone()
    } else {
        t.note_en.clone()
    };
    if !t.missing.is_empty() {
        if !note.is_empty() {
            note.push_str(if zh { "；" } else { "; " });
        }
        note.push_str(&if zh {
            format!("未给出：{}", names_zh(c, &t.missing))
        } else {
            format!("not stated by {}", names_en(c, &t.missing))
        });
    }
    note
}

/// A total's column name: `合计 2023` / `Total 2023`.
pub fn total_name(t: &Total, lang: Lang) -> String {
    let word = if lang == Lang::Zh { "合计" } else { "Total" };
    match t.year {
        Some(y) => format!("{word} {y}"),
        None => word.to_string(),
    }
}
