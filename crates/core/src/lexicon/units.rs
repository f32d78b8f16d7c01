//! Units written after a number, and what they say about the metric's kind. The words are
//! data (`lexicon/units.toml`); this file matches them.
//!
//! Longest match first, so `人次` wins over `人` and `个工作日` over `个`. A unit is matched as
//! written right after the number (magnitude words such as 万/亿 are read by the numeral
//! module and prefixed by the caller). A one-character classifier is taken even when a word
//! continues after it (`104项目中` → 项, `3件事项` → 件), as the expected readings do.

use crate::model::MetricKind;
use foldhash::HashMap;
use std::sync::OnceLock;

/// A unit at the start of a string: its byte length and the kind it implies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnitMatch {
    pub len: usize,
    pub kind: MetricKind,
}

/// Every unit with the kind it implies, from `lexicon/units.toml`.
fn units() -> impl Iterator<Item = (&'static str, MetricKind)> {
    use super::data::units as u;
    let lists: [(&'static [&'static str], MetricKind); 27] = [
        (u::CHANGE, MetricKind::Change),
        (u::PERCENT, MetricKind::Percent),
        (u::DURATION, MetricKind::Duration),
        (u::MONEY, MetricKind::Money),
        (u::COUNT, MetricKind::Count),
        // Physical measures, one list per quantity.
        (u::measure::LENGTH, MetricKind::Other),
        (u::measure::AREA, MetricKind::Other),
        (u::measure::VOLUME, MetricKind::Other),
        (u::measure::WEIGHT, MetricKind::Other),
        (u::measure::ENERGY, MetricKind::Other),
        (u::measure::POWER, MetricKind::Other),
        (u::measure::APPARENT_POWER, MetricKind::Other),
        (u::measure::CROP_YIELD, MetricKind::Other),
        (u::measure::TURNOVER, MetricKind::Other),
        (u::measure::CONTAINERS, MetricKind::Other),
        (u::measure::NOISE, MetricKind::Other),
        (u::measure::CONCENTRATION, MetricKind::Other),
        (u::measure::TEMPERATURE, MetricKind::Other),
        (u::measure::EARTHQUAKE, MetricKind::Other),
        (u::measure::AGE, MetricKind::Other),
        (u::measure::COMPUTING, MetricKind::Other),
        (u::measure::STORAGE, MetricKind::Other),
        (u::measure::MULTIPLE, MetricKind::Other),
        (u::measure::SPEED, MetricKind::Other),
        (u::measure::HOURS, MetricKind::Duration),
        (u::measure::VOLTAGE, MetricKind::Other),
        (u::measure::PER_POPULATION, MetricKind::Other),
    ];
    lists
        .into_iter()
        .flat_map(|(words, kind)| words.iter().map(move |&w| (w, kind)))
}

/// The longest unit written at the start of `s`, if any. Dates (`2023年`, `6月`) have no unit:
/// 年, 月 and 日 are never listed.
pub fn match_unit(s: &str) -> Option<UnitMatch> {
    let first = s.chars().next()?;
    by_first_char()
        .get(&first)?
        .iter()
        .filter(|(u, _)| crate::text::starts_with_str(s, u))
        // A unit written in Latin letters (mm, h, km) ends where the letters end: 5hours or
        // 3mmHg is no such unit.
        .filter(|(u, _)| {
            !u.ends_with(|c: char| c.is_ascii_alphabetic())
                || !s[u.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
        })
        .max_by_key(|(u, _)| u.len())
        .map(|&(u, kind)| UnitMatch { len: u.len(), kind })
}

type Index = HashMap<char, Vec<(&'static str, MetricKind)>>;

/// The units grouped by their first character, built once from the list: a number is
/// followed by one character, so only a handful of units need comparing.
fn by_first_char() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map = Index::default();
        for (u, kind) in units() {
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
    super::data::units::CHINESE_COUNT.contains(&unit)
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

    #[test]
    fn each_unit_has_one_kind_and_every_chinese_count_unit_is_a_unit() {
        let mut seen = std::collections::HashMap::new();
        for (u, kind) in units() {
            if let Some(other) = seen.insert(u, kind) {
                panic!("{u} is listed as {other:?} and {kind:?}");
            }
        }
        for u in super::super::data::units::CHINESE_COUNT {
            assert!(
                seen.contains_key(u),
                "{u} is a chinese_count unit but not a unit"
            );
        }
    }

    #[test]
    fn dates_are_never_units() {
        for (u, _) in units() {
            assert!(!["年", "月", "日"].contains(&u), "{u}");
        }
    }
}
