//! The OFD reader on real files (fixtures/formats/real/, see its README) and damaged ones.

use super::*;
use std::io::Write;

fn real(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/../../fixtures/formats/real/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A zip of the given (name, content) entries.
fn zip(entries: &[(&str, &str)]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, content) in entries {
        w.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        w.write_all(content.as_bytes()).unwrap();
    }
    w.finish().unwrap().into_inner()
}

#[test]
fn a_gongwen_ofd_reads_in_order_with_wrapped_lines_joined() {
    // 路桥区卫生局's 批复 (iOFD): one TextObject per line, absolute DocRoot path.
    let d = decode(&real("luqiao-reply.ofd")).unwrap();
    assert_eq!(d.format, Format::Ofd);
    let lines: Vec<&str> = d.text.lines().collect();
    assert_eq!(
        &lines[..4],
        [
            "测试符路桥区卫生局文件",
            "路卫发〔2011〕76号",
            "关于同意张阿三同志辞职的批复",
            "区中医院："
        ]
    );
    assert!(lines.contains(&"你院《关于给张阿三同志辞职的请示》（路中医发〔2011〕10号）收悉。"));
}

#[test]
fn an_essay_ofd_has_its_title_then_its_paragraphs() {
    let d = decode(&real("hello.ofd")).unwrap();
    let lines: Vec<&str> = d.text.lines().collect();
    assert_eq!(&lines[..2], ["拿来主义", "鲁迅"]);
    assert!(lines[2].starts_with(
        "中国一向是所谓“闭关主义”，自己不去，别人也不许来。自从给枪炮打破了大门之后，"
    ));
}

#[test]
fn text_objects_in_any_order_with_repeats_and_a_ctm() {
    let content = r#"<?xml version="1.0" encoding="UTF-8"?>
<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="1">
<ofd:TextObject ID="3" Boundary="28 60 156 8" Font="1" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="g 3 5">二、主要举措</ofd:TextCode></ofd:TextObject>
<ofd:PageBlock ID="9"><ofd:TextObject ID="2" Boundary="28 40 156 8" Font="1" Size="5" CTM="1 0 0 1 0 0"><ofd:TextCode X="0" Y="5" DeltaX="5 5 5 5 5">一、总体情况</ofd:TextCode></ofd:TextObject></ofd:PageBlock>
<ofd:TextObject ID="4" Boundary="28 50 156 8" Font="1" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="5">受理</ofd:TextCode><ofd:TextCode X="60">12件</ofd:TextCode></ofd:TextObject>
</ofd:Layer></ofd:Content></ofd:Page>"#;
    let ofd = zip(&[
        (
            "OFD.xml",
            r#"<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody><ofd:DocInfo><ofd:Title>某县司法局2023年法治政府建设年度报告</ofd:Title></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"#,
        ),
        (
            "Doc_0/Document.xml",
            r#"<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>"#,
        ),
        ("Doc_0/Pages/Page_0/Content.xml", content),
    ]);
    let d = decode(&ofd).unwrap();
    assert_eq!(d.text, "一、总体情况\n受理\t12件\n二、主要举措\n");
    assert_eq!(
        d.title_hint.as_deref(),
        Some("某县司法局2023年法治政府建设年度报告")
    );
}

#[test]
fn page_files_in_their_declared_encoding() {
    let content = encoding_rs::GB18030
        .encode(r#"<?xml version="1.0" encoding="GB18030"?><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer><ofd:TextObject Boundary="0 0 100 10" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="g 3 5">法治政府</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>"#)
        .0;
    assert!(decode_xml(&content).contains("法治政府"));
}

#[test]
fn damaged_and_encrypted_packages_say_so() {
    let damaged = |fault| {
        Err(DecodeError::Damaged {
            format: Format::Ofd,
            fault,
        })
    };
    let good = real("luqiao-reply.ofd");
    assert_eq!(decode(&good[..good.len() / 2]), damaged(Fault::Truncated));
    let no_root = zip(&[("OFD.xml", "<ofd:OFD><ofd:DocBody/></ofd:OFD>")]);
    assert_eq!(decode(&no_root), damaged(Fault::NoDocument));
    let missing = zip(&[(
        "OFD.xml",
        "<ofd:OFD><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
    )]);
    assert_eq!(decode(&missing), damaged(Fault::NoDocument));
    let no_pages = zip(&[
        (
            "OFD.xml",
            "<ofd:OFD><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        ),
        ("Doc_0/Document.xml", "<ofd:Document><ofd:Pages/></ofd:Document>"),
    ]);
    assert_eq!(decode(&no_pages), damaged(Fault::NoPages));
    let encrypted = zip(&[("OFD.xml", "<ofd:OFD/>"), ("Encryptions.xml", "<x/>")]);
    assert_eq!(
        decode(&encrypted),
        Err(DecodeError::Encrypted {
            format: Format::Ofd
        })
    );
    // Every cut of a real file ends in text or a message, never a panic.
    for cut in (0..good.len()).step_by(997) {
        let _ = decode(&good[..cut]);
    }
}

#[test]
fn delta_repeats() {
    assert_eq!(
        page::deltas("g 3 2.5 1 g 2 4"),
        [2.5, 2.5, 2.5, 1.0, 4.0, 4.0]
    );
    assert_eq!(page::deltas("g x"), Vec::<f64>::new());
}
