//! Sentence context for labels that do not say on their own what they count.
//!
//! A bare verb (办结), a bare change (同比下降) or who took part (参加人数) gets the subject of a
//! figure before it in the same sentence, in brackets; a short verb that repeats the end of the
//! clause before it (开展…抽查，共抽查113户) is counted for what that clause names.

use super::clause::Parts;
use super::reading::Reading;
use crate::lexicon::data::{change, label};
use crate::metrics::judge::Found;
use crate::metrics::Extracted;
use crate::model::MetricKind;

/// 开展个体工商户信用分类“双随机、一公开”抽查，共抽查113户: a count whose only words are a
/// short verb that ends the clause before it is counted for what that clause names.
pub(super) fn clause_before_repeated_verb(
    r: &Reading<'_>,
    parts: &Parts,
) -> Option<(usize, usize)> {
    let text = r.text;
    let [(a, b)] = parts.pre[..] else {
        return None;
    };
    if parts.post.is_some() || parts.topic.is_some() || text[a..b].chars().count() > 3 {
        return None;
    }
    // The whole clause, with no figure of its own.
    let (start, end) = r.clause_before()?;
    let before = &text[start..end];
    let verb = &text[a..b];
    if !before.ends_with(verb) {
        // 组织…全体人员开展习近平法治思想专题集中学习，全年累计开展20余次: the verb inside the
        // clause before, with its object to the clause's end, is what was done this often.
        let at = crate::text::rfind_str(before, verb).filter(|&i| {
            verb.chars().count() >= 2
                && i > 0
                && before[i + verb.len()..].chars().count() >= 2
                && crate::lexicon::segment::is_word_at(text, start + i, verb)
        })?;
        let keep = text[start + at..end]
            .char_indices()
            .nth(24)
            .map_or(end, |(i, _)| start + at + i);
        return Some((start + at, keep));
    }
    if before.chars().count() < verb.chars().count() + 2 {
        return None;
    }
    let lead = label::CLAUSE_LEADS
        .iter()
        .find(|w| before.starts_with(**w))
        .map_or(0, |w| w.len());
    let from = start + lead;
    // At most 24 characters, the end kept: it names the action.
    let keep = text[from..end]
        .char_indices()
        .rev()
        .nth(23)
        .map_or(from, |(i, _)| from + i);
    Some((keep, end))
}

/// The label with what its sentence adds: the rate a changed-to figure is the new level of
/// (优秀率由62%提高到78.5%), the subject of a target (超过93%的目标) or of a bare change
/// (较上年提高2.1个百分点), or the first figure of the sentence for a bare verb (办结).
/// `subjectless`: [`needs_subject`] of `label`, which the caller has already asked; `simple`:
/// whether `label` is in simplified characters (the second answer of [`needs_subject`]).
/// None: the label stays as it is (most labels).
pub(super) fn with_context(
    text: &str,
    out: &Extracted,
    f: &Found,
    label: &str,
    (subjectless, simple): (bool, bool),
) -> Option<String> {
    // (The same unit whatever its magnitude: 由8300万增加到1亿3千多万.)
    fn bare_unit(u: Option<&str>) -> Option<&str> {
        u.map(|u| u.trim_start_matches(['万', '亿']))
    }
    let changed_to = out
        .metrics
        .last()
        .is_some_and(|m| bare_unit(m.unit.as_deref()) == bare_unit(f.unit.as_deref()))
        && out
            .positions
            .last()
            .is_some_and(|&(_, end)| end <= f.start && is_change_to(&text[end..f.start]));
    if changed_to {
        // 优秀率由62%提高到78.5%: the second figure is the same rate's new level.
        return out.metrics.last().map(|m| m.label.clone());
    }
    if let Some(noun) = f.target_of {
        // 全程电子化率99%，超过93%的目标: the 93% is the 全程电子化率's target.
        let subject = out
            .metrics
            .last()
            .map_or(String::new(), |m| m.label.clone());
        return Some(super::joined(&[&subject, noun]));
    }
    if let Some(share) = share_of_whole(text, out, f, label) {
        return Some(share);
    }
    if let Some(subject) = subject_of_change(text, out, f, subjectless) {
        // 办结率达98.6%，较上年提高2.1个百分点: the points are the 办结率's.
        return Some(super::joined(&[label, "（", &subject, "）"]));
    }
    // 聘请学校法治副校长91人，配备率100%: a bare rate is of the thing counted just before it.
    if let Some(thing) = super::rate::thing_of_bare_rate(text, out, f, label) {
        return Some(super::joined(&["（", &thing, "）", label]));
    }
    // A rate names what it measures (败诉率, 调结率): the sentence adds nothing a reader writes.
    if label.ends_with('率') {
        return None;
    }
    // Only a label that is empty, short or bare takes context: the sentence is read for no other
    // (reading it costs a scan per earlier figure of the sentence). The word lists read the
    // label in simplified characters, made once for both tests.
    let plain = if simple {
        std::borrow::Cow::Borrowed(label)
    } else {
        simplified(label)
    };
    let bare = bare_action_words(&plain);
    let changed = !subjectless && short_change_words(&plain);
    // (Only compared with SHORT_LABEL_CHARS and MAX_FRAMED_LABEL_CHARS, the larger: counted up
    // to one past it, not through the whole label.)
    const _: () = assert!(SHORT_LABEL_CHARS <= MAX_FRAMED_LABEL_CHARS);
    let cjk = label
        .chars()
        .filter(|c| crate::text::is_cjk(*c))
        .take(MAX_FRAMED_LABEL_CHARS + 1)
        .count();
    let takes_context =
        label.is_empty() || subjectless || changed || bare || cjk <= SHORT_LABEL_CHARS;
    if let Some(vote) = vote_context(text, out, f, label) {
        return Some(vote);
    }
    if let Some(subject) = (cjk <= MAX_FRAMED_LABEL_CHARS)
        .then(|| comparison_subject(text, f.start))
        .flatten()
    {
        // 各镇(街道)职责事项与自治区指导目录相比，平均删减29条，删减比例20%.
        return Some(super::joined(&[&subject, label]));
    }
    if !takes_context {
        return None;
    }
    if let Some(rate) = bare
        .then(|| rate_of_action(text, out, f.start, &plain))
        .flatten()
    {
        return Some(super::joined(&[label, "（", &rate, "）"]));
    }
    // 收到法院判决书41份，…，协助执行通知书3份，律师函1份: a short label that names a thing of its
    // own (not only what was done to one) is the next item of a list of parallel parts; the item
    // before it is its sibling, not what it counts.
    if !(bare || subjectless || changed || label.is_empty() || label::LIST_VERBS.contains(&label))
        && parallel_item(text, out, f)
    {
        return None;
    }
    // 其中30年7643人: a part named only by a figure of its own.
    let figure_only = label.starts_with(|c: char| c.is_ascii_digit());
    match sentence_context(
        text,
        out,
        f.start,
        is_participants(label),
        bare,
        changed,
        figure_only,
    ) {
        Some(context) if label.is_empty() => Some(context),
        Some(context) => Some(super::joined(&[label, "（", &context, "）"])),
        None => None,
    }
}

