//! Labels that name only a part or a reach, completed with the thing they belong to:
//! - a 其中 part named only by its place (`…收办件总共为1458件，其中鱼峰区本级为831件`) counts
//!   the whole's thing for that place: “全市通办”收办件（鱼峰区本级）;
//! - a reach (`开展“法治体检+合规指导”专项服务，覆盖工业企业92家`) is the reach of the activity
//!   the clause before it names: 覆盖工业企业（“法治体检+合规指导”专项服务）.

use super::reading::Reading;
use crate::lexicon::data::label::{LEVEL_SUFFIXES, REACH_VERBS};
use crate::metrics::Extracted;

/// The longest activity taken from the clause before a reach.
const MAX_ACTIVITY_CHARS: usize = 20;

/// `label` of a 其中 part at `pos` that is only a place (鱼峰区本级, 柳城县): the whole's label
/// (the figure before 其中, same sentence) with the place in brackets.
pub(super) fn part_of_whole(
    text: &str,
    out: &Extracted,
    pos: usize,
    label: &str,
) -> Option<String> {
    let stem = LEVEL_SUFFIXES
        .iter()
        .find_map(|s| label.strip_suffix(s))
        .unwrap_or(label);
    let k = out.metrics.len().checked_sub(1)?;
    let (_, end) = out.positions[k];
    let between = text.get(end..pos)?;
    if !super::has_qizhong(between) || between.contains(['。', '；', ';', '\n']) {
        return None;
    }
    // (After the cheap tests: this is asked of every label, and few follow a 其中.)
    if stem.chars().count() < 2 || crate::region::data::table().named(stem).is_empty() {
        return None;
    }
    let whole = out.base_label(k);
    (whole.chars().count() >= 2 && !whole.contains('（'))
        .then(|| super::joined(&[whole, "（", label, "）"]))
}

/// The longest word of `rest_words` (bytes).
const MAX_REST_WORD_BYTES: usize =
    crate::lexicon::words::longest(crate::lexicon::data::label::REST_WORDS);

/// The longest thing a rest of a breakdown takes from its whole ([`rest_of_whole`]).
const MAX_REST_THING_CHARS: usize = 12;

/// `主动公开信息36条，其中行政执法公示5条，…，其他21条`: a 其中 part named only as the rest (其他,
/// `rest_words` of `lexicon/label.toml`) counts the thing of the whole — the figure of the same
/// unit before the sentence's last 其中 —, said after it: 其他信息.
pub(super) fn rest_of_whole(
    text: &str,
    out: &Extracted,
    f: &crate::metrics::judge::Found,
    label: &str,
) -> Option<String> {
    // (A length test first: asked of every label.)
    if label.len() > MAX_REST_WORD_BYTES
        || !crate::lexicon::data::label::REST_WORDS.contains(&label)
    {
        return None;
    }
    let pos = f.start;
    let near = crate::text::window(text, pos.saturating_sub(super::context::MAX_LOOKBACK), pos);
    let sentence = super::context::sentence_start(text, pos - near.len(), pos);
    let q = sentence + crate::text::rfind_str(&text[sentence..pos], "其中")?;
    let k = (0..out.positions.len())
        .rev()
        .take_while(|&k| out.positions[k].0 >= sentence)
        .find(|&k| out.positions[k].1 <= q)?;
    let whole = out.base_label(k);
    if out.metrics[k].unit != f.unit || whole.contains('（') {
        return None;
    }
    let thing = super::context::counted_noun(super::context::the_thing(whole));
    (2..=MAX_REST_THING_CHARS)
        .contains(&thing.chars().count())
        .then(|| super::joined(&[label, thing]))
}

