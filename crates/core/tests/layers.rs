//! Imports flow one way, down the pipeline (ARCHITECTURE.md): a module of the core may use
//! only modules of a lower layer. This test reads the sources and fails on an import that
//! goes up or sideways, naming the file and the import, so a cycle cannot creep back in.
//!
//! Test code (`#[cfg(test)]` items and files) is exempt: a module's tests may run the whole
//! pipeline through `crate::extract`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The core's modules from the bottom up; modules on one line are one layer and must not
/// import each other.
const LAYERS: &[&[&str]] = &[
    &["span", "decimal", "text", "sort"],
    &["model"],
    &["lexicon"],
    &["numeral", "region"],
    &["clean", "decode"],
    &["meta"],
    &["outline"],
    &["genre"],
    &["metrics"],
    &["corrections"],
    &["sentences"],
    &["indicators"],
    &["checks"],
    &["profile"],
    &["present"],
    &["compare", "dataset", "workspace"],
];

/// Names the crate root re-exports from the layers below everything (`crate::Report` is
/// `model::Report`): allowed everywhere.
fn is_root_reexport(name: &str) -> bool {
    name.starts_with(char::is_uppercase)
}

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

#[test]
fn imports_only_go_down_the_pipeline() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut problems = Vec::new();
    let mut seen_modules = BTreeSet::new();
    for file in rust_files(&src) {
        let rel = file.strip_prefix(&src).unwrap();
        let module = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_str()
            .unwrap()
            .trim_end_matches(".rs")
            .to_string();
        if module == "lib" {
            continue;
        }
        seen_modules.insert(module.clone());
        let Some(own) = layer_of(&module) else {
            problems.push(format!(
                "{}: module `{module}` has no layer in LAYERS",
                rel.display()
            ));
            continue;
        };
        let text = std::fs::read_to_string(&file).unwrap();
        if is_test_file(&file, &text) {
            continue;
        }
        for used in crate_paths(&without_tests(&text)) {
            if used == module || is_root_reexport(&used) {
                continue;
            }
            match layer_of(&used) {
                Some(l) if l < own => {}
                Some(_) => problems.push(format!(
                    "{}: `{module}` imports `crate::{used}`, which is not below it",
                    rel.display()
                )),
                None => problems.push(format!(
                    "{}: `{module}` uses `crate::{used}` (the crate root or an unknown module)",
                    rel.display()
                )),
            }
        }
    }
    for layer in LAYERS {
        for m in *layer {
            assert!(
                seen_modules.contains(*m),
                "LAYERS names `{m}`, which does not exist"
            );
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

/// Sorting goes through `gangmu_core::sort` (one copy of the standard sort in each wasm binary,
/// see `src/sort.rs`): the core's own code, the xlsx writer and the web app call no slice sort
/// directly. Test code may.
#[test]
fn sorts_go_through_the_shared_sort() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dirs = [
        root.join("src"),
        root.join("../xlsx/src"),
        root.join("../../src"),
    ];
    let calls = [
        ".sort(",
        ".sort_by(",
        ".sort_by_key(",
        ".sort_unstable",
        ".sort_by_cached_key(",
    ];
    let mut problems = Vec::new();
    for file in dirs.iter().flat_map(|d| rust_files(d)) {
        if file.ends_with("sort.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        if is_test_file(&file, &text) {
            continue;
        }
        let code = without_tests(&text);
        for call in calls {
            if code.contains(call) {
                problems.push(format!(
                    "{}: `{call}…)` (use gangmu_core::sort)",
                    file.display()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// A file that its parent declares under `#[cfg(test)]` (`mod tests;`, `mod bench;`).
fn is_test_file(file: &Path, _text: &str) -> bool {
    let stem = file.file_stem().unwrap().to_str().unwrap();
    let dir = file.parent().unwrap();
    let parents = [
        dir.join("mod.rs"),
        dir.with_extension("rs"),
        dir.join("../lib.rs"),
    ];
    parents.iter().any(|p| {
        std::fs::read_to_string(p).is_ok_and(|t| {
            let t: String = t.split_whitespace().collect::<Vec<_>>().join(" ");
            t.contains(&format!("#[cfg(test)] mod {stem};"))
                || t.contains(&format!("#[cfg(test)] pub mod {stem};"))
        })
    })
}

/// The source without `#[cfg(test)]` items (a `mod tests { … }` block or a single item),
/// found by brace matching.
fn without_tests(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let item = &rest[at..];
        // The item ends at its first `;` before any `{`, or at the brace matching its first `{`.
        let semi = item.find(';');
        let open = item.find('{');
        let end = match (semi, open) {
            (Some(s), Some(o)) if s < o => s + 1,
            (_, Some(o)) => {
                let mut depth = 0usize;
                let mut end = item.len();
                for (i, c) in item[o..].char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                end = o + i + 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                end
            }
            (Some(s), None) => s + 1,
            (None, None) => item.len(),
        };
        rest = &item[end..];
    }
    out.push_str(rest);
    out
}

/// The first segment of every `crate::…` path, including each name of `crate::{a, b::c}`.
/// Comments are skipped (doc links such as [`crate::extract`] are not imports).
fn crate_paths(text: &str) -> BTreeSet<String> {
    let code: String = text
        .lines()
        .map(|l| match l.find("//") {
            Some(p) => &l[..p],
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = BTreeSet::new();
    let mut rest = code.as_str();
    while let Some(at) = rest.find("crate::") {
        let before_ok = !rest[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_');
        rest = &rest[at + "crate::".len()..];
        if !before_ok {
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            let inner = &group[..group.find('}').unwrap_or(group.len())];
            for name in inner.split(',') {
                let first = name.trim().split("::").next().unwrap_or("").trim();
                if !first.is_empty() && first != "self" {
                    out.insert(first.to_string());
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                out.insert(name);
            }
        }
    }
    out
}

#[test]
fn the_scanner_reads_groups_and_skips_tests_and_comments() {
    let src = "use crate::{a::b, c};\n// crate::commented\nfn f() { crate::d::e(); }\n\
               #[cfg(test)]\nmod tests { use crate::extract; fn g() { if x { } } }\nuse crate::z;";
    let found = crate_paths(&without_tests(src));
    assert_eq!(found.into_iter().collect::<Vec<_>>(), ["a", "c", "d", "z"]);
}
