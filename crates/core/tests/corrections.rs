//! The user's corrections applied by the core, on the seed reports: edits, removals and
//! additions reach the checks, indicators and profile; facts drive timeliness; findings can be
//! reviewed; and every correction finds its place again in a text read anew, or is listed.

mod common;

use gangmu_core::corrections::{Anchor, Change, Correction, Fact, MetricField, NewMetric};
use gangmu_core::{
    extract, extract_corrected, CheckKind, CorrectionStatus, Decimal, FindingKind, MetricKind,
    Options, Report, ReviewStatus, Span, UnplacedReason,
};

fn correction(id: &str, change: Change) -> Correction {
    Correction {
        id: id.into(),
        time: 0,
        group: None,
        change,
    }
}

/// The anchor of the metric whose source text is `text`, the `nth` such.
fn metric_at(report: &Report, source: &str, text: &str, nth: usize) -> Anchor {
    let m = report
        .metrics
        .iter()
        .filter(|m| m.text == text)
        .nth(nth)
        .unwrap_or_else(|| panic!("no metric {text}"));
    Anchor::at(source, m.span)
}

fn sum_check<'a>(r: &'a Report, relation_start: &str) -> &'a gangmu_core::Check {
    r.checks
        .iter()
        .find(|c| c.kind == CheckKind::Sum && c.relation.starts_with(relation_start))
        .unwrap_or_else(|| panic!("no sum {relation_start}: {:#?}", r.checks))
}

/// 000 says 审结163件，其中维持93件，撤销…26件，调解…28件，驳回16件. Printed (or read) as 62件
/// the breakdown does not add up; the user's fix of that one figure makes the check hold.
#[test]
fn a_sum_that_failed_on_a_misread_figure_holds_after_the_fix() {
    let seed = common::seed("000");
    let text = seed.replace("共26件", "共62件");
    let before = extract(&text, &Options::default());
    assert!(!sum_check(&before, "93+62").holds);
    let fix = correction(
        "c1",
        Change::EditMetric {
            at: metric_at(&before, &text, "62件", 0),
            set: MetricField::Value(Decimal::parse("26").unwrap()),
        },
    );
    let after = extract_corrected(&text, &Options::default(), &[fix]);
    let check = sum_check(&after, "93+26");
    assert!(check.holds, "{check:#?}");
    let m = check
        .metrics
        .iter()
        .map(|&i| &after.metrics[i])
        .find(|m| m.text == "62件")
        .unwrap();
    assert_eq!(m.value.to_string(), "26");
    assert_eq!(m.text, "62件", "the source text stays as written");
    let original = m.correction.as_ref().unwrap().original.as_ref().unwrap();
    assert_eq!(original.value.to_string(), "62");
    assert_eq!(m.base.as_ref().unwrap().value.to_string(), "26");
    let applied = &after.corrections[0];
    assert_eq!(applied.status, CorrectionStatus::Applied);
    assert_eq!(
        (applied.original.as_deref(), applied.value.as_deref()),
        (Some("62"), Some("26"))
    );
    // Without the correction nothing changed: the log is the only difference.
    assert_eq!(
        serde_json::to_string(&extract_corrected(&text, &Options::default(), &[])).unwrap(),
        serde_json::to_string(&before).unwrap()
    );
}

#[test]
fn a_removed_metric_leaves_every_list_and_an_added_one_joins_in_text_order() {
    let text = common::seed("003");
    let before = extract(&text, &Options::default());
    let first = &before.metrics[0];
    let remove = correction(
        "r",
        Change::RemoveMetric {
            at: Anchor::at(&text, first.span),
        },
    );
    // 一案例入选 is a count of one the extractor never reads (a lone 一 is an idiom); the user
    // adds it from a selection.
    let at = text
        .find("一案例")
        .map(|s| Span::new(s, s + "一案例".len()));
    let after = match at {
        Some(span) => {
            let proposal = gangmu_core::corrections::read_selection(&text, span).unwrap();
            assert_eq!(proposal.value.to_string(), "1");
            let add = correction(
                "a",
                Change::AddMetric {
                    at: Anchor::at(&text, span),
                    metric: NewMetric {
                        label: "入选案例".into(),
                        ..proposal
                    },
                },
            );
            let after = extract_corrected(&text, &Options::default(), &[remove, add]);
            let added = after
                .metrics
                .iter()
                .find(|m| m.span == span)
                .expect("added metric");
            assert!(added.correction.as_ref().unwrap().added);
            assert_eq!(added.label, "入选案例");
            assert!(added.section.is_some(), "it lies in a section");
            after
        }
        None => extract_corrected(&text, &Options::default(), &[remove]),
    };
    assert!(after.metrics.iter().all(|m| m.span != first.span));
    assert!(after
        .metrics
        .windows(2)
        .all(|w| w[0].span.start <= w[1].span.start));
    assert_eq!(
        after.profile.metrics,
        after.metrics.len(),
        "the profile counts the corrected metrics"
    );
    for c in &after.checks {
        assert!(c.metrics.iter().all(|&i| i < after.metrics.len()));
    }
}

