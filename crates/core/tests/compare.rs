//! Comparing the seeds: 003 and 004 are 柳城县's reports for 2023 and 2025, so 004's column is
//! differenced against 003's. Expected values checked by hand in the texts (domain research
//! §4.2 row 40: 调解 1870/1837 (98.2%) → 1869/1825 (97.6%), 法律援助 484 → 290, 司法确认
//! 226 → 174).

mod common;

use gangmu_core::compare::{self, Comparison};
use gangmu_core::{extract, Options, Report};

fn seeds() -> Vec<(String, Report)> {
    common::seeds()
        .into_iter()
        .map(|(name, text)| (name[..3].to_string(), extract(&text, &Options::default())))
        .collect()
}

fn value(c: &Comparison, id: &str, col: usize) -> Option<String> {
    let row = c.rows.iter().find(|r| r.indicator == id)?;
    row.cells[col].value.map(|v| v.to_string())
}

fn change(c: &Comparison, id: &str, col: usize) -> Option<(String, Option<f64>)> {
    let row = c.rows.iter().find(|r| r.indicator == id)?;
    let ch = row.cells[col].change.as_ref()?;
    Some((ch.delta.to_string(), ch.percent))
}

#[test]
fn liucheng_2023_against_2025() {
    let all = seeds();
    let pick: Vec<(&str, &Report)> = all[3..5].iter().map(|(n, r)| (n.as_str(), r)).collect();
    let c = compare::compare(&pick);
    assert_eq!(c.columns[0].name, "柳城县人民政府 2023");
    assert_eq!(c.columns[1].name, "柳城县人民政府 2025");
    assert_eq!(c.columns[1].previous, Some(0));
    for (id, a, b, delta, pct) in [
        ("rmtj_cases", "1870", "1869", "-1", Some(-0.1)),
        ("rmtj_success", "1837", "1825", "-12", Some(-0.7)),
        ("rmtj_rate", "98.2", "97.6", "-0.6", None),
        ("sfqr", "226", "174", "-52", Some(-23.0)),
        ("flyz", "484", "290", "-194", Some(-40.1)),
        ("lg_count", "5", "12", "7", Some(140.0)),
        ("gk_items", "7461", "2999", "-4462", Some(-59.8)),
    ] {
        assert_eq!(value(&c, id, 0).as_deref(), Some(a), "{id}");
        assert_eq!(value(&c, id, 1).as_deref(), Some(b), "{id}");
        assert_eq!(change(&c, id, 1), Some((delta.to_string(), pct)), "{id}");
    }
    // 复议: 2023 states cases accepted (受理30件), 2025 applications (申请69件): different
    // indicators, so no difference is computed between them.
    assert_eq!(value(&c, "fy_accept", 0).as_deref(), Some("30"));
    assert_eq!(value(&c, "fy_accept", 1), None);
    assert_eq!(value(&c, "fy_apply", 1).as_deref(), Some("69"));
    assert!(change(&c, "fy_apply", 1).is_none());
    // 004 states 依申请公开 applications twice (8, then 23): the first is shown, the other counted.
    let row = c.rows.iter().find(|r| r.indicator == "ysq_apply").unwrap();
    assert_eq!(row.cells[1].value.unwrap().to_string(), "8");
    assert_eq!(row.cells[1].more, 1);
}

