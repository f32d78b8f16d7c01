//! `--corrections` and workspace files: the CLI applies a user's corrections to the files they
//! were made on (recognised by content, whatever their names), and reads a workspace file as
//! the reports it holds — so a batch run reproduces what the user fixed in the web app.

use gangmu_core::corrections::{Anchor, Change, Correction, Fact, MetricField};
use gangmu_core::workspace::{content_hash, Source, Workspace, WorkspaceReport};
use gangmu_core::{extract, Decimal, Options};
use std::path::PathBuf;

mod common;
use common::{run, seed};

fn temp_dir(test: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("gangmu-corrections-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A workspace holding seed 000 as `name` with two corrections: 维持93件 read as 94, and the
/// publication date.
fn workspace(name: &str) -> (Workspace, Vec<u8>) {
    let bytes = std::fs::read(seed("000")).unwrap();
    let text = String::from_utf8(bytes.clone()).unwrap();
    let report = extract(text.trim_start_matches('\u{feff}'), &Options::default());
    let m = report.metrics.iter().find(|m| m.text == "93件").unwrap();
    let corrections = vec![
        Correction {
            id: "t1-1".into(),
            time: 1_733_000_000_000,
            group: None,
            change: Change::EditMetric {
                at: Anchor::at(&text, m.span),
                set: MetricField::Value(Decimal::parse("94").unwrap()),
            },
        },
        Correction {
            id: "t1-2".into(),
            time: 1_733_000_000_001,
            group: None,
            change: Change::EditFact {
                set: Fact::Published(Some("2024-03-20".into())),
            },
        },
    ];
    let mut ws = Workspace::default();
    ws.reports.push(WorkspaceReport {
        hash: content_hash(&bytes),
        name: name.into(),
        source: Source::File {
            bytes: bytes.clone(),
        },
        encoding: None,
        added: 0,
        corrections,
    });
    (ws, bytes)
}

fn csv_rows(stdout: &[u8]) -> Vec<Vec<String>> {
    let text = String::from_utf8(stdout.to_vec()).unwrap();
    text.trim_start_matches('\u{feff}')
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(|l| l.split(',').map(str::to_string).collect())
        .collect()
}

#[test]
fn corrections_reach_a_renamed_copy_of_the_file() {
    let dir = temp_dir("renamed");
    let (ws, bytes) = workspace("000.txt");
    let ws_path = dir.join("work.gangmu.json");
    std::fs::write(&ws_path, ws.to_json()).unwrap();
    let copy = dir.join("another name.txt");
    std::fs::write(&copy, &bytes).unwrap();
    let out = run(&[
        "extract",
        "--format",
        "csv",
        "--corrections",
        ws_path.to_str().unwrap(),
        copy.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows = csv_rows(&out.stdout);
    let header = &rows[0];
    let col = |k: &str| header.iter().position(|h| h == k).unwrap();
    let corrected: Vec<&Vec<String>> = rows
        .iter()
        .filter(|r| r[col("corrected")] == "edited")
        .collect();
    assert_eq!(corrected.len(), 1, "{rows:?}");
    let row = corrected[0];
    assert_eq!(row[col("value")], "94");
    assert_eq!(row[col("original_value")], "93");
    assert_eq!(row[col("original_unit")], "件");
    assert_eq!(
        row[col("text")],
        "93件",
        "the source's words stay as written"
    );
    // The JSON line says what was corrected, and the checks were recomputed: 94+26+28+16≠163.
    let out = run(&[
        "extract",
        "--corrections",
        ws_path.to_str().unwrap(),
        copy.to_str().unwrap(),
    ]);
    let line: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(line["published"], "2024-03-20");
    assert_eq!(line["corrections"].as_array().unwrap().len(), 2);
    assert_eq!(line["corrections"][0]["status"], "applied");
    let sum = line["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "sum")
        .unwrap();
    assert_eq!(sum["relation"].as_str().unwrap(), "94+26+28+16≠163");
    assert_eq!(sum["holds"], false);
    // Files the workspace does not hold are read as they are.
    let out = run(&[
        "extract",
        "--corrections",
        ws_path.to_str().unwrap(),
        &seed("001"),
    ]);
    let line: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(line.get("corrections").is_none());
}

#[test]
fn a_workspace_file_given_as_input_is_its_reports_corrected() {
    let dir = temp_dir("as-input");
    let (ws, _) = workspace("柳州市司法局2023.txt");
    let ws_path = dir.join("work.gangmu.json");
    std::fs::write(&ws_path, ws.to_json()).unwrap();
    let out = run(&["extract", "--format", "csv", ws_path.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows = csv_rows(&out.stdout);
    assert!(rows[1..].iter().all(|r| r[0] == "柳州市司法局2023.txt"));
    assert!(rows.iter().any(|r| r.contains(&"edited".to_string())));
    // The same through compare: the corrected figure, marked, written from its value.
    let out = run(&["compare", ws_path.to_str().unwrap()]);
    assert!(out.status.success());
    let cmp: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let cells: Vec<&serde_json::Value> = cmp["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &r["cells"][0])
        .filter(|c| c["corrected"] == true)
        .collect();
    assert!(
        cells
            .iter()
            .all(|c| c.get("text").is_none_or(|t| t.is_null())),
        "{cells:?}"
    );
}

#[test]
fn an_unreadable_corrections_file_is_a_usage_error() {
    let dir = temp_dir("bad");
    let bad = dir.join("bad.gangmu.json");
    std::fs::write(
        &bad,
        "{\"format\":\"gangmu-workspace\",\"version\":99,\"reports\":[]}",
    )
    .unwrap();
    let out = run(&[
        "extract",
        "--corrections",
        bad.to_str().unwrap(),
        &seed("000"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("newer Gangmu"), "{err}");
    let out = run(&[
        "extract",
        "--corrections",
        "/no/such/file.json",
        &seed("000"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    // A damaged workspace given as an input is one unreadable input; the others still print.
    std::fs::write(
        &bad,
        "{\"format\":\"gangmu-workspace\",\"version\":1,\"reports\":[",
    )
    .unwrap();
    let out = run(&["extract", bad.to_str().unwrap(), &seed("000")]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 2);
}
