//! Named rules that reject a numeral as a metric: markers, ordinals, names, slogans,
//! enumerations and numbers with no unit. Each rule has a name, so tests (and readers) can see
//! which one turned a number away.

use super::unit::Unit;
use crate::lexicon::{segment, units};
use crate::metrics::{context, label};
use crate::model::MetricKind;
use crate::numeral::Numeral;
use crate::outline::Outline;
use crate::text::CjkSet;

/// Why a numeral is not a metric.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Reject {
    /// A lone Chinese 一: an idiom or a marker (一是, 进一步, 一站式), never a count.
    LoneYi,
    /// A heading marker (1. / (1) / 一、).
    Marker,
    /// 第三批, 党的二十大, 二十届, 成立75周年.
    Ordinal,
    /// The number of a plenum or session: 十一届三次、四次全会, 县十六届人大三次会议.
    Session,
    /// Part of a plan or campaign name (十四五, 三重一大), a survey's sampling rate (5‰人口变动抽样调查).
    Name,
    /// 3+X, 1+5+N, 5G.
    ModelName,
    /// 查看: 21249次 — a counter of the web page, not of the report.
    PageCounter,
    /// 5年来, 10年以来: a span of years up to now.
    YearsToNow,
    /// 图1:, 表5-1: the number of a figure's or a table's caption.
    Caption,
    /// 投资10亿元以上项目10个, 500千伏输变电工程, 10至500万元项目累计投资0.54亿元: the figure names a
    /// class of the thing counted.
    Class,
    /// 在全国168城市中排名第145位, 退出全省158县区“后20”: the size of the set a rank is taken in.
    RankingSet,
    /// A number spelling out a model just named (1+3…，即针对1个重大项目).
    ExplainsModel,
    /// A Chinese numeral without a counting classifier (三大平台) or a count of one.
    Uncounted,
    /// A Chinese-numeral count of an enumeration noun (四个方面, 五大领域).
    Enumeration,
    /// A Chinese numeral inside “…” (“三个一”).
    Quoted,
    /// A number inside a document's name: 《…全面提质 23 条措施》.
    BookTitle,
    /// The value of a disclosure table's metadata cell (索引号 | /2025-0000): an index or a
    /// document number, not a figure of the report.
    Metadata,
    /// 两 after 、 or 和: part of a list of names (一府两院, 一规划两纲要).
    ListedTwo,
    /// A Chinese numeral with no unit at all.
    ChineseWithoutUnit,
    /// 24小时备勤, 15分钟…圈, a time or a distance in quotes (“1小时城市圈”).
    Slogan,
    /// An Arabic number with no unit, where none was plainly dropped.
    NoUnit,
}

/// A rule on the words around the number at `start..end`.
type ContextRule = fn(&str, usize, usize) -> bool;

/// A lone Chinese 一 ([`Reject::LoneYi`]): rejected first, whatever stands around it.
pub(in crate::metrics) fn is_lone_yi(n: &Numeral) -> bool {
    n.chinese && n.magnitude.is_none() && n.value.to_i64() == Some(1)
}

/// The rules decided before the unit is read, from the words around the numeral.
pub(super) fn before_unit(text: &str, at: usize, n: &Numeral, outline: &Outline) -> Option<Reject> {
    rules_before_unit(text, at, n, outline, true)
}

/// [`before_unit`]; `look_first`: tell from the characters right before and after the number
/// whether the rules that need a mark there can answer at all (most numbers stand between a Han
/// character and their unit), and ask only the three that read further when they cannot.
fn rules_before_unit(
    text: &str,
    at: usize,
    n: &Numeral,
    outline: &Outline,
    look_first: bool,
) -> Option<Reject> {
    // Decided before any context is read, since 一 is by far the most frequent numeral.
    if is_lone_yi(n) {
        return Some(Reject::LoneYi);
    }
    let end = n.end;
    if look_first && !marked_around(text, at, end) {
        let far: [(ContextRule, Reject); 3] = [
            (context::is_named, Reject::Name),
            (context::explains_model, Reject::ExplainsModel),
            (context::in_book_title, Reject::BookTitle),
        ];
        return far
            .iter()
            .find(|(rule, _)| rule(text, at, end))
            .map(|&(_, why)| why);
    }
    let rules: [(ContextRule, Reject); 10] = [
        (context::is_ordinal, Reject::Ordinal),
        (context::is_session, Reject::Session),
        (context::is_named, Reject::Name),
        (context::is_ranked, Reject::Name),
        (context::is_years_to_now, Reject::YearsToNow),
        (context::is_caption, Reject::Caption),
        (context::is_model_name, Reject::ModelName),
        (context::explains_model, Reject::ExplainsModel),
        (context::is_page_counter, Reject::PageCounter),
        (context::in_book_title, Reject::BookTitle),
    ];
    if is_marker(text, at, end, outline) {
        return Some(Reject::Marker);
    }
    rules
        .iter()
        .find(|(rule, _)| rule(text, at, end))
        .map(|&(_, why)| why)
}