#[test]
fn all_five_seeds_with_implied_correction_rates() {
    let all = seeds();
    let pick: Vec<(&str, &Report)> = all.iter().map(|(n, r)| (n.as_str(), r)).collect();
    let c = compare::compare(&pick);
    assert_eq!(c.columns.len(), 5);
    // Only 003 → 004 share an issuer (柳州市司法局 and 柳州市 are different issuers).
    let previous: Vec<_> = c.columns.iter().map(|col| col.previous).collect();
    assert_eq!(previous, [None, None, None, None, Some(3)]);
    let row = c
        .rows
        .iter()
        .find(|r| r.indicator == "fy_correct_rate")
        .unwrap();
    let got: Vec<(Option<String>, bool)> = row
        .cells
        .iter()
        .map(|x| (x.value.map(|v| v.to_string()), x.derived))
        .collect();
    assert_eq!(
        got,
        [
            (Some("15.95".into()), true),
            (Some("27.59".into()), true),
            (Some("20.1".into()), true),
            (None, false),
            (None, false)
        ]
    );
    // Every rendering works and the chart is the same bytes twice.
    let svg = compare::svg::chart(&c, gangmu_core::present::Lang::Zh);
    assert_eq!(
        svg,
        compare::svg::chart(&compare::compare(&pick), gangmu_core::present::Lang::Zh)
    );
    assert!(svg.contains("≈15.95%"));
    let csv = compare::csv::table(&c, gangmu_core::present::Lang::En);
    assert_eq!(
        csv.lines().next().unwrap().matches(',').count() + 1,
        4 + 5 * 3 + 2,
        "four key columns, three per report, two for 004's change"
    );
    let json = serde_json::to_string(&c).unwrap();
    let back: Comparison = serde_json::from_str(&json).unwrap();
    assert_eq!(back, c);
}

/// 汇总 over 鱼峰区 2023 (001) and 柳城县 2023 (003), checked by hand in the texts: 审结
/// 58 (001: 审理办结58件) + 24 (003: 结案24件) = 82; 纠错 only in 001 (16件), so the 纠错率 is
/// recomputed over 001 alone (16 ÷ 58 = 27.59%) and the note names both; 受理 68 + 30 = 98.
#[test]
fn total_of_two_counties_in_2023() {
    let all = seeds();
    let pick: Vec<(&str, &Report)> = [&all[1], &all[3]]
        .iter()
        .map(|(n, r)| (n.as_str(), r))
        .collect();
    let mut c = compare::compare(&pick);
    compare::total::add_totals(&mut c, &pick);
    assert_eq!(c.totals.len(), 1);
    let t = &c.totals[0];
    assert_eq!(t.year, Some(2023));
    assert_eq!(t.columns, [0, 1]);
    assert!(
        t.warnings.is_empty(),
        "two counties: neither contains the other"
    );
    let total = |id: &str| {
        let i = c.rows.iter().position(|r| r.indicator == id).unwrap();
        &t.cells[i]
    };
    let close = total("fy_close");
    assert_eq!(close.value.unwrap().to_string(), "82");
    assert_eq!(close.unit.as_deref(), Some("件"));
    assert_eq!(close.how, compare::total::TotalHow::Sum);
    assert_eq!(close.from, [0, 1]);
    assert_eq!(total("fy_accept").value.unwrap().to_string(), "98");
    let rate = total("fy_correct_rate");
    assert_eq!(rate.how, compare::total::TotalHow::Rate);
    assert_eq!(rate.value.unwrap().to_string(), "27.59");
    assert_eq!(rate.from, [0]);
    assert_eq!(rate.left_out, [1]);
    assert!(rate.note_zh.contains("鱼峰区"), "{}", rate.note_zh);
    assert!(
        rate.note_zh.contains("柳城县人民政府 2023 未同时给出"),
        "{}",
        rate.note_zh
    );
    // 纠错 is stated by 001 only: its total is 16, and 003 is listed as not stating it.
    let correct = total("fy_correct");
    assert_eq!(correct.value.unwrap().to_string(), "16");
    assert_eq!(correct.missing, [1]);
    let note = compare::total::total_note(&c, correct, gangmu_core::present::Lang::Zh);
    assert!(note.contains("未给出：柳城县人民政府 2023"), "{note}");
    // The renderings carry the 合计 column.
    let csv = compare::csv::table(&c, gangmu_core::present::Lang::Zh);
    assert!(csv.lines().next().unwrap().contains("合计 2023 数值"));
    assert!(
        csv.lines()
            .any(|l| l.starts_with("fy_close,") && l.contains(",82,件,")),
        "{csv}"
    );
    let md = compare::markdown::table(&c, gangmu_core::present::Lang::Zh);
    assert!(md.contains("| 合计 2023 |"), "{md}");
    assert!(md.contains("## 合计 2023"));
}

