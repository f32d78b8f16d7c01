//! The metrics stage on phrases from real reports (the seeds and the research notes).

use crate::{extract, MetricKind, Options};

/// `(text, value, unit, qualifier, kind, label)` of a metric.
type Row = (
    String,
    String,
    Option<String>,
    Option<&'static str>,
    MetricKind,
    String,
);

/// Every metric in `body` (under one heading).
fn read(body: &str) -> Vec<Row> {
    let r = extract(&format!("一、测试\n{body}\n"), &Options::default());
    r.metrics
        .iter()
        .map(|m| {
            (
                m.text.clone(),
                m.value.to_string(),
                m.unit.clone(),
                m.qualifier.map(|q| q.as_str()),
                m.kind,
                m.label.clone(),
            )
        })
        .collect()
}

/// The labels of every metric in `body`, in order.
fn labels(body: &str) -> Vec<String> {
    read(body).into_iter().map(|r| r.5).collect()
}

fn one(body: &str) -> Row {
    let all = read(body);
    assert_eq!(all.len(), 1, "{body}: {all:?}");
    all.into_iter().next().unwrap()
}

#[test]
fn counts_with_their_labels() {
    let all = read("2023年市本级人民政府共审结行政复议案件163件，其中维持93件，撤销、确认违法和责令履行共26件。");
    let got: Vec<(&str, &str, &str)> = all
        .iter()
        .map(|m| (m.1.as_str(), m.2.as_deref().unwrap_or(""), m.5.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("163", "件", "审结行政复议案件"),
            ("93", "件", "维持"),
            ("26", "件", "撤销、确认违法和责令履行")
        ]
    );
}

#[test]
fn magnitudes_stay_in_the_unit() {
    let m = one("新增注册资本23.07亿元。");
    assert_eq!(
        (m.1.as_str(), m.2.as_deref(), m.4),
        ("23.07", Some("亿元"), MetricKind::Money)
    );
    let m = one("汇聚各类政务信息数据32亿余条。");
    assert_eq!(
        (m.1.as_str(), m.2.as_deref(), m.3),
        ("32", Some("亿条"), Some("余"))
    );
    let m = one("为群众节约诉讼成本9万余元。");
    assert_eq!(
        (m.1.as_str(), m.2.as_deref(), m.3),
        ("9", Some("万元"), Some("余"))
    );
    let m = one("节约诉讼费、代理费等各项费用10余万元。");
    assert_eq!(
        (m.1.as_str(), m.2.as_deref(), m.3),
        ("10", Some("万元"), Some("余"))
    );
}

#[test]
fn qualifiers_are_normalised_and_not_taken_from_other_words() {
    assert_eq!(one("涉及金额超两亿元。").3, Some("超"));
    assert_eq!(one("访问量突破万次。").3, Some("超过"));
    assert_eq!(one("网办率达99%以上。").3, Some("以上"));
    assert_eq!(one("明确规定5天内出具审查意见。").3, Some("以下"));
    assert_eq!(one("投入不足5万元。").3, Some("不到"));
    assert_eq!(
        one("为1239户企业节约31.89万元刻章成本。"
            .split('户')
            .nth(1)
            .unwrap())
        .3,
        None
    );
    assert_eq!(one("审批事项提速率最高达95%。").5, "审批事项提速率最高");
}

#[test]
fn changes_have_a_direction() {
    let m = one("行政处罚案件数同比下降26%。");
    assert_eq!(
        (m.4, m.5.as_str()),
        (MetricKind::Change, "行政处罚案件数同比下降")
    );
    let r = extract(
        "一、测试\n平均办理时限压减50%，办理效率提升80%以上。\n",
        &Options::default(),
    );
    let dirs: Vec<_> = r
        .metrics
        .iter()
        .map(|m| m.direction.map(|d| format!("{d:?}")))
        .collect();
    assert_eq!(dirs, [Some("Down".to_string()), Some("Up".to_string())]);
    // A percentage raised *to* is the new level.
    let m = one("将依法行政情况纳入年度综合绩效考核，权重提升至 15%。");
    assert_eq!((m.1.as_str(), m.4), ("15", MetricKind::Percent));
    assert_eq!(one("网上办理率提高到了98%。").4, MetricKind::Percent);
    assert_eq!(one("办理时限增幅达15%。").4, MetricKind::Change);
}

#[test]
fn chinese_numerals_that_count_and_those_that_name() {
    assert_eq!(one("区委区政府领导先后五次听取汇报。").1, "5");
    assert_eq!(one("合格率达到百分之九十五。").2.as_deref(), Some("%"));
    assert_eq!(one("收到捐款一万零十二元。").1, "10012");
    assert!(read("全面履行一个统筹、五大职能，统筹联动、规范管理四个方面，建立“一府两院”机制，落实“十四五”规划。").is_empty());
    assert!(read("制定第三批示范方案，党的二十大精神，县、乡两级，一站式服务。").is_empty());
    // The four leading bodies of a locality are a name, not four 家 of anything.
    assert!(read("邀请望花区人民法院行政庭庭长现场授课，区四家班子领导参加。").is_empty());
}

#[test]
fn zero_statements() {
    assert_eq!(one("化解矛盾纠纷，无一件进入诉讼程序。").1, "0");
    assert_eq!(one("实现脱管、漏管及重新犯罪“零发生”。").1, "0");
}

#[test]
fn dates_models_hotlines_and_slogans_are_not_metrics() {
    assert!(read(
        "2023年10月获市人大常委会审议通过，1-11月柳州市行政诉讼案件，2016—2022年制定的文件。"
    )
    .is_empty());
    assert!(read(
        "采用“3+X”模式，“1+5+N”机制，12345政务服务热线，厅字〔2019〕28号，24小时备勤待命。"
    )
    .is_empty());
}

#[test]
fn dropped_units_are_metrics_with_a_finding() {
    let r = extract(
        "一、测试\n审核合同、文件136件,提出修改建议65审查重大行政决策。\n",
        &Options::default(),
    );
    let m = &r.metrics[1];
    assert_eq!(
        (m.value.to_string(), m.unit.clone()),
        ("65".to_string(), None)
    );
    assert!(r
        .findings
        .iter()
        .any(|f| f.kind == crate::FindingKind::UnitMissing));
}

#[test]
fn ranges_give_both_bounds() {
    let all = read("每场5—10人。");
    let got: Vec<_> = all
        .iter()
        .map(|m| (m.1.as_str(), m.2.as_deref(), m.3, m.5.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("5", Some("人"), Some("以上"), "每场"),
            ("10", Some("人"), Some("以下"), "每场")
        ]
    );
    let all = read("补助1-5万元。");
    assert_eq!(all[0].2.as_deref(), Some("万元"));
}

#[test]
fn table_rows_take_their_column_header() {
    let r = extract(
        "一、测试\n申请事项 | 举报投诉处理 | 政府信息公开\n数量 | 75件 | 16件\n",
        &Options::default(),
    );
    let labels: Vec<&str> = r.metrics.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(labels, ["举报投诉处理（数量）", "政府信息公开（数量）"]);
}

#[test]
fn one_cell_per_line_tables_label_their_figures() {
    let r = extract("一、行政复议\n序号\n处理方式\n数量\n比例\n1\n作出维持决定\n3509\n74.7%\n2\n驳回\n295\n6.3%\n", &Options::default());
    let got: Vec<(String, &str)> = r
        .metrics
        .iter()
        .map(|m| (m.value.to_string(), m.label.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("3509".to_string(), "数量（作出维持决定）"),
            ("74.7".to_string(), "比例（作出维持决定）"),
            ("295".to_string(), "数量（驳回）"),
            ("6.3".to_string(), "比例（驳回）")
        ]
    );
    assert!(!r
        .findings
        .iter()
        .any(|f| f.kind == crate::FindingKind::UnitMissing));
}

#[test]
fn a_year_by_year_table_with_units_in_brackets_and_signed_changes() {
    let rows = read(
        "序号\t项目\t2022年\t2023年\t增减\n\
         1\t行政复议申请（件）\t85\t102\t+17\n\
         2\t敗訴案件（件）\t3\t1\t-2\n\
         3\t罚没款（万元）\t120\t95.5\t-24.5",
    );
    let shown: Vec<(&str, &str, Option<&str>, MetricKind)> = rows
        .iter()
        .map(|r| (r.5.as_str(), r.1.as_str(), r.2.as_deref(), r.4))
        .collect();
    assert_eq!(
        shown,
        [
            (
                "行政复议申请（2022年）",
                "85",
                Some("件"),
                MetricKind::Count
            ),
            (
                "行政复议申请（2023年）",
                "102",
                Some("件"),
                MetricKind::Count
            ),
            ("增减（行政复议申请）", "17", Some("件"), MetricKind::Change),
            // Shown as written, traditional characters and all.
            ("敗訴案件（2022年）", "3", Some("件"), MetricKind::Count),
            ("敗訴案件（2023年）", "1", Some("件"), MetricKind::Count),
            ("增减（敗訴案件）", "2", Some("件"), MetricKind::Change),
            ("罚没款（2022年）", "120", Some("万元"), MetricKind::Money),
            ("罚没款（2023年）", "95.5", Some("万元"), MetricKind::Money),
            ("增减（罚没款）", "24.5", Some("万元"), MetricKind::Change),
        ]
    );
}

