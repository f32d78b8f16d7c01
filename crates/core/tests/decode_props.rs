//! Decoding is total: arbitrary bytes, and real files cut short or with bytes flipped, end in
//! text or in a `DecodeError`, never in a panic (a panic would kill the web app's worker).

mod common;

use gangmu_core::decode::{decode, limits};
use proptest::prelude::*;
use std::path::Path;

const NAMES: &[Option<&str>] = &[
    None,
    Some("r.txt"),
    Some("r.html"),
    Some("r.mhtml"),
    Some("r.docx"),
    Some("r.pdf"),
    Some("r.doc"),
    Some("r.wps"),
    Some("r.ofd"),
    Some("r.rtf"),
];

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../fixtures/formats")
            .join(name),
    )
    .unwrap()
}

/// What every successful decode promises.
fn check(bytes: &[u8], name: Option<&str>) {
    if let Ok(d) = decode(bytes, name, None) {
        assert!(!d.text.trim().is_empty());
        assert!(!d.text.contains('\0'));
        assert!(d.text.len() <= limits::MAX_TEXT_BYTES);
    }
}

/// A format's magic number followed by anything.
fn with_magic() -> impl Strategy<Value = Vec<u8>> {
    let magic = prop::sample::select(vec![
        b"%PDF-1.7\n".to_vec(),
        b"PK\x03\x04".to_vec(),
        b"\xef\xbb\xbf".to_vec(),
        b"\xff\xfe".to_vec(),
        b"<!DOCTYPE html><meta charset=gbk>".to_vec(),
        b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\nContent-Type: text/html\n\n".to_vec(),
        b"1 0 obj << /Type /Page /Contents 2 0 R >> endobj 2 0 obj << /Length 5 >> stream\n".to_vec(),
        b"{\\rtf1\\ansi\\ansicpg936 ".to_vec(),
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x3e\0\x03\0\xfe\xff\x09\0".to_vec(),
    ]);
    (magic, prop::collection::vec(any::<u8>(), 0..2048)).prop_map(|(mut m, rest)| {
        m.extend(rest);
        m
    })
}

/// A real file with some bytes replaced and maybe cut short.
fn mutated(file: &'static str) -> impl Strategy<Value = Vec<u8>> {
    let original = fixture(file);
    let len = original.len();
    (prop::collection::vec((0..len, any::<u8>()), 1..8), 1..=len).prop_map(move |(flips, cut)| {
        let mut bytes = original.clone();
        for (at, b) in flips {
            bytes[at] = b;
        }
        bytes.truncate(cut);
        bytes
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..4096), name in prop::sample::select(NAMES)) {
        check(&bytes, name);
    }

    #[test]
    fn anything_after_a_magic_number_never_panics(bytes in with_magic(), name in prop::sample::select(NAMES)) {
        check(&bytes, name);
    }

    #[test]
    fn damaged_docx_never_panics(bytes in mutated("002.docx")) {
        check(&bytes, Some("r.docx"));
    }

    #[test]
    fn damaged_doc_never_panics(bytes in mutated("002.doc")) {
        check(&bytes, Some("r.doc"));
        check(&bytes, Some("r.wps"));
    }

    #[test]
    fn damaged_ofd_never_panics(bytes in mutated("002.ofd")) {
        check(&bytes, Some("r.ofd"));
    }

    #[test]
    fn damaged_rtf_never_panics(bytes in mutated("002.rtf")) {
        check(&bytes, Some("r.rtf"));
    }

    #[test]
    fn damaged_pdf_never_panics(bytes in mutated("002.gbk-cmap.pdf")) {
        check(&bytes, Some("r.pdf"));
    }

    #[test]
    fn damaged_web_pages_never_panic(bytes in mutated("000.mhtml")) {
        check(&bytes, Some("r.mhtml"));
        check(&bytes, Some("r.html"));
    }

    #[test]
    fn arbitrary_text_in_any_encoding_never_panics(text in "\\PC{0,300}", enc in prop::sample::select(vec!["utf-8", "gbk", "utf-16le", "utf-16be", "big5"])) {
        let bytes: Vec<u8> = match enc {
            "utf-16le" => text.encode_utf16().flat_map(u16::to_le_bytes).collect(),
            "utf-16be" => text.encode_utf16().flat_map(u16::to_be_bytes).collect(),
            label => encoding_rs::Encoding::for_label(label.as_bytes()).unwrap().encode(&text).0.into_owned(),
        };
        check(&bytes, Some("r.txt"));
        if let Ok(d) = decode(&bytes, Some("r.txt"), Some(enc)) {
            prop_assert!(!d.text.contains('\0'));
        }
    }
}

#[test]
fn text_decoded_with_its_own_encoding_round_trips() {
    let seed = common::seed("000");
    for label in ["GBK", "GB18030", "UTF-16LE", "UTF-16BE", "UTF-8"] {
        let bytes: Vec<u8> = match label {
            "UTF-16LE" => seed.encode_utf16().flat_map(u16::to_le_bytes).collect(),
            "UTF-16BE" => seed.encode_utf16().flat_map(u16::to_be_bytes).collect(),
            l => encoding_rs::Encoding::for_label(l.as_bytes())
                .unwrap()
                .encode(&seed)
                .0
                .into_owned(),
        };
        let d = decode(&bytes, Some("r.txt"), Some(label)).unwrap();
        assert_eq!(d.text, seed, "{label}");
    }
}
