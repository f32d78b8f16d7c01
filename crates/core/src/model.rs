//! The typed report: what one extraction produces.
//!
//! These types are the contract between the core, the CLI's JSON (see README, "CLI contract")
//! and the web app. Field names are the JSON names. Every `span` is a [`Span`] into the input
//! as given; indices such as `section` point into [`Report::outline`].

use crate::decimal::Decimal;
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// What the caller knows about the text besides the text itself (the input to
/// [`extract`](crate::extract) with the text).
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// A title candidate from outside the text (an HTML `<title>`, a file name).
    pub title_hint: Option<String>,
}

/// Everything Gangmu found in one report.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Report {
    pub title: Option<String>,
    pub title_span: Option<Span>,
    pub issuer: Option<String>,
    /// The issuer normalised: region, 行政区划代码, level, body, parent regions
    /// (`region::normalise`); `None` when no issuer was found.
    #[serde(default)]
    pub issued_by: Option<IssuedBy>,
    /// What kind of report this is (法治政府建设年度报告, 政府信息公开工作年度报告, 政府工作报告 …),
    /// from its title, headings and wording. It decides which required parts are checked.
    #[serde(default)]
    pub report_type: ReportType,
    /// The year reported on (`2023年法治政府建设年度报告` → 2023).
    pub year: Option<i32>,
    /// Publication date as `YYYY-MM-DD` when the text states one (web-page `发布日期`, a
    /// signature date at the end).
    pub published: Option<String>,
    pub outline: Vec<Heading>,
    pub points: Vec<Point>,
    pub metrics: Vec<Metric>,
    pub dates: Vec<DateMention>,
    pub checks: Vec<Check>,
    pub findings: Vec<Finding>,
    /// The regulation's five required parts (R1–R5) and where each is met.
    pub parts: Vec<PartCoverage>,
    /// Stretches of the input that are not report text (page chrome, a duplicated body).
    pub removed: Vec<Removed>,
    pub stats: Stats,
    /// Measures of the report as a whole (length, density, the problems part …).
    #[serde(default)]
    pub profile: Profile,
    /// The user's corrections and what became of each (applied where, or why not).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<AppliedCorrection>,
    /// Findings the user marked reviewed or dismissed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reviews: Vec<FindingReview>,
}

/// The kinds of report users drop together. Only a [`ReportType::RuleOfLaw`] report is checked
/// against the regulation's parts R1–R5; a [`ReportType::InfoDisclosure`] report is checked
/// against the six parts of the national template (D1–D6) and its own deadline.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportType {
    /// 法治政府建设年度报告 (and 法治建设/依法行政 reports of a year).
    #[default]
    RuleOfLaw,
    /// 政府信息公开工作年度报告 (《政府信息公开条例》第五十条).
    InfoDisclosure,
    /// 政府工作报告, given to a people's congress.
    GovernmentWork,
    /// 国民经济和社会发展统计公报.
    StatisticalCommunique,
    /// 工作总结, 工作情况报告 and other reports on a year's work.
    WorkSummary,
    /// None of these.
    Other,
}

