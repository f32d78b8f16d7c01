//! Traditional characters are recognised for matching: a seed written in traditional
//! characters (as a Hong Kong or Taiwan mirror would serve it) yields the same outline levels
//! and metric values as the simplified original, while every title and label is shown as
//! written, in traditional characters.

mod common;

use gangmu_core::lexicon::trad::to_simplified;
use std::collections::HashMap;

/// Simplified → traditional, by inverting the one-to-one table (the first traditional form
/// wins where several fold to the same simplified character).
fn to_traditional(text: &str) -> String {
    let mut inverse: HashMap<char, char> = HashMap::new();
    for code in 0x4E00u32..=0x9FFF {
        let Some(t) = char::from_u32(code) else {
            continue;
        };
        if let Some(s) = to_simplified(t) {
            inverse.entry(s).or_insert(t);
        }
    }
    text.chars()
        .map(|c| inverse.get(&c).copied().unwrap_or(c))
        .collect()
}

#[test]
fn a_traditional_copy_reads_like_the_simplified_original() {
    for (name, simplified) in common::seeds() {
        let traditional = to_traditional(&simplified);
        assert_ne!(simplified, traditional);
        let options = gangmu_core::Options::default();
        let (a, b) = (
            gangmu_core::extract(&simplified, &options),
            gangmu_core::extract(&traditional, &options),
        );
        let levels = |r: &gangmu_core::Report| {
            r.outline
                .iter()
                .map(|h| (h.level, h.marker.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(levels(&a), levels(&b), "{name}: outline");
        let values = |r: &gangmu_core::Report| {
            r.metrics
                .iter()
                .map(|m| (m.value.to_string(), m.kind))
                .collect::<Vec<_>>()
        };
        assert_eq!(values(&a), values(&b), "{name}: metrics");
        // What is read from the words: the required parts, the indicators, the checks.
        let parts = |r: &gangmu_core::Report| r.outline.iter().map(|h| h.part).collect::<Vec<_>>();
        assert_eq!(parts(&a), parts(&b), "{name}: required parts");
        let indicators = |r: &gangmu_core::Report| {
            r.metrics
                .iter()
                .map(|m| m.indicator.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(indicators(&a), indicators(&b), "{name}: indicators");
        let checks = |r: &gangmu_core::Report| {
            r.checks
                .iter()
                .map(|c| (c.holds, c.relation.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(checks(&a), checks(&b), "{name}: checks");
        let measures = |r: &gangmu_core::Report| {
            let p = &r.profile;
            (p.chars, p.causes_given, p.parts_found, p.problems_chars)
        };
        assert_eq!(measures(&a), measures(&b), "{name}: profile");
        // Shown as written: the titles come from the traditional text.
        for (h, t) in a.outline.iter().zip(&b.outline) {
            assert_eq!(to_traditional(&h.title), t.title, "{name}");
        }
    }
}
