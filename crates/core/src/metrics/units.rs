//! Units written after a number, and what they say about the metric's kind.
//!
//! Longest match first, so `人次` wins over `人` and `个工作日` over `个`. A unit is matched as
//! written right after the number (magnitude words such as 万/亿 are read by the numeral
//! module and prefixed by the caller). A one-character classifier is taken even when a word
//! continues after it (`104项目中` → 项, `3件事项` → 件), as the expected readings do.

use crate::model::MetricKind;

/// A unit at the start of a string: its byte length and the kind it implies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnitMatch {
    pub len: usize,
    pub kind: MetricKind,
}

/// Multi-character units first (longest first within the list is not required: the matcher
/// takes the longest of all matches).
const UNITS: &[(&str, MetricKind)] = &[
    ("个百分点", MetricKind::Change),
    ("百分点", MetricKind::Change),
    ("%", MetricKind::Percent),
    ("‰", MetricKind::Percent),
    ("个工作日", MetricKind::Duration),
    ("工作日", MetricKind::Duration),
    ("小时", MetricKind::Duration),
    ("分钟", MetricKind::Duration),
    ("个月", MetricKind::Duration),
    ("学时", MetricKind::Duration),
    ("课时", MetricKind::Duration),
    ("天", MetricKind::Duration),
    ("周", MetricKind::Duration),
    ("元", MetricKind::Money),
    ("美元", MetricKind::Money),
    ("人民币", MetricKind::Money),
    ("块钱", MetricKind::Money),
    ("人次", MetricKind::Count),
    ("件次", MetricKind::Count),
    ("场次", MetricKind::Count),
    ("批次", MetricKind::Count),
    ("班次", MetricKind::Count),
    ("户次", MetricKind::Count),
    ("车次", MetricKind::Count),
    ("架次", MetricKind::Count),
    ("期次", MetricKind::Count),
    ("余次", MetricKind::Count),
    ("件/次", MetricKind::Count),
    ("人/次", MetricKind::Count),
    ("案例", MetricKind::Count),
    ("平方米", MetricKind::Other),
    ("平方公里", MetricKind::Other),
    ("公里", MetricKind::Other),
    ("千米", MetricKind::Other),
    ("米", MetricKind::Other),
    ("公顷", MetricKind::Other),
    ("亩", MetricKind::Other),
    ("吨", MetricKind::Other),
    ("千克", MetricKind::Other),
    ("公斤", MetricKind::Other),
    ("倍", MetricKind::Other),
    // 六成 = six tenths; read as written (value 6, unit 成).
    ("成", MetricKind::Percent),
    ("件", MetricKind::Count),
    ("项", MetricKind::Count),
    ("个", MetricKind::Count),
    ("人", MetricKind::Count),
    ("名", MetricKind::Count),
    ("家", MetricKind::Count),
    ("户", MetricKind::Count),
    ("次", MetricKind::Count),
    ("场", MetricKind::Count),
    ("期", MetricKind::Count),
    ("条", MetricKind::Count),
    ("份", MetricKind::Count),
    ("宗", MetricKind::Count),
    ("起", MetricKind::Count),
    ("批", MetricKind::Count),
    ("类", MetricKind::Count),
    ("台", MetricKind::Count),
    ("枚", MetricKind::Count),
    ("处", MetricKind::Count),
    ("支", MetricKind::Count),
    ("所", MetricKind::Count),
    ("座", MetricKind::Count),
    ("篇", MetricKind::Count),
    ("部", MetricKind::Count),
    ("套", MetricKind::Count),
    ("本", MetricKind::Count),
    ("册", MetricKind::Count),
    ("张", MetricKind::Count),
    ("位", MetricKind::Count),
    ("轮", MetricKind::Count),
    ("届", MetricKind::Count),
    ("组", MetricKind::Count),
    ("队", MetricKind::Count),
    ("单", MetricKind::Count),
    ("例", MetricKind::Count),
    ("栋", MetricKind::Count),
    ("辆", MetricKind::Count),
    ("间", MetricKind::Count),
    ("块", MetricKind::Count),
    ("只", MetricKind::Count),
    ("头", MetricKind::Count),
    ("株", MetricKind::Count),
    ("棵", MetricKind::Count),
    ("卷", MetricKind::Count),
    ("堂", MetricKind::Count),
    ("节", MetricKind::Count),
    ("幅", MetricKind::Count),
    ("首", MetricKind::Count),
    ("集", MetricKind::Count),
    ("家次", MetricKind::Count),
    ("个次", MetricKind::Count),
    ("镇", MetricKind::Count),
    ("村", MetricKind::Count),
    ("乡", MetricKind::Count),
    ("县", MetricKind::Count),
    ("区", MetricKind::Count),
    ("街道", MetricKind::Count),
];