#[test]
fn a_bare_change_is_about_the_figure_one_comma_before_it() {
    let got = labels("人均办理时间缩短至3天，较2023年减少20%以上。办结率达98.6%，较上年提高2.1个百分点。新增市场主体5823户，同比增长12.3%。");
    assert_eq!(
        got,
        [
            "人均办理时间",
            "较2023年减少（人均办理时间）",
            "办结率",
            "较上年提高（办结率）",
            "新增市场主体",
            "同比增长（新增市场主体）"
        ]
    );
    // Points written without 个 (5.94百分点) are the change's unit, no noun after a 百.
    let got = labels("2024年,全市行政机关行政诉讼一审败诉率7.22%、同比下降5.94百分点,低于全省。");
    assert_eq!(
        got,
        [
            "全市行政机关行政诉讼一审败诉率",
            "同比下降（全市行政机关行政诉讼一审败诉率）"
        ]
    );
}

#[test]
fn people_taking_part_are_counted_for_the_event_before_them() {
    let got =
        labels("全区各部门组织开展执法业务培训20余场次，发放资料1万余份，参加人数2400余人次。");
    assert_eq!(
        got,
        ["开展执法业务培训", "发放资料", "参加人数（执法业务培训）"]
    );
}

#[test]
fn a_repeated_verb_counts_what_the_clause_before_names() {
    let got = labels(
        "开展个体工商户信用分类“双随机、一公开”抽查，共抽查113户；开展专项检查，共检查企业20家。",
    );
    assert_eq!(got, ["个体工商户信用分类“双随机、一公开”抽查", "检查企业"]);
}

/// blind18 金碧镇 (a township's 政府工作报告): the verbs of production and work a list of counts
/// shares are data (`list_verbs` of lexicon/label.toml), not only the case-handling ones: 出栏
/// is said once for the livestock after it. 新增 and 完成 are not in the list: a list after them
/// names its own acts (新增25项、取消28项) or results (完成…，增长…).
#[test]
fn the_later_items_of_a_list_share_a_production_verb() {
    let got = labels("累计出栏生猪86501头、肉牛5141头、肉羊43363只。");
    assert_eq!(got, ["出栏生猪", "出栏肉牛", "出栏肉羊"]);
    let got = labels("动态调整部门部分行政权力事项，新增25项、取消28项。");
    assert_ne!(got[1], "新增取消");
}

/// blind21 广安市司法局: a total's word after 等 (共计) is no noun of the list, so a list that alone
/// names what is counted stays (the label was the bare verb 组织).
#[test]
fn a_total_after_deng_leaves_the_list_that_names_the_count() {
    let got = labels("组织召开局党组会议、理论学习中心组会议、干部职工会议等共计43次，传达学习国家、省、市重要会议精神。");
    assert_eq!(
        got,
        ["组织召开局党组会议、理论学习中心组会议、干部职工会议等"]
    );
}

/// blind21 大连市司法局: a 和 right after a count's unit starts the next counted item; its noun
/// (行政规范性文件目录) is not the first count's (the label was 和行政规范性文件目录).
#[test]
fn a_conjunction_after_a_count_starts_the_next_item() {
    let got = labels("面向社会集中公示全市现行有效政府规章目录65件和行政规范性文件目录650件。");
    assert_eq!(
        got,
        [
            "面向社会集中公示全市现行有效政府规章目录",
            "行政规范性文件目录"
        ]
    );
}

/// blind20 孙庙乡 (a township's 政府工作报告): a year right before the number says when, and after
/// words that are only a verb the noun after a measure (亩) is what was done (the label was
/// 逐步开展2024年).
#[test]
fn a_measure_after_a_bare_verb_takes_the_noun_after_it() {
    let got = labels("逐步开展2024年9500亩高标准农田建设项目,治理改造农田总计16300亩。");
    assert_eq!(got, ["逐步开展高标准农田建设项目", "治理改造农田"]);
    let got = labels("全年新建1.7万亩高标准农田。");
    assert_eq!(got, ["新建高标准农田"]);
    // Not a clause of its own after the unit (新建12公里|建成通车).
    let got = labels("新建12公里建成通车。");
    assert_eq!(got, ["新建"]);
}

/// blind14 淮南: counts whose noun is only a level (10个国家级、73个省级) share the noun the list's
/// last item names after its level (the labels were 发挥国家级, 发挥省级).
#[test]
fn counts_of_levels_share_the_noun_after_the_last_level() {
    let got = labels("充分发挥10个国家级、73个省级、376个市级民主法治示范村(社区)示范作用。");
    assert_eq!(
        got,
        [
            "充分发挥国家级民主法治示范村(社区)示范作用",
            "充分发挥省级民主法治示范村(社区)示范作用",
            "充分发挥市级民主法治示范村(社区)示范作用"
        ]
    );
}

/// blind19 佳县: an adverbial after a count's noun (按照…) says how, not what was counted (the
/// label ran on to 三级指标按照部门工作职能认真分工).
#[test]
fn an_adverbial_after_the_noun_ends_it() {
    let got = labels(
        "针对9项一级指标、34项二级指标、104项三级指标按照部门工作职能认真分工，确定牵头部门。",
    );
    assert_eq!(got[2], "三级指标");
}

/// blind17 息县, blind21 镜湖区司法局: a verb of reaching before a rate (实现列席率100%) says it was
/// reached; the rate names what is measured.
#[test]
fn a_verb_of_reaching_before_a_rate_is_left_out() {
    let got = labels("建立司法所长列席乡镇(街道)党政联席会议制度,实现列席率100%。");
    assert_eq!(got, ["列席率"]);
}

/// blind21 五常街道 and 平利: a short label that names a thing of its own is the next item of a list
/// of parallel parts, not about the item before it (律师函（协助执行通知书）, 失效（继续有效）); a
/// bare outcome (修改, 废止) still takes the thing the figure before it names.
#[test]
fn the_item_before_in_a_list_of_parts_is_no_context() {
    let got = labels("累计收到法院判决书41份(无行政败诉),行政调解书4份,行政复议决定书6份,协助执行通知书3份,律师函1份,其他文书43份。");
    assert_eq!(got[4], "律师函");
    let got = labels("开展行政规范性文件专项清理工作,继续有效20件,失效2件、废止4件。");
    assert_eq!(got[1..], ["失效", "废止"]);
    let got = labels("主动公开市政府规章13件(含新制定5件,修改4件,废止4件),主动公开市政府和市政府办公厅行政规范性文件44件。");
    assert_eq!(got[2..4], ["修改（市政府规章）", "废止（市政府规章）"]);
    // A verb a list shares (出栏) and a figure after a closed aside still take the thing.
    let got = labels("年末生猪存栏12807头,出栏16398头。");
    assert_ne!(got[1], "出栏");
    let got = labels("全年共处理政府信息公开申请1261件(含上年度结转申请74件),答复1181件,结转下年度继续办理80件。");
    assert_ne!(got[2], "答复");
}

#[test]
fn a_bare_noun_in_a_list_shares_the_first_items_verb() {
    let got = labels("承办人大代表议案2件、建议51件，共审核各类文件83件、协议121件。");
    assert_eq!(
        got,
        ["承办人大代表议案", "承办建议", "审核各类文件", "审核协议"]
    );
    let got = labels("全市受理行政复议案件463件、办结403件，纠错81件。");
    assert_eq!(
        got,
        [
            "全市受理行政复议案件",
            "办结（行政复议案件）",
            "纠错（行政复议案件）"
        ]
    );
}

#[test]
fn names_dates_and_page_counters_with_numbers_are_not_metrics() {
    // 三次产业 names the three sectors; 查看: 21249次 counts the web page's views; 5日上午9时
    // and 6日在… are a day and an hour.
    assert!(read("三次产业增加值占GDP的比重分别为7.3%")
        .iter()
        .all(|r| r.1 != "3"));
    assert!(read("发布: 2014-1-07 14:28 | 查看: 21249次\n").is_empty());
    assert!(read("2023-05-23 08:58  浏览202\n")
        .iter()
        .all(|r| r.1 != "202"));
    // A counter word ending a longer noun in a sentence is the report's own figure (会泽县 2024
    // 信息公开 report's shape: the portal's visits).
    let got = read("县政府门户网站独立用户访问量452.7万个,总访客20万人次。");
    assert_eq!(
        (got[0].1.as_str(), got[0].2.as_deref(), got[0].5.as_str()),
        ("452.7", Some("万个"), "县政府门户网站独立用户访问量")
    );
    assert!(read("十三届全国人大一次会议5日上午9时在人民大会堂开幕。").is_empty());
    assert!(read("局长邵琪伟6日在全国旅游工作会议上说").is_empty());
    // 覆盖率高于50%: a bound on a level, not a change.
    let (_, v, _, q, kind, _) = one("公职律师工作覆盖率高于50%。");
    assert_eq!(
        (v.as_str(), q, kind),
        ("50", Some("超过"), MetricKind::Percent)
    );
}

#[test]
fn lists_said_of_several_subjects() {
    // The unit written once at the list's end; a clause opening with 分别 repeats the subjects
    // of the one before; a listed percentage after a change is a change.
    let got = read("风电、太阳能发电量分别为4665、2611亿千瓦时,分别同比增长15.1%和16.6%。");
    let units: Vec<_> = got
        .iter()
        .map(|r| (r.1.as_str(), r.2.as_deref(), r.4))
        .collect();
    assert_eq!(
        units,
        [
            ("4665", Some("亿千瓦时"), MetricKind::Other),
            ("2611", Some("亿千瓦时"), MetricKind::Other),
            ("15.1", Some("%"), MetricKind::Change),
            ("16.6", Some("%"), MetricKind::Change)
        ]
    );
    assert_eq!(got[1].5, "太阳能发电量");
    assert_eq!(got[3].5, "太阳能发电量同比增长");
    // The subjects in the clause before, without a 分别 of their own.
    assert_eq!(
        labels("按照类型来分,主要为行政处罚和举报投诉处理,分别占比30.6%、23.5%。")[1],
        "举报投诉处理占比"
    );
}

