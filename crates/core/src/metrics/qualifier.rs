//! Qualifiers: the words around a number that bound or approximate it.
//!
//! Written words are mapped onto the closed set of [`Qualifier`] (突破 → 超过, 内/以内/不超过 →
//! 以下, 不足 → 不到, 至少/不少于 → 以上); the words are data (`lexicon/qualifier.toml`). Prefix
//! words are matched right before the number, with a check on the character before them so that
//! 节约 is not 约 and 结余 is not 余.

use crate::model::Qualifier;

use crate::lexicon::data::qualifier as words;
use std::sync::OnceLock;

/// A word list per qualifier, flattened longest word first, so that the first match is the
/// longest (均达到 before 达到 before 达) whatever order the data lists them in.
fn longest_first(lists: &[(&'static [&'static str], Qualifier)]) -> Vec<(&'static str, Qualifier)> {
    let mut all: Vec<(&'static str, Qualifier)> = lists
        .iter()
        .flat_map(|&(ws, q)| ws.iter().map(move |&w| (w, q)))
        .collect();
    crate::sort::by_key(&mut all, |&(w, _)| std::cmp::Reverse(w.len()));
    all
}

/// A longest-first list split by the character each word ends with (`last`) or starts with:
/// only the words that can match at a place are tried, in the list's order.
type ByChar = foldhash::HashMap<char, Vec<(&'static str, Qualifier)>>;

fn by_char(list: Vec<(&'static str, Qualifier)>, last: bool) -> ByChar {
    let mut index = ByChar::default();
    for (w, q) in list {
        let c = if last {
            w.chars().next_back()
        } else {
            w.chars().next()
        };
        if let Some(c) = c {
            index.entry(c).or_default().push((w, q));
        }
    }
    index
}

/// Prefix words (`lexicon/qualifier.toml` `[prefix]`), longest first, by their last character.
fn prefix_list() -> &'static ByChar {
    static LIST: OnceLock<ByChar> = OnceLock::new();
    LIST.get_or_init(|| {
        use words::prefix as p;
        let list = longest_first(&[
            (p::OVER, Qualifier::Over),
            (p::BEYOND, Qualifier::Beyond),
            (p::AT_MOST, Qualifier::AtMost),
            (p::AT_LEAST, Qualifier::AtLeast),
            (p::REACHES, Qualifier::Reaches),
            (p::EACH, Qualifier::Each),
            (p::NEARLY, Qualifier::Nearly),
            (p::ABOUT, Qualifier::About),
            (p::UNDER, Qualifier::Under),
        ]);
        by_char(list, true)
    })
}

/// Suffix words (`[suffix]`), longest first, by their first character.
fn suffix_list() -> &'static ByChar {
    static LIST: OnceLock<ByChar> = OnceLock::new();
    LIST.get_or_init(|| {
        use words::suffix as s;
        let list = longest_first(&[
            (s::AT_LEAST, Qualifier::AtLeast),
            (s::AT_MOST, Qualifier::AtMost),
            (s::AROUND, Qualifier::Around),
            (s::DUO, Qualifier::Duo),
            (s::YU, Qualifier::Yu),
        ]);
        by_char(list, false)
    })
}

/// The noun of a figure compared against (超过93%的目标 → 目标) at the start of `after` (the
/// text right after the figure), if any: the longest of `[compared] targets` after 的.
pub fn compared_target(after: &str) -> Option<&'static str> {
    let rest = after.strip_prefix('的')?;
    words::compared::TARGETS
        .iter()
        .filter(|t| crate::text::starts_with_str(rest, t))
        .max_by_key(|t| t.len())
        .copied()
}

/// Characters that, before a prefix word, make it part of another word:
/// 节约, 制约, 签约, 预约 …; 最近, 附近; 高超; 到达, 送达, 下达, 传达, 通达; 表达.
fn blocks(prev: char, word: &str) -> bool {
    match word {
        "约" | "约为" => crate::text::one_of(prev, "节制签预违契公集履邀婉隐纽"),
        "近" => crate::text::one_of(prev, "最附接将靠亲贴临邻"),
        "超" => crate::text::one_of(prev, "高赶"),
        // 最高达95%: the word is 最高, the qualifier 达.
        "高达" => prev == '最',
        "达" | "达到" => crate::text::one_of(prev, "到送下传通表抵转发畅雷"),
        "足" => false,
        _ => false,
    }
}

/// Whether `head` ends with a name whose last characters are a prefix word (村规民约: `[ends_word]`).
fn ends_a_name(head: &str) -> bool {
    words::ends_word::NAMES
        .iter()
        .any(|name| crate::text::ends_with_str(head, name))
}

