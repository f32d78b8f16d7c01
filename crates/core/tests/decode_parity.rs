//! Parity across formats: every seed report saved as GBK, UTF-16, a web page, MHTML, Word and
//! PDF (fixtures/formats/, made by tools/make_format_fixtures.py) decodes to the seed's text
//! and yields the same report as the plain UTF-8 seed, spans aside.
//!
//! Two levels of strictness:
//! - the decoded text equals the seed's text once whitespace is ignored (line structure and
//!   indentation differ by format; nothing else may);
//! - the extracted report (outline, metrics, checks, findings …) equals the seed's with every
//!   span and offset removed, since those point into different texts.
//!
//! Needs every format feature (the default); a lean build skips it.

#![cfg(all(
    feature = "html",
    feature = "docx",
    feature = "pdf",
    feature = "doc",
    feature = "ofd",
    feature = "rtf"
))]

use gangmu_core::decode::{decode, Format};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures")
}

fn seeds() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(fixtures().join("reports"))
        .unwrap()
        .filter_map(|e| {
            let path = e.ok()?.path();
            let name = path.file_name()?.to_str()?.to_string();
            name.ends_with(".txt").then(|| {
                (
                    name[..3].to_string(),
                    std::fs::read_to_string(&path).unwrap(),
                )
            })
        })
        .collect();
    out.sort();
    out
}

/// The fixture files made from seed `id`.
fn formats_of(id: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(fixtures().join("formats"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.is_file()
                && p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(&format!("{id}.")))
        })
        .collect();
    out.sort();
    out
}

fn without_whitespace(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The format and encodings a fixture's name promises.
fn expected(name: &str) -> (Format, &'static [&'static str]) {
    let rest = &name[4..];
    match rest {
        "gbk.txt" => (Format::Text, &["GBK", "gb18030"]),
        "utf16le-bom.txt" | "utf16le.txt" => (Format::Text, &["UTF-16LE"]),
        "utf16be.txt" => (Format::Text, &["UTF-16BE"]),
        "html" => (Format::Html, &["GBK"]),
        "mhtml" => (Format::Mhtml, &["GBK"]),
        "docx" => (Format::Docx, &["UTF-8"]),
        "doc" => (Format::Doc, &["UTF-16LE"]),
        "ofd" => (Format::Ofd, &["UTF-8"]),
        "rtf" => (Format::Rtf, &["UTF-16"]),
        "ttf.pdf" => (Format::Pdf, &["ToUnicode"]),
        "gbk-cmap.pdf" => (Format::Pdf, &["GBK-EUC-H"]),
        "ucs2-cmap.pdf" => (Format::Pdf, &["UniGB-UCS2-H"]),
        other => panic!("fixture {name}: unknown kind {other:?}; add it here"),
    }
}

/// Where two strings first differ, with some context, for a readable failure.
fn first_difference(a: &str, b: &str) -> String {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let at = a
        .iter()
        .zip(&b)
        .position(|(x, y)| x != y)
        .unwrap_or(a.len().min(b.len()));
    let context = |v: &[char]| {
        v[at.saturating_sub(20)..(at + 20).min(v.len())]
            .iter()
            .collect::<String>()
    };
    format!(
        "at char {at}:\n  seed:    {}\n  decoded: {}",
        context(&a),
        context(&b)
    )
}

#[test]
fn every_format_decodes_to_the_seed_text() {
    let mut checked = 0;
    for (id, seed) in seeds() {
        let files = formats_of(&id);
        assert!(
            files.len() >= 6,
            "seed {id} has only {} format fixtures",
            files.len()
        );
        for path in files {
            let name = path.file_name().unwrap().to_str().unwrap();
            let bytes = std::fs::read(&path).unwrap();
            let decoded =
                decode(&bytes, Some(name), None).unwrap_or_else(|e| panic!("{name}: {e}"));
            let (format, encodings) = expected(name);
            assert_eq!(decoded.format, format, "{name}");
            assert!(
                encodings.contains(&decoded.encoding.as_str()),
                "{name}: encoding {}",
                decoded.encoding
            );
            let (want, got) = (without_whitespace(&seed), without_whitespace(&decoded.text));
            assert!(
                want == got,
                "{name}: text differs from the seed {}",
                first_difference(&want, &got)
            );
            checked += 1;
        }
    }
    assert!(checked >= 40, "only {checked} fixtures checked");
}

/// The report as JSON with everything that points into the text removed, and the findings
/// about unusual spaces: formats indent paragraphs in their own way (CSS, `&nbsp;`, glyph
/// positions), so the spaces at line starts differ by format just as line breaks do.
fn spans_aside(report: &gangmu_core::Report) -> Value {
    fn strip(v: &mut Value) {
        match v {
            Value::Object(map) => {
                for key in [
                    "span",
                    "title_span",
                    "body",
                    "spans",
                    "stats",
                    "removed",
                    "source",
                    "offset",
                ] {
                    map.remove(key);
                }
                map.values_mut().for_each(strip);
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(report).unwrap();
    strip(&mut v);
    if let Some(Value::Array(findings)) = v.get_mut("findings") {
        findings.retain(|f| f["kind"] != "whitespace");
    }
    v
}

#[test]
fn every_format_yields_the_seed_report() {
    let mut failures = Vec::new();
    for (id, seed) in seeds() {
        let want = spans_aside(&gangmu_core::extract(
            &seed,
            &gangmu_core::Options::default(),
        ));
        for path in formats_of(&id) {
            let name = path.file_name().unwrap().to_str().unwrap().to_string();
            let decoded = decode(&std::fs::read(&path).unwrap(), Some(&name), None).unwrap();
            // The title hint is what the page or document says; the seed has none, so compare
            // without it (its effect on the title is checked in the meta stage's own tests).
            let got = spans_aside(&gangmu_core::extract(
                &decoded.text,
                &gangmu_core::Options::default(),
            ));
            for key in want.as_object().unwrap().keys() {
                if want[key] != got[key] {
                    failures.push(format!(
                        "{name}: `{key}` differs\n  seed:    {}\n  decoded: {}",
                        short(&want[key]),
                        short(&got[key])
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} differences:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn short(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 400 {
        s.chars().take(400).collect::<String>() + "…"
    } else {
        s
    }
}
