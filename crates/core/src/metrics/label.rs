//! Labels: what a number counts, in the text's own words.
//!
//! The label comes from the metric's own clause: the words before the number (审结行政复议案件
//! 163件), and, when the number modifies the noun after it (4个实地督察组, 36个部门权责清单),
//! that noun too. The clause starts after the last punctuation mark or after the previous metric
//! of the same clause, so 国家级42项、自治区级69项 gives 自治区级 for 69, not the whole list.
//! Connectives, dates and 共/累计-style words at the edges are trimmed.

/// Characters that end a clause.
pub fn is_boundary(c: char) -> bool {
    matches!(
        c,
        '。' | '；' | ';' | '，' | ',' | '：' | ':' | '！' | '!' | '？' | '?' | '\n' | '|'
    )
}

/// Words trimmed from the start of a label.
const LEADING: &[&str] = &[
    "其中",
    "同时",
    "并且",
    "以及",
    "另外",
    "此外",
    "先后",
    "累计",
    "共计",
    "合计",
    "总计",
    "全年",
    "今年",
    "年内",
    "目前",
    "截至目前",
    "期间",
    "并",
    "且",
    "及",
    "和",
    "共",
    "已",
];

/// A leading one-character connective that actually starts a word (及时, 和解, 共享).
fn starts_word(s: &str) -> bool {
    [
        "及时", "及格", "和解", "共享", "共同", "共建", "共治", "已经", "并联",
    ]
    .iter()
    .any(|w| s.starts_with(w))
}

/// Words trimmed from the end of the part before the number.
/// (Qualifier words before the number are already outside the label's range.)
const TRAILING: &[&str] = &[
    "共计",
    "合计",
    "总计",
    "总共",
    "累计",
    "分别为",
    "分别",
    "总数为",
    "数为",
    "数量为",
    "为",
    "计",
    "共",
    "有",
    "各",
    "均",
    "是",
    "了",
    "至",
    "到",
];

/// Verbs of a change to a new level (压减至186项, 缩短至3天, 提升至98%).
const LEVEL_VERBS: &[&str] = &[
    "压减", "压缩", "缩短", "减少", "降低", "下降", "精简", "提升", "提高", "增加", "增长", "上升",
    "扩大", "降", "减", "增", "升",
];

/// Words that end the noun phrase after a count: conjunctions that start the next item of a
/// list (432名律师和35名…), and qualifier words that start the next metric's clause.
const POST_STOP: &[&str] = &[
    "和", "与", "及", "并", "等", "达", "共", "分别", "均", "其中", "同比",
];

/// Adverbs after which the words that say what was counted begin
/// (全县各级人民调解组织共调解民间纠纷 → 调解民间纠纷).
const SUBJECT_END: &[&str] = &["共计", "累计", "先后", "共"];

/// Longest label part taken from before the number, in characters.
const MAX_PRE_CHARS: usize = 30;
const MAX_POST_CHARS: usize = 16;
/// A noun phrase after a count that ends within this many characters is kept whole.
const MAX_POST_REACH: usize = 26;

/// The label's parts in cleaned-text ranges: the words before the number and the noun after it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parts {
    /// The words before the number, enumerations of examples left out.
    pub pre: Vec<(usize, usize)>,
    pub post: Option<(usize, usize)>,
    /// A short topic clause just before (非涉农街道，8个类别), shown in brackets.
    pub topic: Option<(usize, usize)>,
}

impl Parts {
    pub fn chars(&self, text: &str) -> usize {
        self.pre
            .iter()
            .chain(&self.post)
            .map(|&(a, b)| text[a..b].chars().count())
            .sum()
    }
}

/// A label longer than this drops the words before the number when it has a noun after it.
const MAX_LABEL_CHARS: usize = 24;

/// Words that start a predicate rather than a noun after a count (36件进行了清理, 5件予以撤销).
const PREDICATES: &[&str] = &[
    "进行", "予以", "给予", "得到", "获得", "被", "已", "全部", "均已",
];

/// Finds the label parts for a number at `num_start` whose metric ends at `metric_end`.
pub fn parts(
    text: &str,
    clause_start: usize,
    num_start: usize,
    metric_end: usize,
    unit_is_classifier: bool,
) -> Parts {
    let (a, b) = trim_pre(text, clause_start, num_start);
    let mut p = Parts {
        pre: if a < b {
            drop_enumerations(text, a, b)
        } else {
            Vec::new()
        },
        post: if unit_is_classifier {
            post_noun(text, metric_end)
        } else {
            None
        },
        topic: None,
    };
    if p.pre.is_empty() {
        p.topic = topic_clause(text, clause_start);
    }
    cap_pre(text, &mut p.pre);
    // A predicate after the count (对…文件36件进行了清理) names no thing: the words before
    // the number do, so they stay however long the label gets.
    let post_is_predicate = p
        .post
        .is_some_and(|(x, y)| PREDICATES.iter().any(|w| text[x..y].starts_with(w)));
    if p.post.is_some_and(|(x, y)| text[x..y].chars().count() >= 4)
        && p.chars(text) > MAX_LABEL_CHARS
        && !post_is_predicate
    {
        p.pre.clear();
    }
    p
}

