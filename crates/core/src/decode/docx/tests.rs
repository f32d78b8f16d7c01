use super::*;
use std::io::{Cursor, Write};

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#;

/// A .docx with the given parts (stored, not deflated, so tests stay fast).
pub(crate) fn docx(parts: &[(&str, &str)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, content) in parts {
        zip.start_file(*name, options).unwrap();
        zip.write_all(content.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn document(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}</w:body></w:document>"#
    )
}

fn para(text: &str) -> String {
    format!("<w:p><w:r><w:t>{text}</w:t></w:r></w:p>")
}

fn numbered(num: u32, ilvl: u32, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
    )
}

/// GB/T 9704 levels: 一、 （一） 1. （1）
fn gb_numbering() -> String {
    let lvl = |i: u32, fmt: &str, text: &str| {
        format!(
            r#"<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>"#
        )
    };
    format!(
        r#"<w:numbering {W}><w:abstractNum w:abstractNumId="7">{}{}{}{}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num></w:numbering>"#,
        lvl(0, "chineseCounting", "%1、"),
        lvl(1, "chineseCounting", "（%2）"),
        lvl(2, "decimal", "%3."),
        lvl(3, "decimal", "（%4）"),
    )
}

fn read(parts: &[(&str, &str)]) -> Decoded {
    decode(&docx(parts)).unwrap()
}

#[test]
fn automatic_numbering_becomes_visible_markers() {
    let body = [
        numbered(1, 0, "总体情况"),
        numbered(1, 1, "学习贯彻"),
        numbered(1, 1, "依法决策"),
        numbered(1, 2, "制度建设"),
        numbered(1, 3, "细则"),
        numbered(1, 2, "执法"),
        numbered(1, 0, "存在的不足"),
        numbered(1, 1, "短板"),
        para("正文没有编号。"),
        numbered(0, 0, "编号已关闭"),
    ]
    .concat();
    let d = read(&[
        ("word/document.xml", &document(&body)),
        ("word/numbering.xml", &gb_numbering()),
    ]);
    assert_eq!(
        d.text,
        "一、总体情况\n（一）学习贯彻\n（二）依法决策\n1.制度建设\n（1）细则\n2.执法\n二、存在的不足\n（一）短板\n正文没有编号。\n编号已关闭\n"
    );
    assert_eq!((d.format, d.encoding.as_str()), (Format::Docx, "UTF-8"));
}

#[test]
fn a_list_that_restarts_counts_on_its_own() {
    let body = [
        numbered(1, 0, "甲"),
        numbered(1, 0, "乙"),
        numbered(2, 0, "丙"),
        numbered(1, 0, "丁"),
    ]
    .concat();
    let d = read(&[
        ("word/document.xml", &document(&body)),
        ("word/numbering.xml", &gb_numbering()),
    ]);
    assert_eq!(d.text, "一、甲\n二、乙\n一、丙\n三、丁\n");
}

#[test]
fn heading_styles_carry_their_numbering() {
    let styles = format!(
        r#"<w:styles {W}><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style><w:style w:styleId="a3"><w:name w:val="Title"/></w:style></w:styles>"#
    );
    let body = r#"<w:p><w:pPr><w:pStyle w:val="a3"/></w:pPr><w:r><w:t>某县2024年法治政府建设年度报告</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>主要举措</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="2"/></w:pPr><w:r><w:t>加强领导</w:t></w:r></w:p>"#;
    let d = read(&[
        ("word/document.xml", &document(body)),
        ("word/numbering.xml", &gb_numbering()),
        ("word/styles.xml", &styles),
    ]);
    assert_eq!(
        d.text,
        "某县2024年法治政府建设年度报告\n一、主要举措\n（一）加强领导\n"
    );
    assert_eq!(
        d.title_hint.as_deref(),
        Some("某县2024年法治政府建设年度报告")
    );
}

#[test]
fn tables_are_rows_of_tab_separated_cells() {
    let cell = |t: &str| format!("<w:tc>{}</w:tc>", para(t));
    let row = |a: &str, b: &str| format!("<w:tr>{}{}</w:tr>", cell(a), cell(b));
    let body = format!(
        "{}<w:tbl>{}{}</w:tbl>{}",
        para("前"),
        row("项目", "数量"),
        row("行政复议", "20件"),
        para("后")
    );
    let d = read(&[("word/document.xml", &document(&body))]);
    assert_eq!(d.text, "前\n项目\t数量\n行政复议\t20件\n后\n");
}

