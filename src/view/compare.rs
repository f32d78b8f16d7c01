//! The comparison as the table shows it: one row per indicator, one cell per report, each
//! cell's figure and change as text (the core's `cell_text` / `change_text`, so the page, the
//! CSV and the chart word them alike), the 合计 of each year where asked for (`total_text`,
//! `total_note`), then the report-level measures.
//!
//! The worker makes the whole [`ComparisonView`] ([`view`]) beside the comparison and sends it as
//! JSON: the page reads these few plain types instead of the core's `Comparison` and never
//! links the wording, grouping and ordering code (first paint; BENCHMARKS.md, "Session 6").

use super::compare_layout::{groups, ColumnGroup, Grouping};
use crate::i18n::dataset::level_name;
use crate::i18n::Lang;
use gangmu_core::compare::total::{total_name, total_note, total_text, TotalHow};
use gangmu_core::compare::{cell_text, change_text, measure_text, Comparison};
use serde::{Deserialize, Serialize};

/// Which way a figure moved from the same issuer's earlier year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Trend {
    Up,
    Down,
    Same,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CellView {
    /// `1870件`, `≈20.1%`, empty when the report does not state it.
    pub text: String,
    /// The figure as a number, to rank the reports by (the long table); `None` when the
    /// report does not state it.
    pub value: Option<f64>,
    /// `-1 (-0.1%)`, `-0.6个百分点`.
    pub change: Option<String>,
    pub trend: Option<Trend>,
    /// Computed from the report's counts (not printed in it).
    pub derived: bool,
    /// The metric in that report to jump to.
    pub metric: Option<usize>,
    /// How many more metrics of that report carry the indicator.
    pub more: usize,
    /// The user corrected or added the figure.
    pub corrected: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RowView {
    pub indicator: String,
    pub name: String,
    pub cells: Vec<CellView>,
    /// One per [`TotalHead`], in the same order.
    pub totals: Vec<TotalView>,
}

/// A 合计 cell.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TotalView {
    /// `82件`, `≈27.59%` (recomputed or approximate), empty when not added up.
    pub text: String,
    /// How it was made and which reports of the year do not state the indicator.
    pub note: String,
    /// How many reports of the year do not state it.
    pub missing: usize,
    /// Recomputed from counts rather than summed.
    pub recomputed: bool,
}

/// A 合计 column: `合计 2023`, and its warnings (a region that contains another).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TotalHead {
    pub name: String,
    /// The columns it adds up.
    pub columns: Vec<usize>,
    pub warnings: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeasureView {
    pub key: String,
    pub name: String,
    pub values: Vec<String>,
}

/// A report column as the headers show it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ColumnView {
    pub file: String,
    /// `柳城县 2025`, else the file name.
    pub name: String,
    pub title: Option<String>,
    pub region: Option<String>,
    pub region_code: Option<String>,
    /// `县级`; empty when unknown.
    pub level: String,
}

/// The comparison as the page shows it, in one language.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ComparisonView {
    pub columns: Vec<ColumnView>,
    pub rows: Vec<RowView>,
    /// The 合计 columns (none unless asked for).
    pub totals: Vec<TotalHead>,
    pub measures: Vec<MeasureView>,
    /// The columns' groups for each way of grouping them, in [`Grouping::ALL`]'s order.
    pub groups: Vec<Vec<ColumnGroup>>,
}

impl ComparisonView {
    /// The columns' groups by `by` (one unlabelled group of every column if missing).
    pub fn groups_by(&self, by: Grouping) -> Vec<ColumnGroup> {
        let at = Grouping::ALL.iter().position(|g| *g == by).unwrap_or(0);
        self.groups.get(at).cloned().unwrap_or_else(|| {
            vec![ColumnGroup {
                label: String::new(),
                within: String::new(),
                columns: (0..self.columns.len()).collect(),
            }]
        })
    }
}

