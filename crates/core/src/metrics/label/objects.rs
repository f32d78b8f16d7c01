//! One counted object of 对 and what was done to it.

use crate::lexicon::data::label::CLAUSE_LEADS;

/// `对3个区(市)和市直相关部门开展实地督察`, `对107名党政主要负责人履行…职责情况开展民主测评`: a
/// single counted object of 对 (`after`: the text after its noun) is named by what was done to it
/// when the rest of its clause holds no other figure and goes on to a lead verb (开展, 进行) —
/// the predicate [`super::clause::predicate_of_objects`] reads, as for several objects.
pub(super) fn one_object_then_lead(after: &str) -> bool {
    let end = after
        .find(['，', ',', '。', '；', ';', '：', ':', '\n'])
        .unwrap_or(after.len());
    let rest = crate::text::window(after, 0, end.min(MAX_REST_BYTES));
    let Some(lead) = CLAUSE_LEADS
        .iter()
        .filter_map(|v| crate::text::find_str(rest, v))
        .min()
    else {
        return false;
    };
    !rest[..lead].contains(|c: char| c.is_ascii_digit())
}

/// How far after the object a lead verb is looked for (bytes; 40 characters).
const MAX_REST_BYTES: usize = 120;

/// Where the counted noun of a phrase `(a, b)` that runs on to a lead verb ends: before the first
/// 和/及/与/、 ahead of the verb (区(市)|和市直相关部门开展实地督察). None when no lead verb or no
/// such joint is in the phrase, or the noun would be empty.
pub(super) fn noun_before_lead(text: &str, (a, b): (usize, usize)) -> Option<usize> {
    let phrase = &text[a..b];
    let lead = CLAUSE_LEADS
        .iter()
        .filter_map(|v| crate::text::find_str(phrase, v))
        .min()?;
    let head = &phrase[..lead];
    let end = super::noun::post_conjunctions()
        .filter_map(|c| crate::text::find_str(head, c))
        .chain(head.find('、'))
        .min()?;
    (end > 0).then_some(a + end)
}
