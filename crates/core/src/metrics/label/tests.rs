//! The label parts of one clause, on phrases from the seed reports.

use super::clause::{clause_start, parts};

fn label(text: &str, num: &str, unit: &str, classifier: bool) -> String {
    let s = text.find(num).unwrap();
    let e = s + num.len() + unit.len();
    let c = clause_start(text, s, 0);
    let p = parts(text, c, s, e, classifier);
    p.pre
        .into_iter()
        .chain(p.post)
        .map(|(a, b)| &text[a..b])
        .collect()
}

#[test]
fn words_before_the_number() {
    assert_eq!(
        label(
            "2023年市本级人民政府共审结行政复议案件163件，其中",
            "163",
            "件",
            true
        ),
        "审结行政复议案件"
    );
    assert_eq!(label("，其中维持93件，撤销", "93", "件", true), "维持");
    assert_eq!(
        label("年内向党委、政府报告法治建设工作20次，", "20", "次", true),
        "向党委、政府报告法治建设工作"
    );
    assert_eq!(
        label("行政处罚案件数同比下降26%，", "26", "%", false),
        "行政处罚案件数同比下降"
    );
}

#[test]
fn the_noun_after_a_count() {
    assert_eq!(
        label("组建市领导带队的4个实地督察组在全市开展", "4", "个", true),
        "组建市领导带队的实地督察组在全市开展"
    );
    assert_eq!(
        label("2025年统筹组织应急管理局、消防救援大队等部门开展火灾扑救、地震疏散、洪水救援等应急演练8次", "8", "次", true),
        "统筹组织部门开展应急演练"
    );
    assert_eq!(
        label(
            "修订完善《甲预案》、《乙预案》等1个总体应急预案",
            "1",
            "个",
            true
        ),
        "修订完善总体应急预案"
    );
    assert_eq!(label("为1239户企业节约", "1239", "户", true), "为企业节约");
    assert_eq!(
        label(
            "，全市23个单位（部门）公布实行告知承诺制的证明事项达285项。",
            "23",
            "个",
            true
        ),
        "全市单位（部门）公布实行告知承诺制的证明事项"
    );
    assert_eq!(
        label(
            "；对2016—2022年制定的行政规范性文件共36件进行了清理，",
            "36",
            "件",
            true
        ),
        "对2016—2022年制定的行政规范性文件进行了清理"
    );
    assert_eq!(label("，及时受理率100%", "100", "%", false), "及时受理率");
    assert_eq!(
        label("，优秀率由2023年的62%提高到78.5%。", "62", "%", false),
        "优秀率"
    );
    assert_eq!(label("，败诉率从5%降至3%。", "5", "%", false), "败诉率");
    assert_eq!(
        label("；行政许可事项压减至186项，", "186", "项", true),
        "行政许可事项"
    );
    assert_eq!(
        label("，人均办理时间缩短至3天，", "3", "天", false),
        "人均办理时间"
    );
    assert_eq!(
        label("，法治建设权重提升至 15%，", "15", "%", false),
        "法治建设权重"
    );
    assert_eq!(
        label("，“全区通办”共办理45件，", "45", "件", true),
        "“全区通办”共办理"
    );
    assert_eq!(
        label("，“跨省通办”办件62件。", "62", "件", true),
        "“跨省通办”办件"
    );
}

#[test]
fn a_place_before_a_count_is_its_scope() {
    assert_eq!(
        label("，平台覆盖鱼峰区21个部门、", "21", "个", true),
        "平台覆盖部门"
    );
    assert_eq!(
        label("，最终明确全市30个部门涉及", "30", "个", true),
        "最终明确部门涉及"
    );
    // Nothing else would say what is counted: the place stays.
    assert_eq!(
        label("，我区70个村（社区）", "70", "个", true),
        "我区村（社区）"
    );
}

#[test]
fn one_example_before_a_count_is_left_out() {
    assert_eq!(
        label(
            "，对柳州市人民政府办公室等36个部门权责清单",
            "36",
            "个",
            true
        ),
        "对部门权责清单"
    );
    // 等 not right before the number is not an example's end.
    assert_eq!(label("，平等协商12次", "12", "次", true), "平等协商");
}

