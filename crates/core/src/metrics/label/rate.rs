//! What a bare rate is a rate of.
//!
//! A rate written with only its action (聘请学校法治副校长91人，配备率100%; 办理县人大代表建议
//! 119件、县政协委员提案105件，办复率均为100%，满意率达99%) says what was done but not to what:
//! the thing the count right before it counts is the rate's object, said in brackets before it
//! as the hand-checked readings do (（政府热线）反馈率, （复议后应诉案件）胜诉率). After a short run
//! of counts of one unit the rate is of them all (（县人大代表建议、县政协委员提案）办复率; the
//! seeds' 办复率和满意率 after 人大代表建议79件、政协委员提案21件 is the one reading that keeps such
//! a rate bare, the later ones name the run). When the rate's action is already written in that
//! count's clause and the count names no thing besides (败诉2件，败诉率4%; 2万余名国家工作人员参加
//! 学法考试，参考率), the rate names itself, and the readings keep it bare; a count that names
//! its thing after its action still gives it (完成“一规划两纲要”任务287项，完成率91.4%).

use super::context::{counted_noun, is_bare_action, sentence_start, simplified, the_thing};
use crate::lexicon::data::label::{EVENT_UNITS, PREDICATES};
use crate::metrics::judge::Found;
use crate::metrics::Extracted;
use crate::model::MetricKind;

/// The thing a bare rate (`label`: 配备率, 参与率、合格率, 办复率和满意率) measures: the counted
/// noun of the count one or two commas before it in the same sentence, or the thing a bare rate
/// right before it took (办复率…，满意率). None when the rate's action is said in that count's
/// clause, inside a 其中 breakdown, or when the count names only an action.
pub(super) fn thing_of_bare_rate(
    text: &str,
    out: &Extracted,
    f: &Found,
    label: &str,
) -> Option<String> {
    // Cheap tests first: most labels are no bare rate.
    if f.kind != MetricKind::Percent || !label.ends_with('率') || label.len() > MAX_RATE_BYTES {
        return None;
    }
    let plain = simplified(label);
    let actions = rate_actions(&plain)?;
    let k = out.metrics.len().checked_sub(1)?;
    let (start, end) = out.positions[k];
    if end > f.start {
        return None;
    }
    let floor = f.start
        - crate::text::window(
            text,
            f.start.saturating_sub(super::context::MAX_LOOKBACK),
            f.start,
        )
        .len();
    let sentence = sentence_start(text, floor, f.start);
    if start < sentence || super::has_qizhong(&text[sentence..f.start]) {
        return None;
    }
    let commas = text[end..f.start].matches(['，', ',']).count();
    match out.metrics[k].kind {
        // 办复率均为100%，满意率达99%: the second rate is of what the first was.
        MetricKind::Percent if commas <= 1 => {
            let shown = &out.metrics[k].label;
            let base = out.base_label(k);
            let inner = shown
                .strip_suffix(base)?
                .strip_prefix('（')?
                .strip_suffix('）')?;
            (!inner.is_empty()).then(|| inner.to_string())
        }
        MetricKind::Count if commas <= MAX_COMMAS_BACK => {
            // 办理县人大代表建议 119 件、县政协委员提案 105 件，办复率均为 100%: a rate after a run
            // of counts is of them all (县人大代表建议、县政协委员提案), and the last one's thing
            // alone would misname it.
            if k > 0 && in_run(text, out, k - 1, sentence) {
                return things_of_run(text, out, k, (sentence, f.start), &actions);
            }
            let base = out.base_label(k);
            // A rate is of the things counted, not of events (组织…考试1次，参考率、合格率) nor of
            // what a count names only by an action (转办处理46项，办结率).
            if base.contains('（')
                || base.chars().count() <= MIN_COUNT_LABEL
                || is_bare_action(base)
                || ends_with_action(base)
                || out.metrics[k]
                    .unit
                    .as_deref()
                    .is_some_and(|u| EVENT_UNITS.contains(&u))
            {
                return None;
            }
            // The count's clause and any between, up to the rate's own clause.
            let clause = text[sentence..start]
                .rfind(['，', ','])
                .map_or(sentence, |c| {
                    let comma = sentence + c;
                    comma + text[comma..].chars().next().map_or(1, char::len_utf8)
                });
            let upto = end + text[end..f.start].rfind(['，', ',']).unwrap_or(0);
            let said = simplified(&text[clause..upto]);
            // 参加学法考试，参考率: an action is said when its characters are, apart or together
            // — unless the count names a thing after its own action, before its figure (受理市长
            // 信箱来信7件，全部予以答复，答复率100%: the rate is of the letters; not 2万余名国家工作
            // 人员参加学法考试, whose rate is of the exam the people took).
            let said = actions.iter().any(|a| a.chars().all(|c| said.contains(c)));
            if said && (the_thing(base) == base || out.label_parts[k].post.is_some()) {
                return None;
            }
            let thing = thing_counted(text, out, k, f.start)?;
            // (开展化解工作，目前已化解7件，化解率达50%: after the action said, a single general
            // word such as 工作 names no thing.)
            (!said || thing.chars().count() > 2).then(|| thing.to_string())
        }
        _ => None,
    }
}

