//! Who issued the report.
//!
//! In order of trust: an issuing body on its own line above the title (柳州市司法局); an organ
//! the title names (新疆维吾尔自治区人民政府关于…的报告); the report's signature (the body over the
//! closing date); for a 政府工作报告, the government its speaker reports for (我代表上杭县人民政府;
//! 浙江省代省长 → 浙江省人民政府; 国务院总理 → 国务院); the page's 来源 line, unless it names a
//! newspaper, a news site or an app that republished the report (来源：浙江日报), with a posting
//! office read as its government (静海区人民政府办公室 → 静海区人民政府); the place the title
//! names (柳城县2023年… → 柳城县); the opening sentence (2023年，鱼峰区政府坚持…).
//! Words are data (`lexicon/issuer.toml`).

use super::{scope, title};
use crate::lexicon::data::issuer as words;
use crate::model::ReportType;
use crate::text::is_cjk;

/// What the text says about its issuer, gathered by `meta`.
#[derive(Clone, Debug, Default)]
pub(super) struct Clues<'a> {
    /// The title as shown.
    pub(super) title: Option<&'a str>,
    /// An issuing body on its own line above the title.
    pub(super) line_above: Option<&'a str>,
    /// The first of the issuing bodies on their line under the title (a 统计公报's bureaus).
    pub(super) line_below: Option<&'a str>,
    pub(super) subtitle: Option<&'a str>,
    pub(super) speaker: Option<&'a str>,
    /// The body over the closing date.
    pub(super) signature: Option<&'a str>,
    /// The page's 来源 / 发布机构 line.
    pub(super) source: Option<&'a str>,
    /// The opening of the body (a few hundred characters).
    pub(super) opening: &'a str,
    /// When the body opens with a disclosure report's template paragraph (本年度报告根据…编制),
    /// the opening after it, where the report's subject stands.
    pub(super) after_template: Option<&'a str>,
    /// The whole cleaned text, for the place a bare level stands for (省政府 → 湖北省人民政府).
    pub(super) text: &'a str,
}

pub(super) fn read(c: &Clues<'_>) -> Option<String> {
    if let Some(line) = c.line_above {
        // A site's name over a page's heading (左贡县人民政府 over 碧土乡2024年法治政府建设情况报告):
        // the title names another place, whose report it is. (Read only for a title that opens
        // with two Chinese characters the line lacks: 柳州市司法局 over 柳州市2021年… or over
        // 2023年法治政府建设年度报告 is its issuer.)
        let another_place = || {
            let head: String = c.title.unwrap_or("").chars().take(2).collect();
            head.chars().all(is_cjk)
                && !line.contains(head.as_str())
                && matches!(c.title.and_then(in_title),
                    Some(Named::Place(p)) if !line.contains(p.as_str()))
        };
        if !another_place() {
            return Some(line.to_string());
        }
    }
    let in_title = c.title.and_then(in_title);
    if let Some(Named::Organ(o)) = &in_title {
        return Some(o.clone());
    }
    if let Some(line) = c.line_below {
        return Some(line.to_string());
    }
    if let Some(s) = c.signature {
        return Some(s.to_string());
    }
    let genre = c
        .title
        .and_then(|t| title::genre_of(&crate::clean::fold::fold_str(t)));
    let place = match &in_title {
        Some(Named::Place(p)) => Some(p.as_str()),
        _ => None,
    };
    // A report given to a congress: a 政府工作报告, one that opens 各位代表, or one with a speaker's
    // line naming the office (关于2022年法治政府建设情况的报告 ⏎ ——在省人民代表大会…上 ⏎ 省长 某某).
    let speaking = genre == Some(ReportType::GovernmentWork)
        || crate::lexicon::data::genre::CONGRESS_ADDRESS
            .iter()
            .any(|w| c.opening.contains(w))
        || [c.subtitle, c.speaker]
            .iter()
            .flatten()
            .any(|l| title::has_speaker_office(l));
    if speaking {
        if let Some(g) = speaker_government(c, place) {
            return Some(g);
        }
    }
    if let Some(s) = c.source.and_then(|s| from_source(s, place)) {
        return Some(s);
    }
    if let Some(p) = place {
        // 浙江省政府工作报告, 上海市政府信息公开…: the title names the place's government.
        let government = c.title.is_some_and(|t| {
            t.contains(&format!("{p}政府")) || t.contains(&format!("{p}人民政府"))
        });
        return Some(if government {
            format!("{p}人民政府")
        } else {
            p.to_string()
        });
    }
    represented(c.opening)
        .filter(|g| !is_bare_level(g))
        .or_else(|| in_opening(c.opening))
        .or_else(|| announced(c.opening))
        .or_else(|| c.after_template.and_then(in_opening))
}

/// The body a report's announcing sentence names: `…现将县人民政府2022年法治政府建设工作情况报告如下`
/// → 县人民政府 (a bare level, placed by `placed`); `根据《条例》规定，现公布广东省人民政府办公厅
/// 2023年政府信息公开工作年度报告` → 广东省人民政府办公厅 (`announcing_verbs`).
fn announced(opening: &str) -> Option<String> {
    // Each announcing verb of each sentence in turn: `…编制本报告,现公布子长市人民政府2023年…` names
    // no one after 编制 (本报告) and the body after 现公布.
    opening.split(['。', '\n']).find_map(|sentence| {
        words::ANNOUNCING_VERBS.iter().find_map(|v| {
            let verb = sentence.find(v)?;
            // 本报告…由金塔县司法局编制而成: the agent after 由, in the verb's clause.
            if let Some(agent) = agent_before(&sentence[..verb]) {
                return Some(agent);
            }
            let at = verb + v.len();
            // 现发布《银川市兴庆区司法局2024年…年度报告》: the report's name in 《》; 特向社会公布
            // 2024年连生乡人民政府…报告: its year first.
            let rest = strip_year(sentence[at..].trim_start_matches('《'));
            if !rest.contains("报告") {
                return None;
            }
            let end = rest
                .find(|c: char| c.is_ascii_digit() || !is_cjk(c))
                .into_iter()
                .chain(
                    words::ANNOUNCED_NAME_ENDS
                        .iter()
                        .filter_map(|w| rest.find(w)),
                )
                .min()?;
            let body = rest[..end].trim();
            let n = body.chars().count();
            ((2..=20).contains(&n) && ends_with_organ(body) && !body.starts_with('我'))
                .then(|| body.to_string())
        })
    })
}

/// The body after 由 that ends the words before an announcing verb, in their clause
/// (`本报告根据《条例》要求,由金塔县司法局` → 金塔县司法局): who compiled the report.
fn agent_before(before: &str) -> Option<String> {
    let clause = before.rsplit([',', '，']).next()?;
    let (_, agent) = clause.rsplit_once('由')?;
    let agent = agent.trim();
    let n = agent.chars().count();
    ((2..=20).contains(&n) && agent.chars().all(is_cjk) && ends_with_organ(agent))
        .then(|| agent.to_string())
}

