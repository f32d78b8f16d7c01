//! Invariants of `extract` on arbitrary text: it never panics, and every span lies on char
//! boundaries inside the input, with outline, metrics and dates in text order.

mod common;

use gangmu_core::corrections::{Anchor, Change, Correction, Fact, MetricField, NewMetric};
use gangmu_core::{
    extract, extract_corrected, Decimal, FindingKind, MetricKind, Options, Report, ReviewStatus,
    Span,
};
use proptest::prelude::*;

/// Pieces of real reports, so generated text reaches the interesting code paths.
const PIECES: &[&str] = &[
    "一、",
    "（一）",
    "(二)",
    "1.",
    "（1）",
    "一是",
    "二是",
    "。",
    "，",
    ",",
    "；",
    "、",
    "\n",
    "\r\n",
    " ",
    "\u{3000}",
    "\u{a0}",
    "审结行政复议案件",
    "163件",
    "其中",
    "维持93件",
    "4%",
    "败诉率",
    "23.07亿元",
    "10余万元",
    "9万余元",
    "960余人次",
    "五次",
    "两镇",
    "无一件",
    "“零发生”",
    "突破万次",
    "超两亿元",
    "达99%以上",
    "5天内",
    "2023年",
    "20256月",
    "2025730日",
    "(20212025年)",
    "2025坚持",
    "1-11月",
    "第三批",
    "十四五",
    "“1+3”",
    "12345",
    "〔2019〕28号",
    "通知公告",
    "来源: 柳城县人民政府",
    "发布日期: 2026-02-13",
    "×",
    "柳城县2025年法治政府建设年度报告",
    "存在问题",
    "下一步工作打算",
    "平均每乡镇",
    "12个乡镇",
    "调解成功率98.2%",
    "１２３",
    "％",
    "（",
    "）",
    "“",
    "”",
    "《",
    "》",
    "百分之九十五",
    "一万零十二",
    "二〇二三",
    "數",
    "審",
    "\u{feff}",
    "\u{200b}",
    "😀",
    "𠀀",
];

fn report_like() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            prop::sample::select(PIECES).prop_map(str::to_string),
            any::<String>()
        ],
        0..60,
    )
    .prop_map(|v| v.concat())
}

fn check_span(text: &str, s: Span, what: &str) {
    assert!(
        s.start <= s.end && s.end <= text.len(),
        "{what} span {s:?} outside input of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
        "{what} span {s:?} splits a char"
    );
}

fn check(text: &str, r: &Report) {
    for h in &r.outline {
        check_span(text, h.span, "heading");
        check_span(text, h.body, "section");
    }
    for p in &r.points {
        check_span(text, p.span, "point");
    }
    for m in &r.metrics {
        check_span(text, m.span, "metric");
        assert_eq!(m.span.slice(text), m.text);
        if let Some(s) = m.section {
            assert!(s < r.outline.len());
        }
    }
    for d in &r.dates {
        check_span(text, d.span, "date");
    }
    for c in &r.checks {
        check_span(text, c.span, "check");
        assert!(c.metrics.iter().all(|&i| i < r.metrics.len()));
    }
    for f in &r.findings {
        if let Some(s) = f.span {
            check_span(text, s, "finding");
        }
    }
    for x in &r.removed {
        check_span(text, x.span, "removed");
    }
    if let Some(s) = r.title_span {
        check_span(text, s, "title");
    }
    assert!(
        r.metrics
            .windows(2)
            .all(|w| w[0].span.start <= w[1].span.start),
        "metrics out of order"
    );
    assert!(
        r.outline
            .windows(2)
            .all(|w| w[0].span.start <= w[1].span.start),
        "outline out of order"
    );
    assert!(
        r.dates
            .windows(2)
            .all(|w| w[0].span.start <= w[1].span.start),
        "dates out of order"
    );
}

/// Long lines without breaks, where run-in headings and long titles are looked for.
fn run_on() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        prop::sample::select(
            &[
                "。一、",
                "。（二）",
                "。三、",
                "报告如下：一、",
                "全面加强法治建设工作各项工作取得明显成效群众满意度持续提升",
                "审结案件163件",
                "。",
                "，",
                "其中维持93件",
                "法治政府建设情况的报告"
            ][..]
        )
        .prop_map(str::to_string),
        "[一-龥]{1,40}",
    ];
    prop::collection::vec(pieces, 20..120).prop_map(|v| v.concat())
}

