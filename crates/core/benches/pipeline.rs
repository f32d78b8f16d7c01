//! Throughput of the whole pipeline (`gangmu_core::extract`) on the seed reports, and its
//! behaviour on pathological input (linear time is the goal there).
//!
//! `cargo bench -p gangmu-core --bench pipeline`; figures are recorded in BENCHMARKS.md.

use divan::counter::BytesCount;
use divan::Bencher;
#[path = "../tests/common/mod.rs"]
mod common;

use common::{seed as seed_text, seeds};
use gangmu_core::{extract, Options};

fn main() {
    divan::main();
}

/// All five seeds in one go (≈ 100 KB): the figure quoted as the pipeline's MB/s.
#[divan::bench(sample_count = 50)]
fn all_seeds(bencher: Bencher) {
    let texts = seeds();
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        for (_, t) in &texts {
            divan::black_box(extract(t, &Options::default()));
        }
    });
}

#[divan::bench(args = ["000", "001", "002", "003", "004"], sample_count = 50)]
fn seed(bencher: Bencher, prefix: &str) {
    let text = seed_text(prefix);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| extract(&text, &Options::default()));
}

/// Pathological inputs: each must stay linear (compare MB/s across sizes).
mod pathological {
    use super::*;

    fn digits(n: usize) -> String {
        "1".repeat(n)
    }

    fn headings(n: usize) -> String {
        (1..=n)
            .map(|i| format!("（{}）标题{i}\n", if i % 2 == 0 { "一" } else { "二" }))
            .collect()
    }

    fn numbered_lines(n: usize) -> String {
        (1..=n)
            .map(|i| format!("一、审结案件{i}件，其中维持{}件。\n", i / 2))
            .collect()
    }

    fn one_long_line(n: usize) -> String {
        "审结行政复议案件163件，其中维持93件、".repeat(n)
    }

    /// Brackets that could open a pinyin annotation and never close.
    fn open_brackets(n: usize) -> String {
        "法(".repeat(n)
    }

    /// A flattened table whose cells repeat (each repeated line once looked at every line
    /// since its first occurrence).
    fn repeated_cells(n: usize) -> String {
        (0..n).map(|i| format!("行政复议案件数量\n{i}\n")).collect()
    }

    /// A site watermark on every line (thousands of left-out stretches).
    fn watermarks(n: usize) -> String {
        (0..n)
            .map(|i| format!("第{i}段正文内容。秘书之家www.example.com\n"))
            .collect()
    }

    /// Long lines of one length that differ only in their middle (a table of sentences with a
    /// serial number inside): a line map keyed by the lines' ends alone would put them all in
    /// one bucket and go quadratic (session 14: 23.6 s on 80 000 such lines; whole lines 0.36 s).
    fn alike_at_both_ends(n: usize) -> String {
        (0..n)
            .map(|i| {
                format!("本年度全县共办理行政复议案件，{i:08}，纠错案件依法予以纠正并公开。\n")
            })
            .collect()
    }

    #[divan::bench(args = [10_000, 100_000], sample_count = 3)]
    fn lines_alike_at_both_ends(bencher: Bencher, n: usize) {
        let text = alike_at_both_ends(n);
        bencher
            .counter(BytesCount::of_str(&text))
            .bench(|| extract(&text, &Options::default()));
    }

    #[divan::bench(args = [1_000_000, 10_000_000], sample_count = 3)]
    fn line_of_digits(bencher: Bencher, n: usize) {
        let text = digits(n);
        bencher
            .counter(BytesCount::of_str(&text))
            .bench(|| extract(&text, &Options::default()));
    }

    #[divan::bench(args = [10_000, 100_000], sample_count = 3)]
    fn many_headings(bencher: Bencher, n: usize) {
        let text = headings(n);
        bencher
            .counter(BytesCount::of_str(&text))
            .bench(|| extract(&text, &Options::default()));
    }

    #[divan::bench(args = [10_000, 100_000], sample_count = 3)]
    fn numbered_breakdowns(bencher: Bencher, n: usize) {
        let text = numbered_lines(n);
        bencher
            .counter(BytesCount::of_str(&text))
            .bench(|| extract(&text, &Options::default()));
    }

    #[divan::bench(args = [10_000, 100_000], sample_count = 3)]
    fn metrics_on_one_line(bencher: Bencher, n: usize) {
        let text = one_long_line(n);
        bencher
            .counter(BytesCount::of_str(&text))
            .bench(|| extract(&text, &Options::default()));
    }

    #[divan::bench(args = [100_000, 1_000_000], sample_count = 3)]
    fn unclosed_brackets(bencher: Bencher, n: usize) {
        let text = open_brackets(n);
        bencher
            .counter(BytesCount::of_str(&text))
            .bench(|| extract(&text, &Options::default()));
    }

    #[divan::bench(args = [10_000, 100_000], sample_count = 3)]
    fn repeated_table_cells(bencher: Bencher, n: usize) {
        let text = repeated_cells(n);
        bencher
            .counter(BytesCount::of_str(&text))
            .bench(|| extract(&text, &Options::default()));
    }

    #[divan::bench(args = [10_000, 100_000], sample_count = 3)]
    fn repeated_watermarks(bencher: Bencher, n: usize) {
        let text = watermarks(n);
        bencher
            .counter(BytesCount::of_str(&text))
            .bench(|| extract(&text, &Options::default()));
    }
}
