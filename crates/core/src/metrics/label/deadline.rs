//! Time limits: `明确规定5天内出具审查意见` is the time allowed for 出具审查意见, so its label is
//! 出具审查意见时限 — the action after 内, without the verb that set the limit.

use super::clause::{is_boundary, Parts};
use crate::lexicon::data::label::DEADLINE_VERBS;
use crate::text::is_cjk;

/// The longest action after 内 that is read as what the limit is for.
const MAX_ACTION_CHARS: usize = 16;

/// For a duration that ends in 内 (`f_end` just after it), the action the limit is for, up to
/// the end of its clause; `parts` keeps it as the noun after the figure and loses the verb that
/// set the limit. False (and `parts` untouched) when no short action follows in the clause.
pub(super) fn time_limit(text: &str, parts: &mut Parts, f_end: usize) -> bool {
    if !text[..f_end].ends_with('内') {
        return false;
    }
    let rest = &text[f_end..];
    let end = rest
        .char_indices()
        .find(|&(_, c)| is_boundary(c) || !is_cjk(c))
        .map_or(rest.len(), |(i, _)| i);
    let action = &rest[..end];
    if !(2..=MAX_ACTION_CHARS).contains(&action.chars().count()) {
        return false;
    }
    for part in &mut parts.pre {
        if let Some(v) = DEADLINE_VERBS
            .iter()
            .find(|v| text[part.0..part.1].starts_with(**v))
        {
            part.0 += v.len();
        }
    }
    parts.pre.retain(|&(a, b)| a < b);
    parts.post = Some((f_end, f_end + end));
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limit(text: &str, figure: &str) -> Option<String> {
        let start = text.find(figure).unwrap();
        let end = start + figure.len();
        let clause = super::super::clause::clause_start(text, start, 0);
        let mut parts = super::super::clause::parts(text, clause, start, end, false);
        time_limit(text, &mut parts, end).then(|| {
            parts
                .pre
                .iter()
                .chain(&parts.post)
                .map(|&(a, b)| &text[a..b])
                .collect()
        })
    }

    #[test]
    fn the_action_a_limit_is_for() {
        assert_eq!(
            limit("，明确规定5天内出具审查意见，", "5天内").as_deref(),
            Some("出具审查意见")
        );
        assert_eq!(
            limit("，申请材料齐全的3个工作日内办结。", "3个工作日内").as_deref(),
            Some("申请材料齐全的办结")
        );
        // No action in the clause, or no 内: not read as a limit.
        assert_eq!(
            limit("，确保作出后7个工作日内，通过网站公示。", "7个工作日内"),
            None
        );
        assert_eq!(limit("，人均办理时间缩短至3天，", "3天"), None);
    }
}
