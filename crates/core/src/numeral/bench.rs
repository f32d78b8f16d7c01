//! Throughput of `find_all` on the seed reports, for BENCHMARKS.md ("Numeral conformance",
//! Speed). A benchmark, not a test: it prints a figure and asserts nothing. Run with
//! `cargo test --release -p gangmu-core --lib numeral::bench -- --ignored --nocapture`.

use super::find_all;
use std::time::Instant;

#[test]
#[ignore = "benchmark: run explicitly in a release build"]
fn find_all_throughput_on_the_seed_reports() {
    let seeds: String = crate::test_seeds::seeds()
        .into_iter()
        .map(|(_, text)| text)
        .collect();
    let text = seeds.repeat(10);
    let chars = text.chars().count();
    let mut best = f64::MAX;
    let mut found = 0;
    for _ in 0..5 {
        let t = Instant::now();
        found = find_all(&text).len();
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "find_all: {chars} chars, {found} numerals, best of 5 {:.1} ms = {:.1} M chars/s",
        best * 1e3,
        chars as f64 / best / 1e6
    );
}