/// A share named with its whole: 行政处罚类案件占受理总数的37.5% → 行政处罚类案件占受理总数比例;
/// with no subject of its own (…45件，占受理总数的37.5%) the share is of the figure one comma
/// before it.
fn share_of_whole(text: &str, out: &Extracted, f: &Found, label: &str) -> Option<String> {
    if f.kind != MetricKind::Percent {
        return None;
    }
    let at = label.find('占')?;
    let (subject, whole) = label.split_at(at);
    let whole = whole.trim_end_matches('的');
    // …予以公开及部分公开10538件，占30.61%: a bare 占 names no whole; the share is the part's
    // (the figure one comma before), written as the seeds write it (…占比).
    let bare = whole == "占" && subject.is_empty();
    if whole.chars().count() < 2 && !bare {
        return None;
    }
    let subject = if subject.is_empty() {
        let k = out.metrics.len().checked_sub(1)?;
        let (_, end) = out.positions[k];
        let between = text.get(end..f.start)?;
        let one_clause_back =
            !between.contains(['。', '；', ';', '\n']) && between.matches(['，', ',']).count() <= 1;
        (one_clause_back && !out.base_label(k).is_empty()).then(|| out.base_label(k).to_string())?
    } else {
        subject.to_string()
    };
    let named = label::SHARE_NOUNS.iter().any(|w| whole.ends_with(w));
    let noun = if bare {
        "比"
    } else if named {
        ""
    } else {
        "比例"
    };
    Some(super::joined(&[&subject, whole, noun]))
}