/// What the count `k` counts, said before a rate at `pos`: the noun after its figure, or its
/// label's thing without the action (受理市长信箱来信 → 市长信箱来信); None when longer than
/// [`MAX_THING_CHARS`] or shorter than two characters.
fn thing_counted<'a>(text: &'a str, out: &'a Extracted, k: usize, pos: usize) -> Option<&'a str> {
    let base = out.base_label(k);
    // 2万余名国家工作人员参加学法考试: a count before its noun counts that noun.
    let thing = match out.label_parts[k].post {
        Some((a, b)) if b <= pos && !text[a..b].contains(['，', ',']) => {
            &text[a..super::noun::head_end(text, (a, b))]
        }
        _ => counted_noun(the_thing(base)),
    };
    // 2474项政务服务事项全部纳入…: no adverb of the predicate (全部, 均已) is the thing's.
    let thing = PREDICATES
        .iter()
        .find_map(|p| thing.strip_suffix(p))
        .unwrap_or(thing);
    (2..=MAX_THING_CHARS)
        .contains(&thing.chars().count())
        .then_some(thing)
}

/// The things of a run of counts ending with the count `k` (办理县人大代表建议 119 件、县政协委员
/// 提案 105 件 → 县人大代表建议、县政协委员提案; 办结相关建议11件,提案11件 → 相关建议、提案), each
/// one 、 or comma after the other in the sentence starting at `sentence`, before the rate at
/// `pos`, at most
/// [`MAX_RUN_ITEMS`]. None when one names no thing (an action, an event) or the rate's action
/// is said and the first count names only what was done.
fn things_of_run(
    text: &str,
    out: &Extracted,
    k: usize,
    (sentence, pos): (usize, usize),
    actions: &[&str],
) -> Option<String> {
    let mut first = k;
    while first > 0 && k - first + 1 < MAX_RUN_ITEMS && in_run(text, out, first - 1, sentence) {
        first -= 1;
    }
    // A longer run (or one that goes on before the cap) is left bare.
    if first > 0 && in_run(text, out, first - 1, sentence) {
        return None;
    }
    let mut things = Vec::with_capacity(k - first + 1);
    for j in first..=k {
        // A later item shares the first one's verb: it follows a 、 or is a bare noun (提案),
        // not a clause with its own action (受理答复…655件,掌上基层流转12089件).
        if j > first
            && !text[out.positions[j - 1].1..out.positions[j].0].contains('、')
            && out.base_label(j).chars().count() > MAX_SHARED_ITEM_CHARS
        {
            return None;
        }
        let base = out.base_label(j);
        if base.contains('（')
            || base.chars().count() < 2
            || is_bare_action(base)
            || ends_with_action(base)
            || out.metrics[j]
                .unit
                .as_deref()
                .is_some_and(|u| EVENT_UNITS.contains(&u))
        {
            return None;
        }
        things.push(thing_counted(text, out, j, pos)?);
    }
    // (The sentence is read only when the first count names no thing: most runs name one.)
    let first_base = out.base_label(first);
    if the_thing(first_base) == first_base {
        let said = simplified(&text[sentence..out.positions[k].1]);
        if actions.iter().any(|a| a.chars().all(|c| said.contains(c))) {
            return None;
        }
    }
    Some(things.join("、"))
}

