//! How names are written: the short forms of a division's name, and the body that follows
//! the place names in an issuer (`柳州市司法局` → 司法局), both from data tables here.

use crate::model::Level;
use std::sync::OnceLock;

const ETHNIC: &str = include_str!("ethnic.txt");
const DEPARTMENTS: &str = include_str!("departments.txt");

/// Level words a short name drops, longest first per level.
fn level_words(level: Level) -> &'static [&'static str] {
    use crate::lexicon::data::region::level_words;
    match level {
        Level::Province => level_words::PROVINCE,
        Level::Prefecture => level_words::PREFECTURE,
        Level::County => level_words::COUNTY,
        Level::Township => &[],
    }
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn ethnic() -> &'static [&'static str] {
    static LIST: OnceLock<Vec<&'static str>> = OnceLock::new();
    LIST.get_or_init(|| {
        let mut v: Vec<&str> = lines(ETHNIC).collect();
        crate::sort::by_key(&mut v, |s| std::cmp::Reverse(s.chars().count()));
        v
    })
}

/// Other names people use for a division: without its level word and ethnic designation
/// (广西壮族自治区 → 广西, 黔南布依族苗族自治州 → 黔南 and 黔南州, 融水苗族自治县 → 融水,
/// 柳州市 → 柳州). Only forms of at least two characters.
pub fn short_forms(name: &str, level: Level) -> Vec<String> {
    let mut out = Vec::new();
    let Some(word) = level_words(level).iter().find(|w| name.ends_with(*w)) else {
        return out;
    };
    let mut stem = &name[..name.len() - word.len()];
    let autonomous = word.starts_with("自治");
    if autonomous || *word == "特别行政区" {
        // Drop the nationalities before 自治: 布依族苗族, 维吾尔, 哈萨克.
        loop {
            let shorter = match stem.strip_suffix('族') {
                Some(s) => ethnic()
                    .iter()
                    .find(|e| s.ends_with(*e))
                    .map(|e| &s[..s.len() - e.len()]),
                None => ethnic()
                    .iter()
                    .find(|e| e.chars().count() >= 2 && stem.ends_with(*e))
                    .map(|e| &stem[..stem.len() - e.len()]),
            };
            match shorter {
                Some(s) if s.chars().count() >= 2 => stem = s,
                _ => break,
            }
        }
    }
    if stem.chars().count() >= 2 && stem != name {
        out.push(stem.to_string());
        // An autonomous prefecture, county or banner is also written with its level's last
        // character (黔南州; 张家川县 for 张家川回族自治县, 木垒县; 莫力达瓦旗).
        if autonomous && matches!(level, Level::Prefecture | Level::County) {
            if let Some(last) = word.chars().next_back() {
                out.push(format!("{stem}{last}"));
            }
            // …and with its whole level word, the nationalities left out (紫云自治县 for
            // 紫云苗族布依族自治县, as its own reports title themselves).
            let level_only = format!("{stem}{word}");
            if level_only != name {
                out.push(level_only);
            }
        }
    }
    out
}

/// The departments table: (written form, canonical), longest written form first.
fn departments() -> &'static [(&'static str, &'static str)] {
    static LIST: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    LIST.get_or_init(|| {
        let mut v = Vec::new();
        for line in lines(DEPARTMENTS) {
            let mut cols = line.split('\t');
            let Some(canonical) = cols.next() else {
                continue;
            };
            v.push((canonical, canonical));
            v.extend(cols.map(|alias| (alias, canonical)));
        }
        crate::sort::by_key(&mut v, |(w, _)| std::cmp::Reverse(w.len()));
        v
    })
}

/// The canonical body for words written after the place names: `政府` → 人民政府,
/// `人民政府办公室` → 政府办公室, `市场监管局` → 市场监督管理局; unknown words as written.
pub fn body(words: &str) -> Option<String> {
    let words = words.trim();
    if words.is_empty() {
        return None;
    }
    let canonical = departments()
        .iter()
        .find(|(w, _)| *w == words)
        .map(|(_, c)| *c);
    Some(canonical.unwrap_or(words).to_string())
}

/// Whether `words` are exactly a listed body (or one of its other names).
pub fn is_body(words: &str) -> bool {
    departments().iter().any(|(w, _)| *w == words)
}

/// The longest listed body that `s` ends with, as (its byte start in `s`, canonical name).
pub fn body_suffix(s: &str) -> Option<(usize, &'static str)> {
    departments()
        .iter()
        .find(|(w, _)| s.ends_with(*w))
        .map(|(w, c)| (s.len() - w.len(), *c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names() {
        assert_eq!(short_forms("广西壮族自治区", Level::Province), ["广西"]);
        assert_eq!(short_forms("新疆维吾尔自治区", Level::Province), ["新疆"]);
        assert_eq!(short_forms("内蒙古自治区", Level::Province), ["内蒙古"]);
        assert_eq!(
            short_forms("黔南布依族苗族自治州", Level::Prefecture),
            ["黔南", "黔南州", "黔南自治州"]
        );
        assert_eq!(
            short_forms("融水苗族自治县", Level::County),
            ["融水", "融水县", "融水自治县"]
        );
        assert_eq!(
            short_forms("莫力达瓦达斡尔族自治旗", Level::County),
            ["莫力达瓦", "莫力达瓦旗", "莫力达瓦自治旗"]
        );
        assert_eq!(
            short_forms("紫云苗族布依族自治县", Level::County),
            ["紫云", "紫云县", "紫云自治县"]
        );
        assert_eq!(short_forms("柳州市", Level::Prefecture), ["柳州"]);
        assert!(
            short_forms("横县", Level::County).is_empty(),
            "one character"
        );
    }

    #[test]
    fn bodies() {
        assert_eq!(body("政府").as_deref(), Some("人民政府"));
        assert_eq!(body("人民政府办公室").as_deref(), Some("政府办公室"));
        assert_eq!(body("市场监管局").as_deref(), Some("市场监督管理局"));
        assert_eq!(body("某某中心").as_deref(), Some("某某中心"));
        assert_eq!(body_suffix("柳州市司法局"), Some((9, "司法局")));
    }
}