#[test]
fn totals_and_their_adverbs() {
    // 共 before a figure ends the noun: the next count is a total of other things.
    let text = "最终明确30个部门涉及10个类别共2644项权责事项；";
    let s = text.find("10个").unwrap() + "10个".len();
    let (a, b) = super::noun::post_noun(text, s).unwrap();
    assert_eq!(&text[a..b], "类别");
    // A time adverb after the noun starts a new predicate.
    let text = "全县139个村(社区)目前共培育“法律明白人”1000余名";
    let s = text.find("139个").unwrap() + "139个".len();
    let (a, b) = super::noun::post_noun(text, s).unwrap();
    assert_eq!(&text[a..b], "村(社区)");
    // 共 before a verb is the count's predicate and stays.
    let text = "目前我区70个村（社区）共培育“法律明白人”584名";
    let s = text.find("70个").unwrap() + "70个".len();
    let (a, b) = super::noun::post_noun(text, s).unwrap();
    assert_eq!(&text[a..b], "村（社区）共培育“法律明白人”");
    // 共有 starting the words is an adverb and a verb, not what is counted.
    assert_eq!(
        label("，共有77名法律顾问入驻，", "77", "名", true),
        "法律顾问入驻"
    );
}

#[test]
fn subjects_that_say_who_did_it() {
    // A collective subject is left out from its last action verb on.
    assert_eq!(
        label(
            "全区各部门组织开展执法业务培训20余场次，",
            "20",
            "余场次",
            true
        ),
        "开展执法业务培训"
    );
    assert_eq!(
        label(
            "全县各级人民调解组织调解民间纠纷1870件，",
            "1870",
            "件",
            true
        ),
        "调解民间纠纷"
    );
    // The subject of a passive, and of a bare verb, is what is counted.
    assert_eq!(
        label("数据接口累计被调用1亿次。", "1", "亿次", false),
        "数据接口累计被调用"
    );
    assert_eq!(
        label("其中，疫情防控新闻发布会累计举行151场，", "151", "场", true),
        "疫情防控新闻发布会累计举行"
    );
    // Not when only a scope comes before the adverb, nor when a noun follows the number.
    assert_eq!(label("全市共受理36件，", "36", "件", true), "受理");
    assert_eq!(
        label("区政府办公室共受理36件政府信息公开申请", "36", "件", true),
        "受理政府信息公开申请"
    );
    // A channel before the adverb names which things were counted.
    assert_eq!(
        label("全县政务新媒体共发布信息758条。", "758", "条", true),
        "全县政务新媒体共发布信息"
    );
    assert_eq!(
        label(
            "全年上海市人民政府网站共发布各类信息46106条",
            "46106",
            "条",
            true
        ),
        "上海市人民政府网站共发布各类信息"
    );
    // 含 opens a breakdown: not part of what is counted.
    assert_eq!(label("(含新制定5件,修改4件)", "5", "件", true), "新制定");
}

#[test]
fn footnote_markers_are_not_words() {
    for text in [
        "审结案件120件[1]，同比增长",
        "审结案件120件［12］，",
        "审结案件120件①，",
        "审结案件120件¹²，",
    ] {
        assert_eq!(label(text, "120", "件", true), "审结案件", "{text}");
    }
    assert_eq!(super::noun::footnote_len("[1]，"), 3);
    assert_eq!(super::noun::footnote_len("[一]"), 0);
    assert_eq!(super::noun::footnote_len("[1234]"), 0);
    assert_eq!(super::noun::footnote_len("①"), "①".len());
}

#[test]
fn a_short_list_of_what_was_done_or_counted_stays() {
    assert_eq!(
        label(
            "，为群众节约诉讼费、代理费等各项费用10余万元",
            "10",
            "余万元",
            false
        ),
        "为群众节约诉讼费、代理费等各项费用"
    );
    assert_eq!(
        label(
            "，完成燃气、供热等老旧管线改造1100公里",
            "1100",
            "公里",
            false
        ),
        "完成燃气、供热等老旧管线改造"
    );
    // Examples of bodies, of documents, or a long run are still left out.
    assert_eq!(
        label(
            "，统筹组织应急、公安、消防等部门开展演练8次",
            "8",
            "次",
            true
        ),
        "统筹组织部门开展演练"
    );
    assert_eq!(
        label(
            "，修订完善《甲预案》、《乙预案》等总体应急预案3个",
            "3",
            "个",
            true
        ),
        "修订完善总体应急预案"
    );
}