/// What a bare change (同比增长12.3%, 较2023年减少20%, 较上年提高2.1个百分点) is about: the
/// figure right before it, one comma back in the same sentence. Points change a percentage.
/// `subjectless`: [`needs_subject`] of the figure's label.
fn subject_of_change(text: &str, out: &Extracted, f: &Found, subjectless: bool) -> Option<String> {
    if f.kind != MetricKind::Change || !subjectless {
        return None;
    }
    let mut k = out.metrics.len().checked_sub(1)?;
    // 本年降水量542.0mm，比历年平均值468.4mm偏多73.6mm: the figure right before is what it
    // is compared with; the change is of the one before that, in the same unit.
    if k > 0 && out.base_label(k).starts_with(['比', '较']) && out.metrics[k - 1].unit == f.unit {
        k -= 1;
    }
    let (_, end) = out.positions[k];
    let between = text.get(end..f.start)?;
    let one_clause_back = !between.contains(['。', '；', ';', '\n']) && {
        // 地区生产总值802.81亿元，按可比价格计算，比上年同期增长28.6%: a short aside between.
        let commas = between.matches(['，', ',']).count();
        commas <= 1
            || commas == 2 && between.chars().filter(|c| crate::text::is_cjk(*c)).count() <= 10
    };
    let points = matches!(f.unit.as_deref(), Some("个百分点" | "百分点"));
    // 发电量…同比增长3.7%，增速放缓，较上年降低1个百分点: points after a bare change in the same
    // sentence change that growth rate, and take the subject the change before was given.
    // (`subjectless[k]` is `needs_subject` of that base label.)
    if points && out.metrics[k].kind == MetricKind::Change && out.subjectless[k] {
        let same_sentence = !between.contains(['。', '；', ';', '\n']);
        let inherited = out.metrics[k]
            .label
            .strip_prefix(out.base_label(k))
            .and_then(|r| r.strip_prefix('（'))
            .and_then(|r| r.strip_suffix('）'))
            .filter(|s| !s.is_empty());
        return inherited.filter(|_| same_sentence).map(str::to_string);
    }
    // 规模以上工业企业增加值同比增长10.2%，高出全市4.2个百分点: points right after a growth rate
    // that names its own subject compare that rate with the place's: its words without the
    // change are the subject (规模以上工业企业增加值).
    if points && out.metrics[k].kind == MetricKind::Change && one_clause_back {
        return growth_subject(out.base_label(k));
    }
    let fits = match out.metrics[k].kind {
        MetricKind::Percent => true,
        MetricKind::Change => false,
        _ => !points,
    };
    if !(one_clause_back && fits && !out.base_label(k).is_empty()) {
        return None;
    }
    // A figure named only by what was done (同口径完成3.67亿元，增幅6.1%) passes on the thing its
    // own context named (地方一般公共预算收入) to its growth rate; points change a share of
    // that figure itself (结果维持461件，较上年提升5个百分点).
    let base = out.base_label(k);
    let context = out.metrics[k]
        .label
        .strip_prefix(base)
        .and_then(|r| r.strip_prefix('（'))
        .and_then(|r| r.strip_suffix('）'))
        .filter(|c| !c.is_empty() && !points && is_bare_action(base));
    Some(context.unwrap_or(base).to_string())
}

/// What a growth rate's label (规模以上工业企业增加值同比增长, 固定资产投资增长) is the growth of:
/// the words before its change word and comparison, when at least two remain.
fn growth_subject(label: &str) -> Option<String> {
    let plain = simplified(label);
    let change = change::ANY_UNIT
        .iter()
        .filter(|w| plain.ends_with(**w))
        .max_by_key(|w| w.len())?;
    let head = &plain[..plain.len() - change.len()];
    let head = label::COMPARISONS
        .iter()
        .find_map(|c| head.strip_suffix(c))
        .unwrap_or(head);
    // The same byte length in the label as written (a traditional character and its simplified
    // form are both three bytes).
    let subject = label.get(..head.len())?;
    (subject.chars().count() >= 2 && !subject.contains('（')).then(|| subject.to_string())
}

