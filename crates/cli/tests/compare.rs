//! `gangmu compare` run for real on the seeds 003 and 004 (柳城县 2023 and 2025): every format,
//! the output file, the same SVG as the core renders, unreadable files and usage errors.

use std::process::Output;

mod common;
use common::{run, seed};

fn text(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn json_by_default_with_the_year_on_year_change() {
    let out = run(&["compare", &seed("003"), &seed("004")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_str(&text(&out)).unwrap();
    assert_eq!(v["columns"][1]["previous"], 0);
    let row = v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["indicator"] == "rmtj_cases")
        .unwrap();
    assert_eq!(row["cells"][0]["value"], 1870);
    assert_eq!(row["cells"][1]["value"], 1869);
    assert_eq!(row["cells"][1]["change"]["delta"], -1);
}

#[test]
fn csv_md_and_svg() {
    let (a, b) = (seed("003"), seed("004"));
    let csv = text(&run(&[
        "compare", "--format", "csv", "--lang", "en", &a, &b,
    ]));
    assert!(csv.starts_with('\u{feff}'));
    assert!(csv.contains("\r\nrmtj_cases,Disputes handled by people's mediation,7,count,1870,件,1870件,1869,件,1869件,-1,-0.1\r\n"), "{csv}");
    let md = text(&run(&["compare", "--format", "md", &a, &b]));
    assert!(
        md.contains("| 人民调解成功率 | 98.2% | 97.6%<br>-0.6个百分点 |"),
        "{md}"
    );
    let svg = run(&["compare", "--format", "svg", &a, &b]);
    assert!(svg.status.success());
    let svg = text(&svg);
    assert!(svg.starts_with("<svg") && svg.ends_with("</svg>\n"));
    // The same bytes as the core renders from the same text (what the web app's worker does).
    let report = |p: &str| {
        let t = std::fs::read_to_string(p).unwrap();
        gangmu_core::extract(&t, &gangmu_core::Options::default())
    };
    let (ra, rb) = (report(&a), report(&b));
    let c = gangmu_core::compare::compare(&[(a.as_str(), &ra), (b.as_str(), &rb)]);
    assert_eq!(
        svg,
        gangmu_core::compare::svg::chart(&c, gangmu_core::present::Lang::Zh)
    );
}

#[test]
fn xlsx_to_a_file() {
    let dir = std::env::temp_dir().join(format!("gangmu-compare-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("对比.xlsx");
    let out = run(&[
        "compare",
        "--format",
        "xlsx",
        "--output",
        path.to_str().unwrap(),
        &seed("003"),
        &seed("004"),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"PK"), "a zip");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn unreadable_files_are_left_out_and_usage_errors() {
    let out = run(&["compare", &seed("003"), "/nonexistent/x.txt", &seed("004")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/x.txt"));
    let v: serde_json::Value = serde_json::from_str(&text(&out)).unwrap();
    assert_eq!(v["columns"].as_array().unwrap().len(), 2);
    assert_eq!(run(&["compare"]).status.code(), Some(2));
    assert_eq!(
        run(&["compare", "--format", "pdf", "a"]).status.code(),
        Some(2)
    );
}

#[test]
fn total_of_two_counties_and_a_time_series_chart() {
    let (yufeng, liucheng) = (seed("001"), seed("003"));
    let out = run(&[
        "compare", "--total", "--format", "csv", "--lang", "en", &yufeng, &liucheng,
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = text(&out);
    assert!(csv
        .lines()
        .next()
        .unwrap()
        .contains("Total 2023 value,Total 2023 unit,Total 2023 note"));
    let row = csv.lines().find(|l| l.starts_with("fy_close,")).unwrap();
    assert!(
        row.contains(",82,件,sum of 鱼峰区政府 2023、柳城县人民政府 2023"),
        "{row}"
    );
    let v: serde_json::Value =
        serde_json::from_str(&text(&run(&["compare", "--total", &yufeng, &liucheng]))).unwrap();
    assert_eq!(v["totals"][0]["year"], 2023);
    // Without --total there is no 合计.
    let v: serde_json::Value =
        serde_json::from_str(&text(&run(&["compare", &yufeng, &liucheng]))).unwrap();
    assert!(v.get("totals").is_none());
    // 柳城县 2025 given before 2023: ordered by year, drawn as line charts.
    let svg = text(&run(&[
        "compare",
        "--format",
        "svg",
        &seed("004"),
        &liucheng,
    ]));
    assert!(svg.contains("<polyline") && svg.contains("柳城县 2023–2025"));
    let v: serde_json::Value =
        serde_json::from_str(&text(&run(&["compare", &seed("004"), &liucheng]))).unwrap();
    assert_eq!(v["columns"][0]["year"], 2023);
}