#[test]
fn a_corrected_label_gets_the_indicator_it_names_unless_the_user_chose_one() {
    let text = common::seed("000");
    let before = extract(&text, &Options::default());
    let m = before
        .metrics
        .iter()
        .find(|m| m.indicator.is_some())
        .expect("a metric with an indicator");
    let at = Anchor::at(&text, m.span);
    let relabel = correction(
        "l",
        Change::EditMetric {
            at: at.clone(),
            set: MetricField::Label("参加普法活动人数".into()),
        },
    );
    let after = extract_corrected(&text, &Options::default(), std::slice::from_ref(&relabel));
    let now = after.metrics.iter().find(|m| m.span == at.span).unwrap();
    assert_eq!(now.label, "参加普法活动人数");
    let original = now.correction.as_ref().unwrap().original.as_ref().unwrap();
    assert_eq!(
        original.indicator, m.indicator,
        "the original keeps its indicator"
    );
    let choose = correction(
        "i",
        Change::EditMetric {
            at: at.clone(),
            set: MetricField::Indicator(None),
        },
    );
    let after = extract_corrected(&text, &Options::default(), &[relabel, choose]);
    let now = after.metrics.iter().find(|m| m.span == at.span).unwrap();
    assert_eq!(
        now.indicator, None,
        "the user's choice wins over the dictionary"
    );
    assert_eq!(now.correction.as_ref().unwrap().ids, ["l", "i"]);
}

#[test]
fn the_publication_date_drives_timeliness() {
    let text = common::seed("004");
    let on_time = extract(&text, &Options::default());
    assert_eq!(on_time.published.as_deref(), Some("2026-02-13"));
    assert_eq!(on_time.profile.on_time, Some(true));
    let late = extract_corrected(
        &text,
        &Options::default(),
        &[correction(
            "d",
            Change::EditFact {
                set: Fact::Published(Some("2026-04-15".into())),
            },
        )],
    );
    assert_eq!(late.published.as_deref(), Some("2026-04-15"));
    assert_eq!(late.profile.on_time, Some(false));
    let check = late
        .checks
        .iter()
        .find(|c| c.kind == CheckKind::Timeliness)
        .unwrap();
    assert!(!check.holds);
    assert_eq!(late.corrections[0].original.as_deref(), Some("2026-02-13"));
    // A date that is no date is refused, and says so.
    let bad = extract_corrected(
        &text,
        &Options::default(),
        &[correction(
            "x",
            Change::EditFact {
                set: Fact::Published(Some("2026-02-30".into())),
            },
        )],
    );
    assert_eq!(bad.published.as_deref(), Some("2026-02-13"));
    assert_eq!(bad.corrections[0].reason, Some(UnplacedReason::Invalid));
}

#[test]
fn facts_can_be_set_and_cleared() {
    let text = common::seed("001");
    let r = extract_corrected(
        &text,
        &Options::default(),
        &[
            correction(
                "t",
                Change::EditFact {
                    set: Fact::Title(Some(" 鱼峰区2023年法治政府建设年度报告 ".into())),
                },
            ),
            correction(
                "i",
                Change::EditFact {
                    set: Fact::Issuer(Some("柳州市鱼峰区人民政府".into())),
                },
            ),
            correction(
                "y",
                Change::EditFact {
                    set: Fact::Year(None),
                },
            ),
        ],
    );
    assert_eq!(r.title.as_deref(), Some("鱼峰区2023年法治政府建设年度报告"));
    assert_eq!(r.issuer.as_deref(), Some("柳州市鱼峰区人民政府"));
    assert_eq!(r.year, None);
    assert_eq!(r.profile.deadline, None);
}

#[test]
fn findings_are_reviewed_or_dismissed_with_a_note() {
    let text = common::seed("004");
    let r = extract(&text, &Options::default());
    let (i, f) = r
        .findings
        .iter()
        .enumerate()
        .find(|(_, f)| f.span.is_some())
        .unwrap();
    let review = correction(
        "v",
        Change::ReviewFinding {
            at: f.span.map(|s| Anchor::at(&text, s)),
            finding: f.kind,
            message: f.message.zh.clone(),
            status: ReviewStatus::Dismissed,
            note: Some("网页栏目，无需处理".into()),
        },
    );
    let after = extract_corrected(&text, &Options::default(), &[review]);
    assert_eq!(after.reviews.len(), 1);
    assert_eq!(after.reviews[0].finding, i);
    assert_eq!(after.reviews[0].status, ReviewStatus::Dismissed);
    assert_eq!(after.findings[i], r.findings[i]);
    // A finding with no place is told apart by its message.
    let missing = extract_corrected(
        &text,
        &Options::default(),
        &[correction(
            "m",
            Change::ReviewFinding {
                at: None,
                finding: FindingKind::MissingPart,
                message: "no such message".into(),
                status: ReviewStatus::Reviewed,
                note: None,
            },
        )],
    );
    assert_eq!(
        missing.corrections[0].reason,
        Some(UnplacedReason::NoFinding)
    );
}

