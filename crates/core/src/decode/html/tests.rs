use super::*;

fn text(markup: &str) -> String {
    from_text(markup, "UTF-8", Vec::new()).text
}

#[test]
fn blocks_and_breaks_make_lines() {
    let t = text("<div><h1>标题</h1><p>第一段<br>第二行</p><p>第三段</p>尾</div>");
    assert_eq!(t, "标题\n第一段\n第二行\n第三段\n尾\n");
}

#[test]
fn two_breaks_leave_one_empty_line_and_no_more() {
    assert_eq!(text("a<br><br><br><br>b"), "a\n\nb\n");
}

#[test]
fn whitespace_collapses_but_cjk_line_breaks_join() {
    assert_eq!(
        text("<p>  法治\n  政府 \t building\n blocks </p>"),
        "法治政府 building blocks\n"
    );
}

#[test]
fn table_rows_are_lines_and_cells_are_tab_separated() {
    let t = text(
        "<table><tr><th>项目</th><th>数量</th></tr><tr><td>行政复议</td><td>20件</td></tr></table>",
    );
    assert_eq!(t, "项目\t数量\n行政复议\t20件\n");
    // Unclosed cells and rows, as old CMS pages write them.
    assert_eq!(
        text("<table><tr><td>a<td>b<tr><td>c<td>d</table>"),
        "a\tb\nc\td\n"
    );
}

#[test]
fn scripts_styles_and_chrome_are_dropped() {
    let page = r#"<html><head><title>柳城县2025年法治政府建设年度报告_柳城县人民政府门户网站</title>
        <style>p { color: red }</style><script>var a = "<p>不是正文</p>";</script></head>
        <body><div class="top-nav"><a href="/">首页</a><a>政务公开</a></div>
        <nav>导航</nav><header>网站头部</header>
        <div class="breadcrumb">当前位置：首页 &gt; 通知公告</div>
        <div class="content"><p>正文第一段，内容足够长以免触发回退。</p><p>一、主要举措和成效</p></div>
        <footer>版权所有 © 柳城县人民政府</footer><div id="footer2">备案号</div>
        <!-- <p>注释</p> --></body></html>"#;
    let d = from_text(page, "GBK", Vec::new());
    assert_eq!(
        d.text,
        "正文第一段，内容足够长以免触发回退。\n一、主要举措和成效\n"
    );
    assert_eq!(
        d.title_hint.as_deref(),
        Some("柳城县2025年法治政府建设年度报告")
    );
    assert!(d.notes.is_empty());
}

#[test]
fn header_inside_an_article_is_kept() {
    let t = text("<nav>x</nav><article><header><h1>某县2024年法治政府建设年度报告</h1></header><p>正文</p></article>");
    assert_eq!(t, "某县2024年法治政府建设年度报告\n正文\n");
}

#[test]
fn an_unclosed_chrome_element_does_not_swallow_the_page() {
    let page = "<div class=header>站点<p>报告正文很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长</p>";
    let d = from_text(page, "UTF-8", Vec::new());
    assert!(d.text.contains("报告正文"));
    assert_eq!(d.notes, vec![Note::PageChromeKept]);
}

#[test]
fn pre_keeps_its_lines() {
    assert_eq!(
        text("<pre>一、总则\n  （一）目的\n</pre>"),
        "一、总则\n  （一）目的\n"
    );
}

#[test]
fn stray_angle_brackets_and_broken_tags_are_text_or_ignored() {
    assert_eq!(text("a < b 且 5<6"), "a < b 且 5<6\n");
    assert_eq!(text("<p>x<p"), "x\n");
    assert_eq!(text("<div title=\"a>b\">c</div>"), "c\n");
    assert_eq!(text("</p></div></nav>正文"), "正文\n");
    assert_eq!(text("<script>never closed"), "");
}

#[test]
fn charset_declarations_are_found() {
    let gbk = |s: &[u8]| declared_charset(s).map(|e| e.name());
    assert_eq!(gbk(b"<meta charset=\"gb2312\">"), Some("GBK"));
    assert_eq!(
        gbk(b"<META http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\" />"),
        Some("GBK")
    );
    assert_eq!(
        gbk(b"<?xml version=\"1.0\" encoding=\"gb18030\"?><html>"),
        Some("gb18030")
    );
    assert_eq!(gbk(b"<meta charset=utf-16>"), Some("UTF-8"));
    assert_eq!(gbk(b"<p>charset=gbk is only text</p>"), None);
    assert_eq!(gbk(b"<html><body>"), None);
}

#[test]
fn gbk_page_with_meta_charset_decodes() {
    let page = "<html><head><meta charset=\"gb2312\"><title>报告</title></head><body><p>一、主要举措</p></body></html>";
    let bytes = encoding_rs::GBK.encode(page).0;
    let d = decode(&bytes, None).unwrap();
    assert_eq!(
        (d.text.as_str(), d.encoding.as_str(), d.format),
        ("一、主要举措\n", "GBK", Format::Html)
    );
}

#[test]
fn titles_lose_the_site_name() {
    assert_eq!(
        site_name_removed("报告 | 某市司法局").as_deref(),
        Some("报告")
    );
    assert_eq!(
        site_name_removed("某市人民政府 - 工作动态 - 2024年度总结").as_deref(),
        Some("2024年度总结")
    );
    assert_eq!(site_name_removed("  "), None);
}

#[test]
fn nbsp_indentation_is_layout_but_nbsp_inside_text_is_kept() {
    assert_eq!(
        text("<p>&nbsp;&nbsp;一、总则</p><p>&nbsp;</p><p>a&nbsp;b</p>"),
        "一、总则\na\u{a0}b\n"
    );
}

#[test]
fn binary_data_named_html_is_refused() {
    let noise: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    assert!(matches!(
        decode(&noise, None),
        Err(DecodeError::Binary { .. })
    ));
}

#[test]
fn chrome_names_are_whole_words_and_content_names_win() {
    for chrome in [
        "nav",
        "top-nav",
        "nav_bar",
        "footer2",
        "breadcrumb-wrap",
        "position",
        "share",
        "main-menu",
    ] {
        assert!(chrome_name(chrome), "{chrome}");
    }
    for content in [
        "position-relative",
        "hidden-xs",
        "article-header",
        "content",
        "news-title",
        "navigator",
        "zoom",
    ] {
        assert!(!chrome_name(content), "{content}");
    }
}

#[test]
fn hidden_elements_and_layout_tables() {
    let page = "<table><tr><td class=left>栏目</td><td><p>正文第一段足够长足够长足够长足够长足够长足够长足够长足够长。</p><p>第二段</p></td></tr></table><div style=\"display: none\">隐藏</div>";
    assert_eq!(
        text(page),
        "栏目\n正文第一段足够长足够长足够长足够长足够长足够长足够长足够长。\n第二段\n"
    );
}
