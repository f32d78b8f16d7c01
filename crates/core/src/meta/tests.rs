//! Regression tests of the meta stage on openings of the shapes real reports have (titles, issuers,
//! years), each named after the defect it guards against.

use super::*;
use crate::clean::clean;

fn meta(text: &str) -> Meta {
    read_meta(&clean(text), &Options::default())
}

#[test]
fn a_title_ending_in_qingkuang_and_a_date_under_it() {
    let m = meta(
        "柳城县2024年度法治政府建设情况\n（2025年3月20日）\n一、主要举措和成效\n审结案件5件。\n",
    );
    assert_eq!(m.title.as_deref(), Some("柳城县2024年度法治政府建设情况"));
    assert_eq!(m.year, Some(2024));
    assert_eq!(m.published.as_deref(), Some("2025-03-20"));
    // A heading that ends in 情况 is not a title.
    let m = meta("一、2024年法治政府建设情况\n审结案件5件。\n");
    assert_eq!(m.title, None);
}

#[test]
fn an_official_documents_title_line_beats_the_files_metadata_title() {
    let text = "中共浙江省淳安县委组织部\n关于开展专业岗位领导干部遴选工作的通知\n各乡镇党委，县直各单位：\n为进一步优化干部队伍结构，经研究，决定开展遴选工作。\n";
    let options = Options {
        title_hint: Some("淳安县专业干部遴选方案".into()),
    };
    let m = read_meta(&clean(text), &options);
    // GB/T 9704: the issuing organ's name on the line above is the start of the title.
    assert_eq!(
        m.title.as_deref(),
        Some("中共浙江省淳安县委组织部关于开展专业岗位领导干部遴选工作的通知")
    );
    assert_eq!(m.issuer.as_deref(), Some("中共浙江省淳安县委组织部"));
    assert!(m.findings.iter().all(|f| f.kind != FindingKind::NoTitle));
    // The hint stays the fallback of a text with no title line at all.
    let m = read_meta(
        &clean("为进一步优化干部队伍结构，决定开展遴选工作。\n"),
        &options,
    );
    assert_eq!(m.title.as_deref(), Some("淳安县专业干部遴选方案"));
    // A report's own title still wins over a covering notice's line.
    let m = meta("关于印发某县工作要点的通知\n某县2024年法治政府建设年度报告\n一、主要举措\n");
    assert_eq!(m.title.as_deref(), Some("某县2024年法治政府建设年度报告"));
}

#[test]
fn the_signature_names_the_issuer() {
    let m = meta("某区2024年法治政府建设年度报告\n一、主要举措和成效\n审结案件5件。\n                某区人民政府\n              2025年3月18日\n");
    assert_eq!(m.issuer.as_deref(), Some("某区人民政府"));
    assert_eq!(m.published.as_deref(), Some("2025-03-18"));
}

#[test]
fn title_with_issuer_line_above() {
    let m = meta("\n柳州市司法局\n\n2023年法治政府建设年度报告\n2023年，柳州市司法局坚持以习近平新时代中国特色社会主义思想为指导。");
    assert_eq!(m.title.as_deref(), Some("2023年法治政府建设年度报告"));
    assert_eq!(m.issuer.as_deref(), Some("柳州市司法局"));
    assert_eq!(m.year, Some(2023));
}

#[test]
fn title_split_over_two_lines_is_joined() {
    let m =
        meta("柳州市2021年度法治政府建设\n情况报告\n\n2021年，柳州市坚持以习近平法治思想为指导。");
    assert_eq!(
        m.title.as_deref(),
        Some("柳州市2021年度法治政府建设情况报告")
    );
    assert_eq!(m.issuer.as_deref(), Some("柳州市"));
    assert_eq!(m.year, Some(2021));
    assert!(m.findings.iter().any(|f| f.kind == FindingKind::TitleSplit));
}

#[test]
fn no_title_line_reads_issuer_and_year_from_the_opening() {
    let m = meta(" 2023年，鱼峰区政府坚持以习近平新时代中国特色社会主义思想为指导，深入学习习近平法治思想。\n一、法治政府建设主要措施和工作成效\n");
    assert_eq!(m.title, None);
    assert_eq!(m.issuer.as_deref(), Some("鱼峰区政府"));
    assert_eq!(m.year, Some(2023));
    assert!(m.findings.iter().any(|f| f.kind == FindingKind::NoTitle));
}

#[test]
fn page_chrome_gives_issuer_and_publication_date() {
    let m = meta("通知公告\n柳城县2025年法治政府建设年度报告\n来源: 柳城县人民政府\n发布日期: 2026-02-13\n\n    2025坚持以习近平新时代中国特色社会主义思想为指引。");
    assert_eq!(m.title.as_deref(), Some("柳城县2025年法治政府建设年度报告"));
    assert_eq!(m.issuer.as_deref(), Some("柳城县人民政府"));
    assert_eq!(m.year, Some(2025));
    assert_eq!(m.published.as_deref(), Some("2026-02-13"));
}

#[test]
fn the_body_opening_year_beats_a_date_line() {
    let m = meta(
        "重庆市人民政府关于法治政府建设工作情况的报告

(2023年5月30日在市六届人大常委会第二次会议上)

市人大常委会:

2022年,在市委坚强领导下,全市各级行政机关坚持依法行政。
",
    );
    assert_eq!(m.year, Some(2022));
    assert_eq!(m.issuer.as_deref(), Some("重庆市人民政府"));
}

#[test]
fn an_issuer_alone_on_the_first_line_of_an_untitled_text() {
    let m = meta(
        "温州市中级人民法院
主任、副主任、秘书长、各位委员:
现将工作情况报告如下:
一、基本情况
",
    );
    assert_eq!(m.issuer.as_deref(), Some("温州市中级人民法院"));
}

#[test]
fn a_title_running_into_the_body() {
    let m = meta("湖北省人民政府关于2023年度法治政府建设情况的报告2023年,省政府坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神。");
    assert_eq!(
        m.title.as_deref(),
        Some("湖北省人民政府关于2023年度法治政府建设情况的报告")
    );
    assert_eq!(m.issuer.as_deref(), Some("湖北省人民政府"));
    assert_eq!(m.year, Some(2023));
}

#[test]
fn spaces_around_figures_are_not_part_of_a_title() {
    let m = meta("某县 2025 年度法治政府建设情况报告2025 年，全县坚持以习近平新时代中国特色社会主义思想为指导，统筹推进依法行政。");
    assert_eq!(m.title.as_deref(), Some("某县2025年度法治政府建设情况报告"));
    assert_eq!(m.year, Some(2025));
    let m = meta("柳州市 2021 年度法治政府建设情况报告\n\n2021年，全市坚持依法行政。\n");
    assert_eq!(
        m.title.as_deref(),
        Some("柳州市2021年度法治政府建设情况报告")
    );
}

#[test]
fn signature_date_at_the_end_is_the_publication_date() {
    let m = meta("某县2023年法治政府建设年度报告\n正文。\n\n某县人民政府\n2024年3月28日\n");
    assert_eq!(m.published.as_deref(), Some("2024-03-28"));
}

#[test]
fn a_government_work_report_with_its_subtitle_and_speaker() {
    let m = meta("Page 2 - 政府工作报告\nP. 2\n政府工作报告\n——2025 年 3 月 5 日在第十四届全国人民代表大会第三次会议上\n国务院总理 李强\n各位代表:\n现在,我代表国务院,向大会报告政府工作,请予审议,并请全\n国政协委员提出意见。\n一、2024 年工作回顾\n");
    assert_eq!(m.title.as_deref(), Some("政府工作报告"));
    assert_eq!(m.issuer.as_deref(), Some("国务院"));
    assert_eq!(m.year, Some(2025));
    let c = clean("Page 2 - 政府工作报告\nP. 2\n政府工作报告\n——2025 年 3 月 5 日在第十四届全国人民代表大会第三次会议上\n国务院总理 李强\n各位代表:\n");
    let (_, end) = m.title_range.unwrap();
    assert!(c.text[end..].trim_start().starts_with("各位代表"));
}

#[test]
fn a_newspaper_that_republished_a_report_is_not_its_issuer() {
    let m = meta("2025年浙江省政府工作报告\n来源：浙江日报\n2025年1月14日在浙江省第十四届人民代表大会第三次会议上浙江省代省长刘捷作政府工作报告\n\n各位代表：\n　　现在，我代表省人民政府向大会报告工作，请予审议。\n　　一、2024年工作回顾\n");
    assert_eq!(m.title.as_deref(), Some("2025年浙江省政府工作报告"));
    assert_eq!(m.issuer.as_deref(), Some("浙江省人民政府"));
    assert_eq!(m.year, Some(2025));
    let m = meta("政府工作报告\n2019年3月2日在浮山县第十六届人民代表大会第四次会议上\n栗 俊 昌\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n一、2018年工作回顾\n");
    assert_eq!(m.issuer.as_deref(), Some("浮山县人民政府"));
    assert_eq!(m.year, Some(2019));
}

#[test]
fn a_column_name_and_a_breadcrumb_above_the_title_are_not_the_title() {
    let m = meta("今天是:2019年10月31日 星期三 农历十月初七\n工作报告\n\n您所在的位置:政务公开 > 工作报告\n\n2020年静海区法治政府建设情况报告\n文章来源:司法局 更新时间:2021/03/29 11:30:01\n\n\n2020年静海区法治政府建设情况报告\n\n\n2020年,静海区坚持以习近平新时代中国特色社会主义思想为指导。\n");
    assert_eq!(m.title.as_deref(), Some("2020年静海区法治政府建设情况报告"));
    // 司法局 drafted it; the report is the district's.
    assert_eq!(m.issuer.as_deref(), Some("静海区"));
}

#[test]
fn titles_of_disclosure_reports_and_work_summaries() {
    let m = meta("政府信息公开\n福州市晋安区2016年政府信息公开工作年度报告\n来源:区人民政府办公室 时间:2017-01-12 10:01\n\n本报告根据《中华人民共和国政府信息公开条例》要求编制。\n一、概述\n");
    assert_eq!(
        m.title.as_deref(),
        Some("福州市晋安区2016年政府信息公开工作年度报告")
    );
    assert_eq!(m.issuer.as_deref(), Some("福州市晋安区人民政府"));
    let m = meta("市生态环境局2024年工作总结和2025年工作思路\n一、2024年工作总结\n2024年以来，全市生态环境系统全力抓考核。\n");
    assert_eq!(
        m.title.as_deref(),
        Some("市生态环境局2024年工作总结和2025年工作思路")
    );
    assert_eq!(m.issuer.as_deref(), Some("市生态环境局"));
    assert_eq!(m.year, Some(2024));
}

#[test]
fn a_provincial_report_naming_only_its_level_takes_the_province_it_names() {
    // Republished without title or 来源 line: 全省 and 省长, the province in passing.
    let m = meta("2023年，全省法治政府建设工作坚持以习近平新时代中国特色社会主义思想为指导，取得新成效。\n一、强化思想引领\n省长认真履行推进法治政府建设第一责任人职责，在《宁夏日报》刊发学习体会文章。\n");
    assert_eq!(m.issuer.as_deref(), Some("宁夏回族自治区人民政府"));
    // A city's: 全市 after the province's committee.
    let m = meta("2023年，在省委、省政府和市委坚强领导下，全市各级行政机关坚持依法行政。印发《绵阳市法治建设工作要点》。\n");
    assert_eq!(m.issuer.as_deref(), Some("绵阳市人民政府"));
    // No place named: no guess.
    let m = meta("2023年，全省各级政府坚持依法行政，法治政府建设取得新成效。\n");
    assert_eq!(m.issuer, None);
}

#[test]
fn a_joint_subject_gives_the_government() {
    let m = meta("2024年，河北省委、省政府坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设。\n");
    assert_eq!(m.issuer.as_deref(), Some("河北省人民政府"));
}

