//! Enumerations of examples before a number (《甲》、《乙》等1个…): the listed items are examples;
//! the words around them say what is counted. The word lists are data: `lexicon/label.toml`
//! (`bodies`, `enumeration_verbs`).

use crate::lexicon::data::label::{BODIES, ENUMERATION_VERBS};

/// Drops enumerations ending in 等 from the words before a number (《甲》、《乙》等1个…,
/// 组织应急管理局、消防救援大队等部门开展火灾扑救、地震疏散等应急演练8次): the listed items
/// are examples, the words around them say what is counted. Returns the kept ranges.
pub(super) fn drop_enumerations(text: &str, a: usize, b: usize) -> Vec<(usize, usize)> {
    // No 等, no enumeration (most labels): the words are kept whole without reading the count
    // after them.
    if !text[a..b].contains('等') {
        return vec![(a, b)];
    }
    let own_noun = count_has_noun(&text[b..]);
    if names_the_counted_items(&text[a..b], counts_bodies(text, b), own_noun) {
        return vec![(a, b)];
    }
    let mut kept = Vec::new();
    let mut from = a;
    let mut search = a;
    while let Some(rel) = text[search..b].find('等') {
        let deng = search + rel;
        let (item_start, _) = enumeration_start(text, from, deng);
        if item_start < deng {
            kept.push((from, item_start));
            from = deng + '等'.len_utf8();
        }
        search = deng + '等'.len_utf8();
    }
    kept.push((from, b));
    kept.retain(|&(x, y)| x < y);
    kept
}

/// A short 、-list of activities or items ending in 等 and the noun they exemplify
/// (参加招商洽谈、信访接待等现场服务; 为群众节约诉讼费、代理费等各项费用): the list is what was
/// done or counted, and a reader names the figure with it. Long runs, book titles (《甲》、《乙》
/// 等, documents named as examples) and lists of bodies (应急、公安、消防等部门) are still
/// dropped.
fn names_the_counted_items(words: &str, count_of_bodies: bool, own_noun: bool) -> bool {
    let Some(deng) = words.rfind('等') else {
        return false;
    };
    let list = &words[..deng];
    let noun = &words[deng + '等'.len_utf8()..];
    // A count with no noun of its own (举办培训班、辅导报告会和《…公开课》等830场次): the listed
    // activities are the only words for what is counted, and a longer list stays.
    let limit = if own_noun || !noun.is_empty() {
        MAX_KEPT_CHARS
    } else {
        MAX_KEPT_CHARS_ALONE
    };
    let short = words.chars().count() <= limit;
    // Book titles as the examples (《甲》、《乙》等) are documents named, not what is counted; a
    // title as a later item of a list of activities is one of them.
    let first_item = list.split('、').next().unwrap_or(list);
    let bodies = BODIES.iter().any(|w| noun.starts_with(w));
    // The noun closes the words: another list after it (等应急措施、疏散转移…) is a new item.
    // Or the list ends the words and the count's own noun follows the number (排查整改多头执法、
    // 重复执法、交叉执法等8类问题), when that noun is no body.
    // (Not a list that a preposition introduces — 对帐篷、冲锋舟、救生衣等23类物资实行…: the
    // things acted on are examples of the count's noun.)
    let introduced = words.starts_with(['对', '将', '把', '向', '为', '与', '在']);
    let one_noun = (!noun.is_empty() && !noun.contains('、'))
        || (noun.is_empty() && !count_of_bodies && !introduced);
    // One quoted name as the example (组织开展“凤鸣政策通”等17场品牌活动): a brand the reader
    // names the figure by.
    let quoted_one = noun.is_empty()
        && !introduced
        && list.ends_with('”')
        && list.matches('“').count() == 1
        && !count_of_bodies;
    short
        && (list.contains('、') || quoted_one)
        && !first_item.contains('《')
        && one_noun
        && !bodies
}

