//! Enumerations of examples before a number (《甲》、《乙》等1个…): the listed items are examples;
//! the words around them say what is counted. The word lists are data: `lexicon/label.toml`
//! (`bodies`, `enumeration_verbs`).

use crate::lexicon::data::label::{BODIES, DOCUMENT_ENDS, ENUMERATION_VERBS, SUBJECT_END};

/// Drops enumerations ending in 等 from the words before a number (《甲》、《乙》等1个…,
/// 组织应急管理局、消防救援大队等部门开展火灾扑救、地震疏散等应急演练8次): the listed items
/// are examples, the words around them say what is counted. Returns the kept ranges.
pub(super) fn drop_enumerations(text: &str, a: usize, b: usize) -> Vec<(usize, usize)> {
    // No 等, no enumeration (most labels): the words are kept whole without reading the count
    // after them. (memchr for 等's last byte: `contains('等')` sets up a substring searcher
    // for every label.)
    if !crate::text::contains_str(&text[a..b], "等") {
        return vec![(a, b)];
    }
    // 组织召开局党组会议、理论学习中心组会议、干部职工会议等共计43次: a total's word between
    // the words and the number (共计, 累计: `subject_end` of `lexicon/label.toml`) is no noun of
    // the count's own.
    let after = &text[b..];
    let after = SUBJECT_END
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .unwrap_or(after);
    let own_noun = count_has_noun(after);
    match examples_named(&text[a..b], counts_bodies(text, b), own_noun) {
        Examples::Kept => return vec![(a, b)],
        Examples::FirstTwo { cut, deng } if !introduced(text, a, a + deng) => {
            return vec![(a, a + cut), (a + deng, b)]
        }
        Examples::FirstTwo { .. } => {}
        Examples::Dropped => {}
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

/// What the label keeps of a list of examples ending in 等.
#[derive(Debug, PartialEq, Eq)]
enum Examples {
    /// The words whole, list included.
    Kept,
    /// The words up to the list's second 、 (`cut`), then from its 等 (`deng`) on: byte offsets
    /// into the words.
    FirstTwo { cut: usize, deng: usize },
    /// The list left out ([`enumeration_start`] finds where it starts).
    Dropped,
}

/// A short 、-list of activities or items ending in 等 and the noun they exemplify
/// (参加招商洽谈、信访接待等现场服务; 为群众节约诉讼费、代理费等各项费用): the list is what was
/// done or counted, and a reader names the figure with it. A long one is named the way the
/// seeds' gold shortens it, by its first two items and 等 (参加招商洽谈、信访接待、重点工作推进、
/// 重大矛盾纠纷化解等现场服务 → 参加招商洽谈、信访接待等现场服务; 参与合同审查、规范性文件审查、
/// 法律意见书、文件审查、法律培训等 → 参与合同审查、规范性文件审查等): dropping it leaves the
/// verb alone (参加现场服务, 参与). Book titles (《甲》、《乙》等, documents named as examples) and
/// lists of bodies (应急、公安、消防等部门) are still dropped.
fn examples_named(words: &str, count_of_bodies: bool, own_noun: bool) -> Examples {
    let Some(deng) = words.rfind('等') else {
        return Examples::Dropped;
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
    if !((list.contains('、') || quoted_one) && !first_item.contains('《') && one_noun && !bodies)
    {
        return Examples::Dropped;
    }
    if short {
        return Examples::Kept;
    }
    // A long list is shortened only when it is the words' one list (not after a list of
    // bodies: 组织应急、公安等部门开展火灾扑救、地震疏散、洪水救援等应急演练) and names no
    // documents (知识产权保护法、未成年人保护法、物业管理条例等).
    let documents = DOCUMENT_ENDS.iter().any(|w| first_item.ends_with(w));
    match second_separator(list) {
        Some(cut)
            if noun.is_empty()
                && !own_noun
                && !documents
                && !list.contains('等')
                && parallel_items(list)
                && list[..cut].chars().count() <= MAX_FIRST_TWO_CHARS =>
        {
            Examples::FirstTwo { cut, deng }
        }
        // A long list of two items is left out as before (its words, the verb and the noun, say
        // what is counted: 通过门户网站、政务新媒体等渠道主动公开 → 通过渠道主动公开).
        _ => Examples::Dropped,
    }
}

/// Whether the items after a list's first (whose start is not known here) are alike in length,
/// none more than twice another: a list of things of one kind (规范性文件审查、法律意见书、
/// 文件审查、法律培训), not 、 between manners (全覆盖、分领域、多层次学习…、相关法律法规).
fn parallel_items(list: &str) -> bool {
    let mut lens = list.split('、').skip(1).map(|item| item.chars().count());
    let Some(first) = lens.next() else {
        return false;
    };
    let (min, max) = lens.fold((first, first), |(lo, hi), n| (lo.min(n), hi.max(n)));
    min > 0 && max <= 2 * min
}

/// Whether the list that ends at `deng` is introduced by a preposition (为未成年人、老年人、
/// 残疾人、农民工等有特殊困难的受援对象): the people or things it lists are whom the act was
/// for, examples of its noun, and are left out.
fn introduced(text: &str, from: usize, deng: usize) -> bool {
    let (item_start, _) = enumeration_start(text, from, deng);
    text[..item_start].chars().next_back().is_some_and(|c| {
        // The character alone, not the end of a word (参与合同审查、… : 与 ends 参与).
        let at = item_start - c.len_utf8();
        crate::text::one_of(c, "对将把向为与")
            && crate::lexicon::segment::word_across(text, at).is_none()
    })
}

/// Byte offset of the second 、 of a list that stands outside brackets and quotes (the end of
/// its second item), when the list has a third item.
fn second_separator(list: &str) -> Option<usize> {
    let mut depth = 0i32;
    let mut seen = 0;
    for (i, c) in list.char_indices() {
        match c {
            '“' | '（' | '(' | '《' | '「' => depth += 1,
            '”' | '）' | ')' | '》' | '」' => depth -= 1,
            '、' if depth == 0 => {
                seen += 1;
                if seen == 2 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
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
/// The longest words before a long list's second 、 that a label keeps (the verb and two items).
const MAX_FIRST_TWO_CHARS: usize = 30;

/// Start of a 、-list that ends at `deng` (the 等), or `deng` itself when there is no list.
fn enumeration_start(text: &str, from: usize, deng: usize) -> (usize, usize) {
    let body = &text[from..deng];
    let Some(first_sep) = body.find('、') else {
        // 学习《中华人民共和国行政处罚法》等法律: one title is an example too when a noun of its
        // kind follows 等 (the seeds' 市政府常务会法律法规学习 for …开展《民法典》等法律法规学习).
        let noun_follows = text[deng + '等'.len_utf8()..]
            .chars()
            .next()
            .is_some_and(|c| crate::text::is_cjk(c) && !crate::text::is_chinese_digit(c));
        return match titles_before(body, if noun_follows { 1 } else { 2 }) {
            Some(start) => (from + start, deng),
            None => single_example(text, from, deng),
        };
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

/// Start of a run of at least `min` book titles written side by side that ends `body`
/// (学习《中华人民共和国宪法》《中华人民共和国民法典》等法律法规): the titles are a list of documents
/// named as examples, as when a 、 parts them (《甲》、《乙》等), and go the same way; the verb
/// and the noun after 等 say what was counted (blind19 寺庄镇: 组织干部职工集中学习法律法规, not the
/// last title the words were cut to). None for fewer.
fn titles_before(body: &str, min: usize) -> Option<usize> {
    let mut start = body.len();
    let mut titles = 0;
    while body[..start].ends_with('》') {
        let open = body[..start].rfind('《')?;
        start = open;
        titles += 1;
    }
    (titles >= min.max(1)).then_some(start)
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