/// The first characters of `ranked_after` and `years_to_now` (`lexicon/names.toml`), derived
/// from the lists: what [`context::is_ranked`] and [`context::is_years_to_now`] need right after a
/// number.
static AFTER_NAME_FIRSTS: CjkSet = CjkSet::first_chars(crate::lexicon::data::names::RANKED_AFTER);
static AFTER_YEARS_FIRSTS: CjkSet = CjkSet::first_chars(crate::lexicon::data::names::YEARS_TO_NOW);
/// The last characters of `view_counters` (`lexicon/chrome.toml`): what
/// [`context::is_page_counter`] needs right before a number (after the spaces and colons it
/// trims).
static VIEW_COUNTER_LASTS: CjkSet = CjkSet::last_chars(crate::lexicon::data::chrome::VIEW_COUNTERS);

/// Whether a rule of [`before_unit`] other than [`context::is_named`],
/// [`context::explains_model`] and [`context::in_book_title`] (which read further) can answer
/// yes for the number at `at..end`, from the characters right before and after it: each needs
/// one of a few marks there (a ( or 、 of a marker, 第 or 届 of an ordinal, 次 of a session, a
/// plus sign or a letter of a model name, a colon of a caption or a page counter …). One look
/// at two characters, shared by seven rules that each decoded them on their own.
fn marked_around(text: &str, at: usize, end: usize) -> bool {
    let before = text[..at].chars().next_back();
    let Some(after) = text[end..].chars().next() else {
        // (A caption's number may end the text.)
        return true;
    };
    let plus_or_letter = |c: char| matches!(c, '+' | '＋' | '×') || c.is_ascii_alphabetic();
    // is_marker (may_be_marker), is_ordinal, is_session, is_ranked, is_years_to_now,
    // is_caption, is_model_name, is_page_counter (paged_count): the character after.
    let after_marks = matches!(
        after,
        '、' | '.'
            | ')'
            | '）'
            | '是'
            | '届'
            | '大'
            | ' '
            | '周'
            | '次'
            | ':'
            | '：'
            | '-'
            | '－'
            | '\n'
            | '\u{3000}'
            | '篇'
    ) || plus_or_letter(after)
        || AFTER_NAME_FIRSTS.contains(after)
        || AFTER_YEARS_FIRSTS.contains(after);
    // is_marker, is_ordinal (第, 第 , 届), is_model_name, is_page_counter (the counter word
    // or the spaces and colons after it): the character before.
    let before_marks = before.is_some_and(|c| {
        matches!(c, '(' | '（' | '第' | '届' | ' ' | ':' | '：' | '\u{a0}')
            || plus_or_letter(c)
            || VIEW_COUNTER_LASTS.contains(c)
    });
    // is_model_name's version (服务业扩大开放2.0方案): the number's own shape.
    let version = matches!(&text.as_bytes()[at..end], [b'1'..=b'9', b'.', b'0']);
    after_marks || before_marks || version
}