/// The label of the first metric of the sentence holding `pos`, when the number at `pos` is a
/// further figure about the same thing (受理行政复议案件463件，办结403件 → 办结 is about the
/// 行政复议案件). Not inside a 其中 breakdown, whose parts are named on their own.
/// `events`: the figure counts people taking part, so an event count (20场次 of training) is
/// preferred as its context over any nearer figure. `topic`: the figure changes an attribute
/// of what the sentence is about (全国共有乡镇卫生院33753个，床位…，与上年比较，床位增加4.9万张),
/// so the sentence's first such figure is its context, not the nearest.
///
/// Two figures after a 其中 take the figure before the 其中 as their context: a part named only
/// by a figure of its own (`figure_only`: 办理教师教龄荣誉证书共8235人，其中30年7643人), and
/// one after the breakdown has closed ([`breakdown_closed`]: …申请11件，其中…9件、…2件，全部属
/// 自然人申请件，按时办结11件).
#[allow(clippy::too_many_arguments)]
fn sentence_context(
    text: &str,
    out: &Extracted,
    pos: usize,
    events: bool,
    bare: bool,
    topic: bool,
    figure_only: bool,
) -> Option<String> {
    let floor = pos - crate::text::window(text, pos.saturating_sub(MAX_LOOKBACK), pos).len();
    let sentence = sentence_start(text, floor, pos);
    // The nearest earlier metric of the sentence that names what it counts.
    // A label that already carries its own context in brackets is not context for others, nor
    // is a figure of an aside that closed before this one (85件(通过网上申请8件),受理70件).
    let names_it = |k: usize| {
        matches!(out.metrics[k].kind, MetricKind::Count | MetricKind::Money)
            && out.base_label(k).chars().count() > SHORT_LABEL_CHARS
            && !out.subjectless[k]
            && !out.base_label(k).contains('（')
            && !is_bare_action(out.base_label(k))
            && !in_closed_aside(text, out.positions[k].1, pos)
    };
    let is_event = |k: usize| {
        out.metrics[k]
            .unit
            .as_deref()
            .is_some_and(|u| label::EVENT_UNITS.contains(&u))
    };
    let in_sentence = || {
        (0..out.positions.len())
            .rev()
            .take_while(|&k| out.positions[k].0 >= sentence)
    };
    // A label that is only what was done (现已审结, 其中纠错) may take the thing of the sentence
    // before when its own sentence names none (收到行政复议申请85件…。现已审结67件).
    let previous_sentence = || {
        // Only across a full stop: items of a ；-list are about different things
        // (…减负超3000亿元；完成17支“4+1”专项基金组建).
        let before = text[..sentence]
            .char_indices()
            .next_back()
            .filter(|&(_, c)| c == '。')
            .map(|(i, _)| i)
            .filter(|&b| b > floor)?;
        let from = sentence_start(text, floor, before);
        (0..out.positions.len())
            .rev()
            .skip_while(|&k| out.positions[k].0 >= sentence)
            .take_while(|&k| out.positions[k].0 >= from)
            .find(|&k| names_it(k))
    };
    // The 其中 of the sentence before the figure, and whether the figure still counts a part.
    let qizhong = super::has_qizhong(&text[sentence..pos])
        .then(|| text[sentence..pos].rfind("其中"))
        .flatten()
        .map(|q| sentence + q);
    if let Some(q) = qizhong {
        if !(figure_only || breakdown_closed(&text[q..pos])) {
            return None;
        }
        let k = in_sentence()
            .skip_while(|&k| out.positions[k].1 > q)
            .find(|&k| names_it(k))?;
        let thing = counted_noun(the_thing(out.base_label(k)));
        return (2..=MAX_CONTEXT_CHARS)
            .contains(&thing.chars().count())
            .then(|| thing.to_string());
    }
    let first = events
        .then(|| in_sentence().find(|&k| names_it(k) && is_event(k)))
        .flatten()
        .or_else(|| {
            topic
                .then(|| in_sentence().filter(|&k| names_it(k)).last())
                .flatten()
        })
        .or_else(|| in_sentence().find(|&k| names_it(k)))
        .or_else(|| bare.then(previous_sentence).flatten())?;
    // Parts of a breakdown (其中…, or a list 严管32人、普管46人) are named on their own, even
    // when only by a verb (其中维持93件: the hand-checked readings keep 维持); a 其中 was
    // answered above.
    let last_end = out.positions.last().map_or(pos, |p| p.1);
    let listed = text[last_end..pos].contains('、');
    if listed {
        // 动态调整…行政权力事项，新增25项、取消28项、变更25项: a bare item after one that took
        // the sentence's thing is about the same thing.
        return list_context(out);
    }
    let label = out.base_label(first);
    if label.contains('（') {
        return None;
    }
    let thing = counted_noun(the_thing(label));
    let n = thing.chars().count();
    (label.chars().count() > SHORT_LABEL_CHARS && (2..=MAX_CONTEXT_CHARS).contains(&n))
        .then(|| thing.to_string())
}

/// Whether the figure `f` is the next item of a list of parallel parts after the last metric: the
/// same unit, one clause or 、-item back in the same sentence, and that metric's label names a
/// thing with no action on it (协助执行通知书, 继续有效: [`the_thing`] is the label whole), so it is
/// a sibling of the figure, not the thing the figure's words are about (受理行政复议案件463件，
/// 办结403件).
fn parallel_item(text: &str, out: &Extracted, f: &Found) -> bool {
    let Some(k) = out.metrics.len().checked_sub(1) else {
        return false;
    };
    let (_, end) = out.positions[k];
    let Some(between) = text.get(end..f.start) else {
        return false;
    };
    // (Not the figure of an aside that closed before this one: 申请1261件(含…结转申请74件),答复1181件.)
    out.metrics[k].unit == f.unit
        && !between.contains(['。', '；', ';', '\n', ')', '）'])
        && between.matches(['，', ',', '、']).count() == 1
        && {
            let base = out.base_label(k);
            !base.is_empty() && the_thing(base) == base
        }
}

/// Whether a 其中 breakdown (`from` 其中 to the figure) has closed before the figure: a clause
/// with no figure follows one of its figures (其中通过政府网站申请9件、邮寄申请2件，全部属自然人
/// 申请件，按时办结11件). The 其中 clause itself may be figureless (其中，维持93件).
fn breakdown_closed(from: &str) -> bool {
    let mut clauses = from.split(['，', ',']);
    let Some(first) = clauses.next() else {
        return false;
    };
    let mut figure_seen = has_figure(first);
    let mut clauses = clauses.peekable();
    while let Some(clause) = clauses.next() {
        // The last piece is the figure's own clause.
        if clauses.peek().is_none() {
            break;
        }
        let figure = has_figure(clause);
        if !figure && figure_seen {
            return true;
        }
        figure_seen |= figure;
    }
    false
}

/// Whether a clause writes a figure, in digits or Chinese numerals.
fn has_figure(clause: &str) -> bool {
    clause.chars().any(|c| {
        c.is_ascii_digit() || ('０'..='９').contains(&c) || crate::text::is_chinese_digit(c)
    })
}

