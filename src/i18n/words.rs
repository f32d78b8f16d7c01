//! Names of the core's enums and formats, in the UI's language.

use super::Lang;
use gangmu_core::{Coverage, Direction, MetricKind, Part, Qualifier, ReportType};

pub fn kind_name(lang: Lang, kind: MetricKind) -> &'static str {
    match kind {
        MetricKind::Count => lang.pick("数量", "count"),
        MetricKind::Percent => lang.pick("比例", "percent"),
        MetricKind::Money => lang.pick("金额", "money"),
        MetricKind::Change => lang.pick("增减", "change"),
        MetricKind::Duration => lang.pick("时长", "duration"),
        MetricKind::Other => lang.pick("其他", "other"),
    }
}

pub const ALL_KINDS: [MetricKind; 6] = [
    MetricKind::Count,
    MetricKind::Percent,
    MetricKind::Money,
    MetricKind::Change,
    MetricKind::Duration,
    MetricKind::Other,
];

pub fn direction_name(lang: Lang, d: Direction) -> &'static str {
    match d {
        Direction::Up => lang.pick("↑ 增长", "↑ up"),
        Direction::Down => lang.pick("↓ 下降", "↓ down"),
    }
}

/// The direction as an arrow alone (the narrow table column; the word is its tooltip).
pub fn direction_arrow(d: Direction) -> &'static str {
    match d {
        Direction::Up => "↑",
        Direction::Down => "↓",
    }
}

pub fn coverage_name(lang: Lang, c: Coverage) -> &'static str {
    match c {
        Coverage::Heading => lang.pick("有专章", "own section"),
        Coverage::Passage => lang.pick("仅段落提及", "a passage only"),
        Coverage::Missing => lang.pick("缺失", "missing"),
    }
}

pub fn part_requirement(lang: Lang, p: Part) -> &'static str {
    match lang {
        Lang::Zh => p.requirement_zh(),
        Lang::En => p.requirement_en(),
    }
}

/// The qualifiers a user can choose for a metric (as written in reports).
pub const ALL_QUALIFIERS: [Qualifier; 12] = [
    Qualifier::Yu,
    Qualifier::Duo,
    Qualifier::Nearly,
    Qualifier::About,
    Qualifier::Beyond,
    Qualifier::Over,
    Qualifier::AtLeast,
    Qualifier::AtMost,
    Qualifier::Around,
    Qualifier::Under,
    Qualifier::Reaches,
    Qualifier::Each,
];

/// A decoder format (`text`, `html` …) for people.
pub fn format_name(lang: Lang, format: &str) -> String {
    let name = match format {
        "text" => lang.pick("纯文本", "plain text"),
        "html" => lang.pick("网页", "web page"),
        "mhtml" => "MHTML",
        "docx" => "Word (.docx)",
        "doc" => "Word 97–2003 (.doc)",
        "pdf" => "PDF",
        "ofd" => "OFD",
        "rtf" => "RTF",
        other => other,
    };
    name.to_string()
}

/// What kind of text a report is (法治政府建设年度报告, 统计公报 …).
pub fn report_type_name(lang: Lang, t: ReportType) -> &'static str {
    lang.pick(t.name_zh(), t.name_en())
}

/// The heading of the required-parts list: R1–R5 for a rule-of-law report, D1–D6 for an
/// information-disclosure one.
pub fn parts_heading(lang: Lang, t: ReportType) -> &'static str {
    match t {
        ReportType::RuleOfLaw => lang.strings().required_parts,
        ReportType::InfoDisclosure => lang.pick("法定六部分（D1–D6）", "Required parts (D1–D6)"),
        _ => lang.pick("法定部分", "Required parts"),
    }
}

/// Why a report has no required parts listed: its type has none to check.
pub fn parts_not_checked(lang: Lang, t: ReportType) -> String {
    match lang {
        Lang::Zh => format!(
            "此类文本（{}）不检查法定部分：只有法治政府建设年度报告（R1–R5）和政府信息公开工作年度报告（D1–D6）有规定的部分。",
            t.name_zh()
        ),
        Lang::En => format!(
            "Required parts are not checked for this kind of text ({}): only rule-of-law government reports (R1–R5) and information-disclosure reports (D1–D6) have them.",
            t.name_en()
        ),
    }
}