/// The rules that need the unit. `in_cell`: the number fills a cell of a table, where no words
/// stand around it.
pub(super) fn after_unit(
    text: &str,
    at: usize,
    n: &Numeral,
    unit: &Unit<'_>,
    in_cell: bool,
) -> Option<Reject> {
    let pos = n.end;
    // Written in Chinese from its first character: 2万5千 starts with a digit and counts as
    // written in figures (2万5千公里 is a distance).
    let chinese = n.chinese && !text[at..].starts_with(|c: char| c.is_ascii_digit());
    // A count in quotes whose counted noun is itself counted (“3个一批”, “5个1工程”) names a slogan;
    // a count of a thing in quotes (赠送“4枚印章”) is a count.
    if !unit.text.is_empty() && context::quoted_slogan(text, at, unit.end) {
        return Some(Reject::Quoted);
    }
    // A time or a distance inside “…” (“1小时城市圈”, “15分钟”托育服务, “应急管理30分钟”) names a
    // service radius or a programme: a slogan's measure, not a figure of the year. (A count in
    // quotes, 赠送“4枚印章”, stays a count.)
    if is_radius_unit(unit) && context::in_quotes(text, at, unit.end) {
        return Some(Reject::Slogan);
    }
    // 根据2024年5‰人口变动抽样调查: the sampling rate names the survey.
    if unit.kind == MetricKind::Percent
        && crate::lexicon::data::names::SAMPLE_SURVEYS
            .iter()
            .any(|w| text[unit.end..].starts_with(w))
    {
        return Some(Reject::Name);
    }
    // 积石山县6.2级地震灾后重建: the magnitude names the quake the programme is for.
    if unit.text == "级"
        && crate::lexicon::data::names::GRADED_EVENTS
            .iter()
            .any(|w| text[unit.end..].starts_with(w))
    {
        return Some(Reject::Name);
    }
    // 深入实施三个“一号工程”, 两个“毫不动摇”: a count in Chinese numerals right before a quoted
    // name counts a slogan's items, as 四个方面 does (a count in figures before quotes stays one:
    // 上线112个“一件事”集成服务).
    if chinese && !unit.text.is_empty() && text[unit.end..].starts_with('“') {
        return Some(Reject::Quoted);
    }
    // 其他需要报告的事项6个部分组成: the report's parts, closing the list of them.
    if !chinese && unit.magnitude_power == 0 && context::closes_parts_list(text, at, unit.end) {
        return Some(Reject::Enumeration);
    }
    if chinese && !unit.text.is_empty() {
        // A magnitude makes it a quantity whatever the unit (超两亿元); otherwise only
        // counting classifiers do (五次, 两镇), and a bare 一 is an idiom (一站式, 一府两院).
        // Per cent (百分之九十五), money (一万零十二元) and tenths (六成) are quantities too.
        let counted = unit.magnitude_power > 0
            || unit.percent_prefix
            || units::is_chinese_count_unit(unit.text)
            || matches!(
                unit.kind,
                MetricKind::Money | MetricKind::Percent | MetricKind::Duration
            );
        if !counted || n.value.to_i64() == Some(1) && unit.magnitude_power == 0 {
            return Some(Reject::Uncounted);
        }
        if context::is_enumeration(&text[unit.end..]) {
            return Some(Reject::Enumeration);
        }
        if context::in_quotes(text, at, unit.end) {
            return Some(Reject::Quoted);
        }
        if n.value.to_i64() == Some(2) && text[..at].ends_with(['、', '和']) {
            return Some(Reject::ListedTwo);
        }
        if restates_list(text, at, n) {
            return Some(Reject::Enumeration);
        }
    }
    if !unit.text.is_empty() && (names_class(text, unit.end, unit.text) || range_class(text, unit))
    {
        return Some(Reject::Class);
    }
    if chinese && unit.text.is_empty() && !unit.percent_prefix {
        return Some(Reject::ChineseWithoutUnit);
    }
    if !unit.text.is_empty() && context::is_slogan(text, at, unit.end, unit.text) {
        return Some(Reject::Slogan);
    }
    let unit_missing = is_unit_missing(unit);
    // (Asked only of numbers without a unit, as an index or a document number has none.)
    if unit_missing && context::in_metadata_cell(text, at, pos) {
        return Some(Reject::Metadata);
    }
    if unit_missing && !in_cell && !dropped_unit(text, at, pos, n) {
        return Some(Reject::NoUnit);
    }
    if unit_missing && context::is_slogan(text, at, pos, "") {
        return Some(Reject::Slogan);
    }
    names_a_set_or_rank(text, at, pos, unit, chinese)
}