/// Corrections of every kind, anchored anywhere (on or off character boundaries, past the
/// end, on text that is not there), as a stale or hand-edited workspace may hold them.
fn corrections_for(len: usize) -> impl Strategy<Value = Vec<Correction>> {
    let anchor =
        (0..len + 8, 0..24usize, "[0-9件%万元一二三审结]{0,4}").prop_map(|(start, n, text)| {
            Anchor {
                span: Span::new(start, start + n),
                text,
                before: String::new(),
                after: String::new(),
            }
        });
    let value = (0i64..100_000, 0u32..3).prop_map(|(v, p)| {
        Decimal::parse(&format!("{}", v as f64 / 10f64.powi(p as i32))).unwrap()
    });
    let change = prop_oneof![
        (anchor.clone(), value.clone()).prop_map(|(at, v)| Change::EditMetric {
            at,
            set: MetricField::Value(v)
        }),
        (anchor.clone(), ".{0,8}").prop_map(|(at, l)| Change::EditMetric {
            at,
            set: MetricField::Label(l)
        }),
        (anchor.clone(), proptest::option::of("[万亿元件%人次]{0,3}")).prop_map(|(at, u)| {
            Change::EditMetric {
                at,
                set: MetricField::Unit(u),
            }
        }),
        anchor.clone().prop_map(|at| Change::RemoveMetric { at }),
        (anchor.clone(), value).prop_map(|(at, value)| Change::AddMetric {
            at,
            metric: NewMetric {
                value,
                unit: Some("件".into()),
                qualifier: None,
                kind: MetricKind::Count,
                direction: None,
                label: "新增".into(),
                indicator: Some("no_such_indicator".into())
            }
        }),
        proptest::option::of("[0-9-]{0,10}").prop_map(|d| Change::EditFact {
            set: Fact::Published(d)
        }),
        proptest::option::of(-5000i32..5000).prop_map(|y| Change::EditFact { set: Fact::Year(y) }),
        (proptest::option::of(anchor), ".{0,6}").prop_map(|(at, message)| Change::ReviewFinding {
            at,
            finding: FindingKind::UnitMissing,
            message,
            status: ReviewStatus::Dismissed,
            note: None
        }),
    ];
    prop::collection::vec(change, 0..6).prop_map(|changes| {
        changes
            .into_iter()
            .enumerate()
            .map(|(i, change)| Correction {
                id: i.to_string(),
                time: 0,
                group: None,
                change,
            })
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn corrections_never_break_the_report(
        (text, log) in report_like().prop_flat_map(|t| { let n = t.len(); (Just(t), corrections_for(n)) })
    ) {
        // Half the anchors are made on the text itself, so they find their place (and often a
        // metric); the others are as generated.
        let log: Vec<Correction> = log
            .into_iter()
            .enumerate()
            .map(|(i, mut c)| {
                if i % 2 == 0 {
                    match &mut c.change {
                        Change::EditMetric { at, .. }
                        | Change::RemoveMetric { at }
                        | Change::AddMetric { at, .. } => *at = Anchor::at(&text, at.span),
                        _ => {}
                    }
                }
                c
            })
            .collect();
        let r = extract_corrected(&text, &Options::default(), &log);
        check(&text, &r);
        prop_assert_eq!(r.corrections.len(), log.len());
        for c in &r.corrections {
            if let Some(s) = c.span {
                check_span(&text, s, "correction");
            }
        }
        for v in &r.reviews {
            prop_assert!(v.finding < r.findings.len());
        }
    }

    #[test]
    fn extract_is_total_and_spans_are_sound(text in report_like()) {
        let r = extract(&text, &Options::default());
        check(&text, &r);
    }

    #[test]
    fn run_on_text_is_total_and_sound(text in run_on()) {
        let r = extract(&text, &Options::default());
        check(&text, &r);
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in any::<String>()) {
        let r = extract(&text, &Options::default());
        check(&text, &r);
    }
}

#[test]
fn seeds_satisfy_the_invariants() {
    for (_, text) in common::seeds() {
        check(&text, &extract(&text, &Options::default()));
    }
}
