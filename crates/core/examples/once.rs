//! Runs the pipeline a few times over the seed reports (or the files given), for profilers
//! such as callgrind: `valgrind --tool=callgrind target/release/examples/once [FILE...]`.
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let paths: Vec<std::path::PathBuf> = if args.is_empty() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/reports");
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect()
    } else {
        args.iter().map(Into::into).collect()
    };
    for p in paths {
        let t = std::fs::read_to_string(&p).unwrap();
        for _ in 0..5 {
            std::hint::black_box(gangmu_core::extract(&t, &Default::default()));
        }
    }
}