impl ReportType {
    /// The JSON name (`rule_of_law`, `info_disclosure` …).
    pub fn code(self) -> &'static str {
        match self {
            ReportType::RuleOfLaw => "rule_of_law",
            ReportType::InfoDisclosure => "info_disclosure",
            ReportType::GovernmentWork => "government_work",
            ReportType::StatisticalCommunique => "statistical_communique",
            ReportType::WorkSummary => "work_summary",
            ReportType::Other => "other",
        }
    }

    pub fn name_zh(self) -> &'static str {
        match self {
            ReportType::RuleOfLaw => "法治政府建设年度报告",
            ReportType::InfoDisclosure => "政府信息公开工作年度报告",
            ReportType::GovernmentWork => "政府工作报告",
            ReportType::StatisticalCommunique => "统计公报",
            ReportType::WorkSummary => "工作总结",
            ReportType::Other => "其他文本",
        }
    }

    pub fn name_en(self) -> &'static str {
        match self {
            ReportType::RuleOfLaw => "annual report on building rule-of-law government",
            ReportType::InfoDisclosure => "annual report on government information disclosure",
            ReportType::GovernmentWork => "government work report",
            ReportType::StatisticalCommunique => "statistical communiqué",
            ReportType::WorkSummary => "work summary",
            ReportType::Other => "other text",
        }
    }

    /// The parts a report of this type must have (none for most types).
    pub fn required_parts(self) -> &'static [Part] {
        match self {
            ReportType::RuleOfLaw => &Part::ALL,
            ReportType::InfoDisclosure => &Part::DISCLOSURE,
            _ => &[],
        }
    }

    /// The last day (`MM-DD` of the year after the one reported on) a report of this type is
    /// due: 法治政府 reports before 1 April (《规定》), 信息公开 reports by 31 January
    /// (《政府信息公开条例》第五十条).
    pub fn deadline(self) -> Option<&'static str> {
        match self {
            ReportType::RuleOfLaw => Some("03-31"),
            ReportType::InfoDisclosure => Some("01-31"),
            _ => None,
        }
    }
}

/// A GB/T 9704 heading: `一、` (level 1), `（一）` (2), `1.` (3), `（1）` (4).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Heading {
    pub level: u8,
    /// The marker as it should read (`四、`); for an inferred heading, the marker the
    /// sequence implies, since the source has none.
    pub marker: String,
    /// Heading text without the marker, up to the end of line or the first `。`.
    pub title: String,
    /// True when the marker was missing in the source and inferred from the sequence.
    pub inferred: bool,
    /// Which required part (R1–R5) this top-level section addresses, if any.
    pub part: Option<Part>,
    /// Marker plus title in the source.
    pub span: Span,
    /// From the heading to the start of the next heading of the same or a higher level.
    pub body: Span,
    /// Index of the enclosing heading in the outline.
    pub parent: Option<usize>,
}

/// An enumerated point inside a paragraph: `一是…`, `二是…`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub marker: String,
    /// The point's lead sentence, up to the first `。` / `；` (at most a line).
    pub title: String,
    pub section: Option<usize>,
    pub span: Span,
}

/// One quantity stated in the report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Metric {
    /// The number as written (`23.07` for `23.07亿元`, `5` for `五次`).
    pub value: Decimal,
    /// The unit as written, magnitude words included (`亿元`, `万人次`, `%`); `None` where the
    /// source dropped it.
    pub unit: Option<String>,
    pub qualifier: Option<Qualifier>,
    /// The qualifier word as written (`突破` for [`Qualifier::Over`]).
    pub qualifier_text: Option<String>,
    pub kind: MetricKind,
    /// For [`MetricKind::Change`]: which way it went.
    pub direction: Option<Direction>,
    /// What is counted, in the text's own words.
    pub label: String,
    /// Index of the innermost heading whose section holds the metric.
    pub section: Option<usize>,
    /// Qualifier + number + unit (`10余万元`), not the label.
    pub span: Span,
    /// The source text under `span`.
    pub text: String,
    /// The value multiplied out to a base unit (`23.07亿元` → 2307000000 元).
    pub base: Option<Base>,
    /// Canonical indicator id from the indicator dictionary, when one fits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicator: Option<String>,
    /// Set when the user corrected or added this metric: what it was before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correction: Option<MetricCorrection>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Base {
    pub value: Decimal,
    pub unit: Option<String>,
}

/// The closed set of qualifiers; see README for how written words map onto it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Qualifier {
    #[serde(rename = "余")]
    Yu,
    #[serde(rename = "多")]
    Duo,
    #[serde(rename = "近")]
    Nearly,
    #[serde(rename = "约")]
    About,
    #[serde(rename = "超")]
    Beyond,
    #[serde(rename = "超过")]
    Over,
    #[serde(rename = "以上")]
    AtLeast,
    #[serde(rename = "以下")]
    AtMost,
    #[serde(rename = "左右")]
    Around,
    #[serde(rename = "不到")]
    Under,
    #[serde(rename = "达")]
    Reaches,
    #[serde(rename = "均为")]
    Each,
}