/// The same corrections, made on the text read one way, applied to the text read another
/// way (here: a page of chrome more at the top, as a re-saved web page has) find their
/// metrics again; one whose text is gone is listed as unplaced, never dropped.
#[test]
fn corrections_find_their_place_in_a_text_read_anew() {
    let text = common::seed("000");
    let r = extract(&text, &Options::default());
    let edit = correction(
        "e",
        Change::EditMetric {
            at: metric_at(&r, &text, "93件", 0),
            set: MetricField::Label("维持原行政行为".into()),
        },
    );
    let gone = correction(
        "g",
        Change::EditMetric {
            at: Anchor {
                span: Span::new(10, 14),
                text: "999件".into(),
                before: String::new(),
                after: String::new(),
            },
            set: MetricField::Kind(MetricKind::Count),
        },
    );
    let reread = format!("首页 > 政务公开 > 法治政府建设\n{text}");
    let after = extract_corrected(&reread, &Options::default(), &[edit, gone]);
    let m = after.metrics.iter().find(|m| m.text == "93件").unwrap();
    assert_eq!(m.label, "维持原行政行为");
    assert_eq!(after.corrections[0].status, CorrectionStatus::Applied);
    assert_eq!(after.corrections[0].span, Some(m.span));
    assert_eq!(after.corrections[1].status, CorrectionStatus::Unplaced);
    assert_eq!(
        after.corrections[1].reason,
        Some(UnplacedReason::TextNotFound)
    );
}

#[test]
fn corrections_survive_their_json_round_trip() {
    let text = common::seed("000");
    let r = extract(&text, &Options::default());
    let log = vec![
        correction(
            "1",
            Change::EditMetric {
                at: metric_at(&r, &text, "93件", 0),
                set: MetricField::Value(Decimal::parse("93.5").unwrap()),
            },
        ),
        correction(
            "2",
            Change::EditMetric {
                at: metric_at(&r, &text, "93件", 0),
                set: MetricField::Unit(None),
            },
        ),
    ];
    let json = serde_json::to_string(&log).unwrap();
    assert!(json.contains(r#""kind":"edit_metric""#), "{json}");
    assert!(
        json.contains(r#""set":{"field":"value","value":93.5}"#),
        "{json}"
    );
    let back: Vec<Correction> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, log);
    let a = extract_corrected(&text, &Options::default(), &log);
    let b = extract_corrected(&text, &Options::default(), &back);
    assert_eq!(
        serde_json::to_string(&a).unwrap(),
        serde_json::to_string(&b).unwrap()
    );
}

/// A GBK file corrected as GBK, read again as Big5 (garbled: the anchors' text is gone, so the
/// corrections are listed as unplaced, not lost) and back as GBK (all placed again).
#[test]
fn corrections_survive_a_re_read_with_another_encoding() {
    let seed = common::seed("003");
    let (gbk, _, _) = encoding_rs::GBK.encode(&seed);
    let read = |label: &str| {
        gangmu_core::decode::decode(&gbk, Some("003.txt"), Some(label))
            .unwrap()
            .text
    };
    let text = read("gbk");
    let r = extract(&text, &Options::default());
    let m = &r.metrics[3];
    let log = vec![correction(
        "k",
        Change::EditMetric {
            at: Anchor::at(&text, m.span),
            set: MetricField::Kind(MetricKind::Other),
        },
    )];
    let garbled = extract_corrected(&read("big5"), &Options::default(), &log);
    assert_eq!(garbled.corrections[0].status, CorrectionStatus::Unplaced);
    let back = extract_corrected(&read("gbk"), &Options::default(), &log);
    assert_eq!(back.corrections[0].status, CorrectionStatus::Applied);
    assert_eq!(back.metrics[3].kind, MetricKind::Other);
}

/// The region can be set by its code where a name does not settle it; a code that names no
/// division is refused; an issuer corrected later re-reads the region from its words.
#[test]
fn the_region_is_corrected_by_code_or_follows_the_issuer() {
    let text = common::seed("001");
    let region = |code: &str| {
        correction(
            code,
            Change::EditFact {
                set: Fact::Region(Some(code.into())),
            },
        )
    };
    let r = extract_corrected(&text, &Options::default(), &[region("450202")]);
    let by = r.issued_by.as_ref().unwrap();
    assert_eq!(by.code.as_deref(), Some("450202"));
    assert_eq!(by.resolution, gangmu_core::Resolution::Corrected);
    let bad = extract_corrected(&text, &Options::default(), &[region("999999")]);
    assert_eq!(bad.corrections[0].reason, Some(UnplacedReason::Invalid));
    assert_eq!(
        bad.issued_by.as_ref().and_then(|b| b.code.as_deref()),
        Some("450203"),
        "鱼峰区 as read"
    );
    let issuer = correction(
        "i",
        Change::EditFact {
            set: Fact::Issuer(Some("柳城县人民政府".into())),
        },
    );
    let r = extract_corrected(&text, &Options::default(), &[region("450202"), issuer]);
    assert_eq!(r.issued_by.unwrap().code.as_deref(), Some("450222"));
}