#[test]
fn page_chrome_above_the_opening_is_not_its_subject() {
    let m = meta("站群导航\n\nAQI\n  • 轻度污染\n2024-03-15来源:\n\n2023年，辽宁省人民政府坚持以习近平新时代中国特色社会主义思想为指导，推动法治政府建设实现新突破。\n");
    assert_eq!(m.issuer.as_deref(), Some("辽宁省人民政府"));
}

#[test]
fn a_government_work_report_is_the_year_it_was_given() {
    // A page heading naming the year before, over the line saying when it was given.
    let m = meta("2019年某省人民政府工作报告\n来源:某省日报 发布时间:2020-05-15\n政府工作报告\n2020年5月9日在某省第十三届人民代表大会第三次会议上\n各位代表:\n一、2019年工作回顾\n");
    assert_eq!(m.year, Some(2020));
    // Neither: the year after the one it reviews.
    let m = meta("政府工作报告\n\n30.01.2023  15:51\n\n各位代表:\n现在,我代表省人民政府向大会报告工作。\n一、2022年及本届政府工作回顾\n2022年,全省上下坚持稳中求进。\n");
    assert_eq!(m.year, Some(2023));
}

#[test]
fn an_official_document_is_the_year_it_was_signed() {
    let m = meta("某区卫生局\n关于同意某某同志辞职的批复\n某某科：\n你科报告收悉。某某同志一九七八年参加工作，1978年入职。经研究，同意其辞职。\n某区卫生局\n2011年3月10日\n");
    assert_eq!(
        m.title.as_deref(),
        Some("某区卫生局关于同意某某同志辞职的批复")
    );
    assert_eq!(m.year, Some(2011));
}

#[test]
fn a_yearbook_pages_bulleted_title_and_subtitle() {
    let m = meta("当前位置:某区情网  /  年鉴  /  2002卷  /  特载\n\n2002卷\n\n  • 政府工作报告\n  • ——2001年2月16日在内蒙古自治区第九届人民代表大会第四次会议上\n\n    自治区代主席 某某某\n\n    各位代表:\n    现在,我代表自治区人民政府作工作报告,请予审议。\n");
    assert_eq!(m.title.as_deref(), Some("政府工作报告"));
    assert_eq!(m.issuer.as_deref(), Some("内蒙古自治区人民政府"));
    // The volume (2002卷) is not the year the report was given.
    assert_eq!(m.year, Some(2001));
}

#[test]
fn an_aggregators_heading_is_the_title_without_its_tag_and_note() {
    let m = meta("(宁夏)2021年宁夏回族自治区人民政府工作报告(全文)\n\n本地事\n\n政府工作报告\n\n——2021年1月27日在宁夏回族自治区第十二届人民代表大会第五次会议上\n\n各位代表:\n现在,我代表自治区人民政府向大会报告工作。\n");
    assert_eq!(
        m.title.as_deref(),
        Some("2021年宁夏回族自治区人民政府工作报告")
    );
    assert_eq!(m.issuer.as_deref(), Some("宁夏回族自治区人民政府"));
    // A document site's upload date after the heading is no part of it either.
    let m =
        meta("2023年某市政府工作报告(20230224)\n各位代表:现在,我代表市人民政府向大会报告工作。\n");
    assert_eq!(m.title.as_deref(), Some("2023年某市政府工作报告"));
}

#[test]
fn a_disclosure_tables_title_row_is_the_title() {
    let m = meta("索 引 号 | 11620300/2025-1 | 主题分类 | 政发 |\n发文字号 | 某政发〔2025〕3号 | 制发机构 | |\n成文日期 | 2025-06-13 | 发布日期 | 2025-06-30 |\n标 题 | 某市人民政府关于印发《某市法治政府建设示范创建方案》的通知 |\n各县区人民政府,市政府各部门:\n现印发给你们,请认真贯彻落实。\n某市人民政府\n2025年6月13日\n");
    assert_eq!(
        m.title.as_deref(),
        Some("某市人民政府关于印发《某市法治政府建设示范创建方案》的通知")
    );
    assert_eq!(m.issuer.as_deref(), Some("某市人民政府"));
    assert_eq!(m.year, Some(2025));
}

#[test]
fn a_documents_title_set_over_three_lines_starts_with_its_organ() {
    let m = meta("某省人民政府办公厅\n关于印发《某省人民政府2025年法治政府\n建设重点工作安排》的通知\n某办发〔2025〕12号\n各市(州)人民政府:\n现印发给你们,请认真组织实施。\n");
    assert_eq!(
        m.title.as_deref(),
        Some("某省人民政府办公厅关于印发《某省人民政府2025年法治政府建设重点工作安排》的通知")
    );
    assert_eq!(m.issuer.as_deref(), Some("某省人民政府办公厅"));
}

#[test]
fn a_title_fused_with_its_subtitle_after_an_abstract() {
    let m = meta("简介:<正>各位代表:本届省政府2003年1月就职,任期即将结束。现在,我代表本届省政府,向省第十一届人民代表大会第一次会议报告过去五年的工作,请予审议。\n政府工作报告——2008年1月25日在湖北省第十一届人民代表大会第一次会议上\n");
    assert_eq!(m.title.as_deref(), Some("政府工作报告"));
    assert_eq!(m.issuer.as_deref(), Some("湖北省人民政府"));
    assert_eq!(m.year, Some(2008));
}

#[test]
fn an_untitled_speech_is_dated_like_a_government_work_report() {
    // A PDF that starts at 各位代表: the year it was given, not the year it reviews.
    let m = meta("各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议。\n一、2023年工作回顾\n2023年是全面贯彻党的二十大精神的开局之年。\n");
    assert_eq!(m.year, Some(2024));
}

#[test]
fn a_traditional_character_copys_title_reads_simplified() {
    let m = meta("政府工作報告\n——2025年1月20日在某省第十四屆人民代表大會第三次會議上\n各位代表:\n現在,我代表省人民政府,向大會報告政府工作,請予審議。\n一、2024年工作回顧\n過去一年,是發展史上具有重要裏程碑意義的一年。\n");
    assert_eq!(m.title.as_deref(), Some("政府工作报告"));
    // In a simplified text a character that also has a traditional reading stays.
    let m = meta("某县著作权保护工作总结\n2023年,全县开展著作权执法检查。\n");
    assert_eq!(m.title.as_deref(), Some("某县著作权保护工作总结"));
}

#[test]
fn a_committee_with_a_bare_government_speaks_for_the_region_it_names() {
    // The page starts at its first heading; 自治区党委、政府 and 法治广西 below it.
    let m = meta("一、深入学习践行习近平法治思想,全力谋划推进我区法治政府建设\n自治区党委、政府自觉将习近平法治思想作为全面依法治区的根本遵循,坚持法治广西、法治政府、法治社会一体建设,围绕建设壮美广西目标任务。\n");
    assert_eq!(m.issuer.as_deref(), Some("广西壮族自治区人民政府"));
    let m =
        meta("2022年,宁夏回族自治区党委和政府全面学习贯彻党的二十大精神,持续推进法治政府建设。\n");
    assert_eq!(m.issuer.as_deref(), Some("宁夏回族自治区人民政府"));
}

#[test]
fn the_announcing_sentence_names_the_issuer() {
    let m = meta("根据《法治政府建设与责任落实督察工作规定》有关规定,现将县人民政府2022年法治政府建设工作情况报告如下。\n一、主要成效\n县人民政府坚持依法行政,制定了《岳阳县人民政府常务会会前学法制度》,岳阳县各部门认真落实。\n");
    assert_eq!(m.issuer.as_deref(), Some("岳阳县人民政府"));
}

#[test]
fn a_page_about_a_report_is_titled_as_such_and_names_its_issuer() {
    let m = meta("文字解读:某市某区某街道办事处2022年政府信息公开工作年度报告\n字号:\n大 中 小\n一、编制背景\n根据《中华人民共和国政府信息公开条例》编写本报告。\n");
    assert_eq!(
        m.title.as_deref(),
        Some("文字解读:某市某区某街道办事处2022年政府信息公开工作年度报告")
    );
    assert_eq!(m.issuer.as_deref(), Some("某市某区某街道办事处"));
    let m = meta("【政策解读】关于《某县人民政府关于某县2023年度法治政府建设工作总结的报告》的政策解读\n\n某县人民政府 2024年01月08日\n\n按照法治政府建设工作要求,现解读如下:\n一、起草背景\n");
    assert_eq!(
        m.title.as_deref(),
        Some("关于《某县人民政府关于某县2023年度法治政府建设工作总结的报告》的政策解读")
    );
    assert_eq!(m.issuer.as_deref(), Some("某县人民政府"));
    let m = meta("无障碍阅读 关怀版 返回首页\n政府信息公开\n区政府常务会议议题解读:关于2023年度法治建设工作情况的汇报\n区政府办公室\n2023-12-20\n一、议题背景\n");
    assert_eq!(
        m.title.as_deref(),
        Some("区政府常务会议议题解读:关于2023年度法治建设工作情况的汇报")
    );
}

#[test]
fn a_sites_note_of_its_own_copy_is_not_part_of_the_title() {
    let m = meta("2024年某市国民经济和社会发展统计公报(2025年更新)\n某市统计局\n2025年3月31日\n2024年,全市经济运行稳中向好。\n一、综合\n");
    assert_eq!(
        m.title.as_deref(),
        Some("2024年某市国民经济和社会发展统计公报")
    );
    assert_eq!(m.issuer.as_deref(), Some("某市统计局"));
}

#[test]
fn a_division_with_a_second_name_in_brackets_issues_its_report() {
    let m = meta("高新区(新市区)人民政府2024年法治政府建设工作报告\n2024年,在区委的坚强领导下,区人民政府坚持依法行政。\n");
    assert_eq!(m.issuer.as_deref(), Some("高新区(新市区)人民政府"));
}

#[test]
fn a_provinces_short_name_as_the_subject() {
    let m = meta("2024年,广东坚持以习近平新时代中国特色社会主义思想为指导,扎实推动法治政府建设取得积极成效。现将有关情况报告如下。\n");
    assert_eq!(m.issuer.as_deref(), Some("广东省"));
}

#[test]
fn a_department_posting_its_districts_report_is_not_its_issuer() {
    let m = meta("名 称: 下陆区2024年法治政府建设工作报告\n索 引 号: 000014349/2025-17645 发布日期: 2025-02-28 发布机构: 下陆区司法局\n下陆区2024年法治政府建设工作报告\n2024年,下陆区坚持以习近平法治思想为指导。\n");
    assert_eq!(m.title.as_deref(), Some("下陆区2024年法治政府建设工作报告"));
    assert_eq!(m.issuer.as_deref(), Some("下陆区"));
}

#[test]
fn a_joint_covering_notices_title_after_its_number() {
    let m = meta("某政发〔2025〕4号\n某市人民政府 某市中级人民法院印发\n关于完善“府院联动”机制的意见的通知\n各县(区)人民政府、法院:\n现印发给你们,请认真贯彻执行。\n");
    assert_eq!(
        m.title.as_deref(),
        Some("某市人民政府某市中级人民法院印发关于完善“府院联动”机制的意见的通知")
    );
}

#[test]
fn a_reports_title_set_under_its_organs_name() {
    let m = meta("某省人民政府\n关于2023年度法治政府建设情况的报告\n来源:某省日报\n2023年,省政府坚持依法行政。\n");
    assert_eq!(
        m.title.as_deref(),
        Some("某省人民政府关于2023年度法治政府建设情况的报告")
    );
    assert_eq!(m.issuer.as_deref(), Some("某省人民政府"));
    // A title naming its own place keeps the issuing body's line apart (柳州市司法局 / 2023年…).
    let m = meta("某市司法局\n2023年法治政府建设年度报告\n2023年,某市司法局坚持依法行政。\n");
    assert_eq!(m.title.as_deref(), Some("2023年法治政府建设年度报告"));
}

#[test]
fn every_body_of_a_named_province_in_the_second_sentence() {
    let m = meta("  2020年是“十三五”规划收官之年。在省委领导下,江苏省各级政府及其部门坚持以习近平新时代中国特色社会主义思想为指导,扎实推进依法行政。\n  一、全面履行政府职能\n");
    assert_eq!(m.issuer.as_deref(), Some("江苏省人民政府"));
}

