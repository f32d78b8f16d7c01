//! Numbers that are not metrics, judged from the words around them.
//!
//! Ordinals (第三批, 党的二十大), plan and campaign names (十四五, 三重一大), model names
//! (3+X, 1+5+N, “321”工作法), slogans (24小时备勤待命, 15分钟服务圈) and enumeration words that restate a listed set (四个方面,
//! 五大领域, 三级联动). Dates are read separately (see `dates`); hotlines, phone numbers,
//! URLs and document numbers are codes, found by `lexicon::patterns` and skipped before.

use crate::lexicon::data::names;
use crate::lexicon::words::Words;
use std::sync::OnceLock;

/// Plan, campaign and model names with numerals in them (`lexicon/names.toml`), compiled once.
fn named() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| Words::new(names::NAMED))
}

/// Nouns that make a Chinese-numeral count an enumeration (`lexicon/names.toml`).
fn enumeration_nouns() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| Words::new(names::ENUMERATION_NOUNS))
}

/// Is the number at `start..end` (cleaned text) part of a name rather than a count?
pub fn is_named(text: &str, start: usize, end: usize) -> bool {
    // Only names that contain the number's first character can cover it (no name holds an
    // Arabic digit), which keeps this check off the hot path for most numbers.
    let Some(first) = text[start..end].chars().next() else {
        return false;
    };
    if first.is_ascii_digit() {
        return false;
    }
    let window_start = floor_char(text, start.saturating_sub(12));
    let window_end = ceil_char(text, (end + 12).min(text.len()));
    let window = &text[window_start..window_end];
    named().find_all(window).any(|hit| {
        window_start + hit.start < end
            && window_start + hit.end > start
            && names::NAMED[hit.word].contains(first)
    })
}

/// Preceded by 第 (第三批, 第十次) or followed by 大/届 as in 二十大, 二十届.
pub fn is_ordinal(text: &str, start: usize, end: usize) -> bool {
    let before = &text[..start];
    // 第三批; 党的二十大, 二十届; and session numbers such as 六届二次全会.
    before.ends_with('第')
        || before.ends_with("第 ")
        || before.ends_with('届')
        || text[end..].starts_with('届')
        // (突破200万大关: a threshold passed, not 二十大.)
        || text[end..].starts_with('大') && !text[end..].starts_with("大关")
        || text[end..].trim_start_matches(' ').starts_with("周年")
}

/// The number of a plenum or a session: 省委十一届三次、四次、五次全会, 县十六届人大三次会议,
/// 六届二次全会. The count of a 次 followed (after more N次 of a 、-list) by 全会 or 会议, with a
/// 届 shortly before it in the same clause. (召开三次会议 counts meetings: no 届.)
pub fn is_session(text: &str, start: usize, end: usize) -> bool {
    let Some(mut rest) = text[end..].strip_prefix('次') else {
        return false;
    };
    // 三次、四次、五次全会: skip the list's further items.
    while let Some(r) = rest.strip_prefix('、') {
        let r2 =
            r.trim_start_matches(|c: char| crate::text::is_chinese_digit(c) || c.is_ascii_digit());
        match r2.strip_prefix('次') {
            Some(r3) if r2.len() < r.len() => rest = r3,
            _ => break,
        }
    }
    let meeting = crate::lexicon::data::names::MEETING_WORDS
        .iter()
        .any(|w| rest.starts_with(w));
    if !meeting {
        return false;
    }
    // 届 within the clause before: 十一届, 十六届人大, 十四届人大常委会第 … A line break
    // alone ends no clause: a subtitle wrapped inside the meeting's name (在封丘县第十五届人民
    // 代表大会⏎六次会议上) is one clause (a line ending in 。 or ，ends at its punctuation).
    let before = &text[floor_char(text, start.saturating_sub(36))..start];
    let clause = before
        .rfind(|c: char| "。；;，,：:".contains(c))
        .map_or(before, |i| {
            &before[i + before[i..].chars().next().map_or(1, char::len_utf8)..]
        });
    // The list's earlier items (三次、四次…): walk back over them to the 届.
    clause.contains('届')
}