#[test]
fn the_label_change_words_are_those_of_the_lexicon() {
    // 提升 and 回落 are change words of lexicon/change.toml (`any_unit`), which the label
    // reads too: after 分别 the change joins each figure's label, and 由A回落至B makes B the
    // new level of A's measure.
    assert_eq!(
        labels("城镇、农村居民收入分别提升4.8%、6.5%。"),
        ["城镇居民收入提升", "农村居民收入提升"]
    );
    let got = labels("全市空气优良率由62%回落至58%。");
    assert_eq!(got[1], got[0]);
}

#[test]
fn counted_objects_of_dui_are_named_by_what_was_done_to_them() {
    assert_eq!(
        labels("组织对2个市州和4个省直部门开展了法治政府建设实地督察。")[0],
        "市州开展了法治政府建设实地督察"
    );
}

#[test]
fn what_was_done_this_often_or_to_what() {
    // A subject before 共 stays when only verbs follow it: the cases were tried.
    assert_eq!(
        labels("今年以来,县内行政应诉案件共开庭审理7件。"),
        ["县内行政应诉案件共开庭审理"]
    );
    // A bare verb repeats the verb of the clause before, whose object says what was done.
    assert_eq!(
        labels("坚持每周组织全体人员开展习近平法治思想专题集中学习,全年累计开展20余次。"),
        ["开展习近平法治思想专题集中学习"]
    );
}

#[test]
fn an_example_is_what_a_count_without_a_noun_counts() {
    // 出台…意见等4项: no noun after the count, so the example names what is counted; before
    // a noun of its own (等36个部门) the example is left out.
    assert_eq!(
        labels("2022年,共召开法治建设会议7次,出台法治建设的意见等4项。")[1],
        "出台法治建设的意见等"
    );
}

#[test]
fn a_short_list_before_the_counts_own_noun_stays() {
    assert_eq!(
        labels("排查整改多头执法、重复执法、交叉执法等8类问题。"),
        ["排查整改多头执法、重复执法、交叉执法等问题"]
    );
    assert_eq!(
        labels("组织开展“凤鸣政策通”等17场品牌活动。"),
        ["组织开展“凤鸣政策通”等品牌活动"]
    );
    // Examples a preposition introduces, or bodies, are still left out.
    assert_eq!(
        labels("对帐篷、冲锋舟、救生衣等23类物资实行库存实时监测。"),
        ["对物资实行库存实时监测"]
    );
}

#[test]
fn a_figure_named_only_by_what_was_done_takes_the_thing_counted_before() {
    // Adverbs and verbs only (经审查后受理, 不予受理): the thing of the figure before, not of the
    // aside that closed (网上申请8件); 现已审结 starts a new sentence and takes the one before.
    let got = labels(
        "共收到行政复议申请85件(通过网上复议渠道申请8件),经审查后受理70件,不予受理6件。现已审结67件。",
    );
    assert_eq!(
        got,
        [
            "收到行政复议申请",
            "通过网上复议渠道申请",
            "经审查后受理（行政复议申请）",
            "不予受理（行政复议申请）",
            "现已审结（行政复议申请）"
        ]
    );
    // A long 的-clause as context gives only its counted noun.
    let got =
        labels("共受理以市政府、部门、乡镇(街道)为被告的行政诉讼案件115件,审结117件,败诉12件。");
    assert_eq!(got[1..], ["审结（行政诉讼案件）", "败诉（行政诉讼案件）"]);
}

/// `(value, unit, kind)` of every metric in `body`.
fn units(body: &str) -> Vec<(String, Option<String>, MetricKind)> {
    read(body).into_iter().map(|r| (r.1, r.2, r.4)).collect()
}

fn vu(value: &str, unit: &str, kind: MetricKind) -> (String, Option<String>, MetricKind) {
    (value.to_string(), Some(unit.to_string()), kind)
}

#[test]
fn units_of_the_physical_world() {
    use MetricKind::{Count, Other};
    assert_eq!(
        units("全市装机容量达到120万千瓦，新增光伏装机5千瓦，全年发电量35.6亿千瓦时、全社会用电量12亿度。"),
        [
            vu("120", "万千瓦", Other),
            vu("5", "千瓦", Other),
            vu("35.6", "亿千瓦时", Other),
            vu("12", "亿度", Other)
        ]
    );
    assert_eq!(
        units("粮食总产量达到191.2亿斤，PM2.5平均浓度为28微克/立方米，年平均气温16.8℃，发生3.2级地震。"),
        [
            vu("191.2", "亿斤", Other),
            vu("28", "微克/立方米", Other),
            vu("16.8", "℃", Other),
            vu("3.2", "级", Other)
        ]
    );
    // Latin-letter units, speeds, a temperature below zero, a magnitude with its scale letter.
    use MetricKind::{Change, Duration};
    assert_eq!(
        units("年平均风速3.0米/秒，年极端最低气温-13.0℃，本年降水量为542.0mm，年日照时数2375.3h，全市m1.5级以上地震。"),
        [
            vu("3.0", "米/秒", Other),
            vu("-13.0", "℃", Other),
            vu("542.0", "mm", Other),
            vu("2375.3", "h", Duration),
            vu("1.5", "级", Other)
        ]
    );
    assert_eq!(
        labels("本年降水量为542.0mm,比历年平均值468.4mm偏多73.6mm,裕安区发生3.3级地震。"),
        [
            "本年降水量",
            "比历年平均值",
            "偏多（本年降水量）",
            "裕安区地震震级"
        ]
    );
    assert_eq!(units("偏多73.6mm")[0].2, Change);
    assert_eq!(
        // 80岁以上 names the class of 老人 counted (names_class); the count is 3.2万人.
        units("算力规模达到12EFLOPS，标准机架1.2万架，全市80岁以上老人3.2万人。"),
        [
            vu("12", "EFLOPS", Other),
            vu("1.2", "万架", Count),
            vu("3.2", "万人", Count)
        ]
    );
}

/// Units of statistical communiqués the lexicon lacked (sentences of the 国家统计局's 2017
/// communiqué and its grain announcements): each was lost (千公顷, 千伏安, GW) or cut short (亿吨
/// for 亿吨公里, 公斤 for 公斤/公顷, 亿千瓦 for 亿千瓦小时).
#[test]
fn units_of_statistical_communiques() {
    use MetricKind::{Count, Other};
    assert_eq!(
        units("货物运输周转量196130亿吨公里，旅客运输周转量56.7亿人公里。规模以上港口集装箱吞吐量23680万标准箱，完成集装箱吞吐量5371万标箱。"),
        [
            vu("196130", "亿吨公里", Other),
            vu("56.7", "亿人公里", Other),
            vu("23680", "万标准箱", Other),
            vu("5371", "万标箱", Other)
        ]
    );
    assert_eq!(
        units("全国粮食播种面积118969千公顷，粮食单位面积产量5845公斤/公顷(390公斤/亩)。"),
        [
            vu("118969", "千公顷", Other),
            vu("5845", "公斤/公顷", Other),
            vu("390", "公斤/亩", Other)
        ]
    );
    assert_eq!(
        units("全年发电量32816亿千瓦小时，新增变电容量120万千伏安，光伏装机容量3.2GW，储能规模500MW，风电装机2.1吉瓦。"),
        [
            vu("32816", "亿千瓦小时", Other),
            vu("120", "万千伏安", Other),
            vu("3.2", "GW", Other),
            vu("500", "MW", Other),
            vu("2.1", "吉瓦", Other)
        ]
    );
    assert_eq!(
        units("城市区域环境噪声平均值53.2分贝。全年家禽出栏1234万羽，生猪出栏56.7万头。"),
        [
            vu("53.2", "分贝", Other),
            vu("1234", "万羽", Count),
            vu("56.7", "万头", Count)
        ]
    );
    // The voltage before a project's noun is still its class (500千伏输变电工程).
    assert!(units("巴林—奈曼—阜新500千伏输变电工程竣工投运。").is_empty());
}

#[test]
fn mixed_numerals_with_several_magnitudes_are_read_whole() {
    let r = read("高速公路通车里程达到2万5千公里，接待游客1亿3千多万人次。");
    let got: Vec<(&str, Option<&str>, Option<&str>)> = r
        .iter()
        .map(|m| (m.1.as_str(), m.2.as_deref(), m.3))
        .collect();
    assert_eq!(
        got,
        [
            // Said in the largest magnitude written, as a reader writes them (2.5万, 1.3亿).
            ("2.5", Some("万公里"), Some("达")),
            ("1.3", Some("亿人次"), Some("多"))
        ]
    );
    let rep = extract("一、测试\n接待游客1亿3千多万人次。\n", &Options::default());
    assert_eq!(
        rep.metrics[0].base.as_ref().unwrap().value.to_string(),
        "130000000"
    );
}

#[test]
fn changes_of_counts_and_amounts_and_against_a_comparison() {
    let r = extract(
        "一、测试\n居民人均可支配收入增加1200元，城镇新增就业减少2万人，增速高于全国1.7个百分点，市场主体比上年多12家；为企业节约31.89万元，新增市场主体12家。\n",
        &Options::default(),
    );
    let got: Vec<(MetricKind, Option<crate::Direction>)> =
        r.metrics.iter().map(|m| (m.kind, m.direction)).collect();
    use crate::Direction::{Down, Up};
    use MetricKind::{Change, Count, Money};
    assert_eq!(
        got,
        [
            (Change, Some(Up)),
            (Change, Some(Down)),
            (Change, Some(Up)),
            (Change, Some(Up)),
            (Money, None),
            (Count, None)
        ]
    );
}