/// For a label that starts with a reach verb (覆盖工业企业), the activity of the clause right
/// before its own when that clause holds no figure: the words after its last action verb
/// (开展“法治体检+合规指导”专项服务 → “法治体检+合规指导”专项服务).
pub(super) fn reach_of_activity(r: &Reading<'_>, label: &str) -> Option<String> {
    if !REACH_VERBS.iter().any(|v| label.starts_with(v)) {
        return None;
    }
    let (start, end) = r.clause_before()?;
    let before = &r.text[start..end];
    let actions = crate::lexicon::data::label::ACTIONS;
    let from = actions
        .iter()
        .filter_map(|v| crate::text::rfind_str(before, v).map(|i| i + v.len()))
        .max()?;
    let activity = crate::text::trim(&before[from..]);
    let n = activity.chars().count();
    ((2..=MAX_ACTIVITY_CHARS).contains(&n)).then(|| super::joined(&[label, "（", activity, "）"]))
}

/// The longest label of a verb and a general noun ([`generic_of_activity`]).
const MAX_GENERIC_LABEL_CHARS: usize = 6;

/// `更新《三亚市市级权力清单》，梳理事项6392项`, `制发法治政府建设年度工作要点，推出61项具体措施`:
/// a short label of a verb and a general noun (事项, 措施, 问题: `generic_nouns` of
/// `lexicon/label.toml`) says which ones only with the clause right before its own, when that
/// clause holds no figure: 梳理事项（更新《三亚市市级权力清单》）.
///
/// `simple`: `label` holds no traditional character ([`super::context::needs_subject`]'s second
/// answer), so its end is compared as bytes, as [`ends_with_simplified`] would answer.
pub(super) fn generic_of_activity(r: &Reading<'_>, label: &str, simple: bool) -> Option<String> {
    use crate::lexicon::data::label::GENERIC_NOUNS;
    // (Bytes first: a CJK character is three; this is asked of every label.)
    if !(9..=3 * MAX_GENERIC_LABEL_CHARS).contains(&label.len())
        || !GENERIC_NOUNS.iter().any(|g| {
            if simple {
                crate::text::ends_with_str(label, g)
            } else {
                ends_with_simplified(label, g)
            }
        })
        || label.contains('（')
    {
        return None;
    }
    // After a figure of the same sentence the clauses are a series of results (新增…543项，完善
    // “一件事”联办事项，整改问题300余项), as is a clause before that ends in such a noun itself:
    // neither says which things.
    let sentence = r.text[..r.clause()]
        .rfind(['。', '；', ';', '\n'])
        .map_or(0, |i| i + 1);
    if r.prev_end > sentence {
        return None;
    }
    let activity = r.words_before(MAX_ACTIVITY_CHARS)?;
    if GENERIC_NOUNS
        .iter()
        .any(|g| ends_with_simplified(activity, g))
    {
        return None;
    }
    Some(super::joined(&[label, "（", activity, "）"]))
}

/// Whether `s` ends with `word` once its characters are simplified (問題 ends with 问题),
/// without building the simplified string.
fn ends_with_simplified(s: &str, word: &str) -> bool {
    let mut tail = s.chars().rev();
    word.chars().rev().all(|w| {
        tail.next()
            .is_some_and(|c| c == w || crate::lexicon::trad::to_simplified(c) == Some(w))
    })
}

/// The longest clause [`subject_of_predicate`] takes as who acted.
const MAX_SUBJECT_CLAUSE_CHARS: usize = 24;

