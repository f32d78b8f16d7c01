//! The comparison as the table shows it: one row per indicator, one cell per report, each
//! cell's figure and change as text (the core's `cell_text` / `change_text`, so the page, the
//! CSV and the chart word them alike), then the report-level measures.

use crate::i18n::Lang;
use gangmu_core::compare::{cell_text, change_text, measure_text, Comparison};

/// Which way a figure moved from the same issuer's earlier year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trend {
    Up,
    Down,
    Same,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CellView {
    /// `1870件`, `≈20.1%`, empty when the report does not state it.
    pub text: String,
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

#[derive(Clone, Debug, PartialEq)]
pub struct RowView {
    pub indicator: String,
    pub name: String,
    pub cells: Vec<CellView>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MeasureView {
    pub key: String,
    pub name: String,
    pub values: Vec<String>,
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
        .map(|row| RowView {
            indicator: row.indicator.clone(),
            name: row.name(l).to_string(),
            cells: row
                .cells
                .iter()
                .map(|cell| CellView {
                    text: cell_text(cell),
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

#[cfg(test)]
mod tests {
    use super::*;
    use gangmu_core::{extract, Options};

    fn seeds_003_004() -> Comparison {
        let reports: Vec<(&str, gangmu_core::Report)> = [3, 4]
            .iter()
            .map(|&i| {
                (
                    crate::samples::NAMES[i],
                    extract(crate::samples::text(i).unwrap(), &Options::default()),
                )
            })
            .collect();
        let refs: Vec<(&str, &gangmu_core::Report)> =
            reports.iter().map(|(f, r)| (*f, r)).collect();
        gangmu_core::compare::compare(&refs)
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
}