/// The rules for a figure every rule above let through (asked last: of the numbers that would
/// be metrics only, not of every numeral read): an ordinal without its 第 (二轮), the size of a
/// ranking's set (168城市中排名), a place in a ranking (前10名), a magnitude's tier (十亿级) and a
/// count of digits (两位数).
fn names_a_set_or_rank(
    text: &str,
    at: usize,
    pos: usize,
    unit: &Unit<'_>,
    chinese: bool,
) -> Option<Reject> {
    use crate::lexicon::data::names::{DIGIT_AFTER, DIGIT_UNITS, TIER_UNITS};
    // 土地二轮延包, 二次创业, 二季度: a lone 二 before its unit is an ordinal that left out its
    // 第; a count of two is written 两 (两轮, 两次, 两个).
    if chinese
        && !unit.text.is_empty()
        && unit.magnitude_power == 0
        && !unit.percent_prefix
        && &text[at..pos] == "二"
    {
        return Some(Reject::Ordinal);
    }
    if matches!(unit.kind, MetricKind::Count) && ranking_set(text, unit.end) {
        return Some(Reject::RankingSet);
    }
    if rank_place(text, at, unit) {
        return Some(Reject::Ordinal);
    }
    // 十亿级台阶, 千亿级产业: a magnitude's tier; 两位数增长: a count of digits.
    let tier = unit.magnitude_power > 0 && crate::text::is_one_of(unit.text, TIER_UNITS);
    let digits = crate::text::is_one_of(unit.text, DIGIT_UNITS)
        && DIGIT_AFTER
            .iter()
            .any(|w| crate::text::starts_with_str(&text[unit.end..], w));
    (tier || digits).then_some(Reject::Name)
}

/// A unit of time (小时, 分钟, 个工作日 …) or of length (公里, 米 …): what a slogan's radius or a
/// programme's name measures itself in.
fn is_radius_unit(unit: &Unit<'_>) -> bool {
    // (Lengths are of kind Other: the list is read only for those.)
    !unit.text.is_empty()
        && (unit.kind == MetricKind::Duration
            || unit.kind == MetricKind::Other
                && crate::lexicon::data::units::measure::LENGTH.contains(&unit.text))
}

/// No unit, no 百分之 and no magnitude: the unit was dropped, if this is a metric at all.
pub(super) fn is_unit_missing(unit: &Unit<'_>) -> bool {
    unit.text.is_empty() && !unit.percent_prefix && unit.magnitude_power == 0
}

/// Heading markers (1. / (1) / 一、) are not numbers of the report.
fn is_marker(text: &str, at: usize, end: usize, outline: &Outline) -> bool {
    may_be_marker(text, at, end) && marker_at(text, at, end, outline)
}

/// Whether the characters on either side of the number leave [`marker_at`] anything to find:
/// each of its answers needs a 、 . ) ） or 是 right after the number or a ( （ right before it.
/// Most numbers have a unit after them, and this test spares them the outline's binary search
/// and the look back to the line's start (asked of every number read).
fn may_be_marker(text: &str, at: usize, end: usize) -> bool {
    text[end..].starts_with(['、', '.', ')', '）', '是']) || text[..at].ends_with(['(', '（'])
}

/// [`is_marker`] without its pretest.
fn marker_at(text: &str, at: usize, end: usize, outline: &Outline) -> bool {
    let k = outline.ranges.partition_point(|&(s, _)| s <= at);
    let in_heading = k > 0 && {
        let (s, e) = outline.ranges[k - 1];
        at < e && text[s..at].chars().count() <= 4
    };
    if in_heading {
        let after = &text[end..];
        return after.starts_with(['、', '.', ')', '）']) || text[..at].ends_with(['(', '（']);
    }
    // What stands between the line start and the number, if it is short (a marker's "(").
    let lead = crate::text::line_prefix(text, at, 8).map(crate::text::trim);
    let lead = lead.unwrap_or("-");
    let after = &text[end..];
    let marker_sep = after.strip_prefix(['、', '.']);
    (lead.is_empty() && marker_sep.is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_digit())))
        || (matches!(lead, "(" | "（") && after.starts_with([')', '）']))
        || after.starts_with('是') && text[at..end].chars().all(crate::text::is_chinese_digit)
}

