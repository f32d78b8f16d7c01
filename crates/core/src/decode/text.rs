//! Bytes to text: which encoding, and the transcoding itself (encoding_rs, chardetng).
//!
//! The order, after ripgrep's searcher and the HTML standard:
//! 1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) decides;
//! 2. else the encoding the caller chose (the UI's override);
//! 3. else an encoding the document declares (HTML `<meta charset>`, an MHTML part header),
//!    unless decoding with it fails where strict UTF-8 or detection succeeds;
//! 4. else strict UTF-8, when the bytes are valid UTF-8 (and not UTF-16 in disguise);
//! 5. else detection: BOM-less UTF-16 by where its zero bytes fall and by what its decoding
//!    looks like, then chardetng on the first 32 KB (with `.cn` as the hint, so GBK wins ties).

use super::{DecodeError, Note};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

/// How the encoding was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    Bom,
    Override,
    Declared,
    StrictUtf8,
    Detected,
}

/// Text decoded from bytes, and how.
#[derive(Debug)]
pub struct Transcoded {
    pub text: String,
    pub encoding: &'static Encoding,
    pub basis: Basis,
    pub notes: Vec<Note>,
}

/// Encodings the UI offers for the override: `(label, Chinese name, English name)`.
/// The label is what [`super::decode`] accepts as `encoding_override`.
pub const OFFERED_ENCODINGS: &[(&str, &str, &str)] = &[
    ("UTF-8", "UTF-8（通用）", "UTF-8"),
    (
        "GB18030",
        "GB18030 / GBK / GB2312（简体中文）",
        "GB18030 / GBK / GB2312 (Simplified Chinese)",
    ),
    (
        "UTF-16LE",
        "UTF-16LE（Windows“Unicode”）",
        "UTF-16LE (Windows \"Unicode\")",
    ),
    ("UTF-16BE", "UTF-16BE", "UTF-16BE"),
    ("Big5", "Big5（繁体中文）", "Big5 (Traditional Chinese)"),
];

/// Resolves a label (`gb2312`, `utf-16le`, `GBK` …) to an encoding, or says it is unknown.
pub fn encoding_for_label(label: &str) -> Result<&'static Encoding, DecodeError> {
    // "UTF-16" alone means little-endian on Windows; encoding_rs knows it as such.
    Encoding::for_label(label.trim().as_bytes())
        .filter(|e| *e != encoding_rs::REPLACEMENT)
        .ok_or_else(|| DecodeError::UnknownEncoding {
            label: label.chars().take(40).collect(),
        })
}

/// Decodes `bytes` following the order above. `declared` is what the document says about itself.
pub fn transcode(
    bytes: &[u8],
    override_label: Option<&str>,
    declared: Option<&'static Encoding>,
) -> Result<Transcoded, DecodeError> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return Ok(finish(&bytes[bom_len..], enc, Basis::Bom, Vec::new()));
    }
    if let Some(label) = override_label {
        let enc = encoding_for_label(label)?;
        return Ok(finish(bytes, enc, Basis::Override, Vec::new()));
    }
    if let Some(enc) = declared {
        // A page saved as UTF-8 by the browser often keeps its old `charset=gb2312`.
        let (_, had_errors) = enc.decode_without_bom_handling(bytes);
        if !had_errors {
            return Ok(finish(bytes, enc, Basis::Declared, Vec::new()));
        }
        let found = guess(bytes);
        let (_, found_errors) = found.0.decode_without_bom_handling(bytes);
        if found_errors {
            return Ok(finish(bytes, enc, Basis::Declared, Vec::new()));
        }
        let note = Note::DeclaredEncodingWrong {
            declared: enc.name().into(),
            used: found.0.name().into(),
        };
        return Ok(finish(bytes, found.0, found.1, vec![note]));
    }
    let (enc, basis) = guess(bytes);
    Ok(finish(bytes, enc, basis, Vec::new()))
}

/// Steps 4 and 5: strict UTF-8, BOM-less UTF-16, chardetng.
///
/// Valid UTF-8 without zero bytes is UTF-8 (ASCII pairs read as UTF-16 look like CJK, so
/// UTF-16 is never guessed for it); with zero bytes, UTF-16 is tried first.
fn guess(bytes: &[u8]) -> (&'static Encoding, Basis) {
    let utf8 = std::str::from_utf8(bytes).is_ok();
    if utf8 && !bytes.contains(&0) {
        return (UTF_8, Basis::StrictUtf8);
    }
    if let Some(enc) = utf16_without_bom(bytes) {
        return (enc, Basis::Detected);
    }
    if utf8 {
        return (UTF_8, Basis::StrictUtf8);
    }
    // A sample decides as well as the whole file (a report's first 32 KB hold thousands of
    // characters) and keeps detection from dominating on large files.
    let sample = &bytes[..bytes.len().min(DETECTION_SAMPLE)];
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(sample, sample.len() == bytes.len());
    // chardetng answers GBK for simplified Chinese; encoding_rs's GBK decoder is the GB18030
    // decoder (as the Encoding Standard defines it), so four-byte sequences decode too.
    (
        detector.guess(Some(b"cn"), chardetng::Utf8Detection::Deny),
        Basis::Detected,
    )
}