/// `区委、区政府主要负责同志高度重视法治建设工作，先后8次对相关工作作出批示`: a count that opens
/// its clause (nothing but adverbs before it) and is said of with a 对-phrase after it does not
/// say who acted; the clause right before it does, when it holds no figure and opens with who:
/// 对相关工作作出批示（区委、区政府主要负责同志）.
pub(super) fn subject_of_predicate(
    r: &Reading<'_>,
    parts: &super::Parts,
    label: &str,
) -> Option<String> {
    let text = r.text;
    let (a, b) = parts.post?;
    if !parts.pre.is_empty() || parts.shared.is_some() || parts.topic.is_some() {
        return None;
    }
    if !text[a..b].starts_with('对') || label.contains('（') {
        return None;
    }
    let clause_before = r.words_before(MAX_SUBJECT_CLAUSE_CHARS)?;
    // Who acted: the words before the clause's own predicate opens (高度重视, 始终坚持:
    // `predicate_openers` of `lexicon/label.toml`); a clause with none names no one.
    use crate::lexicon::data::label::PREDICATE_OPENERS;
    let simple: String = clause_before
        .chars()
        .map(|c| crate::lexicon::trad::to_simplified(c).unwrap_or(c))
        .collect();
    let at = PREDICATE_OPENERS
        .iter()
        .filter_map(|w| crate::text::find_str(&simple, w))
        .min()?;
    let who = clause_before.get(..at)?;
    (who.chars().count() >= 2).then(|| super::joined(&[label, "（", who, "）"]))
}

/// The longest label read as a bare measure (注册资本, 涉案金额).
const MAX_ATTRIBUTE_CHARS: usize = 6;

/// `登记存续市场主体22217户、注册资本5633243.28万元`: a short measure right after a count, one
/// 、 or comma back in the same clause run, measures that count's things: 注册资本（登记存续
/// 市场主体）.
/// `园区10户规上企业实现工业总产值22.37亿元`: so does a measure said with its verb right after the
/// count's noun (实现工业总产值（园区规上企业）).
pub(super) fn attribute_of_previous(
    text: &str,
    out: &Extracted,
    pos: usize,
    label: &str,
) -> Option<String> {
    let attributes = crate::lexicon::data::label::ATTRIBUTES;
    // The measure is the label's end, so a label that ends in no measure word has none (most
    // labels: asked first, before the verbs are tried).
    if !attributes.iter().any(|a| label.ends_with(a)) {
        return None;
    }
    let measure = measure_of(label);
    if measure.chars().count() > MAX_ATTRIBUTE_CHARS
        || !attributes.iter().any(|a| measure.ends_with(a))
    {
        return None;
    }
    let k = out.metrics.len().checked_sub(1)?;
    if out.metrics[k].kind != crate::model::MetricKind::Count {
        return None;
    }
    let (_, end) = out.positions[k];
    // Nothing between the two figures but the separator and the measure's own words, or the
    // count's noun and the measure with its verb.
    let between = text.get(end..pos)?;
    let after_noun = measure.len() < label.len()
        && between.ends_with(label)
        && between[..between.len() - label.len()]
            .chars()
            .all(|c| crate::text::is_cjk(c) && !super::is_boundary(c));
    let adjacent = after_noun
        || between
            .strip_prefix(['、', '，', ','])
            .is_some_and(|rest| crate::text::trim(rest) == label);
    // (The count's noun may have run on into this measure's words: 园区规上企业实现工业总产值.)
    let thing = out.base_label(k);
    let thing = thing.strip_suffix(label).unwrap_or(thing);
    (adjacent && thing.chars().count() >= 2 && !thing.contains('（'))
        .then(|| super::joined(&[label, "（", thing, "）"]))
}

/// A label's measure: its words after a clause verb it opens with (实现|工业总产值), or all of it.
fn measure_of(label: &str) -> &str {
    crate::lexicon::data::label::CLAUSE_VERBS
        .iter()
        .find_map(|v| label.strip_prefix(v))
        .unwrap_or(label)
}

/// The longest noun a physical measure before it can describe.
const MAX_MEASURED_NOUN_CHARS: usize = 8;