/// The last resort, when no clue names the issuer (an issuing body alone on a first line
/// included): 我代表省人民政府, 全省各级政府…, 全市各级行政机关… give a level without its place,
/// placed by the names the text uses (江苏, 对甘肃工作, 景德镇市…).
pub(super) fn scoped(c: &Clues<'_>) -> Option<String> {
    let first = first_body_line(c.opening);
    // After a disclosure report's template paragraph, its first paragraph (2023年,我县坚持…).
    let after = c.after_template.and_then(first_body_line);
    let level = represented(c.opening)
        .and_then(|g| g.strip_suffix("人民政府").map(str::to_string))
        .or_else(|| first.and_then(scope::level_word).map(str::to_string))
        .or_else(|| {
            first
                .and_then(|l| scope::region_self(l, c.text))
                .map(str::to_string)
        })
        .or_else(|| after.and_then(scope::level_word).map(str::to_string))?;
    placed(&format!("{level}人民政府"), c.text, c.source)
}

/// A department that speaks of itself as 我厅 / 我局 / 我委 in the first line of its body
/// (根据工作安排,现将我厅2024年…报告如下; 2024年,在省委…领导下,我厅深入学习…), with no title or
/// source naming it: the department of that organ the opening pages name with a level (一是省生态
/// 环境厅党委… → 省生态环境厅) or by its staff as a whole (全省生态环境系统, 四川省交通运输系统 → 省…厅,
/// `sector_bodies`) — the one named most, the first of those. A level without its place
/// (省生态环境厅) is placed by the names the text uses (`placed`: 《贵州省…》 → 贵州省生态环境厅).
pub(super) fn self_named(c: &Clues<'_>) -> Option<String> {
    let organ = self_reference(c, words::DEPARTMENT_SELF)?;
    let window = crate::text::window(c.text, 0, SELF_NAME_WINDOW);
    let mut named = leveled_departments(window, organ);
    named.extend(staff_departments(window, organ));
    crate::sort::by_key(&mut named, |(at, _)| *at);
    named_most(named.into_iter().map(|(_, n)| n).collect())
}

/// How much of the text is read for the name of a body that speaks of itself (bytes).
const SELF_NAME_WINDOW: usize = 3_000;