impl Qualifier {
    /// The normalised word (`超过`, `以下` …), as serialised.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Yu => "余",
            Qualifier::Duo => "多",
            Qualifier::Nearly => "近",
            Qualifier::About => "约",
            Qualifier::Beyond => "超",
            Qualifier::Over => "超过",
            Qualifier::AtLeast => "以上",
            Qualifier::AtMost => "以下",
            Qualifier::Around => "左右",
            Qualifier::Under => "不到",
            Qualifier::Reaches => "达",
            Qualifier::Each => "均为",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MetricKind {
    Count,
    Percent,
    Money,
    Change,
    Duration,
    Other,
}

impl MetricKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MetricKind::Count => "count",
            MetricKind::Percent => "percent",
            MetricKind::Money => "money",
            MetricKind::Change => "change",
            MetricKind::Duration => "duration",
            MetricKind::Other => "other",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Up,
    Down,
}

/// A date or date range, kept apart from the metrics.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DateMention {
    pub text: String,
    /// ISO-like value: `2025`, `2025-06`, `2025-07-30`, ranges as `2021/2025`, `2023-01/2023-11`.
    pub value: String,
    pub span: Span,
    /// True when the date was read through a repair (`20256月` → 2025年6月).
    pub repaired: bool,
}

/// A relation the text lets us verify.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Check {
    pub kind: CheckKind,
    pub holds: bool,
    /// The relation written out, e.g. `93+26+28+16=163` or `2/50=4%`.
    pub relation: String,
    /// Indices into [`Report::metrics`].
    pub metrics: Vec<usize>,
    pub span: Span,
    /// Human-readable explanation (Chinese), e.g. what the computed value is.
    #[serde(default)]
    pub note: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CheckKind {
    /// Parts adding up to a stated whole.
    Sum,
    /// A percentage implied by counts.
    Rate,
    /// A part not larger than its whole (其中 breakdowns, 办结 ≤ 受理).
    Subset,
    /// The same quantity stated twice.
    Consistency,
    /// Required parts R1–R5 present.
    Completeness,
    /// Published before 1 April of the following year.
    Timeliness,
}

/// A text for people in both of Gangmu's languages: findings, decoding errors and notes, and
/// the web app's messages all use this one type, so every message reaches the UI in the
/// language it is showing (`{zh, en}` in the worker protocol).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Bilingual {
    pub zh: String,
    pub en: String,
}

impl Bilingual {
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Self {
        Bilingual {
            zh: zh.into(),
            en: en.into(),
        }
    }
}

/// Something the reader should know about the text or how it was read.
///
/// In JSON the message keeps the contract's two fields, `message` (English) and `message_zh`
/// (see `FindingJson`).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(from = "FindingJson")]
pub struct Finding {
    pub kind: FindingKind,
    pub message: Bilingual,
    pub span: Option<Span>,
}

/// A finding as the JSON contract writes it: `{kind, message, message_zh, span}`.
#[derive(Deserialize)]
struct FindingJson {
    kind: FindingKind,
    message: String,
    message_zh: String,
    span: Option<Span>,
}

impl From<FindingJson> for Finding {
    fn from(f: FindingJson) -> Self {
        Finding {
            kind: f.kind,
            message: Bilingual {
                zh: f.message_zh,
                en: f.message,
            },
            span: f.span,
        }
    }
}

