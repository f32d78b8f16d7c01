//! The report profile: the measures empirical studies of these reports use (domain research
//! §2) — length, metrics per 1 000 characters, the problems part and whether it gives causes,
//! headings per required part, timeliness, 纲要 areas touched, use of cases — and the rates
//! the report's counts imply ([`indicators::rates::derived`]).
//!
//! Computed last, from the finished report; it adds no findings.

use crate::checks::parts::gives_causes;
use crate::indicators;
use crate::model::{Coverage, Part, PartHeadings, Profile, Report};
use crate::sentences::Context;
use std::collections::BTreeSet;

pub fn build(ctx: &Context<'_, '_>, report: &Report) -> Profile {
    let original = ctx.cleaned.original;
    // Whitespace is not counted: it depends on the format (indents, wrapped lines), not on
    // what the report says.
    let chars = visible_chars(&ctx.cleaned.text);
    let with_indicator = report
        .metrics
        .iter()
        .filter(|m| m.indicator.is_some())
        .count();
    let (indicators_named, areas) = indicators_and_areas(report);
    let problems = report
        .parts
        .iter()
        .find(|p| p.part == Part::R2)
        .and_then(|p| match (p.status, p.heading) {
            (Coverage::Heading, Some(h)) => report.outline.get(h).map(|h| h.body),
            (Coverage::Passage, _) => p.span,
            _ => None,
        })
        .map(|span| crate::text::window(original, span.start, span.end))
        .unwrap_or("");
    let problems_chars = visible_chars(problems);
    let required = report.parts.iter().filter(|p| !p.part.optional());
    let deadline = crate::checks::timeliness::deadline(report);
    let on_time = match (&deadline, &report.published) {
        (Some(d), Some(p)) => Some(p.as_str() <= d.as_str()),
        _ => None,
    };
    let text = ctx.cleaned.text.as_str();
    Profile {
        chars,
        metrics: report.metrics.len(),
        metrics_per_1000: round2(per(report.metrics.len() as f64 * 1000.0, chars)),
        with_indicator,
        indicators: indicators_named,
        areas: areas.into_iter().collect(),
        headings: report.outline.len(),
        headings_per_part: headings_per_part(report),
        problems_chars,
        problems_share: round2(per(problems_chars as f64 * 100.0, chars)),
        causes_given: !problems.is_empty() && gives_causes(problems),
        parts_found: required
            .clone()
            .filter(|p| p.status != Coverage::Missing)
            .count(),
        parts_with_heading: required.filter(|p| p.status == Coverage::Heading).count(),
        deadline,
        on_time,
        // memchr's SIMD search (`str::matches` runs a Two-Way search over the whole text per word).
        examples: crate::lexicon::data::parts::EXAMPLE_WORDS
            .iter()
            .map(|w| memchr::memmem::find_iter(text.as_bytes(), w.as_bytes()).count())
            .sum(),
        derived: indicators::rates::derived(report),
    }
}

/// How many distinct indicators the metrics name, and the 纲要 areas of those the dictionary
/// holds. The ids by their place in the dictionary (a map built once), marked in a list of
/// flags: a set of the id strings compared them with one another, metric by metric. (An id
/// the dictionary does not hold counts too, once, and has no area.)
fn indicators_and_areas(report: &Report) -> (usize, BTreeSet<u8>) {
    let list = &indicators::dictionary().indicators;
    let mut seen = vec![false; list.len()];
    let mut others: Vec<&str> = Vec::new();
    let mut distinct = 0;
    let mut areas = BTreeSet::new();
    for id in report.metrics.iter().filter_map(|m| m.indicator.as_deref()) {
        match indicators::place(id) {
            Some(k) if !seen[k] => {
                seen[k] = true;
                distinct += 1;
                areas.insert(list[k].area);
            }
            Some(_) => {}
            None => others.push(id),
        }
    }
    crate::sort::ascending(&mut others);
    others.dedup();
    (distinct + others.len(), areas)
}

fn visible_chars(s: &str) -> usize {
    // Characters are counted from their lead bytes; whitespace in cleaned text is ASCII (odd
    // spaces were folded) apart from rare line separators, which decoding would not change.
    // (A sum of 0/1 rather than `filter().count()`, so that the loop vectorises; in bytes, 255
    // at a time, so that a vector register holds as many lanes as it can.)
    s.as_bytes()
        .chunks(255)
        .map(|chunk| {
            let visible: u8 = chunk
                .iter()
                .map(|&b| u8::from((b & 0xC0) != 0x80 && !b.is_ascii_whitespace()))
                .sum();
            usize::from(visible)
        })
        .sum()
}