#[test]
fn a_sentence_announcing_a_report_is_not_its_title() {
    let m = meta("根据《法治政府建设与责任落实督察工作规定》有关规定,现将县人民政府2022年法治政府建设工作情况报告如下。\n一、主要成效\n");
    assert_eq!(m.title, None);
    let m = meta("2019年,在省委、省政府和市委、市政府的正确领导下,南昌县全面贯彻党的十九大精神。\n一、2019年推进法治政府建设情况\n");
    assert_eq!(m.issuer.as_deref(), Some("南昌县"));
}

#[test]
fn the_reporter_speaking_of_itself_is_no_name() {
    // 我市 is the city's own voice: read as its level and placed by the names the text uses.
    let m = meta("2024年以来,我市坚持以习近平新时代中国特色社会主义思想为指导。印发《保定市个人诚信积分管理办法》,保定市各部门……\n");
    assert_eq!(m.issuer.as_deref(), Some("保定市人民政府"));
    // Without a name to place it by, no issuer rather than 尤其我县.
    let m = meta("2022年,经济运行中的不利因素增多,尤其我县以工业为主,下行压力明显增强。\n");
    assert_eq!(m.issuer, None);
}

#[test]
fn a_subdistrict_named_short_is_a_place() {
    let m = meta("2024年,鹤龙街坚持以习近平新时代中国特色社会主义思想为指导,推动法治建设。\n一、主要举措和成效\n");
    assert_eq!(m.issuer.as_deref(), Some("鹤龙街"));
}

#[test]
fn a_bulleted_metadata_block_gives_the_issuer() {
    let m = meta("关于2023年度法治政府建设情况的报告\n- 索引号:430S00/2024-016955\n- 发布机构: 湖南省生态环境厅\n- 发文日期: 2024-02-29 20:13\n2023年,省生态环境厅坚持以习近平新时代中国特色社会主义思想为指导。\n");
    assert_eq!(
        m.title.as_deref(),
        Some("关于2023年度法治政府建设情况的报告")
    );
    assert_eq!(m.issuer.as_deref(), Some("湖南省生态环境厅"));
    let m = meta("2023年政府信息公开工作年度报告\n  • 发布机构: 湖南省生态环境厅\n本年度报告根据《中华人民共和国政府信息公开条例》编制。\n");
    assert_eq!(m.issuer.as_deref(), Some("湖南省生态环境厅"));
}

#[test]
fn a_sites_category_path_is_not_a_title() {
    let m = meta("文库 实用文档 报告/总结\n\n2023年新疆自治区政府工作报告(20230114)\n各位代表:\n现在,我代表自治区人民政府,向大会报告工作。\n一、过去五年及2022年工作回顾\n");
    assert_eq!(m.title.as_deref(), Some("2023年新疆自治区政府工作报告"));
    assert_eq!(
        title::genre_of("2023年新疆自治区政府工作报告"),
        Some(ReportType::GovernmentWork)
    );
    // The region named loosely in the title is the region the table knows.
    assert_eq!(m.issuer.as_deref(), Some("新疆维吾尔自治区人民政府"));
}

#[test]
fn a_year_filed_after_the_title_is_not_part_of_it() {
    let m = meta("2022年中江县国民经济和社会发展统计公报 2022\n2022年,全县上下坚定以习近平新时代中国特色社会主义思想为指导。\n一、综 合\n");
    assert_eq!(
        m.title.as_deref(),
        Some("2022年中江县国民经济和社会发展统计公报")
    );
    assert_eq!(m.year, Some(2022));
}

#[test]
fn a_title_broken_at_every_figure_starts_at_its_year() {
    let m = meta("2020\n年吉林省\n政府工作报告\n——\n2020\n年\n1\n月\n12\n日在吉林省第十三届人民代表大会第三次会议上\n省长\n景俊海\n各位代表:\n现在,我代表省政府,向大会报告工作。\n一、2019年工作回顾\n");
    assert_eq!(m.title.as_deref(), Some("2020年吉林省政府工作报告"));
    assert_eq!(m.issuer.as_deref(), Some("吉林省人民政府"));
    assert_eq!(m.year, Some(2020));
}

#[test]
fn an_untitled_speech_is_dated_and_placed_by_its_subtitle() {
    // A portal's headline (with another year in it) stands where the title would.
    let m = meta("吉林:“十四五”时期和2035年远景目标任务出台\n\n——2021年1月25日在吉林省第十三届人民代表大会第四次会议上\n\n韩俊\n\n各位代表:\n\n现在,我代表省政府,向大会报告工作,请予审议。\n\n一、“十三五”发展成就和2020年主要工作\n");
    assert_eq!(m.year, Some(2021));
    assert_eq!(m.issuer.as_deref(), Some("吉林省人民政府"));
}

#[test]
fn a_portals_date_and_speaker_after_the_title_and_its_links_are_not_titles() {
    let m = meta("辽宁省政府工作报告(2023年1月12日 李乐成)\n\n点击查阅更多2023年地方政府工作报告\n\n——2023年1月12日在辽宁省第十四届人民代表大会第一次会议上\n\n省长 李乐成\n\n各位代表:\n");
    assert_eq!(m.title.as_deref(), Some("辽宁省政府工作报告"));
    assert_eq!(m.issuer.as_deref(), Some("辽宁省人民政府"));
    let m = meta("点击查阅更多2023年地方政府工作报告\n各位代表:\n");
    assert_eq!(m.title, None);
}

#[test]
fn a_disclosure_report_titled_without_nian_du() {
    assert_eq!(
        title::genre_of("浙江省教育厅2024年度政府信息公开工作报告"),
        Some(ReportType::InfoDisclosure)
    );
    let m = meta("发布机构: | 省教育厅 | 公开日期: | 2025-01-24 |\n浙江省教育厅2024年度政府信息公开工作报告 | ||||||||\n2024年,省教育厅聚焦教育改革发展和群众关注关切。\n");
    assert_eq!(
        m.title.as_deref(),
        Some("浙江省教育厅2024年度政府信息公开工作报告")
    );
    assert_eq!(m.issuer.as_deref(), Some("浙江省教育厅"));
}

#[test]
fn a_rule_of_law_work_report_is_not_a_government_work_report() {
    assert_eq!(
        title::genre_of("澧浦镇2023年度法治政府工作报告"),
        Some(ReportType::RuleOfLaw)
    );
    assert_eq!(
        title::genre_of("2024年四川省人民政府工作报告"),
        Some(ReportType::GovernmentWork)
    );
    // A breadcrumb's tail under its 首页 line is chrome, not the title.
    let m = meta("首页\n>> 政务公开 >> 法治政府工作报告\n澧浦镇2023年度法治政府建设工作报告\n今年以来,澧浦镇坚持以习近平新时代中国特色社会主义思想为指导。\n");
    assert_eq!(
        m.title.as_deref(),
        Some("澧浦镇2023年度法治政府建设工作报告")
    );
}

#[test]
fn a_body_named_after_its_citys_short_name_gets_the_full_name() {
    let m =
        meta("2022年以来,烟台人力资源和社会保障局坚持以习近平法治思想为指导,忠实履行法定职责。\n");
    assert_eq!(m.issuer.as_deref(), Some("烟台市人力资源和社会保障局"));
    let m = meta("2020年以来,在市委、市政府的坚强领导下,山海关区政府坚决贯彻落实习近平总书记全面依法治国新理念。\n");
    assert_eq!(m.issuer.as_deref(), Some("山海关区政府"));
}

#[test]
fn a_compilations_piece_label_and_a_heading_that_lost_its_year_are_not_the_title() {
    let m = meta("第一篇:内蒙古自治区政府工作报告\n——2003年1月11日在内蒙古自治区第十届人民代表大会第一次会议上\n各位代表:现在,我代表自治区人民政府向大会报告工作。\n");
    assert_eq!(m.title.as_deref(), Some("内蒙古自治区政府工作报告"));
    assert_eq!(m.issuer.as_deref(), Some("内蒙古自治区人民政府"));
    // 第一篇:年某省… lost its year's figures; the title with its speaker on the next line is it.
    let m = meta("第一篇:年江西省政府工作報告\n2020 年江西 省 政府工作報告 省長 易煉紅\n各位代表:\n現在,我代表省人民政府向大會報告工作。\n");
    assert_eq!(m.title.as_deref(), Some("2020年江西省政府工作报告"));
    assert_eq!(m.issuer.as_deref(), Some("江西省人民政府"));
    assert_eq!(m.year, Some(2020));
}

#[test]
fn a_table_of_contents_before_the_title() {
    let m = meta("一、2021年工作回顾\n（一）深挖释放内需潜力\n（二）大力推进创新发展\n二、2022年工作安排\n（一）促进供给和需求有效畅通\n2022年江西省政府工作报告\n——2022年1月17日在江西省第十三届人民代表大会第六次会议上\n代省长 叶建春\n各位代表:\n现在,我代表省人民政府向大会报告工作。\n");
    assert_eq!(m.title.as_deref(), Some("2022年江西省政府工作报告"));
    assert_eq!(m.issuer.as_deref(), Some("江西省人民政府"));
    assert_eq!(m.year, Some(2022));
    // A report that starts at its first headings has no title to find after them.
    let m = meta("一、总体情况\n（一）主动公开\n（二）依申请公开\n2023年，本机关主动公开政府信息120条，办理依申请公开15件。\n");
    assert_eq!(m.title, None);
}

#[test]
fn a_sentence_that_publishes_a_report_names_its_issuer_but_is_no_title() {
    let m = meta("根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定,现公布广东省人民政府办公厅2023年政府信息公开工作年度报告。本报告由总体情况等六部分组成。\n");
    assert_eq!(m.title, None);
    assert_eq!(m.issuer.as_deref(), Some("广东省人民政府办公厅"));
    // Under a title that names no one.
    let m = meta("2023年政府信息公开工作年度报告\n根据《条例》要求,现公布贵州省机关事务管理局2023年政府信息公开工作年度报告。\n");
    assert_eq!(m.issuer.as_deref(), Some("贵州省机关事务管理局"));
    // A body alone on the first line keeps its place over the sentence's placeless name.
    let m = meta(
        "浑南区国资局\n根据《条例》相关要求,现公布区政府国资局2022年政府信息公开工作年度报告。\n",
    );
    assert_eq!(m.issuer.as_deref(), Some("浑南区国资局"));
}

#[test]
fn a_disclosure_reports_template_paragraph_names_no_one() {
    let template = "本年度报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》相关要求编制,内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六个部分。本年度报告中所列数据统计期限从2023年1月1日到2023年12月31日。";
    let text = format!("{template}\n一、总体情况\n2023年,山东省人民政府办公厅以习近平新时代中国特色社会主义思想为指导,深入推进政务公开。\n");
    assert_eq!(meta(&text).issuer.as_deref(), Some("山东省人民政府办公厅"));
    // Under a template site's heading that names the province's government.
    let text = format!("山东省人民政府\n时间:\n{template}\n2023年,山东省生态环境厅聚焦生态环境领域中心任务,不断推进“五公开”。\n");
    assert_eq!(meta(&text).issuer.as_deref(), Some("山东省生态环境厅"));
}

#[test]
fn an_autonomous_region_calls_itself_wo_qu() {
    let text = "2022年,我區堅持以習近平新時代中國特色社會主義思想為指導,推動法治政府建設取得新進展。現將有關情況報告如下:\n一、深入學習貫徹習近平法治思想\n自治區人民政府把學習貫徹習近平法治思想作為重大政治責任,編寫《法治內蒙古建設發展報告》。\n";
    assert_eq!(meta(text).issuer.as_deref(), Some("内蒙古自治区人民政府"));
    // A district says 我区 too; without an autonomous region's government it stays unplaced.
    let text = "2022年,我区坚持依法行政,推动法治政府建设取得新进展。\n一、主要举措\n区政府常务会议专题研究法治政府建设4次。\n";
    assert_eq!(meta(text).issuer, None);
}

