use super::*;
use std::io::Write;

/// A PDF from object bodies (object n is `objects[n-1]`), with a catalog at 1 and pages at 2.
pub(crate) fn pdf(objects: &[String], trailer_extra: &str) -> Vec<u8> {
    let mut out = "%PDF-1.5\n%\u{e2}\u{e3}\u{cf}\u{d3}\n".as_bytes().to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body.as_bytes());
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R {trailer_extra} >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn stream(dict: &str, data: &[u8]) -> String {
    // Latin-1 round trip keeps arbitrary bytes in a String for the builder.
    let body: String = data.iter().map(|&b| b as char).collect();
    format!(
        "<< {dict} /Length {} >>\nstream\n{body}\nendstream",
        data.len()
    )
}

/// Bytes of a builder string (chars ≤ U+00FF are bytes).
fn bytes(pdf: Vec<u8>) -> Vec<u8> {
    String::from_utf8(pdf)
        .map(|s| s.chars().map(|c| c as u32 as u8).collect())
        .unwrap_or_default()
}

fn one_page(content: &[u8], font: &str) -> Vec<u8> {
    bytes(pdf(
        &[
            "<< /Type /Catalog /Pages 2 0 R >>".into(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 /Resources << /Font << /F1 5 0 R >> >> >>"
                .into(),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>".into(),
            stream("", content),
            font.into(),
        ],
        "",
    ))
}

fn hex(s: &[u8]) -> String {
    s.iter().map(|b| format!("{b:02X}")).collect()
}

const HELVETICA: &str =
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
const GBK_FONT: &str = "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /GBK-EUC-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /DW 1000 >>] >>";

#[test]
fn simple_fonts_with_winansi() {
    let d = decode(&one_page(
        b"BT /F1 12 Tf 72 700 Td (Hello World) Tj 0 -14 Td (line two) Tj ET",
        HELVETICA,
    ))
    .unwrap();
    assert_eq!(d.text, "Hello World\nline two\n");
    assert_eq!(
        (d.format, d.encoding.as_str()),
        (Format::Pdf, "WinAnsiEncoding")
    );
}

#[test]
fn gbk_euc_h_without_to_unicode_reads_as_gbk() {
    let line1 = encoding_rs::GBK.encode("一、总体情况").0;
    let line2 = encoding_rs::GBK.encode("全年办理案件20件。").0;
    let content = format!(
        "BT /F1 16 Tf 1 0 0 1 90 750 Tm <{}> Tj 0 -24 TD <{}> Tj ET",
        hex(&line1),
        hex(&line2)
    );
    let d = decode(&one_page(content.as_bytes(), GBK_FONT)).unwrap();
    assert_eq!(d.text, "一、总体情况\n全年办理案件20件。\n");
    assert_eq!(d.encoding, "GBK-EUC-H");
}

#[test]
fn identity_h_with_a_flate_compressed_to_unicode_map() {
    let cmap = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def 1 begincodespacerange <0000> <FFFF> endcodespacerange 3 beginbfchar <0001> <6CD5> <0002> <6CBB> <0003> <0031> endbfchar endcmap";
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(cmap).unwrap();
    let packed = z.finish().unwrap();
    let content =
        b"BT /F1 10 Tf 12 TL 50 500 Td [<0001> -20 <0002>] TJ (\\000\\001\\000\\003) ' ET";
    let doc = bytes(pdf(
        &[
            "<< /Type /Catalog /Pages 2 0 R >>".into(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".into(),
            "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents [4 0 R] >>".into(),
            stream("", content),
            "<< /Type /Font /Subtype /Type0 /Encoding /Identity-H /ToUnicode 6 0 R /DescendantFonts [7 0 R] >>".into(),
            stream("/Filter /FlateDecode", &packed),
            "<< /Type /Font /Subtype /CIDFontType2 /W [1 [1000 1000] 3 3 500] >>".into(),
        ],
        "",
    ));
    let d = decode(&doc).unwrap();
    assert_eq!(d.text, "法治\n法1\n");
    assert_eq!(d.encoding, "ToUnicode");
}

#[test]
fn encrypted_files_are_refused() {
    let doc = bytes(pdf(
        &[
            "<< /Type /Catalog /Pages 2 0 R >>".into(),
            "<< /Type /Pages /Kids [] /Count 0 >>".into(),
            "<< /Filter /Standard /V 2 /R 3 >>".into(),
        ],
        "/Encrypt 3 0 R",
    ));
    assert_eq!(decode(&doc), Err(DecodeError::EncryptedPdf));
}

#[test]
fn image_only_pages_are_a_scan() {
    let doc = bytes(pdf(
        &[
            "<< /Type /Catalog /Pages 2 0 R >>".into(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".into(),
            "<< /Type /Page /Parent 2 0 R /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>".into(),
            stream("", b"q 595 0 0 842 0 0 cm /Im0 Do Q"),
            stream("/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8", b"\xff"),
        ],
        "",
    ));
    assert_eq!(decode(&doc), Err(DecodeError::ScannedPdf));
}

#[test]
fn identity_h_without_a_map_cannot_be_read() {
    let font = "<< /Type /Font /Subtype /Type0 /Encoding /Identity-H /DescendantFonts [<< /Subtype /CIDFontType2 >>] >>";
    let d = decode(&one_page(
        b"BT /F1 12 Tf 72 700 Td <00110022003300440055> Tj ET",
        font,
    ));
    assert_eq!(d, Err(DecodeError::UnmappedPdfText));
}

#[test]
fn form_xobjects_and_inline_images_are_handled() {
    let doc = bytes(pdf(
        &[
            "<< /Type /Catalog /Pages 2 0 R >>".into(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".into(),
            "<< /Type /Page /Parent 2 0 R /Resources << /XObject << /Fm1 5 0 R >> /Font << /F1 6 0 R >> >> /Contents 4 0 R >>".into(),
            stream("", b"BI /W 2 /H 1 /CS /G /BPC 8 ID \x00EI\x01 EI q /Fm1 Do Q BT /F1 12 Tf 72 600 Td (after) Tj ET"),
            stream("/Type /XObject /Subtype /Form /BBox [0 0 500 500] /Resources << /Font << /F1 6 0 R >> >>", b"BT /F1 12 Tf 72 700 Td (in form) Tj ET"),
            HELVETICA.into(),
        ],
        "",
    ));
    assert_eq!(decode(&doc).unwrap().text, "in form\nafter\n");
}

#[test]
fn objects_inside_object_streams_are_found() {
    // Objects 3 (page) and 5 (font) live in the object stream 6.
    let page =
        "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>";
    let header = format!("3 0 5 {} ", page.len() + 1);
    let body = format!("{header}{page} {HELVETICA}");
    let doc = bytes(pdf(
        &[
            "<< /Type /Catalog /Pages 2 0 R >>".into(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".into(),
            "null".into(),
            stream("", b"BT /F1 12 Tf 72 700 Td (packed) Tj ET"),
            "null".into(),
            stream(
                &format!("/Type /ObjStm /N 2 /First {}", header.len()),
                body.as_bytes(),
            ),
        ],
        "",
    ));
    // The placeholders `null` for 3 and 5 lose to the packed definitions only when absent,
    // so drop them from the file as a real writer would.
    let doc = String::from_utf8_lossy(&doc)
        .replace("3 0 obj\nnull\nendobj\n", "")
        .replace("5 0 obj\nnull\nendobj\n", "");
    assert_eq!(decode(doc.as_bytes()).unwrap().text, "packed\n");
}

#[test]
fn damaged_files_never_panic() {
    let good = decode_input();
    for cut in (0..good.len()).step_by(7) {
        let _ = decode(&good[..cut]);
    }
    assert_eq!(
        decode(b"%PDF-1.4\nnothing here"),
        Err(DecodeError::CorruptPdf)
    );
}

#[test]
fn a_truncated_pdf_is_incomplete_not_scanned() {
    // Cut inside the page's content stream: the page is there, its text is not.
    let good = decode_input();
    let at = crate::decode::sniff::find(&good, b"Tj").unwrap() - 4;
    assert_eq!(
        decode(&good[..at]),
        Err(DecodeError::Damaged {
            format: Format::Pdf,
            fault: crate::decode::Fault::Truncated
        })
    );
    // Cut after the text: the text is read, with a note.
    let end = crate::decode::sniff::find(&good, b"xref").unwrap();
    let d = decode(&good[..end]).unwrap();
    assert!(d.notes.contains(&Note::Incomplete));
}

#[test]
fn a_wrong_startxref_does_not_matter() {
    let good = decode_input();
    let at = crate::decode::sniff::find(&good, b"startxref\n").unwrap() + 10;
    let mut broken = good[..at].to_vec();
    broken.extend_from_slice(b"999999\n%%EOF\n");
    assert_eq!(decode(&broken).unwrap().text, decode(&good).unwrap().text);
}

fn decode_input() -> Vec<u8> {
    let line = encoding_rs::GBK.encode("二、存在的不足和原因").0;
    one_page(
        format!("BT /F1 16 Tf 90 750 Td <{}> Tj ET", hex(&line)).as_bytes(),
        GBK_FONT,
    )
}

#[test]
fn a_decompression_bomb_stops_at_the_budget() {
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    z.write_all(&vec![b' '; 3 << 20]).unwrap();
    let packed = z.finish().unwrap();
    let doc = bytes(pdf(
        &[
            "<< /Type /Catalog /Pages 2 0 R >>".into(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".into(),
            "<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>".into(),
            stream("/Filter /FlateDecode", &packed),
        ],
        "",
    ));
    assert_eq!(
        decode_within(&doc, 1 << 20),
        Err(DecodeError::PdfTooLarge {
            limit: MAX_PDF_INFLATED_BYTES
        })
    );
    // Within the budget the same file is merely empty: a page with no text.
    assert_eq!(decode_within(&doc, 4 << 20), Err(DecodeError::ScannedPdf));
}

#[test]
fn info_strings_in_every_encoding_writers_use() {
    use super::text_string;
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("洪泽区人民政府".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    assert_eq!(text_string(&le), "洪泽区人民政府");
    let be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain("年度报告".encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    assert_eq!(text_string(&be), "年度报告");
    assert_eq!(
        text_string(b"Report \x84 2023 \x8dA\x8e"),
        "Report — 2023 “A”"
    );
    assert_eq!(text_string("法治政府".as_bytes()), "法治政府");
    let gbk = encoding_rs::GBK.encode("法治政府建设年度报告").0;
    assert_eq!(text_string(&gbk), "法治政府建设年度报告");
}

#[test]
fn a_wps_pdf_title_in_utf16le_is_read_as_chinese() {
    let path = format!(
        "{}/../../fixtures/formats/real/hongze-2023-disclosure-report.pdf",
        env!("CARGO_MANIFEST_DIR")
    );
    let d = decode(&std::fs::read(path).unwrap()).unwrap();
    assert_eq!(
        d.title_hint.as_deref(),
        Some("洪泽区人民政府2023年政府信息公开工作年度报告")
    );
}