/// A plain number with no unit is still a metric when a unit was evidently dropped
/// (提出修改建议65审查…, 案例10;, 每月200“以奖代补”): Arabic, after words, before a clause end
/// or more words — never glued to 年 (连续8年, 近3年: a span of years; 年 is no unit, and a year
/// itself is a date).
fn dropped_unit(text: &str, at: usize, end: usize, n: &Numeral) -> bool {
    if n.chinese || n.per.is_some() {
        return false;
    }
    let before = text[..at].chars().next_back();
    let after = text[end..].chars().next();
    let word_before = before.is_some_and(|c| crate::text::is_cjk(c) || c == '”');
    let fits_after = match after {
        None => true,
        Some(c) => label::is_boundary(c) || crate::text::is_cjk(c) || c == '“',
    };
    // Quoted numbers without a unit are names (“321”工作法).
    let quoted = text[..at].ends_with(['“', '"']) || text[end..].starts_with(['”', '"']);
    word_before
        && fits_after
        && !quoted
        && !matches!(after, Some('.'))
        && !names_next(&text[end..])
        && !is_footnote(text, at, end)
        && !in_address(text, at, end)
        && !is_dialled(&text[..at])
        && !text[end..].starts_with('年')
}

/// A telephone number right after the word that dials it (拨打12345反映问题, 举报电话96315): a number
/// to call, not a count. Asked only of a number with no unit (words in `lexicon/names.toml`).
fn is_dialled(before: &str) -> bool {
    crate::lexicon::data::names::DIALLED_AFTER
        .iter()
        .any(|w| before.ends_with(w))
}

/// A number of a postal address (…九莲南路399号…8楼, 联系地址:…政府大楼5楼528;): a house, a floor or a
/// room, never a count. Asked only of a number that has no unit, so it costs nothing elsewhere;
/// the look back stops at the clause (words in `lexicon/names.toml`).
fn in_address(text: &str, at: usize, end: usize) -> bool {
    use crate::lexicon::data::names;
    if text[end..].starts_with(names::ADDRESS_AFTER_CHARS) {
        return true;
    }
    let head = crate::text::window(text, at.saturating_sub(150), at);
    let clause = head
        .rfind([',', '，', ';', '；', '。', '\n'])
        .map_or(head, |i| &head[i..]);
    crate::text::contains_any(clause, names::ADDRESS_LABELS)
}

/// A one- or two-digit number right after a figure's unit and before a clause end
/// (全国发电量77790.6亿千瓦时1，同比增长3.7%): a note's reference flattened from superscript.
fn is_footnote(text: &str, at: usize, end: usize) -> bool {
    if end - at > 2 || !text[end..].chars().next().is_none_or(label::is_boundary) {
        return false;
    }
    let before = &text[..at];
    before.char_indices().rev().take(4).any(|(i, _)| {
        units::match_unit(&before[i..]).is_some_and(|u| u.len == at - i)
            && before[..i]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_digit() || crate::text::one_of(c, "十百千万亿"))
    })
}

/// A number glued to a short noun that another number follows at once (受理答复8890诉求655件,
/// 对2市4县6个省直单位): the number names the noun (a hotline) or counts it with the noun as its
/// classifier; no unit was dropped, and the figure of the phrase is the one after.
fn names_next(after: &str) -> bool {
    let noun = after
        .chars()
        .take_while(|&c| crate::text::is_cjk(c) && !crate::text::is_chinese_digit(c))
        .take(4)
        .count();
    (1..=3).contains(&noun) && after.chars().nth(noun).is_some_and(|c| c.is_ascii_digit())
}

/// A figure that names a class of the thing counted after it: a voltage glued to its noun
/// (500千伏输变电工程, 110千伏变电站), or a bound, a short noun and another figure
/// (投资10亿元以上项目10个, 60周岁以上老人1200人). Words in `lexicon/names.toml`.
fn names_class(text: &str, unit_end: usize, unit: &str) -> bool {
    use crate::lexicon::data::names;
    let after = &text[unit_end..];
    if names::CLASS_UNITS.contains(&unit) {
        return after.starts_with(|c: char| crate::text::is_cjk(c) && !label::is_boundary(c));
    }
    if let Some(rest) = names::CLASS_BOUNDS
        .iter()
        .find_map(|b| after.strip_prefix(*b))
    {
        return noun_then_figure(rest, MAX_CLASS_NOUN_CHARS);
    }
    // 经营性收入达到100万元的村2个: a band of the noun after 的.
    names::CLASS_OF
        .iter()
        .find_map(|b| after.strip_prefix(*b))
        .is_some_and(|rest| noun_then_figure(rest, MAX_CLASS_OF_NOUN_CHARS))
}

/// The longest noun of a class after its bound (以上项目10个, 60周岁以上老人1200人).
const MAX_CLASS_NOUN_CHARS: usize = 6;
/// The longest noun of a band after 的 (的村2个, 的企业3家).
const MAX_CLASS_OF_NOUN_CHARS: usize = 3;