#[test]
fn forum_markup_neither_splits_a_title_nor_runs_its_lines_together() {
    let m = meta("[align=center][size=3][b]20[/b][b]22年[/b][b]闻喜县国民经济和社会发展统计公报[/b][/size][/align][align=center]  闻喜县统计局[/align][align=center]  2023年4月11日[/align][align=left]  2022年,面对复杂的国际环境,全县经济运行总体平稳。[/align]");
    assert_eq!(
        m.title.as_deref(),
        Some("2022年闻喜县国民经济和社会发展统计公报")
    );
    assert_eq!(m.year, Some(2022));
    assert_eq!(m.published.as_deref(), Some("2023-04-11"));
}

#[test]
fn a_work_report_dated_only_by_its_posting_date() {
    let m = meta("政府工作报告\n\n时间:2021-02-01 来源:中国甘肃网 作者:\n\n甘肃省代省长 任振鹤\n\n各位代表:\n\n  我代表省人民政府,向大会报告工作,请予审议。\n\n“十三五”时期工作回顾\n");
    assert_eq!(m.title.as_deref(), Some("政府工作报告"));
    assert_eq!(m.issuer.as_deref(), Some("甘肃省人民政府"));
    assert_eq!(m.year, Some(2021));
}

#[test]
fn a_province_named_only_by_its_abbreviation_in_a_set_phrase() {
    let m = meta("2023年,省政府全面贯彻党的二十大精神,贯通落实习近平总书记历次来陕考察重要讲话重要指示,深入推进法治政府建设。\n一、加强法治政府建设组织领导。\n");
    assert_eq!(m.issuer.as_deref(), Some("陕西省人民政府"));
}

#[test]
fn a_subtitle_wrapped_over_two_lines_and_the_speakers_line_under_it() {
    let m = meta("2023-01-29 16:07\n政 府 工 作 报 告\n——2023年1月15日在北京市第十六届\n人民代表大会第一次会议上\n北京市代市长 殷 勇\n一、过去五年工作回顾\n各位代表!三年来,我们认真贯彻落实党中央决策部署。\n");
    assert_eq!(m.title.as_deref(), Some("政府工作报告"));
    assert_eq!(m.issuer.as_deref(), Some("北京市人民政府"));
    assert_eq!(m.year, Some(2023));
}

#[test]
fn a_headline_naming_the_speaker_is_not_the_title() {
    // The report's own title, run together with its subtitle and the speech on one line.
    let m = meta("龚正市长在上海市第十六届人民代表大会第四次会议的政府工作报告\nJie Fang Ri Bao·2026-02-09 01:28\n政府工作报告 ——2026年2月3日在上海市第十六届人民代表大会第四次会议上 上海市市长 龚正 各位代表: 现在,我代表上海市人民政府,向大会报告工作,请予审议。一、2025年工作回顾 2025年是“十四五”规划冲刺收官之年。\n");
    assert_eq!(m.title.as_deref(), Some("政府工作报告"));
    assert_eq!(m.issuer.as_deref(), Some("上海市人民政府"));
    assert_eq!(m.year, Some(2026));
}

#[test]
fn a_title_naming_its_city_by_the_short_name() {
    let m = meta("2023年天津政府工作报告全文\n各位代表:\n现在,我代表市人民政府,向大会作政府工作报告,请予审议。\n一、2023年工作的简要回顾\n");
    assert_eq!(m.issuer.as_deref(), Some("天津市人民政府"));
}

#[test]
fn the_issuing_bodies_on_their_line_under_the_title() {
    let m = meta("2023年浙江省国民经济和社会发展统计公报\n\n浙江省统计局 国家统计局浙江调查总队\n\n2023年,浙江坚持以习近平新时代中国特色社会主义思想为指导,全年经济运行稳进向好。\n一、综合\n");
    assert_eq!(m.issuer.as_deref(), Some("浙江省统计局"));
    assert_eq!(m.year, Some(2023));
}

#[test]
fn a_new_congresss_report_reviews_the_five_years_of_its_term() {
    let m = meta("省长 吴晓军\n各位代表:\n现在,我代表省人民政府向大会报告工作,请予审议。\n一、过去五年工作回顾\n2018年以来的五年,极不寻常、极不平凡。习近平总书记高度重视青海工作。\n");
    assert_eq!(m.year, Some(2023));
}

#[test]
fn a_disclosure_tables_cells_give_publisher_and_date() {
    let m = meta("索 引 号 | 008474032/2020-0408 | 公文种类 | 其他 | 发布机构 | 剑阁县政府 |\n发布日期 | 2020-12-24 | 主题词 | 空气质量改善 |\n剑阁县结合实际狠抓减排、抑尘、压煤五大重点工程,深入推进大气污染防治工作。截至12月21日,县城区空气质量优良天数达347天。\n");
    assert_eq!(m.issuer.as_deref(), Some("剑阁县政府"));
    assert_eq!(m.published.as_deref(), Some("2020-12-24"));
    // A notice that names no year is of the year it was posted.
    assert_eq!(m.year, Some(2020));
}

#[test]
fn the_term_before_the_level_in_wo_daibiao() {
    let m = meta("政 府 工 作 报 告\n——2024年1月18日在牟定县第十八届\n人民代表大会第三次会议上\n县长 李永军\n各位代表:\n现在,我代表十八届县人民政府,向大会报告工作,请予审议。\n一、2023年工作回顾\n");
    assert_eq!(m.issuer.as_deref(), Some("牟定县人民政府"));
    assert_eq!(m.year, Some(2024));
}

#[test]
fn a_newspapers_copy_of_a_bare_work_report_title_with_its_note() {
    let speech = "——2024年1月23日在河北省第十四届人民代表大会第二次会议上\n河北省省长 王正谱\n来源：河北日报\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n一、2023年工作回顾\n";
    for line in [
        "政府工作报告（全文）",
        "政府工作报告全文",
        "政府工作报告（摘要）",
    ] {
        let m = meta(&format!("{line}\n{speech}"));
        let title = m.title.as_deref().unwrap_or_default();
        assert!(title.starts_with("政府工作报告"), "{line}: {title}");
        assert_eq!(m.issuer.as_deref(), Some("河北省人民政府"), "{line}");
        assert_eq!(m.year, Some(2024), "{line}");
    }
}

#[test]
fn a_bare_level_is_the_province_of_the_newspaper_that_republished_it() {
    // A provincial daily prints its province's report as 省人民政府关于… or with a speaker's line
    // naming no province; the text may name it nowhere else.
    let body = "2023年，省政府坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。现将有关情况报告如下：\n一、坚持党的领导\n";
    let m = meta(&format!(
        "省人民政府关于2023年度法治政府建设情况的报告\n来源：河北日报\n{body}"
    ));
    assert_eq!(m.issuer.as_deref(), Some("河北省人民政府"));
    let m = meta(
        "2023年法治政府建设年度报告\n来源：湖北日报\n2023年，全省各级政府坚持以习近平新时代中国特色社会主义思想为指导，深入推进依法行政。\n一、主要成效\n"
    );
    assert_eq!(m.issuer.as_deref(), Some("湖北省人民政府"));
    let m = meta("政府工作报告\n——2024年1月23日在省第十四届人民代表大会第二次会议上\n省长 王正谱\n来源：大众日报\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n一、2023年工作回顾\n");
    assert_eq!(m.issuer.as_deref(), Some("山东省人民政府"));
    // The text's own province wins over the paper's; an office that is no republisher names none.
    let m = meta(&format!(
        "省人民政府关于2023年度法治政府建设情况的报告\n来源：河北日报\n{body}深入学习贯彻习近平总书记对山西工作的重要讲话精神，推动山西高质量发展。\n"
    ));
    assert_eq!(m.issuer.as_deref(), Some("山西省人民政府"));
    let m = meta("政府工作报告\n——2024年1月23日在省第十四届人民代表大会第二次会议上\n省长 王正谱\n来源：省政府研究室\n各位代表：\n现在，我代表省人民政府向大会报告工作。\n");
    assert_ne!(m.issuer.as_deref(), Some("河北省人民政府"));
}

/// A Word file's properties (`dc:title`, `dc:creator`) as newspapers' and editors' copies fill
/// them: the file's first paragraph is the title and the report names its issuer; a newspaper's
/// name, an editor's byline or another report's title in the properties never win over them.
#[cfg(feature = "docx")]
#[test]
fn a_word_files_properties_never_beat_its_title_line() {
    use std::io::Write;
    fn docx(core_title: &str, creator: &str, paragraphs: &[&str]) -> Vec<u8> {
        let body: String = paragraphs
            .iter()
            .map(|p| format!("<w:p><w:r><w:t>{p}</w:t></w:r></w:p>"))
            .collect();
        let document = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
        );
        let core = format!(
            r#"<cp:coreProperties xmlns:cp="x" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{core_title}</dc:title><dc:creator>{creator}</dc:creator></cp:coreProperties>"#
        );
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        for (name, content) in [("word/document.xml", document), ("docProps/core.xml", core)] {
            zip.start_file(name, options).unwrap();
            zip.write_all(content.as_bytes()).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }
    fn read(bytes: &[u8]) -> crate::Report {
        let decoded = crate::decode::decode(bytes, Some("报告.docx"), None).unwrap();
        let options = Options {
            title_hint: decoded.title_hint,
        };
        crate::extract(&decoded.text, &options)
    }
    let report = [
        "安徽省人民政府关于2022年法治政府建设情况的报告",
        "来源：安徽日报",
        "2022年，全省各级行政机关坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平法治思想，扎实推进依法行政。现将有关情况报告如下：",
        "一、全省法治政府建设情况",
    ];
    for (core_title, creator) in [
        ("安徽日报", "张某某"),
        ("责任编辑：王某", "安徽日报"),
        ("某市2023年法治政府建设年度报告", "Administrator"),
        ("", ""),
    ] {
        let r = read(&docx(core_title, creator, &report));
        assert_eq!(r.title.as_deref(), Some(report[0]), "{core_title}");
        assert_eq!(r.issuer.as_deref(), Some("安徽省人民政府"), "{core_title}");
    }
    // Without a title line, a newspaper or a byline in the properties is not the title either,
    // nor is the creator ever the issuer.
    let untitled = &report[1..];
    for (core_title, creator) in [("安徽日报", "安徽日报"), ("责任编辑：王某", "王某")]
    {
        let r = read(&docx(core_title, creator, untitled));
        assert_eq!(r.title, None, "{core_title}");
        assert_ne!(r.issuer.as_deref(), Some(creator), "{core_title}");
        assert_ne!(r.issuer.as_deref(), Some("安徽日报"), "{core_title}");
    }
}

#[test]
fn a_joint_issuer_read_whole_is_the_government() {
    use issuer::government_of_joint as g;
    assert_eq!(g("中共浚县县委浚县人民政府".into()), "浚县人民政府");
    assert_eq!(g("中共海南省委 海南省人民政府".into()), "海南省人民政府");
    assert_eq!(
        g("鹤岗市人民政府鹤岗市中级人民法院".into()),
        "鹤岗市人民政府"
    );
    // One body is kept as it is.
    assert_eq!(g("柳城县人民政府".into()), "柳城县人民政府");
    assert_eq!(g("柳州市司法局".into()), "柳州市司法局");
    assert_eq!(g("柳城县人民政府办公室".into()), "柳城县人民政府办公室");
}

#[test]
fn a_department_named_by_its_level_is_placed_like_its_government() {
    let text = "2023年，省司法厅坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平总书记视察广东重要讲话精神，推动广东法治建设。";
    assert_eq!(
        issuer::placed("省司法厅", text, None).as_deref(),
        Some("广东省司法厅")
    );
    // 市场监管局 is no level's 场监管局.
    assert_eq!(issuer::placed("市场监管局", text, None), None);
}

