//! A count that follows another of the same kind of thing, the two named by their head noun:
//! `获得“清风辽宁政务窗口”称号的街道级窗口1个,社区级窗口有3个` — the second count (社区级窗口)
//! is of the windows that won the title too. The attribute before the first count's 的 is
//! shared by the second, as a 、-list shares its first item's verb (`list::shared_verb`).

use super::super::Extracted;
use super::reading::Reading;
use crate::lexicon::data::label::TRAILING;

/// How many characters of head noun the two labels must end with alike (窗口, 单位, 企业).
const HEAD_CHARS: usize = 2;

/// The longest label this reads as a bare noun that can take another's attribute.
const MAX_NOUN_CHARS: usize = 8;

/// The label of the count read by `r` (whose base label is `label`, unit `unit`) with the
/// attribute of the count just before it, when that count is of the same unit, its label ends
/// `…的` + a noun with the same head as `label`, and nothing stands between the two figures but
/// a comma, this label and a trailing word (有, 共).
/// (Kept out of line: most labels leave at its first test, and callgrind then reads its cost
/// by name.)
#[inline(never)]
pub(super) fn attribute_of_parallel(
    r: &Reading<'_>,
    out: &Extracted,
    unit: Option<&str>,
    label: &str,
) -> Option<String> {
    // (The cheap tests first: most figures have no count of their unit just before them.)
    let k = out.metrics.len().checked_sub(1)?;
    if unit.is_none() || out.metrics[k].unit.as_deref() != unit {
        return None;
    }
    let (_, end) = out.positions[k];
    let between = r.text.get(end..r.start)?;
    let rest = between.strip_prefix(['，', ','])?.strip_prefix(label)?;
    if !(rest.is_empty() || TRAILING.contains(&rest)) {
        return None;
    }
    let n = label.chars().count();
    if n <= HEAD_CHARS || n > MAX_NOUN_CHARS || label.contains('的') {
        return None;
    }
    let previous = out.base_label(k);
    let (attribute, noun) = previous.rsplit_once('的')?;
    let head_at = label.char_indices().rev().nth(HEAD_CHARS - 1)?.0;
    let head = &label[head_at..];
    (!attribute.is_empty() && noun != label && noun.ends_with(head) && label != head)
        .then(|| super::joined(&[attribute, "的", label]))
}
