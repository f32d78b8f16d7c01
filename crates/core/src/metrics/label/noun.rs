//! The noun a count modifies, right after its unit: 4个实地督察组 → 实地督察组, 36个部门权责清单
//! → 部门权责清单. It stops where the next item of a list or the next metric's clause begins.

use super::clause::is_boundary;
use crate::lexicon::data::label::{
    CATEGORY_NOUNS, CLAUSE_VERBS, POST_ADVERBIALS, POST_STOP, RATE_NOUNS, TOTALS,
};
use crate::lexicon::segment;
use crate::text::CjkSet;

const MAX_POST_CHARS: usize = 16;

/// The first characters of `post_adverbials` (按, 根, 依, 对): [`post_noun`] asks at every
/// character of the phrase whether one of them starts there, and most characters start none.
static POST_ADVERBIAL_FIRSTS: CjkSet = CjkSet::first_chars(POST_ADVERBIALS);
/// The first characters of `post_stop` (和, 与, 及, 并, 等, 达, 共, 分, 均, 其, 同, 目), derived
/// from the list as the pretest before its words are looked for at a character.
static POST_STOP_FIRSTS: CjkSet = CjkSet::first_chars(POST_STOP);
/// A noun phrase after a count that ends within this many characters is kept whole.
const MAX_POST_REACH: usize = 26;