#[test]
fn a_title_row_whose_label_runs_into_the_title() {
    let m = meta("索 引 号 10001-01-2024-00122 失效时间\n发文机关 河南省人民政府 成文日期\n标  题 河南省人民政府关于2023年度法治政府建设情况的报告\n发文字号 豫政文〔2024〕46号\n\n2023年，全省各级政府坚持以习近平新时代中国特色社会主义思想为指导。\n");
    assert_eq!(
        m.title.as_deref(),
        Some("河南省人民政府关于2023年度法治政府建设情况的报告")
    );
    assert_eq!(m.issuer.as_deref(), Some("河南省人民政府"));
}

#[test]
fn the_agent_of_a_template_sentence_is_the_issuer() {
    let m = meta(
        "本报告由高楼乡人民政府按照《中华人民共和国政府信息公开条例》要求编制。\n一、总体情况\n",
    );
    assert_eq!(m.issuer.as_deref(), Some("高楼乡人民政府"));
}

#[test]
fn a_title_broken_inside_a_word_over_two_lines() {
    let m = meta("昌吉州人民政府2024年度法治政府\n建设情况报告\n2024年,昌吉州人民政府坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实习近平法治思想。现将有关情况报告如下:\n");
    assert_eq!(
        m.title.as_deref(),
        Some("昌吉州人民政府2024年度法治政府建设情况报告")
    );
    assert_eq!(m.issuer.as_deref(), Some("昌吉州人民政府"));
    let m = meta("进贤县人民政府2024年政府信息公开工作\n年度报告\n本年度报告依据《中华人民共和国政府信息公开条例》编制。报告中所列数据的统计时限为2024年1月1日起至2024年12月31日止。\n");
    assert_eq!(
        m.title.as_deref(),
        Some("进贤县人民政府2024年政府信息公开工作年度报告")
    );
    assert_eq!(m.issuer.as_deref(), Some("进贤县人民政府"));
}

#[test]
fn the_addressees_of_a_report_sent_up_are_not_its_subject() {
    let m = meta("新乡市人民政府、中共获嘉县委、获嘉县人民代表大会常务委员会:\n2024年以来,获嘉县坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十届三中全会精神,持续深入推进法治政府建设。\n");
    assert_eq!(m.issuer.as_deref(), Some("获嘉县"));
}

#[test]
fn a_place_read_as_the_issuer_is_the_body_that_issues_its_type_of_report() {
    use crate::model::ReportType::*;
    assert_eq!(issuing_body("江苏省".into(), RuleOfLaw), "江苏省人民政府");
    assert_eq!(
        issuing_body("北京市".into(), GovernmentWork),
        "北京市人民政府"
    );
    assert_eq!(
        issuing_body("柳城县".into(), InfoDisclosure),
        "柳城县人民政府"
    );
    assert_eq!(
        issuing_body("包头市".into(), StatisticalCommunique),
        "包头市统计局"
    );
    assert_eq!(issuing_body("澧浦镇".into(), RuleOfLaw), "澧浦镇人民政府");
    assert_eq!(issuing_body("东湖街道".into(), RuleOfLaw), "东湖街道办事处");
    // Bodies, unknown names and other types stay as read.
    assert_eq!(
        issuing_body("江苏省司法厅".into(), RuleOfLaw),
        "江苏省司法厅"
    );
    assert_eq!(issuing_body("某某高新区".into(), RuleOfLaw), "某某高新区");
    assert_eq!(issuing_body("江苏省".into(), WorkSummary), "江苏省");
    assert_eq!(
        issuing_body("澧浦镇".into(), StatisticalCommunique),
        "澧浦镇"
    );
    // Through the whole pipeline: the title names the province only.
    let r = crate::extract(
        "江苏省2022年度法治政府建设情况报告\n2022年，江苏省各级人民政府及其部门坚持以习近平新时代中国特色社会主义思想为指导，深入推进依法行政。\n一、主要举措\n",
        &Options::default(),
    );
    assert_eq!(r.issuer.as_deref(), Some("江苏省人民政府"));
}

#[test]
fn a_subtitle_dated_in_chinese_digits() {
    let m = meta("政府工作报告\n——二〇二四年一月二十三日在河北省第十四届人民代表大会第二次会议上\n河北省省长 王正谱\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n一、过去一年工作回顾\n过去一年，全省上下坚定信心。\n");
    assert_eq!(m.year, Some(2024));
    assert_eq!(m.issuer.as_deref(), Some("河北省人民政府"));
    assert_eq!(
        han_year("子洲县二〇二三年国民经济和社会发展统计公报"),
        Some(2023)
    );
    assert_eq!(han_year("二零二五年"), Some(2025));
    // A count of years is no year.
    assert_eq!(han_year("过去一年"), None);
}

#[test]
fn a_column_named_before_a_bar_is_not_part_of_the_title() {
    // A news site's column and bar in front of a republished provincial report.
    for line in [
        "权威发布｜湖北省人民政府关于2023年度法治政府建设情况的报告",
        "权威发布丨湖北省人民政府关于2023年度法治政府建设情况的报告",
        "权威发布 | 湖北省人民政府关于2023年度法治政府建设情况的报告",
    ] {
        let m = meta(&format!("{line}\n来源：湖北日报\n2023年，省政府坚持以习近平新时代中国特色社会主义思想为指导，深入推进依法行政。\n一、主要工作\n"));
        assert_eq!(
            m.title.as_deref(),
            Some("湖北省人民政府关于2023年度法治政府建设情况的报告"),
            "{line}"
        );
        assert_eq!(m.issuer.as_deref(), Some("湖北省人民政府"), "{line}");
    }
}

#[test]
fn a_sites_note_in_square_brackets_after_a_title() {
    let m = meta("湖北省人民政府关于2023年度法治政府建设情况的报告【全文】\n2023年，省政府坚持以习近平新时代中国特色社会主义思想为指导，深入推进依法行政。\n");
    assert_eq!(
        m.title.as_deref(),
        Some("湖北省人民政府关于2023年度法治政府建设情况的报告")
    );
    let m = meta(
        "2024年河北省政府工作报告[全文]\n各位代表：\n现在，我代表省人民政府向大会报告工作。\n",
    );
    assert_eq!(m.title.as_deref(), Some("2024年河北省政府工作报告"));
}

#[test]
fn a_columns_name_over_the_reports_title_is_not_the_title() {
    let m = meta("首页 > 政务公开 > 法治政府建设\n法治政府建设年度报告\n湖北省人民政府关于2023年度法治政府建设情况的报告\n2023年，省政府坚持以习近平新时代中国特色社会主义思想为指导，深入推进依法行政。\n");
    assert_eq!(
        m.title.as_deref(),
        Some("湖北省人民政府关于2023年度法治政府建设情况的报告")
    );
    assert_eq!(m.issuer.as_deref(), Some("湖北省人民政府"));
    // A title that names no one or no year is the title when no fuller one follows (a report
    // to a congress, its date line under it), and a bare 政府工作报告 stays the report's own line.
    let m = meta("重庆市人民政府关于法治政府建设工作情况的报告\n日期:2020年09月10日 来源:重庆人大\n重庆市人民政府\n关于法治政府建设工作情况的报告\n(2020年6月3日在市五届人大常委会第十八次会议上)\n市人大常委会:\n现将全市法治政府建设情况报告如下。\n");
    assert_eq!(
        m.title.as_deref(),
        Some("重庆市人民政府关于法治政府建设工作情况的报告")
    );
    // Past a posting date or the issuer's line under the column's name.
    for between in ["2024-03-28", "湖北省人民政府"] {
        let m = meta(&format!("法治政府建设年度报告\n{between}\n湖北省人民政府关于2023年度法治政府建设情况的报告\n2023年，省政府坚持以习近平新时代中国特色社会主义思想为指导。\n"));
        assert_eq!(
            m.title.as_deref(),
            Some("湖北省人民政府关于2023年度法治政府建设情况的报告"),
            "{between}"
        );
    }
    let m = meta("法治政府建设年度报告\n2023年，县政府坚持以习近平新时代中国特色社会主义思想为指导，深入推进依法行政。\n");
    assert_eq!(m.title.as_deref(), Some("法治政府建设年度报告"));
    let m = meta("政府工作报告\n2024年河北省政府工作报告\n各位代表：\n现在，我代表省人民政府向大会报告工作。\n");
    assert_eq!(m.title.as_deref(), Some("政府工作报告"));
}

#[test]
fn a_posting_date_and_time_under_the_title() {
    for (line, date) in [
        ("2023年03月30日 09时24分", "2023-03-30"),
        ("2023年03月30日09时24分", "2023-03-30"),
        ("2024-03-30 09:24", "2024-03-30"),
        ("2024-03-30 09:24:31", "2024-03-30"),
        ("2024-03-30", "2024-03-30"),
        ("（2025年3月20日）", "2025-03-20"),
    ] {
        let m = meta(&format!("湖北省人民政府关于2023年度法治政府建设情况的报告\n{line}\n2023年，省政府坚持以习近平新时代中国特色社会主义思想为指导，深入推进依法行政。\n"));
        assert_eq!(m.published.as_deref(), Some(date), "{line}");
        assert_eq!(m.year, Some(2023), "{line}");
    }
    assert_eq!(without_time("2023年03月30日 09时24分"), "2023年03月30日");
    // A figure that is no time stays.
    assert_eq!(without_time("2023年3月30日"), "2023年3月30日");
    assert_eq!(without_time("共计 12"), "共计 12");
}

#[test]
fn a_subdistrict_named_short_is_completed_as_a_subdistrict() {
    use crate::model::ReportType::*;
    assert_eq!(issuing_body("鹤龙街".into(), RuleOfLaw), "鹤龙街道办事处");
    assert_eq!(
        issuing_body("三元里街".into(), InfoDisclosure),
        "三元里街道办事处"
    );
    // A township's or subdistrict's 工作总结 is its government's too (meta21 周集镇).
    assert_eq!(issuing_body("鹤龙街".into(), WorkSummary), "鹤龙街道办事处");
    assert_eq!(issuing_body("鹤龙街".into(), Other), "鹤龙街");
    let r = crate::extract(
        "2024年,鹤龙街坚持以习近平新时代中国特色社会主义思想为指导,推动法治白云建设。现将2024年法治政府建设工作报告如下:\n一、主要举措和成效\n",
        &Options::default(),
    );
    assert_eq!(r.issuer.as_deref(), Some("鹤龙街道办事处"));
}

#[test]
fn a_bare_provincial_level_takes_a_province_named_like_a_county() {
    // 来源：省政府研究室 names no province; 河南 is also 河南蒙古族自治县's short name.
    let m = meta("关于2023年度法治政府建设情况的报告\n来源：省政府研究室\n2023年，省政府坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平总书记对河南工作的重要讲话重要指示精神。\n一、主要工作\n");
    assert_eq!(m.issuer.as_deref(), Some("河南省人民政府"));
    assert_eq!(
        scope::province("深入学习贯彻习近平总书记视察河南重要讲话精神"),
        Some("河南省")
    );
}

#[test]
fn an_autonomous_regions_report_that_names_all_its_governments() {
    // A traditional-character mirror of 内蒙古's report, untitled: 全區各級人民政府 and 自治區人民政府.
    let m = meta("2023年,全區各級人民政府堅持以習近平新時代中國特色社會主義思想為指導,深入學習貫徹習近平法治思想,認真貫徹落實習近平總書記對內蒙古的重要指示精神,扎實推進法治政府建設。\n一、堅持以習近平法治思想為引領\n(一)堅持黨的領導。自治區人民政府嚴格落實法治政府建設情況報告制度,按規定向自治區黨委、人大常委會報告2022年法治政府建設情況。提請自治區黨委常委會會議和全面依法治區委員會會議研究部署法治政府建設工作。\n");
    assert_eq!(m.issuer.as_deref(), Some("内蒙古自治区人民政府"));
    // A district of an autonomous region speaks of 全区 too, and names its own 区委 and 区政府.
    let m = meta("2023年,全区各级行政机关坚持以习近平新时代中国特色社会主义思想为指导,在自治区党委、区委的坚强领导下,扎实推进法治政府建设。\n一、主要工作\n区政府常务会议专题学法4次。\n");
    assert_ne!(m.issuer.as_deref(), Some("广西壮族自治区人民政府"));
    assert!(m.issuer.as_deref().is_none_or(|i| !i.contains("自治区")));
}

