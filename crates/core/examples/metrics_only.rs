fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/reports");
    let texts: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| std::fs::read_to_string(&p).unwrap())
        .collect();
    let prepared: Vec<_> = texts
        .iter()
        .map(|t| {
            let c = gangmu_core::clean::clean(t);
            let m = gangmu_core::meta::read_meta(&c, &Default::default());
            let o = gangmu_core::outline::build(&c, &m);
            let body = m.title_range.map_or(0, |(_, e)| e);
            (c, o, body)
        })
        .collect();
    for _ in 0..300 {
        for (c, o, body) in &prepared {
            std::hint::black_box(gangmu_core::metrics::extract(c, o, *body));
        }
    }
}
