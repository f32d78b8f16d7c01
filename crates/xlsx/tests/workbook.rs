//! The workbook read back as a zip of XML parts: sheets, number cells, quote-prefixed text.

use gangmu_core::{Decimal, Heading, Metric, MetricKind, Report, Span};
use gangmu_xlsx::table::{Lang, Named};
use std::io::Read;

fn report() -> Report {
    let heading = Heading {
        level: 1,
        marker: "一、".into(),
        title: "主要举措".into(),
        inferred: false,
        part: None,
        span: Span::new(0, 18),
        body: Span::new(0, 60),
        parent: None,
    };
    let metric = |label: &str, value: &str, unit: &str| Metric {
        value: Decimal::parse(value).unwrap(),
        unit: Some(unit.into()),
        qualifier: None,
        qualifier_text: None,
        kind: MetricKind::Count,
        direction: None,
        label: label.into(),
        section: Some(0),
        span: Span::new(20, 26),
        text: format!("{value}{unit}"),
        base: None,
        indicator: None,
    };
    Report {
        outline: vec![heading],
        metrics: vec![
            metric("受理案件", "163", "件"),
            metric("=HYPERLINK(\"http://x\")", "23.07", "亿元"),
        ],
        ..Report::default()
    }
}

fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut s = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

#[test]
fn three_sheets_named_in_chinese() {
    let r = report();
    let bytes = gangmu_xlsx::workbook(
        &[Named {
            file: "a.txt",
            report: &r,
        }],
        Lang::Zh,
    )
    .unwrap();
    let book = part(&bytes, "xl/workbook.xml");
    for name in ["指标", "提纲", "核查发现"] {
        assert!(book.contains(&format!("name=\"{name}\"")), "{book}");
    }
}

#[test]
fn values_are_number_cells_and_formulas_stay_text() {
    let r = report();
    let bytes = gangmu_xlsx::workbook(
        &[Named {
            file: "a.txt",
            report: &r,
        }],
        Lang::En,
    )
    .unwrap();
    let sheet = part(&bytes, "xl/worksheets/sheet1.xml");
    // D2 (the value column, as in the core's CSV) holds 163 as a number (no t="s").
    assert!(sheet.contains("<c r=\"D2\"><v>163</v></c>"), "{sheet}");
    assert!(sheet.contains("<v>23.07</v>"), "{sheet}");
    // No cell is a formula.
    assert!(!sheet.contains("<f>"), "{sheet}");
    // The label that looks like a formula is a shared string with the quote-prefix style.
    let strings = part(&bytes, "xl/sharedStrings.xml");
    assert!(strings.contains("=HYPERLINK"), "{strings}");
    let styles = part(&bytes, "xl/styles.xml");
    assert!(styles.contains("quotePrefix=\"1\""), "{styles}");
}

#[test]
fn several_reports_share_one_workbook() {
    let a = report();
    let b = report();
    let bytes = gangmu_xlsx::workbook(
        &[
            Named {
                file: "a.txt",
                report: &a,
            },
            Named {
                file: "b.txt",
                report: &b,
            },
        ],
        Lang::Zh,
    )
    .unwrap();
    let sheet = part(&bytes, "xl/worksheets/sheet1.xml");
    // Header plus two metrics per report.
    assert!(sheet.contains("r=\"5\""), "{sheet}");
    assert!(!sheet.contains("r=\"6\""), "{sheet}");
}