/// Written field by field (not through a copy into `FindingJson`) in the contract's order.
impl Serialize for Finding {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Finding", 4)?;
        s.serialize_field("kind", &self.kind)?;
        s.serialize_field("message", &self.message.en)?;
        s.serialize_field("message_zh", &self.message.zh)?;
        s.serialize_field("span", &self.span)?;
        s.end()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    /// Page chrome (来源/发布日期/打印/关闭…) left out of the analysis.
    WebChrome,
    /// A second copy of the body left out.
    DuplicatedBody,
    /// A date read with a re-inserted 年/月/日 or range dash.
    DroppedDateChar,
    /// A heading whose numeral was inferred from the sequence.
    MissingNumeralHeading,
    /// A heading and its body fused on one line.
    InlineHeading,
    /// The title was split over several lines and joined.
    TitleSplit,
    /// No title line was found.
    NoTitle,
    /// A number directly followed by something that is not a unit.
    UnitMissing,
    /// Quote marks that do not pair up.
    UnbalancedQuotes,
    /// Whitespace or width variants that were normalised.
    Whitespace,
    /// Line breaks inside paragraphs (hard-wrapped text) read as running text.
    HardWrap,
    /// Traditional characters read as simplified for matching.
    Traditional,
    /// An arithmetic relation that does not hold.
    ArithmeticMismatch,
    /// A required part (R1–R5) is missing.
    MissingPart,
    /// Published late, or no publication date.
    Timeliness,
    /// Text that does not look like a report at all.
    NotAReport,
    /// The report is not a 法治政府建设年度报告 (a 政府工作报告, a 统计公报 …): says which type it
    /// is and which parts were checked.
    ReportType,
    Other,
}

/// The parts a report must have: R1–R5 for a 法治政府建设年度报告 (《法治政府建设与责任落实督察
/// 工作规定》), D1–D6 for a 政府信息公开工作年度报告 (the national template of 2021).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Part {
    /// 主要举措和成效
    R1,
    /// 存在的不足和原因
    R2,
    /// 党政主要负责人履行推进法治建设第一责任人职责
    R3,
    /// 下一年度的主要安排
    R4,
    /// 其他需要报告的情况
    R5,
    /// 总体情况
    D1,
    /// 主动公开政府信息情况
    D2,
    /// 收到和处理政府信息公开申请情况
    D3,
    /// 政府信息公开行政复议、行政诉讼情况
    D4,
    /// 政府信息公开工作存在的主要问题及改进情况
    D5,
    /// 其他需要报告的事项
    D6,
}

impl Part {
    /// The regulation's parts of a 法治政府建设年度报告.
    pub const ALL: [Part; 5] = [Part::R1, Part::R2, Part::R3, Part::R4, Part::R5];
    /// The six parts of a 政府信息公开工作年度报告.
    pub const DISCLOSURE: [Part; 6] = [Part::D1, Part::D2, Part::D3, Part::D4, Part::D5, Part::D6];

    /// Optional in practice: never a failed check when missing.
    pub fn optional(self) -> bool {
        matches!(self, Part::R5 | Part::D6)
    }

    pub fn code(self) -> &'static str {
        match self {
            Part::R1 => "R1",
            Part::R2 => "R2",
            Part::R3 => "R3",
            Part::R4 => "R4",
            Part::R5 => "R5",
            Part::D1 => "D1",
            Part::D2 => "D2",
            Part::D3 => "D3",
            Part::D4 => "D4",
            Part::D5 => "D5",
            Part::D6 => "D6",
        }
    }

    /// The regulation's own wording.
    pub fn requirement_zh(self) -> &'static str {
        match self {
            Part::R1 => "上一年度推进法治政府建设的主要举措和成效",
            Part::R2 => "上一年度推进法治政府建设存在的不足和原因",
            Part::R3 => {
                "上一年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况"
            }
            Part::R4 => "下一年度推进法治政府建设的主要安排",
            Part::R5 => "其他需要报告的情况",
            Part::D1 => "总体情况",
            Part::D2 => "主动公开政府信息情况",
            Part::D3 => "收到和处理政府信息公开申请情况",
            Part::D4 => "政府信息公开行政复议、行政诉讼情况",
            Part::D5 => "政府信息公开工作存在的主要问题及改进情况",
            Part::D6 => "其他需要报告的事项",
        }
    }

    pub fn requirement_en(self) -> &'static str {
        match self {
            Part::R1 => "main measures and results of the past year",
            Part::R2 => "shortcomings of the past year and their causes",
            Part::R3 => "how the principal Party and government leaders fulfilled their duty as first responsible persons",
            Part::R4 => "main plans for the coming year",
            Part::R5 => "other matters to report",
            Part::D1 => "overview",
            Part::D2 => "information disclosed on the government's own initiative",
            Part::D3 => "requests for disclosure received and handled",
            Part::D4 => "administrative reconsiderations and lawsuits about disclosure",
            Part::D5 => "main problems of the disclosure work and improvements",
            Part::D6 => "other matters to report",
        }
    }
}