/// Bytes fed to chardetng.
const DETECTION_SAMPLE: usize = 32 * 1024;

/// BOM-less UTF-16: zero bytes fall mostly on one parity (the high bytes of ASCII digits and
/// line breaks), and the decoded text is plausible (CJK, punctuation, ASCII). Chinese text
/// without any ASCII has no zero bytes at all; then plausibility alone decides, and must be
/// very high.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 4 || bytes.len() % 2 == 1 {
        return None;
    }
    let sample = &bytes[..bytes.len().min(64 * 1024) & !1];
    let (mut even_zeros, mut odd_zeros) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        even_zeros += usize::from(pair[0] == 0);
        odd_zeros += usize::from(pair[1] == 0);
    }
    let score = |enc: &'static Encoding| {
        let (text, errors) = enc.decode_without_bom_handling(sample);
        if errors {
            0.0
        } else {
            plausibility(&text)
        }
    };
    let (le, be) = (score(UTF_16LE), score(UTF_16BE));
    // ASCII in UTF-16LE puts its zero bytes at odd offsets; a lone U+xx00 CJK character
    // (一 is U+4E00) puts one on the other side, so zeros vote but plausibility decides.
    let (enc, best, zeros_agree) = if le >= be {
        (UTF_16LE, le, odd_zeros > even_zeros)
    } else {
        (UTF_16BE, be, even_zeros > odd_zeros)
    };
    let threshold = if zeros_agree { 0.9 } else { 0.97 };
    (best >= threshold).then_some(enc)
}

/// The share of characters that ordinary Chinese report text is made of.
fn plausibility(text: &str) -> f64 {
    let (mut good, mut all) = (0usize, 0usize);
    for c in text.chars() {
        all += 1;
        let ok = matches!(c,
            '\t' | '\n' | '\r' | ' '..='~'
            | '\u{00A0}'..='\u{00FF}'
            | '\u{2000}'..='\u{206F}'
            | '\u{3000}'..='\u{303F}'
            | '\u{4E00}'..='\u{9FFF}'
            | '\u{FF00}'..='\u{FFEF}');
        good += usize::from(ok);
    }
    if all == 0 {
        0.0
    } else {
        good as f64 / all as f64
    }
}

/// Decodes with `enc` and records what had to be repaired.
fn finish(bytes: &[u8], enc: &'static Encoding, basis: Basis, mut notes: Vec<Note>) -> Transcoded {
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    let mut text = text.into_owned();
    if had_errors {
        let replaced = text.chars().filter(|&c| c == '\u{FFFD}').count();
        notes.push(Note::InvalidSequences { count: replaced });
    }
    if basis == Basis::Detected {
        notes.push(Note::EncodingDetected {
            encoding: enc.name().into(),
        });
    }
    strip_nuls(&mut text, &mut notes);
    Transcoded {
        text,
        encoding: enc,
        basis,
        notes,
    }
}

/// NUL characters end strings in C and show as nothing in editors; they only hurt matching.
pub fn strip_nuls(text: &mut String, notes: &mut Vec<Note>) {
    let nuls = text.bytes().filter(|&b| b == 0).count();
    if nuls > 0 {
        text.retain(|c| c != '\0');
        notes.push(Note::NulRemoved { count: nuls });
    }
}