/// 县人大常委会专题审议县政府关于法治政府建设工作,满意 25 票,基本满意 3 票: a vote count named
/// only by its choice (满意, 基本满意) is a vote on what the sentence's first clause says, when
/// that clause holds no figure: 满意票（县人大常委会专题审议…工作）.
fn vote_context(text: &str, out: &Extracted, f: &Found, label: &str) -> Option<String> {
    let unit = f
        .unit
        .as_deref()
        .filter(|u| label::VOTE_UNITS.contains(u))?;
    let n = label.chars().count();
    if !(1..=MAX_CHOICE_CHARS).contains(&n) {
        return None;
    }
    let floor =
        f.start - crate::text::window(text, f.start.saturating_sub(MAX_LOOKBACK), f.start).len();
    let sentence = sentence_start(text, floor, f.start);
    let end = sentence + text[sentence..f.start].find(['，', ','])?;
    let figure_in_it = out
        .positions
        .iter()
        .rev()
        .any(|&(a, _)| a >= sentence && a < end);
    let clause = crate::text::trim(&text[sentence..end]);
    let chars = clause.chars().count();
    (!figure_in_it && (4..=MAX_CONTEXT_CHARS).contains(&chars))
        .then(|| super::joined(&[label, unit, "（", clause, "）"]))
}

/// A vote's choice (满意, 基本满意, 不满意) is at most this long.
const MAX_CHOICE_CHARS: usize = 4;

/// 政务服务事项网上可办率94.3%，办理1.3万件: a bare action (`plain`, simplified) right after a
/// rate of the same action, one comma back, counts the things that rate measures — not those of
/// an earlier count of the sentence (…事项清单4期50个主题). The rate's words without its rate
/// noun are the context (政务服务事项网上可办). Same action: the verb's first character is in the
/// rate's words (办 in 可办率, 办结率).
fn rate_of_action(text: &str, out: &Extracted, pos: usize, plain: &str) -> Option<String> {
    let k = out.metrics.len().checked_sub(1)?;
    if out.metrics[k].kind != MetricKind::Percent || out.subjectless[k] {
        return None;
    }
    let between = text.get(out.positions[k].1..pos)?;
    if between.contains(['。', '；', ';', '\n', '、']) || between.matches(['，', ',']).count() > 1
    {
        return None;
    }
    let rate = out.base_label(k);
    let words = label::RATE_NOUNS
        .iter()
        .find_map(|w| rate.strip_suffix(w))
        .filter(|w| w.chars().count() >= 2)?;
    let verb = plain.chars().next()?;
    simplified(words).contains(verb).then(|| words.to_string())
}

/// The context the previous figure of a 、-list took in brackets, when its own words were as
/// bare (新增（动态调整部门部分行政权力事项）): the next bare item of the list shares it. A list
/// whose items name themselves (严管32人、普管46人) took none, and its items stay as they are.
fn list_context(out: &Extracted) -> Option<String> {
    let k = out.metrics.len().checked_sub(1)?;
    let base = out.base_label(k);
    let context = out.metrics[k]
        .label
        .strip_prefix(base)?
        .strip_prefix('（')?
        .strip_suffix('）')?;
    (base.chars().count() <= SHORT_LABEL_CHARS && !context.is_empty()).then(|| context.to_string())
}

/// What the figures after a comparison frame are about: 全区各镇(街道)职责事项与自治区指导目录相比，
/// 平均删减29条，删减比例20% → 全区各镇(街道)职责事项, the words before the last 与 of a clause of
/// the same sentence that ends in 相比 (`comparison_frames` and `comparison_with` of
/// `lexicon/label.toml`), when every clause between it and the figure holds a figure (the
/// frame's list of results). A frame with no subject (与上年相比) gives none: such a change is
/// about the figure before it.
fn comparison_subject(text: &str, pos: usize) -> Option<String> {
    let near = crate::text::window(text, pos.saturating_sub(MAX_FRAME_BYTES), pos);
    // Most figures have no 比 or 较 before them: two byte searches answer for them. (Tried: one
    // search for either character's last byte, each hit checked — the bytes end about one
    // character in thirty, and the hits cost more than the second search.)
    static BI: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    static JIAO: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    let bi = BI.get_or_init(|| memchr::memmem::Finder::new("比"));
    let jiao = JIAO.get_or_init(|| memchr::memmem::Finder::new("较"));
    if bi.find(near.as_bytes()).is_none() && jiao.find(near.as_bytes()).is_none() {
        return None;
    }
    let floor = pos - near.len();
    let after = |i: usize| i + text[i..].chars().next().map_or(1, char::len_utf8);
    // The figure's own clause starts after a comma; each clause before it is read, nearest first.
    let mut end = floor + text[floor..pos].rfind(super::is_boundary)?;
    for _ in 0..MAX_FRAME_CLAUSES {
        if !text[end..].starts_with(['，', ',']) {
            return None;
        }
        let from = text[floor..end]
            .rfind(super::is_boundary)
            .map(|p| floor + p);
        let start = match from {
            Some(p) => after(p),
            // A clause cut by the window would give half a subject.
            None if floor == 0 => 0,
            None => return None,
        };
        let clause = &text[start..end];
        if let Some(frame) = label::COMPARISON_FRAMES
            .iter()
            .find_map(|w| clause.strip_suffix(w))
        {
            let at = label::COMPARISON_WITH
                .iter()
                .filter_map(|w| frame.rfind(w))
                .max()?;
            let subject = crate::text::trim(&frame[..at]);
            let cjk = subject.chars().filter(|c| crate::text::is_cjk(*c)).count();
            return (2..=MAX_CONTEXT_CHARS)
                .contains(&cjk)
                .then(|| subject.to_string());
        }
        if !clause.bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        end = from?;
    }
    None
}