/// Whether and where a required part is met.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartCoverage {
    pub part: Part,
    pub status: Coverage,
    /// The heading that meets it, if it has its own section.
    pub heading: Option<usize>,
    /// The heading or passage that meets it.
    pub span: Option<Span>,
    /// Explanation (Chinese), e.g. "仅在结尾段落提及，未说明原因".
    pub note: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Coverage {
    /// A section of its own.
    Heading,
    /// Only a passage inside another section.
    Passage,
    Missing,
}

/// A stretch of the input that is not report text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Removed {
    pub kind: FindingKind,
    pub span: Span,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Stats {
    /// Characters in the input.
    pub chars: usize,
    /// Characters of report text (chrome and duplicates left out).
    pub body_chars: usize,
}

/// The measures empirical studies of these reports use (domain research §2): length, number
/// density, the problems part and whether it gives causes, headings per required part,
/// timeliness, 纲要 areas touched, use of cases, and rates the report implies but does not print.
///
/// Every field has a default so JSON written before the profile existed still parses.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    /// Characters of report text, whitespace, chrome and duplicates left out.
    pub chars: usize,
    pub metrics: usize,
    /// Metrics per 1 000 characters of report text, two decimals.
    pub metrics_per_1000: f64,
    /// Metrics that have a canonical indicator.
    pub with_indicator: usize,
    /// Distinct indicators stated.
    pub indicators: usize,
    /// 纲要 task areas (1–10) with at least one indicator, ascending.
    pub areas: Vec<u8>,
    pub headings: usize,
    /// Headings inside the section of each required part (the part's own heading included).
    pub headings_per_part: Vec<PartHeadings>,
    /// Characters (whitespace left out) of the problems part (R2): its section, or the
    /// passage that states them.
    pub problems_chars: usize,
    /// `problems_chars` as a percentage of `chars`, two decimals.
    pub problems_share: f64,
    /// Whether the problems part gives causes (原因, 由于, 根源 …), not only shortcomings.
    pub causes_given: bool,
    /// Required parts R1–R4 met by a heading or a passage.
    pub parts_found: usize,
    /// Required parts R1–R4 met by a heading of their own.
    pub parts_with_heading: usize,
    /// `YYYY-03-31` of the year after the one reported on.
    pub deadline: Option<String>,
    /// Published by the deadline; `None` when the year or the publication date is unknown.
    pub on_time: Option<bool>,
    /// Mentions of cases and examples (案例, 典型, 例如): "运用事例少" is a common criticism.
    pub examples: usize,
    /// Rates the report's counts imply but the report does not print (纠错率 = 纠错 ÷ 审结).
    pub derived: Vec<DerivedRate>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartHeadings {
    pub part: Part,
    pub headings: usize,
}

/// A rate computed from two counts of the report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DerivedRate {
    /// The rate's indicator id (`fy_correct_rate`).
    pub indicator: String,
    /// Percent, two decimals.
    pub value: f64,
    /// `26/163`: numerator and denominator as printed.
    pub relation: String,
    /// Indices into [`Report::metrics`]: numerator, denominator.
    pub metrics: Vec<usize>,
}

