//! Checks and measures that answer readers' questions, on the five seeds, against facts checked
//! by hand in the texts (domain research §1.1 table "How the seeds meet R1–R5", §4.2).

use gangmu_core::{extract, CheckKind, Coverage, Options, Part, Report};

mod common;

fn seed(prefix: &str) -> (String, Report) {
    let text = common::seed(prefix);
    let report = extract(&text, &Options::default());
    (text, report)
}

const SEEDS: [&str; 5] = ["000", "001", "002", "003", "004"];

#[test]
fn the_only_conflicting_restatement_is_004s_8_and_23_applications() {
    for s in SEEDS {
        let (text, r) = seed(s);
        let bad: Vec<_> = r
            .checks
            .iter()
            .filter(|c| c.kind == CheckKind::Consistency && !c.holds)
            .collect();
        if s != "004" {
            assert!(bad.is_empty(), "{s}: false alarm {bad:#?}");
            continue;
        }
        assert_eq!(bad.len(), 1, "{bad:#?}");
        let c = bad[0];
        assert_eq!(c.relation, "8≠23");
        let quotes: Vec<&str> = c
            .metrics
            .iter()
            .map(|&i| r.metrics[i].span.slice(&text))
            .collect();
        assert_eq!(quotes, ["8件", "23件"]);
        // Named with where they stand, and reported as a finding at that place.
        assert!(
            c.note.contains("(八)") && c.note.contains("(九)"),
            "{}",
            c.note
        );
        assert!(r
            .findings
            .iter()
            .any(|f| f.message.zh.contains("8≠23") && f.span == Some(c.span)));
    }
}

#[test]
fn rates_checked_across_sentences() {
    // The only rates that do not hold, besides 004's truncated 96.66%: 003's pass rates against
    // the stated base of 120 candidates (95.5% would be 114.6 people, 92.2% 110.6; domain
    // research §4.2 row 14).
    for s in SEEDS {
        let (text, r) = seed(s);
        let bad: Vec<_> = r
            .checks
            .iter()
            .filter(|c| c.kind == CheckKind::Rate && !c.holds && !c.note.contains("截断"))
            .collect();
        if s != "003" {
            assert!(bad.is_empty(), "{s}: {bad:#?}");
            continue;
        }
        let relations: Vec<&str> = bad.iter().map(|c| c.relation.as_str()).collect();
        assert_eq!(relations, ["k/120≠95.5%", "k/120≠92.2%"]);
        for c in &bad {
            let base = &r.metrics[c.metrics[0]];
            assert_eq!(base.span.slice(&text), "120人");
            assert!(c.note.contains("符合报考条件"), "{}", c.note);
        }
        assert!(
            bad[0].note.contains("114/120=95.00%，115/120=95.83%"),
            "{}",
            bad[0].note
        );
    }
}

#[test]
fn correction_rates_implied_by_the_counts() {
    // 000: 撤销、确认违法和责令履行共26件 of 审结163件; 001: 纠正16件 of 审理办结58件;
    // 002: 纠错81件 of 办结403件. 003 and 004 state no corrections.
    let want = [
        ("000", Some(("26/163", 15.95))),
        ("001", Some(("16/58", 27.59))),
        ("002", Some(("81/403", 20.10))),
        ("003", None),
        ("004", None),
    ];
    for (s, w) in want {
        let (_, r) = seed(s);
        let got = r
            .profile
            .derived
            .iter()
            .find(|d| d.indicator == "fy_correct_rate");
        match (got, w) {
            (Some(d), Some((rel, v))) => {
                assert_eq!(d.relation, rel, "{s}");
                assert!((d.value - v).abs() < 1e-9, "{s}: {}", d.value);
            }
            (None, None) => {}
            (g, w) => panic!("{s}: got {g:?}, want {w:?}"),
        }
    }
}

#[test]
fn profiles_of_the_seeds() {
    // Parts with a heading of their own: 000 none (topical headings, problems and plans in
    // closing paragraphs); 001 and 002 R1, R2, R4; 003 and 004 R1–R4. No seed gives causes.
    for (s, with_heading) in SEEDS.iter().zip([0, 3, 3, 4, 4]) {
        let (_, r) = seed(s);
        let p = &r.profile;
        assert_eq!(p.parts_with_heading, with_heading, "{s}");
        assert_eq!(p.parts_found, if *s == "000" { 3 } else { 4 }, "{s}");
        assert!(!p.causes_given, "{s}");
        assert!(p.problems_chars > 0, "{s}");
        assert_eq!(p.metrics, r.metrics.len());
        let per = (r.metrics.len() as f64 * 1000.0 / p.chars as f64 * 100.0).round() / 100.0;
        assert_eq!(p.metrics_per_1000, per, "{s}");
        let r2 = r.parts.iter().find(|c| c.part == Part::R2).unwrap();
        assert!(r2.note.contains("未说明原因"), "{s}: {}", r2.note);
    }
    // 000 states its problems only in a closing paragraph, which is shown as the R2 passage.
    let (text, r) = seed("000");
    let r2 = r.parts.iter().find(|c| c.part == Part::R2).unwrap();
    assert_eq!(r2.status, Coverage::Passage);
    let passage = r2.span.unwrap().slice(&text);
    assert!(passage.contains("但也存在着工作创新性不够"), "{passage}");
    assert_eq!(
        r.profile.problems_chars,
        passage.chars().filter(|c| !c.is_whitespace()).count()
    );
    // 004 is the only seed with a publication date: 2026-02-13, before 2026-03-31.
    let (_, r) = seed("004");
    assert_eq!(r.profile.deadline.as_deref(), Some("2026-03-31"));
    assert_eq!(r.profile.on_time, Some(true));
    let (_, r) = seed("003");
    assert_eq!(r.profile.on_time, None);
}
