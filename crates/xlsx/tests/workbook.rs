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
        correction: None,
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

/// A corrected value: its cells filled, the original in its own columns, and a sheet listing
/// every correction; a workbook without corrections has no such sheet.
#[test]
fn corrected_cells_are_marked_and_listed() {
    use gangmu_core::corrections::{Anchor, Change, Correction, MetricField};
    let text = "全年审结行政复议案件163件，其中维持93件。";
    let plain = gangmu_core::extract(text, &gangmu_core::Options::default());
    let at = plain
        .metrics
        .iter()
        .find(|m| m.text == "93件")
        .unwrap()
        .span;
    let fix = Correction {
        id: "1".into(),
        time: 0,
        group: None,
        change: Change::EditMetric {
            at: Anchor::at(text, at),
            set: MetricField::Value(Decimal::parse("39").unwrap()),
        },
    };
    let r = gangmu_core::extract_corrected(text, &gangmu_core::Options::default(), &[fix]);
    let bytes = gangmu_xlsx::workbook(
        &[Named {
            file: "a.txt",
            report: &r,
        }],
        Lang::Zh,
    )
    .unwrap();
    let book = part(&bytes, "xl/workbook.xml");
    assert!(book.contains("name=\"更正记录\""), "{book}");
    let styles = part(&bytes, "xl/styles.xml");
    assert!(styles.contains("FFFFE9A8"), "the corrected fill: {styles}");
    let sheet = part(&bytes, "xl/worksheets/sheet1.xml");
    // Row 3 is 维持: the value D3 is 39 in a styled (filled) cell, the original value (P3) 93.
    assert!(sheet.contains("<c r=\"D3\" s="), "{sheet}");
    assert!(sheet.contains("<v>39</v>"), "{sheet}");
    assert!(sheet.contains("<c r=\"P3\"><v>93</v></c>"), "{sheet}");
    let unmarked = gangmu_xlsx::workbook(
        &[Named {
            file: "a.txt",
            report: &plain,
        }],
        Lang::Zh,
    )
    .unwrap();
    assert!(!part(&unmarked, "xl/workbook.xml").contains("更正记录"));
}