/// Whether the count `j` and the metric after it are one run: counts of one unit in the sentence
/// starting at `sentence`, one 、 or comma apart (建议 119 件、县政协委员提案 105 件).
fn in_run(text: &str, out: &Extracted, j: usize, sentence: usize) -> bool {
    out.metrics[j].kind == MetricKind::Count
        && out.positions[j].0 >= sentence
        && out.metrics[j].unit == out.metrics[j + 1].unit
        && text[out.positions[j].1..out.positions[j + 1].0]
            .matches(['，', ',', '、'])
            .count()
            == 1
}

/// The longest run of counts a rate after it is of ([`things_of_run`]).
const MAX_RUN_ITEMS: usize = 3;

/// The longest later item of a run that shares the first one's verb without a 、 (提案).
const MAX_SHARED_ITEM_CHARS: usize = 3;

/// Whether a count's label ends with an action or outcome verb (转办处理, 掌上流转办结): it names
/// what was done, not a thing a rate could be of.
fn ends_with_action(label: &str) -> bool {
    use crate::lexicon::data::label::{ACTIONS, OUTCOMES};
    // Indexed by last character: asked of each count before a bare rate, where a scan of both
    // lists cost about 2 000 instructions a label.
    static VERBS: std::sync::OnceLock<crate::lexicon::words::ByLast> = std::sync::OnceLock::new();
    let verbs = VERBS.get_or_init(|| {
        let all: Vec<&'static str> = ACTIONS.iter().chain(OUTCOMES).copied().collect();
        crate::lexicon::words::ByLast::new(&all)
    });
    verbs.suffixes(&simplified(label)).next().is_some()
}

/// The actions of a bare rate: 配备 of 配备率; 参与, 合格 of 参与率、合格率; 办复, 满意 of
/// 办复率和满意率. None unless every item is an action of [`ACTION_CHARS`] CJK characters and 率.
fn rate_actions(plain: &str) -> Option<Vec<&str>> {
    let mut actions = Vec::new();
    let mut rest = plain;
    loop {
        let item_end = rest.find('率')? + '率'.len_utf8();
        let action = &rest[..item_end - '率'.len_utf8()];
        if action.chars().count() != ACTION_CHARS || !action.chars().all(crate::text::is_cjk) {
            return None;
        }
        actions.push(action);
        rest = &rest[item_end..];
        if rest.is_empty() {
            return Some(actions);
        }
        rest = rest
            .strip_prefix('、')
            .or_else(|| super::noun::post_conjunctions().find_map(|c| rest.strip_prefix(c)))?;
    }
}

/// A bare rate is an action of this many characters and 率 (配备率, 满意率): a longer one
/// (及时受理率, 全程电子化率) says more of what it measures.
const ACTION_CHARS: usize = 2;

/// At most three rates in a row (参与率、合格率、优秀率), in bytes.
const MAX_RATE_BYTES: usize = 3 * 9 + 2 * 3;

/// How many commas back the count may be (聘请…91人，配备率100%: one).
const MAX_COMMAS_BACK: usize = 2;

/// A count's label this short (办结) names no thing.
const MIN_COUNT_LABEL: usize = 3;

/// The longest thing said in brackets before the rate.
const MAX_THING_CHARS: usize = 12;
