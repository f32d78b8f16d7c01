//! The `gangmu` binary run for real on the bundled seed reports: output formats, stdin,
//! exit codes. (Bad input of every kind is covered separately.)

use std::io::Write;
use std::process::{Command, Output, Stdio};

mod common;
use common::{run, seed, BIN};

fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn json_is_one_object_per_file_with_the_contract_fields() {
    let out = run(&["extract", &seed("000"), &seed("001")]);
    assert!(out.status.success());
    let objs = json_lines(&out);
    assert_eq!(objs.len(), 2);
    for key in [
        "version",
        "file",
        "source",
        "title",
        "issuer",
        "year",
        "published",
        "outline",
        "points",
        "metrics",
        "dates",
        "checks",
        "findings",
    ] {
        assert!(objs[0].get(key).is_some(), "missing {key}");
    }
    let m = &objs[0]["metrics"][0];
    for key in [
        "value",
        "unit",
        "qualifier",
        "kind",
        "direction",
        "label",
        "section",
        "span",
        "text",
        "base",
    ] {
        assert!(m.get(key).is_some(), "metric missing {key}");
    }
    assert_eq!(objs[0]["title"], "2023年法治政府建设年度报告");
    assert_eq!(objs[1]["outline"].as_array().unwrap().len(), 17);
}

#[test]
fn spans_cut_the_exact_source_text() {
    let path = seed("004");
    let text = std::fs::read_to_string(&path).unwrap();
    let obj = &json_lines(&run(&["extract", &path]))[0];
    for m in obj["metrics"].as_array().unwrap() {
        let s = m["span"][0].as_u64().unwrap() as usize;
        let e = m["span"][1].as_u64().unwrap() as usize;
        assert_eq!(&text[s..e], m["text"].as_str().unwrap());
    }
}

#[test]
fn stdin_is_read_with_a_dash() {
    let mut child = Command::new(BIN)
        .args(["extract", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("一、行政复议\n审结行政复议案件163件。\n".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let obj = &json_lines(&out)[0];
    assert_eq!(obj["file"], "-");
    assert_eq!(obj["metrics"][0]["value"], 163);
}

#[test]
fn csv_is_one_table_with_a_bom() {
    let out = run(&["extract", "--format", "csv", &seed("000"), &seed("002")]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("\u{feff}file,section,label,value,unit,"));
    let rows = text.split("\r\n").filter(|l| !l.is_empty()).count();
    let json = json_lines(&run(&["extract", &seed("000"), &seed("002")]));
    let metrics: usize = json
        .iter()
        .map(|o| o["metrics"].as_array().unwrap().len())
        .sum();
    assert_eq!(rows, 1 + metrics);
    let zh = String::from_utf8(
        run(&["extract", "--format", "csv", "--lang", "zh", &seed("000")]).stdout,
    )
    .unwrap();
    assert!(zh.starts_with("\u{feff}文件,所在章节,指标,数值,"));
}

#[test]
fn markdown_reads_like_a_report() {
    let out = run(&["extract", "--format", "md", &seed("000")]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("# 2023年法治政府建设年度报告"));
    assert!(text.contains("- 四、充分发挥政府法律助手作用"));
    assert!(text.contains("✓ 93+26+28+16=163"));
}

#[test]
fn a_missing_file_fails_alone() {
    let out = run(&["extract", "/nonexistent/report.txt", &seed("002")]);
    assert_eq!(out.status.code(), Some(1));
    let objs = json_lines(&out);
    assert_eq!(objs.len(), 2);
    assert!(objs[0]["error"].is_string());
    assert!(objs[0]["metrics"].as_array().unwrap().is_empty());
    assert_eq!(objs[1]["title"], "柳州市2021年度法治政府建设情况报告");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&[]).status.code(), Some(2));
    assert_eq!(run(&["extract"]).status.code(), Some(2));
    assert_eq!(
        run(&["extract", "--format", "xml", "a"]).status.code(),
        Some(2)
    );
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
    assert!(run(&["--help"]).status.success());
}