#[test]
fn names_with_numbers_are_not_counts() {
    assert!(read("深入贯彻党的十九届四中全会和省委十一届三次、四次、五次全会精神，较好完成了县十六届人大三次会议确定的目标任务，隆重庆祝中华人民共和国成立 75 周年。").is_empty());
    // Meetings held are counted.
    assert_eq!(units("全年召开三次会议研究法治政府建设。").len(), 1);
}

#[test]
fn a_share_is_named_with_its_whole() {
    assert_eq!(
        labels("全年受理行政复议案件120件，其中行政处罚类45件，占受理总数的37.5%；行政强制类案件占受理总数的16.7%。"),
        [
            "受理行政复议案件",
            "行政处罚类",
            "行政处罚类占受理总数比例",
            "行政强制类案件占受理总数比例"
        ]
    );
}

/// A bare 占 names no whole: the share is the part's, the figure one comma before (the seeds'
/// and blind golds' 予以公开及部分公开的申请占比, 市公安局行政复议案件占比).
#[test]
fn a_share_after_a_bare_zhan_is_the_parts_share() {
    assert_eq!(
        labels("答复政府信息公开申请34430件，均在法定期限内予以答复。予以公开及部分公开10538件，占30.61%；不予公开126件，占0.37%。"),
        [
            "答复政府信息公开申请",
            "予以公开及部分公开",
            "予以公开及部分公开占比",
            "不予公开",
            "不予公开占比"
        ]
    );
}

#[test]
fn each_figure_of_a_fenbie_list_has_its_own_subject() {
    assert_eq!(
        labels("城镇、农村居民人均可支配收入分别增长4.8%、6.5%。全年出生率、死亡率分别为8.47‰、9.04‰。第一产业、第二产业、第三产业增加值分别增长2.0%、6.0%、4.8%。"),
        [
            "城镇居民人均可支配收入增长",
            "农村居民人均可支配收入增长",
            // A leading 全年 is no part of the first subject.
            "出生率",
            "死亡率",
            "第一产业增加值增长",
            "第二产业增加值增长",
            "第三产业增加值增长"
        ]
    );
}

#[test]
fn the_counts_of_a_list_share_the_noun_after_the_last() {
    assert_eq!(
        labels("系统梳理推进国家级42项、自治区级69项、县级33项“一件事一次办”套餐服务。"),
        [
            "系统梳理推进国家级“一件事一次办”套餐服务",
            "自治区级“一件事一次办”套餐服务",
            "县级“一件事一次办”套餐服务"
        ]
    );
}

#[test]
fn votes_on_the_clause_that_opens_the_sentence() {
    let got = labels("县人大常委会专题审议县政府关于法治政府建设工作,满意 25 票,基本满意 3 票。");
    assert_eq!(
        got,
        [
            "满意票（县人大常委会专题审议县政府关于法治政府建设工作）",
            "基本满意票（县人大常委会专题审议县政府关于法治政府建设工作）"
        ]
    );
}

#[test]
fn a_bare_action_after_a_rate_of_it() {
    // 办理 counts the services the rate before it measures, not the earlier count's 主题.
    let got = labels(
        "发布“高效办成一件事”事项清单 4 期 50 个主题,政务服务事项网上可办率 94.3%,办理 1.3 万件;",
    );
    assert_eq!(got[3], "办理（政务服务事项网上可办）");
    // A rate of something else gives no context to a bare verb.
    let got = labels("受理行政复议案件120件，群众满意率98%，办结110件。");
    assert_eq!(got[2], "办结（行政复议案件）");
}

#[test]
fn labels_completed_by_the_thing_they_belong_to() {
    let labels = |text: &str| -> Vec<String> { read(text).into_iter().map(|r| r.5).collect() };
    // A measure right after a count measures that count's things.
    assert_eq!(
        labels("2023年，登记存续市场主体为22217户、注册资本5633243.28万元。")[1],
        "注册资本（登记存续市场主体）"
    );
    // A 其中 part named only by its place.
    assert_eq!(
        labels("全市通办收办件总共为1458件，其中鱼峰区本级为831件。")[1],
        "全市通办收办件（鱼峰区本级）"
    );
    // 各 refers to the topic before its comma.
    assert_eq!(
        labels("非涉农街道，各涉及5个类别25项权责事项。")[1],
        "权责事项（非涉农街道）"
    );
}

/// blind8: numbers that name a rank, a class, a caption, a span of years or a set just listed
/// are no metrics; the figure counted after a class is.
#[test]
fn ranks_classes_captions_and_restated_lists_are_no_metrics() {
    let got = |body: &str| -> Vec<(String, Option<String>)> {
        read(body).into_iter().map(|r| (r.1, r.2)).collect()
    };
    assert_eq!(
        got("成功引进世界500强企业吉利控股集团、中国民营企业500强湖南金荣集团等20户企业入驻园区。"),
        [("20".to_string(), Some("户".to_string()))]
    );
    assert!(got("巴林—奈曼—阜新500千伏输变电工程竣工投运。").is_empty());
    assert_eq!(
        got("新建110千伏变电站3座。"),
        [("3".to_string(), Some("座".to_string()))]
    );
    assert_eq!(
        labels("引进亿元及以上项目107个,10亿元以上项目25个;投资10亿元以上项目10个。"),
        ["引进亿元及以上项目", "10亿元以上项目", "投资10亿元以上项目"]
    );
    assert!(got("空气质量实现5年来同期最优。").is_empty());
    assert!(got("图1:2011-2015年全县地区生产总值及增长速度").is_empty());
    assert!(got("听取了守法普法、司法、执法三个协调小组2023年工作情况汇报。").is_empty());
    // A pair joined by 和 is restated as well; 两件大事 names a set of tasks.
    assert!(got("牢牢守住发展和生态两条底线。").is_empty());
    assert!(got("组建执法、普法和调解三支队伍。").is_empty());
    assert!(got("以改革创新精神办好两件大事、抓好“六个工程”。").is_empty());
    // A run of names in quotes, restated by its count (吉林市 2022).
    assert!(got("开展“收件即受理”“首席事务代表制”“告知承诺制和容缺受理服务模式”三项改革,我市是全省唯一同时开展的城市。").is_empty());
    assert!(got("推行“马上办”、“网上办”和“就近办”三项服务。").is_empty());
    // A count of another length after quoted names counts (两个 names, 五项 counts).
    assert_eq!(
        got("推进“放管服”“证照分离”五项改革。"),
        [("5".to_string(), Some("项".to_string()))]
    );
    // 及 inside a word (涉及) joins nothing.
    assert_eq!(
        got("对项目建设等议题提出法律意见,涉及金额超两亿元。"),
        [("2".to_string(), Some("亿元".to_string()))]
    );
    // A list of another length, or a long last item, is not restated: 三次 counts trainings.
    assert_eq!(
        got("以学法、用法、守法为重点开展三次培训。"),
        [("3".to_string(), Some("次".to_string()))]
    );
}

/// blind8: a rate per 100 000 people, a count of occasions written 场(次), and the later items
/// of a list of changes (分别增长5%和7.5%, 分别回落2.16和1.66个百分点, 收窄).
#[test]
fn per_population_rates_bracketed_times_and_listed_changes() {
    let r = one("孕产妇死亡率下降到15.1/10万。");
    assert_eq!(
        (r.1.as_str(), r.2.as_deref(), r.5.as_str()),
        ("15.1", Some("/10万"), "孕产妇死亡率")
    );
    let r = one("我国人均预期寿命达到78.6岁。");
    assert_eq!(
        (r.1.as_str(), r.2.as_deref(), r.5.as_str()),
        ("78.6", Some("岁"), "我国人均预期寿命")
    );
    let r = one("全县各级各部门会前学法698场(次)。");
    assert_eq!((r.1.as_str(), r.2.as_deref()), ("698", Some("场(次)")));
    let kinds = |body: &str| -> Vec<MetricKind> { read(body).into_iter().map(|r| r.4).collect() };
    assert_eq!(
        kinds("城乡居民人均可支配收入分别增长5%和7.5%左右。"),
        [MetricKind::Change, MetricKind::Change]
    );
    assert_eq!(
        kinds("第二、第三产业的比重分别回落2.16和1.66个百分点。"),
        [MetricKind::Change, MetricKind::Change]
    );
    assert_eq!(
        kinds("涨幅较上年同期收窄3.7个百分点。"),
        [MetricKind::Change]
    );
    // A list of a change and a level: the level stays an amount.
    assert_eq!(
        kinds("全市地区生产总值增长5.2%、约4.4万亿元。"),
        [MetricKind::Change, MetricKind::Money]
    );
}

