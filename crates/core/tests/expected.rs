//! The hand-checked expectations in fixtures/reports/expected/ used as test data.
//!
//! Matching follows tools/score.py (the evaluators' scorer): a predicted metric matches a gold
//! one when its span overlaps the gold quote's first occurrence and value and unit agree. The
//! corpus-wide figures must stay at or above the floors in fixtures/reports/floors.toml (the
//! same file scripts/score.sh reads); every gold defect we detect
//! must keep being reported; every arithmetic check of kind sum/rate must be found.

mod common;

use gangmu_core::{extract, Options, Report, Span};
use serde_json::Value;
use std::collections::HashSet;

struct Seed {
    name: String,
    text: String,
    gold: Value,
    report: Report,
}

fn seeds() -> Vec<Seed> {
    let mut out = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(format!("{}/expected", common::SEED_DIR))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    names.sort();
    for path in names {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let text = common::seed(&stem);
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let report = extract(&text, &Options::default());
        out.push(Seed {
            name: stem,
            text,
            gold,
            report,
        });
    }
    out
}

/// Byte span of the first occurrence of `quote`.
fn locate(text: &str, quote: &str) -> Option<Span> {
    text.find(quote).map(|s| Span::new(s, s + quote.len()))
}

fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !c.is_whitespace()
                && !"。，,；;：:、．.！!？?“”\"'‘’（）()《》〈〉<>【】[]—-·…".contains(*c)
        })
        .collect()
}

fn num(v: &Value) -> Option<f64> {
    v.as_f64()
}

fn unit_eq(pred: Option<&str>, gold: &Value) -> bool {
    let g = gold.as_str().unwrap_or("").replace('％', "%");
    pred.unwrap_or("") == g
}

fn fold_qualifier(q: Option<&str>) -> Option<String> {
    match q? {
        "超过" | "突破" | "逾" => Some("超".into()),
        "内" | "以内" | "不超过" => Some("以下".into()),
        "不足" => Some("不到".into()),
        "达" | "高达" | "均为" => None,
        other => Some(other.into()),
    }
}

fn label_ok(pred: &str, gold: &str) -> bool {
    let (g, p) = (norm(gold), norm(pred));
    if g.is_empty() {
        return true;
    }
    if p.chars().count() > 2 * g.chars().count() + 4 {
        return false;
    }
    let set: HashSet<char> = g.chars().collect();
    set.iter().filter(|c| p.contains(**c)).count() * 2 >= set.len()
}

#[derive(Default, Debug)]
struct Tally {
    gold: usize,
    found: usize,
    extra: usize,
    qualifier_n: usize,
    qualifier_ok: usize,
    label_ok: usize,
    traps: usize,
    traps_hit: usize,
}

fn tally(seed: &Seed, t: &mut Tally, misses: &mut Vec<String>) {
    let preds = &seed.report.metrics;
    let mut used = vec![false; preds.len()];
    for g in seed.gold["metrics"].as_array().unwrap() {
        let loc = locate(&seed.text, g["quote"].as_str().unwrap()).unwrap();
        t.gold += 1;
        let hit = preds.iter().enumerate().position(|(j, p)| {
            !used[j]
                && p.span.overlaps(loc)
                && num(&g["value"]).is_some_and(|v| (p.value.to_f64() - v).abs() < 1e-9)
                && unit_eq(p.unit.as_deref(), &g["unit"])
        });
        let Some(j) = hit else {
            misses.push(format!(
                "{}: missed {} {}",
                seed.name, g["quote"], g["value"]
            ));
            continue;
        };
        used[j] = true;
        t.found += 1;
        let (pq, gq) = (
            fold_qualifier(preds[j].qualifier.map(|q| q.as_str())),
            fold_qualifier(g["qualifier"].as_str()),
        );
        if pq.is_some() || gq.is_some() {
            t.qualifier_n += 1;
            t.qualifier_ok += usize::from(pq == gq);
        }
        t.label_ok += usize::from(label_ok(&preds[j].label, g["label"].as_str().unwrap_or("")));
    }
    t.extra += used.iter().filter(|u| !**u).count();
    for trap in seed.gold["not_metrics"].as_array().unwrap() {
        if let Some(loc) = locate(&seed.text, trap["quote"].as_str().unwrap()) {
            t.traps += 1;
            if preds.iter().any(|p| p.span.overlaps(loc)) {
                t.traps_hit += 1;
                misses.push(format!("{}: trap hit {}", seed.name, trap["quote"]));
            }
        }
    }
}

#[test]
fn metrics_meet_the_floors() {
    let mut t = Tally::default();
    let mut misses = Vec::new();
    for seed in seeds() {
        tally(&seed, &mut t, &mut misses);
    }
    let recall = t.found as f64 / t.gold as f64;
    let precision = t.found as f64 / (t.found + t.extra) as f64;
    let qualifier = t.qualifier_ok as f64 / t.qualifier_n.max(1) as f64;
    let label = t.label_ok as f64 / t.found.max(1) as f64;
    eprintln!("{t:?}\nrecall {recall:.3} precision {precision:.3} qualifier {qualifier:.3} label {label:.3}");
    for m in &misses {
        eprintln!("  {m}");
    }
    let floor = common::floor;
    assert!(recall >= floor("metric_R"), "metric recall {recall:.3}");
    assert!(
        precision >= floor("metric_P"),
        "metric precision {precision:.3}"
    );
    assert!(
        qualifier >= floor("qualifier"),
        "qualifier agreement {qualifier:.3}"
    );
    assert!(label >= floor("label"), "label agreement {label:.3}");
    let traps_max = floor("traps_hit_max") as usize;
    assert!(
        t.traps_hit <= traps_max,
        "{} of {} traps hit",
        t.traps_hit,
        t.traps
    );
}