/// Whether the count right after `b` (等36个部门) counts bodies.
fn counts_bodies(text: &str, b: usize) -> bool {
    let rest = crate::text::window(text, b, (b + 24).min(text.len()));
    let clause = rest
        .find(|c: char| super::clause::is_boundary(c))
        .map_or(rest, |i| &rest[..i]);
    let noun = clause.trim_start_matches(|c: char| {
        c.is_ascii_digit() || c == '.' || crate::text::is_chinese_digit(c)
    });
    // After the classifier (个, 家, 类): the noun counted.
    noun.char_indices()
        .take(3)
        .any(|(i, _)| BODIES.iter().any(|w| noun[i..].starts_with(w)))
}

/// Whether the count at the start of `after` (4项, 36个部门, 23个“一件事”…) names a noun of its
/// own after its unit. Without one (出台法治建设的意见等4项。) the example is the only word for what is counted
/// and stays in the label.
fn count_has_noun(after: &str) -> bool {
    let digits = after
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || crate::text::is_chinese_digit(c)))
        .unwrap_or(after.len());
    let rest = &after[digits..];
    let rest = crate::lexicon::units::match_unit(rest).map_or(rest, |u| &rest[u.len..]);
    rest.chars()
        .next()
        .is_some_and(|c| crate::text::is_cjk(c) || matches!(c, '“' | '《' | '"'))
}

/// The longest words before a number that keep their list of examples.
const MAX_KEPT_CHARS: usize = 24;
/// The same, when the count has no noun of its own and the list is all that names it.
const MAX_KEPT_CHARS_ALONE: usize = 30;

/// Start of a 、-list that ends at `deng` (the 等), or `deng` itself when there is no list.
fn enumeration_start(text: &str, from: usize, deng: usize) -> (usize, usize) {
    let body = &text[from..deng];
    let Some(first_sep) = body.find('、') else {
        return single_example(text, from, deng);
    };
    // Start of the first item: a book title, or the few characters after a verb or particle.
    let head = &body[..first_sep];
    let verb_end = ENUMERATION_VERBS
        .iter()
        .filter_map(|v| crate::text::rfind_str(head, v).map(|i| i + v.len()))
        .filter(|&e| head[e..].chars().count() <= 10)
        .max();
    let item_start = if head.ends_with('》') {
        head.rfind('《').unwrap_or(0)
    } else if let Some(e) = verb_end {
        e
    } else {
        head.char_indices()
            .rev()
            .take(8)
            .find(|&(_, c)| crate::text::one_of(c, "的对将把了如及与和在为有“”"))
            .map_or_else(
                || {
                    // Four characters back, but never inside a word (举办培训班 keeps 举办,
                    // not 举).
                    let cut = head.char_indices().rev().nth(3).map_or(0, |(i, _)| i);
                    crate::lexicon::segment::word_across(text, from + cut)
                        .map_or(cut, |(_, end)| end - from)
                },
                |(i, c)| i + c.len_utf8(),
            )
    };
    (from + item_start, deng)
}

/// One example before 等 right before the number (对柳州市人民政府办公室等36个部门): the example is
/// left out like a list's, from after the verb or preposition that introduces it.
fn single_example(text: &str, from: usize, deng: usize) -> (usize, usize) {
    let after = &text[deng + '等'.len_utf8()..];
    let next_is_number =
        after.starts_with(|c: char| c.is_ascii_digit() || crate::text::is_chinese_digit(c));
    if !next_is_number || !count_has_noun(after) {
        return (deng, deng);
    }
    let body = &text[from..deng];
    let start = body
        .char_indices()
        .rev()
        .find(|&(_, c)| crate::text::one_of(c, "对将把向为与和由经在从"))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let example = &body[start..];
    if example.chars().count() >= 2 && !example.contains(['，', ',']) {
        (from + start, deng)
    } else {
        (deng, deng)
    }
}
