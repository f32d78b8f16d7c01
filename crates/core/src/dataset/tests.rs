use super::*;
use crate::present::Lang;
use crate::{extract, Options};

fn two() -> (Report, Report) {
    let a = extract(
        "柳城县2023年法治政府建设年度报告\n一、主要举措和成效\n审结行政复议案件24件。\n二、存在的不足和原因\n由于基层力量薄弱。\n",
        &Options::default(),
    );
    let b = extract(
        "柳州市司法局\n2023年法治政府建设年度报告\n一、行政复议\n审结行政复议案件58件，纠错率10%。\n",
        &Options::default(),
    );
    (a, b)
}

#[test]
fn one_row_per_report_and_per_metric() {
    let (a, b) = two();
    let reports = [("a.txt", &a), ("=b.txt", &b)];
    let rows = rows(Table::Reports, &reports);
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|r| r.len() == REPORT_COLUMNS.len()));
    let col = |key: &str| REPORT_COLUMNS.iter().position(|c| c.key == key).unwrap();
    assert_eq!(rows[0][col("region")], Value::Text("柳城县".into()));
    assert_eq!(rows[0][col("region_code")], Value::Text("450222".into()));
    assert_eq!(rows[0][col("level")], Value::Text("县".into()));
    assert_eq!(rows[0][col("prefecture")], Value::Text("柳州市".into()));
    assert_eq!(
        rows[0][col("province")],
        Value::Text("广西壮族自治区".into())
    );
    assert_eq!(rows[0][col("year")], Value::Int(2023));
    assert_eq!(rows[0][col("r1")], Value::Text("heading".into()));
    assert_eq!(rows[1][col("body")], Value::Text("司法局".into()));
    assert_eq!(rows[1][col("prefecture")], Value::Empty);

    let long = super::rows(Table::Metrics, &reports);
    assert_eq!(long.len(), a.metrics.len() + b.metrics.len());
    let width = REPORT_COLUMNS.len() + METRIC_COLUMNS.len();
    assert!(long.iter().all(|r| r.len() == width));
    let value = REPORT_COLUMNS.len()
        + METRIC_COLUMNS
            .iter()
            .position(|c| c.key == "value")
            .unwrap();
    assert_eq!(
        long[0][value],
        Value::Number(crate::Decimal::parse("24").unwrap())
    );
    assert_eq!(long[0][0], Value::Text("a.txt".into()));
}

#[test]
fn csv_has_a_bom_a_header_in_either_language_and_quoted_formulas() {
    let (a, b) = two();
    let reports = [("a.txt", &a), ("=b.txt", &b)];
    let en = csv::table(Table::Reports, &reports, Lang::En);
    assert!(en.starts_with('\u{feff}'));
    let lines: Vec<&str> = en.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert!(lines[0].starts_with("file,title,report_type,issuer,region,region_code,level,body,"));
    assert!(lines[1].starts_with("a.txt,柳城县2023年法治政府建设年度报告,rule_of_law,柳城县人民政府,柳城县,450222,县,人民政府,柳州市,广西壮族自治区,unique,2023,"), "{}", lines[1]);
    assert!(lines[2].starts_with("'=b.txt,"), "{}", lines[2]);
    let zh = csv::table(Table::Metrics, &reports, Lang::Zh);
    assert!(zh
        .trim_start_matches('\u{feff}')
        .starts_with("文件,标题,报告类型,发布机关（原文）,地区,行政区划代码,"));
    assert!(zh.contains("所在章节"));
}

#[test]
fn jsonl_is_one_typed_object_per_row() {
    let (a, b) = two();
    let reports = [("a.txt", &a), ("b.txt", &b)];
    let out = jsonl::table(Table::Metrics, &reports);
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), a.metrics.len() + b.metrics.len());
    assert_eq!(lines[0]["region_code"], "450222");
    assert_eq!(lines[0]["value"], 24);
    assert_eq!(lines[0]["year"], 2023);
    assert_eq!(lines[0]["direction"], serde_json::Value::Null);
    assert!(jsonl::table(Table::Reports, &[]).is_empty());
}
