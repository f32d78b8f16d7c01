//! Bad input through the real binary: every file that cannot be read gets a clear message
//! naming it, the other files of the same call are still extracted, and the exit code is 1
//! only when some file could not be read.
//!
//! Inputs come from fixtures/formats/ (real formats and fixtures/formats/bad/) or are made
//! here (the 50 MB file is generated, never committed).

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures")
}

/// A fresh scratch directory for one test.
fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gangmu-bad-input-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

struct Run {
    code: i32,
    lines: Vec<Value>,
    stderr: String,
}

fn gangmu(dir: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_gangmu"))
        .current_dir(dir)
        .arg("extract")
        .args(args)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        lines: stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
            .collect(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn seed() -> Vec<u8> {
    std::fs::read(fixtures().join("reports/002_38fd16405001d2b2.txt")).unwrap()
}

fn copy_bad(dir: &Path, name: &str) {
    std::fs::copy(fixtures().join("formats/bad").join(name), dir.join(name)).unwrap();
}

#[test]
fn each_bad_file_gets_a_message_and_the_others_still_print() {
    let dir = scratch("classes");
    let w = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).unwrap();
    w("good.txt", &seed());
    w("empty.txt", b"");
    w("blank.txt", b"  \r\n\t\n");
    w(
        "image.txt",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89",
    );
    w(
        "archive.txt",
        b"PK\x03\x04\x14\0\0\0\x08\0\0\0!\0notes/readme.txt\0\0\0\0",
    );
    let mut exe = b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff\0\0".to_vec();
    exe.resize(512, 0);
    w("setup.txt", &exe);
    let mut nul = seed();
    let after_first_line = nul.iter().position(|&b| b == b'\n').unwrap() + 1;
    nul.splice(after_first_line..after_first_line, *b"\0\0\0");
    w("nul.txt", &nul);
    let mut broken_gbk = encoding_rs::GBK
        .encode(&String::from_utf8(seed()).unwrap())
        .0
        .into_owned();
    broken_gbk.insert(200, 0xFF);
    w("broken-gbk.txt", &broken_gbk);
    for bad in [
        "truncated.docx",
        "bomb.docx",
        "bomb-lying.docx",
        "encrypted.pdf",
        "scanned.pdf",
        "legacy.doc",
    ] {
        copy_bad(&dir, bad);
    }
    w("good-again.txt", &seed());

    let files = [
        "good.txt",
        "empty.txt",
        "blank.txt",
        "image.txt",
        "archive.txt",
        "setup.txt",
        "nul.txt",
        "broken-gbk.txt",
        "truncated.docx",
        "bomb.docx",
        "bomb-lying.docx",
        "encrypted.pdf",
        "scanned.pdf",
        "legacy.doc",
        "missing.txt",
        "good-again.txt",
    ];
    let run = gangmu(&dir, &files);
    assert_eq!(run.code, 1, "some files could not be read");
    assert_eq!(
        run.lines.len(),
        files.len(),
        "one JSON line per file, in order"
    );
    let expect_error = [
        ("empty.txt", "empty"),
        ("blank.txt", "empty"),
        ("image.txt", "PNG image"),
        ("archive.txt", "zip archive"),
        ("setup.txt", "program (exe)"),
        ("truncated.docx", "damaged or incomplete"),
        ("bomb.docx", "zip bomb"),
        ("bomb-lying.docx", "zip bomb"),
        ("encrypted.pdf", "encrypted"),
        ("scanned.pdf", "scanned PDF"),
        ("legacy.doc", "save it as .docx"),
        ("missing.txt", "cannot read"),
    ];
    for (line, file) in run.lines.iter().zip(files) {
        assert_eq!(line["file"], file);
        match expect_error.iter().find(|(f, _)| *f == file) {
            Some((_, phrase)) => {
                let error = line["error"]
                    .as_str()
                    .unwrap_or_else(|| panic!("{file}: no error in {line}"));
                assert!(
                    error.starts_with(file),
                    "{file}: the message names the file: {error}"
                );
                assert!(
                    error.contains(phrase),
                    "{file}: {error:?} should say {phrase:?}"
                );
                assert!(
                    run.stderr.contains(error),
                    "{file}: the message is on stderr too"
                );
            }
            None => {
                assert!(line.get("error").is_none(), "{file}: {line}");
                assert!(
                    line["outline"].as_array().is_some_and(|o| !o.is_empty()),
                    "{file}: outline extracted"
                );
            }
        }
    }
    // Readable files with damage say what was repaired, on stderr.
    assert!(
        run.stderr
            .contains("nul.txt: note: 3 NUL characters were removed"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("broken-gbk.txt: note: 2 invalid byte sequences"),
        "{}",
        run.stderr
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_50_mb_text_file_is_refused_and_the_next_file_still_reads() {
    let dir = scratch("huge");
    let line = "全年办理行政复议案件120件，同比增长5%。\n".repeat(1000);
    let mut big = Vec::with_capacity(51 * 1024 * 1024);
    while big.len() < 50 * 1024 * 1024 {
        big.extend_from_slice(line.as_bytes());
    }
    std::fs::write(dir.join("huge.txt"), &big).unwrap();
    drop(big);
    std::fs::write(dir.join("small.txt"), seed()).unwrap();
    let run = gangmu(&dir, &["huge.txt", "small.txt"]);
    assert_eq!(run.code, 1);
    let error = run.lines[0]["error"].as_str().unwrap();
    assert!(
        error.contains("too large") && error.contains("50.0 MB"),
        "{error}"
    );
    assert!(run.lines[1].get("error").is_none());
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn ten_thousand_tiny_files_in_one_call() {
    let dir = scratch("many");
    let mut names = Vec::new();
    for i in 0..10_000 {
        let name = format!("{i:05}.txt");
        // Every thousandth file is empty.
        let body = if i % 1000 == 999 {
            String::new()
        } else {
            format!("一、第{i}项\n办理案件{i}件。\n")
        };
        std::fs::write(dir.join(&name), body).unwrap();
        names.push(name);
    }
    let args: Vec<&str> = names.iter().map(String::as_str).collect();
    let run = gangmu(&dir, &args);
    assert_eq!(run.code, 1);
    assert_eq!(run.lines.len(), 10_000);
    let errors = run
        .lines
        .iter()
        .filter(|l| l.get("error").is_some())
        .count();
    assert_eq!(errors, 10);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn every_format_reads_and_exits_zero() {
    let dir = fixtures().join("formats");
    let files = [
        "002.gbk.txt",
        "002.utf16le.txt",
        "002.html",
        "000.mhtml",
        "002.docx",
        "002.ttf.pdf",
        "002.gbk-cmap.pdf",
    ];
    let run = gangmu(&dir, &files);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let formats: Vec<&str> = run
        .lines
        .iter()
        .map(|l| l["source"]["format"].as_str().unwrap())
        .collect();
    assert_eq!(
        formats,
        ["text", "text", "html", "mhtml", "docx", "pdf", "pdf"]
    );
    assert_eq!(run.lines[0]["source"]["encoding"], "GBK");
    assert_eq!(run.lines[1]["source"]["encoding"], "UTF-16LE");
    for line in run.lines.iter().filter(|l| l["file"] != "000.mhtml") {
        assert_eq!(
            line["title"], "柳州市2021年度法治政府建设情况报告",
            "{}",
            line["file"]
        );
    }
}

#[test]
fn the_encoding_can_be_overridden() {
    let dir = fixtures().join("formats");
    let run = gangmu(&dir, &["--encoding", "big5", "002.gbk.txt"]);
    assert_eq!(run.code, 0);
    assert_eq!(run.lines[0]["source"]["encoding"], "Big5");
    let out = Command::new(env!("CARGO_BIN_EXE_gangmu"))
        .args(["extract", "--encoding", "klingon", "x.txt"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "an unknown label is a usage error"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown encoding"));
}
