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

/// The text of every seed, sorted by file name: the probe set of the tests that pin a fast path
/// to its general path over whole reports.
pub fn seed_texts() -> Vec<String> {
    seeds().into_iter().map(|(_, t)| t).collect()
}

/// Every line of every seed (`str::lines`): the real-text half of the probe set with which the
/// byte-level fast paths' tests pin them to their general paths.
pub fn seed_lines() -> Vec<String> {
    seeds()
        .into_iter()
        .flat_map(|(_, t)| t.lines().map(str::to_string).collect::<Vec<_>>())
        .collect()
}

/// The characters a byte-level fast path must answer for as its general path does: ASCII,
/// Latin and the punctuation blocks up to CJK symbols (U+0000..U+3100), the first ideographs
/// (U+4E00..U+4F00) and the full-width and special forms (U+FE00..U+FFFF).
pub fn probe_chars() -> impl Iterator<Item = char> {
    (0..0x3100)
        .chain(0x4E00..0x4F00)
        .chain(0xFE00..0x10000)
        .filter_map(char::from_u32)
}

/// Each probe character at a line's two ends and alone (`{c}审结{c}`, `a{c}`, `{c}。`, `{c}`),
/// and the empty line: the cases of a trim told from the end bytes.
pub fn line_ends() -> Vec<String> {
    let mut texts: Vec<String> = probe_chars()
        .flat_map(|c| {
            [
                format!("{c}审结{c}"),
                format!("a{c}"),
                format!("{c}。"),
                c.to_string(),
            ]
        })
        .collect();
    texts.push(String::new());
    texts
}
