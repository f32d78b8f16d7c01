//! Gangmu's extraction core: the text of a 法治政府建设年度报告 in, a typed [`Report`] out.
//!
//! The pipeline, one module per stage (see ARCHITECTURE.md):
//!
//! ```text
//! decode ─▶ clean ─▶ meta ─▶ outline ─▶ genre ─▶ metrics ─▶ indicators ─▶ checks ─▶ profile ─▶ present
//! bytes     text     title   headings   report  quantities  canonical     arithmetic measures   JSON / CSV /
//!                                       type                names         and parts  of the     Markdown
//!                                                                                    report
//! ```
//!
//! Below the stages: `span`, `decimal`, `text`, `model` (the report types and [`Options`]),
//! `lexicon` (units, heading markers, word lists, regular patterns), then `numeral` (reading
//! one number) and `region`;
//! `sentences` (the sentences around each metric) sits between metrics and the indicators
//! and checks that read it. Imports only go down this order (`tests/layers.rs` checks it).
//!
//! [`extract`] runs clean → profile on text; [`decode`] turns bytes into text first and
//! [`present`] renders a report. Invariants:
//! - No I/O, no clock, no DOM: the same code runs in the CLI and in the browser's wasm.
//! - Never panics on any input; problems in the text become [`Finding`]s.
//! - Every span is a UTF-8 byte range into the text as given, on char boundaries.

#![forbid(unsafe_code)]

pub mod checks;
pub mod clean;
pub mod compare;
pub mod corrections;
pub mod dataset;
pub mod decimal;
pub mod decode;
pub mod genre;
pub mod indicators;
pub mod lexicon;
pub mod meta;
pub mod metrics;
pub mod model;
pub mod numeral;
pub mod outline;
pub mod present;
pub mod profile;
pub mod region;
pub mod sentences;
pub mod sort;
pub mod span;
pub mod text;

/// The seed reports for unit tests: the same loader as the integration tests and benchmark.
#[cfg(test)]
#[path = "../tests/common/mod.rs"]
mod test_seeds;
pub mod workspace;

pub use decimal::Decimal;
pub use model::*;
pub use span::Span;

/// Version of the JSON schema printed by the CLI and exported by the web app.
pub const SCHEMA_VERSION: u32 = 1;

/// Runs the whole pipeline on one report's text.
pub fn extract(text: &str, options: &Options) -> Report {
    extract_corrected(text, options, &[])
}

/// Runs the pipeline with the user's corrections applied right after the metrics stage, so
/// indicators, checks and the profile are computed from the corrected values (see
/// [`corrections`]). With an empty log this is [`extract`].
pub fn extract_corrected(text: &str, options: &Options, log: &[corrections::Correction]) -> Report {
    let mut cleaned = clean::clean(text);
    let meta = meta::read_meta(&cleaned, options);
    let mut outline = outline::build(&cleaned, &meta);
    let report_type = genre::detect(meta.title.as_deref(), &outline.headings, &cleaned.text);
    outline::assign_parts(&mut outline.headings, report_type, meta.year);
    let body_from = meta.title_range.map_or(0, |(_, end)| end);
    let metrics = metrics::extract(&cleaned, &outline, body_from);
    // A place read as the issuer (江苏省) is the body that issues a report of its type.
    let issuer = meta
        .issuer
        .map(|issuer| meta::issuing_body(issuer, report_type));
    let issued_by = issuer
        .as_deref()
        .map(|issuer| region::normalise(issuer, &cleaned.text));
    let mut report = Report {
        issued_by,
        title: meta.title,
        title_span: meta.title_span,
        issuer,
        report_type,
        year: meta.year,
        published: meta.published,
        outline: outline.headings.clone(),
        // Moved, not cloned: nothing after this point reads them from the stages' results.
        points: std::mem::take(&mut outline.points),
        metrics: metrics.metrics,
        dates: metrics.dates,
        removed: std::mem::take(&mut cleaned.removed),
        stats: Stats {
            chars: text.chars().count(),
            body_chars: cleaned.text.chars().count(),
        },
        ..Report::default()
    };
    report.findings.append(&mut cleaned.findings);
    report.findings.extend(meta.findings);
    report.findings.append(&mut outline.findings);
    report.findings.extend(metrics.findings);
    let mut positions = metrics.positions;
    let applied = (!log.is_empty()).then(|| {
        // The indicators as extracted are part of what a corrected metric keeps as its
        // original, so they are assigned once before the corrections too.
        indicators::assign(
            &sentences::Context::new(&cleaned, &outline, &positions),
            &mut report,
        );
        corrections::apply::Metrics::apply(&cleaned, &outline, &mut report, &mut positions, log)
    });
    let ctx = sentences::Context::new(&cleaned, &outline, &positions);
    indicators::assign(&ctx, &mut report);
    if let Some(applied) = &applied {
        applied.force_indicators(&mut report);
    }
    checks::run(&ctx, &mut report);
    report.profile = profile::build(&ctx, &report);
    sort::by_key(&mut report.findings, |f| f.span.map(|s| (s.start, s.end)));
    if let Some(applied) = applied {
        applied.finish(text, &mut report, log);
    }
    report
}