/// `实施总装机26.9万千瓦光伏项目9个`: a physical measure glued to a noun that another figure then
/// counts describes those things (their total capacity): the noun leads its label
/// (光伏项目实施总装机). Counts and amounts are left alone (投资5亿元建设…).
pub(super) fn measure_of_next(
    text: &str,
    f: &crate::metrics::judge::Found,
    label: &str,
) -> Option<String> {
    if f.kind != crate::model::MetricKind::Other || f.unit.is_none() || label.is_empty() {
        return None;
    }
    let after = &text[f.end..];
    let noun = after
        .char_indices()
        .take_while(|&(_, c)| {
            crate::text::is_cjk(c) && !crate::text::is_chinese_digit(c) && !super::is_boundary(c)
        })
        .take(MAX_MEASURED_NOUN_CHARS + 1)
        .last()
        .map(|(i, c)| i + c.len_utf8())?;
    let n = after[..noun].chars().count();
    // What follows is a count of those things (9个), not another measure (增长到22亿千瓦).
    let rest = &after[noun..];
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let counted = digits > 0
        && crate::lexicon::units::match_unit(&rest[digits..])
            .is_some_and(|u| u.kind == crate::model::MetricKind::Count);
    ((2..=MAX_MEASURED_NOUN_CHARS).contains(&n) && counted)
        .then(|| super::joined(&[&after[..noun], label]))
}

/// The longest topic a distributive 各 refers back to.
const MAX_TOPIC_CHARS: usize = 8;

/// `非涉农街道，各涉及5个类别25项权责事项`: a clause opening with 各 (each) counts per item of
/// the short topic before its comma; the figures' labels take the topic in brackets
/// (权责事项（非涉农街道）).
pub(super) fn each_of_topic(r: &Reading<'_>, label: &str) -> Option<String> {
    let (text, pos) = (r.text, r.start);
    let window = crate::text::window(text, pos.saturating_sub(120), pos);
    // No 各 right after a comma before the figure, no clause opening with it (most figures:
    // one vectorised search; 各 alone is common, 各类, 各级, 各部门).
    if !opens_clause_with_each(window) {
        return None;
    }
    topic_of_each(text, pos, window, label)
}

/// The label with the topic in brackets when the sentence's clause before the figure (`window`
/// ends at `pos`) opens with 各 after a short topic and its comma.
fn topic_of_each(text: &str, pos: usize, window: &str, label: &str) -> Option<String> {
    let from = pos - window.len();
    let sentence = window.rfind(['。', '；', ';', '\n']).map_or(0, |i| {
        i + window[i..].chars().next().map_or(1, char::len_utf8)
    });
    let seg = &text[from + sentence..pos];
    let comma = seg.find(['，', ','])?;
    let topic = crate::text::trim(&seg[..comma]);
    let rest = seg[comma..].trim_start_matches(['，', ',']);
    let n = topic.chars().count();
    let plain = topic.chars().all(crate::text::is_cjk);
    (rest.starts_with('各')
        && (2..=MAX_TOPIC_CHARS).contains(&n)
        && plain
        && !crate::text::contains_str(label, topic))
    .then(|| super::joined(&[label, "（", topic, "）"]))
}

