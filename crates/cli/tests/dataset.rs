//! `gangmu dataset` run for real on the five seeds: the CSV is the core's byte for byte, the
//! JSON lines hold the same rows, the workbook goes to a file, usage errors exit 2.

use gangmu_core::dataset::{self, Table};
use gangmu_core::present::Lang;

mod common;
use common::{run, seed};

fn seeds() -> Vec<String> {
    ["000", "001", "002", "003", "004"]
        .iter()
        .map(|s| seed(s))
        .collect()
}

fn core_reports(paths: &[String]) -> Vec<(String, gangmu_core::Report)> {
    paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            (p.clone(), gangmu_core::extract(&text, &Default::default()))
        })
        .collect()
}

#[test]
fn csv_by_default_one_row_per_report_with_the_regions() {
    let paths = seeds();
    let mut args = vec!["dataset"];
    args.extend(paths.iter().map(String::as_str));
    let out = run(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = String::from_utf8(out.stdout).unwrap();
    let reports = core_reports(&paths);
    let refs: Vec<(&str, &gangmu_core::Report)> =
        reports.iter().map(|(f, r)| (f.as_str(), r)).collect();
    assert_eq!(csv, dataset::csv::table(Table::Reports, &refs, Lang::En));
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert!(lines[0].starts_with("file,title,report_type,issuer,region,region_code,level,body,"));
    let codes: Vec<&str> = lines[1..6]
        .iter()
        .map(|l| l.split(',').nth(5).unwrap())
        .collect();
    assert_eq!(codes, ["450200", "450203", "450200", "450222", "450222"]);
    assert!(lines[1].contains(",司法局,"), "{}", lines[1]);
}

#[test]
fn metrics_table_as_json_lines_and_in_chinese() {
    let paths = seeds();
    let mut args = vec!["dataset", "--table", "metrics", "--format", "jsonl"];
    args.extend(paths.iter().map(String::as_str));
    let out = run(&args);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let metrics: usize = core_reports(&paths)
        .iter()
        .map(|(_, r)| r.metrics.len())
        .sum();
    assert_eq!(rows.len(), metrics);
    assert!(rows
        .iter()
        .all(|r| r["region_code"].is_string() && r["value"].is_number()));

    let out = run(&["dataset", "--table", "metrics", "--lang", "zh", &paths[3]]);
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(csv.starts_with("\u{feff}文件,标题,报告类型,发布机关（原文）,地区,行政区划代码,层级,"));
}

#[test]
fn workbook_to_a_file_and_usage_errors() {
    let dir = std::env::temp_dir().join(format!("gangmu-dataset-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("d.xlsx");
    let out = run(&[
        "dataset",
        "--format",
        "xlsx",
        "--output",
        file.to_str().unwrap(),
        &seed("003"),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with(b"PK"));
    std::fs::remove_dir_all(&dir).ok();

    assert_eq!(
        run(&["dataset", "--table", "rows", &seed("003")])
            .status
            .code(),
        Some(2)
    );
    let out = run(&["dataset", &seed("003"), "/no/such/file.txt"]);
    assert_eq!(out.status.code(), Some(1));
    let csv = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        csv.trim_start_matches('\u{feff}')
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .count(),
        2
    );
}