/// The noun phrase (and the predicate on it) right after a count's unit, if the count
/// modifies it: 4个实地督察组在全市开展 → 实地督察组在全市开展; 7个套餐已完成配置测试.
pub(super) fn post_noun(text: &str, from: usize) -> Option<(usize, usize)> {
    // A bracketed aside right after the unit is skipped: 1件(“十五五”规划)正在积极筹备中.
    let mut from = from;
    if let Some(inner) = text[from..].strip_prefix(['(', '（']) {
        let close = inner.find([')', '）'])?;
        if inner[..close].chars().count() > 12 {
            return None;
        }
        from = text.len() - inner.len()
            + close
            + inner[close..].chars().next().map_or(1, char::len_utf8);
    }
    // A footnote marker right after the unit (120件[1]，) is not the start of a noun.
    from += footnote_len(&text[from..]);
    let rest = &text[from..];
    let first = rest.chars().next()?;
    if is_boundary(first) || first.is_ascii_digit() || crate::text::one_of(first, " ”、(（)）")
    {
        return None;
    }
    // 政府规章目录65件|和行政规范性文件目录650件: a conjunction right after the unit starts the
    // next counted item of the list, whose noun is that item's, not this count's.
    if post_conjunctions().any(|w| rest.starts_with(*w) && segment::is_word_at(text, from, w))
        && !joins_noun(rest)
    {
        return None;
    }
    let mut end = 0;
    // Where the phrase stands at MAX_POST_CHARS, in case it runs on past MAX_POST_REACH: a
    // phrase that ends by then is kept whole, its head noun is at its end (2期…党的二十大精神
    // 专题轮训班).
    let mut at_cap = None;
    for (n, (i, c)) in rest.char_indices().enumerate() {
        if n == MAX_POST_CHARS {
            at_cap = Some(end);
        }
        if n >= MAX_POST_REACH {
            end = at_cap.unwrap_or(end);
            break;
        }
        if is_boundary(c) || c.is_ascii_digit() {
            break;
        }
        // 104项三级指标|按照部门工作职能认真分工: an adverbial after the noun says how, not what.
        if i > 0
            && POST_ADVERBIAL_FIRSTS.contains(c)
            && POST_ADVERBIALS
                .iter()
                .any(|w| rest[i..].starts_with(w) && segment::is_word_at(text, from + i, w))
        {
            break;
        }
        // (After a closing quote, 、 starts the next named item: “28条省委办法”、“六项禁令”.)
        if c == '、'
            && (rest[..i].ends_with('”')
                || !verbs_joined(&rest[i..], MAX_POST_REACH.saturating_sub(n)))
        {
            break;
        }
        // 从7个申报地区和228个申报项目|中优选2个综合地区: the count is of the set chosen from,
        // which 中 closes; what follows is the next figure's verb.
        if c == '中'
            && i > 0
            && chosen_from(text, from)
            && segment::is_word_at(text, from + i, "中")
        {
            break;
        }
        // 主持召开省政府常务会等会议研究…: 等 before the noun it exemplifies goes on with it.
        let such_as = c == '等'
            && rest[..i]
                .chars()
                .next_back()
                .is_some_and(crate::text::is_cjk)
            && rest[i + c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(|d| crate::text::is_cjk(d) && !crate::text::is_chinese_digit(d));
        if i > 0
            && !such_as
            && POST_STOP_FIRSTS.contains(c)
            && (POST_STOP
                .iter()
                .any(|w| segment::is_word_at(text, from + i, w))
                || total_follows(&rest[i..]))
            && !joins_noun(&rest[i..])
        {
            break;
        }
        end = i + c.len_utf8();
    }
    if end == 0 {
        return None;
    }
    // A phrase cut at the length limit ends with the word it was cut in (法治建|设 → 法治建设).
    if let Some((_, word_end)) = segment::word_across(text, from + end) {
        end = word_end - from;
    }
    // 两次考试的及格率分别为95.5%: the rate after 的 is what the next figure measures; this
    // count counts the noun before it.
    if let Some(de) = rest[..end].rfind('的') {
        let attribute = &rest[de + '的'.len_utf8()..end];
        let next = rest[end..].trim_start_matches(|c: char| !c.is_ascii_digit() && !is_boundary(c));
        if de > 0
            && RATE_NOUNS.iter().any(|w| attribute.ends_with(w))
            && next.starts_with(|c: char| c.is_ascii_digit())
        {
            end = de;
        }
    }
    // A predicate after the noun stays (23个单位（部门）公布实行告知承诺制的证明事项达285项: the
    // units are those that published): a reader names the count by what it did.
    Some((from, from + end))
}

/// A conjunction at the start of `at` that joins a noun to the phrase (市直部门|及县(市)区主要负责人
/// 现场述法) rather than starting the next counted item of a list (律师|和35名公证员): no number
/// follows it before the clause ends.
fn joins_noun(at: &str) -> bool {
    let Some(w) = post_conjunctions().find(|w| at.starts_with(**w)) else {
        return false;
    };
    !at[w.len()..]
        .chars()
        .take_while(|&c| !is_boundary(c) && c != '、')
        .any(|c| c.is_ascii_digit() || crate::text::is_chinese_digit(c))
}

/// Whether the 、 at the start of `at` joins the words of one phrase (社区(村)发布|、宣传“…”信息,
/// 局党委会|、局长办公会) rather than starting the next item of a list: no number follows before
/// the clause ends, and the clause ends within `budget` characters (the phrase is kept whole, not
/// cut inside its second part).
fn verbs_joined(at: &str, budget: usize) -> bool {
    let mut n = 0;
    for c in at.chars().skip(1) {
        if is_boundary(c) {
            // (A line that ends without punctuation is an opening cut mid-phrase.)
            return c != '\n';
        }
        n += 1;
        // (Arabic digits only: 一 of “高效办成一件事” starts no count.)
        if n > budget || c.is_ascii_digit() {
            return false;
        }
    }
    // The text ends first (an opening cut mid-phrase): the second part is not whole.
    false
}

/// The conjunctions (`conjunctions` of lexicon/grammar.toml) that also end the noun phrase after a
/// count (`post_stop` of lexicon/label.toml): 和, 与, 及 — not 同 or 或, which start words there
/// (同比, 或将) more often than they join two nouns.
/// The list is filtered once (it was filtered at every call, [`post_noun`] asking at every count:
/// a `contains` over `post_stop` for each conjunction).
pub(super) fn post_conjunctions() -> impl Iterator<Item = &'static &'static str> {
    static LIST: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    LIST.get_or_init(|| post_conjunctions_filtered().copied().collect())
        .iter()
}

/// [`post_conjunctions`] filtered from the two lists at each call (the general path).
fn post_conjunctions_filtered() -> impl Iterator<Item = &'static &'static str> {
    use crate::lexicon::data::grammar::CONJUNCTIONS;
    CONJUNCTIONS.iter().filter(|w| POST_STOP.contains(w))
}

/// Whether the clause before `at` opens a 从… frame (从7个申报地区和228个申报项目中): 从 as a word of
/// its own (not 从严, 从事) since the clause's last punctuation.
pub(super) fn chosen_from(text: &str, at: usize) -> bool {
    let head = crate::text::window(text, at.saturating_sub(90), at);
    let base = at - head.len();
    let clause = head.rfind(is_boundary).map_or(0, |i| {
        i + head[i..].chars().next().map_or(1, char::len_utf8)
    });
    head[clause..]
        .match_indices('从')
        .any(|(i, _)| segment::is_word_at(text, base + clause + i, "从"))
}

/// Byte length of a footnote marker at the start of `s`: [1], ［12］, ①, ¹ (0 if none).
pub(super) fn footnote_len(s: &str) -> usize {
    let mut chars = s.char_indices();
    match chars.next() {
        Some((_, open @ ('[' | '［'))) => {
            let inner = &s[open.len_utf8()..];
            let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
            match inner[digits..].chars().next() {
                Some(close @ (']' | '］')) if (1..=3).contains(&digits) => {
                    open.len_utf8() + digits + close.len_utf8()
                }
                _ => 0,
            }
        }
        Some((_, c)) if ('\u{2460}'..='\u{2473}').contains(&c) || is_superscript_digit(c) => {
            let mut n = c.len_utf8();
            // ¹² : a marker of several superscript digits.
            for (_, d) in chars.take_while(|&(_, d)| is_superscript_digit(d)) {
                n += d.len_utf8();
            }
            n
        }
        _ => 0,
    }
}

/// ¹²³⁴⁵⁶⁷⁸⁹⁰, by a `match` (`"¹²³…".contains(c)` sets up a substring searcher for every
/// noun read, [`footnote_len`] being asked at each).
fn is_superscript_digit(c: char) -> bool {
    matches!(c, '¹' | '²' | '³' | '⁴' | '⁵' | '⁶' | '⁷' | '⁸' | '⁹' | '⁰')
}

/// 类别共2644项: 共 right before a figure says the next count is a total; the phrase ends there
/// (共 before a verb, 共培育“法律明白人”, is the count's predicate and stays).
fn total_follows(at: &str) -> bool {
    TOTALS
        .iter()
        .find_map(|w| at.strip_prefix(w))
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// 涉及10个类别共2644项权责事项: a count of categories right before a count of things is the
/// number of categories of those things (权责事项类别). Returns the range of the things'
/// noun when `post` (the noun after this count) is a category word followed by such a count.
pub(super) fn category_of_next(text: &str, post: (usize, usize)) -> Option<(usize, usize)> {
    if !CATEGORY_NOUNS.contains(&&text[post.0..post.1]) {
        return None;
    }
    let rest = &text[post.1..];
    let rest = TOTALS
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    let digits = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(rest.len());
    if digits == 0 {
        return None;
    }
    let unit = crate::lexicon::units::match_unit(&rest[digits..])?;
    let noun_at = text.len() - rest.len() + digits + unit.len;
    post_noun(text, noun_at)
}

/// Where the head noun of a count's phrase `(a, b)` ends, before the predicate or 的-clause
/// that follows it (23个单位（部门）|公布实行告知承诺制的证明事项达285项): a later figure of the
/// clause counts what the predicate names, not the noun (285 counts 证明事项), so its words
/// start there. Cut after a bracket closing the noun, or before a verb that starts the
/// clause; the whole phrase when neither is found.
pub(super) fn head_end(text: &str, (a, b): (usize, usize)) -> usize {
    let post = &text[a..b];
    if let Some(close) = post.find('）').filter(|&i| i > 0) {
        return a + close + '）'.len_utf8();
    }
    CLAUSE_VERBS
        .iter()
        .filter_map(|v| crate::text::find_str(post, v))
        .filter(|&i| i > 0)
        .min()
        .map_or(b, |i| a + i)
}

/// The longest predicate [`predicate_after_next_count`] takes.
const MAX_SHARED_PREDICATE_CHARS: usize = 16;

/// `45家单位1932个服务事项进驻区级大厅`: a count whose noun (`post`, 单位) runs straight into the
/// next count is said of by the predicate after that count's noun — from its first verb
/// (`clause_verbs` or `actions` of `lexicon/label.toml`) to the clause's end: 进驻区级大厅.
pub(super) fn predicate_after_next_count(
    text: &str,
    (_, b): (usize, usize),
) -> Option<(usize, usize)> {
    use crate::lexicon::data::label::ACTIONS;
    let rest = &text[b..];
    let digits = rest.len()
        - rest
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
            .len();
    // A year or date is no count (4部门联合表扬为2021年度…).
    if digits == 0 || crate::metrics::dates::read(text, b).is_some() {
        return None;
    }
    let after = &rest[digits..];
    let end = after
        .find(|c: char| is_boundary(c) || c == '、')
        .unwrap_or(after.len());
    let run = &after[..end];
    // The next count's unit (个), then at least one character of its noun before the verb.
    let unit = run.chars().next()?.len_utf8();
    let verb = CLAUSE_VERBS
        .iter()
        .chain(ACTIONS)
        .filter_map(|v| crate::text::find_str(&run[unit..], v))
        .filter(|&i| i > 0)
        .min()?;
    let from = b + digits + unit + verb;
    let to = b + digits + end;
    let to = text[from..to]
        .char_indices()
        .nth(MAX_SHARED_PREDICATE_CHARS)
        .map_or(to, |(i, _)| from + i);
    (to > from).then_some((from, to))
}

#[cfg(test)]
mod tests {
    /// The list filtered once is the list filtered at each call, in order.
    #[test]
    fn post_conjunctions_once_is_filtered_each_time() {
        let once: Vec<_> = super::post_conjunctions().collect();
        let each: Vec<_> = super::post_conjunctions_filtered().collect();
        assert_eq!(once, each);
        assert!(!once.is_empty());
    }

    /// The derived first-character sets answer as the word lists do: a character of the
    /// Basic Multilingual Plane is in the set exactly when a word of the list starts with it.
    #[test]
    fn first_character_pretests_are_the_lists() {
        use crate::lexicon::data::label::{POST_ADVERBIALS, POST_STOP};
        for c in (0..=0xFFFF).filter_map(char::from_u32) {
            let starts = |words: &[&str]| words.iter().any(|w| w.starts_with(c));
            assert_eq!(
                super::POST_ADVERBIAL_FIRSTS.contains(c),
                starts(POST_ADVERBIALS)
            );
            assert_eq!(super::POST_STOP_FIRSTS.contains(c), starts(POST_STOP));
        }
    }

    /// The `match` answers as the string of superscript digits it replaced, for every character
    /// of the Basic Multilingual Plane.
    #[test]
    fn superscript_digits_are_the_listed_ones() {
        for c in (0..=0xFFFF).filter_map(char::from_u32) {
            assert_eq!(
                super::is_superscript_digit(c),
                "¹²³⁴⁵⁶⁷⁸⁹⁰".contains(c),
                "{c:?}"
            );
        }
    }
}
