use super::*;
use crate::{extract, Options};
use std::collections::HashSet;

#[test]
fn the_embedded_dictionary_parses_and_is_consistent() {
    let dict = parse(SOURCE).expect("dictionary.toml parses");
    assert!(dict.indicators.len() >= 40, "{}", dict.indicators.len());
    let mut ids = HashSet::new();
    for ind in &dict.indicators {
        assert!(ids.insert(ind.id.as_str()), "duplicate id {}", ind.id);
        assert!(
            dict.area(ind.area).is_some(),
            "{}: area {}",
            ind.id,
            ind.area
        );
        assert!(!ind.terms.is_empty(), "{}: no terms", ind.id);
        assert!(!ind.zh.is_empty() && !ind.en.is_empty(), "{}", ind.id);
        assert!(
            ind.terms.iter().chain(&ind.topics).all(|w| !w.is_empty()),
            "{}: empty word",
            ind.id
        );
    }
    for ind in &dict.indicators {
        let refs = ind
            .numerator
            .iter()
            .chain(&ind.denominator)
            .chain(&ind.denominator_also);
        for id in refs {
            assert!(
                ids.contains(id.as_str()),
                "{}: unknown indicator {id}",
                ind.id
            );
        }
    }
    assert_eq!(dict.areas.len(), 10);
    assert_eq!(dictionary().indicators.len(), dict.indicators.len());
}

#[test]
fn a_broken_dictionary_is_an_error_not_a_panic() {
    assert!(parse(r#"{"indicator": [{"id": 3}]}"#).is_err());
    assert!(parse("").is_err());
    assert!(parse("{}").unwrap().indicators.is_empty());
}

fn indicators_of(text: &str) -> Vec<(String, Option<String>)> {
    extract(text, &Options::default())
        .metrics
        .into_iter()
        .map(|m| (m.text, m.indicator))
        .collect()
}

fn ids(v: &[(String, Option<String>)]) -> Vec<Option<&str>> {
    v.iter().map(|(_, i)| i.as_deref()).collect()
}

#[test]
fn a_bare_stage_word_takes_its_topic_from_the_sentence() {
    let got = indicators_of(
        "（三）法治监督\n全年共收到行政复议申请70件，受理68件，审理办结58件，防止和纠正不当具体行政行为16件。\n",
    );
    assert_eq!(
        ids(&got),
        [
            Some("fy_apply"),
            Some("fy_accept"),
            Some("fy_close"),
            Some("fy_correct")
        ]
    );
}

#[test]
fn the_same_word_under_another_topic_is_another_indicator() {
    // 受理 in a legal-aid sentence is not a reconsideration case; 调解成功 after 人民调解 is
    // people's mediation.
    let got = indicators_of(
        "全县各级人民调解组织调解民间纠纷1870件，调解成功1837件，调解成功率98.2%。法律援助中心共受理并组织实施法律援助484件。\n",
    );
    assert_eq!(
        ids(&got),
        [
            Some("rmtj_cases"),
            Some("rmtj_success"),
            Some("rmtj_rate"),
            Some("flyz")
        ]
    );
}

#[test]
fn kind_and_unit_must_fit() {
    // 败诉 as a count and 败诉率 as a percent; 7次 of 清理 campaigns is not a count of files.
    let got = indicators_of(
        "行政诉讼一审案件50件，败诉2件，败诉率4%。开展行政规范性文件专项清理7次，清理文件36件。\n",
    );
    assert_eq!(
        ids(&got),
        [
            Some("ss_cases"),
            Some("ss_lost"),
            Some("ss_lost_rate"),
            None,
            Some("gf_cleanup")
        ]
    );
}

#[test]
fn parts_of_a_breakdown_do_not_repeat_the_whole() {
    let got = indicators_of(
        "规范推进政府信息依申请公开工作，2025年共接收到相关申请23件，其中，线上申请5件，线下申请18件。\n",
    );
    assert_eq!(ids(&got), [Some("ysq_apply"), None, None]);
}

#[test]
fn unmatched_metrics_stay() {
    let got = indicators_of("新增注册资本23.07亿元，接入摄像头704个。\n");
    assert_eq!(got.len(), 2);
    assert_eq!(ids(&got), [None, None]);
}

/// Held out: sentences from reports other than the seeds (quoted in
/// ../shared/research/domain.md §3–4 from 上海, 防城, 司法部, 山东, 北京), which the
/// dictionary was not tuned on.
#[test]
fn held_out_sentences_from_other_reports() {
    let cases: [(&str, &[Option<&str>]); 6] = [
        (
            "共收到行政复议申请6200件,其中,依法受理4955件。\n",
            &[Some("fy_apply"), Some("fy_accept")],
        ),
        (
            "审结行政复议申请135件(含上年度结转),其中纠错(含撤销、确认违法)29件,纠错率约19.2%。\n",
            &[Some("fy_close"), Some("fy_correct"), Some("fy_correct_rate")],
        ),
        (
            "全国办结行政复议案件22.4万件，纠错率达15.1%；一审行政应诉案件23.5万件，败诉率约14.7%。\n",
            &[
                Some("fy_close"),
                Some("fy_correct_rate"),
                Some("ss_cases"),
                Some("ss_lost_rate"),
            ],
        ),
        (
            "制发行政复议意见书4958份。\n",
            &[Some("fy_opinion")],
        ),
        (
            "行政机关负责人出庭应诉案件14665件,出庭应诉率达到99.6%。\n",
            &[None, Some("ss_appear_rate")],
        ),
        ("行政复议直接纠错率13.8%。\n", &[Some("fy_correct_rate")]),
    ];
    for (text, want) in cases {
        let got = indicators_of(text);
        assert_eq!(ids(&got), want, "{text}");
    }
}

/// `get` answers from a map built once; it must answer as the dictionary's own search (the
/// first indicator with the id), for every id and for ids it does not hold.
#[test]
fn get_by_map_is_the_dictionary_search() {
    let dict = dictionary();
    for ind in &dict.indicators {
        let by_map = get(&ind.id).map(std::ptr::from_ref);
        let by_search = dict.get(&ind.id).map(std::ptr::from_ref);
        assert_eq!(by_map, by_search, "{}", ind.id);
        assert!(by_map.is_some());
    }
    for id in ["", "x", "受理", "review_accepted ", "REVIEW"] {
        assert_eq!(get(id).is_some(), dict.get(id).is_some(), "{id}");
    }
}