/// How far back (bytes) a comparison frame is looked for ([`comparison_subject`]): three
/// clauses of a report's length.
const MAX_FRAME_BYTES: usize = 240;

/// How many clauses back a comparison frame is looked for ([`comparison_subject`]).
const MAX_FRAME_CLAUSES: usize = 3;

/// The longest label (CJK characters) that takes a comparison frame's subject: a longer one
/// (行政许可事项删减比例) names its own.
const MAX_FRAMED_LABEL_CHARS: usize = 6;

/// Start of the sentence holding `pos` (after the last 。；; or line break), not before `floor`.
pub(super) fn sentence_start(text: &str, floor: usize, pos: usize) -> usize {
    text[floor..pos]
        .rfind(['。', '；', ';', '\n'])
        .map_or(floor, |p| {
            floor + p + text[floor + p..].chars().next().map_or(1, char::len_utf8)
        })
}

/// Whether a bracketed aside holding the figure that ends at `end` closes before `pos`.
fn in_closed_aside(text: &str, end: usize, pos: usize) -> bool {
    let between = &text[end..pos];
    match between.find([')', '）']) {
        Some(close) => !between[..close].contains(['(', '（']),
        None => false,
    }
}

/// A thing named with a long 的-clause (以市政府、部门、乡镇(街道)为被告的行政诉讼案件): as
/// context for another figure only the counted noun after the last 的 is said (行政诉讼案件).
pub(super) fn counted_noun(thing: &str) -> &str {
    if thing.chars().count() <= LONG_THING_CHARS {
        return thing;
    }
    match thing.rfind('的') {
        Some(i) if thing[i + '的'.len_utf8()..].chars().count() >= 2 => {
            &thing[i + '的'.len_utf8()..]
        }
        _ => thing,
    }
}

/// A label that is only what was done to the things counted (受理, 经审查后受理, 现已审结, 不予
/// 受理, 其中纠错): adverbs, then nothing but action and outcome verbs (`lexicon/label.toml`).
pub(super) fn is_bare_action(label: &str) -> bool {
    bare_action_words(&simplified(label))
}

/// The last characters of `actions` and `outcomes` (`lexicon/label.toml`), derived from the
/// lists: a bare action ends with one of their verbs, and most labels end with a noun.
static ACTION_LASTS: crate::text::CjkSet = crate::text::CjkSet::last_chars(label::ACTIONS);
static OUTCOME_LASTS: crate::text::CjkSet = crate::text::CjkSet::last_chars(label::OUTCOMES);

/// [`is_bare_action`] of a label already in simplified characters.
fn bare_action_words(label: &str) -> bool {
    bare_action_words_with(label, true)
}

/// [`bare_action_words`]; `pretest`: answer from the label's last character when no verb of the
/// lists ends with it (the words are read only for a label that may end with a verb).
fn bare_action_words_with(label: &str, pretest: bool) -> bool {
    use crate::lexicon::data::label::{ACTIONS, ACTION_ADVERBS, OUTCOMES};
    if pretest
        && !label
            .chars()
            .next_back()
            .is_some_and(|c| ACTION_LASTS.contains(c) || OUTCOME_LASTS.contains(c))
    {
        return false;
    }
    use crate::lexicon::words::ByFirst;
    use std::sync::OnceLock;
    // Indexed by first character: this is asked of every label and of the labels before it.
    static ADVERBS: OnceLock<ByFirst> = OnceLock::new();
    static VERBS: OnceLock<ByFirst> = OnceLock::new();
    let adverbs = ADVERBS.get_or_init(|| ByFirst::new(&[ACTION_ADVERBS]));
    let verbs = VERBS.get_or_init(|| ByFirst::new(&[ACTIONS, OUTCOMES]));
    let mut rest = label;
    while let Some(a) = adverbs.first_prefix(rest) {
        rest = &rest[a.len()..];
    }
    if rest.is_empty() {
        return false;
    }
    while !rest.is_empty() {
        // The longest verb at this place (不予受理 over 受理).
        match verbs.longest_prefix(rest) {
            Some(v) => rest = &rest[v.len()..],
            None => return false,
        }
    }
    true
}