/// Invented openings of a real shape (the evaluators' provincial reports as a daily printed them:
/// title first, the paper's 来源 / 作者 / 编辑 lines, 字号 and 分享到 chrome); the paper is never
/// the issuer: the signature, the speaker's office or the opening's 省政府 is, placed by the paper.
#[test]
fn a_provincial_report_printed_by_a_daily_is_the_governments() {
    // Signed with a month only (2023年3月), as reports sent up often are.
    let m = meta("法治政府建设年度报告（2022年）\n稿源：贵州日报\n一、主要工作\n（一）深入推进依法行政。全年制定省政府规章5件。\n二、下一步工作安排\n贵州省人民政府\n2023年3月\n");
    assert_eq!(m.issuer.as_deref(), Some("贵州省人民政府"));
    let m = meta("2022年法治政府建设工作情况报告\n一、主要工作\n审结案件5件。\n江西省人民政府\n二〇二三年三月\n");
    assert_eq!(m.issuer.as_deref(), Some("江西省人民政府"));
    // A speaker's line naming the office alone, under a 关于…的报告 given to the congress.
    let m = meta("关于2022年法治政府建设情况的报告\n来源：湖南日报\n——2023年1月在省第十四届人民代表大会第一次会议上\n省长 毛伟明\n一、主要工作\n（一）深入推进依法行政。全年制定省政府规章5件，审查规范性文件120件。\n");
    assert_eq!(m.issuer.as_deref(), Some("湖南省人民政府"));
    // 我代表省人民政府 and the paper's chrome lines.
    let m = meta("2022年法治政府建设年度报告\n来源：河北日报 2023-03-30\n作者：张三  编辑：李四  责任编辑：王五\n字号：大 中 小\n分享到：\n我代表省人民政府，现将2022年法治政府建设情况报告如下。\n一、主要工作\n");
    assert_eq!(m.title.as_deref(), Some("2022年法治政府建设年度报告"));
    assert_eq!(m.issuer.as_deref(), Some("河北省人民政府"));
    // Nothing but the paper: no issuer rather than the paper.
    let m = meta("2022年法治政府建设年度报告\n来源：河北日报\n一、主要工作\n审结案件5件。\n");
    assert_eq!(m.issuer, None);
}

#[test]
fn a_year_in_brackets_after_the_reports_name_stays_in_the_title() {
    // A department's report titled with its year in brackets under its organ's line.
    let m = meta("湖北省教育厅\n法治政府建设年度报告（2022年）\n2022年，在省委、省政府的坚强领导下，省教育厅坚持以习近平法治思想为指导。\n");
    assert_eq!(m.title.as_deref(), Some("法治政府建设年度报告（2022年）"));
    assert_eq!(m.issuer.as_deref(), Some("湖北省教育厅"));
    assert_eq!(m.year, Some(2022));
    // A newspaper's bare 政府工作报告 with its year in brackets is still read as before.
    let m = meta("政府工作报告（2024年）\n——2024年1月23日在某省第十四届人民代表大会第二次会议上\n各位代表：\n");
    assert_eq!(m.year, Some(2024));
}

#[test]
fn a_departments_own_site_names_its_province_in_the_source_line() {
    let m = meta("省司法厅2023年法治政府建设年度报告\n来源：广东省司法厅　　发布时间：2024-03-28\n2023年，省司法厅坚持以习近平新时代中国特色社会主义思想为指导，扎实推进依法行政。\n");
    assert_eq!(m.issuer.as_deref(), Some("广东省司法厅"));
    // A newspaper's 来源 is never the issuer; a bare 省司法厅 is still placed by its daily.
    let m = meta("省司法厅2023年法治政府建设年度报告\n来源：湖南日报\n2023年，省司法厅坚持以习近平新时代中国特色社会主义思想为指导。\n");
    assert_eq!(m.issuer.as_deref(), Some("湖南省司法厅"));
}

/// A disclosure report without a title line that announces itself with 编制 (大理白族自治州, 2023,
/// meta17): the place after the verb is the issuer, and the announcing clause is no title run
/// into the body (it was `编制大理白族自治州2023年…报告`, issuer `编制大理白族自治州`).
#[test]
fn a_report_compiled_by_a_place_is_that_places() {
    let m = meta("根据《中华人民共和国政府信息公开条例》的规定,编制大理白族自治州2023年政府信息公开工作年度报告。本报告统计数据时间段:2023年1月1日至2023年12月31日。\n一、总体情况\n(一)政府信息主动公开情况。\n全州主动公开各类政府信息55236条。\n");
    assert_eq!(m.title, None);
    assert_eq!(m.issuer.as_deref(), Some("大理白族自治州"));
}

/// A report naming the format it follows (《…政府信息公开工作年度报告格式的通知》) before itself
/// (子长, 2023, meta17): the document in 《…》 is neither the title nor its issuer the report's.
#[test]
fn a_document_named_in_book_marks_is_not_the_report() {
    let m = meta("根据《中华人民共和国政府信息公开条例》《国务院办公厅政府信息与政务公开办公室关于印发中华人民共和国政府信息公开工作年度报告格式的通知》(国办公开办函〔2021〕30号)编制本报告,现公布子长市人民政府2023年度政府信息公开工作报告。本报告所列数据统计时限为2023年1月1日至12月31日。\n一、总体情况\n");
    assert_eq!(m.title, None);
    assert_eq!(m.issuer.as_deref(), Some("子长市人民政府"));
}

/// A template paragraph (根据…要求,特向社会公布2023年…年度报告) over address lines, then a body that
/// calls its county 我县 (吴起, 2023, meta17): the county the text names is the issuer's place
/// (it was `特向社会`, from the announcing clause read as a title).
#[test]
fn a_county_that_calls_itself_wo_xian_after_a_template() {
    let m = meta("根据《中华人民共和国政府信息公开条例》要求,特向社会公布2023年政府信息公开工作年度报告。主要内容包括主动公开政府信息情况、依申请公开办理情况。如对本报告有疑问,请联系吴起县政府政务服务中心。报告的电子版可在吴起县人民政府门户网站(www.wqx.gov.cn)下载。\n地址:吴起县档案馆4楼402室;\n邮编:716000;\n一、总体情况\n2023年,我县坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻落实《中华人民共和国政府信息公开条例》,不断深化政府信息公开。\n");
    assert_eq!(m.title, None);
    assert_eq!(m.issuer.as_deref(), Some("吴起县人民政府"));
}

/// A disclosure table's 发文单位 row names the issuer as the text writes it (木垒县人民政府; the
/// title's 木垒县 alone was completed to the region table's 木垒哈萨克自治县, meta17), over a
/// 发布机构 that is the portal.
#[test]
fn a_disclosure_tables_issuing_unit_is_the_issuer() {
    let m = meta("木垒县2023年政府信息公开工作年度报告\n索 引 号 | MLX01/2024-000006 | 主题分类 | |\n名 称 | 木垒县2023年政府信息公开工作年度报告 | ||\n文 号 | 发文日期 | 2024-01-29 12:05:49 | |\n发文单位 | 木垒县人民政府 | 发布机构 | 木垒县政府网 |\n2023年,木垒县坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大精神。\n");
    assert_eq!(
        m.title.as_deref(),
        Some("木垒县2023年政府信息公开工作年度报告")
    );
    assert_eq!(m.issuer.as_deref(), Some("木垒县人民政府"));
}

/// A breadcrumb (您当前所在位置:…>法治政府建设报告>…) and a disclosure block with bracketed labels
/// over the title line (丰都县栗子乡, 2025, meta17): both are chrome, the title line is the
/// title and 发布机构 the issuer (it was the breadcrumb's 法治政府建设报告, issuer none).
#[test]
fn a_bracketed_disclosure_block_over_the_title() {
    let m = meta("您当前所在位置:首页>政务公开>法治政府建设报告>乡镇街道\n\n[ 索引号 ] 11500230008689762A/2026-00004 [ 发文字号 ]\n[ 主题分类 ] 公安、安全、司法、法制 [ 体裁分类 ] 工作报告\n[ 发布机构 ] 丰都县栗子乡人民政府 [ 有效性 ]\n[ 成文日期 ] 2026-01-22 [ 发布日期 ] 2026-02-10\n[ 索引号 ] 11500230008689762A/2026-00004\n[ 发文字号 ]\n[ 主题分类 ] 公安、安全、司法、法制\n[ 体裁分类 ] 工作报告\n[ 发布机构 ] 丰都县栗子乡人民政府\n[ 有效性 ]\n[ 成文日期 ] 2026-01-22\n[ 发布日期 ] 2026-02-10\n\n丰都县栗子乡人民政府2025年法治政府建设情况报告\n\n2025年,在县委、县政府的坚强领导下,乡党委、政府深入学习贯彻习近平新时代中国特色社会主义思想。\n");
    assert_eq!(
        m.title.as_deref(),
        Some("丰都县栗子乡人民政府2025年法治政府建设情况报告")
    );
    assert_eq!(m.issuer.as_deref(), Some("丰都县栗子乡人民政府"));
    assert_eq!(m.year, Some(2025));
}

/// A disclosure block set as plain rows (no bars, no colons) over the report's own title line
/// (兖州区司法局 2025, blind14): a row that opens with a metadata label is no title (it was
/// `发布机构兖州区司法局组配分类法治政府建设年报`, its cells run together).
#[test]
fn a_plain_disclosure_row_is_no_title() {
    let m = meta("索  引  号 113708120042347000/2026-00508 公开方式 主动公开\n发布机构 兖州区司法局 组配分类 法治政府建设年报\n成文日期 2026-01-21 废止日期\n有效性\n济宁市兖州区司法局2025年度法治政府建设情况的报告\n发布日期: 2026-01-21 16:39 信息来源:兖州区司法局 浏览次数:\n\n2025年,兖州区司法局在区委、区政府的坚强领导下,坚持以习近平法治思想为指导。\n");
    assert_eq!(
        m.title.as_deref(),
        Some("济宁市兖州区司法局2025年度法治政府建设情况的报告")
    );
    assert_eq!(m.issuer.as_deref(), Some("济宁市兖州区司法局"));
}

/// A county's page heading with the year and a site's note (`2024年政府工作报告 (摘登)`) over the
/// report's own bare line, subtitle and speaker (滦南 2024, blind13): 摘登 (excerpts printed) is a
/// note like 摘要, so the heading is a title and the fuller one (it was the bare 政府工作报告).
#[test]
fn a_page_heading_with_an_excerpt_note() {
    let m = meta("滦南县人民政府\n您现在的位置:首页 > 法定主动公开内容 > 政府报告\n\n2024年政府工作报告 (摘登)\n\n发布时间:2024-04-24    来源:滦南县人民政府\n\n政府工作报告\n\n——2024年1月23日在滦南县第十七届人民代表大会第四次会议上\n\n滦南县人民政府县长  侯新宏\n\n各位代表:\n\n现在,我代表县人民政府向大会报告工作,请予审议。\n");
    assert_eq!(m.title.as_deref(), Some("2024年政府工作报告"));
    assert_eq!(m.issuer.as_deref(), Some("滦南县人民政府"));
}

#[test]
fn a_title_broken_after_its_about_clause_is_joined() {
    let m = meta("抚顺市顺城区人民政府关于2024年\n法治政府建设情况的报告\n中共抚顺市顺城区委员会:\n2024年,顺城区坚持以习近平新时代中国特色社会主义思想为指导,深入践行习近平法治思想。现将2024年法治政府建设情况报告如下:\n");
    assert_eq!(
        m.title.as_deref(),
        Some("抚顺市顺城区人民政府关于2024年法治政府建设情况的报告")
    );
    assert_eq!(m.year, Some(2024));
}