/// blind8: bare changes and rates of change take the subject of the figure before them, also
/// across a short aside (按可比价格计算) and after 比上年同期 / 高出全省; a short noun's change takes
/// the sentence's topic; a 分别 clause after a 分别 clause (also after 同比) names each subject, a
/// single subject whole, and a short last item shares the first item's head (收入和支出).
#[test]
fn bare_changes_and_fenbie_clauses_take_their_subjects() {
    assert_eq!(
        labels("上半年,全市完成地区生产总值802.81亿元,按可比价格计算,比上年同期增长28.6%,高出全省0.1个百分点;地方一般公共预算收入55.29亿元,比上年同期增长39.3%。"),
        [
            "全市完成地区生产总值",
            "比上年同期增长（地区生产总值）",
            "高出全省（地区生产总值）",
            "地方一般公共预算收入",
            "比上年同期增长（地方一般公共预算收入）"
        ]
    );
    assert_eq!(
        labels("地方一般公共预算收入3.5亿元,自然增幅2%,同口径完成3.67亿元,增幅6.1%。"),
        [
            "地方一般公共预算收入",
            "自然增幅（地方一般公共预算收入）",
            "同口径完成（地方一般公共预算收入）",
            "增幅（地方一般公共预算收入）"
        ]
    );
    assert_eq!(
        labels("全国共有乡镇卫生院33753个,床位150.5万张,卫生人员160.5万人,与上年比较,床位增加4.9万张。")[3],
        "床位增加（全国共有乡镇卫生院）"
    );
    assert_eq!(
        labels("同时PM10、PM2.5平均浓度分别为40.7微克/立方米、25.5微克/立方米,同比分别下降8.3%、12.4%。"),
        ["PM10平均浓度", "PM2.5平均浓度", "PM10平均浓度下降", "PM2.5平均浓度下降"]
    );
    assert_eq!(
        labels("一般公共预算收入和支出分别达4.78亿元、20.2亿元,分别增长6.9%、0.8%;城乡常住居民人均可支配收入分别达47197元、16135元,分别增长4%、8%。"),
        [
            "一般公共预算收入",
            "一般公共预算支出",
            "一般公共预算收入增长",
            "一般公共预算支出增长",
            "城乡常住居民人均可支配收入",
            "城乡常住居民人均可支配收入",
            "城乡常住居民人均可支配收入增长",
            "城乡常住居民人均可支配收入增长"
        ]
    );
}

/// Session 6's leftovers: a numeral with a magnitude inside is said in its largest one
/// (1亿3千多万 → 1.3亿, as a reader writes it; the base value is the same); 市 counts places where
/// no word goes on after it (2市4县, never 12345市民热线); every counted object of 对 is named by
/// its noun and what was done to them, a bracket after the noun included (乡(镇、区)).
#[test]
fn mixed_magnitudes_places_and_objects_of_dui() {
    let all = read("出境旅游人次由8300万增加到1亿3千多万。");
    assert_eq!(
        (
            all[1].1.as_str(),
            all[1].2.as_deref(),
            all[1].3,
            all[1].5.as_str()
        ),
        ("1.3", Some("亿"), Some("多"), "出境旅游人次")
    );
    let r = one("新建道路2万5千公里。");
    assert_eq!((r.1.as_str(), r.2.as_deref()), ("2.5", Some("万公里")));
    assert_eq!(
        labels("组织对2市4县6个省直单位开展实地法治督察。"),
        [
            "开展实地法治督察市",
            "开展实地法治督察县",
            "省直单位开展实地法治督察"
        ]
    );
    assert!(read("拨打12345市民热线反映。").is_empty());
    assert_eq!(
        labels("对全县27个乡(镇、区)、36个县直单位进行法治政府建设实地督察。"),
        [
            "乡(镇、区)进行法治政府建设实地督察",
            "县直单位进行法治政府建设实地督察"
        ]
    );
}

/// blind5: a compilation site's article count on the title line is page chrome.
#[test]
fn a_compilation_sites_article_count_is_no_metric() {
    assert!(read("司法局2022年度法治政府建设工作报告-23篇(第26/40页)").is_empty());
    assert_eq!(one("共发表文章23篇。").1, "23");
}

/// blind8: 突破200万大关 passes a threshold (a metric), where 二十大 is an ordinal.
#[test]
fn a_threshold_passed_is_a_metric() {
    let r = one("玉龙机场旅客吞吐量突破200万大关。");
    assert_eq!(
        (r.1.as_str(), r.2.as_deref(), r.3),
        ("200", Some("万"), Some("超过"))
    );
    assert!(read("深入学习贯彻党的二十大精神。").is_empty());
}

/// blind9: a traditional-character report's bare changes take their subjects too (the word
/// lists read the label in simplified characters); the first points of a list that writes only
/// 個 share the last one's 個百分點; a measure said with its verb right after a count's noun
/// measures that count's things.
#[test]
fn traditional_labels_listed_points_and_measures_after_a_count() {
    assert_eq!(
        labels("地區生產總值276.29億元,按可比價格計算,比上年增長5.1%。"),
        ["地區生產總值", "比上年增長（地區生產總值）"]
    );
    let all = read(
        "其中第一、二、三產業增加值占GDP的比重較上年分別下降0.2個、下降0.6個、提高0.8個百分點。",
    );
    let units: Vec<_> = all
        .iter()
        .map(|r| (r.1.as_str(), r.2.as_deref(), r.4))
        .collect();
    assert_eq!(
        units,
        [
            ("0.2", Some("个百分点"), MetricKind::Change),
            ("0.6", Some("个百分点"), MetricKind::Change),
            ("0.8", Some("个百分点"), MetricKind::Change)
        ]
    );
    assert_eq!(
        labels("园区10户规上企业实现工业总产值22.37亿元。")[1],
        "实现工业总产值（园区规上企业）"
    );
    // A count of items that write 个 is no list of points.
    assert_eq!(read("共3个、5个项目。")[0].2.as_deref(), Some("个"));
}

/// blind8: a physical measure glued to a noun that a count then counts describes those things;
/// a measure followed by another measure (增长到22亿千瓦) or a change keeps its own words.
#[test]
fn a_measure_before_a_counted_noun_describes_it() {
    assert_eq!(
        labels("实施总装机26.9万千瓦光伏项目9个。")[0],
        "光伏项目实施总装机"
    );
    assert_eq!(
        labels("我国发电装机累计容量从10.62亿千瓦增长到22亿千瓦。"),
        ["我国发电装机累计容量", "我国发电装机累计容量"]
    );
}

/// blind10: the numbers of a postal address (a house, a floor, a room) and numbers dialled are no
/// metrics (the contact lines every 信息公开 report carries; 拨打12345); courses are counted in 门.
#[test]
fn addresses_and_dialled_numbers_are_no_metrics_and_courses_are_counted_in_men() {
    let got = |body: &str| -> Vec<(String, Option<String>)> {
        read(body).into_iter().map(|r| (r.1, r.2)).collect()
    };
    assert!(got("请联系办公室(联系地址:进贤县政府大楼5楼528;联系电话:0791-85622668)。").is_empty());
    assert!(got(
        "请与区政府办公室联系(地址:九江市濂溪区九莲南路399号濂溪区市民服务中心8楼,邮编:332005)。"
    )
    .is_empty());
    assert!(got("请与办公室联系(地址:江西省景德镇市瓷都大道836号,电话:0798-8332255)。").is_empty());
    // A count after the address's clause is still one.
    assert_eq!(
        got("联系地址:政府大楼5楼;全年收到申请65件。"),
        [("65".to_string(), Some("件".to_string()))]
    );
    // A number dialled is no count either.
    assert!(got("群众可拨打12345反映问题。遇险拨打119求助。").is_empty());
    assert_eq!(
        got("设立举报电话96315受理投诉15件。"),
        [("15".to_string(), Some("件".to_string()))]
    );
    // A span of years (连续8年, 近3年) is no count either; the count after it is.
    assert_eq!(
        got("连续8年开展领导干部述法考核。近3年共培训干部1200人次。"),
        [("1200".to_string(), Some("人次".to_string()))]
    );
    let r = one("开发上线5门习近平法治思想精品课程。");
    assert_eq!((r.1.as_str(), r.2.as_deref()), ("5", Some("门")));
}

/// A score in 分 where no word goes on after it (考核得分98.5分); 分别, 分辨率 and times of day are
/// no scores.
#[test]
fn scores_are_read_in_fen() {
    let got = |body: &str| -> Vec<(String, Option<String>)> {
        read(body).into_iter().map(|r| (r.1, r.2)).collect()
    };
    let r = one("法治政府建设考核得分98.5分,位居全市前列。");
    assert_eq!(
        (r.1.as_str(), r.2.as_deref(), r.3),
        ("98.5", Some("分"), None)
    );
    assert_eq!(
        got("群众满意度逐年提高,分别为73.56、80.13分。"),
        [
            ("73.56".to_string(), Some("分".to_string())),
            ("80.13".to_string(), Some("分".to_string()))
        ]
    );
    assert!(got("请使用大于1366*768分辨率的显示器。").is_empty());
    assert!(got("发布时间:2025年03月19日 09时07分").is_empty());
}

/// blind10: a list of activities before 等 is what a count with no noun of its own counts (a
/// title among them included); a cut never falls inside a word; a word the source wrote twice
/// is said once; a list of scores shares its 分 as a unit, not as a noun.
#[test]
fn activity_lists_doubled_words_and_listed_scores() {
    assert_eq!(
        labels("开展宣讲行动,举办培训班、辅导报告会和《习近平法治思想公开课》等830场次,法治工作队伍全覆盖。"),
        ["举办培训班、辅导报告会和《习近平法治思想公开课》等"]
    );
    // A longer run is left out, but never from inside a word (举办, not 举).
    assert_eq!(
        labels(
            "举办培训班、辅导报告会、座谈会、研讨会、读书会和《习近平法治思想公开课》等830场次。"
        ),
        ["举办"]
    );
    // Documents named as examples are still left out.
    assert_eq!(
        labels("修订完善《甲预案》、《乙预案》等总体应急预案3个。"),
        ["修订完善总体应急预案"]
    );
    assert_eq!(
        labels("积极回应社会关切,及时发布民意征集民意征集8件、在线访谈2条。")[0],
        "及时发布民意征集"
    );
    let scores = labels("群众满意度逐年提高,分别为73.56、76.71、80.13分。");
    assert!(scores.iter().all(|l| !l.ends_with('分')), "{scores:?}");
}