/// A short noun (at most `max` characters, a link word such as 共有 after it left out) and at once
/// a figure in figures (`项目10个`, `项目累计投资4.86亿元`, `黄牛养殖企业共有42家`): what follows a
/// class's bound, the thing counted and its count.
fn noun_then_figure(rest: &str, max: usize) -> bool {
    use crate::lexicon::data::names::CLASS_LINKS;
    let (mut chars, mut end) = (0, rest.len());
    for (i, c) in rest.char_indices() {
        if !crate::text::is_cjk(c) || crate::text::is_chinese_digit(c) || chars > max + 2 {
            end = i;
            break;
        }
        chars += 1;
    }
    if !rest[end..].starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let noun = &rest[..end];
    let noun = CLASS_LINKS
        .iter()
        .find_map(|l| noun.strip_suffix(*l))
        .filter(|n| !n.is_empty())
        .unwrap_or(noun);
    (1..=max).contains(&noun.chars().count())
}

/// 进入全省前10名, 排名前3位: a place in a ranking, not a count (此前10名干部 is one). Words in
/// `lexicon/names.toml`.
fn rank_place(text: &str, at: usize, unit: &Unit<'_>) -> bool {
    use crate::lexicon::data::names::{RANK_BOUNDS, RANK_SCOPE_END_CHARS, RANK_UNITS};
    crate::text::is_one_of(unit.text, RANK_UNITS)
        && RANK_BOUNDS.iter().any(|b| {
            text[..at]
                .strip_suffix(*b)
                .is_some_and(|h| h.ends_with(RANK_SCOPE_END_CHARS))
        })
}

/// Whether the count ending at `unit_end` is the size of a set a rank is taken in: its set's noun
/// (up to four characters), then 中 and a ranking word (在全国168城市中排名第145位) or a quoted
/// tail of the ranking (退出168城市“后20”, 全省158县区“后20”). Words in `lexicon/names.toml`.
fn ranking_set(text: &str, unit_end: usize) -> bool {
    /// The set's noun after the count: 城市, 县区, 个地市.
    const MAX_SET_NOUN_CHARS: usize = 4;
    // Pretest (asked of every count that would be a metric): where a word of `ranking_within`
    // or `ranking_tails` would start after a noun of one to four Chinese characters (three bytes
    // each), the two bytes there are one of those words' first two ([`RANKING_STARTS`], derived
    // from the lists at compile time).
    let bytes = text.as_bytes();
    (1..=MAX_SET_NOUN_CHARS).any(|k| {
        let at = unit_end + 3 * k;
        at + 1 < bytes.len() && RANKING_STARTS.contains(&[bytes[at], bytes[at + 1]])
    }) && ranking_set_at(text, unit_end)
}

/// The first two bytes of each word of `ranking_within` and `ranking_tails` (lexicon/names.toml).
const RANKING_STARTS: [[u8; 2]; RANKING_WORDS] = {
    use crate::lexicon::data::names::{RANKING_TAILS, RANKING_WITHIN};
    let mut out = [[0u8; 2]; RANKING_WORDS];
    let mut k = 0;
    while k < RANKING_WORDS {
        let w = if k < RANKING_WITHIN.len() {
            RANKING_WITHIN[k].as_bytes()
        } else {
            RANKING_TAILS[k - RANKING_WITHIN.len()].as_bytes()
        };
        out[k] = [w[0], w[1]];
        k += 1;
    }
    out
};
const RANKING_WORDS: usize = crate::lexicon::data::names::RANKING_WITHIN.len()
    + crate::lexicon::data::names::RANKING_TAILS.len();

