//! The place a report speaks for when its opening names only a level: 全省各级政府坚持…,
//! 省政府坚持…, 我代表省人民政府…, 全市各级行政机关…. Provincial reports republished by a
//! newspaper often name their province nowhere but in passing (对江苏工作重要讲话精神, 《甘肃日报》,
//! 江西入选…), in its short form, and its cities by theirs (赣州, 宜春).

use crate::model::Level;
use crate::region::data::{level_of, table};
use std::collections::HashMap;

/// How much of the text is read for the province's names (bytes): the opening pages.
const WINDOW: usize = 8_000;
/// A province's own name weighs as much as this many mentions of its cities.
const OWN_NAME: usize = 3;

/// The level word of the first 全省 / 全市 / 全县 / 我市 … (`scopes` in `lexicon/issuer.toml`) in
/// `sentence` (its report's own scope: 在省委…领导下，全市各级行政机关… is a city's), or of a bare
/// government subject (省政府坚持…).
pub(super) fn level_word(sentence: &str) -> Option<&'static str> {
    crate::lexicon::data::issuer::SCOPES
        .iter()
        .filter_map(|&w| {
            let level = w.char_indices().nth(1).map_or("", |(i, _)| &w[i..]);
            sentence.find(w).map(|i| (i, level))
        })
        .min()
        .map(|(_, level)| level)
}

/// `自治区` when `sentence` speaks of its reporter as 我区 and `text`'s opening pages call the
/// reporting government an autonomous region's (自治区人民政府把学习…, 自治区主席): a district says
/// 我区 too, but its government is a 区政府.
pub(super) fn region_self(sentence: &str, text: &str) -> Option<&'static str> {
    use crate::lexicon::data::issuer as words;
    let speaks = words::REGION_SELF.iter().any(|w| sentence.contains(w));
    if !speaks {
        return None;
    }
    let head = crate::text::window(text, 0, WINDOW);
    let region = words::AUTONOMOUS_REGION_WORDS
        .iter()
        .any(|w| head.contains(w));
    // A district's own 区委 or 区政府 (not 自治区政府, not 依法治区委员会) makes it a district's text.
    let district = words::DISTRICT_BODIES.iter().any(|w| {
        head.match_indices(w).any(|(at, _)| {
            let (before, after) = (&head[..at], &head[at + w.len()..]);
            !words::NOT_DISTRICT_BEFORE
                .iter()
                .any(|b| before.ends_with(b))
                && !words::NOT_DISTRICT_AFTER
                    .iter()
                    .any(|a| after.starts_with(a))
        })
    });
    (region && !district).then_some("自治区")
}

/// The province whose names (full or short, its own or its prefectures') the opening pages of
/// `text` use most, by weight, when one stands out: `全省各级政府…江苏现代化建设` → 江苏省.
/// Names shared by several divisions (吉林 is a province and a city) are not counted. One pass
/// over the window, a table look-up per position and name length.
pub(super) fn province(text: &str) -> Option<&'static str> {
    let t = table();
    let window = crate::text::window(text, 0, WINDOW);
    let starts: Vec<usize> = window.char_indices().map(|(i, _)| i).collect();
    let mut score: HashMap<u32, usize> = HashMap::new();
    let mut k = 0;
    while k < starts.len() {
        let mut matched = 1;
        for n in (2..=t.longest.min(starts.len() - k)).rev() {
            let end = starts.get(k + n).copied().unwrap_or(window.len());
            let named = t.named(&window[starts[k]..end]);
            let d = match named {
                [(d, _)] => *d,
                // 河南 is 河南省 and 河南蒙古族自治县 (青海): where one of the divisions a name
                // stands for is a province, a provincial report means the province.
                _ => match one_province(named) {
                    Some(d) => d,
                    None => continue,
                },
            };
            let code = t.divisions[d].code;
            let weight = match level_of(code) {
                Level::Province => OWN_NAME,
                Level::Prefecture => 1,
                _ => 0,
            };
            if weight > 0 {
                *score.entry(code / 10000).or_default() += weight;
                matched = n;
                break;
            }
        }
        k += matched;
    }
    for (code, n) in abbreviated(window) {
        *score.entry(code / 10000).or_default() += OWN_NAME * n;
    }
    let max = *score.values().max()?;
    let mut top = score.iter().filter(|(_, &s)| s == max);
    let (&province, _) = top.next()?;
    if top.next().is_some() {
        return None;
    }
    t.get(province * 10000).map(|d| d.name)
}