/// blind11: a count inside a document's name is the name's (《…全面提质 23 条措施》), not a
/// count of the report, while the count after the name is one; votes (满意 25 票) and rounds
/// (2輪次) are counted, as are articles and items published (23篇次, 156条次).
#[test]
fn titled_counts_votes_and_rounds() {
    let got = |body: &str| -> Vec<(String, Option<String>)> {
        read(body).into_iter().map(|r| (r.1, r.2)).collect()
    };
    assert_eq!(
        got("认真落实《云南省法治化营商环境全面提质 23 条措施》,建成 13 个乡(镇)公共法律服务工作站。"),
        [("13".to_string(), Some("个".to_string()))]
    );
    assert!(got("印发《关于进一步优化营商环境的20条措施》。").is_empty());
    // A name closed before the number leaves it a count.
    assert_eq!(
        got("制定《甲办法》等3项制度。"),
        [("3".to_string(), Some("项".to_string()))]
    );
    assert_eq!(
        got("县人大常委会专题审议县政府关于法治政府建设工作,满意 25 票,基本满意 3 票。"),
        [
            ("25".to_string(), Some("票".to_string())),
            ("3".to_string(), Some("票".to_string()))
        ]
    );
    assert_eq!(
        got("完成“四類案卷”2輪次全覆蓋評查。"),
        [("2".to_string(), Some("轮次".to_string()))]
    );
    assert_eq!(
        got("在各级媒体刊发法治宣传稿件等23篇次，发布政务信息156条次。"),
        [
            ("23".to_string(), Some("篇次".to_string())),
            ("156".to_string(), Some("条次".to_string()))
        ]
    );
}

/// A 分别 clause after a clause that lists figures each named on its own: each change is its
/// figure's (城镇…增长, 农村…增长), not a bare 分别增长. A list of later items of bare actions shares
/// the thing the first took from the clause before (新增25项、取消28项、变更25项).
#[test]
fn changes_of_listed_figures_and_bare_list_items() {
    assert_eq!(
        labels(
            "城镇居民人均可支配收入45000元、农村居民人均可支配收入21000元，分别增长12.3%、15.6%。"
        ),
        [
            "城镇居民人均可支配收入",
            "农村居民人均可支配收入",
            "城镇居民人均可支配收入增长",
            "农村居民人均可支配收入增长"
        ]
    );
    assert_eq!(
        labels("深化权责清单管理,动态调整9个部门部分行政权力事项,新增25项、取消28项、变更25项。"),
        [
            "动态调整部门部分行政权力事项",
            "新增（动态调整部门部分行政权力事项）",
            "取消（动态调整部门部分行政权力事项）",
            "变更（动态调整部门部分行政权力事项）"
        ]
    );
}

/// blind10: a count of a set chosen from (从7个申报地区和228个申报项目中优选2个综合地区) names that
/// set, and the verb after 中 goes to the next figure; a long place phrase before the action is
/// left out (在“古丈司法”公众号以及…媒体发布信息稿件), a short one stays (在行政复议中成功调解);
/// a noun joined by 及 stays with a count's phrase (33名市直部门及县(市)区主要负责人现场述法).
#[test]
fn chosen_sets_places_and_joined_nouns() {
    assert_eq!(
        labels("从7个申报地区和228个申报项目中优选2个综合地区和6个单项项目参评。"),
        ["申报地区", "申报项目", "优选综合地区", "优选单项项目参评"]
    );
    assert_eq!(
        labels("2024年度在“古丈司法”公众号以及省、州、县级有关媒体发布信息稿件40余篇。"),
        ["发布信息稿件"]
    );
    assert_eq!(
        labels("4件在行政复议中成功调解。"),
        ["在行政复议中成功调解"]
    );
    assert_eq!(
        labels("组织33名市直部门及县(市)区主要负责人现场述法。"),
        ["组织市直部门及县(市)区主要负责人现场述法"]
    );
    // 和 before another count still ends the phrase.
    assert_eq!(labels("全市共有432名律师和35名公证员。")[0], "全市律师");
}

#[test]
fn asides_go_before_the_words_that_say_who_did_it() {
    // 杨浦 2024: a bracket inside the subject, and the 《…》 names of what was studied.
    assert_eq!(
        labels("全区各单位党委(党组、党工委)中心组每年开展2次以上专题学法。坚持行政首长季度讲法制度,全年,区政府常务会议开展《安全生产法》《审计法》《上海市河道管理条例》《上海市文物保护条例》4场会前学法。"),
        ["全区各单位党委中心组每年开展专题学法", "区政府常务会议开展会前学法"]
    );
    // 北京 2020: the names with the 等 that closes them; the verb stays.
    assert_eq!(
        labels("坚持依法防控、依法决策,第一时间制发《进一步明确责任加强新型冠状病毒感染的肺炎预防控制工作的通知》《落实“四方责任”进一步加强重点人群、场所和单位新型冠状病毒感染的肺炎疫情防控工作的通知》等40多个涉疫文件,全部履行合法性审核程序。"),
        ["第一时间制发涉疫文件"]
    );
}

#[test]
fn general_things_are_named_by_the_clause_before() {
    // 三亚 2024, 鹤岗 2025: 事项 of the list just updated, 措施 of the plan just issued.
    assert_eq!(
        labels("一是提升政府服务效能。更新《三亚市市级权力清单》,梳理事项6392项。"),
        ["梳理事项（更新《三亚市市级权力清单》）"]
    );
    assert_eq!(
        labels("市政府工作报告对推进依法行政作出明确安排,制发法治政府建设年度工作要点,推出61项具体措施。"),
        ["推出具体措施（制发法治政府建设年度工作要点）"]
    );
    // 中原区 2024: after a figure of the sentence the clauses are a series of results.
    assert_eq!(
        labels("二是推进“放管服”改革,新增异地办理事项543项,完善“一件事”联办事项,整改问题300余项。")
            [1],
        "整改问题"
    );
}

#[test]
fn a_count_running_into_the_next_takes_its_predicate() {
    // 顺义 2024: the 45 单位 are those that moved into the hall, with their 1932 items.
    assert_eq!(
        labels("巩固“一门”“一窗”改革,45家单位1932个服务事项进驻区级大厅。")[0],
        "单位进驻区级大厅"
    );
    // 烟台 2022: a year after the noun is no next count.
    assert!(!labels(
        "市联合调解工作站被人社部等4部门联合表扬为2021年度工作突出基层劳动人事争议调解组织。"
    )
    .iter()
    .any(|l| l.contains("调解组织")));
}

#[test]
fn points_after_a_growth_rate_compare_that_rate() {
    // 封丘 2025: the lead over the city is the industrial growth rate's.
    assert_eq!(
        labels("规模以上工业企业增加值同比增长10.2%,高出全市4.2个百分点,增速位居全市第3位;固定资产投资同比增长15%,高出全市6.1个百分点。"),
        [
            "规模以上工业企业增加值同比增长",
            "高出全市（规模以上工业企业增加值）",
            "固定资产投资同比增长",
            "高出全市（固定资产投资）"
        ]
    );
}

#[test]
fn a_count_before_a_dui_phrase_takes_who_acted_from_the_clause_before() {
    // 津南 2024: who made the comments opens the sentence; the count opens the next clause.
    assert_eq!(
        labels("区委、区政府主要负责同志高度重视法治建设工作,先后8次对相关工作作出批示,开展区委理论学习中心组专题学法3次。"),
        ["对相关工作作出批示（区委、区政府主要负责同志）", "开展区委理论学习中心组专题学法"]
    );
}

#[test]
fn figures_after_a_comparison_frame_are_about_its_subject() {
    // 海南区 2024: the frame names what was cut; 与上年相比 names nothing.
    assert_eq!(
        labels(
            "经过优化调整,全区各镇(街道)职责事项与自治区指导目录相比,平均删减29条,删减比例20%。"
        ),
        [
            "全区各镇(街道)职责事项平均删减",
            "全区各镇(街道)职责事项删减比例"
        ]
    );
    // 枞阳 2023: 与去年同期相比 names nothing (同 is 同期's).
    assert_eq!(
        labels("与去年同期相比,优良天数增加7天,可吸入颗粒物(PM10)月平均浓度下降23%。")[0],
        "优良天数增加"
    );
}

#[test]
fn a_breakdown_part_named_by_a_figure_or_after_it_closed_takes_the_whole() {
    // 贵州教育厅 2022: the part is named only by its years of teaching.
    assert_eq!(
        labels("全年办理教师教龄荣誉证书共8235人,其中30年7643人,25年592人。")[1],
        "30年（教师教龄荣誉证书）"
    );
    // 合水 2024: a figureless clause closes the breakdown; 按时办结 is of all the requests.
    let got = labels("2024年,全县共收到政府信息公开申请11件,其中通过政府网站申请9件、向县政府办公室邮寄纸质版申请2件,全部属自然人申请件,按时办结11件,截至2024年底,已经全部办结,结转下年度办理0件。");
    assert_eq!(got[3], "按时办结（政府信息公开申请）");
    // Inside the breakdown a verb names its part alone.
    assert_eq!(
        labels("共收到行政复议申请85件,其中维持43件,纠错12件。")[2],
        "纠错"
    );
}

#[test]
fn a_list_verb_with_a_complement_gives_the_new_level() {
    // 贵州教育厅 2022: 扩充至 31项 is the new size of the list.
    assert_eq!(
        labels("权力和责任清单的事项从2021版的10项扩充至31项。")[1],
        "权力和责任清单的事项扩充至"
    );
}