/// True when the text is mostly control characters and replacement characters: binary data
/// that happened to have a text extension and no magic number.
pub fn looks_binary(text: &str) -> bool {
    let (mut bad, mut all) = (0usize, 0usize);
    for c in text.chars().take(64 * 1024) {
        all += 1;
        let control = c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{0C}');
        bad += usize::from(control || c == '\u{FFFD}');
    }
    all > 0 && bad * 12 > all
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{BIG5, GBK};

    const SAMPLE: &str = "2023年，柳州市司法局坚持以习近平新时代中国特色社会主义思想为指导。\n一、扎实开展示范创建活动\n年内向党委、政府报告法治建设工作20次。\n";

    fn gbk(s: &str) -> Vec<u8> {
        GBK.encode(s).0.into_owned()
    }

    fn utf16(s: &str, little: bool) -> Vec<u8> {
        s.encode_utf16()
            .flat_map(|u| {
                if little {
                    u.to_le_bytes()
                } else {
                    u.to_be_bytes()
                }
            })
            .collect()
    }

    fn read(bytes: &[u8]) -> Transcoded {
        transcode(bytes, None, None).unwrap()
    }

    #[test]
    fn bom_decides() {
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice(SAMPLE.as_bytes());
        let t = read(&b);
        assert_eq!(
            (t.text.as_str(), t.encoding, t.basis),
            (SAMPLE, UTF_8, Basis::Bom)
        );
        let mut b = vec![0xFF, 0xFE];
        b.extend(utf16(SAMPLE, true));
        assert_eq!(read(&b).encoding, UTF_16LE);
        let mut b = vec![0xFE, 0xFF];
        b.extend(utf16(SAMPLE, false));
        let t = read(&b);
        assert_eq!((t.text.as_str(), t.encoding), (SAMPLE, UTF_16BE));
    }

    #[test]
    fn strict_utf8_before_detection() {
        let t = read(SAMPLE.as_bytes());
        assert_eq!(
            (t.text.as_str(), t.encoding, t.basis),
            (SAMPLE, UTF_8, Basis::StrictUtf8)
        );
        assert!(t.notes.is_empty());
    }

    #[test]
    fn the_gbk_decoder_reads_gb18030_four_byte_sequences() {
        let bytes = encoding_rs::GB18030.encode("\u{2002}年\u{A0}").0;
        assert_eq!(bytes.len(), 10);
        let (text, errors) = GBK.decode_without_bom_handling(&bytes);
        assert_eq!((text.as_ref(), errors), ("\u{2002}年\u{A0}", false));
    }

    #[test]
    fn gbk_is_detected() {
        let t = read(&gbk(SAMPLE));
        assert_eq!(t.text, SAMPLE);
        assert_eq!(t.encoding, GBK);
        assert_eq!(t.basis, Basis::Detected);
    }

    #[test]
    fn bomless_utf16_is_detected_both_ways() {
        for little in [true, false] {
            let t = read(&utf16(SAMPLE, little));
            assert_eq!(t.text, SAMPLE, "little={little}");
            assert_eq!(t.encoding, if little { UTF_16LE } else { UTF_16BE });
        }
        // Without a single ASCII character there are no zero bytes at all.
        let pure = "法治政府建设年度报告一、主要举措和成效（一）深入学习贯彻习近平法治思想";
        assert_eq!(read(&utf16(pure, true)).text, pure);
    }

    #[test]
    fn the_override_wins_over_detection_but_not_over_a_bom() {
        let t = transcode(&gbk(SAMPLE), Some("big5"), None).unwrap();
        assert_eq!(t.encoding, BIG5);
        assert_ne!(t.text, SAMPLE);
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice(SAMPLE.as_bytes());
        assert_eq!(transcode(&b, Some("gbk"), None).unwrap().encoding, UTF_8);
        assert!(matches!(
            transcode(b"x", Some("klingon"), None),
            Err(DecodeError::UnknownEncoding { .. })
        ));
    }

    #[test]
    fn a_wrong_declaration_gives_way_when_the_bytes_say_otherwise() {
        let t = transcode(SAMPLE.as_bytes(), None, Some(GBK)).unwrap();
        assert_eq!((t.text.as_str(), t.encoding), (SAMPLE, UTF_8));
        assert!(matches!(t.notes[0], Note::DeclaredEncodingWrong { .. }));
        let t = transcode(&gbk(SAMPLE), None, Some(GBK)).unwrap();
        assert_eq!((t.text.as_str(), t.basis), (SAMPLE, Basis::Declared));
    }

    #[test]
    fn invalid_sequences_and_nuls_are_noted() {
        let mut b = gbk(SAMPLE);
        b.insert(10, 0xFF);
        b.insert(20, 0);
        let t = read(&b);
        assert!(t
            .notes
            .iter()
            .any(|n| matches!(n, Note::NulRemoved { count: 1 })));
        assert!(!t.text.contains('\0'));
        let t = read(&[b"abc\xff".as_slice(), "法治".as_bytes()].concat());
        assert!(t.text.starts_with("abc"));
    }

    #[test]
    fn binary_noise_is_recognised() {
        let noise: Vec<u8> = (0..4096u32)
            .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
            .collect();
        assert!(looks_binary(&read(&noise).text));
        assert!(!looks_binary(SAMPLE));
    }

    #[test]
    fn offered_labels_resolve() {
        for (label, _, _) in OFFERED_ENCODINGS {
            assert!(encoding_for_label(label).is_ok(), "{label}");
        }
        assert_eq!(encoding_for_label("gb2312").unwrap(), GBK);
    }
}