#[test]
fn hidden_copies_deletions_and_field_codes_are_left_out() {
    let body = format!(
        r#"<w:p><w:r><w:t xml:space="preserve">保留 </w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:tab/><w:t>A&amp;B</w:t><w:br/><w:t>下一行</w:t></w:r></w:p><w:p><w:r><mc:AlternateContent><mc:Choice><w:txbxContent>{}</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>{}</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>正文</w:t></w:r></w:p>"#,
        para("文本框"),
        para("文本框")
    );
    let d = read(&[("word/document.xml", &document(&body))]);
    assert_eq!(d.text, "保留 \tA&B\n下一行\n文本框\n正文\n");
}

#[test]
fn the_core_title_is_the_title_hint_unless_it_is_junk() {
    let core = |t: &str| {
        format!(
            r#"<cp:coreProperties xmlns:cp="x" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{t}</dc:title></cp:coreProperties>"#
        )
    };
    let doc = document(&para("正文"));
    let d = read(&[
        ("word/document.xml", &doc),
        ("docProps/core.xml", &core("某市2023年法治政府建设年度报告")),
    ]);
    assert_eq!(
        d.title_hint.as_deref(),
        Some("某市2023年法治政府建设年度报告")
    );
    let d = read(&[
        ("word/document.xml", &doc),
        ("docProps/core.xml", &core("Microsoft Word - 报告.doc")),
    ]);
    assert_eq!(d.title_hint, None);
    // A newspaper, news site or app that republished the report, or an editor's byline, is
    // never the title (nor, through it, the issuer).
    for junk in [
        "浙江日报",
        "中国长安网",
        "澎湃新闻",
        "湖南日报·新湖南客户端",
        "责任编辑：王某某",
        "记者 李某",
    ] {
        let d = read(&[
            ("word/document.xml", &doc),
            ("docProps/core.xml", &core(junk)),
        ]);
        assert_eq!(d.title_hint, None, "{junk}");
    }
}

#[test]
fn broken_packages_get_clear_errors() {
    let good = docx(&[("word/document.xml", &document(&para("正文")))]);
    for cut in [10, good.len() / 2, good.len() - 10] {
        assert!(decode(&good[..cut]).is_err(), "cut at {cut}");
    }
    assert_eq!(
        decode(&docx(&[("xl/workbook.xml", "<x/>")])),
        Err(DecodeError::OtherOffice {
            kind: "an Excel spreadsheet"
        })
    );
    assert_eq!(
        decode(&docx(&[("a.txt", "x")])),
        Err(DecodeError::Binary {
            kind: "a zip archive"
        })
    );
    assert_eq!(
        decode(&docx(&[("word/document.xml", "<w:document>")])),
        Err(DecodeError::CorruptDocx)
    );
}

#[test]
fn word_number_formats() {
    use crate::decode::list_number::format_number as f;
    assert_eq!(f(1, "chineseCounting"), "一");
    assert_eq!(f(10, "chineseCounting"), "十");
    assert_eq!(f(11, "chineseCounting"), "十一");
    assert_eq!(f(20, "chineseCountingThousand"), "二十");
    assert_eq!(f(105, "chineseCountingThousand"), "一百零五");
    assert_eq!(f(110, "chineseCountingThousand"), "一百一十");
    assert_eq!(f(1001, "chineseCountingThousand"), "一千零一");
    assert_eq!(f(3, "chineseLegalSimplified"), "叁");
    assert_eq!(f(3, "decimalEnclosedCircle"), "③");
    assert_eq!(f(3, "decimalEnclosedParen"), "⑶");
    assert_eq!(f(12, "decimalFullWidth"), "１２");
    assert_eq!(f(2, "ideographTraditional"), "乙");
    assert_eq!(f(28, "upperLetter"), "BB");
    assert_eq!(f(14, "lowerRoman"), "xiv");
    assert_eq!(f(7, "decimalZero"), "07");
    assert_eq!(f(7, "unknownFormat"), "7");
}
