//! Names of the core's enums and formats, in the UI's language.

use super::Lang;
use gangmu_core::{Coverage, Direction, MetricKind, Part, Qualifier};

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