/// A base label is kept apart only when sentence context was added to the label shown
/// (办结率达98.6%，较上年提高2.1个百分点: the points take the rate's name); otherwise the label
/// shown is the base label, stored once.
#[test]
fn base_labels_are_kept_apart_only_when_context_was_added() {
    let text = "一、测试\n全年办结率达98.6%，较上年提高2.1个百分点。审结行政复议案件163件。\n";
    let cleaned = crate::clean::clean(text);
    let meta = crate::meta::read_meta(&cleaned, &Options::default());
    let outline = crate::outline::build(&cleaned, &meta);
    let x = super::extract(&cleaned, &outline, 0);
    let shown: Vec<&str> = x.metrics.iter().map(|m| m.label.as_str()).collect();
    let base: Vec<&str> = (0..x.metrics.len()).map(|k| x.base_label(k)).collect();
    assert_eq!(
        shown,
        ["办结率", "较上年提高（办结率）", "审结行政复议案件"]
    );
    assert_eq!(base, ["办结率", "较上年提高", "审结行政复议案件"]);
    assert_eq!(
        x.base_labels
            .iter()
            .map(Option::is_some)
            .collect::<Vec<_>>(),
        [false, true, false]
    );
}

/// Every character that may start a vague number may start a metric's number, and the
/// traditional ones never reach the metrics stage: cleaning folds 數 and 幾 to 数 and 几.
#[test]
fn the_vague_starts_are_numeral_starts_and_traditional_ones_are_folded() {
    for &c in crate::numeral::VAGUE_STARTS {
        assert!(super::may_start(c), "{c}");
    }
    assert!(super::may_start('无'));
    assert_eq!(
        crate::clean::clean("培训數十人幾百家\n").text,
        "培训数十人几百家\n"
    );
}

#[test]
fn a_bare_rate_is_of_the_thing_counted_just_before_it() {
    // 建湖县教育局 2024: 配备率 names only its action; 学校法治副校长 is what was counted.
    assert_eq!(
        labels("全县教育系统在公检法司等部门共聘请学校法治副校长91人,配备率100%,2024年开展活动。")
            [1],
        "（学校法治副校长）配备率"
    );
    // 霍家 2024: a count before its noun counts that noun (the adverb 全部 is the predicate's).
    assert_eq!(
        labels("2474项政务服务事项全部纳入一体化政务服务平台,录入率100%,行政许可类事项全部公开。")
            [1],
        "（政务服务事项）录入率"
    );
    // Seed 003: the 胜诉率 is of the 复议后应诉案件, not of what the sentence began with.
    assert_eq!(
        labels("应诉案件结案30件,败诉7件,败诉率23.33%,复议后应诉案件10件,胜诉率100%。")[4],
        "（复议后应诉案件）胜诉率"
    );
    // The rate's action already said in the count's clause: the rate names itself.
    assert_eq!(
        labels("2023年共审查各类涉法议题文件313件,审查及时率100%。")[1],
        "审查及时率"
    );
    assert_eq!(
        labels("组织全区2万余名国家工作人员参加学法考试,参考率、优秀率均达100%。")[1],
        "参考率、优秀率"
    );
    // 金平 2025: after a run of counts the rate is of them all, and the next rate of what it was.
    let run =
        labels("办理县人大代表建议 119 件、县政协委员提案 105 件,办复率均为 100%,满意率达 99%。");
    assert_eq!(run[2], "（县人大代表建议、县政协委员提案）办复率");
    assert_eq!(run[3], "（县人大代表建议、县政协委员提案）满意率");
    // 陵川县教育局 2025: a bare noun after a comma shares the first item's verb, and is of the run.
    assert_eq!(
        labels("全年走访人大代表、政协委员23人次,办结相关建议11件,提案11件,满意率100%。")[3],
        "（相关建议、提案）满意率"
    );
    // 澧浦镇 2023: not a clause with an action of its own (掌上基层流转).
    assert_eq!(
        labels("受理答复8890诉求655件,掌上基层流转12089件,办结率、满意率均为100%。")[2],
        "办结率、满意率"
    );
    // 巴州 2024: the action said, but the count names its thing after it: the rate is of that.
    assert_eq!(
        labels("统筹各方面推动完成“一规划两纲要”任务287项,完成率91.4%。")[1],
        "（“一规划两纲要”任务）完成率"
    );
    // A 司法局 2022 (blind5): a single general word after the action said (化解工作) is no thing.
    assert_eq!(
        labels("通过调解等形式开展化解工作,目前已化解7件,化解率达50%。")[1],
        "化解率"
    );
    // Not of events (考试1次), nor of a count named only by an action (转办处理46项).
    assert_eq!(
        labels("组织应知应会法律知识考试1次,参考率、合格率均达100%。")[1],
        "参考率、合格率"
    );
    assert_eq!(
        labels("通过平台发现违法违规问题756个,口头督促整改710个,转办处理46项,办结率100%。")[3],
        "办结率"
    );
}

#[test]
fn general_nouns_of_a_plan_take_the_plan() {
    // 阎良 2024: 方面 says which only with the plan named in the clause before.
    assert_eq!(
        labels("年初制定2024年法治政府建设工作要点,明确10个方面22项重点内容。")[0],
        "明确方面（年初制定2024年法治政府建设工作要点）"
    );
}

#[test]
fn one_counted_object_of_dui_is_named_by_what_was_done_to_it() {
    // Seed 001: 13 counts the 单位 whose heads were reviewed on the spot.
    let got = labels("区委领导采取“一述一评”方式对13个单位党政主要负责人履行推进法治建设第一责任人职责情况进行现场点评,依法治区委员会委员进行评议。");
    assert!(got[0].ends_with("进行现场点评"), "{got:?}");
    assert!(got[0].starts_with("单位"), "{got:?}");
    // 鹰潭 2024: the uncounted object after 和 is not the counted noun's.
    assert_eq!(
        labels("成立督察组对3个区(市)和市直相关部门开展实地督察,对重点任务实行闭环管理。")[0],
        "区(市)开展实地督察"
    );
    // A scope before the count stays with it (望都 2024).
    assert_eq!(
        labels("对全县150名科级干部进行集中培训,提升法治素养。")[0],
        "对全县科级干部进行集中培训"
    );
}

/// Rare units of 政府工作报告 and 统计公报 (airports' flights, remote-sensing scenes, data
/// stored): 班 and 景 start many words (班子, 景区), so they count only where no word goes on
/// after them; storage in PB/TB/GB.
#[test]
fn flights_scenes_and_storage() {
    use MetricKind::{Count, Other};
    assert_eq!(
        units("全年保障航班12万班，旅客吞吐量1500万人次。获取卫星遥感影像355景，数据中心存储容量达到20PB，汇聚数据1.2TB。"),
        [
            vu("12", "万班", Count),
            vu("1500", "万人次", Count),
            vu("355", "景", Count),
            vu("20", "PB", Other),
            vu("1.2", "TB", Other)
        ]
    );
    // A word going on after 班 or 景 is no such unit.
    let got = units("调整3班子成员，建成5景区。");
    assert!(
        got.iter()
            .all(|(_, u, _)| u.as_deref() != Some("班") && u.as_deref() != Some("景")),
        "{got:?}"
    );
}

#[test]
fn a_count_of_the_same_head_noun_takes_the_attribute_of_the_count_before() {
    // 中长街道 2025: the 社区级窗口 counted are those with the title, as the 街道级窗口 were.
    let l = labels(
        "全街获得“清风辽宁政务窗口”称号的街道级窗口1个,社区级窗口有3个,分别为体育场社区、红旗社区和胜利西社区。",
    );
    assert_eq!(l[1], "全街获得“清风辽宁政务窗口”称号的社区级窗口");
    // Another head noun, or words of its own after the noun: the label stays.
    assert_eq!(
        labels("新增通过验收的示范社区5个,服务窗口3个。")[1],
        "服务窗口"
    );
    assert_eq!(
        labels("获得表彰的先进单位5个,示范单位新建3个。")[1],
        "示范单位新建"
    );
}

/// A body counted without a measure word is counted in 单位, the whole word (blind15 红寺堡: 依托
/// 政治巡察对教育局等6单位…进行督察 had read as 6 单 labelled with the 位 left over).
#[test]
fn a_count_of_bodies_in_danwei_keeps_the_whole_word() {
    let (_, v, unit, _, kind, _) = one("依托政治巡察对教育局等6单位法治政府建设工作情况进行督察。");
    assert_eq!(
        (v.as_str(), unit.as_deref(), kind),
        ("6", Some("单位"), MetricKind::Count)
    );
}

/// A concentration with its per spelled out and a bound in 微克 (meta18 四川生态环境厅: PM2.5年均
/// 浓度为29.8微克每立方米,…首次低于30微克): both keep their units; PM2.5 names the pollutant.
#[test]
fn micrograms_per_cubic_metre_spelled_out() {
    let all = read("PM2.5年均浓度为29.8微克每立方米,有数据以来首次低于30微克、同比下降10.2%。");
    let got: Vec<(&str, Option<&str>)> =
        all.iter().map(|m| (m.1.as_str(), m.2.as_deref())).collect();
    assert_eq!(
        got,
        [
            ("29.8", Some("微克每立方米")),
            ("30", Some("微克")),
            ("10.2", Some("%"))
        ]
    );
}

