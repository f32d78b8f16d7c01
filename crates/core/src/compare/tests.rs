use super::*;
use crate::{extract, Options};

fn two() -> (Report, Report) {
    let a = extract(
        "柳城县2023年法治政府建设年度报告\n一、主要举措和成效\n全县各级人民调解组织调解民间纠纷1870件，调解成功1837件，调解成功率98.2%。\n",
        &Options::default(),
    );
    let b = extract(
        "柳城县人民政府2025年法治政府建设年度报告\n一、主要举措和成效\n全县各级人民调解组织调解民间纠纷1869件，调解成功1825件，调解成功率97.6%。<script>\n",
        &Options::default(),
    );
    (a, b)
}

#[test]
fn year_on_year_for_the_same_issuer() {
    let (a, b) = two();
    // Given newest first: the earlier year is still the base.
    let c = compare(&[("b.txt", &b), ("a.txt", &a)]);
    assert_eq!(c.columns[0].previous, Some(1));
    assert_eq!(c.columns[1].previous, None);
    let row = c.rows.iter().find(|r| r.indicator == "rmtj_cases").unwrap();
    let ch = row.cells[0].change.as_ref().unwrap();
    assert_eq!(ch.delta.to_string(), "-1");
    assert_eq!(ch.percent, Some(-0.1));
    let rate = c.rows.iter().find(|r| r.indicator == "rmtj_rate").unwrap();
    let ch = rate.cells[0].change.as_ref().unwrap();
    assert_eq!(ch.delta.to_string(), "-0.6");
    assert_eq!(ch.percent, None);
    assert_eq!(change_text(ch, rate.kind, Lang::Zh), "-0.6个百分点");
}

#[test]
fn different_issuers_are_not_differenced() {
    let (a, _) = two();
    let other = extract(
        "柳州市司法局2025年法治政府建设年度报告\n调解民间纠纷10件。\n",
        &Options::default(),
    );
    let c = compare(&[("a.txt", &a), ("o.txt", &other)]);
    assert!(c.columns.iter().all(|col| col.previous.is_none()));
    assert!(c
        .rows
        .iter()
        .flat_map(|r| &r.cells)
        .all(|x| x.change.is_none()));
}

#[test]
fn svg_is_deterministic_and_escaped() {
    let (a, b) = two();
    let c = compare(&[("<a&b>.txt", &a), ("b\".txt", &b)]);
    let one = svg::chart(&c, Lang::Zh);
    let two = svg::chart(&compare(&[("<a&b>.txt", &a), ("b\".txt", &b)]), Lang::Zh);
    assert_eq!(one, two);
    assert!(one.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(one.trim_end().ends_with("</svg>"));
    assert!(!one.contains("<script"), "no text is markup");
    assert!(one.contains("人民调解案件"));
    assert!(one.contains("-1 (-0.1%)"), "{one}");
    assert_eq!(
        svg::esc("<a href=\"x\">&'"),
        "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
    );
    // Balanced: every opened element is closed.
    assert_eq!(one.matches("<text").count(), one.matches("</text>").count());
}

#[test]
fn csv_and_markdown() {
    let (a, b) = two();
    let c = compare(&[("a.txt", &a), ("b.txt", &b)]);
    let csv = csv::table(&c, Lang::Zh);
    assert!(csv.starts_with('\u{feff}'));
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert!(lines[0].contains("较"), "{}", lines[0]);
    let row = lines.iter().find(|l| l.starts_with("rmtj_cases,")).unwrap();
    assert!(
        row.contains(",1870,件,1870件,1869,件,1869件,-1,-0.1"),
        "{row}"
    );
    assert!(lines
        .iter()
        .any(|l| l.starts_with("profile:metrics_per_1000,")));
    let md = markdown::table(&c, Lang::En);
    assert!(
        md.contains("| Disputes handled by people's mediation | 1870件 | 1869件<br>-1 (-0.1%) |"),
        "{md}"
    );
    assert!(md.contains("-1 (-0.1%)"));
}

#[test]
fn empty_and_single() {
    let c = compare(&[]);
    assert!(c.rows.is_empty() && c.columns.is_empty());
    assert!(svg::chart(&c, Lang::En).contains("</svg>"));
    let (a, _) = two();
    let c = compare(&[("a.txt", &a)]);
    assert_eq!(c.columns.len(), 1);
    assert!(svg::chart(&c, Lang::Zh).contains("1870件"));
}