/// Who issued a report, normalised (`柳州市司法局` → 柳州市 450200, 市, 司法局).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssuedBy {
    /// The region's name as the division list has it (`柳城县`), or a township as written
    /// (`城关镇`, which the list does not hold); `None` when no place was recognised.
    pub region: Option<String>,
    /// 6-digit 行政区划代码 (GB/T 2260); `None` for a township or an unresolved name.
    pub code: Option<String>,
    pub level: Option<Level>,
    /// 人民政府, 政府办公室 or a department (司法局, 市场监督管理局 …), canonical where the
    /// department table knows it, else as written.
    pub body: Option<String>,
    /// The enclosing regions, nearest first (鱼峰区 → 柳州市, 广西壮族自治区).
    pub parents: Vec<RegionRef>,
    /// How the region was decided; `ambiguous` leaves `code` empty and lists `candidates`.
    pub resolution: Resolution,
    /// The divisions an ambiguous name may be (新城区: 西安市 and 呼和浩特市).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<RegionRef>,
    /// The name the issuer used when it is a former one (横县, now 横州市).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub former_name: Option<String>,
    /// The code is a statistical one of the 国家统计局 (a 开发区 or 管理区), not a GB/T 2260
    /// administrative division.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub statistical: bool,
}

/// A division by code and name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegionRef {
    pub code: String,
    pub name: String,
    pub level: Level,
    /// For a candidate of an ambiguous name: its parents' names, outermost first
    /// (`陕西省西安市`), so people can tell the candidates apart.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub within: String,
}

/// Administrative level of a region: 省级, 地级 (市), 县级 (县), 乡级 (乡镇).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Level {
    #[serde(rename = "省")]
    Province,
    #[serde(rename = "市")]
    Prefecture,
    #[serde(rename = "县")]
    County,
    #[serde(rename = "乡镇")]
    Township,
}

impl Level {
    /// `省`, `市`, `县`, `乡镇` (as serialised).
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Province => "省",
            Level::Prefecture => "市",
            Level::County => "县",
            Level::Township => "乡镇",
        }
    }

    pub fn en(self) -> &'static str {
        match self {
            Level::Province => "province",
            Level::Prefecture => "prefecture",
            Level::County => "county",
            Level::Township => "township",
        }
    }
}

/// How an issuer's region was decided.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Resolution {
    /// The name belongs to one division only.
    Unique,
    /// Other place names in the issuer settled it (柳州市城中区).
    Issuer,
    /// The report's other place names settled it (新城区 in a text that names 西安).
    Context,
    /// Several divisions carry the name and the report does not say which: see `candidates`.
    Ambiguous,
    /// The user corrected the issuer (or set the region), and it names one division.
    Corrected,
    /// No division was recognised in the issuer.
    #[default]
    Unknown,
}

impl Resolution {
    /// The JSON name (`unique`, `context`, `ambiguous` …).
    pub fn code(self) -> &'static str {
        match self {
            Resolution::Unique => "unique",
            Resolution::Issuer => "issuer",
            Resolution::Context => "context",
            Resolution::Ambiguous => "ambiguous",
            Resolution::Corrected => "corrected",
            Resolution::Unknown => "unknown",
        }
    }
}

/// How the user changed a metric: added it, or edited it (its fields as extracted kept).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MetricCorrection {
    /// True when the user added the metric (the extractor had missed it).
    #[serde(default)]
    pub added: bool,
    /// The metric as extracted, before the user's edits (absent for an added metric).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original: Option<OriginalMetric>,
    /// Ids of the corrections that shaped this metric, oldest first (its history).
    #[serde(default)]
    pub ids: Vec<String>,
}