/// Model names written with digits and plus signs: 3+X, 1+5+N, 1+3”项目管家”.
pub fn is_model_name(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let plus = |c: Option<char>| matches!(c, Some('+' | '＋' | '×'));
    // A sign at the start of a table cell or after a space (增减 +17) joins nothing.
    let sign = plus(before) && {
        let head = &text[..start];
        let head = &head[..head.len() - before.map_or(0, char::len_utf8)];
        head.is_empty() || head.ends_with(['\t', '|', '｜', ' ', '\n', '（', '('])
    };
    if (plus(before) && !sign) || plus(after) {
        return true;
    }
    // An ASCII letter glued to the number (5G, 3D, F35) makes a name, unless the letters are
    // a unit (12EFLOPS, 24.7μg/m3).
    // (The unit is looked up only when a letter follows: this runs for every number.)
    let letter_unit = || {
        crate::lexicon::units::match_unit(&text[end..])
            .is_some_and(|u| !text[end + u.len..].starts_with(|c: char| c.is_ascii_alphanumeric()))
    };
    (before.is_some_and(|c| c.is_ascii_alphabetic()) && !is_magnitude_scale(text, start, end))
        || after.is_some_and(|c| c.is_ascii_alphabetic() && c != 'k' && c != 'm' && !letter_unit())
        || is_version(text, start, end)
}

/// An earthquake's magnitude written with its scale (M5.1级, ML3.3级, m1.5级以上): the letters
/// name the scale, not a model.
fn is_magnitude_scale(text: &str, start: usize, end: usize) -> bool {
    let head = &text[..start];
    let scale = crate::lexicon::data::names::MAGNITUDE_SCALES
        .iter()
        .find(|s| head.ends_with(**s))
        .map(|s| &head[..head.len() - s.len()]);
    scale.is_some_and(|rest| !rest.ends_with(|c: char| c.is_ascii_alphanumeric()))
        && text[end..].starts_with('级')
}

/// [`VIEW_COUNTERS`](crate::lexicon::data::chrome::VIEW_COUNTERS) indexed by last character:
/// asked before every number, where most words before a number end in none of their six last
/// characters (one lookup instead of a compare per word).
fn view_counters() -> &'static crate::lexicon::words::ByLast {
    static INDEX: std::sync::OnceLock<crate::lexicon::words::ByLast> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        crate::lexicon::words::ByLast::new(crate::lexicon::data::chrome::VIEW_COUNTERS)
    })
}

/// A counter of the web page the text was copied from (查看: 21249次, 浏览次数：380, 阅读 1200):
/// page chrome, not a figure of the report. The counter word stands on its own on a chrome line
/// (after a space, a bar or the line's start); one that ends a longer noun in a sentence is the
/// report's own figure (县政府门户网站独立用户访问量452.7万个 in a 信息公开 report).
pub fn is_page_counter(text: &str, start: usize, end: usize) -> bool {
    // A compilation site's count of its pages on the title line: …工作报告-23篇(第26/40页).
    if paged_count(&text[end..]) {
        return true;
    }
    let (head, head_start) = counter_head(text, start);
    view_counters()
        .suffixes(head)
        .any(|w| stands_alone(text, head_start, head, w))
}

/// The words right before a number where a page's counter word would end (up to 18 bytes, the
/// spaces and colons after the word trimmed), and where they start.
fn counter_head(text: &str, start: usize) -> (&str, usize) {
    let window = crate::text::window(text, start.saturating_sub(18), start);
    (
        window.trim_end_matches([' ', ':', '：', '\u{a0}']),
        start - window.len(),
    )
}