#[test]
fn a_pages_heading_repeated_under_its_organ_gives_the_documents_title() {
    let m = meta("首页/ 公开 / 法定主动公开内容 / 公开文件 / 区政府文件 / 正文\n\n关于2025年法治政府建设情况的报告\n\n来源:杨陵区人民政府 发布时间:2026-03-16 17:46\n\n杨陵区人民政府\n\n关于2025年法治政府建设情况的报告\n\n区人大常委会:\n\n2025年,杨陵区坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神。\n");
    assert_eq!(
        m.title.as_deref(),
        Some("杨陵区人民政府关于2025年法治政府建设情况的报告")
    );
    assert_eq!(m.issuer.as_deref(), Some("杨陵区人民政府"));
}

#[test]
fn the_opening_years_of_cited_documents_are_not_the_year_reported() {
    let m = meta("根据《法治政府建设实施纲要(2021—2025年)》《法治政府建设与责任落实督察工作规定》要求,现将铜仁市2024年度法治政府建设情况报告如下。\n一、坚持思想引领,强化政治意识\n(一)夯实思想根基。坚持将学思践悟习近平法治思想与贯彻落实党的二十届三中全会关于深入推进依法行政的改革部署相结合。\n");
    assert_eq!(m.year, Some(2024));
}

/// A traditional-character mirror's disclosure table whose 標題 label is broken by its letter
/// spacing (`標????????題 | 江蘇省交通運輸廳2024年度…報告 |`, meta18 江苏): the title read from the
/// row is shown in simplified characters, as every other title of a traditional copy.
#[test]
fn a_traditional_mirrors_title_row_is_shown_simplified() {
    let m = meta("標????????題 | 江蘇省交通運輸廳2024年度法治政府部門建設情況報告 | ||\n2024年,江蘇省交通運輸廳堅持以習近平新時代中國特色社會主義思想為指導,全面貫徹黨的二十大和二十屆二中、三中全會精神,深入踐行習近平法治思想。\n");
    assert_eq!(
        m.title.as_deref(),
        Some("江苏省交通运输厅2024年度法治政府部门建设情况报告")
    );
    assert_eq!(m.issuer.as_deref(), Some("江苏省交通运输厅"));
}

/// An untitled department report that speaks of itself as 我厅 (meta18 贵州, 四川): the department
/// the text names with its level (省生态环境厅党委) or by its staff (全省生态环境系统, 四川省交通运输
/// 系统), placed by the province the text names, even inside 《…》.
#[test]
fn a_department_speaking_of_itself_is_named_by_the_text() {
    let m = meta("根据工作安排,现将我厅2024年法治政府建设工作情况报告如下:\n一、工作开展情况\n1.深入学习贯彻落实习近平法治思想。一是省生态环境厅党委不断提高政治站位,坚持领导干部带头尊法学法用法。二是研究制定《贵州省生态环境领导干部应知应会党内法规和法律法规清单》,推动全省生态环境系统各级领导干部深入学法用法。\n");
    assert_eq!(m.issuer.as_deref(), Some("贵州省生态环境厅"));
    let m = meta("2024年,在省委、省政府和交通运输部的坚强领导下,我厅以习近平新时代中国特色社会主义思想为指导,扎实推进交通运输法治政府部门建设。\n一、2024年主要工作举措及成效\n(一)持续深化交通运输法治政府部门建设。制定印发四川省交通运输系统领导干部应知应会党内法规和法律法规清单,推动领导干部带头尊规学规守规用规。\n");
    assert_eq!(m.issuer.as_deref(), Some("四川省交通运输厅"));
    // Without a department of its organ named, no guess.
    let m = meta("2024年,在省委、省政府的坚强领导下,我厅深入学习贯彻党的二十届三中全会精神,扎实推进法治政府部门建设。\n");
    assert_eq!(m.issuer, None);
}

/// A county titled by a short form of its name and posted by its 司法局 under the full name
/// (blind15 紫云): one county named two ways — the report is the county government's, named as
/// its title and opening write it.
#[test]
fn a_source_naming_the_titles_place_in_full_gives_the_titles_form() {
    let m = meta("紫云自治县2024年度法治政府建设工作报告\n日期:2025-03-28 17:34\n来源: 紫云苗族布依族自治县司法局\n2024年,紫云自治县人民政府坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十届三中全会精神。\n");
    assert_eq!(m.issuer.as_deref(), Some("紫云自治县"));
    // The place is the government's for a 法治政府 report: a short form that keeps its level's
    // last character (紫云自治县, 张家川县) is completed like a full name; 柳州 (柳州市) is not.
    assert_eq!(
        issuing_body("紫云自治县".into(), ReportType::RuleOfLaw),
        "紫云自治县人民政府"
    );
    assert_eq!(issuing_body("柳州".into(), ReportType::RuleOfLaw), "柳州");
}

/// An untitled city report whose opening names the city's 法治政府建设工作 as its subject after a
/// sentence on the year (blind15 那曲): the city reports it.
#[test]
fn a_places_work_as_the_opening_subject_names_the_place() {
    let m = meta("2024年,是实施“十四五”规划的关键之年。一年来,在自治区党委的坚强领导下,那曲市法治政府建设工作坚持以习近平法治思想为指导,统筹谋划和推进法治建设各项工作。现报告如下。\n一、主要工作情况\n");
    assert_eq!(m.issuer.as_deref(), Some("那曲市"));
    // 我县法治政府建设…: the reporter speaking of itself names no place here.
    let m =
        meta("2024年,我县法治政府建设工作坚持以习近平法治思想为指导,统筹推进法治建设各项工作。\n");
    assert_ne!(m.issuer.as_deref(), Some("我县"));
}

#[test]
fn the_place_right_after_guanyu_in_a_reports_title_is_its_subject() {
    // blind17 杭州: a city's report to its congress's standing committee, on a news site.
    let m = meta(
        "关于杭州市2024年度法治政府建设情况的报告\n杭州网  发布时间:2025-05-28 14:14:25 Wed\n\n(2025年5月29日在杭州市第十四届人民代表大会常务委员会第二十七会次会议上)\n\n杭州市人民政府\n\n主任、副主任、秘书长、各位委员:\n\n2024年,我市坚持以习近平新时代中国特色社会主义思想为指导,纵深推进法治政府建设。\n",
    );
    assert_eq!(m.issuer.as_deref(), Some("杭州市"));
    // A document's 关于 names what it does, not a place: no issuer from 关于印发杭州市….
    let m = meta("关于印发杭州市2024年法治政府建设工作要点的通知\n各区、县(市)人民政府:\n现将要点印发给你们。\n");
    assert_ne!(m.issuer.as_deref(), Some("印发杭州市"));
}

#[test]
fn a_department_known_by_its_short_form_is_named_by_its_official_name() {
    // meta14 绍兴: the bureau calls itself 市市场监管局 and names its city elsewhere.
    let m = meta(
        "2023年,市市场监管局在市委市政府的坚强领导下,深入学习贯彻习近平法治思想,紧紧围绕法治政府建设工作要点和任务清单,取得了新成效。\n一、主要成效\n绍兴创新监管服务模式,成功创建国家食品安全示范城市。绍兴市场主体达到80万户。\n",
    );
    assert_eq!(m.issuer.as_deref(), Some("绍兴市市场监督管理局"));
    assert_eq!(
        issuer::official_department("国家市场监督管理总局".into()),
        "国家市场监督管理总局"
    );
    assert_eq!(
        issuer::official_department("市人社局".into()),
        "市人力资源和社会保障局"
    );
}

/// A city bureau's 工作总结 posted under its cover notice (blind18 福州): addressees, the notice
/// naming the summary in 《》, the bureau and the date, then the summary's own title line. The title
/// is that line, the issuer the bureau that signs the notice.
#[test]
fn a_cover_notice_above_the_report_is_not_its_title_block() {
    let text = "各县(市)区司法局,市局机关各处室、直属单位:\n现将《2022年全市司法行政工作总结》印发给你们,希望各单位、各部门在此基础上,再接再厉做好2023年全市司法行政各项工作。\n福州市司法局\n2023年2月2日\n2022年全市司法行政工作总结\n2022年,是党的二十大召开之年。全市司法行政系统坚持以习近平新时代中国特色社会主义思想为指导,忠诚履职、实干担当。\n一、坚持政治统领党建引领\n";
    let m = meta(text);
    assert_eq!(m.title.as_deref(), Some("2022年全市司法行政工作总结"));
    assert_eq!(m.issuer.as_deref(), Some("福州市司法局"));
    assert_eq!(m.year, Some(2022));
    // A paragraph that cites a document in 《》 which does not come again below is no cover
    // notice: the text stays untitled.
    let m = meta("根据《2022年全市司法行政工作总结》要求,全市司法行政系统坚持依法行政,忠诚履职。\n一、主要举措\n审结案件5件。\n");
    assert_eq!(m.title, None);
}

/// A township's 政府工作报告 on its county's disclosure page (blind18 金碧镇): the county's name
/// and the page's heading (政府工作报告(2024年)) over a disclosure block, then the report's own title,
/// its subtitle naming the town's congress, the speaker and the date it was given. Issuer the town's
/// government, not the site's county; year the year it was given.
#[test]
fn a_page_heading_over_the_reports_own_title_block() {
    let text = "无障碍浏览 长者模式\n大姚县人民政府\n\n政府工作报告(2024年)\n\n索 引 号:dyx032-/2025-0110001 公文目录:政府工作报告 发文机构:大姚县金碧镇 主 题 词: 发布日期:2025年01月10日 文  号: 标  题:政府工作报告(2024年)\n\n政府工作报告\n\n——在金碧镇第十四届人民代表大会第七次会议上\n\n镇长王 鹏\n\n2025年1月3日\n\n各位代表:\n\n现在,我代表镇人民政府,向大会报告工作,请予审议。\n\n一、集中精力谋发展,各项工作取得了新进展新成效\n";
    let m = meta(text);
    assert_eq!(m.title.as_deref(), Some("政府工作报告"));
    assert!(
        m.issuer
            .as_deref()
            .is_some_and(|i| i.ends_with("金碧镇人民政府")),
        "{:?}",
        m.issuer
    );
    assert_eq!(m.year, Some(2025));
}

/// A long line is read as a disclosure block's row from its first characters: every metadata
/// label fits in them.
#[test]
fn every_metadata_label_fits_the_rows_head() {
    for l in crate::lexicon::data::chrome::LABELS {
        assert!(l.chars().count() <= title::LONGEST_LABEL_CHARS, "{l}");
    }
}

/// Disclosure reports of departments and subdistricts (meta19, in-sample after its blind score):
/// the body an untitled template paragraph names in 《》 after 现发布 (兴庆区), or after 由 as the one
/// that compiled it (金塔); a subdistrict the opening names before 通过 (长通街道), whose cut first
/// line 工作年度报告 is no title; a subdistrict's office under its short form in a disclosure table
/// (北街办事处 → 北街街道办事处, as the text names the subdistrict).
#[test]
fn department_and_subdistrict_disclosure_reports() {
    let m = meta("根据《中华人民共和国政府信息公开条例》规定和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》(国办公开办函〔2021〕30号)要求,现发布《银川市兴庆区司法局2024年政府信息公开工作年度报告》,本报告统计数据从2024年1月1日至12月31日。\n一、总体情况\n(一)主动公开。2024年,兴庆区司法局切实履行“应公开、尽公开”职责。\n");
    assert_eq!(m.issuer.as_deref(), Some("银川市兴庆区司法局"));
    let m = meta("本报告根据《中华人民共和国政府信息公开条例》《甘肃省政府信息依申请公开办法(试行)》要求,由金塔县司法局编制而成。全文包括总体情况、主动公开政府信息情况等。\n一、总体情况\n(一)主动公开:公开内容主要包括我局职责和机构。\n");
    assert_eq!(m.issuer.as_deref(), Some("金塔县司法局"));
    let m = meta("工作年度报告\n2024年以来,长通街道通过官方网站、公示栏等多种渠道,主动公开了街道工作动态、政策文件等群众关心的热点信息。\n一、总体情况\n2024年,长通街道按照区委、区政府的统一部署和工作要求,不断规范政府信息公开内容。\n");
    assert_eq!(m.title, None);
    assert!(
        m.issuer
            .as_deref()
            .is_some_and(|i| i.starts_with("长通街道")),
        "{:?}",
        m.issuer
    );
    assert_eq!(
        issuer::subdistrict_office(
            "北街办事处".into(),
            "2025年,北街街道认真贯彻落实《条例》要求。"
        ),
        "北街街道办事处"
    );
    assert_eq!(
        issuer::subdistrict_office("北街办事处".into(), "2025年,我街道认真贯彻落实。"),
        "北街办事处"
    );
}

