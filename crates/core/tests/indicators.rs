//! The indicator mapping measured on the seeds against hand-checked expectations.
//!
//! fixtures/indicators/expected.json gives, for every metric of
//! fixtures/reports/expected/*.json (same order and quotes), the indicator it should get or
//! null. Extracted metrics are matched to those metrics as in tests/expected.rs (span overlaps
//! the quote's first occurrence, same value). Figures (BENCHMARKS.md, "Indicators"):
//! - coverage: share of matched seed metrics that get an indicator;
//! - precision: share of those whose indicator is the expected one;
//! - recall: share of metrics expected to have an indicator that get the right one.
//!
//! Run with `-- --nocapture` to see the figures and every disagreement.

mod common;

use gangmu_core::{extract, indicators, Options, Span};
use serde_json::Value;

fn load(path: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn indicator_mapping_on_the_seeds() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let expected = load(&format!("{root}/fixtures/indicators/expected.json"));
    let expected = expected["metrics"].as_array().unwrap();
    for e in expected {
        if let Some(id) = e["indicator"].as_str() {
            assert!(indicators::get(id).is_some(), "unknown indicator {id}");
        }
    }
    let mut next = expected.iter();
    let (mut matched, mut assigned, mut right, mut wanted, mut found) = (0, 0, 0, 0, 0);
    let mut disagreements = Vec::new();
    let mut seeds: Vec<_> = std::fs::read_dir(format!("{root}/fixtures/reports/expected"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    seeds.sort();
    for path in seeds {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let text = common::seed(&stem);
        let gold = load(path.to_str().unwrap());
        let report = extract(&text, &Options::default());
        let mut used = vec![false; report.metrics.len()];
        for g in gold["metrics"].as_array().unwrap() {
            let e = next.next().expect("an expectation for every seed metric");
            let quote = g["quote"].as_str().unwrap();
            assert_eq!(
                e["quote"].as_str(),
                Some(quote),
                "{stem}: expectations out of step"
            );
            assert_eq!(e["seed"].as_str(), Some(&stem[..3]));
            let want = e["indicator"].as_str();
            wanted += usize::from(want.is_some());
            let at = text.find(quote).unwrap();
            let span = Span::new(at, at + quote.len());
            let value = g["value"].as_f64().unwrap();
            let Some(j) = report.metrics.iter().enumerate().position(|(j, m)| {
                !used[j] && m.span.overlaps(span) && (m.value.to_f64() - value).abs() < 1e-9
            }) else {
                continue;
            };
            used[j] = true;
            matched += 1;
            let got = report.metrics[j].indicator.as_deref();
            assigned += usize::from(got.is_some());
            if got.is_some() && got == want {
                right += 1;
                found += 1;
            }
            if got != want {
                disagreements.push(format!("{stem} {quote:?}: got {got:?}, expected {want:?}"));
            }
        }
    }
    assert!(next.next().is_none(), "more expectations than seed metrics");
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!(
        "indicators: {} in the dictionary; seed metrics matched {matched}; with an indicator \
         {assigned} = {:.1} % (expected {wanted} = {:.1} %); right {right}/{assigned} = {:.1} % \
         precision; {found}/{wanted} = {:.1} % recall",
        indicators::dictionary().indicators.len(),
        pct(assigned, matched),
        pct(wanted, matched),
        pct(right, assigned),
        pct(found, wanted)
    );
    for d in &disagreements {
        println!("  {d}");
    }
    assert!(matched >= 380, "{matched}");
    assert!(
        pct(right, assigned) >= 95.0,
        "precision fell: {disagreements:#?}"
    );
    assert!(
        pct(found, wanted) >= 90.0,
        "recall fell: {disagreements:#?}"
    );
}