/// What an earlier figure's label names, without the action on it: 受理行政复议案件 →
/// 行政复议案件, 我县组织行政执法人员资格考试 → 行政执法人员资格考试. As context for another
/// figure (办结（行政复议案件）) only the thing matters. The first action verb and those right
/// after it are left out (组织开展|人民调解业务培训班: the later 调解 is part of the thing); the
/// label stays whole when none is found or fewer than two characters would follow.
pub(super) fn the_thing(label: &str) -> &str {
    let actions = crate::lexicon::data::label::ACTIONS;
    // The earliest action verb (the shorter of two starting together), found in one pass.
    static VERBS: std::sync::OnceLock<crate::lexicon::words::Words> = std::sync::OnceLock::new();
    let verbs = VERBS.get_or_init(|| crate::lexicon::words::Words::new(actions));
    let Some(mut end) = verbs
        .find_all(label)
        .map(|h| (h.start, h.end))
        .min()
        .map(|(_, end)| end)
    else {
        return label;
    };
    while let Some(v) = actions
        .iter()
        .find(|v| crate::text::starts_with_str(&label[end..], v))
    {
        end += v.len();
    }
    let rest = &label[end..];
    if rest.chars().filter(|c| crate::text::is_cjk(*c)).count() >= 2 {
        rest
    } else {
        label
    }
}

/// The words between the two figures of 由A提高到B / 从A降至B: a change verb and 到/至. The
/// change verbs are data: `to_level` of `lexicon/change.toml`.
fn is_change_to(between: &str) -> bool {
    let s = crate::text::trim(between);
    let Some(verb) = s
        .strip_suffix('到')
        .or_else(|| s.strip_suffix('至'))
        .or_else(|| s.strip_suffix("为"))
    else {
        return false;
    };
    change::TO_LEVEL.contains(&verb)
}

/// Labels that name a change or an average without saying of what (同比下降, 平均每乡镇): they
/// take the subject from the figure they follow. A bare change is a word of `any_unit` in
/// `lexicon/change.toml`.
///
/// Also says (second) whether `label` is already in simplified characters, as most are:
/// [`with_context`] reads the label in them too, and need not look at every character again.
pub(super) fn needs_subject(label: &str) -> (bool, bool) {
    let plain = simplified(label);
    let simple = matches!(plain, std::borrow::Cow::Borrowed(_));
    (subject_words(&plain), simple)
}

/// [`needs_subject`] of a label already in simplified characters.
fn subject_words(label: &str) -> bool {
    let bare = trim_start_str(label, "同比");
    // 较2023年减少, 比2022年同期增长, 比上年同期增长, 较去年下降: a comparison with a named year
    // or with what `targets` of change.toml name.
    let bare = bare
        .strip_prefix('较')
        .or_else(|| bare.strip_prefix('比'))
        .and_then(|r| {
            let year = r.trim_start_matches(|c: char| c.is_ascii_digit());
            let after_year = (year.len() < r.len())
                .then(|| year.strip_prefix('年'))
                .flatten();
            after_year.or_else(|| change::TARGETS.iter().find_map(|t| r.strip_prefix(t)))
        })
        .map_or(bare, |r| trim_start_str(r, "同期"));
    // Who took part says nothing of in what (参加人数2400余人次 after 执法业务培训20余场次).
    let short_lead =
        (label.starts_with("平均") || label.starts_with('每') || is_participants(label))
            && label.chars().count() <= 6;
    // Longer words left than any change word with a target, or any rate of change: no list
    // needs reading (most labels).
    if short_lead || bare.len() > MAX_BARE_CHANGE {
        return short_lead;
    }
    // 高出全省, 低于全国平均水平: the comparison's target after the change word. (Byte loops
    // for the lists' compares: every short label is asked, and `strip_suffix`/`contains` call
    // `memcmp` for each word of the same length, ≈ 9 calls a label.)
    use crate::text::{is_one_of, strip_suffix_str};
    let bare = change::TARGETS
        .iter()
        .find_map(|t| strip_suffix_str(bare, t).filter(|h| is_one_of(h, change::ANY_UNIT)))
        .unwrap_or(bare);
    is_one_of(bare, change::ANY_UNIT)
        || is_one_of(bare, crate::lexicon::data::label::RATES_OF_CHANGE)
}

/// The longest words [`subject_words`] can match after its leading comparison: a change word
/// with its target (低于全国平均水平), or a rate of change.
const MAX_BARE_CHANGE: usize = {
    use crate::lexicon::words::longest;
    let with_target = longest(change::ANY_UNIT) + longest(change::TARGETS);
    let rate = longest(crate::lexicon::data::label::RATES_OF_CHANGE);
    if with_target > rate {
        with_target
    } else {
        rate
    }
};

/// A short noun and a change word (床位增加, 人员减少): what changed is named too briefly to
/// stand alone, so the sentence's first figure says of what (乡镇卫生院).
/// `label` is in simplified characters and not [`needs_subject`] (a comparison with no subject,
/// 较上年提升, is a bare change).
fn short_change_words(label: &str) -> bool {
    // A head of at most three CJK characters (three bytes each) and a change word: a longer
    // label is none (most labels).
    label.len() <= 3 * SHORT_LABEL_CHARS + crate::lexicon::words::longest(change::ANY_UNIT)
        && change::ANY_UNIT.iter().any(|w| {
            crate::text::strip_suffix_str(label, w).is_some_and(|head| {
                let n = head.chars().count();
                n > 0 && n <= SHORT_LABEL_CHARS && head.chars().all(crate::text::is_cjk)
            })
        })
}