/// What the first line of the body (or the first after a template paragraph) says the body is,
/// by the first `word=value` entry of `self_words` whose word it holds (我局=局, 我镇=镇). A text
/// that opens at its first heading may say it a few lines on (meta21 涪陵区卫生健康委: 一、… ⏎ (一)…
/// 委党委会… ⏎ (二)…纳入我委党委理论学习中心组…): the first `SELF_LINES` body lines are read.
fn self_reference(c: &Clues<'_>, self_words: &'static [&'static str]) -> Option<&'static str> {
    let first = body_lines(c.opening, c.text).chain(c.after_template.and_then(first_body_line));
    first
        .flat_map(|l| {
            self_words.iter().filter_map(move |e| {
                let (word, value) = e.split_once('=')?;
                l.contains(word).then_some(value)
            })
        })
        .next()
}

/// The name written most often in `names` (in text order), the first of those on a tie.
fn named_most(names: Vec<String>) -> Option<String> {
    let count = |name: &str| names.iter().filter(|n| *n == name).count();
    let most = names.iter().map(|n| count(n)).max()?;
    names.iter().find(|n| count(n) == most).cloned()
}

/// A township that speaks of itself as 我乡 / 我镇 in the first line of its body (2024年,在区委、
/// 区政府的坚强领导下,我镇以…; after a template paragraph, 我乡按要求发布…), with no title or source
/// naming it: the township of that ending the opening pages name most (纳入了东庄镇发展总体规划 →
/// 东庄镇; 青阳县杜村乡办公室 … 杜村乡收到 → 杜村乡), `township_self` in `lexicon/issuer.toml`.
pub(super) fn township_self(c: &Clues<'_>) -> Option<String> {
    let ending = self_reference(c, words::TOWNSHIP_SELF)?;
    named_most(town_names(
        crate::text::window(c.text, 0, SELF_NAME_WINDOW),
        ending,
    ))
}

/// The names of townships ending in `ending` (乡, 镇) that `window` holds, in order, one for each
/// time it is written: the two Chinese characters before the ending, or three when the longer
/// name is written as often (草庙子镇 … 草庙子镇); none with a character no township's name holds
/// (全乡, 我镇), or before or after which the ending is part of another word (城乡, 乡村, 镇长).
pub(super) fn town_names(window: &str, ending: &str) -> Vec<String> {
    let valid = |stem: &[char]| {
        stem.iter()
            .all(|&c| is_cjk(c) && !words::NOT_TOWN_NAME_CHARS.contains(&c))
    };
    let stems: Vec<(Vec<char>, Option<char>)> = window
        .match_indices(ending)
        .filter(|&(at, e)| {
            window[at + e.len()..]
                .chars()
                .next()
                .is_none_or(|c| !words::NOT_TOWN_AFTER_CHARS.contains(&c))
        })
        .filter_map(|(at, _)| {
            let mut before = window[..at].chars().rev();
            let (b, a) = (before.next()?, before.next()?);
            let head = &window[..at + ending.len()];
            (valid(&[a, b]) && !words::NOT_TOWN_WORDS.iter().any(|w| head.ends_with(w)))
                .then(|| (vec![a, b], before.next()))
        })
        .collect();
    let times = |name: &[char]| {
        stems
            .iter()
            .filter(|(s, third)| {
                s.as_slice() == &name[name.len() - 2..]
                    && (name.len() == 2 || *third == Some(name[0]))
            })
            .count()
    };
    stems
        .iter()
        .map(|(stem, third)| {
            let long: Option<Vec<char>> = third
                .filter(|&c| valid(&[c]))
                .map(|c| [c].iter().chain(stem).copied().collect());
            let name = match long {
                Some(l) if times(&l) == times(stem) => l,
                _ => stem.clone(),
            };
            name.into_iter().collect::<String>() + ending
        })
        .collect()
}

/// The departments `window` names with their level and ending in `organ` (一是省生态环境厅党委… →
/// (at, 省生态环境厅)): a level word, then Chinese characters up to the organ, no 政府 and no word
/// that only starts like a level (省级, 市场).
fn leveled_departments(window: &str, organ: &str) -> Vec<(usize, String)> {
    /// Longest department name after its level (characters).
    const MAX_NAME: usize = 12;
    words::DEPARTMENT_LEVELS
        .iter()
        .flat_map(|level| window.match_indices(*level))
        .filter_map(|(at, level)| {
            let rest = &window[at..];
            if words::NOT_LEVEL_PREFIXES
                .iter()
                .any(|w| rest.starts_with(w))
            {
                return None;
            }
            let after = &rest[level.len()..];
            let name_end = after
                .char_indices()
                .take(MAX_NAME)
                .take_while(|&(_, c)| is_cjk(c))
                .map(|(i, c)| i + c.len_utf8())
                .find(|&i| after[..i].ends_with(organ))?;
            let name = &after[..name_end];
            // (涪陵区委 of 重庆市涪陵区委机构编制委员会: a place's party committee, no department.)
            let party = name.strip_suffix(organ).is_some_and(is_place);
            (name.chars().count() >= 3 && is_department(name) && !name.contains("政府") && !party)
                .then(|| (at, format!("{level}{name}")))
        })
        .collect()
}

/// The departments `window` names by their staff as a whole after a level, ending in `organ`
/// (全省生态环境系统 → (at, 省生态环境厅); 四川省交通运输系统 → 省交通运输厅).
fn staff_departments(window: &str, organ: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for e in words::SECTOR_BODIES {
        let mut parts = e.split('=');
        let (Some(sector), Some(body), Some(provincial)) =
            (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        for (at, _) in window.match_indices(sector) {
            let level = match window[..at].chars().next_back() {
                Some('省') => ("省", provincial),
                Some('市') => ("市", body),
                Some('县') => ("县", body),
                // 全区卫生健康系统 (meta21 涪陵区卫生健康委): a district's, not an autonomous region's.
                Some('区') if !window[..at].ends_with("自治区") => ("区", body),
                _ => continue,
            };
            // (卫生健康委员会 is the 委 a commission's 我委 speaks of.)
            if level
                .1
                .strip_suffix("员会")
                .unwrap_or(level.1)
                .ends_with(organ)
            {
                out.push((at, format!("{}{}", level.0, level.1)));
            }
        }
    }
    out
}

/// A body or a place named in a title.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Named {
    /// 新疆维吾尔自治区人民政府, 市生态环境局.
    Organ(String),
    /// 柳城县, 浙江省, 福州市晋安区.
    Place(String),
}

/// The body or place before the year, 关于 or the genre's words in a title: `柳城县2023年…` →
/// 柳城县; `重庆市人民政府关于…` → 重庆市人民政府; `2025年浙江省政府工作报告` → 浙江省.
fn in_title(title: &str) -> Option<Named> {
    let t = crate::text::without_whitespace(title);
    // A site's column tag in front ((内蒙古)2020年…, 【要闻】…) is not part of the title's name,
    // nor a page's label in front of the report it is about (文字解读:济南市…年度报告).
    let t = strip_tag(&t);
    let t = title::about_what(t).unwrap_or(t);
    // 关于杭州市2024年度法治政府建设情况的报告: the place a report is about, right after 关于, is
    // the one it reports on (as in 杭州市2024年度…). Only a place the region table knows: a
    // document's 关于印发… or 关于加强… names no one.
    if let Some(rest) = t.strip_prefix("关于") {
        let known = |p: &str| !crate::region::data::table().named(p).is_empty();
        return named_before(strip_year(rest)).filter(|n| matches!(n, Named::Place(p) if known(p)));
    }
    // A leading year (2025年浙江省…, 2020年度静海区…) says when, not who.
    named_before(strip_year(t))
}

/// The body or place at the start of a compacted title, before its year, 关于 or genre words.
fn named_before(t: &str) -> Option<Named> {
    let cut = t
        .find(|c: char| c.is_ascii_digit())
        .into_iter()
        .chain(year_in_words(t))
        .chain(t.find("关于"))
        .chain(
            [
                ReportType::InfoDisclosure,
                ReportType::GovernmentWork,
                ReportType::StatisticalCommunique,
                ReportType::RuleOfLaw,
                ReportType::WorkSummary,
            ]
            .into_iter()
            .flat_map(title::title_words)
            .filter_map(|w| t.find(w)),
        )
        .min()?;
    let head = t[..cut].trim();
    // 四川省人民|政府工作报告: the genre's words took 政府 from 人民政府.
    let head = head.strip_suffix("人民").unwrap_or(head);
    // 湖南省人民政府公布2017年度…, 司法部发布…: the organ before the verb that published it.
    let head = words::PUBLISHED_VERBS
        .iter()
        .find_map(|v| head.strip_suffix(v))
        .unwrap_or(head);
    let n = head.chars().count();
    if !(2..=24).contains(&n) || !is_name(head) {
        return None;
    }
    Some(if is_place(head) {
        Named::Place(official_place(head))
    } else if ends_with_organ(head) {
        Named::Organ(head.to_string())
    } else if let Some(full) = full_name(head) {
        // 2023年天津政府工作报告: a province or city named by its short name.
        Named::Place(full)
    } else {
        return None;
    })
}

/// A place as the region table names it: `新疆自治区` (no division's name) → 新疆维吾尔自治区, when
/// the name without its level (新疆) is one division's short name and that division is of the
/// same level. A name the table knows, or cannot resolve to one division, stays as written.
fn official_place(head: &str) -> String {
    let t = crate::region::data::table();
    if !t.named(head).is_empty() {
        return head.to_string();
    }
    let resolved = words::PLACES
        .iter()
        .filter(|p| head.len() > p.len() && head.ends_with(*p))
        .max_by_key(|p| p.len())
        .and_then(|level| {
            let [(d, _)] = t.named(&head[..head.len() - level.len()]) else {
                return None;
            };
            let name = t.divisions[*d].name;
            name.ends_with(level).then_some(name)
        });
    resolved.unwrap_or(head).to_string()
}

/// Chinese characters, and perhaps a division's second name in brackets (高新区(新市区)人民政府).
fn is_name(s: &str) -> bool {
    let mut depth = 0i32;
    let mut bracketed = 0usize;
    for c in s.chars() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => {
                depth -= 1;
                bracketed += 1;
            }
            _ if is_cjk(c) => {}
            _ => return false,
        }
        if !(0..=1).contains(&depth) {
            return false;
        }
    }
    depth == 0 && bracketed <= 1 && !s.starts_with(['(', '（'])
}

/// Where a year in Chinese numerals starts (二〇二三年): a run of at least two numerals before 年.
/// A lone numeral is part of a name (四川省, 三明市, 六盘水市).
fn year_in_words(t: &str) -> Option<usize> {
    let numeral = |c: char| crate::lexicon::data::numeral::YEAR_DIGIT_CHARS.contains(&c);
    t.char_indices().find_map(|(i, c)| {
        if !numeral(c) {
            return None;
        }
        let run = t[i..].chars().take_while(|&d| numeral(d)).count();
        let after = t[i..].chars().nth(run);
        (run >= 2 && after == Some('年')).then_some(i)
    })
}

/// `(内蒙古)2020年…` → `2020年…`: a short bracketed tag at the start, as aggregators prefix their
/// headings with a region or a column.
fn strip_tag(t: &str) -> &str {
    for (open, close) in [('(', ')'), ('（', '）'), ('【', '】'), ('[', ']')] {
        if let Some(rest) = t.strip_prefix(open) {
            if let Some(end) = rest.find(close) {
                if rest[..end].chars().count() <= 8 {
                    return &rest[end + close.len_utf8()..];
                }
            }
        }
    }
    t
}

fn strip_year(t: &str) -> &str {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits != 4 {
        return t;
    }
    let rest = &t[4..];
    rest.strip_prefix("年度")
        .or_else(|| rest.strip_prefix('年'))
        .unwrap_or(t)
}

