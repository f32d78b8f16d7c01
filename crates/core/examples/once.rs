//! Runs the pipeline once over the seed reports (for profilers such as callgrind).
fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/reports");
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "txt") {
            let t = std::fs::read_to_string(&p).unwrap();
            for _ in 0..5 {
                std::hint::black_box(gangmu_core::extract(&t, &Default::default()));
            }
        }
    }
}