/// The one province among the divisions a name stands for (`named`, indices into the table), if
/// exactly one of them is a province.
fn one_province(named: &[(usize, crate::region::data::Form)]) -> Option<usize> {
    let t = table();
    let mut provinces = named
        .iter()
        .filter(|&&(d, _)| level_of(t.divisions[d].code) == Level::Province);
    match (provinces.next(), provinces.next()) {
        (Some(&(d, _)), None) => Some(d),
        _ => None,
    }
}

/// The province a newspaper, news site or app that republished a report is named after
/// (`河北日报`, `人民网-河北频道` → 河北省), or stands for by name (`新华日报` → 江苏省:
/// `press_places` in `lexicon/region.toml`).
pub(super) fn press_province(source: &str) -> Option<&'static str> {
    use crate::lexicon::data::region as words;
    let t = table();
    let own = words::PRESS_PLACES.iter().find_map(|entry| {
        let (press, name) = entry.split_once('=')?;
        source.contains(press).then_some(name)
    });
    if let Some(name) = own {
        return t.named(name).first().map(|&(d, _)| t.divisions[d].name);
    }
    // The first province a name in `source` stands for: 河北 is 天津's 河北区 too, but a
    // newspaper's place is the province (a district's paper is named for its city).
    let starts: Vec<usize> = source.char_indices().map(|(i, _)| i).collect();
    starts.iter().enumerate().find_map(|(k, &at)| {
        (2..=t.longest.min(starts.len() - k)).rev().find_map(|n| {
            let end = starts.get(k + n).copied().unwrap_or(source.len());
            one_province(t.named(&source[at..end])).map(|d| t.divisions[d].name)
        })
    })
}

/// The provinces `window` names by their one-character abbreviation in a set phrase (来陕考察,
/// 对陕工作: `province_abbreviations` in `lexicon/region.toml`), with how often: (code, count).
fn abbreviated(window: &str) -> Vec<(u32, usize)> {
    use crate::lexicon::data::region as words;
    let t = table();
    let mut found = Vec::new();
    for entry in words::PROVINCE_ABBREVIATIONS {
        let Some((abbreviation, name)) = entry.split_once('=') else {
            continue;
        };
        let mut n = 0;
        for (at, _) in window.match_indices(abbreviation) {
            let before = words::ABBREVIATION_BEFORE
                .iter()
                .any(|w| window[..at].ends_with(w));
            let after = words::ABBREVIATION_AFTER
                .iter()
                .any(|w| window[at + abbreviation.len()..].starts_with(w));
            n += usize::from(before && after);
        }
        if n > 0 {
            if let [(d, _)] = t.named(name) {
                found.push((t.divisions[*d].code, n));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scope_of_an_opening() {
        assert_eq!(level_word("2024年,全省各级政府坚持依法行政"), Some("省"));
        assert_eq!(
            level_word("在省委、省政府和市委坚强领导下,全市各级行政机关坚持"),
            Some("市")
        );
        assert_eq!(level_word("2023年,区政府坚持依法行政"), None);
    }

    #[test]
    fn the_province_named_in_passing() {
        let text = "全省各级政府坚持依法行政，深入学习习近平总书记对江苏工作重要讲话精神，法治日益成为江苏现代化建设的显著优势。";
        assert_eq!(province(text), Some("江苏省"));
        // Its cities settle a text naming several provinces once each.
        let text = "全力支援大上海保卫战和新疆、重庆等地抗击疫情。宜春至遂川高速公路、格力电器（赣州）基地投产，江西入选全国首批省级水网建设先导区。";
        assert_eq!(province(text), Some("江西省"));
        assert_eq!(province("全省各级政府坚持依法行政。"), None);
        // A one-character abbreviation counts only in its set phrases.
        let text = "2023年,省政府深入学习贯彻习近平法治思想,贯通落实习近平总书记历次来陕考察重要讲话重要指示。";
        assert_eq!(province(text), Some("陕西省"));
        assert_eq!(province("全省各级政府坚持依法行政,新时代新征程。"), None);
    }

    #[test]
    fn the_province_a_newspaper_is_named_after() {
        assert_eq!(press_province("河北日报"), Some("河北省"));
        assert_eq!(press_province("人民网-河北频道"), Some("河北省"));
        assert_eq!(press_province("广西日报"), Some("广西壮族自治区"));
        assert_eq!(press_province("新华日报"), Some("江苏省"));
        assert_eq!(press_province("大众日报 作者：某某"), Some("山东省"));
        assert_eq!(press_province("新华网"), None);
        assert_eq!(press_province("澎湃新闻"), None);
    }
}
