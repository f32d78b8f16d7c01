//! What a bare rate is a rate of.
//!
//! A rate written with only its action (聘请学校法治副校长91人，配备率100%; 办理县人大代表建议
//! 119件、县政协委员提案105件，办复率均为100%，满意率达99%) says what was done but not to what:
//! the thing the count right before it counts is the rate's object, said in brackets before it
//! as the hand-checked readings do (（政府热线）反馈率, （复议后应诉案件）胜诉率). When the rate's
//! action is already written in that count's clause (审查各类涉法议题文件313件，审查及时率100%;
//! 败诉2件，败诉率4%), or the rate follows a run of counts (办理人大代表建议79件、政协委员提案21件，
//! 办复率和满意率均为100%), the rate names itself, and the readings keep it bare.

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
            // 办理人大代表建议79件、政协委员提案21件，办复率和满意率均为100%: a rate after a run of
            // counts is of them all, and the last one's thing alone would misname it.
            if k > 0
                && out.metrics[k - 1].kind == MetricKind::Count
                && out.positions[k - 1].0 >= sentence
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
            // 参加学法考试，参考率: an action is said when its characters are, apart or together.
            if actions.iter().any(|a| a.chars().all(|c| said.contains(c))) {
                return None;
            }
            // 2万余名国家工作人员参加学法考试: a count before its noun counts that noun.
            let thing = match out.label_parts[k].post {
                Some((a, b)) if b <= f.start && !text[a..b].contains(['，', ',']) => {
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
                .then(|| thing.to_string())
        }
        _ => None,
    }
}

/// Whether a count's label ends with an action or outcome verb (转办处理, 掌上流转办结): it names
/// what was done, not a thing a rate could be of.
fn ends_with_action(label: &str) -> bool {
    use crate::lexicon::data::label::{ACTIONS, OUTCOMES};
    let plain = simplified(label);
    ACTIONS.iter().chain(OUTCOMES).any(|v| plain.ends_with(v))
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