fn per(x: f64, n: usize) -> f64 {
    if n == 0 {
        0.0
    } else {
        x / n as f64
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Headings in each required part's section. A report without an R1 heading states its
/// measures under topical headings (seed 000): the headings outside every part's section are
/// R1's then.
fn headings_per_part(report: &Report) -> Vec<PartHeadings> {
    let owner = |mut h: usize| -> Option<Part> {
        for _ in 0..16 {
            let heading = report.outline.get(h)?;
            if let Some(p) = heading.part {
                return Some(p);
            }
            h = heading.parent?;
        }
        None
    };
    let r1_topical = report
        .parts
        .iter()
        .any(|p| p.part == Part::R1 && p.status == Coverage::Passage);
    Part::ALL
        .iter()
        .map(|&part| PartHeadings {
            part,
            headings: (0..report.outline.len())
                .filter(|&h| match owner(h) {
                    Some(p) => p == part,
                    None => part == Part::R1 && r1_topical,
                })
                .count(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::{extract, Options, Part};

    /// The distinct indicators and their areas by place in the dictionary, as the sets of id
    /// strings the profile kept before: over the seeds, and with ids the dictionary does not
    /// hold, repeated, and metrics without one.
    #[test]
    fn indicators_and_areas_by_place_are_the_sets_of_ids() {
        use std::collections::BTreeSet;
        let by_sets = |r: &crate::Report| {
            let ids: BTreeSet<&str> = r
                .metrics
                .iter()
                .filter_map(|m| m.indicator.as_deref())
                .collect();
            let areas: BTreeSet<u8> = ids
                .iter()
                .filter_map(|id| crate::indicators::dictionary().get(id))
                .map(|i| i.area)
                .collect();
            (ids.len(), areas)
        };
        let mut n = 0;
        for (name, text) in crate::test_seeds::seeds() {
            let mut r = extract(&text, &Options::default());
            assert_eq!(super::indicators_and_areas(&r), by_sets(&r), "{name}");
            n += r.metrics.iter().filter(|m| m.indicator.is_some()).count();
            let unknown = ["no_such_indicator", "", "x", "no_such_indicator"];
            for (k, m) in r.metrics.iter_mut().enumerate() {
                if k % 3 == 0 {
                    m.indicator = Some(unknown[k / 3 % unknown.len()].to_string());
                } else if k % 5 == 0 {
                    m.indicator = None;
                }
            }
            assert_eq!(super::indicators_and_areas(&r), by_sets(&r), "{name}");
        }
        assert!(n > 100, "{n}");
    }

    #[test]
    fn visible_characters_are_counted_in_any_length() {
        let count = |s: &str| s.chars().filter(|c| !c.is_ascii_whitespace()).count();
        let mut texts = crate::test_seeds::seed_texts();
        texts.push("a".repeat(1000));
        texts.push("审 a\n".repeat(300));
        for t in &texts {
            assert_eq!(super::visible_chars(t), count(t));
        }
    }

    #[test]
    fn profile_of_a_small_report() {
        let text = "2023年法治政府建设年度报告\n一、主要举措和成效\n（一）行政复议\n全年审结行政复议案件163件，其中纠错26件，典型案例2个。\n二、存在的不足和原因\n一是执法队伍能力不足。主要原因是培训不够。\n三、2024年工作计划\n继续推进。\n";
        let r = extract(text, &Options::default());
        let p = &r.profile;
        assert_eq!(p.metrics, r.metrics.len());
        assert!(p.chars > 0 && p.chars < r.stats.body_chars);
        assert!(p.metrics_per_1000 > 0.0);
        assert!(p.causes_given);
        assert!(p.problems_chars > 0 && p.problems_share > 0.0);
        assert_eq!(p.parts_with_heading, 3);
        let r1 = p
            .headings_per_part
            .iter()
            .find(|h| h.part == Part::R1)
            .unwrap();
        assert_eq!(r1.headings, 2);
        assert_eq!(p.deadline.as_deref(), Some("2024-03-31"));
        assert_eq!(p.on_time, None);
        assert_eq!(p.examples, 2, "典型 and 案例 of 典型案例");
        assert_eq!(p.areas, vec![7]);
        let d = &p.derived[0];
        assert_eq!(d.indicator, "fy_correct_rate");
        assert_eq!(d.relation, "26/163");
        assert!((d.value - 15.95).abs() < 1e-9);
    }

    #[test]
    fn old_json_without_a_profile_still_parses() {
        let r: crate::Report = serde_json::from_str(
            r#"{"title":null,"title_span":null,"issuer":null,"year":null,"published":null,"outline":[],"points":[],"metrics":[],"dates":[],"checks":[],"findings":[],"parts":[],"removed":[],"stats":{"chars":0,"body_chars":0}}"#,
        )
        .unwrap();
        assert_eq!(r.profile, crate::Profile::default());
    }
}