/// Everything the page shows of `c`, worded in `lang` (made in the worker).
pub fn view(c: &Comparison, lang: Lang) -> ComparisonView {
    ComparisonView {
        columns: c
            .columns
            .iter()
            .map(|col| ColumnView {
                file: col.file.clone(),
                name: col.name.clone(),
                title: col.title.clone(),
                region: col.region.clone(),
                region_code: col.region_code.clone(),
                level: col
                    .level
                    .map(|l| level_name(lang, Some(l)))
                    .unwrap_or("")
                    .to_string(),
            })
            .collect(),
        rows: rows(c, lang),
        totals: total_heads(c, lang),
        measures: measures(c, lang),
        groups: Grouping::ALL
            .iter()
            .map(|&by| groups(c, by, lang))
            .collect(),
    }
}

fn core_lang(lang: Lang) -> gangmu_core::present::Lang {
    match lang {
        Lang::Zh => gangmu_core::present::Lang::Zh,
        Lang::En => gangmu_core::present::Lang::En,
    }
}

pub fn rows(c: &Comparison, lang: Lang) -> Vec<RowView> {
    let l = core_lang(lang);
    c.rows
        .iter()
        .enumerate()
        .map(|(i, row)| RowView {
            indicator: row.indicator.clone(),
            name: row.name(l).to_string(),
            cells: row
                .cells
                .iter()
                .map(|cell| CellView {
                    text: cell_text(cell),
                    value: cell.value.map(|v| v.to_f64()),
                    change: cell.change.as_ref().map(|ch| change_text(ch, row.kind, l)),
                    trend: cell.change.as_ref().map(|ch| {
                        if ch.delta.is_zero() {
                            Trend::Same
                        } else if ch.delta.is_negative() {
                            Trend::Down
                        } else {
                            Trend::Up
                        }
                    }),
                    derived: cell.derived,
                    metric: cell.metric,
                    more: cell.more,
                    corrected: cell.corrected,
                })
                .collect(),
            totals: c
                .totals
                .iter()
                .filter_map(|t| t.cells.get(i))
                .map(|t| TotalView {
                    text: total_text(t),
                    note: total_note(c, t, l),
                    missing: t.missing.len(),
                    recomputed: t.how == TotalHow::Rate,
                })
                .collect(),
        })
        .collect()
}

pub fn total_heads(c: &Comparison, lang: Lang) -> Vec<TotalHead> {
    let l = core_lang(lang);
    c.totals
        .iter()
        .map(|t| TotalHead {
            name: total_name(t, l),
            columns: t.columns.clone(),
            warnings: t
                .warnings
                .iter()
                .map(|w| lang.pick(&w.zh, &w.en).to_string())
                .collect(),
        })
        .collect()
}

pub fn measures(c: &Comparison, lang: Lang) -> Vec<MeasureView> {
    let l = core_lang(lang);
    c.measures
        .iter()
        .map(|m| MeasureView {
            key: m.key.clone(),
            name: m.name(l).to_string(),
            values: m
                .values
                .iter()
                .map(|v| v.as_deref().map_or("", |v| measure_text(v, l)).to_string())
                .collect(),
        })
        .collect()
}

