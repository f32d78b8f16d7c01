//! The seeds' throughput under the CLI's allocator (mimalloc), beside `pipeline`'s under the
//! system allocator. A report's extraction makes thousands of small strings and vectors
//! (labels, metric texts, findings), so the allocator is a large share of the time: glibc's
//! malloc/free/realloc were ≈ 9 % of the instructions. The web worker keeps wasm's own
//! allocator, so `pipeline` stays the figure for the core as such; this one is what the CLI
//! runs at (`crates/cli/src/main.rs` sets the same global allocator).
//!
//! `cargo bench -p gangmu-core --bench allocator`; figures are recorded in BENCHMARKS.md.

use divan::counter::BytesCount;
use divan::Bencher;
#[path = "../tests/common/mod.rs"]
mod common;

use gangmu_core::{extract, Options};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

/// All five seeds in one go (≈ 100 KB), as `pipeline`'s `all_seeds`.
#[divan::bench(sample_count = 50)]
fn all_seeds(bencher: Bencher) {
    let texts = common::seeds();
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        for (_, t) in &texts {
            divan::black_box(extract(t, &Options::default()));
        }
    });
}
