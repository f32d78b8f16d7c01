//! How a comparison of many reports is laid out: its report columns grouped by level (省级,
//! 地级, 县级 …) or by region (each county under its city, each city under itself), and the
//! same comparison as a long table — one row per indicator per report, which stays readable
//! with 200 reports where 200 columns do not.
//!
//! Grouping only reorders what is shown; the comparison itself (its column order, changes and
//! totals, and every export) stays the CLI's.

use super::compare::ComparisonView;
use crate::i18n::{dataset::level_name, Lang};
use gangmu_core::compare::{Column, Comparison};
use gangmu_core::Level;
use serde::{Deserialize, Serialize};

/// How report columns are grouped.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Grouping {
    #[default]
    None,
    Level,
    Region,
}

impl Grouping {
    pub const ALL: [Grouping; 3] = [Grouping::None, Grouping::Level, Grouping::Region];

    /// The `<select>` value.
    pub fn key(self) -> &'static str {
        match self {
            Grouping::None => "none",
            Grouping::Level => "level",
            Grouping::Region => "region",
        }
    }

    pub fn from_key(key: &str) -> Grouping {
        Grouping::ALL
            .into_iter()
            .find(|g| g.key() == key)
            .unwrap_or_default()
    }
}

/// Columns shown together under one label.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ColumnGroup {
    /// `县级`, `柳州市`; empty when not grouped.
    pub label: String,
    /// What contains the group's region (`广西壮族自治区`), to tell like names apart.
    pub within: String,
    /// Indices into the comparison's columns, in its order.
    pub columns: Vec<usize>,
}

/// The groups of `c`'s columns, in display order: levels from 省 down, regions by code, the
/// columns whose level or region is unknown last. One unlabelled group when not grouped.
pub fn groups(c: &Comparison, by: Grouping, lang: Lang) -> Vec<ColumnGroup> {
    let all = (0..c.columns.len()).collect();
    match by {
        Grouping::None => vec![ColumnGroup {
            label: String::new(),
            within: String::new(),
            columns: all,
        }],
        Grouping::Level => {
            let mut out: Vec<(Option<Level>, ColumnGroup)> = Vec::new();
            for (j, col) in c.columns.iter().enumerate() {
                match out.iter_mut().find(|(l, _)| *l == col.level) {
                    Some((_, g)) => g.columns.push(j),
                    None => out.push((
                        col.level,
                        ColumnGroup {
                            label: level_name(lang, col.level).to_string(),
                            within: String::new(),
                            columns: vec![j],
                        },
                    )),
                }
            }
            // Province, prefecture, county, township, then unknown.
            gangmu_core::sort::by_key(&mut out, |(l, _)| (l.is_none(), *l));
            out.into_iter().map(|(_, g)| g).collect()
        }
        Grouping::Region => {
            let mut out: Vec<(Option<String>, ColumnGroup)> = Vec::new();
            for (j, col) in c.columns.iter().enumerate() {
                let key = region_group(col);
                let code = key.as_ref().map(|k| k.code.clone());
                match out.iter_mut().find(|(c, _)| *c == code) {
                    Some((_, g)) => g.columns.push(j),
                    None => out.push((
                        code,
                        match key {
                            Some(k) => ColumnGroup {
                                label: k.name,
                                within: k.within,
                                columns: vec![j],
                            },
                            None => ColumnGroup {
                                label: crate::i18n::dataset::strings(lang)
                                    .region_unknown
                                    .to_string(),
                                within: String::new(),
                                columns: vec![j],
                            },
                        },
                    )),
                }
            }
            gangmu_core::sort::by(&mut out, |(a, _), (b, _)| {
                (a.is_none(), a).cmp(&(b.is_none(), b))
            });
            out.into_iter().map(|(_, g)| g).collect()
        }
    }
}

/// The region a column is grouped under.
struct RegionKey {
    code: String,
    name: String,
    within: String,
}

/// A province or a city stands for itself; a county or township for its city (地级), or its
/// province where it has none (a 直辖市's districts, 省直辖县级市).
fn region_group(col: &Column) -> Option<RegionKey> {
    let own = || {
        Some(RegionKey {
            code: col.region_code.clone()?,
            name: col.region.clone()?,
            within: col.parents.iter().rev().map(|p| p.name.as_str()).collect(),
        })
    };
    match col.level? {
        Level::Province | Level::Prefecture => own(),
        Level::County | Level::Township => {
            let up = col
                .parents
                .iter()
                .find(|p| p.level == Level::Prefecture)
                .or_else(|| col.parents.iter().find(|p| p.level == Level::Province))?;
            Some(RegionKey {
                code: up.code.clone(),
                name: up.name.clone(),
                within: col
                    .parents
                    .iter()
                    .filter(|p| p.level < up.level)
                    .map(|p| p.name.as_str())
                    .collect(),
            })
        }
    }
}

/// The columns in display order: the groups' columns one after another.
pub fn display_order(groups: &[ColumnGroup]) -> Vec<usize> {
    groups
        .iter()
        .flat_map(|g| g.columns.iter().copied())
        .collect()
}

/// How the long table is sorted within an indicator.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LongSort {
    /// The columns' display order.
    #[default]
    Columns,
    /// Largest value first (reports without a value last).
    ValueDown,
    ValueUp,
}