/// The comparison of sample reports (by index), as `gangmu compare [--total]` makes it of
/// them in that order: for the view models' tests.
#[cfg(test)]
pub(crate) fn compared(samples: &[usize], total: bool) -> Comparison {
    use gangmu_core::{extract, Options, Report};
    let reports: Vec<(&str, Report)> = samples
        .iter()
        .map(|&i| {
            (
                crate::samples::NAMES[i],
                extract(crate::samples::text(i).unwrap(), &Options::default()),
            )
        })
        .collect();
    let refs: Vec<(&str, &Report)> = reports.iter().map(|(f, r)| (*f, r)).collect();
    let mut c = gangmu_core::compare::compare(&refs);
    if total {
        gangmu_core::compare::total::add_totals(&mut c, &refs);
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use gangmu_core::Level;

    fn seeds_003_004() -> Comparison {
        compared(&[3, 4], false)
    }

    #[test]
    fn the_view_holds_the_rows_every_grouping_and_the_columns_as_shown() {
        let c = compared(&[3, 0, 1, 4], true);
        let v = view(&c, Lang::En);
        assert_eq!(v.rows, rows(&c, Lang::En));
        assert_eq!(v.totals, total_heads(&c, Lang::En));
        assert!(!v.totals.is_empty());
        assert_eq!(v.measures, measures(&c, Lang::En));
        for by in Grouping::ALL {
            assert_eq!(v.groups_by(by), groups(&c, by, Lang::En), "{by:?}");
        }
        assert_eq!(v.columns[0].name, c.columns[0].name);
        assert_eq!(v.columns[0].level, Level::County.en());
        let none = ComparisonView::default().groups_by(Grouping::Region);
        assert!(none.len() == 1 && none[0].columns.is_empty());
    }

    #[test]
    fn a_year_on_year_row_reads_like_the_cli() {
        let c = seeds_003_004();
        let rows = rows(&c, Lang::Zh);
        let mediation = rows
            .iter()
            .find(|r| r.cells[0].text == "1870件")
            .expect("人民调解案件 1870件 in 2023");
        assert_eq!(mediation.cells[1].text, "1869件");
        assert_eq!(mediation.cells[1].change.as_deref(), Some("-1 (-0.1%)"));
        assert_eq!(mediation.cells[1].trend, Some(Trend::Down));
        assert_eq!(
            mediation.cells[0].change, None,
            "the earlier year has nothing to compare with"
        );
        assert!(mediation.cells[0].metric.is_some());
        // Rates change in percentage points.
        let rate = rows.iter().find(|r| {
            r.cells[1]
                .change
                .as_deref()
                .is_some_and(|c| c.ends_with("个百分点"))
        });
        assert!(rate.is_some());
    }

    #[test]
    fn english_names_and_yes_no_measures() {
        let c = seeds_003_004();
        let en = rows(&c, Lang::En);
        assert!(
            en.iter()
                .all(|r| r.name.is_ascii() || r.name.contains('纲')),
            "English names"
        );
        let m = measures(&c, Lang::En);
        let causes = m.iter().find(|m| m.key == "causes_given").unwrap();
        assert!(
            causes.values.iter().all(|v| v == "yes" || v == "no"),
            "{causes:?}"
        );
        let zh = measures(&c, Lang::Zh);
        let causes = zh.iter().find(|m| m.key == "causes_given").unwrap();
        assert!(causes.values.iter().all(|v| v == "是" || v == "否"));
        assert_eq!(zh.len(), c.measures.len());
    }

    #[test]
    fn totals_read_like_the_cli() {
        // 鱼峰区 2023 (001) and 柳城县 2023 (003): 行政复议审结 58 + 24 = 82; the 纠错率 is
        // recomputed over 鱼峰区 alone (柳城县 2023 gives no 纠错), and says so.
        let c = compared(&[1, 3], true);
        let heads = total_heads(&c, Lang::Zh);
        assert_eq!(heads.len(), 1);
        assert_eq!(heads[0].name, "合计 2023");
        let zh = rows(&c, Lang::Zh);
        let close = zh.iter().find(|r| r.indicator == "fy_close").unwrap();
        assert_eq!(close.totals[0].text, "82件");
        assert_eq!(close.totals[0].missing, 0);
        let rate = zh
            .iter()
            .find(|r| r.indicator == "fy_correct_rate")
            .unwrap();
        assert!(rate.totals[0].recomputed);
        assert!(rate.totals[0].text.starts_with('≈'), "{:?}", rate.totals[0]);
        assert!(
            rate.totals[0].note.contains("未计入"),
            "{}",
            rate.totals[0].note
        );
        assert!(zh
            .iter()
            .any(|r| r.totals[0].missing == 1 && r.totals[0].note.contains("未给出")));
        let en = rows(&c, Lang::En);
        let close = en.iter().find(|r| r.indicator == "fy_close").unwrap();
        assert!(
            close.totals[0].note.starts_with("sum of "),
            "{}",
            close.totals[0].note
        );
        assert_eq!(total_heads(&c, Lang::En)[0].name, "Total 2023");
    }
}