/// Whether the counter word `word` ending `head` stands on its own: after a space, a bar,
/// punctuation or the line's start, not as the end of a longer noun (…访问量).
fn stands_alone(text: &str, head_start: usize, head: &str, word: &str) -> bool {
    !text[..head_start + head.len() - word.len()]
        .chars()
        .next_back()
        .is_some_and(crate::text::is_cjk)
}

/// A version written N.0 inside a name (服务业扩大开放2.0方案, 工业4.0, 营商环境3.0版): a
/// single digit and .0 between Chinese words, with no unit after it (增长2.0% is a figure).
fn is_version(text: &str, start: usize, end: usize) -> bool {
    let digits = &text.as_bytes()[start..end];
    let shape = matches!(digits, [b'1'..=b'9', b'.', b'0']);
    let before = text[..start].chars().next_back();
    let rest = &text[end..];
    // A unit that is the start of a longer word (方 of 方案) is no unit. (Looked up only for
    // the N.0 shape: this runs for every number.)
    let unit = || {
        crate::lexicon::units::match_unit(rest)
            .is_some_and(|u| crate::lexicon::segment::longest_word_at(text, end) <= u.len)
            || rest.starts_with(['%', '％', '万', '亿', '千', '百'])
    };
    shape && before.is_some_and(crate::text::is_cjk) && !unit()
}

/// A number that spells out a model name just given: 建立1+3”项目管家机制，即针对1个重大项目
/// (the 1 of "1+3"), not a count of projects.
pub fn explains_model(text: &str, start: usize, end: usize) -> bool {
    model_spelt_out(text, start, end, true)
}

/// [`explains_model`]; `pretest`: look for the + first.
fn model_spelt_out(text: &str, start: usize, end: usize, pretest: bool) -> bool {
    let before = &text[floor_char(text, start.saturating_sub(40))..start];
    // A model name holds a + (1+3): without one in the words before, nothing is spelt out. One
    // search for a byte that is never part of a Han character, before the search for 即 (whose
    // last byte is, and stops the search at one character in sixty-odd).
    if pretest && memchr::memchr(b'+', before.as_bytes()).is_none() {
        return false;
    }
    let Some(ji) = crate::text::rfind_str(before, "即") else {
        return false;
    };
    let model_area = &before[..ji];
    let digits = &text[start..end];
    model_area.match_indices(digits).any(|(i, d)| {
        let prev = model_area[..i].chars().next_back();
        let next = model_area[i + d.len()..].chars().next();
        matches!(prev, Some('+')) || matches!(next, Some('+'))
    })
}

/// Slogans with a measure in them: 24小时备勤待命, 7×24小时, 15分钟服务圈, 30钟政务服务圈.
pub fn is_slogan(text: &str, start: usize, unit_end: usize, unit: &str) -> bool {
    let after = &text[unit_end..];
    if unit == "小时" && &text[start..unit_end] == "24小时" {
        return [
            "值守",
            "值班",
            "备勤",
            "待命",
            "在线",
            "服务",
            "不打烊",
            "自助",
            "全天候",
            "不间断",
            "受理",
            "响应",
            "开放",
            "运行",
            "营业",
            "热线",
            "接听",
        ]
        .iter()
        .any(|w| after.starts_with(w));
    }
    // "N分钟…圈" within a few characters (the service-radius slogans).
    (unit == "分钟" || after.starts_with('钟')) && after.chars().take(10).any(|c| c == '圈')
}

/// Inside “…” on the same clause (Chinese quotes): names and slogans live there.
pub fn in_quotes(text: &str, start: usize, end: usize) -> bool {
    let before = &text[floor_char(text, start.saturating_sub(30))..start];
    let after = &text[end..ceil_char(text, (end + 30).min(text.len()))];
    let open = before.rfind('“');
    let close_before = before.rfind('”');
    let opened = match (open, close_before) {
        (Some(o), Some(c)) => o > c,
        (Some(_), None) => true,
        _ => false,
    };
    opened
        && after
            .find('”')
            .is_some_and(|c| after.find('“').is_none_or(|o| c < o))
}

