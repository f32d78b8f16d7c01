//! The one loader of the bundled seed reports, shared by the integration tests, the benchmark
//! (`#[path]` in benches/pipeline.rs) and the core's unit tests (`crate::test_seeds`, a
//! `#[path]` module in lib.rs).

#![allow(dead_code)]

/// Folder of the seed reports (`fixtures/reports`).
pub const SEED_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/reports");

/// `(file name, text)` of every seed report, sorted by name.
pub fn seeds() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(SEED_DIR)
        .expect("fixtures/reports")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let text = std::fs::read_to_string(&p).expect("seed text");
            // `extract` takes text with the BOM removed, as the decoder gives it.
            let text = match text.strip_prefix('\u{feff}') {
                Some(t) => t.to_string(),
                None => text,
            };
            (name, text)
        })
        .collect();
    out.sort();
    out
}

/// The text of the seed whose file name starts with `prefix` (`"004"`).
pub fn seed(prefix: &str) -> String {
    seeds()
        .into_iter()
        .find(|(n, _)| n.starts_with(prefix))
        .map(|(_, t)| t)
        .expect("no such seed")
}

/// The floors of the seed figures (`fixtures/reports/floors.toml`, shared with
/// scripts/score.sh): `name = number` lines, `#` comments. Panics on a missing name, so a
/// renamed floor cannot silently stop being checked.
pub fn floor(name: &str) -> f64 {
    let path = format!("{SEED_DIR}/floors.toml");
    let text = std::fs::read_to_string(&path).expect("fixtures/reports/floors.toml");
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter_map(|l| l.split_once('='))
        .find(|(k, _)| k.trim() == name)
        .and_then(|(_, v)| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("no floor {name} in {path}"))
}
