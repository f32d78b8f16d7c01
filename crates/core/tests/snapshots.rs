//! One readable snapshot per seed report: the outline, the metric table and the checks as text
//! with byte ranges, so a change in extraction reads like a review in the diff.
//! Review changes with `cargo insta review` (or INSTA_UPDATE=always, then read the .snap diff).

mod common;

use gangmu_core::{extract, Options, Report};
use std::fmt::Write;

fn render(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "title: {:?}", report.title);
    let _ = writeln!(
        out,
        "issuer: {:?}  year: {:?}  published: {:?}",
        report.issuer, report.year, report.published
    );
    let _ = writeln!(out, "\noutline:");
    for h in &report.outline {
        let indent = "  ".repeat(usize::from(h.level));
        let flags = match (h.inferred, h.part) {
            (true, Some(p)) => format!(" [inferred, {}]", p.code()),
            (true, None) => " [inferred]".to_string(),
            (false, Some(p)) => format!(" [{}]", p.code()),
            (false, None) => String::new(),
        };
        let _ = writeln!(
            out,
            "{indent}{}{}{flags}  {}..{}",
            h.marker, h.title, h.span.start, h.span.end
        );
    }
    let _ = writeln!(out, "\npoints: {}", report.points.len());
    let _ = writeln!(out, "\nmetrics:");
    for m in &report.metrics {
        let q = m
            .qualifier
            .map_or(String::new(), |q| format!(" {}", q.as_str()));
        let dir = m.direction.map_or(String::new(), |d| format!(" {d:?}"));
        let sec = m.section.map_or("-".to_string(), |s| s.to_string());
        let _ = writeln!(
            out,
            "  {}..{} «{}» {} {}{q} {}{dir} §{sec} | {}",
            m.span.start,
            m.span.end,
            m.text,
            m.value,
            m.unit.as_deref().unwrap_or("∅"),
            m.kind.as_str(),
            m.label
        );
    }
    let _ = writeln!(
        out,
        "\ndates: {}",
        report
            .dates
            .iter()
            .map(|d| d.value.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    );
    let _ = writeln!(out, "\nchecks:");
    for c in &report.checks {
        let _ = writeln!(
            out,
            "  {} {:?} {} | {}",
            if c.holds { "✓" } else { "✗" },
            c.kind,
            c.relation,
            c.note
        );
    }
    let _ = writeln!(out, "\nfindings:");
    for f in &report.findings {
        let span = f
            .span
            .map_or(String::new(), |s| format!("{}..{}", s.start, s.end));
        let _ = writeln!(out, "  {:?} {span} {}", f.kind, f.message.zh);
    }
    out
}

fn snapshot(prefix: &str) {
    let report = extract(&common::seed(prefix), &Options::default());
    insta::assert_snapshot!(format!("seed_{prefix}"), render(&report));
}

#[test]
fn seed_000_liuzhou_justice_bureau_2023() {
    snapshot("000");
}

#[test]
fn seed_001_yufeng_district_2023() {
    snapshot("001");
}

#[test]
fn seed_002_liuzhou_city_2021() {
    snapshot("002");
}

#[test]
fn seed_003_liucheng_county_2023() {
    snapshot("003");
}

#[test]
fn seed_004_liucheng_county_2025_web_scrape() {
    snapshot("004");
}
