//! Qualifiers: the words around a number that bound or approximate it.
//!
//! Written words are mapped onto the closed set of [`Qualifier`] (突破 → 超过, 内/以内/不超过 →
//! 以下, 不足 → 不到, 至少/不少于 → 以上). Prefix words are matched right before the number,
//! with a check on the character before them so that 节约 is not 约 and 结余 is not 余.

use crate::model::Qualifier;

/// Prefix words, longest first.
const PREFIX: &[(&str, Qualifier)] = &[
    ("不超过", Qualifier::AtMost),
    ("不少于", Qualifier::AtLeast),
    ("不低于", Qualifier::AtLeast),
    ("不高于", Qualifier::AtMost),
    ("超过了", Qualifier::Over),
    ("超过", Qualifier::Over),
    ("突破", Qualifier::Over),
    ("高达", Qualifier::Reaches),
    ("多达", Qualifier::Reaches),
    ("达到", Qualifier::Reaches),
    ("均达到", Qualifier::Each),
    ("均达", Qualifier::Each),
    ("均为", Qualifier::Each),
    ("将近", Qualifier::Nearly),
    ("接近", Qualifier::Nearly),
    ("大约", Qualifier::About),
    ("约为", Qualifier::About),
    ("不到", Qualifier::Under),
    ("不足", Qualifier::Under),
    ("至少", Qualifier::AtLeast),
    ("逾", Qualifier::Over),
    ("超", Qualifier::Beyond),
    ("近", Qualifier::Nearly),
    ("约", Qualifier::About),
    ("达", Qualifier::Reaches),
];

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

/// The prefix qualifier ending exactly at byte `end` of `s`: `(qualifier, start, word)`.
pub fn prefix(s: &str, end: usize) -> Option<(Qualifier, usize, &'static str)> {
    // One space may stand between the word and the number (均达 100%).
    let head = s.get(..end)?;
    let head = head.strip_suffix(' ').unwrap_or(head);
    // Allow one 了 / 至 between the word and the number (达到了, 提升至).
    PREFIX.iter().find_map(|&(word, q)| {
        let start = crate::text::ends_with_str(head, word).then(|| head.len() - word.len())?;
        let prev = s[..start].chars().next_back();
        if prev.is_some_and(|p| blocks(p, word)) {
            return None;
        }
        Some((q, start, word))
    })
}

/// Suffix words right after the unit, longest first.
const SUFFIX: &[(&str, Qualifier)] = &[
    ("以上", Qualifier::AtLeast),
    ("以下", Qualifier::AtMost),
    ("以内", Qualifier::AtMost),
    ("之内", Qualifier::AtMost),
    ("左右", Qualifier::Around),
    ("上下", Qualifier::Around),
    ("多", Qualifier::Duo),
    ("余", Qualifier::Yu),
    ("内", Qualifier::AtMost),
];

/// The suffix qualifier at the start of `s`: `(qualifier, byte length, word)`.
pub fn suffix(s: &str) -> Option<(Qualifier, usize, &'static str)> {
    SUFFIX.iter().find_map(|&(word, q)| {
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
    fn prefix_words() {
        assert_eq!(pre("涉及金额超"), Some("超"));
        assert_eq!(pre("访问量突破"), Some("超过"));
        assert_eq!(pre("网办率达"), Some("达"));
        assert_eq!(pre("均为"), Some("均为"));
        assert_eq!(pre("投入近"), Some("近"));
        assert_eq!(pre("不超过"), Some("以下"));
        assert_eq!(pre("不足"), Some("不到"));
    }

    #[test]
    fn words_that_only_contain_a_qualifier() {
        assert_eq!(pre("为1239户企业节约"), None);
        assert_eq!(pre("最近"), None);
        assert_eq!(pre("送达"), None);
        assert_eq!(pre("审结"), None);
    }

    #[test]
    fn suffix_words() {
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