/// Whether a 各 follows a comma in `window`: the clause [`each_of_topic`] reads opens with
/// one (its 各 comes after the topic's comma). One searcher built once: `match_indices('各')`
/// looks for the last byte of 各, a continuation byte that most Chinese characters of a
/// 120-byte window share with it, and stops at each. (Tried: a search for the commas, `,` or
/// EF, each hit checked for 各 after it — three searches a label where this is one, and more
/// instructions.)
fn opens_clause_with_each(window: &str) -> bool {
    static EACH: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    EACH.get_or_init(|| memchr::memmem::Finder::new("各"))
        .find_iter(window.as_bytes())
        .any(|i| window[..i].ends_with(['，', ',']))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A text with no traditional character ends with a generic noun as bytes exactly when it
    /// does once simplified, on every stretch of up to 8 characters of the seeds (and the
    /// traditional forms still need the simplified compare: 問題 ends with 问题).
    #[test]
    fn a_simple_label_ends_with_a_noun_as_bytes() {
        use crate::lexicon::data::label::GENERIC_NOUNS;
        let mut asked = 0;
        for (_, text) in crate::test_seeds::seeds() {
            let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
            for (k, &a) in starts.iter().enumerate() {
                for len in [1, 2, 3, 4, 6, 8] {
                    let b = starts.get(k + len).copied().unwrap_or(text.len());
                    let s = &text[a..b];
                    if crate::lexicon::trad::has_traditional(s) {
                        continue;
                    }
                    for g in GENERIC_NOUNS {
                        assert_eq!(
                            crate::text::ends_with_str(s, g),
                            ends_with_simplified(s, g),
                            "{s:?} {g:?}"
                        );
                        asked += 1;
                    }
                }
            }
        }
        assert!(asked > 10_000, "{asked}");
        assert!(ends_with_simplified("整改問題", "问题"));
    }

    /// Asking for a 各 after a comma first answers as asking for any 各 first, at every
    /// character of the seeds.
    #[test]
    fn each_after_a_comma_first_answers_as_any_each_first() {
        fn any_each_first(r: &Reading<'_>, label: &str) -> Option<String> {
            let (text, pos) = (r.text, r.start);
            let window = crate::text::window(text, pos.saturating_sub(120), pos);
            if !window.contains('各') {
                return None;
            }
            topic_of_each(text, pos, window, label)
        }
        let (mut asked, mut found) = (0, 0);
        for (_, text) in crate::test_seeds::seeds() {
            for (at, _) in text.char_indices() {
                let r = Reading::at(&text, (at, at), 0, at, 0);
                let full = any_each_first(&r, "");
                assert_eq!(each_of_topic(&r, ""), full, "{:?}", &text[at..]);
                asked += 1;
                found += usize::from(full.is_some());
            }
        }
        assert!(asked > 30_000 && found > 10, "{asked} {found}");
    }

    #[test]
    fn a_reach_is_of_the_activity_before_it() {
        let text = "针对企业法治需求开展“法治体检+合规指导”专项服务,覆盖工业企业92家";
        let clause = text.find("覆盖").unwrap();
        let figure = (text.find("92").unwrap(), text.len());
        let r = Reading::at(text, figure, 0, clause, 0);
        assert_eq!(
            reach_of_activity(&r, "覆盖工业企业").as_deref(),
            Some("覆盖工业企业（“法治体检+合规指导”专项服务）")
        );
        // Not a reach, or a clause with a figure of its own before it.
        assert_eq!(reach_of_activity(&r, "工业企业"), None);
        let r = Reading::at(text, figure, 0, clause, 20);
        assert_eq!(reach_of_activity(&r, "覆盖工业企业"), None);
    }

    /// A label whose end is no measure word has no measure that ends in one: asking the label
    /// first answers as asking its measure, on every stretch of up to 12 characters of the seeds.
    #[test]
    fn a_measure_ends_as_its_label_ends() {
        let attributes = crate::lexicon::data::label::ATTRIBUTES;
        let mut asked = 0;
        for (_, text) in crate::test_seeds::seeds() {
            let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
            for (k, &a) in starts.iter().enumerate() {
                for len in 1..=12 {
                    let b = starts.get(k + len).copied().unwrap_or(text.len());
                    let label = &text[a..b];
                    let measure = measure_of(label);
                    if attributes.iter().any(|w| measure.ends_with(w)) {
                        assert!(attributes.iter().any(|w| label.ends_with(w)), "{label}");
                        asked += 1;
                    }
                }
            }
        }
        assert!(asked > 50, "{asked}");
    }

    #[test]
    fn each_refers_to_the_topic_before_it() {
        let text = "共2644项权责事项；非涉农街道，各涉及5个类别25项权责事项；";
        let pos = text.find("25项").unwrap();
        assert_eq!(
            each_of_topic(&Reading::at(text, (pos, pos + 3), 0, 0, 0), "权责事项").as_deref(),
            Some("权责事项（非涉农街道）")
        );
        let text = "全年受理案件，办结25件";
        let pos = text.find("25").unwrap();
        let r = Reading::at(text, (pos, pos + 3), 0, 0, 0);
        assert_eq!(each_of_topic(&r, "办结"), None);
    }
}