/// One row of the long table: an indicator (index into the comparison's rows) and a report
/// column, or one of the totals (index into the comparison's totals).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LongRow {
    Report { row: usize, column: usize },
    Total { row: usize, total: usize },
}

/// The long table: for each indicator (or only `indicator`), the reports that state it in
/// `order` (or sorted by value), then its totals.
pub fn long_rows(
    v: &ComparisonView,
    order: &[usize],
    indicator: Option<&str>,
    sort: LongSort,
) -> Vec<LongRow> {
    let mut out = Vec::new();
    for (i, row) in v.rows.iter().enumerate() {
        if indicator.is_some_and(|id| id != row.indicator) {
            continue;
        }
        let mut columns: Vec<usize> = order
            .iter()
            .copied()
            .filter(|&j| row.cells.get(j).is_some_and(|cell| cell.value.is_some()))
            .collect();
        if sort != LongSort::Columns {
            // Values of one indicator share a kind; a stable sort keeps ties in column order.
            gangmu_core::sort::by(&mut columns, |&a, &b| {
                let (va, vb) = (row.cells[a].value, row.cells[b].value);
                let ord = va.partial_cmp(&vb).unwrap_or(std::cmp::Ordering::Equal);
                if sort == LongSort::ValueDown {
                    ord.reverse()
                } else {
                    ord
                }
            });
        }
        out.extend(
            columns
                .into_iter()
                .map(|column| LongRow::Report { row: i, column }),
        );
        // A total's text is empty exactly when it was not added up.
        out.extend(
            row.totals
                .iter()
                .enumerate()
                .filter(|(_, t)| !t.text.is_empty())
                .map(|(total, _)| LongRow::Total { row: i, total }),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::compare::compared as seeds;

    fn names(c: &Comparison, g: &ColumnGroup) -> Vec<String> {
        g.columns
            .iter()
            .map(|&j| c.columns[j].region.clone().unwrap_or_default())
            .collect()
    }

    #[test]
    fn the_seeds_grouped_by_level_and_by_region() {
        // 000 柳州市司法局 (市), 001 鱼峰区, 003/004 柳城县 (县).
        let c = seeds(&[3, 0, 1, 4], false);
        let by_level = groups(&c, Grouping::Level, Lang::Zh);
        let labels: Vec<&str> = by_level.iter().map(|g| g.label.as_str()).collect();
        assert_eq!(&labels[..2], ["地级", "县级"], "{labels:?}");
        assert_eq!(names(&c, &by_level[0]), ["柳州市"]);
        assert_eq!(
            names(&c, &by_level[1]),
            ["柳城县", "鱼峰区", "柳城县"],
            "columns keep their order within a group"
        );
        // By region, the districts and counties sit under their city with the city itself.
        let by_region = groups(&c, Grouping::Region, Lang::Zh);
        assert_eq!(by_region[0].label, "柳州市");
        assert_eq!(by_region[0].within, "广西壮族自治区");
        assert_eq!(by_region[0].columns.len(), 4);
        assert_eq!(display_order(&by_region), [0, 1, 2, 3]);
        let none = groups(&c, Grouping::None, Lang::Zh);
        assert_eq!(none.len(), 1);
        assert!(none[0].label.is_empty());
    }

    #[test]
    fn unknown_levels_and_regions_come_last() {
        let mut c = seeds(&[1, 3], false);
        c.columns[0].level = None;
        c.columns[0].region_code = None;
        let by_level = groups(&c, Grouping::Level, Lang::En);
        assert_eq!(by_level.last().unwrap().label, "level unknown");
        assert_eq!(by_level.last().unwrap().columns, [0]);
        let by_region = groups(&c, Grouping::Region, Lang::Zh);
        assert_eq!(by_region.last().unwrap().label, "未识别地区");
        assert_eq!(Grouping::from_key("region"), Grouping::Region);
        assert_eq!(Grouping::from_key("?"), Grouping::None);
    }

    #[test]
    fn the_long_table_lists_each_stated_figure_then_the_total() {
        let c = seeds(&[1, 3], true);
        let v = crate::view::compare::view(&c, Lang::Zh);
        let order = [0, 1];
        let rows = long_rows(&v, &order, Some("fy_close"), LongSort::Columns);
        let fy = c
            .rows
            .iter()
            .position(|r| r.indicator == "fy_close")
            .unwrap();
        assert_eq!(
            rows,
            [
                LongRow::Report { row: fy, column: 0 },
                LongRow::Report { row: fy, column: 1 },
                LongRow::Total { row: fy, total: 0 },
            ]
        );
        // Largest first: 鱼峰区's 58 before 柳城县's 24.
        let down = long_rows(&v, &[1, 0], Some("fy_close"), LongSort::ValueDown);
        assert_eq!(down[0], LongRow::Report { row: fy, column: 0 });
        let up = long_rows(&v, &order, Some("fy_close"), LongSort::ValueUp);
        assert_eq!(up[0], LongRow::Report { row: fy, column: 1 });
        // Every stated figure appears once.
        let all = long_rows(&v, &order, None, LongSort::Columns);
        let stated: usize = c
            .rows
            .iter()
            .map(|r| r.cells.iter().filter(|x| x.value.is_some()).count())
            .sum();
        let reports = all
            .iter()
            .filter(|r| matches!(r, LongRow::Report { .. }))
            .count();
        assert_eq!(reports, stated);
    }
}
