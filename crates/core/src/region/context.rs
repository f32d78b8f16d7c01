//! The report's other place names, as evidence for an ambiguous issuer.
//!
//! A candidate division is supported by mentions of its parents (full and short names: 西安市,
//! 西安, 陕西), its children and its neighbours (the other divisions of its parent). Only names
//! that belong to one division count: 桥西区 supports no 桥东区 over another. Names are
//! counted with memchr's substring search, so the cost is a few scans of the text per
//! candidate, paid only for an ambiguous issuer.

use super::data::{level_of, table, Form};
use crate::model::Level;
use memchr::memmem;
use std::collections::HashMap;

/// The index into `candidates` of the one the text supports most, if one stands out.
pub fn best(candidates: &[usize], text: &str) -> Option<usize> {
    let t = table();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    let mut count = |name: &'static str| -> usize {
        *counts
            .entry(name)
            .or_insert_with(|| memmem::find_iter(text.as_bytes(), name.as_bytes()).count())
    };
    let unique = |name: &str| t.named(name).len() == 1;
    let mut scores: Vec<usize> = Vec::with_capacity(candidates.len());
    for &c in candidates {
        let mut score = 0;
        let ancestors = t.ancestors(c);
        for &a in &ancestors {
            let name = t.divisions[a].name;
            score += count(name);
            for short in &t.divisions[a].short {
                if unique(short) {
                    // The short name is inside every full mention too: only its mentions
                    // beyond those add.
                    score += count(short).saturating_sub(count(name));
                }
            }
        }
        let neighbours = ancestors
            .first()
            .into_iter()
            .flat_map(|&p| t.children(p))
            .chain(t.children(c))
            .filter(|&n| n != c);
        for n in neighbours {
            let name = t.divisions[n].name;
            if unique(name) {
                score += count(name);
            }
        }
        scores.push(score);
    }
    let max = *scores.iter().max()?;
    (max > 0 && scores.iter().filter(|&&s| s == max).count() == 1)
        .then(|| scores.iter().position(|&s| s == max))
        .flatten()
}

/// Whether the character at `at` is a conjunction (`conjunctions` of lexicon/grammar.toml)
/// right after another Chinese character: in 市委、市政府和县委 the 和 joins two bodies, and 和县
/// (a county of 安徽) is not mentioned. After a province or prefecture's name (安徽省和县, 马鞍山市
/// 和县: the last character of one of their level words) it is the county's own first character.
fn joins_two_bodies(text: &str, at: usize) -> bool {
    use crate::lexicon::data::grammar::CONJUNCTIONS;
    use crate::lexicon::data::region::level_words;
    let Some(c) = text[at..].chars().next() else {
        return false;
    };
    let ends_a_parent = |b: char| {
        level_words::PROVINCE
            .iter()
            .chain(level_words::PREFECTURE)
            .any(|w| w.ends_with(b))
    };
    CONJUNCTIONS
        .iter()
        .any(|w| w.starts_with(c) && w.len() == c.len_utf8())
        && text[..at]
            .chars()
            .next_back()
            .is_some_and(|b| crate::text::is_cjk(b) && !ends_a_parent(b))
}

/// The division of `level` whose full name (one division's only) the text mentions most,
/// when one stands out. Finds mentions by their last character (县, 区, 市 …), looking back
/// at most the longest name's length. An autonomous division's short name with its level's
/// last character (张家川县, 黔南州) is a mention too.
pub fn most_mentioned(text: &str, level: Level) -> Option<usize> {
    most_mentioned_as(text, level).map(|(d, _)| d)
}

/// [`most_mentioned`], with the name the text writes it by most (张家川县, where the text never
/// writes 张家川回族自治县).
pub fn most_mentioned_as(text: &str, level: Level) -> Option<(usize, &str)> {
    let t = table();
    let ends: &[char] = match level {
        Level::Province => &['省', '市', '区'],
        Level::Prefecture => &['市', '州', '盟', '区'],
        Level::County => &['县', '区', '市', '旗'],
        Level::Township => return None,
    };
    let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    let mut counts: HashMap<usize, usize> = HashMap::new();
    let mut written: HashMap<(usize, &str), usize> = HashMap::new();
    for (k, &i) in starts.iter().enumerate() {
        let c = text[i..].chars().next().unwrap_or(' ');
        if !ends.contains(&c) {
            continue;
        }
        let end = i + c.len_utf8();
        for n in (2..=t.longest.min(k + 1)).rev() {
            let name = &text[starts[k + 1 - n]..end];
            if n == 2 && joins_two_bodies(text, starts[k - 1]) {
                break;
            }
            let d = match t.named(name) {
                [(d, Form::Full)] => *d,
                [(d, Form::Short)] if n >= 3 && with_level_char(t.divisions[*d].name, c) => *d,
                _ => continue,
            };
            if level_of(t.divisions[d].code) == level {
                *counts.entry(d).or_default() += 1;
                *written.entry((d, name)).or_default() += 1;
            }
            break;
        }
    }
    let max = *counts.values().max()?;
    let mut top = counts.iter().filter(|(_, &c)| c == max);
    let first = top.next().map(|(&d, _)| d);
    let d = top.next().is_none().then_some(first).flatten()?;
    // The full name when the text writes it; otherwise the form it writes most.
    let name = t.divisions[d].name;
    let form = written
        .iter()
        .filter(|((w, _), _)| *w == d)
        .max_by_key(|((_, n), &c)| (*n == name, c, std::cmp::Reverse(*n)))
        .map_or(name, |((_, n), _)| *n);
    Some((d, form))
}

/// Whether `full` is an autonomous division's name whose level word ends with `c` (张家川回族
/// 自治县 and 县): its short name written with that character stands for it.
fn with_level_char(full: &str, c: char) -> bool {
    full.contains("自治") && full.ends_with(c)
}