#[test]
fn a_city_with_its_own_district_is_warned_about() {
    let all = seeds();
    // 002 柳州市 2021 would be another year; 000 柳州市司法局 2023 contains 001 鱼峰区 2023.
    let pick: Vec<(&str, &Report)> = [&all[0], &all[1]]
        .iter()
        .map(|(n, r)| (n.as_str(), r))
        .collect();
    let mut c = compare::compare(&pick);
    compare::total::add_totals(&mut c, &pick);
    let w = &c.totals[0].warnings;
    assert_eq!(w.len(), 1, "{w:?}");
    assert_eq!((w[0].outer, w[0].inner), (0, 1));
    assert!(w[0].zh.contains("包含"), "{}", w[0].zh);
}

#[test]
fn many_reports_of_two_regions_are_warned_about_once_per_pair_of_regions() {
    let all = seeds();
    // 柳州市司法局 2023 and 鱼峰区 2023, each given 12 times (as a corpus of copies would).
    let pick: Vec<(&str, &Report)> = (0..24)
        .map(|k| (all[k % 2].0.as_str(), &all[k % 2].1))
        .collect();
    let mut c = compare::compare(&pick);
    compare::total::add_totals(&mut c, &pick);
    let w = &c.totals[0].warnings;
    let zh: Vec<&str> = w.iter().map(|w| w.zh.as_str()).collect();
    // Not 12 × 12 + 2 × 66 warnings: the city contains the district, and each region is given
    // more than once.
    assert_eq!(w.len(), 3, "{zh:#?}");
    assert_eq!(
        zh[0],
        "柳州市司法局 2023 等 12 份 包含 鱼峰区政府 2023 等 12 份：其数据可能重复计算"
    );
    assert_eq!((w[0].outer, w[0].inner), (0, 1));
    assert!(
        zh[1].ends_with("等 12 份 属同一地区：其数据可能重复计算"),
        "{}",
        zh[1]
    );
    // A note names ten reports, then counts them.
    let row = c
        .rows
        .iter()
        .position(|r| r.indicator == "fy_close")
        .unwrap();
    let cell = &c.totals[0].cells[row];
    assert_eq!(cell.from.len(), 24);
    assert!(cell.note_zh.ends_with(" 等 24 份 相加"), "{}", cell.note_zh);
    assert_eq!(cell.note_zh.matches('、').count(), 9);
    assert!(cell.note_en.contains(" … (24 reports)"), "{}", cell.note_en);
}

#[test]
fn one_issuer_across_years_is_a_time_series() {
    let all = seeds();
    // Given newest first, the comparison is ordered by year.
    let given: Vec<(&str, &Report)> = [&all[4], &all[1], &all[3]]
        .iter()
        .map(|(n, r)| (n.as_str(), r))
        .collect();
    let order = compare::chronological(&given);
    assert_eq!(
        order,
        [2, 0, 1],
        "柳城县 2023 then 2025 together, by year; 鱼峰区 after"
    );
    let series: Vec<(&str, &Report)> = vec![given[2], given[0]];
    let c = compare::compare(&series);
    assert!(compare::series::is_series(&c));
    let svg = compare::svg::chart(&c, gangmu_core::present::Lang::Zh);
    assert!(svg.contains("<polyline"), "line charts");
    assert!(svg.contains("柳城县 2023–2025"), "{}", &svg[..300]);
    assert!(svg.contains(">2023</text>") && svg.contains(">2025</text>"));
    assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
    // No totals for a time series: one report per year.
    let mut c2 = c.clone();
    compare::total::add_totals(&mut c2, &series);
    assert!(c2.totals.is_empty());
    // Different issuers are not a series.
    let two: Vec<(&str, &Report)> = vec![given[1], given[2]];
    assert!(!compare::series::is_series(&compare::compare(&two)));
}
