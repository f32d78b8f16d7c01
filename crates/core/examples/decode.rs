//! Decodes files and prints their text (`--text`) or a throughput table (the default).
//!
//! ```text
//! cargo run --release -p gangmu-core --example decode -- fixtures/formats/*       # MB/s per file
//! cargo run --release -p gangmu-core --example decode -- --text FILE              # the text
//! ```
//! The throughput figures in BENCHMARKS.md ("Decoding") come from this: each file is decoded
//! repeatedly for at least 0.3 s and the input bytes per second are reported.

use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let print_text = args.iter().any(|a| a == "--text");
    for path in args.iter().filter(|a| !a.starts_with("--")) {
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let name = path.rsplit('/').next();
        let result = gangmu_core::decode::decode(&bytes, name, None);
        if print_text {
            match result {
                Ok(d) => print!("{}", d.text),
                Err(e) => eprintln!("{path}: {e}"),
            }
            continue;
        }
        let (mut runs, start) = (0u32, Instant::now());
        while start.elapsed() < Duration::from_millis(300) || runs < 3 {
            let _ = std::hint::black_box(gangmu_core::decode::decode(
                std::hint::black_box(&bytes),
                name,
                None,
            ));
            runs += 1;
        }
        let per_run = start.elapsed().as_secs_f64() / f64::from(runs);
        let (format, encoding) = match &result {
            Ok(d) => (d.format.as_str().to_string(), d.encoding.clone()),
            Err(e) => ("error".into(), e.code().into()),
        };
        println!(
            "{path}\t{format}\t{encoding}\t{} KB\t{:.3} ms\t{:.1} MB/s",
            bytes.len() / 1024,
            per_run * 1e3,
            bytes.len() as f64 / per_run / 1e6
        );
    }
}