/// Start of the clause holding `pos`: after the last boundary character before it.
pub fn clause_start(text: &str, pos: usize, floor: usize) -> usize {
    let head = &text[floor..pos];
    match head.char_indices().rev().find(|&(_, c)| is_boundary(c)) {
        Some((i, c)) => floor + i + c.len_utf8(),
        None => floor,
    }
}

fn trim_pre(text: &str, start: usize, end: usize) -> (usize, usize) {
    let mut a = start;
    let mut b = end;
    // A heading's marker is not part of what a number in the heading counts.
    if let Some(m) = crate::lexicon::markers::parse_marker(&text[a..b]) {
        a += m.len;
    }
    loop {
        let s = &text[a..b];
        let t = s.trim_start_matches([' ', '\t', '、', '“', '"', '”', '—', '–', '-', '~', '～']);
        let mut changed = t.len() != s.len();
        a = b - t.len();
        let first = text[a..b].chars().next().unwrap_or(' ');
        let may_lead = crate::text::one_of(first, "且今以先全共其及另合同和已年并总截期此目累");
        if let Some(w) = LEADING
            .iter()
            .filter(|_| may_lead)
            .find(|w| text[a..b].starts_with(**w) && !starts_word(&text[a..b]))
        {
            a += w.len();
            changed = true;
        }
        // A leading date or time phrase: 2023年, 2023年以来, 6月, 截至11月底.
        if let Some(d) = super::dates::read(text, a) {
            if d.end <= b {
                a = d.end;
                for w in ["以来", "来", "内", "底", "末", "初", "起", "度"] {
                    if text[a..b].starts_with(w) {
                        a += w.len();
                    }
                }
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    // A quoted name that starts the words is part of what is counted (“跨省通办”办件62件):
    // keep its opening mark, or only the words after the closing one would survive.
    if a > start && text[..a].ends_with('“') && text[a..b].contains('”') {
        a -= '“'.len_utf8();
    }
    // The space PDF text puts before a figure (权重提升至 15%) hides the words before it.
    b = a + text[a..b].trim_end().len();
    loop {
        let s = &text[a..b];
        let last = s.chars().next_back().unwrap_or(' ');
        if !crate::text::one_of(last, "为了共别到各均是有至计") {
            break;
        }
        match TRAILING
            .iter()
            .filter(|w| s.ends_with(**w) && s.len() > w.len())
            .max_by_key(|w| w.len())
        {
            Some(w) => b -= w.len(),
            None => break,
        }
    }
    // 行政许可事项压减至186项: the figure is the new level of what comes before the verb.
    if text[b..end].starts_with(['至', '到']) {
        if let Some(v) = LEVEL_VERBS.iter().find(|v| {
            text[a..b].ends_with(**v) && text[a..b].chars().count() >= v.chars().count() + 2
        }) {
            b -= v.len();
        }
    }
    let s = text[a..b].trim_end_matches([' ', '“', '"', '(', '（', '、']);
    b = a + s.len();
    // Between the two ends of a range (3到5个工作日) there is no label of its own.
    if matches!(&text[a..b], "至" | "到") {
        a = b;
    }
    // The lower end of a range before the number (每场5—10人): not part of the label.
    let s = &text[a..b];
    let no_dash = s.trim_end_matches(['—', '–', '-', '~', '～', '至', '到']);
    if no_dash.len() < s.len() {
        let no_digits = no_dash.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
        if no_digits.len() < no_dash.len() {
            b = a + no_digits.len();
        }
    }
    if let Some(cut) = after_subject(&text[a..b]) {
        a += cut;
    }
    b = a + before_from(&text[a..b]);
    (a, b)
}

/// The words before a change's starting point (优秀率由2023年的62%提高到78.5%: 优秀率): the
/// 由/从 phrase says when, not what.
fn before_from(pre: &str) -> usize {
    let Some((i, c)) = pre
        .char_indices()
        .rev()
        .find(|&(_, c)| c == '由' || c == '从')
    else {
        return pre.len();
    };
    let tail = &pre[i + c.len_utf8()..];
    let dated = tail.ends_with('的') && tail.chars().count() <= 12;
    if (tail.is_empty() || dated) && pre[..i].chars().count() >= 2 {
        i
    } else {
        pre.len()
    }
}

/// Keeps the end of over-long words before the number: those nearest it say what it counts.
fn cap_pre(text: &str, pre: &mut Vec<(usize, usize)>) {
    let mut budget = MAX_PRE_CHARS;
    let mut kept = Vec::new();
    for &(a, b) in pre.iter().rev() {
        if budget == 0 {
            break;
        }
        let n = text[a..b].chars().count();
        if n <= budget {
            kept.push((a, b));
            budget -= n;
        } else {
            let skip = n - budget;
            let cut = text[a..b]
                .char_indices()
                .nth(skip)
                .map_or(b, |(i, _)| a + i);
            // Not in the middle of a listed name (县政府常务会、县委理论学习中心组…): start
            // after the next 、 when what follows it still says something.
            let cut = text[cut..b]
                .find('、')
                .map(|k| cut + k + '、'.len_utf8())
                .filter(|&c| text[c..b].chars().count() >= 4)
                .unwrap_or(cut);
            kept.push((cut, b));
            budget = 0;
        }
    }
    kept.reverse();
    *pre = kept;
}

/// A short clause with no number right before `clause_start` (非涉农街道，|8个类别): the topic
/// the following figures are about.
fn topic_clause(text: &str, clause_start: usize) -> Option<(usize, usize)> {
    let head = &text[..clause_start];
    let comma = head.strip_suffix('，').or_else(|| head.strip_suffix(','))?;
    let start = comma.rfind(|c: char| is_boundary(c)).map_or(0, |i| {
        i + comma[i..].chars().next().map_or(1, char::len_utf8)
    });
    let topic = text[start..comma.len()].trim();
    let n = topic.chars().count();
    let plain = topic
        .chars()
        .all(|c| crate::text::is_cjk(c) || crate::text::one_of(c, "（）()"));
    // Connectives and time words are not topics (其中，4件… / 同时，…).
    let connective = LEADING.contains(&topic)
        || [
            "其中",
            "其次",
            "首先",
            "最后",
            "另外",
            "此外",
            "同时",
            "目前",
            "截至目前",
            "总体",
            "总的来看",
        ]
        .contains(&topic);
    ((2..=10).contains(&n) && plain && !connective).then(|| {
        let lead = text[start..comma.len()].len() - text[start..comma.len()].trim_start().len();
        (start + lead, start + lead + topic.len())
    })
}

/// Where the words about what was counted begin, after a subject and an adverb such as 共.
fn after_subject(pre: &str) -> Option<usize> {
    if !pre.contains(['共', '累', '先']) {
        return None;
    }
    let (i, w) = SUBJECT_END
        .iter()
        .filter_map(|w| pre.rfind(w).map(|i| (i, *w)))
        .filter(|&(i, w)| {
            !["共享", "共同", "共建", "共治", "公共", "共有"]
                .iter()
                .any(|x| pre[i..].starts_with(x) || pre[..i + w.len()].ends_with(x))
        })
        .max_by_key(|&(i, w)| (i, w.len()))?;
    let cut = i + w.len();
    // A quoted name before the adverb is the kind of thing counted, not a subject
    // (“全区通办”共办理45件).
    let subject = pre[..i].trim();
    if subject.starts_with('“') && subject.ends_with('”') {
        return None;
    }
    // Keep the subject when nothing of substance follows the adverb.
    (pre[cut..].chars().count() >= 2).then_some(cut)
}

/// The noun phrase (and the predicate on it) right after a count's unit, if the count
/// modifies it: 4个实地督察组在全市开展 → 实地督察组在全市开展; 7个套餐已完成配置测试.
fn post_noun(text: &str, from: usize) -> Option<(usize, usize)> {
    // A bracketed aside right after the unit is skipped: 1件(“十五五”规划)正在积极筹备中.
    let mut from = from;
    if let Some(inner) = text[from..].strip_prefix(['(', '（']) {
        let close = inner.find([')', '）'])?;
        if inner[..close].chars().count() > 12 {
            return None;
        }
        from = text.len() - inner.len()
            + close
            + inner[close..].chars().next().map_or(1, char::len_utf8);
    }
    let rest = &text[from..];
    let first = rest.chars().next()?;
    if is_boundary(first) || first.is_ascii_digit() || crate::text::one_of(first, " ”、(（)）")
    {
        return None;
    }
    let mut end = 0;
    // Where the phrase stands at MAX_POST_CHARS, in case it runs on past MAX_POST_REACH: a
    // phrase that ends by then is kept whole, its head noun is at its end (2期…党的二十大精神
    // 专题轮训班).
    let mut at_cap = None;
    for (n, (i, c)) in rest.char_indices().enumerate() {
        if n == MAX_POST_CHARS {
            at_cap = Some(end);
        }
        if n >= MAX_POST_REACH {
            end = at_cap.unwrap_or(end);
            break;
        }
        if is_boundary(c) || c.is_ascii_digit() || c == '、' {
            break;
        }
        if i > 0
            && matches!(
                c,
                '和' | '与' | '及' | '并' | '等' | '达' | '共' | '分' | '均' | '其' | '同'
            )
            && POST_STOP.iter().any(|w| rest[i..].starts_with(w))
            && !inside_word(&rest[..i], &rest[i..])
        {
            break;
        }
        end = i + c.len_utf8();
    }
    if end == 0 {
        return None;
    }
    Some((
        from,
        from + noun_before_relative_clause(&rest[..end], &rest[end..]),
    ))
}

/// 23个单位（部门）公布实行告知承诺制的证明事项达285项: the words after the noun are a 的-clause
/// about the next figure's noun, which are that figure's words. Cut after a bracket closing the
/// noun, or before a verb that starts the clause; `post` is otherwise kept whole.
fn noun_before_relative_clause(post: &str, after: &str) -> usize {
    let next_figure = after
        .split(|c: char| is_boundary(c))
        .next()
        .is_some_and(|s| s.contains(|c: char| c.is_ascii_digit()));
    if !(next_figure && post.contains('的')) {
        return post.len();
    }
    if let Some(close) = post.find('）').filter(|&i| i > 0) {
        return close + '）'.len_utf8();
    }
    const CLAUSE_VERBS: &[&str] = &[
        "公布", "实行", "梳理", "完成", "落实", "推行", "建立", "制定", "实现",
    ];
    CLAUSE_VERBS
        .iter()
        .filter_map(|v| post.find(v))
        .filter(|&i| i > 0)
        .min()
        .unwrap_or(post.len())
}

/// A stop word that is really the second half of a word (涉及, 参与, 到达, 普及, 总共).
fn inside_word(before: &str, at: &str) -> bool {
    let prev = before.chars().next_back();
    let Some(p) = prev else { return false };
    match at.chars().next() {
        Some('及') => crate::text::one_of(p, "涉以普危波触顾企来"),
        Some('并') => crate::text::one_of(p, "合兼吞归"),
        Some('与') => crate::text::one_of(p, "参给赋"),
        Some('和') => crate::text::one_of(p, "温平柔缓总"),
        Some('达') => crate::text::one_of(p, "到下传送表抵通转发"),
        Some('共') => crate::text::one_of(p, "公总"),
        Some('均') => crate::text::one_of(p, "平人"),
        Some('等') => crate::text::one_of(p, "平同相对中高初优"),
        _ => false,
    }
}

/// Drops enumerations ending in 等 from the words before a number (《甲》、《乙》等1个…,
/// 组织应急管理局、消防救援大队等部门开展火灾扑救、地震疏散等应急演练8次): the listed items
/// are examples, the words around them say what is counted. Returns the kept ranges.
fn drop_enumerations(text: &str, a: usize, b: usize) -> Vec<(usize, usize)> {
    let mut kept = Vec::new();
    let mut from = a;
    let mut search = a;
    while let Some(rel) = text[search..b].find('等') {
        let deng = search + rel;
        let (item_start, _) = enumeration_start(text, from, deng);
        if item_start < deng {
            kept.push((from, item_start));
            from = deng + '等'.len_utf8();
        }
        search = deng + '等'.len_utf8();
    }
    kept.push((from, b));
    kept.retain(|&(x, y)| x < y);
    kept
}

/// Start of a 、-list that ends at `deng` (the 等), or `deng` itself when there is no list.
fn enumeration_start(text: &str, from: usize, deng: usize) -> (usize, usize) {
    let body = &text[from..deng];
    let Some(first_sep) = body.find('、') else {
        return (deng, deng);
    };
    // Start of the first item: a book title, or the few characters after a verb or particle.
    let head = &body[..first_sep];
    const LEAD_VERBS: &[&str] = &[
        "组织", "联合", "会同", "包括", "涵盖", "协调", "督促", "指导", "推动", "开展", "围绕",
        "聚焦", "针对", "涉及", "覆盖", "共有", "拥有", "建成", "完成", "实现", "整合",
    ];
    let verb_end = LEAD_VERBS
        .iter()
        .filter_map(|v| head.rfind(v).map(|i| i + v.len()))
        .filter(|&e| head[e..].chars().count() <= 10)
        .max();
    let item_start = if head.ends_with('》') {
        head.rfind('《').unwrap_or(0)
    } else if let Some(e) = verb_end {
        e
    } else {
        head.char_indices()
            .rev()
            .take(8)
            .find(|&(_, c)| crate::text::one_of(c, "的对将把了如及与和在为有“”"))
            .map_or_else(
                || head.char_indices().rev().nth(3).map_or(0, |(i, _)| i),
                |(i, c)| i + c.len_utf8(),
            )
    };
    (from + item_start, deng)
}

#[cfg(test)]
mod tests {
    use super::*;

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
            "全市单位（部门）"
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
}
