use gangmu_core::clean::{chrome, duplicate, lines, repair};
use std::time::Instant;
fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/reports");
    let texts: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| std::fs::read_to_string(&p).unwrap())
        .collect();
    let n = 300;
    let mut t = [0f64; 5];
    for _ in 0..n {
        for text in &texts {
            let a = Instant::now();
            let ls = lines::lines(text);
            let b = Instant::now();
            let mut k = 0;
            for l in &ls {
                if chrome::classify(l.text(text)).is_some() {
                    k += 1;
                }
            }
            let c = Instant::now();
            let keys: Vec<&str> = ls
                .iter()
                .map(|l| lines::trim(l.text(text)))
                .filter(|s| !s.is_empty())
                .collect();
            std::hint::black_box(duplicate::find_copy(&keys));
            let d = Instant::now();
            std::hint::black_box(repair::find(text));
            let e = Instant::now();
            std::hint::black_box(gangmu_core::clean::clean(text));
            let f = Instant::now();
            std::hint::black_box(k);
            t[0] += (b - a).as_secs_f64();
            t[1] += (c - b).as_secs_f64();
            t[2] += (d - c).as_secs_f64();
            t[3] += (e - d).as_secs_f64();
            t[4] += (f - e).as_secs_f64();
        }
    }
    println!(
        "lines {:.3} chrome {:.3} dup {:.3} repair {:.3} clean-total {:.3}",
        t[0], t[1], t[2], t[3], t[4]
    );
}