/// The body that issued a report whose issuer was read as a place alone (`江苏省`, from
/// 江苏省2022年度法治政府建设情况报告 or 2022年，江苏省各级政府…): its government for a 法治政府,
/// 政府工作 or 政府信息公开 report (江苏省人民政府; a township's 人民政府, a subdistrict's 办事处), its
/// statistics bureau for a 统计公报 (包头市统计局) — `place_bodies` and `town_bodies` in
/// `lexicon/issuer.toml`. A county or higher division is completed only when the region table
/// knows it by that very name, a township when its name is a short run of Chinese characters: a
/// 开发区 or an unknown name stays as read.
pub fn issuing_body(issuer: String, report_type: ReportType) -> String {
    let town_type = words::TOWN_PLACE_TYPES.contains(&report_type.code());
    let Some(body) = words::PLACE_BODIES
        .iter()
        .find_map(|e| {
            let (code, body) = e.split_once('=')?;
            (code == report_type.code()).then_some(body)
        })
        .or(town_type.then_some("人民政府"))
    else {
        return issuer;
    };
    let table = crate::region::data::table();
    let named = table.named(&issuer);
    // By its very name, or by a short form of one division that keeps its level's last character
    // (紫云自治县, 张家川县, 黔南州 — not 柳州, a short form of 柳州市 ending in a level word).
    let division = named
        .iter()
        .any(|&(_, form)| form == crate::region::data::Form::Full)
        || matches!(named, [(d, crate::region::data::Form::Short)]
            if table.divisions[*d].name.chars().next_back() == issuer.chars().next_back());
    if division && is_place(&issuer) && !town_type {
        return format!("{issuer}{body}");
    }
    let n = issuer.chars().count();
    let town = body == "人民政府" && (3..=8).contains(&n) && issuer.chars().all(is_cjk);
    // 鹤龙街 is 鹤龙街道 (`short_town_names`).
    let full = words::SHORT_TOWN_NAMES.iter().find_map(|e| {
        let (short, full) = e.split_once('=')?;
        let stem = issuer.strip_suffix(short)?;
        (stem.chars().count() >= 2).then(|| format!("{stem}{full}"))
    });
    let name = full.as_deref().unwrap_or(&issuer);
    let town_body = words::TOWN_BODIES.iter().find_map(|e| {
        let (ending, body) = e.split_once('=')?;
        name.ends_with(ending).then_some(body)
    });
    match town_body {
        Some(body) if town => format!("{name}{body}"),
        _ => issuer,
    }
}

/// A place name: 柳城县, 浙江省, 新疆维吾尔自治区 (not an organ such as 柳城县人民政府).
fn is_place(s: &str) -> bool {
    words::PLACES.iter().any(|p| s.ends_with(p)) && s.chars().count() >= 2
}

/// Whether `s` ends like a body that can issue a report (局, 委, 人民政府 …) or a place.
pub(super) fn ends_with_organ(s: &str) -> bool {
    words::ORGANS.iter().any(|o| s.ends_with(o)) || is_place(s)
}

/// 区政府坚持… with no place of its own (no title, no signature): the government of the
/// division of that level the text names most (《2024年度建安区法治政府建设工作要点》 → 建安区
/// 人民政府) or, when the text names none, the one the newspaper that republished it is named
/// after (`source` 来源：河北日报 under 省人民政府关于…的报告 → 河北省人民政府: a provincial daily
/// prints its own province's report). None when the issuer is not a bare level or no division
/// stands out.
pub(super) fn placed(issuer: &str, text: &str, source: Option<&str>) -> Option<String> {
    let (level, body) = match issuer
        .strip_suffix("人民政府")
        .or_else(|| issuer.strip_suffix("政府"))
    {
        Some(level) => (level, "人民政府"),
        // 省司法厅, 市市场监管局: a department of a level without its place (not 市场监管局).
        None => {
            let level = words::DEPARTMENT_LEVELS.iter().find(|l| {
                issuer.strip_prefix(**l).is_some_and(is_department)
                    && !words::NOT_LEVEL_PREFIXES
                        .iter()
                        .any(|w| issuer.starts_with(w))
            })?;
            (*level, &issuer[level.len()..])
        }
    };
    // Only a republisher's name tells the place (来源：省政府研究室 names none).
    let press = source.filter(|s| is_republisher(s));
    let levels: &[crate::model::Level] = match level {
        "省" | "自治区" => &[crate::model::Level::Province],
        "市" => &[crate::model::Level::Prefecture, crate::model::Level::County],
        "县" | "区" | "旗" => &[crate::model::Level::County],
        "州" => &[crate::model::Level::Prefecture],
        _ => return None,
    };
    // A source naming the body itself with its place (来源：广东省司法厅 over 省司法厅2023年…报告,
    // as a department's own site posts it): the province it states.
    let own_site = || {
        let source = source?;
        let at = source.find(issuer).filter(|&at| at > 0)?;
        scope::press_province(&source[..at + level.len()])
    };
    if level == "省" || level == "自治区" {
        // 自治区党委、政府 is an autonomous region's (法治广西 → 广西壮族自治区); 省 is written
        // loosely of any province-level division.
        return scope::province(text)
            .or_else(|| press.and_then(scope::press_province))
            .or_else(own_site)
            .filter(|p| level == "省" || p.ends_with(level))
            .map(|p| format!("{p}{body}"));
    }
    let table = crate::region::data::table();
    // The division as the text writes it (张家川县, where it never writes 张家川回族自治县).
    let named = |t: &str| {
        levels.iter().find_map(|&l| {
            let (d, written) = crate::region::most_mentioned_as(t, l)?;
            table.divisions[d]
                .name
                .ends_with(level)
                .then(|| format!("{written}{body}"))
        })
    };
    named(text).or_else(|| press.and_then(named))
}

/// The government of a joint issuer read whole (`中共浚县县委浚县人民政府`, `中共海南省委 海南省人民
/// 政府`, `鹤岗市人民政府鹤岗市中级人民法院`): a 法治政府 report is the government's, whoever signs it
/// with it (`joint_government` does the same for a sentence's subject). Other issuers are kept.
pub(super) fn government_of_joint(issuer: String) -> String {
    let Some(at) = issuer.find("人民政府") else {
        return issuer;
    };
    let end = at + "人民政府".len();
    let head = &issuer[..at];
    // After the party committee that signs first: 中共浚县县委 | 浚县人民政府.
    let start = match head.rfind('委') {
        Some(k) if issuer.starts_with("中共") || head.contains("党委") => k + '委'.len_utf8(),
        _ => 0,
    };
    let government = issuer[start..end].trim_start_matches([' ', '\u{3000}', '、']);
    let rest = issuer[end..].trim_start_matches([' ', '\u{3000}', '、']);
    // Another body after the government (…中级人民法院) signs with it.
    let joint = start > 0 || (ends_with_organ(rest) && starts_with_place(rest));
    if joint && government.chars().count() > "人民政府".chars().count() {
        government.to_string()
    } else {
        issuer
    }
}

/// 县人民政府, 省人民政府: a level of government without its place.
fn is_bare_level(s: &str) -> bool {
    let head = s.trim_end_matches("人民政府");
    head.chars().count() <= 3 && words::PLACES.contains(&head)
}

