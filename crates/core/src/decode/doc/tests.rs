//! The .doc reader on real files (fixtures/formats/real/, see its README), on text built
//! by hand (fields, tables, deleted text), and on damaged files.

use super::pieces::Piece;
use super::props::{Para, Runs};
use super::*;

fn real(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/../../fixtures/formats/real/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn bad(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/../../fixtures/formats/bad/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn a_gongwen_doc_reads_as_its_lines() {
    // 中共淳安县委组织部's notice (table stream 1Table), checked against the document.
    let d = decode(&real("chunan-notice.doc"), false).unwrap();
    assert_eq!(d.format, Format::Doc);
    let lines: Vec<&str> = d.text.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(lines[0], "中共浙江省淳安县委组织部");
    assert_eq!(lines[1], "关于开展专业岗位领导干部遴选工作的通知");
    assert!(lines.contains(&"一、遴选职位"));
    assert!(lines.contains(&"1.县人力资源和社会保障局副局长；"));
    assert!(lines.contains(&"四、遴选程序"));
    assert!(d.text.contains("联系电话：64827760。"));
    assert_eq!(lines.last(), Some(&"2019年7月8日"));
}

#[test]
fn automatic_numbering_and_a_table_are_written_out() {
    // Apache POI's 61490.doc: numbered headings (1. / 1.1.) and a 3×3 table.
    let d = decode(&real("poi-61490.doc"), false).unwrap();
    let lines: Vec<&str> = d.text.lines().collect();
    for want in [
        "1.章节1",
        "1.1.章节1.1",
        "1.2.章节1.2",
        "11\t12\t13",
        "31\t32\t33",
    ] {
        assert!(lines.contains(&want), "{want:?} in {lines:?}");
    }
}

#[test]
fn a_wps_file_in_word_format_reads_with_its_0table() {
    let d = decode(&real("one-line.wps"), true).unwrap();
    assert_eq!(
        (d.format, d.text.as_str()),
        (Format::Doc, "这是一个WPS文档。\n")
    );
}

#[test]
fn damaged_files_name_the_format_and_the_fault() {
    assert_eq!(
        decode(&bad("truncated.doc"), false),
        Err(DecodeError::Damaged {
            format: Format::Doc,
            fault: Fault::Truncated
        })
    );
    let doc = real("chunan-notice.doc");
    // Every cut of the file fails with a message or reads a prefix; none panics.
    for cut in (0..doc.len()).step_by(509) {
        match decode(&doc[..cut], false) {
            Ok(_) | Err(DecodeError::Damaged { .. }) => {}
            Err(e) => panic!("cut at {cut}: {e:?}"),
        }
    }
}

#[test]
fn other_ole_files_are_named() {
    let has = |names: &'static [&'static str]| move |n: &str| names.contains(&n);
    assert_eq!(
        other_ole(&has(&["Workbook"]), false),
        DecodeError::OtherOffice {
            kind: "an Excel spreadsheet"
        }
    );
    assert_eq!(
        other_ole(&has(&["CONTENTS", "MatOST"]), true),
        DecodeError::OldWps
    );
    assert_eq!(
        other_ole(&has(&["EncryptionInfo", "EncryptedPackage"]), false),
        DecodeError::Encrypted {
            format: Format::Docx
        }
    );
    assert_eq!(other_ole(&has(&["Foo"]), false), DecodeError::LegacyOffice);
}

/// Text stored as one UTF-16 piece, with paragraph properties by byte range.
fn read_units(text: &str, paras: Vec<(u32, u32, Para)>, deleted: Vec<(u32, u32, bool)>) -> String {
    let word: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let pieces = [Piece {
        cp: 0,
        cp_end: (word.len() / 2) as u32,
        fc: 0,
        compressed: false,
    }];
    let paragraphs = Runs::from_runs(paras);
    let deleted = Runs::from_runs(deleted);
    let src = text::Sources {
        word: &word,
        pieces: &pieces,
        ccp_text: pieces[0].cp_end,
        paragraphs: &paragraphs,
        deleted: &deleted,
    };
    text::read(&src, lists::Lists::default(), 1 << 20).unwrap()
}

/// Byte range of the `n`th occurrence of `c` in the UTF-16 text.
fn at(text: &str, c: char, n: usize) -> (u32, u32) {
    let i = text
        .encode_utf16()
        .enumerate()
        .filter(|(_, u)| *u == c as u16)
        .nth(n)
        .unwrap()
        .0 as u32;
    (2 * i, 2 * i + 2)
}

#[test]
fn field_codes_are_dropped_and_results_kept() {
    let text = "见\u{13} HYPERLINK \"http://x\" \u{14}司法部网站\u{15}。\u{13} PAGE \u{15}无结果\r";
    assert_eq!(read_units(text, vec![], vec![]), "见司法部网站。无结果\n");
    // Nested: a field inside another's code is code too.
    let nested = "a\u{13} IF \u{13} DATE \u{14}2024\u{15} \u{14}结果\u{15}b\r";
    assert_eq!(read_units(nested, vec![], vec![]), "a结果b\n");
}

#[test]
fn table_cells_become_tabs_and_rows_lines() {
    let text = "项目\u{7}件数\u{7}\u{7}受理\u{7}12\u{7}\u{7}正文\r";
    let cell = Para {
        in_table: true,
        depth: 1,
        ..Para::default()
    };
    let row_end = Para {
        row_end: true,
        ..cell
    };
    let mut paras = Vec::new();
    for n in 0..6 {
        let (s, e) = at(text, '\u{7}', n);
        paras.push((s, e, if n % 3 == 2 { row_end } else { cell }));
    }
    assert_eq!(
        read_units(text, paras, vec![]),
        "项目\t件数\n受理\t12\n正文\n"
    );
}

#[test]
fn deleted_revisions_are_left_out() {
    let text = "办结案件12件\r";
    let (s, _) = at(text, '1', 0);
    let (_, e) = at(text, '2', 0);
    assert_eq!(read_units(text, vec![], vec![(s, e, true)]), "办结案件件\n");
}