/// The prefix qualifier ending exactly at byte `end` of `s`: `(qualifier, start, word)`.
pub fn prefix(s: &str, end: usize) -> Option<(Qualifier, usize, &'static str)> {
    // One space may stand between the word and the number (均达 100%).
    let head = s.get(..end)?;
    let head = head.strip_suffix(' ').unwrap_or(head);
    // Allow one 了 / 至 between the word and the number (达到了, 提升至).
    let last = head.chars().next_back()?;
    prefix_list().get(&last)?.iter().find_map(|&(word, q)| {
        let start = crate::text::ends_with_str(head, word).then(|| head.len() - word.len())?;
        let prev = s[..start].chars().next_back();
        if prev.is_some_and(|p| blocks(p, word)) || ends_a_name(head) {
            return None;
        }
        Some((q, start, word))
    })
}

/// The suffix qualifier at the start of `s`: `(qualifier, byte length, word)`.
pub fn suffix(s: &str) -> Option<(Qualifier, usize, &'static str)> {
    let first = s.chars().next()?;
    suffix_list().get(&first)?.iter().find_map(|&(word, q)| {
        if !crate::text::starts_with_str(s, word) {
            return None;
        }
        let next = s[word.len()..].chars().next();
        // 内 only as "within" (5天内, 7个工作日内), not 内容/内部/内设; 多/余 not starting a word.
        let ok = match word {
            "内" => !next.is_some_and(|c| crate::text::one_of(c, "容部设外涵在控审务勤")),
            "多" => !next.is_some_and(|c| crate::text::one_of(c, "元种样方项措部层次措渠个家彩")),
            "余" => !next.is_some_and(|c| crate::text::one_of(c, "额量粮热")),
            "上下" => !next.is_some_and(|c| crate::text::one_of(c, "级游联贯")),
            _ => true,
        };
        ok.then_some((q, word.len(), word))
    })
}

/// When a bound word and 达 both appear (达99%以上), the bound word is recorded.
pub fn combine(a: Option<Qualifier>, b: Option<Qualifier>) -> Option<Qualifier> {
    match (a, b) {
        (Some(Qualifier::Reaches), Some(x)) | (Some(x), Some(Qualifier::Reaches)) => Some(x),
        (Some(x), _) => Some(x),
        (None, y) => y,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pre(s: &str) -> Option<&'static str> {
        prefix(s, s.len()).map(|(q, _, _)| q.as_str())
    }

    #[test]
    fn prefix_list() {
        assert_eq!(pre("涉及金额超"), Some("超"));
        assert_eq!(pre("访问量突破"), Some("超过"));
        assert_eq!(pre("网办率达"), Some("达"));
        assert_eq!(pre("均为"), Some("均为"));
        assert_eq!(pre("投入近"), Some("近"));
        assert_eq!(pre("不超过"), Some("以下"));
        assert_eq!(pre("不足"), Some("不到"));
    }

    #[test]
    fn the_longest_word_wins_whatever_the_order_of_the_data() {
        // 均达到 is 均为 (each), not the 达到 inside it.
        assert_eq!(pre("各项指标均达到"), Some("均为"));
        assert_eq!(pre("审查率达到"), Some("达"));
        assert_eq!(pre("不超过"), Some("以下"));
        assert_eq!(suffix("以内办结").map(|s| s.2), Some("以内"));
    }

    #[test]
    fn figures_compared_against() {
        assert_eq!(compared_target("的目标，"), Some("目标"));
        assert_eq!(compared_target("的平均水平"), Some("平均水平"));
        assert_eq!(compared_target("的企业"), None);
        assert_eq!(compared_target("目标"), None);
    }

    #[test]
    fn words_that_only_contain_a_qualifier() {
        assert_eq!(pre("为1239户企业节约"), None);
        // blind22 塘栖镇: 指导修订村规民约2项 (a count of village rules), but 居民约2万人 is about.
        assert_eq!(pre("指导修订村规民约"), None);
        assert_eq!(pre("辖区居民约"), Some("约"));
        assert_eq!(pre("最近"), None);
        assert_eq!(pre("送达"), None);
        assert_eq!(pre("审结"), None);
    }

    #[test]
    fn suffix_list() {
        assert_eq!(suffix("以上2025年").map(|s| s.0.as_str()), Some("以上"));
        assert_eq!(suffix("内出具审查意见").map(|s| s.0.as_str()), Some("以下"));
        assert_eq!(suffix("内容"), None);
        assert_eq!(suffix("多元解纷"), None);
    }

    #[test]
    fn bound_beats_reaches() {
        assert_eq!(
            combine(Some(Qualifier::Reaches), Some(Qualifier::AtLeast)),
            Some(Qualifier::AtLeast)
        );
        assert_eq!(combine(None, Some(Qualifier::Yu)), Some(Qualifier::Yu));
    }
}
