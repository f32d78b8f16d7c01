//! Quick throughput probe: `cargo run --release -p gangmu-core --example throughput [FILE...]`.
//! Runs the whole pipeline over the files (default: the seed reports) repeatedly and prints MB/s,
//! plus the pathological inputs of the benchmark. The recorded figures come from the divan
//! bench (`cargo bench -p gangmu-core --bench pipeline`); this is for a fast look.

use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let texts: Vec<(String, String)> = if args.is_empty() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/reports");
        let mut v: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .map(|p| {
                (
                    p.display().to_string(),
                    std::fs::read_to_string(&p).unwrap(),
                )
            })
            .collect();
        v.sort();
        v
    } else {
        args.iter()
            .map(|p| (p.clone(), std::fs::read_to_string(p).unwrap()))
            .collect()
    };
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    let rounds = 200;
    let start = Instant::now();
    for _ in 0..rounds {
        for (_, t) in &texts {
            std::hint::black_box(gangmu_core::extract(t, &gangmu_core::Options::default()));
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "seeds: {:.1} MB/s ({} bytes × {rounds} in {secs:.2} s)",
        (bytes * rounds) as f64 / secs / 1e6,
        bytes
    );
    if std::env::var_os("SEEDS_ONLY").is_some() {
        return;
    }
    for (name, text) in gangmu_core_pathological() {
        let start = Instant::now();
        let r = gangmu_core::extract(&text, &gangmu_core::Options::default());
        let secs = start.elapsed().as_secs_f64();
        println!(
            "{name}: {} bytes in {secs:.3} s = {:.1} MB/s ({} metrics, {} headings)",
            text.len(),
            text.len() as f64 / secs / 1e6,
            r.metrics.len(),
            r.outline.len()
        );
    }
}

fn gangmu_core_pathological() -> Vec<(&'static str, String)> {
    vec![
        ("10 MB line of digits", "1".repeat(10_000_000)),
        (
            "100 000 headings",
            (1..=100_000)
                .map(|i| format!("（{}）标题{i}\n", if i % 2 == 0 { "一" } else { "二" }))
                .collect(),
        ),
        (
            "100 000 numbered lines",
            (1..=100_000)
                .map(|i| format!("一、审结案件{i}件，其中维持{}件。\n", i / 2))
                .collect(),
        ),
        ("1 MB of one CJK char", "审".repeat(333_333)),
        ("1 MB of 一是", "一是".repeat(166_666)),
    ]
}