/// A count in quotes (`start..unit_end`, the unit included) followed at once by a numeral: the
/// counted noun is a count itself (“3个一批”: build, start and finish one batch each), a slogan's
/// name. So is one packed after another count in the same quotes (“1委1办4组”: one committee,
/// one office, four groups — a set's name, its counts not figures of the year). Not a count of a
/// named thing (赠送“4枚印章”).
pub fn quoted_slogan(text: &str, start: usize, unit_end: usize) -> bool {
    // (A match, not `one_of`'s walk over the set's characters: asked after every unit.)
    let numeral = |c: char| {
        c.is_ascii_digit()
            || matches!(
                c,
                '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '两'
            )
    };
    let followed = text[unit_end..].chars().next().is_some_and(numeral);
    // …1办|4组: one character after a figure right before this one.
    let packed = || {
        let mut before = text[..start].chars().rev();
        matches!(
            (before.next(), before.next()),
            (Some(c), Some(d)) if crate::text::is_cjk(c) && d.is_ascii_digit()
        )
    };
    (followed || packed()) && in_quotes(text, start, unit_end)
}

/// A count in figures of a report's parts (`report_parts` in `lexicon/names.toml`) right after
/// the list that names them (…存在的主要问题及改进情况、其他需要报告的事项6个部分组成): the report's
/// structure, not a figure. `unit_end` is where the count's unit (个, or none) ends; the list is at
/// least two 、 or commas in the sentence before `start` (合江 lists its parts with commas).
pub fn closes_parts_list(text: &str, start: usize, unit_end: usize) -> bool {
    let after = &text[unit_end..];
    if !names::REPORT_PARTS.iter().any(|w| after.starts_with(w)) {
        return false;
    }
    let before = &text[floor_char(text, start.saturating_sub(300))..start];
    let sentence = before
        .rfind(['。', '；', ';', '：', ':', '\n'])
        .map_or(before, |i| &before[i..]);
    sentence.matches(['、', '，', ',']).count() >= 2
}

/// A number in a cell of a disclosure table's row whose cell before it is a metadata label
/// (`索引号 | /2025-0000 | 公开目录: |`, `发文字号 | 金政发〔2025〕33号 |`; labels are
/// `lexicon/chrome.toml`'s): an index or a document number, never a figure.
pub fn in_metadata_cell(text: &str, start: usize, _end: usize) -> bool {
    /// Cells of such a row are short: the number's cell opens, and the label's cell before it
    /// starts, within this many bytes.
    const CELLS: usize = 60;
    let from = floor_char(text, start.saturating_sub(CELLS));
    let window = &text[from..start];
    // (Both ASCII: memchr's vectorised searches, as most numbers stand in no table.)
    let Some(bar) = memchr::memrchr(b'|', window.as_bytes()) else {
        return false;
    };
    if memchr::memchr(b'\n', &window.as_bytes()[bar..]).is_some() {
        return false;
    }
    let head = &window[..bar];
    let cell_start = memchr::memrchr2(b'|', b'\n', head.as_bytes()).map_or(0, |i| i + 1);
    let label: String = head[cell_start..]
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, ':' | '：'))
        .collect();
    crate::lexicon::data::chrome::LABELS.contains(&label.as_str())
}

/// A Chinese-numeral count followed by an enumeration noun (四个方面, 五大领域, 两级).
pub fn is_enumeration(after_unit: &str) -> bool {
    enumeration_nouns().longest_prefix(after_unit).is_some()
}