/// [`ranking_set`] without its pretest.
fn ranking_set_at(text: &str, unit_end: usize) -> bool {
    use crate::lexicon::data::names::{RANKING_IN, RANKING_TAILS, RANKING_WITHIN};
    /// The set's noun after the count: 城市, 县区, 个地市.
    const MAX_SET_NOUN_CHARS: usize = 4;
    let after = crate::text::window(text, unit_end, unit_end + 3 * MAX_SET_NOUN_CHARS + 12);
    for (i, c) in after.char_indices().take(MAX_SET_NOUN_CHARS + 1) {
        let rest = &after[i..];
        if i > 0 {
            let ranked = RANKING_WITHIN.iter().any(|w| {
                rest.strip_prefix(*w)
                    .is_some_and(|r| RANKING_IN.iter().any(|v| r.starts_with(v)))
            });
            let tail = || {
                RANKING_TAILS.iter().any(|w| {
                    rest.strip_prefix(*w).is_some_and(|r| {
                        r.starts_with(|d: char| {
                            d.is_ascii_digit() || crate::text::is_chinese_digit(d)
                        })
                    })
                })
            };
            if ranked || tail() {
                return true;
            }
        }
        if !crate::text::is_cjk(c) || label::is_boundary(c) {
            return false;
        }
    }
    false
}

/// Either end of a range that, with a short noun and another figure after its unit, is a class
/// of the thing counted, as a bound's figure is (`10至500万元项目累计投资0.54亿元`: projects of
/// 10 to 500 万元 invested 0.54 亿元; `18至35岁青年1200人`). The lower end's unit is the upper
/// end's, found after the dash.
fn range_class(text: &str, unit: &Unit<'_>) -> bool {
    /// The dash and the upper end before its unit are short.
    const UPPER_WITHIN: usize = 24;
    if !(unit.range_lower || unit.range_high) {
        return false;
    }
    let end = if unit.range_high {
        unit.end
    } else {
        let ahead = crate::text::window(text, unit.end, unit.end + UPPER_WITHIN);
        match ahead.find(unit.text) {
            Some(i) => unit.end + i + unit.text.len(),
            None => return false,
        }
    };
    noun_then_figure(&text[end..], MAX_CLASS_NOUN_CHARS)
}

/// A Chinese-numeral count that restates the list right before it (听取了守法普法、司法、执法三个
/// 协调小组…汇报; 守住发展和生态两条底线): as many items as the count, the last one short and glued
/// to the numeral. Such
/// a count names the set just listed (as 四个方面 does); it measures nothing.
fn restates_list(text: &str, at: usize, n: &Numeral) -> bool {
    let Some(count) = n.value.to_i64().filter(|v| (2..=10).contains(v)) else {
        return false;
    };
    let head = crate::text::window(text, at.saturating_sub(120), at);
    if head.ends_with(['”', '"']) {
        return quoted_run(head) == count;
    }
    let clause = head
        .rfind(['，', ',', '。', '；', ';', '：', ':', '\n'])
        .map_or(head, |i| &head[i..]);
    // Items are split by 、, the last two also by 和/与/及 (发展和生态两条底线; 甲、乙和丙三个).
    let commas = clause.matches('、').count() as i64;
    let tail = clause
        .rfind('、')
        .map_or(clause, |i| &clause[i + '、'.len_utf8()..]);
    // A conjunction standing as a word of its own (not the 及 of 涉及金额超两亿元).
    let conjunction = tail
        .rfind(['和', '与', '及'])
        .filter(|&j| j > 0 && segment::is_word_at(text, at - tail.len() + j, &tail[j..j + 3]));
    let (items, last_item) = match conjunction {
        Some(j) => (commas + 2, &tail[j + '和'.len_utf8()..]),
        _ if commas > 0 => (commas + 1, tail),
        _ => return false,
    };
    let short = (1..=5).contains(&last_item.chars().count())
        && last_item
            .chars()
            .all(|c| crate::text::is_cjk(c) && !label::is_boundary(c));
    short && items == count
}

/// The number of names in quotes that end `head`, one after another (`“收件即受理”“首席事务代表
/// 制”“告知承诺制”`, also with 、 or 和 between them): a count glued to such a run (…”三项改革)
/// restates the names just listed. 0 when an item is unclosed or long (a quotation, not a name).
fn quoted_run(head: &str) -> i64 {
    /// A name in quotes is short; a quoted sentence is not a list's item.
    const MAX_NAME_CHARS: usize = 24;
    let mut rest = head;
    let mut items = 0;
    while let Some(inner) = rest.strip_suffix(['”', '"']) {
        let Some(open) = inner.rfind(['“', '"']) else {
            return 0;
        };
        let quote = inner[open..].chars().next().map_or(1, char::len_utf8);
        let name = &inner[open + quote..];
        if name.chars().count() > MAX_NAME_CHARS || name.contains(['。', '，', ',', '；']) {
            return 0;
        }
        items += 1;
        rest = inner[..open].trim_end_matches(['、', '和', '及', '与']);
    }
    items
}

