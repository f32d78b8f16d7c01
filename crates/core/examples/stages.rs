use std::time::Instant;
fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/reports");
    let texts: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| std::fs::read_to_string(&p).unwrap())
        .collect();
    let n = 200;
    let mut t = [0f64; 5];
    for _ in 0..n {
        for text in &texts {
            let a = Instant::now();
            let c = gangmu_core::clean::clean(text);
            let b = Instant::now();
            let m = gangmu_core::meta::read_meta(&c, &Default::default());
            let o = gangmu_core::outline::build(&c, &m);
            let d = Instant::now();
            let body = m.title_range.map_or(0, |(_, e)| e);
            let x = gangmu_core::metrics::extract(&c, &o, body);
            let e = Instant::now();
            std::hint::black_box(&x);
            let r = gangmu_core::extract(text, &Default::default());
            let f = Instant::now();
            std::hint::black_box(r);
            t[0] += (b - a).as_secs_f64();
            t[1] += (d - b).as_secs_f64();
            t[2] += (e - d).as_secs_f64();
            t[3] += (f - e).as_secs_f64();
        }
    }
    println!(
        "clean {:.3} meta+outline {:.3} metrics {:.3} full {:.3}",
        t[0], t[1], t[2], t[3]
    );
}
