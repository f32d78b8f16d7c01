//! Finding divisions by what a user types, for setting a report's region by hand (the web
//! app's region picker; the choice becomes a `Fact::Region(code)` correction).
//!
//! A user types a code (`450202`), a code's first digits (`4502`), a name as the list has it
//! or its short form (`城中区`, `柳州`), a name with its parents (`柳州市城中区`), or part of a
//! name (`鱼峰`). Each hit carries its parents' names (`within`), so the many 城中区 and
//! 新城区 can be told apart.

use super::data::{table, Form};
use super::{candidate, normalise};
use crate::model::RegionRef;

/// The divisions `query` may mean, best first, at most `limit`: an exact code; the division a
/// chain of names settles (柳州市城中区); the divisions carrying the name (full, short or
/// former); then names containing it, higher levels first. Empty for an empty query.
pub fn search(query: &str, limit: usize) -> Vec<RegionRef> {
    let q = crate::text::without_whitespace(query);
    if q.is_empty() || limit == 0 {
        return Vec::new();
    }
    let t = table();
    let mut found: Vec<usize> = Vec::new();
    let add = |i: usize, found: &mut Vec<usize>| {
        if !found.contains(&i) {
            found.push(i);
        }
    };
    if q.chars().all(|c| c.is_ascii_digit()) {
        if let Some(i) = q
            .parse()
            .ok()
            .and_then(|c| t.index(c))
            .filter(|_| q.len() == 6)
        {
            add(i, &mut found);
        }
        // A code's first digits: the divisions under that province or prefecture, in code order.
        if q.len() < 6 {
            for (i, d) in t.divisions.iter().enumerate() {
                if format!("{:06}", d.code).starts_with(&q) {
                    add(i, &mut found);
                }
            }
        }
        return found.into_iter().take(limit).map(candidate).collect();
    }
    // A chain of names the issuer reader settles (广西柳州市城中区 → 450202).
    if let Some(i) = normalise(&q, "")
        .code
        .and_then(|c| c.parse().ok())
        .and_then(|c| t.index(c))
    {
        add(i, &mut found);
    }
    let mut named: Vec<(usize, Form)> = t.named(&q).to_vec();
    crate::sort::by_key(&mut named, |&(i, form)| {
        (form != Form::Full, t.divisions[i].code)
    });
    for (i, _) in named {
        add(i, &mut found);
    }
    let mut containing: Vec<usize> = (0..t.divisions.len())
        .filter(|&i| t.divisions[i].name.contains(q.as_str()))
        .collect();
    crate::sort::by_key(&mut containing, |&i| {
        (
            super::data::level_of(t.divisions[i].code),
            t.divisions[i].code,
        )
    });
    for i in containing {
        add(i, &mut found);
    }
    found.into_iter().take(limit).map(candidate).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Level;

    fn codes(q: &str) -> Vec<String> {
        search(q, 50).into_iter().map(|r| r.code).collect()
    }

    #[test]
    fn a_code_finds_its_division_with_its_parents() {
        let r = search("450202", 10);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].name, "城中区");
        assert_eq!(r[0].within, "广西壮族自治区柳州市");
        assert_eq!(r[0].level, Level::County);
        assert!(search("999999", 10).is_empty());
    }

    #[test]
    fn a_code_prefix_lists_the_divisions_under_it() {
        let c = codes("4502");
        assert_eq!(c[0], "450200", "the prefecture itself first (code order)");
        assert!(c.contains(&"450203".to_string()));
        assert!(c.iter().all(|c| c.starts_with("4502")));
    }

    #[test]
    fn an_ambiguous_name_lists_every_division_carrying_it() {
        let r = search("城中区", 20);
        let within: Vec<&str> = r.iter().map(|r| r.within.as_str()).collect();
        assert!(within.contains(&"广西壮族自治区柳州市"), "{within:?}");
        assert!(within.contains(&"青海省西宁市"), "{within:?}");
        assert!(r.iter().all(|r| r.name == "城中区"));
    }

    #[test]
    fn a_chain_of_names_puts_the_settled_division_first() {
        assert_eq!(codes("柳州市城中区")[0], "450202");
        assert_eq!(codes("广西 柳州 鱼峰区")[0], "450203");
    }

    #[test]
    fn short_and_partial_names() {
        assert_eq!(codes("柳州")[0], "450200");
        let c = codes("鱼峰");
        assert_eq!(c[0], "450203", "{c:?}");
        assert!(search("", 5).is_empty());
        assert_eq!(search("区", 7).len(), 7, "the limit holds");
    }
}
