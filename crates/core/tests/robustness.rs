//! The seed reports, damaged the way real copies are damaged, must read the same:
//! hard-wrapped at a fixed width (PDF viewers, fixed-width pages), with Windows line endings,
//! and with full-width punctuation swapped for half-width.

mod common;

use common::seeds;
use gangmu_core::{extract, Options, Report};

/// Breaks every line longer than `columns` display columns (CJK = 2) into pieces.
fn hard_wrap(text: &str, columns: usize) -> String {
    let mut out = String::new();
    for line in text.split('\n') {
        let mut width = 0;
        for c in line.chars() {
            let w = if (c as u32) < 0x1100 { 1 } else { 2 };
            if width + w > columns {
                out.push('\n');
                width = 0;
            }
            out.push(c);
            width += w;
        }
        out.push('\n');
    }
    out
}

fn metrics(r: &Report) -> Vec<(String, Option<String>)> {
    r.metrics
        .iter()
        .map(|m| (m.value.to_string(), m.unit.clone()))
        .collect()
}

fn headings(r: &Report) -> Vec<(u8, String)> {
    r.outline
        .iter()
        .map(|h| (h.level, h.title.split_whitespace().collect::<String>()))
        .collect()
}

#[test]
fn hard_wrapped_copies_read_the_same() {
    for (name, text) in seeds() {
        let plain = extract(&text, &Options::default());
        for columns in [60, 80] {
            let wrapped = hard_wrap(&text, columns);
            let r = extract(&wrapped, &Options::default());
            assert_eq!(metrics(&r), metrics(&plain), "{name} wrapped at {columns}");
            assert_eq!(
                headings(&r),
                headings(&plain),
                "{name} wrapped at {columns}"
            );
            assert!(
                r.findings
                    .iter()
                    .any(|f| f.kind == gangmu_core::FindingKind::HardWrap),
                "{name}"
            );
        }
    }
}

#[test]
fn windows_line_endings_read_the_same() {
    for (name, text) in seeds() {
        let plain = extract(&text, &Options::default());
        let crlf = text.replace('\n', "\r\n");
        let r = extract(&crlf, &Options::default());
        assert_eq!(metrics(&r), metrics(&plain), "{name}");
        assert_eq!(headings(&r), headings(&plain), "{name}");
        for m in &r.metrics {
            assert_eq!(m.span.slice(&crlf), m.text);
        }
    }
}

#[test]
fn half_and_full_width_punctuation_read_the_same() {
    let swap = |s: &str| -> String {
        s.chars()
            .map(|c| match c {
                '，' => ',',
                '（' => '(',
                '）' => ')',
                '；' => ';',
                '：' => ':',
                ',' => '，',
                '(' => '（',
                ')' => '）',
                ';' => '；',
                ':' => '：',
                c => c,
            })
            .collect()
    };
    for (name, text) in seeds() {
        let plain = extract(&text, &Options::default());
        let r = extract(&swap(&text), &Options::default());
        assert_eq!(metrics(&r), metrics(&plain), "{name}");
        assert_eq!(r.outline.len(), plain.outline.len(), "{name}");
    }
}

/// Text copied from document-sharing sites often loses every line break: headings then run
/// into the text before and after them. Nothing may break, the numbers must stay the same, and
/// the top-level headings that follow a full stop must still be found.
#[test]
fn copies_that_lost_their_line_breaks() {
    let mut found_headings = 0;
    for (name, text) in seeds() {
        let plain = extract(&text, &Options::default());
        let flat: String = text.lines().map(str::trim).collect();
        let r = extract(&flat, &Options::default());
        for m in &r.metrics {
            assert_eq!(m.span.slice(&flat), m.text);
        }
        let values = |r: &Report| {
            r.metrics
                .iter()
                .map(|m| m.value.to_string())
                .collect::<Vec<_>>()
        };
        // Labels and a few borderline readings may differ; the values read must largely agree.
        let (a, b) = (values(&plain), values(&r));
        let common = b.iter().filter(|v| a.contains(v)).count();
        assert!(
            common * 10 >= a.len() * 9,
            "{name}: {common} of {} values",
            a.len()
        );
        found_headings += usize::from(!r.outline.is_empty());
    }
    // Headings glued to the words before them (主要举措和成效(一)深入学习…) cannot be seen;
    // those after a full stop or 报告如下： can.
    assert!(
        found_headings >= 4,
        "headings found in only {found_headings} flattened seeds"
    );
}