#[test]
fn a_long_list_that_alone_names_the_count_keeps_its_first_two_items() {
    // The seeds' gold: 法律顾问参与合同审查、规范性文件审查等 (149件/次 has no noun of its own).
    assert_eq!(
        label(
            "，法律顾问参与合同审查、规范性文件审查、法律意见书、文件审查、法律培训等149件/次",
            "149",
            "件/次",
            true
        ),
        "法律顾问参与合同审查、规范性文件审查等"
    );
    // Not a list of laws (documents named), not 、 between manners of one act, not a list
    // that the count's own noun follows.
    assert_eq!(
        label(
            "，组织街道在编人员开展了知识产权保护法、未成年人保护法、物业管理条例、民法典等7场",
            "7",
            "场",
            true
        ),
        "组织街道在编人员开展"
    );
    assert!(!label(
        "，局党委理论学习中心组全覆盖、分领域、多层次学习习近平法治思想、相关法律法规等20余次",
        "20",
        "余次",
        true
    )
    .contains("分领域"));
    assert_eq!(
        label(
            "，推动完成基层立法联系点增补、规范性文件后评估、建立法律顾问考核评价机制、行政执法专项整治等工作任务22项",
            "22",
            "项",
            true
        ),
        "推动完成工作任务"
    );
}

#[test]
fn the_shared_conjunctions_that_end_a_count_noun_are_those_of_post_stop() {
    // One list (lexicon/grammar.toml) for regions and labels; labels read the ones that also end
    // a count's noun: 和, 与, 及 — not 同 (同比) or 或.
    let ends: Vec<&str> = super::noun::post_conjunctions().copied().collect();
    assert_eq!(ends, ["和", "与", "及"]);
    assert_eq!(
        label("，共有432名律师和35名公证员", "432", "名", true),
        "律师"
    );
    assert_eq!(
        label(
            "，组织33名市直部门及县(市)区主要负责人现场述法",
            "33",
            "名",
            true
        ),
        "组织市直部门及县(市)区主要负责人现场述法"
    );
}

#[test]
fn a_phrase_after_a_count_goes_on_past_a_dun_that_starts_no_next_item() {
    // 、 between two verbs or two nouns of one phrase, no number after it in the clause: the
    // phrase is kept whole (the seeds' 实行库存实时监测、动态管理的物资).
    assert_eq!(
        label(
            "，对帐篷、冲锋舟、救生衣等23类物资实行库存实时监测、动态管理。",
            "23",
            "类",
            true
        ),
        "对物资实行库存实时监测、动态管理"
    );
    assert_eq!(
        label(
            "；指导21个社区(村)发布、宣传“高效办成一件事”信息，提升",
            "21",
            "个",
            true
        ),
        "指导社区(村)发布、宣传“高效办成一件事”信息"
    );
    // The next item of a list (a number follows), or a second part the opening cuts, ends it.
    assert_eq!(
        label("，共有432名律师、35名公证员参加", "432", "名", true),
        "律师"
    );
    assert_eq!(
        label(
            "。对60件区政府重大行政决策事项草案、行政\n",
            "60",
            "件",
            true
        ),
        "对区政府重大行政决策事项草案"
    );
}

#[test]
fn the_bracket_byte_test_is_the_character_test() {
    let brackets = ['(', ')', '（', '）', '《', '》', '“', '”'];
    for s in [
        "",
        "审结行政复议案件",
        "警情推送、群众来访",
        "“跨省通办”办件",
        "矛盾纠纷类(警情推送",
        "覆盖14个抽查领域）",
        "《条例》",
        "‘单引号’—…",
        "〈〉「」【】",
        "ＡＢ（",
    ] {
        assert_eq!(super::text::has_bracket(s), s.contains(brackets), "{s}");
    }
}

/// blind19 寺庄镇: book titles written side by side before 等 are examples, as when a 、 parts
/// them; the verb and the noun after 等 name the count.
#[test]
fn titles_side_by_side_before_deng_are_examples() {
    let side_by_side = label(
        "，定期组织干部职工集中学习《中华人民共和国宪法》《中华人民共和国民法典》《中华人民共和国行政处罚法》《中华人民共和国乡村振兴促进法》等法律法规10余次。",
        "10",
        "余次",
        true,
    );
    let parted = label(
        "，定期组织干部职工集中学习《中华人民共和国宪法》、《中华人民共和国民法典》等法律法规10余次。",
        "10",
        "余次",
        true,
    );
    assert_eq!(side_by_side, "定期组织干部职工集中学习法律法规");
    assert_eq!(parted, side_by_side);
    // One title before 等 and a noun of its kind is an example too (blind12 嘉善, seed 002).
    assert_eq!(
        label(
            "，县政府常务会议专题学习《中华人民共和国行政处罚法》等法律14次。",
            "14",
            "次",
            true
        ),
        "县政府常务会议专题学习法律"
    );
}