/// The government a 政府工作报告's speaker reports for: 我代表上杭县人民政府 in the opening, or
/// the place (title, subtitle or speaker's line) with the speaker's level (浙江省代省长 →
/// 浙江省人民政府; 在浮山县第十六届人民代表大会… + 我代表县人民政府 → 浮山县人民政府); 国务院 for
/// the national report (总理, 全国人民代表大会).
fn speaker_government(c: &Clues<'_>, title_place: Option<&str>) -> Option<String> {
    if let Some(g) = represented(c.opening).filter(|g| !is_bare_level(g)) {
        return Some(g);
    }
    let lines = [c.subtitle, c.speaker];
    let national = lines
        .iter()
        .flatten()
        .any(|l| words::NATIONAL_WORDS.iter().any(|w| l.contains(w)))
        || represented(c.opening).as_deref() == Some("国务院");
    if national {
        return Some("国务院".to_string());
    }
    let place = title_place
        .map(str::to_string)
        .or_else(|| c.subtitle.and_then(congress_place))
        .or_else(|| lines.iter().flatten().find_map(|l| speaker_place(l)));
    if let Some(place) = place {
        return Some(format!("{place}人民政府"));
    }
    // 省长 某某 with no place on any line: the office's level, placed by the text or by the
    // newspaper that printed it (来源：湖南日报 → 湖南省人民政府); none when nothing places it.
    // 我代表县人民政府 with the subtitle and the speaker under a second title line the block does
    // not hold (blind23 陵川: 2026年政府工作报告 ⏎ 发布时间…信息来源:陵川县数据中心 ⏎ 政 府 工 作 报 告
    // ⏎ ——…在陵川县第十七届 …): the level the speaker represents, placed by the text's names.
    let Some(level) = lines.iter().flatten().find_map(|l| speaker_level(l)) else {
        return represented(c.opening)
            .filter(|g| is_bare_level(g))
            .and_then(|g| placed(&g, c.text, c.source));
    };
    placed(&format!("{level}人民政府"), c.text, c.source)
}

/// `省长 毛伟明` → 省, `代市长` → 市, `自治区主席` → 自治区: the level of government a speaker's
/// office heads (`speakers` in `lexicon/issuer.toml`: the character before 长; 主席 heads an
/// autonomous region). None for 总理 (国务院, read before) and for lines naming no office.
fn speaker_level(line: &str) -> Option<&'static str> {
    let s = crate::text::without_whitespace(line);
    let office = words::SPEAKERS
        .iter()
        .filter(|w| s.contains(**w))
        .max_by_key(|w| w.len())?
        .trim_start_matches('代');
    if office.ends_with("主席") {
        return Some("自治区");
    }
    let level = office.strip_suffix('长')?;
    words::PLACES.iter().copied().find(|p| *p == level)
}

/// `在浙江省第十四届人民代表大会…` → 浙江省.
fn congress_place(subtitle: &str) -> Option<String> {
    let s = crate::text::without_whitespace(subtitle);
    let at = s.find('在')? + '在'.len_utf8();
    let rest = &s[at..];
    let end = rest.find('第').or_else(|| rest.find("人民代表大会"))?;
    let place = &rest[..end];
    is_place(place).then(|| place.to_string())
}

/// `浙江省代省长刘捷` → 浙江省: the place before a speaker's office.
fn speaker_place(line: &str) -> Option<String> {
    let s = crate::text::without_whitespace(line);
    words::SPEAKERS.iter().find_map(|w| {
        let at = s.find(w)?;
        let head = &s[..at];
        // The office may follow a run of other words (…会议上浙江省代省长): the place is the
        // longest place-like tail of what comes before.
        head.char_indices()
            .map(|(i, _)| &head[i..])
            .find(|tail| is_place(tail) && tail.chars().count() <= 10)
            .map(str::to_string)
    })
}

/// `我代表上杭县人民政府` → 上杭县人民政府; `我代表国务院` → 国务院; `我代表十八届县人民政府`,
/// `我代表本届政府` → 县人民政府, 政府 (the term named before the level is no part of the name).
fn represented(opening: &str) -> Option<String> {
    let at = opening.find("我代表")? + "我代表".len();
    let rest = &opening[at..];
    let rest = strip_term(rest);
    if rest.starts_with("国务院") {
        return Some("国务院".to_string());
    }
    let end = rest.find("人民政府")? + "人民政府".len();
    let g = &rest[..end];
    (g.chars().count() <= 16 && g.chars().all(is_cjk)).then(|| g.to_string())
}

/// `十八届县人民政府…` → `县人民政府…`: a government's term (本届, 新一届, 第十八届) before its level.
fn strip_term(s: &str) -> &str {
    if let Some(rest) = words::TERM_WORDS.iter().find_map(|w| s.strip_prefix(w)) {
        return rest;
    }
    let body = s.strip_prefix('第').unwrap_or(s);
    let numerals: usize = body
        .chars()
        .take_while(|c| crate::lexicon::data::numeral::TERM_NUMERAL_CHARS.contains(c))
        .map(char::len_utf8)
        .sum();
    match body[numerals..].strip_prefix('届') {
        Some(rest) if numerals > 0 => rest,
        _ => s,
    }
}

/// The issuer a page's 来源 line gives, if it is not a republisher: the posting office read as
/// its government (静海区人民政府办公室 → 静海区人民政府; 区人民政府办公室 with the title's
/// 福州市晋安区 → 福州市晋安区人民政府); a department with no place of its own (司法局) under a
/// title that names the place gives way to the place.
fn from_source(source: &str, title_place: Option<&str>) -> Option<String> {
    let s = crate::text::without_whitespace(source);
    // 来源:国家旅游局  http://…: the page's address is not part of the name.
    let s = s
        .find("http")
        .or_else(|| s.find("www."))
        .map_or(s.as_str(), |at| &s[..at])
        .to_string();
    // A 来源 that names no body (sp20241221, a file or editor code) says nothing of the issuer;
    // nor does one that names no organ or place (冀云, 交汇点, 上游新闻: a news app the
    // republisher words do not know is still no issuing body).
    let named = s.chars().filter(|&c| is_cjk(c)).count() >= 2 && ends_with_organ(&s);
    if is_republisher(&s) || !named {
        return None;
    }
    let body = words::OFFICES
        .iter()
        .filter(|o| s.ends_with(**o) && s.len() > o.len())
        .max_by_key(|o| o.len())
        .map_or(s.as_str(), |o| &s[..s.len() - o.len()]);
    let body = if body.ends_with("人民政府") || body.ends_with("政府") {
        body
    } else {
        s.as_str()
    };
    match title_place {
        Some(p) if is_bare_level(body) => Some(format!("{p}人民政府")),
        // 司法局 under 2020年静海区法治政府建设情况报告: the report is 静海区's.
        Some(p) if !body.contains(p) && !starts_with_place(body) => Some(p.to_string()),
        // 下陆区司法局 posting 下陆区2024年法治政府建设工作报告: the district's, not its department's;
        // so 紫云苗族布依族自治县司法局 under 紫云自治县2024年度…报告, one county named two ways: as
        // the title writes it.
        Some(p)
            if body.strip_prefix(p).is_some_and(is_department)
                || same_place_department(body, p) =>
        {
            Some(p.to_string())
        }
        _ => Some(body.to_string()),
    }
}

