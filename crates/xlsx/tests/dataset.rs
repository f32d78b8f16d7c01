//! The dataset workbook read back: the same rows as the CSV and the JSON lines, cell by cell
//! (numbers compared as numbers, booleans as true/false), over the five seeds.

use gangmu_core::dataset::{self, Table};
use gangmu_core::{extract, Options, Report};
use gangmu_xlsx::table::Lang;
use std::collections::HashMap;
use std::io::Read;

fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut s = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Every cell of a worksheet as text, by (row, column), from the XML `book.rs` writes:
/// `<c r="B2" t="s"><v>3</v></c>` with shared strings, numbers and booleans inline.
fn cells(bytes: &[u8], sheet: usize) -> HashMap<(usize, usize), String> {
    let shared: Vec<String> = part(bytes, "xl/sharedStrings.xml")
        .split("<si>")
        .skip(1)
        .map(|si| {
            let t = si.split_once('>').map_or("", |(_, rest)| rest); // after <t ...>
            unescape(t.split("</t>").next().unwrap_or(""))
        })
        .collect();
    let xml = part(bytes, &format!("xl/worksheets/sheet{sheet}.xml"));
    let mut out = HashMap::new();
    for c in xml.split("<c r=\"").skip(1) {
        let (addr, rest) = c.split_once('"').unwrap();
        let letters: String = addr
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        let row: usize = addr[letters.len()..].parse().unwrap();
        let col = letters
            .chars()
            .fold(0, |n, ch| n * 26 + (ch as usize - 'A' as usize + 1))
            - 1;
        let Some(v) = rest
            .split_once("<v>")
            .map(|(_, v)| v.split("</v>").next().unwrap())
        else {
            continue;
        };
        let head = rest.split('>').next().unwrap();
        let text = if head.contains("t=\"s\"") {
            shared[v.parse::<usize>().unwrap()].clone()
        } else if head.contains("t=\"b\"") {
            (v == "1").to_string()
        } else {
            v.to_string()
        };
        out.insert((row - 1, col), text);
    }
    out
}

fn same(csv: &str, xlsx: &str) -> bool {
    let csv = csv.strip_prefix('\'').unwrap_or(csv);
    csv == xlsx
        || matches!((csv.parse::<f64>(), xlsx.parse::<f64>()), (Ok(a), Ok(b)) if (a - b).abs() < 1e-9)
}

fn seeds() -> Vec<(String, Report)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/reports");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, extract(&text, &Options::default()))
        })
        .collect()
}

#[test]
fn the_workbook_csv_and_json_lines_hold_the_same_rows() {
    let seeds = seeds();
    let refs: Vec<(&str, &Report)> = seeds.iter().map(|(f, r)| (f.as_str(), r)).collect();
    let bytes =
        gangmu_xlsx::dataset::workbook(&[Table::Reports, Table::Metrics], &refs, Lang::En).unwrap();
    let book = part(&bytes, "xl/workbook.xml");
    assert!(book.contains("name=\"Reports\"") && book.contains("name=\"Metrics\""));
    for (sheet, table) in [(1, Table::Reports), (2, Table::Metrics)] {
        let csv = dataset::csv::table(table, &refs, gangmu_core::present::Lang::En);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
        let csv_rows: Vec<Vec<String>> = reader
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect();
        let jsonl = dataset::jsonl::table(table, &refs);
        let json_rows: Vec<serde_json::Value> = jsonl
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(csv_rows.len(), json_rows.len() + 1);
        let xl = cells(&bytes, sheet);
        let header = &csv_rows[0];
        for (r, row) in csv_rows.iter().enumerate() {
            for (c, value) in row.iter().enumerate() {
                let in_xlsx = xl.get(&(r, c)).cloned().unwrap_or_default();
                assert!(
                    same(value, &in_xlsx),
                    "sheet {sheet} row {r} col {c}: {value:?} vs {in_xlsx:?}"
                );
                if r > 0 {
                    let j = &json_rows[r - 1][&header[c]];
                    let j = match j {
                        serde_json::Value::Null => String::new(),
                        serde_json::Value::String(s) => s.clone(),
                        other => other.to_string(),
                    };
                    assert!(
                        same(value, &j),
                        "jsonl row {r} {}: {value:?} vs {j:?}",
                        header[c]
                    );
                }
            }
        }
        if table == Table::Metrics {
            assert_eq!(
                csv_rows.len() - 1,
                refs.iter().map(|(_, r)| r.metrics.len()).sum::<usize>()
            );
        }
    }
}
