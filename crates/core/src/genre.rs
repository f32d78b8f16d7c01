//! Stage 3½, genre: which kind of report a text is — a 法治政府建设年度报告, a 政府信息公开工作年度
//! 报告, a 政府工作报告, a 统计公报, a 工作总结 or something else.
//!
//! Users drop these relatives together with the 法治政府 reports, and only a 法治政府 report owes
//! the regulation's parts R1–R5 (a 信息公开 report has six parts of its own). The title decides
//! when it names a type (`meta::genre_of`); otherwise the headings and the wording of the opening
//! do. The words are data (`lexicon/genre.toml`).

use crate::lexicon::data::genre as words;
use crate::model::{Heading, ReportType};

/// How much of the body's start is read for its wording (bytes): the opening and the first
/// sections say what a text is.
const OPENING_BYTES: usize = 6000;

fn body_words(t: ReportType) -> &'static [&'static str] {
    match t {
        ReportType::InfoDisclosure => words::body::INFO_DISCLOSURE,
        ReportType::GovernmentWork => words::body::GOVERNMENT_WORK,
        ReportType::StatisticalCommunique => words::body::STATISTICAL_COMMUNIQUE,
        ReportType::RuleOfLaw => words::body::RULE_OF_LAW,
        ReportType::WorkSummary => words::body::WORK_SUMMARY,
        ReportType::Other => &[],
    }
}

/// The type of a report: from its `title` when that names one, else from the wording of its
/// `headings` and of the start of its `body` (cleaned text, folded).
pub fn detect(title: Option<&str>, headings: &[Heading], body: &str) -> ReportType {
    if let Some(t) = title
        .map(crate::clean::fold::fold_str)
        .as_deref()
        .and_then(crate::meta::genre_of)
    {
        return t;
    }
    // An official document's title (金昌市人民政府关于印发《…法治政府建设…方案》的通知) says what
    // the text is, whatever its wording: a notice is not a report.
    if title.is_some_and(|t| crate::meta::is_document_title(&crate::clean::fold::fold_str(t))) {
        return ReportType::Other;
    }
    let opening = crate::text::window(body, 0, OPENING_BYTES);
    let heads: String = headings.iter().map(|h| h.title.as_str()).collect();
    // (一)主动公开方面 ⏎ (二)依申请公开方面: the parts of a 信息公开 report's template (searched
    // in the headings run together: one search a word).
    let template_parts = words::heading::INFO_DISCLOSURE
        .iter()
        .filter(|w| crate::text::contains_str(&heads, w))
        .count();
    if template_parts >= 2 {
        return ReportType::InfoDisclosure;
    }
    let distinct = |t: ReportType| {
        body_words(t)
            .iter()
            .filter(|w| opening.contains(*w) || heads.contains(*w))
            .count()
    };
    let specific = [
        ReportType::InfoDisclosure,
        ReportType::GovernmentWork,
        ReportType::StatisticalCommunique,
    ];
    if let Some(t) = specific.into_iter().find(|&t| distinct(t) >= 2) {
        return t;
    }
    // A heading that names its part a 工作总结 without a 法治 word (一、2024年工作总结) says what the
    // text is: a department's summary mentions 法治政府 in passing (龙华区司法局's, blind14).
    let summary_heading = headings.iter().any(|h| {
        let says = |t: ReportType| body_words(t).iter().any(|w| h.title.contains(*w));
        says(ReportType::WorkSummary) && !says(ReportType::RuleOfLaw)
    });
    if summary_heading {
        return ReportType::WorkSummary;
    }
    if distinct(ReportType::RuleOfLaw) >= 1 {
        return ReportType::RuleOfLaw;
    }
    // 现将我局2024年生态环境保护职责履行情况报告如下: the report's name, as a title gives it, for a
    // text whose wording names no type (a 法治 report announced as 现将2024年工作开展情况报告如下
    // is told by its wording first).
    if let Some(t) = announced_name(opening).and_then(crate::meta::genre_of) {
        return t;
    }
    if distinct(ReportType::WorkSummary) >= 1 {
        return ReportType::WorkSummary;
    }
    ReportType::Other
}

