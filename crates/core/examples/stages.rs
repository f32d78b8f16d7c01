//! The pipeline stage by stage, each in a function of its own, for a profiler: `valgrind
//! --tool=callgrind target/release/examples/stages [FILE...]` then `callgrind_annotate
//! --inclusive=yes` lists each stage's instructions (`stage_clean`, `stage_metrics` …), which
//! inlining hides in a profile of `extract`. Runs the seed reports five times by default, or
//! `PASSES` times: BENCHMARKS' "instructions a pass" is (the total with `PASSES=6` − with
//! `PASSES=1`) / 5, so the one-time initialisation (segmenter, region table, automata) drops out.
//! The genre and region stages are here because `extract` runs them too.

use gangmu_core::{checks, clean, indicators, meta, metrics, outline, profile, sentences};
use gangmu_core::{Options, Report, Stats};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let paths: Vec<std::path::PathBuf> = if args.is_empty() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/reports");
        let mut v: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        v.sort();
        v
    } else {
        args.iter().map(Into::into).collect()
    };
    for p in paths {
        let t = std::fs::read_to_string(&p).unwrap();
        let passes: usize = std::env::var("PASSES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(5);
        for _ in 0..passes {
            std::hint::black_box(run(&t));
        }
    }
}

/// `gangmu_core::extract`, with each stage behind a call that is never inlined.
fn run(text: &str) -> Report {
    let options = Options::default();
    let cleaned = stage_clean(text);
    let meta = stage_meta(&cleaned, &options);
    let outline = stage_outline(&cleaned, &meta);
    std::hint::black_box(stage_genre(&meta, &outline, &cleaned));
    std::hint::black_box(stage_region(&meta, &cleaned));
    let body_from = meta.title_range.map_or(0, |(_, end)| end);
    let mut metrics = stage_metrics(&cleaned, &outline, body_from);
    let mut report = Report {
        outline: outline.headings.clone(),
        points: outline.points.clone(),
        metrics: std::mem::take(&mut metrics.metrics),
        stats: Stats {
            chars: text.chars().count(),
            body_chars: cleaned.text.chars().count(),
        },
        ..Report::default()
    };
    let ctx = sentences::Context::new(&cleaned, &outline, &metrics.positions);
    stage_indicators(&ctx, &mut report);
    stage_checks(&ctx, &mut report);
    report.profile = stage_profile(&ctx, &report);
    report
}

#[inline(never)]
fn stage_clean(text: &str) -> clean::Cleaned<'_> {
    clean::clean(text)
}

#[inline(never)]
fn stage_meta(cleaned: &clean::Cleaned<'_>, options: &Options) -> meta::Meta {
    meta::read_meta(cleaned, options)
}

#[inline(never)]
fn stage_outline(cleaned: &clean::Cleaned<'_>, meta: &meta::Meta) -> outline::Outline {
    outline::build(cleaned, meta)
}

#[inline(never)]
fn stage_metrics(
    cleaned: &clean::Cleaned<'_>,
    outline: &outline::Outline,
    body_from: usize,
) -> metrics::Extracted {
    metrics::extract(cleaned, outline, body_from)
}

#[inline(never)]
fn stage_indicators(ctx: &sentences::Context<'_, '_>, report: &mut Report) {
    indicators::assign(ctx, report);
}

#[inline(never)]
fn stage_checks(ctx: &sentences::Context<'_, '_>, report: &mut Report) {
    checks::run(ctx, report);
}

#[inline(never)]
fn stage_profile(ctx: &sentences::Context<'_, '_>, report: &Report) -> gangmu_core::Profile {
    profile::build(ctx, report)
}

#[inline(never)]
fn stage_genre(
    meta: &meta::Meta,
    outline: &outline::Outline,
    cleaned: &clean::Cleaned<'_>,
) -> gangmu_core::model::ReportType {
    gangmu_core::genre::detect(meta.title.as_deref(), &outline.headings, &cleaned.text)
}

#[inline(never)]
fn stage_region(
    meta: &meta::Meta,
    cleaned: &clean::Cleaned<'_>,
) -> Option<gangmu_core::model::IssuedBy> {
    meta.issuer
        .as_deref()
        .map(|issuer| gangmu_core::region::normalise(issuer, &cleaned.text))
}