/// A department read under its common short form (`department_short_forms` of
/// lexicon/issuer.toml: 绍兴市市场监管局, as its report calls itself 市市场监管局) under its official
/// name (绍兴市市场监督管理局). Other issuers are kept.
pub(super) fn official_department(issuer: String) -> String {
    for e in words::DEPARTMENT_SHORT_FORMS {
        let Some((short, full)) = e.split_once('=') else {
            continue;
        };
        if let Some(head) = issuer.strip_suffix(short) {
            return format!("{head}{full}");
        }
    }
    issuer
}

/// A subdistrict's office under its short form (`北街办事处`, a disclosure table's 发布机构) by its
/// full name when the text names the subdistrict (北街街道 → 北街街道办事处): the name the report
/// and the others of its kind go by. Other issuers are kept.
pub(super) fn subdistrict_office(issuer: String, text: &str) -> String {
    /// The office of a subdistrict, and what its name ends with.
    const OFFICE: &str = "办事处";
    const SUBDISTRICT: &str = "街道";
    let Some(stem) = issuer.strip_suffix(OFFICE) else {
        return issuer;
    };
    if stem.chars().count() < 2 || stem.ends_with(SUBDISTRICT) {
        return issuer;
    }
    let full = format!("{stem}{SUBDISTRICT}");
    if text.contains(&full) {
        format!("{full}{OFFICE}")
    } else {
        issuer
    }
}

/// Whether `body` is a department of the division `place` names, its place written in another
/// form (紫云苗族布依族自治县司法局 for 紫云自治县: the full name and a short one of one county).
fn same_place_department(body: &str, place: &str) -> bool {
    let t = crate::region::data::table();
    let named = t.named(place);
    if named.is_empty() {
        return false;
    }
    body.char_indices().skip(2).any(|(i, _)| {
        t.named(&body[..i])
            .iter()
            .any(|(d, _)| named.iter().any(|(e, _)| e == d))
            && is_department(&body[i..])
    })
}