/// The name of the report an opening announces (现将|我局2024年生态环境保护职责履行情况报告|如下),
/// within its first sentences, when it holds a year (现将有关工作报告如下 names none).
fn announced_name(opening: &str) -> Option<&str> {
    /// How far into the opening the announcing sentence is looked for (bytes).
    const ANNOUNCED_WITHIN: usize = 1500;
    /// The longest name taken (characters).
    const MAX_NAME_CHARS: usize = 60;
    let head = crate::text::window(opening, 0, ANNOUNCED_WITHIN);
    let (at, before) = words::ANNOUNCED_BEFORE
        .iter()
        .filter_map(|w| crate::text::find_str(head, w).map(|i| (i, w.len())))
        .min()?;
    let rest = &head[at + before..];
    let end = words::ANNOUNCED_AFTER
        .iter()
        .filter_map(|w| crate::text::find_str(rest, w))
        .min()?;
    let name = &rest[..end];
    let year = name
        .char_indices()
        .any(|(i, c)| c == '年' && name[..i].ends_with(|d: char| d.is_ascii_digit()));
    (year && name.chars().count() <= MAX_NAME_CHARS && !name.contains(['。', '；', '\n']))
        .then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(title: &str) -> Option<ReportType> {
        crate::meta::genre_of(title)
    }

    #[test]
    fn titles_name_their_type() {
        assert_eq!(
            of("柳州市2021年度法治政府建设情况报告"),
            Some(ReportType::RuleOfLaw)
        );
        assert_eq!(
            of("清水县人民政府关于清水县2023年度法治政府建设工作总结的报告"),
            Some(ReportType::RuleOfLaw)
        );
        assert_eq!(
            of("2022年上海市政府信息公开工作年度报告"),
            Some(ReportType::InfoDisclosure)
        );
        assert_eq!(
            of("2025年浙江省政府工作报告"),
            Some(ReportType::GovernmentWork)
        );
        assert_eq!(
            of("周口市2023年国民经济和社会发展统计公报"),
            Some(ReportType::StatisticalCommunique)
        );
        assert_eq!(
            of("市水利局2024年度政务公开工作总结及2025年工作计划"),
            Some(ReportType::WorkSummary)
        );
        assert_eq!(of("关于开展专业岗位领导干部遴选工作的通知"), None);
        // A page about a report is not the report.
        assert_eq!(
            of("关于《某县人民政府关于某县2023年度法治政府建设工作总结的报告》的政策解读"),
            Some(ReportType::Other)
        );
        assert_eq!(
            of("文字解读:某街道办事处2022年政府信息公开工作年度报告"),
            Some(ReportType::Other)
        );
    }

    #[test]
    fn an_official_document_is_not_typed_by_its_wording() {
        let body = "各县区人民政府:\n《某市法治政府建设示范创建方案》已经市委、市政府同意,现印发给你们。法治政府建设……";
        assert_eq!(
            detect(
                Some("某市人民政府关于印发《某市法治政府建设示范创建方案》的通知"),
                &[],
                body
            ),
            ReportType::Other
        );
    }

    #[test]
    fn untitled_texts_by_their_wording() {
        let body = "一、总体情况\n本报告系根据《中华人民共和国政府信息公开条例》编制。2023年，共受理36件政府信息公开申请。";
        assert_eq!(detect(None, &[], body), ReportType::InfoDisclosure);
        let body = "各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。";
        assert_eq!(detect(None, &[], body), ReportType::GovernmentWork);
        let body = "2023年，鱼峰区政府坚持以习近平法治思想为指导，推进法治政府建设。";
        assert_eq!(detect(None, &[], body), ReportType::RuleOfLaw);
        assert_eq!(detect(None, &[], "今天天气很好。"), ReportType::Other);
        // A township's untitled disclosure report (meta20 连生乡): the regulation and 依申请公开.
        let body = "依据《中华人民共和国政府信息公开条例》第五十条规定,特向社会公布2024年连生乡人民政府政府信息公开工作情况报告。\n(二)依申请公开情况\n2024年度,我乡未收到依申请公开事项。";
        assert_eq!(detect(None, &[], body), ReportType::InfoDisclosure);
        // A justice bureau's untitled report on the city's 全面依法治市 (blind18 江门市司法局).
        let body = "2024年,江门市司法局深入贯彻落实习近平法治思想,深入推进全面依法治市和司法行政工作,连续六年法治广东建设考评排名前列。现将有关工作报告如下:\n一、主要举措和成效";
        assert_eq!(detect(None, &[], body), ReportType::RuleOfLaw);
    }

    /// Untitled openings typed by the report they announce (blind22 菏泽市生态环境局: 现将我局2024年
    /// 生态环境保护职责履行情况报告如下) and by the template's parts as headings (blind21 平利县:
    /// (一)主动公开方面 ⏎ (二)依申请公开方面).
    #[test]
    fn an_announced_report_and_template_headings_type_an_untitled_text() {
        let body = "2024年,在市委、市政府的正确领导下,市生态环境局深入践行生态文明思想,全面完成了年度目标任务。现将我局2024年生态环境保护职责履行情况报告如下。\n一、2024年度全市生态环境状况\n";
        assert_eq!(detect(None, &[], body), ReportType::WorkSummary);
        // The wording first (meta10 西乡: 现将2024年工作开展情况报告如下 in a 法治政府建设 report),
        // and a name without a year says nothing (江门市司法局's 现将有关工作报告如下).
        let body =
            "2024年,我街道深入推进法治政府建设。现将2024年工作开展情况报告如下:\n一、主要举措";
        assert_eq!(detect(None, &[], body), ReportType::RuleOfLaw);
        let body = "2024年,江门市司法局深入贯彻落实习近平法治思想,深入推进全面依法治市和司法行政工作。现将有关工作报告如下:\n一、主要举措和成效";
        assert_eq!(detect(None, &[], body), ReportType::RuleOfLaw);
        let text = "一、总体情况\n2024年,我县认真贯彻落实《条例》,全力助推法治政府、效能政府、廉洁政府建设。\n(一)主动公开方面\n在县政府网站累计公开各类政府信息共计2698条。\n(二)依申请公开方面\n2024年,通过线上、信函等渠道收到依申请公开信息16件。\n";
        let r = crate::extract(text, &crate::Options::default());
        assert_eq!(r.report_type, ReportType::InfoDisclosure);
    }

    /// A justice bureau's work summary without a title (龙华区司法局 2024, blind14): its body
    /// speaks of 法治政府 in passing, its first heading names the part a 工作总结.
    #[test]
    fn a_heading_naming_a_work_summary_types_it() {
        let text = "2024年,龙华区司法行政系统坚持以习近平新时代中国特色社会主义思想为指导,深入践行习近平法治思想,扎实推进法治城区、法治政府、法治社会一体建设,各项工作稳步推进、成效明显。\n一、2024年工作总结\n(一)坚持党建引领,不断深化党对司法行政工作的全面领导\n建立政治要件台账44条。\n二、2025年工作计划\n(一)持续推进法治政府建设\n";
        let r = crate::extract(text, &crate::Options::default());
        assert_eq!(r.report_type, ReportType::WorkSummary);
        // A 法治政府 report's heading that sums up its year stays one.
        let text = "2024年,某区坚持以习近平法治思想为指导,推进法治政府建设。\n一、2024年法治政府建设工作总结\n审结案件5件。\n";
        let r = crate::extract(text, &crate::Options::default());
        assert_eq!(r.report_type, ReportType::RuleOfLaw);
    }
}