/// The fields of a metric that a user can correct, set or add: what an added metric is made of
/// ([`crate::corrections::NewMetric`]) and what a corrected one was before its first correction
/// ([`OriginalMetric`]). One type, so the two can never drift apart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MetricFields {
    pub value: Decimal,
    #[serde(default)]
    pub unit: Option<String>,
    #[serde(default)]
    pub qualifier: Option<Qualifier>,
    pub kind: MetricKind,
    #[serde(default)]
    pub direction: Option<Direction>,
    #[serde(default)]
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicator: Option<String>,
}

impl From<&Metric> for MetricFields {
    fn from(m: &Metric) -> MetricFields {
        MetricFields {
            value: m.value,
            unit: m.unit.clone(),
            qualifier: m.qualifier,
            kind: m.kind,
            direction: m.direction,
            label: m.label.clone(),
            indicator: m.indicator.clone(),
        }
    }
}

/// A corrected metric's fields as they were extracted, before the user's first correction.
pub type OriginalMetric = MetricFields;

/// One correction of the user's and what became of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AppliedCorrection {
    pub id: String,
    pub status: CorrectionStatus,
    pub target: CorrectionTarget,
    /// `edit`, `remove`, `add` or `review`.
    pub action: String,
    /// The field changed (`label`, `value`, … `title`, `published`), for edits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Where it applies in the text as read now (an anchored correction that found its place).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// The value before, as text (`98%`, `柳城县`); absent for an addition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original: Option<String>,
    /// The value after, as text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Why a correction was not applied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<UnplacedReason>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CorrectionStatus {
    Applied,
    /// It no longer finds its place (the text changed, or the metric is gone): listed, not
    /// dropped, so the user can redo it.
    Unplaced,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CorrectionTarget {
    Metric,
    Fact,
    Finding,
}

/// Why a correction did not find its place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UnplacedReason {
    /// The text it was anchored to is not in the report any more.
    TextNotFound,
    /// The text occurs several times and its context does not tell which.
    Ambiguous,
    /// The text is there, but no metric stands on it (and the correction is not an addition).
    NoMetric,
    /// The metric was removed by an earlier correction.
    Removed,
    /// The text is in a part left out of the analysis (page chrome, a duplicated body).
    LeftOut,
    /// No finding of that kind stands there.
    NoFinding,
    /// The value is not valid for the field (a publication date that is not a date).
    Invalid,
}

impl UnplacedReason {
    /// Why, in both languages (the web app lists unplaced corrections with it).
    pub fn message(self) -> Bilingual {
        Bilingual::new(self.message_zh(), self.message_en())
    }

    pub fn message_zh(self) -> &'static str {
        match self {
            UnplacedReason::TextNotFound => "原文中已找不到该处文字",
            UnplacedReason::Ambiguous => "该处文字出现多次，无法确定位置",
            UnplacedReason::NoMetric => "该处已无指标",
            UnplacedReason::Removed => "该指标已被移除",
            UnplacedReason::LeftOut => "该处文字不在分析范围内（网页栏目或重复正文）",
            UnplacedReason::NoFinding => "该处已无此类核查发现",
            UnplacedReason::Invalid => "修改值无效",
        }
    }

    pub fn message_en(self) -> &'static str {
        match self {
            UnplacedReason::TextNotFound => "the text it was made on is no longer in the report",
            UnplacedReason::Ambiguous => {
                "the text occurs several times and its context does not tell which"
            }
            UnplacedReason::NoMetric => "there is no metric at that place any more",
            UnplacedReason::Removed => "the metric was removed by an earlier correction",
            UnplacedReason::LeftOut => "the text is in a part left out of the analysis",
            UnplacedReason::NoFinding => "there is no such finding at that place any more",
            UnplacedReason::Invalid => "the new value is not valid",
        }
    }
}

/// A finding the user looked at.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FindingReview {
    /// Index into [`Report::findings`].
    pub finding: usize,
    pub status: ReviewStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The correction that recorded it.
    pub id: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReviewStatus {
    /// Looked at and confirmed.
    Reviewed,
    /// Looked at and judged not to be a problem.
    Dismissed,
}