/// Units that follow a number only loosely: a bare place word (两镇, 3个村) counts, but only
/// for counts written as such; `2023年` or `6月` are dates, never units.
pub fn match_unit(s: &str) -> Option<UnitMatch> {
    let first = s.chars().next()?;
    by_first_char()
        .get(&first)?
        .iter()
        .filter(|(u, _)| s.starts_with(u))
        .max_by_key(|(u, _)| u.len())
        .map(|&(u, kind)| UnitMatch { len: u.len(), kind })
}

/// The units grouped by their first character, built once: a number is followed by one
/// character, so only a handful of units need comparing.
fn by_first_char() -> &'static std::collections::HashMap<char, Vec<(&'static str, MetricKind)>> {
    static INDEX: std::sync::OnceLock<
        std::collections::HashMap<char, Vec<(&'static str, MetricKind)>>,
    > = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map: std::collections::HashMap<char, Vec<(&'static str, MetricKind)>> =
            std::collections::HashMap::new();
        for &(u, kind) in UNITS {
            if let Some(c) = u.chars().next() {
                map.entry(c).or_default().push((u, kind));
            }
        }
        map
    })
}

/// Classifiers a Chinese-numeral count may carry (五次, 两镇, 六个单位, 两批次). Narrower than
/// [`match_unit`]: Chinese numerals before other words are mostly names (三大平台, 两级).
pub fn is_chinese_count_unit(unit: &str) -> bool {
    matches!(
        unit,
        "次" | "个"
            | "名"
            | "人"
            | "件"
            | "项"
            | "批次"
            | "批"
            | "场"
            | "场次"
            | "期"
            | "家"
            | "镇"
            | "户"
            | "条"
            | "份"
            | "起"
            | "宗"
            | "所"
            | "支"
            | "人次"
            | "案例"
            | "位"
            | "轮"
            | "个工作日"
            | "天"
            | "小时"
            | "个月"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(s: &str) -> Option<&str> {
        match_unit(s).map(|m| &s[..m.len])
    }

    #[test]
    fn longest_unit_wins() {
        assert_eq!(unit("人次参加"), Some("人次"));
        assert_eq!(unit("个工作日内"), Some("个工作日"));
        assert_eq!(unit("个百分点"), Some("个百分点"));
        assert_eq!(unit("件/次"), Some("件/次"));
        assert_eq!(unit("个乡镇"), Some("个"));
        assert_eq!(unit("卷，"), Some("卷"));
        assert_eq!(unit("家次"), Some("家次"));
    }

    #[test]
    fn a_classifier_starting_a_word_is_still_the_unit() {
        assert_eq!(unit("项目中100项指标"), Some("项"));
        assert_eq!(unit("件事项"), Some("件"));
    }

    #[test]
    fn dates_and_other_words_are_not_units() {
        assert_eq!(unit("年"), None);
        assert_eq!(unit("月28日"), None);
        assert_eq!(unit("审查重大"), None);
        assert_eq!(unit("“以奖代补”"), None);
    }

    #[test]
    fn kinds() {
        assert_eq!(match_unit("%").unwrap().kind, MetricKind::Percent);
        assert_eq!(match_unit("元").unwrap().kind, MetricKind::Money);
        assert_eq!(match_unit("小时").unwrap().kind, MetricKind::Duration);
        assert_eq!(match_unit("件").unwrap().kind, MetricKind::Count);
    }
}
