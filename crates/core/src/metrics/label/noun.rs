//! The noun a count modifies, right after its unit: 4个实地督察组 → 实地督察组, 36个部门权责清单
//! → 部门权责清单. It stops where the next item of a list or the next metric's clause begins.

use super::clause::is_boundary;

/// Words that end the noun phrase after a count: conjunctions that start the next item of a
/// list (432名律师和35名…), and qualifier words that start the next metric's clause.
const POST_STOP: &[&str] = &[
    "和", "与", "及", "并", "等", "达", "共", "分别", "均", "其中", "同比",
];

const MAX_POST_CHARS: usize = 16;
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
    let rest = &text[from..];
    let first = rest.chars().next()?;
    if is_boundary(first) || first.is_ascii_digit() || crate::text::one_of(first, " ”、(（)）")
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
        if is_boundary(c) || c.is_ascii_digit() || c == '、' {
            break;
        }
        if i > 0
            && matches!(
                c,
                '和' | '与' | '及' | '并' | '等' | '达' | '共' | '分' | '均' | '其' | '同'
            )
            && POST_STOP.iter().any(|w| rest[i..].starts_with(w))
            && !inside_word(&rest[..i], &rest[i..])
        {
            break;
        }
        end = i + c.len_utf8();
    }
    if end == 0 {
        return None;
    }
    // A predicate after the noun stays (23个单位（部门）公布实行告知承诺制的证明事项达285项: the
    // units are those that published): a reader names the count by what it did.
    Some((from, from + end))
}

/// Verbs that start a predicate or a 的-clause after the head noun of a count.
const CLAUSE_VERBS: &[&str] = &[
    "公布", "实行", "梳理", "完成", "落实", "推行", "建立", "制定", "实现", "荣获", "获得", "签订",
    "参加", "参与", "担任", "联合",
];

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
        .filter_map(|v| post.find(v))
        .filter(|&i| i > 0)
        .min()
        .map_or(b, |i| a + i)
}

/// A stop word that is really the second half of a word (涉及, 参与, 到达, 普及, 总共).
fn inside_word(before: &str, at: &str) -> bool {
    let prev = before.chars().next_back();
    let Some(p) = prev else { return false };
    match at.chars().next() {
        Some('及') => crate::text::one_of(p, "涉以普危波触顾企来"),
        Some('并') => crate::text::one_of(p, "合兼吞归"),
        Some('与') => crate::text::one_of(p, "参给赋"),
        Some('和') => crate::text::one_of(p, "温平柔缓总"),
        Some('达') => crate::text::one_of(p, "到下传送表抵通转发"),
        Some('共') => crate::text::one_of(p, "公总"),
        Some('均') => crate::text::one_of(p, "平人"),
        Some('等') => crate::text::one_of(p, "平同相对中高初优"),
        _ => false,
    }
}