/// A label in simplified characters for the word lists (比上年增長 → 比上年增长): labels are cut
/// from the input as written, and a traditional-character report's would match none of them.
/// Borrowed when nothing changes (most labels).
pub(super) fn simplified(label: &str) -> std::borrow::Cow<'_, str> {
    use crate::lexicon::trad::to_simplified;
    if !crate::lexicon::trad::has_traditional(label) {
        return std::borrow::Cow::Borrowed(label);
    }
    std::borrow::Cow::Owned(
        label
            .chars()
            .map(|c| to_simplified(c).unwrap_or(c))
            .collect(),
    )
}

/// `s.trim_start_matches(word)` without setting up a substring searcher for each call.
fn trim_start_str<'a>(mut s: &'a str, word: &str) -> &'a str {
    while let Some(rest) = s.strip_prefix(word) {
        s = rest;
    }
    s
}

/// Who took part says nothing of in what (参加人数2400余人次 after 执法业务培训20余场次).
fn is_participants(label: &str) -> bool {
    [
        "参加",
        "参训",
        "参与",
        "参会",
        "受教育",
        "受益",
        "培训学员",
        "学员",
    ]
    .iter()
    .any(|w| crate::text::starts_with_str(label, w))
}

/// Labels this short get the sentence's first metric as context.
const SHORT_LABEL_CHARS: usize = 3;

const MAX_CONTEXT_CHARS: usize = 24;

/// A thing longer than this, said as context, keeps only its counted noun after 的.
const LONG_THING_CHARS: usize = 12;

/// Start of the line holding `pos`; a label never reaches further back than this.
pub(super) fn line_start(text: &str, pos: usize) -> usize {
    crate::text::line_start_within(text, pos, MAX_LOOKBACK)
}

/// How far back (bytes) label and sentence scans look: a few hundred characters, far more than
/// a clause, so huge single-line inputs stay linear.
pub(super) const MAX_LOOKBACK: usize = 600;

#[cfg(test)]
mod tests {
    /// The last-character pretest answers as the words read: for every stretch of one to eight
    /// characters ending at each character of the seeds, every word of the lists and adverbs
    /// before verbs; and the derived sets hold exactly the lists' last characters.
    #[test]
    fn the_bare_action_pretest_is_the_words_read() {
        use crate::lexicon::data::label::{ACTIONS, ACTION_ADVERBS, OUTCOMES};
        for c in (0..=0xFFFF).filter_map(char::from_u32) {
            let ends = |words: &[&str]| words.iter().any(|w| w.ends_with(c));
            assert_eq!(super::ACTION_LASTS.contains(c), ends(ACTIONS), "{c:?}");
            assert_eq!(super::OUTCOME_LASTS.contains(c), ends(OUTCOMES), "{c:?}");
        }
        let mut labels: Vec<String> = Vec::new();
        for w in ACTIONS.iter().chain(OUTCOMES).chain(ACTION_ADVERBS) {
            labels.push(w.to_string());
            labels.push(format!("{}{w}", ACTION_ADVERBS[0]));
            labels.push(format!("{w}{}", ACTIONS[0]));
        }
        let mut bare = 0;
        for line in crate::test_seeds::seed_lines() {
            let starts: Vec<usize> = line.char_indices().map(|(i, _)| i).collect();
            for (k, &end) in starts.iter().enumerate().skip(1) {
                for len in [1, 2, 3, 4, 6, 8] {
                    if let Some(&a) = k.checked_sub(len).and_then(|j| starts.get(j)) {
                        let label = &line[a..end];
                        let full = super::bare_action_words_with(label, false);
                        assert_eq!(
                            super::bare_action_words_with(label, true),
                            full,
                            "{label:?}"
                        );
                        bare += usize::from(full);
                    }
                }
            }
        }
        for label in &labels {
            let full = super::bare_action_words_with(label, false);
            assert_eq!(
                super::bare_action_words_with(label, true),
                full,
                "{label:?}"
            );
        }
        assert!(bare > 100, "{bare}");
    }

    use super::the_thing;

    #[test]
    fn context_names_the_thing_not_the_action() {
        assert_eq!(the_thing("受理行政复议案件"), "行政复议案件");
        assert_eq!(
            the_thing("我县组织行政执法人员资格考试"),
            "行政执法人员资格考试"
        );
        assert_eq!(
            the_thing("组织开展人民调解业务培训班"),
            "人民调解业务培训班"
        );
        // Nothing left after the verb: the label stays whole.
        assert_eq!(the_thing("矛盾纠纷化解"), "矛盾纠纷化解");
        assert_eq!(the_thing("新增市场主体"), "新增市场主体");
    }
}