/// A title a page split inside its genre's words (meta19 硚口: 政府|信息公开) is joined, not read
/// as an issuer line (…2024年政府) over a title (信息公开工作年度报告).
#[test]
fn a_title_split_inside_its_genre_words_is_joined() {
    let m = meta("硚口区司法局2024年政府\n信息公开工作年度报告\n依据《中华人民共和国政府信息公开条例》第五十条规定,编制本报告。\n一、总体情况\n2024年,区司法局坚持深入贯彻二十大精神。\n");
    assert_eq!(
        m.title.as_deref(),
        Some("硚口区司法局2024年政府信息公开工作年度报告")
    );
    assert_eq!(m.issuer.as_deref(), Some("硚口区司法局"));
}

/// A township's report on its county's site (blind19 碧土乡): the site's name over the page's
/// heading is not the issuer when the title names another place; a bureau over its city's title
/// stays the issuer.
#[test]
fn a_sites_name_over_a_title_naming_another_place() {
    let m = meta("左贡县人民政府\n\n碧土乡2024年法治政府建设情况报告\n\n2024年,在县委、县政府的坚强领导下,碧土乡坚持以习近平新时代中国特色社会主义思想为指导,有效有力推进依法治乡工作。\n一、上一年度推进法治政府建设的主要举措和成效\n");
    assert!(
        m.issuer.as_deref().is_some_and(|i| i.starts_with("碧土乡")),
        "{:?}",
        m.issuer
    );
    let m = meta("柳州市司法局\n柳州市2021年度法治政府建设情况报告\n2021年,柳州市坚持以习近平法治思想为指导。\n");
    assert_eq!(m.issuer.as_deref(), Some("柳州市司法局"));
}

/// Untitled openings whose issuer only the text names (meta20, blind20 and blind21, in-sample
/// after their blind scores): the subject before 根据, 严格 or 坚定 (淤上乡, 番禺区人民政府办公室,
/// 广安市司法局); the body of the report a template paragraph announces 向社会公布 after its year
/// (连生乡); a township speaking of itself as 我乡/我镇, named by the township name the opening
/// pages use (杜村乡, 东庄镇, and 东里镇 under its document number).
#[test]
fn untitled_openings_name_their_issuer_in_the_text() {
    let m = meta("一、总体情况\n2024年,淤上乡根据《中华人民共和国政府信息公开条例》的要求,结合我乡工作实际,依法公开政务信息,全面推进政务公开工作,提升政务公开工作质量和实效。现就2024年度政府信息公开工作报告如下:\n(一)主动公开。\n");
    assert_eq!(m.issuer.as_deref(), Some("淤上乡"));
    let m = meta("一、总体情况\n2024年,番禺区人民政府办公室严格对照《中华人民共和国政府信息公开条例》有关要求,坚持以人民为中心的理念,持续深化政务公开工作。\n(一)主动公开情况。\n");
    assert_eq!(m.issuer.as_deref(), Some("番禺区人民政府办公室"));
    // (blind21 广安市司法局, in-sample after its blind score: 坚定 before 以.)
    let m = meta("2024年,在市委、市政府的坚强领导下,广安市司法局坚定以习近平新时代中国特色社会主义思想为指导,以习近平法治思想为遵循,高质量推进各项工作,取得较好成效。\n一、2024年法治政府建设第一责任人履行职责情况\n");
    assert_eq!(m.issuer.as_deref(), Some("广安市司法局"));
    let m = meta("依据《中华人民共和国政府信息公开条例》(以下简称《条例》)第五十条规定,特向社会公布2024年连生乡人民政府政府信息公开工作情况报告。本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n一、总体情况\n(一)主动公开情况\n2024年,连生乡人民政府按照重点工作安排,深入实施乡村战略。\n");
    assert_eq!(m.issuer.as_deref(), Some("连生乡人民政府"));
    let m = meta("本年度报告根据《中华人民共和国政府信息公开条例》(国务院令第711号)等要求,编制本年度报告。本报告中所列数据的统计期限自2024年1月1日至2024年12月31日。如对本报告有任何疑问,请与青阳县杜村乡办公室联系,地址:安徽省池州市青阳县杜村乡人民政府二楼党政办,邮编:242810。\n一、总体情况\n(一)主动公开。\n我乡按要求发布或更新信息,为方便公众了解信息,主动公开政府信息的主要类别:包括政策法规、工作内容、工作动态、领导分工等。\n(二)依申请公开。\n2024年,杜村乡收到依申请公开申请0条。\n");
    assert_eq!(m.issuer.as_deref(), Some("杜村乡"));
    let m = meta("区委、区政府:\n2024年,在区委、区政府的坚强领导下,我镇以习近平新时代中国特色社会主义思想为指导,深入开展和推进法治政府建设工作。现将我镇2024年推进法治建设工作情况汇报如下:\n一、2024年度法治政府工作总结\n(一)加强组织领导,法治建设推进有力。一是健全组织机构。成立由党委书记、镇长任组长的镇法治建设领导小组。二是完善工作机制。将法治政府建设工作纳入了东庄镇发展总体规划和年度工作计划。\n");
    assert_eq!(m.issuer.as_deref(), Some("东庄镇"));
    let m = meta("雷东府〔2025〕26号\n2025年以来,在雷州市委、市政府的坚强领导下,在镇党委、镇人大的监督支持下,我镇政府以习近平新时代中国特色社会主义思想为指导,全面依法行政,推进“法治东里”建设。现将有关情况报告如下:\n一、提高政治站位,健全法治政府建设体制机制\n东里镇深入贯彻落实全面依法治国重大战略。一是强化组织架构。我镇调整以黄忠武书记为组长、李胜镇长为副组长的法治政府建设领导小组。\n");
    assert_eq!(m.issuer.as_deref(), Some("东里镇"));
    // A name of three characters, written so each time (草庙子镇), is not cut to its last two.
    assert_eq!(
        issuer::town_names(
            "我镇坚持。草庙子镇党委、草庙子镇政府;全镇城乡统筹,镇长",
            "镇"
        ),
        ["草庙子镇", "草庙子镇"]
    );
}

/// A cover letter above the report (blind20 湖州市交通运输局): a disclosure table with `|` borders
/// and the addressees push the letter down, and the report it names in 《》 comes again split
/// over two lines under the signature and date.
#[test]
fn a_cover_letter_under_a_table_over_a_split_title() {
    let m = meta("索引号: | 002564301/2025-00062 | 成文日期: | 2025-01-27 |\n公开方式: | 主动公开 | 公开时限: | 长期公开 |\n文件编号: | 发布机构: | 湖州市交通运输局 |\n中共湖州市委、湖州市人民政府:\n根据市委依法治市办《关于做好2024年度法治政府建设总结工作的通知》要求,现将我局《2024年度交通运输法治政府建设工作总结》随文上报。\n特此报告。\n湖州市交通运输局\n2025年1月15日\n2024年度交通运输法治政府建设\n工作总结\n2024年湖州市交通运输局在市委、市政府的坚强领导下,在省交通运输厅的精准指导下,笃学践行习近平法治思想。\n一、2024年工作完成情况\n");
    assert_eq!(
        m.title.as_deref(),
        Some("2024年度交通运输法治政府建设工作总结")
    );
    assert_eq!(m.issuer.as_deref(), Some("湖州市交通运输局"));
}

/// A title broken before its genre's words (blind9 建始县: 建始县2023年国民经济和社会发展 ⏎ 统计公报):
/// the bare 统计公报 ends the line above, which names the place and the year. A page heading that
/// names the type itself over a bare title stays apart (blind20 孙庙乡's convention).
#[test]
fn a_bare_genre_line_ends_the_line_above() {
    let m = meta("建始县2023年国民经济和社会发展\n统计公报\n2023年是全面贯彻落实党的二十大精神的开局之年。县委县政府坚持以习近平新时代中国特色社会主义思想为指导。\n一、综合\n");
    assert_eq!(
        m.title.as_deref(),
        Some("建始县2023年国民经济和社会发展统计公报")
    );
    let m = meta("2024年12月05日\n统计公报\n2023年,全县经济运行稳中有进。\n");
    assert_ne!(m.title.as_deref(), Some("2024年12月05日统计公报"));
}

/// Issuers of meta21 and blind23 (in-sample after their blind scores): a department that opens at
/// its first heading and says 我委 two paragraphs on, its staff 全区卫生健康系统 (涪陵区卫生健康委
/// 员会); a place's 法治建设工作 as the subject (西市区); 我代表县人民政府 with the subtitle under a
/// second title line (陵川县, not the 信息来源's 数据中心); a township's 工作总结 named by its place
/// (霍邱县周集镇 → its government).
#[test]
fn issuers_of_meta21_and_blind23() {
    let m = meta("一、2025年推进法治政府建设的主要举措和成效\n(一)全面学习贯彻党的二十大精神。及时在系统内进行传达学习,通过委党委会党委班子带头学、委理论学习中心组专题学,在系统内掀起学习热潮。进一步引导全区卫生健康系统广大干部职工坚定理想信念。\n(二)进推动学习宣传贯彻习近平法治思想走深走实。坚持把习近平法治思想纳入我委党委理论学习中心组学习的重要内容,委党委中心组专题学习6次。\n(三)健全制度。联合重庆市涪陵区疾病预防控制中心开展执法,落实中共重庆市涪陵区委机构编制委员会的要求。\n");
    assert_eq!(m.issuer.as_deref(), Some("涪陵区卫生健康委员会"));
    // The whole opening of the page (我委 past the opening's first 600 bytes).
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../fixtures/gathered/meta21/fuling-wjw-2025-fzzf.txt"
    ))
    .unwrap();
    assert_eq!(meta(&text).issuer.as_deref(), Some("涪陵区卫生健康委员会"));
    let issuer = |t: &str| crate::extract(t, &Options::default()).issuer;
    let m = issuer("2025年是“十四五”规划收官之年。在区委、区政府的正确领导下,西市区法治建设工作以习近平新时代中国特色社会主义思想为指导,深入贯彻党的二十大精神,紧扣党中央全面依法治国、省委依法治省及市、区委法治政府建设部署要求。\n一、2025年法治建设工作情况\n");
    assert_eq!(m.as_deref(), Some("西市区人民政府"));
    let m = meta("2026年政府工作报告\n发布时间:2025-12-30 信息来源:陵川县数据中心\n政 府 工 作 报 告\n——2025年12月22日在陵川县第十七届\n人民代表大会第七次会议上\n县长 王 丽\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议,并请各位政协委员和其他列席同志提出意见。\n一、2025年工作回顾\n");
    assert_eq!(m.issuer.as_deref(), Some("陵川县人民政府"));
    let m = issuer("网站首页 > 信息公开 >霍邱县周集镇 > 监督保障\n\n【年度工作总结】霍邱县周集镇2025年度政务公开工作总结及2026年工作计划\n\n浏览次数: 来源:周集镇 时间:2026-01-05 10:51\n\n2025年,周集镇在县委、县政府的坚强领导下,坚持以新发展理念为引领,持续加强组织领导。现将全年工作总结及下一步计划报告如下:\n一、2025年度工作总结\n");
    assert_eq!(m.as_deref(), Some("霍邱县周集镇人民政府"));
}