pub fn floor_char(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

pub fn ceil_char(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i.min(s.len())
}

/// A rank in a list's name (世界500强, 中国民营企业500强): the number is followed by 强 and not by
/// a word that starts with it (强化). Words in `lexicon/names.toml`.
pub fn is_ranked(text: &str, _start: usize, end: usize) -> bool {
    let after = &text[end..];
    names::RANKED_AFTER
        .iter()
        .any(|w| crate::text::starts_with_str(after, w))
        && !names::RANKED_NOT
            .iter()
            .any(|w| crate::text::starts_with_str(after, w))
}

/// A number inside a document's name (认真落实《云南省法治化营商环境全面提质 23 条措施》, 印发
/// 《关于…的20条措施》): the name's words, not a count the report makes. A 《 opens before the
/// number in its clause with no 》 between, and a 》 closes after it in the same clause. The
/// scan stops at a clause's punctuation, which a document's name does not hold, so it reads a
/// few characters a number.
pub fn in_book_title(text: &str, start: usize, end: usize) -> bool {
    // The closing 》 first: it must be the first of `BOOK_CLAUSE_END` after the number, which
    // a scan of the bytes up to the clause's first punctuation tells (most numbers: a few
    // characters).
    let after = crate::text::window(text, end, end + BOOK_TITLE_BYTES);
    if !closes_first(after.as_bytes()) {
        return false;
    }
    let before = crate::text::window(text, start.saturating_sub(BOOK_TITLE_BYTES), start);
    before
        .rfind(BOOK_CLAUSE_END)
        .is_some_and(|i| before[i..].starts_with('《'))
}

/// What ends the clause a document's name stands in ([`in_book_title`]).
const BOOK_CLAUSE_END: [char; 10] = ['《', '》', '。', '，', ',', '；', ';', '：', ':', '\n'];

/// Whether the first of [`in_book_title`]'s clause marks (《 》 。 ， , ； ; ： : and a line
/// break) in `after` is 》, read from the UTF-8 bytes: the wide marks are E3 80 xx and
/// EF BC xx, which no other character's bytes hold. A character's continuation bytes match
/// none of the marks' first bytes, so the scan steps over a whole character at once (a Han
/// character: one step, not three).
fn closes_first(after: &[u8]) -> bool {
    let mut i = 0;
    while let Some(&x) = after.get(i) {
        match x {
            b',' | b';' | b':' | b'\n' => return false,
            0xE3 | 0xEF => match (x, after.get(i + 1), after.get(i + 2)) {
                (0xE3, Some(0x80), Some(0x8B)) => return true,
                (0xE3, Some(0x80), Some(0x8A | 0x82)) => return false,
                (0xEF, Some(0xBC), Some(0x8C | 0x9B | 0x9A)) => return false,
                _ => i += 3,
            },
            0xE0..=0xEF => i += 3,
            0xF0..=0xF7 => i += 4,
            0xC0..=0xDF => i += 2,
            _ => i += 1,
        }
    }
    false
}

/// How far [`in_book_title`] looks either side of a number, in bytes (a long name's half).
const BOOK_TITLE_BYTES: usize = 150;

/// A span of years up to now (实现5年来同期最优, 10年以来): followed by 年来 or 年以来.
pub fn is_years_to_now(text: &str, _start: usize, end: usize) -> bool {
    let after = &text[end..];
    names::YEARS_TO_NOW
        .iter()
        .any(|w| crate::text::starts_with_str(after, w))
}

/// The number of a caption line (图1:2011-2015年…, 表5-1 …): 图 or 表 opens the line, the number
/// follows it at once and a colon, a space, a dash or the line's end follows the number.
pub fn is_caption(text: &str, start: usize, end: usize) -> bool {
    // (The character after first: most numbers have a unit there, and the line need not be read.)
    let ends = text[end..]
        .chars()
        .next()
        .is_none_or(|c| matches!(c, ':' | '：' | ' ' | '-' | '－' | '\n' | '\u{3000}'));
    ends && crate::text::line_prefix(text, start, 8)
        .map(str::trim_start)
        .is_some_and(|lead| names::CAPTIONS.contains(&lead))
}

/// `篇(第26/40页)` right after a number: the number of articles a compilation site lists, with
/// the page of its list (…年度法治政府建设工作报告-23篇(第26/40页)).
fn paged_count(after: &str) -> bool {
    let Some(rest) = after
        .strip_prefix("篇(第")
        .or_else(|| after.strip_prefix("篇（第"))
    else {
        return false;
    };
    let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let a = digits(rest);
    let Some(rest) = (a > 0).then(|| rest[a..].strip_prefix('/')).flatten() else {
        return false;
    };
    let b = digits(rest);
    b > 0 && rest[b..].starts_with('页')
}

#[cfg(test)]
mod tests {
    /// The + pretest answers as the search for 即 and the model: a number at every position of
    /// the seeds and of model names spelt out.
    #[test]
    fn the_plus_pretest_is_the_search() {
        let mut texts = crate::test_seeds::seed_texts();
        texts.push(
            "建立1+3项目管家机制，即针对1个重大项目，3个服务专班。推行“1+5+N”模式，即1个中心"
                .into(),
        );
        let mut spelt = 0;
        for t in &texts {
            for at in (0..t.len()).filter(|&i| t.is_char_boundary(i)) {
                let Some(n) = crate::numeral::read(t, at).filter(|n| n.end > at) else {
                    continue;
                };
                let full = super::model_spelt_out(t, at, n.end, false);
                assert_eq!(
                    super::model_spelt_out(t, at, n.end, true),
                    full,
                    "{:?}",
                    &t[at..n.end]
                );
                spelt += usize::from(full);
            }
        }
        assert!(spelt >= 2, "{spelt}");
    }

    /// The byte scan answers as the search it replaced (the first 》, with no clause mark before
    /// it) from every character of every seed line and of lines with each mark.
    #[test]
    fn the_book_title_scan_is_the_search() {
        let by_search = |after: &str| match after.find('》') {
            Some(close) => !after[..close].contains(super::BOOK_CLAUSE_END),
            None => false,
        };
        let mut lines = crate::test_seeds::seed_lines();
        for mark in super::BOOK_CLAUSE_END {
            lines.push(format!("12条措施{mark}》等"));
            lines.push(format!("12条措施》{mark}"));
            // Two- and four-byte characters, which the scan steps over whole.
            lines.push(format!("é12条😀措施{mark}》等"));
            lines.push(format!("12条é措施😀》{mark}"));
        }
        let mut closed = 0;
        for line in &lines {
            for i in (0..=line.len()).filter(|&i| line.is_char_boundary(i)) {
                let after = &line[i..];
                assert_eq!(
                    super::closes_first(after.as_bytes()),
                    by_search(after),
                    "{after:?}"
                );
                closed += usize::from(by_search(after));
            }
        }
        assert!(closed > 100, "{closed}");
    }

    use super::*;

    /// The counter words looked up by last character answer as the scan of the whole list, before
    /// every character of the seeds and of counter lines.
    #[test]
    fn view_counters_by_last_character_answer_as_the_list() {
        fn by_list(text: &str, start: usize, end: usize) -> bool {
            if paged_count(&text[end..]) {
                return true;
            }
            let (head, head_start) = counter_head(text, start);
            crate::lexicon::data::chrome::VIEW_COUNTERS.iter().any(|w| {
                crate::text::ends_with_str(head, w) && stands_alone(text, head_start, head, w)
            })
        }
        let mut texts = crate::test_seeds::seed_texts();
        texts.push("查看: 21249次 | 浏览次数：380\n阅读 1200 点击量5 访问量452.7万个".to_string());
        let mut counters = 0;
        for text in &texts {
            for (start, c) in text.char_indices() {
                let end = start + c.len_utf8();
                let fast = is_page_counter(text, start, end);
                assert_eq!(fast, by_list(text, start, end), "{:?}", &text[..end]);
                counters += usize::from(fast);
            }
        }
        assert!(counters >= 4, "{counters}");
    }

    fn at<'a>(text: &'a str, num: &str) -> (&'a str, usize, usize) {
        let s = text.find(num).unwrap();
        (text, s, s + num.len())
    }

    #[test]
    fn names_and_ordinals() {
        let (t, s, e) = at("全面履行一个统筹、五大职能", "一");
        assert!(!is_named(t, s, e));
        let (t, s, e) = at("严格执行“三重一大”决策制度", "三");
        assert!(is_named(t, s, e));
        let (t, s, e) = at("制定第三批全国法治政府", "三");
        assert!(is_ordinal(t, s, e));
        let (t, s, e) = at("贯彻党的二十大精神", "二十");
        assert!(is_ordinal(t, s, e));
    }

    #[test]
    fn plenums_and_sessions_are_names() {
        let t = "贯彻省委十一届三次、四次、五次全会精神";
        for num in ["三", "四", "五"] {
            let s = t.find(&format!("{num}次")).unwrap();
            assert!(is_session(t, s, s + num.len()), "{num}");
        }
        let t = "较好完成了县十六届人大三次会议确定的目标任务";
        let s = t.find("三次").unwrap();
        assert!(is_session(t, s, s + "三".len()));
        let t = "全年召开三次会议研究法治政府建设";
        let s = t.find("三次").unwrap();
        assert!(!is_session(t, s, s + "三".len()));
        // A 政府工作报告's subtitle wrapped inside the meeting's name.
        let t = "——2025 年 3 月 30 日在封丘县第十五届人民代表大会\n六次会议上\n封丘县人民政府县长";
        let s = t.find("六次").unwrap();
        assert!(is_session(t, s, s + "六".len()));
        // A sentence ended before the line break ends the clause.
        let t = "深入学习党的二十届。\n召开三次会议";
        let s = t.find("三次").unwrap();
        assert!(!is_session(t, s, s + "三".len()));
        let (t, s, e) = at("庆祝中华人民共和国成立 75 周年", "75");
        assert!(is_ordinal(t, s, e));
    }

    #[test]
    fn versions_are_names() {
        let v = |t: &str, n: &str| {
            let s = t.find(n).unwrap();
            is_model_name(t, s, s + n.len())
        };
        assert!(v("推进服务业扩大开放2.0方案落地", "2.0"));
        assert!(v("迈向工业4.0时代", "4.0"));
        assert!(!v("地区生产总值增长2.0%", "2.0"));
        assert!(!v("较上年提高2.0个百分点", "2.0"));
        assert!(!v("人均2.0万元", "2.0"));
        assert!(!v("完成2.5方案", "2.5"));
    }

    #[test]
    fn models() {
        // Hotlines and document numbers are codes: lexicon::patterns finds them.
        let (t, s, e) = at("“1+5+N”模式", "5");
        assert!(is_model_name(t, s, e));
    }

    #[test]
    fn numbers_explaining_a_model() {
        let t = "建立1+3”项目管家机制,即针对1个重大项目(企业),配备“管家”";
        let s = t.find("针对1").unwrap() + "针对".len();
        assert!(explains_model(t, s, s + 1));
        let t = "即受理案件12件";
        let s = t.find("12").unwrap();
        assert!(!explains_model(t, s, s + 2));
    }

    #[test]
    fn slogans() {
        let t = "24小时备勤待命";
        assert!(is_slogan(t, 0, "24小时".len(), "小时"));
        let t = "完善30钟政务服务圈”建设";
        let s = t.find("30").unwrap();
        assert!(is_slogan(t, s, s + 2, ""));
        let t = "服务时长共计127986小时。";
        let s = t.find("127986").unwrap();
        assert!(!is_slogan(t, s, s + "127986小时".len(), "小时"));
    }

    #[test]
    fn quotes() {
        let t = "化解“321”工作法";
        let s = t.find("321").unwrap();
        assert!(in_quotes(t, s, s + 3));
        let t = "赠送“4枚印章”，为";
        let s = t.find('4').unwrap();
        assert!(in_quotes(t, s, s + 1));
        let t = "“一网通办”体系，受理8件";
        let s = t.find('8').unwrap();
        assert!(!in_quotes(t, s, s + 1));
    }
}