#[test]
fn outline_and_titles_match() {
    let (mut tp, mut gold_n, mut pred_n) = (0, 0, 0);
    for seed in seeds() {
        let gold = seed.gold["outline"].as_array().unwrap();
        gold_n += gold.len();
        pred_n += seed.report.outline.len();
        let mut used = vec![false; seed.report.outline.len()];
        for g in gold {
            let gt = norm(g["title"].as_str().unwrap());
            let level = g["level"].as_u64().unwrap() as u8;
            if let Some(j) = seed.report.outline.iter().enumerate().position(|(j, h)| {
                !used[j] && h.level == level && {
                    let pt = norm(&h.title);
                    pt.starts_with(&gt) || gt.starts_with(&pt)
                }
            }) {
                used[j] = true;
                tp += 1;
            } else {
                eprintln!("{}: heading missed {}", seed.name, g["title"]);
            }
        }
        match seed.gold["title"].as_str() {
            Some(t) => assert_eq!(
                seed.report.title.as_deref().map(norm),
                Some(norm(t)),
                "{}",
                seed.name
            ),
            None => assert_eq!(seed.report.title, None, "{}", seed.name),
        }
    }
    let (p, r) = (tp as f64 / pred_n as f64, tp as f64 / gold_n as f64);
    let f1 = 2.0 * p * r / (p + r);
    assert!(f1 >= common::floor("outline_F1"), "outline F1 {f1:.3}");
}

#[test]
fn inferred_headings_are_marked() {
    for seed in seeds() {
        for (g, h) in seed.gold["outline"]
            .as_array()
            .unwrap()
            .iter()
            .zip(&seed.report.outline)
        {
            let inferred = g
                .get("note")
                .and_then(Value::as_str)
                .is_some_and(|n| n.contains("inferred"));
            assert_eq!(h.inferred, inferred, "{}: {}", seed.name, h.title);
            if inferred {
                assert_eq!(h.marker, g["marker"].as_str().unwrap());
            }
        }
    }
}

/// Defects of the text that the clean, meta and outline stages report as findings.
#[test]
fn defects_are_reported() {
    use gangmu_core::FindingKind as K;
    let mut checked = 0;
    for seed in seeds() {
        for d in seed.gold["defects"].as_array().unwrap() {
            let kind = match d["kind"].as_str().unwrap() {
                "web-chrome" => K::WebChrome,
                "duplicated-body" => K::DuplicatedBody,
                "dropped-date-char" => K::DroppedDateChar,
                "missing-numeral-heading" => K::MissingNumeralHeading,
                "inline-heading-with-body" => K::InlineHeading,
                "no-title" => K::NoTitle,
                _ => continue,
            };
            let quote = d["quote"].as_str().unwrap();
            let loc = locate(&seed.text, quote.trim()).unwrap();
            // Chrome inside the duplicated copy goes out with the copy.
            let found = seed.report.findings.iter().any(|f| {
                let kinds_match =
                    f.kind == kind || (kind == K::WebChrome && f.kind == K::DuplicatedBody);
                kinds_match
                    && f.span.is_some_and(|s| {
                        s.overlaps(loc)
                            || (s.is_empty() && s.start >= loc.start && s.start <= loc.end)
                    })
            });
            assert!(found, "{}: no {kind:?} finding for {quote:?}", seed.name);
            checked += 1;
        }
    }
    assert!(checked >= 20, "only {checked} defects checked");
}

/// Numbers appearing in a relation such as `93+26+28+16=163` or `58/60=96.66%`.
fn relation_numbers(rel: &str) -> Vec<String> {
    let mut out: Vec<String> = rel
        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .filter(|s| !s.is_empty())
        .map(|s| s.trim_end_matches('.').to_string())
        .collect();
    out.sort();
    out
}

#[test]
fn sum_and_rate_checks_are_found() {
    let mut missing = Vec::new();
    let mut total = 0;
    for seed in seeds() {
        for g in seed.gold["checks"].as_array().unwrap() {
            let kind = g["kind"].as_str().unwrap();
            let rel = g["relation"].as_str().unwrap();
            // Relations with brackets or products need readings beyond the text's own figures.
            if !matches!(kind, "sum" | "rate") || rel.contains('(') || rel.contains('*') {
                continue;
            }
            total += 1;
            let want = relation_numbers(rel);
            let holds = g["holds"].as_bool().unwrap();
            let found = seed
                .report
                .checks
                .iter()
                .any(|c| relation_numbers(&c.relation) == want && c.holds == holds);
            if !found {
                missing.push(format!("{}: {rel} (holds {holds})", seed.name));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} of {total} checks not found: {missing:#?}",
        missing.len()
    );
}