/// Counts packed in one quoted name (blind15 吐鲁番: 健全依法治市“1委1办4组”工作机制) name a set,
/// as “3个一批” does; a report's parts in figures closing the list of them (meta18 云南, meta17
/// 合江) are its structure; a page's other counters on its chrome line (收藏0) are the page's.
#[test]
fn packed_quoted_counts_report_parts_and_page_counters_are_no_metrics() {
    assert!(read("健全依法治市“1委1办4组”工作机制,推动法治建设。").is_empty());
    assert!(read("报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、其他需要报告的事项6个部分组成。").is_empty());
    assert!(read("全文包括总体情况,主动公开政府信息情况,存在的主要问题及改进情况,其他需要报告的事项6个部分。").is_empty());
    // A count of parts not closing a list stays a count.
    assert_eq!(one("对6个部分进行了整改。").1, "6");
    assert!(read("2023-05-23   浏览202   收藏0\n").is_empty());
}

/// A mirror's pinyin notes inside words (地區(qū), 資產(chǎn)) are left out by clean; the label, cut
/// from the input as written, leaves them out too (blind17 固阳).
#[test]
fn a_label_leaves_out_a_mirrors_pinyin_notes() {
    assert_eq!(
        labels("地區(qū)生產(chǎn)總值增長9%;固定資產(chǎn)投資完成96.9億元,保持正增長。"),
        ["地區生產總值增長", "固定資產投資完成"]
    );
}

/// A time or a distance inside quotes names a slogan's radius or a programme, not a figure
/// (blind18 呼和浩特 “1小时城市圈”, blind14 湟源 “15分钟”托育服务, meta16 “应急管理30分钟”); a
/// count of a thing in quotes stays a count.
#[test]
fn a_time_or_distance_in_quotes_is_a_slogans() {
    let got = labels("主动引领呼包鄂乌“1小时城市圈”,纳入“四城通办”事项337项。");
    assert_eq!(got.len(), 1, "{got:?}");
    let got = labels("“高效办成一件事”、学前教育集团化办学、“15分钟”托育服务等112项改革任务。");
    assert_eq!(got.len(), 1, "{got:?}");
    let got = labels("打造“10公里法律服务圈”,举办“应急管理30分钟”讲座12场。");
    assert_eq!(got.len(), 1, "{got:?}");
    // A time limit outside quotes is a figure.
    let got = labels("审批时限压缩至3个工作日。");
    assert_eq!(got.len(), 1, "{got:?}");
    let got = labels("向优秀调解员赠送“4枚印章”。");
    assert_eq!(got.len(), 1, "{got:?}");
}

/// The ends of a range followed by the thing counted and its figure name a class of it, as a
/// bound does (blind19 木塘: 其中500万元以上项目累计投资4.86亿元,10至500万元项目累计投资0.54亿元);
/// a range that measures something stays two bounds.
#[test]
fn a_range_before_the_thing_counted_and_its_figure_is_a_class() {
    let got = labels("固定资产投资5.39亿元,其中500万元以上项目累计投资4.86亿元,10至500万元项目累计投资0.54亿元。");
    assert_eq!(got.len(), 3, "{got:?}");
    let all = read("每期培训时长2至3小时,共培训干部120人。");
    let values: Vec<&str> = all.iter().map(|m| m.1.as_str()).collect();
    assert!(values.contains(&"2") && values.contains(&"3"), "{all:?}");
}

/// A sampling rate that names a survey (blind14 平阳: 根据2024年5‰人口变动抽样调查) is no figure.
#[test]
fn a_sampling_rate_naming_a_survey_is_no_figure() {
    let got = labels("根据2024年5‰人口变动抽样调查,年末全县常住人口86.2万人。");
    assert_eq!(got.len(), 1, "{got:?}");
    let got = labels("城镇调查失业率为5.1%。");
    assert_eq!(got.len(), 1, "{got:?}");
}

/// Numbers that name (blind11 永靖, blind14 平阳, in-sample): a quake's magnitude in a programme's
/// name (积石山县6.2级地震灾后重建; a quake told of keeps it: 裕安3.3级地震,震后…), a Chinese-numeral count right before a quoted name (深入实施三个“一号工程”).
/// A count in figures before quotes stays a count (上线112个“一件事”集成服务).
#[test]
fn a_quakes_magnitude_and_a_slogans_count_are_no_figures() {
    let got = labels("2024年,全县主动公开政府信息26365条,其中,积石山县6.2级地震灾后重建1086条。");
    assert_eq!(got.len(), 2, "{got:?}");
    let got = labels("10月7日裕安3.3级地震,震后1分钟内发送震情首报信息。");
    assert_eq!(got.len(), 2, "{got:?}");
    let got =
        labels("忠实践行“八八战略”,深入实施三个“一号工程”和“十项重大工程”,全年新增企业120家。");
    assert_eq!(got.len(), 1, "{got:?}");
    let got = labels("在政府网站上线112个“一件事”集成服务,全面推行一次办。");
    assert_eq!(got.len(), 1, "{got:?}");
}

/// A lone 二 before a classifier is an ordinal without its 第 (blind22 中疃镇: 土地二轮延包,
/// 二轮土地延保 — the second round of land contracts); a count of two is written 两.
#[test]
fn a_lone_er_before_a_classifier_is_an_ordinal() {
    let got = labels("三是土地二轮延包工作有序开展。中疃镇土地确权面积101256亩,涉及11781户。为顺利完成二轮土地延保任务,全镇开展业务培训5次。");
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(one("区委区政府先后两次听取汇报。").1, "2");
    assert_eq!(one("合格率达到百分之二。").1, "2");
}

/// Changes (blind22): a 分别 pair of differences from a list of targets (银川: 城镇化率分别高于全国、
/// 全区16.6、15.5个百分点) and a quality that improved (菏泽: 同比改善3.7%).
#[test]
fn a_pair_of_differences_and_an_improvement_are_changes() {
    let all = read("城镇化率分别高于全国、全区16.6、15.5个百分点。");
    let kinds: Vec<MetricKind> = all.iter().map(|m| m.4).collect();
    assert_eq!(kinds, [MetricKind::Change, MetricKind::Change], "{all:?}");
    let all = read("2024年全市空气质量综合指数为4.44,同比改善3.7%。");
    assert_eq!(all.last().map(|m| m.4), Some(MetricKind::Change), "{all:?}");
}

/// Numbers that bound or hold a set (blind22): the size of a set a rank is taken in (菏泽: 在全国
/// 168城市中排名第145位, 退出168城市“后20”, 全省158县区“后20”), an income band's bound (中疃镇:
/// 达到100万元的村2个) and a size threshold (全镇50头以上黄牛养殖企业共有42家). Their counts stay.
#[test]
fn ranking_sets_bands_and_thresholds_are_no_figures() {
    let values: Vec<String> = read("在全国168城市中排名第145位(倒24),连续两年退出168城市“后20”,首次实现10个县区全部退出全省158县区“后20”。").into_iter().map(|m| m.1).collect();
    assert_eq!(values, ["10"]);
    let values: Vec<String> = read("其中,达到100万元的村2个,90-100万元的2个。目前全镇50头以上黄牛养殖企业共有42家,小养殖户45户。").into_iter().map(|m| m.1).collect();
    assert_eq!(values, ["2", "2", "42", "45"]);
    // A place in a ranking is no count; 此前/先后 before a count are no ranking.
    assert_eq!(read("2024年进入全省前10名,排名前3位。").len(), 0);
    assert_eq!(read("此前10名干部参加培训,先后5位专家授课。").len(), 2);
    // A count in a ranked set's sentence that is no set stays (在全市16个乡镇中排名第一 is a set).
    assert_eq!(read("全市16个乡镇中排名第一。").len(), 0);
    // 的 and a long noun after a figure is no band: 在上年增长12%的基础上增长5%.
    assert_eq!(read("在上年增长12%的基础上增长5%。").len(), 2);
}

/// Letters are counted in 封 (blind21 满族屯乡: 已公开处理群众来信6封; blind14 龙华: 表扬信8封); 封
/// starting a word (封闭, 封存) is no unit.
#[test]
fn letters_are_counted_in_feng() {
    assert_eq!(one("已公开处理群众来信6封。").2.as_deref(), Some("封"));
    assert_eq!(
        one("获区委、区政府嘉奖令5次,表扬信8封,获个人三等功2人次。"
            .split(',')
            .nth(1)
            .unwrap())
        .2
        .as_deref(),
        Some("封")
    );
    assert!(read("实行24封闭管理。")
        .iter()
        .all(|m| m.2.as_deref() != Some("封")));
}

/// blind23 陵川 (in-sample after its blind score): a magnitude's tier (跨越3个十亿级台阶) and a
/// count of digits (连续五年实现两位数增长) are no figures; the count of tiers stays.
#[test]
fn tiers_and_digit_counts_are_no_figures() {
    let got = read("预计2025年,全县地区生产总值完成87.4亿元,五年跨越3个十亿级台阶,年均增速达到8%;固定资产投资完成51.5亿元,同比增长10%,连续五年实现两位数增长。");
    let values: Vec<&str> = got.iter().map(|m| m.1.as_str()).collect();
    assert_eq!(values, ["87.4", "3", "8", "51.5", "10"], "{got:?}");
    assert_eq!(got[2].4, MetricKind::Change);
}

#[test]
fn the_rest_of_a_breakdown_counts_the_whole_thing() {
    // 青州市统计局 2024: 其他 is the rest of the 信息 published.
    assert_eq!(
        labels("2024年本单位主动公开信息36条,其中行政执法公示5条,行政处罚结果6条,市直部门预决算信息4条,其他21条。")
            [4],
        "其他信息"
    );
    // 永靖 2024.
    assert_eq!(
        labels(
            "2024年,全县主动公开政府信息26365条,其中,乡村振兴4345条,项目建设2533条,其他1389条。"
        )[3],
        "其他政府信息"
    );
    // Not without a whole of the same unit before a 其中.
    assert_eq!(labels("开展培训3次,宣传活动5场,其他2场。")[2], "其他");
}