/// Whether `placed` is `placeless` with its place: 浑南区国资局 for 区政府国资局 or 国资局, 柳城县人民
/// 政府 for 县人民政府 — a name that starts with a place of its own, where the other does not, and
/// ends with the same body (at least two characters, an organ's ending).
pub(super) fn places(placed: &str, placeless: &str) -> bool {
    let common = placed
        .chars()
        .rev()
        .zip(placeless.chars().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let body: String = placeless
        .chars()
        .skip(placeless.chars().count() - common)
        .collect();
    common >= 2
        && ends_with_organ(&body)
        && starts_with_place(placed)
        && !starts_with_place(placeless)
}

/// A government's department without its place (司法局, 发展和改革委员会), not the government.
fn is_department(s: &str) -> bool {
    !s.is_empty() && !s.ends_with("政府") && ends_with_organ(s) && !is_place(s)
}

/// Whether a body's name starts with a place of its own (静海区人民政府, 柳州市司法局), unlike
/// 司法局 or 区人民政府.
fn starts_with_place(s: &str) -> bool {
    s.char_indices()
        .skip(2)
        .any(|(i, _)| is_place(&s[..i]) && !is_bare_level(&s[..i]))
}

/// A newspaper, news site or app named as a page's source: it republished the report.
pub(super) fn is_republisher(source: &str) -> bool {
    words::REPUBLISHERS.iter().any(|w| source.contains(w))
        || source.ends_with('报')
        || source.ends_with('网')
}

/// The subject of the opening sentence when it is a place or a body: `2023年，鱼峰区政府坚持…` →
/// 鱼峰区政府; `2019年,在省委…的正确领导下,南昌县全面贯彻…` → 南昌县.
fn in_opening(opening: &str) -> Option<String> {
    // The subject is in the first sentence, or in the second after one that sets the scene
    // (2020年是…收官之年。在…领导下,江苏省各级政府及其部门坚持…).
    first_body_line(opening)?
        .split('。')
        .take(2)
        .find_map(subject_of)
}

/// The place or body a sentence of the opening is about, if it names one before its verb.
fn subject_of(sentence: &str) -> Option<String> {
    sentence.split(['，', ',']).find_map(|clause| {
        let clause = clause.trim();
        // A clause that opens with its year (2023年鱼峰区政府坚持…); a year further on
        // (…纲要(2015—2020年)》) belongs to what the subject did.
        let clause = strip_year(clause).trim_start_matches(['度', ' ']);
        let end = words::OPENING_VERBS
            .iter()
            .filter_map(|v| clause.find(v))
            .filter(|&i| i > 0)
            .min()?;
        let subject = clause[..end].trim();
        // 本报告由高楼乡人民政府按照…编制: the agent after 由, not the report.
        let subject = subject
            .rsplit_once('由')
            .map_or(subject, |(_, agent)| agent);
        // 全市公安机关, 龙华区司法行政系统: a department's staff, whose department reports.
        if let Some(body) = sector_body(subject) {
            return Some(body);
        }
        // 全省各级政府, 全市各级行政机关: every body of the place, not the one that reports;
        // 我市, 尤其我县: the reporter speaking of itself, no name (`scoped` reads the level).
        if subject.starts_with('全') || subject.contains('我') {
            return None;
        }
        // 那曲市法治政府建设工作坚持…: the place's work, which the place reports.
        if let Some(place) = words::SUBJECT_WORKS
            .iter()
            .find_map(|w| subject.strip_suffix(w))
            .filter(|p| is_place(p) && !is_bare_level(p) && p.chars().all(is_cjk))
        {
            return Some(place.to_string());
        }
        // 江苏省各级政府及其部门: every body of a named place, which its government reports for.
        if let Some((place, _)) = subject.split_once("各级") {
            return (is_place(place) && !is_bare_level(place) && place.chars().all(is_cjk))
                .then(|| format!("{place}人民政府"));
        }
        let subject = joint_government(subject)
            .or_else(|| full_name(subject))
            .or_else(|| with_full_place(subject))
            .unwrap_or_else(|| subject.to_string());
        let n = subject.chars().count();
        ((2..=20).contains(&n) && subject.chars().all(is_cjk) && ends_with_organ(&subject))
            .then_some(subject)
    })
}

/// The department whose staff a subject names as a whole (`sector_bodies` in
/// `lexicon/issuer.toml`): `全市公安机关` → 市公安局 (a level, placed later by the text's names),
/// `全省司法行政系统` → 省司法厅, `龙华区司法行政系统` → 龙华区司法局. None for other subjects.
fn sector_body(subject: &str) -> Option<String> {
    words::SECTOR_BODIES.iter().find_map(|e| {
        let mut parts = e.split('=');
        let (sector, body, provincial) = (parts.next()?, parts.next()?, parts.next()?);
        let head = subject.strip_suffix(sector)?;
        let head = head.strip_suffix("各级").unwrap_or(head);
        let level = words::SCOPES
            .iter()
            .find(|w| head == **w)
            .and_then(|w| w.char_indices().nth(1).map(|(i, _)| &w[i..]));
        let place = match level {
            Some(level) => level,
            None if is_place(head) && !is_bare_level(head) && head.chars().all(is_cjk) => head,
            None => return None,
        };
        let body = if place.ends_with('省') {
            provincial
        } else {
            body
        };
        Some(format!("{place}{body}"))
    })
}

/// The full name of a province or prefecture named by its short form alone (`2024年,广东坚持…` →
/// 广东省), when the name stands for one division only.
fn full_name(subject: &str) -> Option<String> {
    use crate::model::Level;
    let t = crate::region::data::table();
    let [(d, crate::region::data::Form::Short)] = t.named(subject) else {
        return None;
    };
    let division = &t.divisions[*d];
    matches!(
        crate::region::data::level_of(division.code),
        Level::Province | Level::Prefecture
    )
    .then(|| division.name.to_string())
}

/// A body named after its province or prefecture's short name (`烟台人力资源和社会保障局` →
/// 烟台市人力资源和社会保障局), when the short name stands for one division only.
fn with_full_place(subject: &str) -> Option<String> {
    use crate::model::Level;
    if !ends_with_organ(subject) || starts_with_place(subject) {
        return None;
    }
    let t = crate::region::data::table();
    let starts: Vec<usize> = subject.char_indices().map(|(i, _)| i).collect();
    (2..=4).rev().find_map(|n| {
        let end = *starts.get(n)?;
        let [(d, crate::region::data::Form::Short)] = t.named(&subject[..end]) else {
            return None;
        };
        let division = &t.divisions[*d];
        let level = crate::region::data::level_of(division.code);
        let rest = &subject[end..];
        (matches!(level, Level::Province | Level::Prefecture) && rest.chars().count() >= 2)
            .then(|| format!("{}{rest}", division.name))
    })
}

/// How many body lines [`self_reference`] reads.
const SELF_LINES: usize = 3;
/// How far into a text that opens at its heading [`body_lines`] reads (bytes).
const SELF_LINES_BYTES: usize = 2_000;

/// The first body line of `opening` ([`first_body_line`]) and, when the opening starts at a
/// heading (一、…), its first [`SELF_LINES`] long lines, run-in (一)… paragraphs included.
/// (`opening` is a few hundred bytes: the run-in lines are read from `text`, where the opening
/// starts, up to [`SELF_LINES_BYTES`].)
fn body_lines<'t>(opening: &'t str, text: &'t str) -> impl Iterator<Item = &'t str> {
    let first = first_body_line(opening);
    let heading = opening
        .lines()
        .next()
        .filter(|l| crate::lexicon::markers::parse_marker(l.trim()).is_some());
    let more = heading.map(|h| {
        let from = crate::text::find_str(text, h).unwrap_or(0);
        crate::text::window(text, from, from + SELF_LINES_BYTES)
            .lines()
            .map(str::trim)
            .filter(|l| l.chars().filter(|&c| is_cjk(c)).count() >= 15)
            .take(SELF_LINES)
    });
    first.into_iter().chain(more.into_iter().flatten())
}

/// The first line of `opening` that reads as body text (at least 15 Chinese characters): page
/// chrome above the body (站群导航, 索引号 | …, 2024-03-15来源:) has fewer.
fn first_body_line(opening: &str) -> Option<&str> {
    opening
        .lines()
        .map(str::trim)
        // A page that starts at its first heading (一、深入学习践行…) has its body below it.
        .filter(|l| crate::lexicon::markers::parse_marker(l).is_none())
        // The addressees of a report sent up (新乡市人民政府、中共获嘉县委…：) are not its subject.
        .filter(|l| !l.ends_with([':', '：']) || l.contains([',', '，', '。']))
        .find(|l| l.chars().filter(|&c| is_cjk(c)).count() >= 15)
}

/// The government of a joint subject (`山西省委、省政府` → 山西省人民政府, `市委和市政府` → 市人民
/// 政府): a 法治政府 report is the government's, whoever else signs it. Its place, when the
/// government part names none, is the party committee's (山西省委 → 山西省).
fn joint_government(subject: &str) -> Option<String> {
    let parts: Vec<&str> = subject.split(['、', '和', '与']).collect();
    if parts.len() < 2 {
        return None;
    }
    let government = parts
        .iter()
        .find(|p| p.ends_with("政府"))?
        .trim_end_matches("人民政府")
        .trim_end_matches("政府");
    if !government.is_empty() && !is_bare_level(government) {
        return Some(format!("{government}人民政府"));
    }
    // The party committee's place (山西省委 → 山西省) or, with a bare 政府 (自治区党委、政府,
    // 宁夏回族自治区党委和政府), its level or place.
    let place = parts
        .iter()
        .filter_map(|p| committee_place(p, government))
        .find(|h| !is_bare_level(h) || government.is_empty())
        .map(str::to_string);
    if government.is_empty() && place.is_none() {
        return None;
    }
    Some(format!(
        "{}人民政府",
        place.as_deref().unwrap_or(government)
    ))
}

/// The place of a party committee (`山西省委` → 山西省, `自治区党委` → 自治区) whose government is
/// the `government` level (empty when the subject says only 政府).
fn committee_place<'a>(part: &'a str, government: &str) -> Option<&'a str> {
    let head = part
        .strip_suffix("党委")
        .or_else(|| part.strip_suffix('委'))?;
    let head = head.trim_start_matches("中共");
    (head.ends_with(government) && is_place(head)).then_some(head)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issuers_of_titles_and_sources() {
        assert_eq!(from_source("sp20241221", None), None);
        // A news app the republisher words do not know names no organ.
        for app in ["冀云", "交汇点", "石榴云", "齐鲁壹点"] {
            assert_eq!(from_source(app, None), None, "{app}");
        }
        assert_eq!(
            in_title("2019年四川省人民政府工作报告"),
            Some(Named::Place("四川省".into()))
        );
        assert_eq!(
            in_title("湖南省人民政府公布2017年度法治政府建设情况"),
            Some(Named::Organ("湖南省人民政府".into()))
        );
        assert_eq!(
            in_title("(内蒙古)2020年内蒙古自治区人民政府工作报告(全文)"),
            Some(Named::Place("内蒙古自治区".into()))
        );
    }

    #[test]
    fn the_opening_subject_after_a_leading_year_only() {
        // The year of a document the subject implemented is not where its name ends.
        let opening = "2016年,桂林市人民政府认真贯彻落实中共中央、国务院制定的《法治政府建设实施纲要(2015—2020年)》,扎实开展法治政府建设工作。";
        assert_eq!(in_opening(opening).as_deref(), Some("桂林市人民政府"));
        assert_eq!(
            in_opening("2023年度鱼峰区政府坚持以习近平新时代中国特色社会主义思想为指导，全面推进依法行政。").as_deref(),
            Some("鱼峰区政府")
        );
    }

    #[test]
    fn a_bare_level_takes_the_place_the_text_names() {
        let text = "2024年，区政府坚持依法行政。制定印发《2024年度建安区法治政府建设工作要点》，全区建安区各单位……";
        assert_eq!(
            placed("区政府", text, None).as_deref(),
            Some("建安区人民政府")
        );
        // Not a bare level, or a level the text names no division of.
        assert_eq!(placed("建安区人民政府", text, None), None);
        assert_eq!(placed("县政府", text, None), None);
        let region =
            "自治区党委、政府坚持法治广西、法治政府、法治社会一体建设，围绕建设壮美广西目标任务。";
        assert_eq!(
            placed("自治区人民政府", region, None).as_deref(),
            Some("广西壮族自治区人民政府")
        );
    }

    #[test]
    fn names_in_titles() {
        assert_eq!(
            in_title("新疆维吾尔自治区人民政府关于2017年法治政府建设工作的报告"),
            Some(Named::Organ("新疆维吾尔自治区人民政府".into()))
        );
        assert_eq!(
            in_title("2025年浙江省政府工作报告"),
            Some(Named::Place("浙江省".into()))
        );
        assert_eq!(
            in_title("2020年静海区法治政府建设情况报告"),
            Some(Named::Place("静海区".into()))
        );
        assert_eq!(
            in_title("福州市晋安区2016年政府信息公开工作年度报告"),
            Some(Named::Place("福州市晋安区".into()))
        );
        assert_eq!(
            in_title("市生态环境局2024年工作总结和2025年工作思路"),
            Some(Named::Organ("市生态环境局".into()))
        );
        assert_eq!(in_title("政府工作报告"), None);
        assert_eq!(in_title("2023年法治政府建设年度报告"), None);
    }

    /// A department's report that names its staff as the subject (苏州市公安局 2023: 全市公安机关,
    /// the city only in document names; 龙华区司法局 2024: 龙华区司法行政系统; blind14).
    #[test]
    fn a_departments_staff_as_subject_names_the_department() {
        assert_eq!(
            in_opening("2023年是全面贯彻党的二十大精神的开局之年,全市公安机关以党的二十大精神为指引,认真落实市委市政府关于全面依法治市、法治政府建设的决策部署。").as_deref(),
            Some("市公安局")
        );
        assert_eq!(
            in_opening("2024年,龙华区司法行政系统坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神。").as_deref(),
            Some("龙华区司法局")
        );
        assert_eq!(
            sector_body("全省各级司法行政机关").as_deref(),
            Some("省司法厅")
        );
        // Every body of a place is still no one.
        assert_eq!(
            in_opening("2023年,全市各级行政机关坚持以习近平法治思想为指导,推进法治政府建设。"),
            None
        );
        let text = "2023年是开局之年,全市公安机关以党的二十大精神为指引。推动出台《苏州市户籍准入登记管理办法》《苏州市区积分落户管理办法》。";
        assert_eq!(
            placed("市公安局", text, None).as_deref(),
            Some("苏州市公安局")
        );
    }

    #[test]
    fn republishers_are_never_issuers() {
        for s in [
            "浙江日报",
            "人民网",
            "新华社",
            "中国政府网",
            "学习强国",
            "浙江新闻客户端",
            "河南日报客户端",
        ] {
            assert!(is_republisher(s), "{s}");
            assert_eq!(from_source(s, None), None);
        }
        assert!(!is_republisher("柳城县人民政府"));
        assert!(!is_republisher("自治区人民政府法制办"));
    }

    #[test]
    fn posting_offices_are_read_as_their_government() {
        assert_eq!(
            from_source("静海区人民政府办公室", Some("静海区")).as_deref(),
            Some("静海区人民政府")
        );
        assert_eq!(
            from_source("区人民政府办公室", Some("福州市晋安区")).as_deref(),
            Some("福州市晋安区人民政府")
        );
        assert_eq!(
            from_source("司法局", Some("静海区")).as_deref(),
            Some("静海区")
        );
        assert_eq!(
            from_source("柳城县人民政府", Some("柳城县")).as_deref(),
            Some("柳城县人民政府")
        );
    }

    #[test]
    fn the_government_a_speaker_reports_for() {
        let c = Clues {
            title: Some("2025年浙江省政府工作报告"),
            subtitle: Some(
                "2025年1月14日在浙江省第十四届人民代表大会第三次会议上浙江省代省长刘捷作政府工作报告",
            ),
            opening: "各位代表：现在，我代表省人民政府向大会报告工作",
            source: Some("浙江日报"),
            ..Clues::default()
        };
        assert_eq!(read(&c).as_deref(), Some("浙江省人民政府"));
        let c = Clues {
            title: Some("政府工作报告"),
            subtitle: Some("——2025 年 3 月 5 日在第十四届全国人民代表大会第三次会议上"),
            speaker: Some("国务院总理 李强"),
            opening: "各位代表:现在,我代表国务院,向大会报告政府工作",
            ..Clues::default()
        };
        assert_eq!(read(&c).as_deref(), Some("国务院"));
        let c = Clues {
            title: Some("政府工作报告"),
            subtitle: Some("2019年3月2日在浮山县第十六届人民代表大会第四次会议上"),
            speaker: Some("栗 俊 昌"),
            opening: "各位代表:现在,我代表县人民政府向大会报告工作",
            ..Clues::default()
        };
        assert_eq!(read(&c).as_deref(), Some("浮山县人民政府"));
        let c = Clues {
            opening: "各位代表:现在,我代表上杭县人民政府,向大会报告政府工作",
            ..Clues::default()
        };
        assert_eq!(read(&c).as_deref(), Some("上杭县人民政府"));
    }

    /// Invented opening of a real shape (a provincial report printed by a daily, its speaker's
    /// line naming the office alone): the office's level placed by the newspaper, never the paper.
    #[test]
    fn a_speakers_office_alone_is_placed_by_the_text_or_the_paper() {
        let text = "关于2022年法治政府建设情况的报告\n——2023年1月在省第十四届人民代表大会第一次会议上\n省长 毛伟明\n一、主要工作";
        let c = Clues {
            title: Some("关于2022年法治政府建设情况的报告"),
            subtitle: Some("——2023年1月在省第十四届人民代表大会第一次会议上"),
            speaker: Some("省长 毛伟明"),
            source: Some("湖南日报"),
            opening: "一、主要工作",
            text,
            ..Clues::default()
        };
        assert_eq!(read(&c).as_deref(), Some("湖南省人民政府"));
        // Nothing places it: no bare level is given out.
        let c = Clues { source: None, ..c };
        assert_eq!(read(&c), None);
        assert_eq!(speaker_level("自治区主席 某某"), Some("自治区"));
        assert_eq!(speaker_level("代市长 某某"), Some("市"));
        assert_eq!(speaker_level("国务院总理 李强"), None);
        assert_eq!(speaker_level("栗 俊 昌"), None);
    }

    /// A department's report posted on its own site, the body named by its level alone in the
    /// title and the opening (省司法厅2023年…, 2023年，省司法厅坚持…; meta2 广东 2022/2023, meta14
    /// 江苏教育厅): the page's 来源 line naming the body with its province places it.
    #[test]
    fn a_source_naming_the_body_with_its_province_places_it() {
        let text = "省司法厅2023年法治政府建设年度报告\n2023年，省司法厅坚持以习近平新时代中国特色社会主义思想为指导。";
        assert_eq!(
            placed("省司法厅", text, Some("广东省司法厅")).as_deref(),
            Some("广东省司法厅")
        );
        // A source naming another body or no place does not.
        assert_eq!(placed("省司法厅", text, Some("省司法厅")), None);
        assert_eq!(placed("省司法厅", text, Some("省政府研究室")), None);
    }
}