#[cfg(test)]
mod tests {
    /// The pretest of [`super::ranking_set`] keeps every set the full rule finds: at every
    /// position of the seeds and of blind22 菏泽's sentences.
    #[test]
    fn the_ranking_pretest_keeps_every_set() {
        let mut texts = crate::test_seeds::seed_texts();
        texts.push("在全国168城市中排名第145位(倒24),连续两年退出168城市“后20”,首次实现10个县区全部退出全省158县区“后20”,全市16个乡镇中排名第一。".into());
        let mut sets = 0;
        for t in &texts {
            for at in (0..t.len()).filter(|&i| t.is_char_boundary(i)) {
                if super::ranking_set_at(t, at) {
                    assert!(super::ranking_set(t, at), "{:?}", &t[at..]);
                    sets += 1;
                }
            }
        }
        assert!(sets >= 4, "{sets}");
    }

    /// The one look at the characters around a number answers as the rules asked in full:
    /// every numeral read at every position of the seeds (with their outlines), and of lines
    /// with each mark the look lets through (the rules' own cases: markers, ordinals, sessions,
    /// ranks, spans of years, captions, model names, versions, page counters, book titles,
    /// named plans and a model spelt out).
    #[test]
    fn looking_at_the_marks_first_is_the_rules_in_full() {
        let mut texts = crate::test_seeds::seed_texts();
        texts.push(
            "一、总体情况\n(1)加强领导\n（二）完善制度\n1.健全机制\n二是强化监督\n3）落实\n第 3 批，\
             党的二十大、二十届三中全会，成立75周年，成立 75 周年，省委十一届三次、四次全会，\
             世界500强，强化3项，5年来、10年以来，图1:收入\n表5-1 \n实施3+X模式、1＋5＋N，5G基站，\
             F35，M5.1级地震，工业4.0，2.0方案，浏览次数：380，查看: 21249次，阅读 1200，\
             工作报告-23篇(第26/40页)，印发《关于…的20条措施》，落实“十四五”规划，\
             建立1+3项目管家机制，即针对1个重大项目，7×24小时\n12"
                .into(),
        );
        let mut rejected = 0;
        for text in &texts {
            let cleaned = crate::clean::clean(text);
            let meta = crate::meta::read_meta(&cleaned, &crate::Options::default());
            let outline = crate::outline::build(&cleaned, &meta);
            let t = cleaned.text.as_str();
            for at in (0..t.len()).filter(|&i| t.is_char_boundary(i)) {
                let Some(n) = crate::numeral::read(t, at).filter(|n| n.end > at) else {
                    continue;
                };
                let full = super::rules_before_unit(t, at, &n, &outline, false);
                assert_eq!(
                    super::rules_before_unit(t, at, &n, &outline, true),
                    full,
                    "{:?} in {:?}",
                    &t[at..n.end],
                    crate::text::window(t, at.saturating_sub(30), (n.end + 30).min(t.len()))
                );
                rejected += usize::from(full.is_some_and(|r| r != super::Reject::LoneYi));
            }
        }
        assert!(rejected > 200, "{rejected}");
    }

    /// The pretest never turns away a number the full test calls a marker: every numeral read
    /// at every position of the seeds (with their outlines) and of short marker-shaped lines.
    #[test]
    fn the_marker_pretest_keeps_every_marker() {
        let mut texts = crate::test_seeds::seed_texts();
        texts.push(
            "一、总体情况\n(1)加强领导\n（二）完善制度\n1.健全机制\n二是强化监督\n3）落实".into(),
        );
        let mut markers = 0;
        for text in &texts {
            let cleaned = crate::clean::clean(text);
            let meta = crate::meta::read_meta(&cleaned, &crate::Options::default());
            let outline = crate::outline::build(&cleaned, &meta);
            let t = cleaned.text.as_str();
            for at in (0..t.len()).filter(|&i| t.is_char_boundary(i)) {
                let Some(n) = crate::numeral::read(t, at).filter(|n| n.end > at) else {
                    continue;
                };
                if super::marker_at(t, at, n.end, &outline) {
                    assert!(super::may_be_marker(t, at, n.end), "{:?}", &t[at..n.end]);
                    markers += 1;
                }
            }
        }
        assert!(markers > 100, "{markers}");
    }
}
