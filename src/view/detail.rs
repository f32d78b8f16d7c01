//! What the metric detail panel shows, from the report alone: the sentence around the
//! metric, the checks it takes part in, and its correction history.

use gangmu_core::{AppliedCorrection, Check, Report, Span};

/// Most bytes of context shown on each side of a metric.
const CONTEXT: usize = 240;

/// The sentence holding `span`: the text before it back to the last 。！？； or line break
/// (at most `CONTEXT` bytes), the metric's own text, and the text after it to the next.
pub fn sentence(text: &str, span: Span) -> (&str, &str, &str) {
    let start = span.start.min(text.len());
    let end = span.end.clamp(start, text.len());
    let before = gangmu_core::text::window(text, start.saturating_sub(CONTEXT), start);
    let before = before
        .rfind(['。', '！', '？', '；', '\n'])
        .map_or(before, |i| {
            let c = before[i..].chars().next().map_or(1, char::len_utf8);
            &before[i + c..]
        });
    let after = gangmu_core::text::window(text, end, end + CONTEXT);
    let after = after
        .find(['。', '！', '？', '；', '\n'])
        .map_or(after, |i| {
            let c = after[i..].chars().next().map_or(0, char::len_utf8);
            &after[..i + c]
        });
    let hit = gangmu_core::text::window(text, start, end);
    (before, hit, after)
}

/// The checks that use metric `i`.
pub fn checks_of(report: &Report, i: usize) -> Vec<&Check> {
    report
        .checks
        .iter()
        .filter(|c| c.metrics.contains(&i))
        .collect()
}

/// The corrections that shaped metric `i`, oldest first.
pub fn history_of(report: &Report, i: usize) -> Vec<&AppliedCorrection> {
    let Some(ids) = report
        .metrics
        .get(i)
        .and_then(|m| m.correction.as_ref())
        .map(|c| &c.ids)
    else {
        return Vec::new();
    };
    ids.iter()
        .filter_map(|id| report.corrections.iter().find(|c| &c.id == id))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sentence_runs_from_the_last_stop_to_the_next() {
        let text = "一、总体。全年受理案件163件，办结158件。其他";
        let at = text.find("163件").unwrap();
        let (b, hit, a) = sentence(text, Span::new(at, at + "163件".len()));
        assert_eq!((b, hit, a), ("全年受理案件", "163件", "，办结158件。"));
    }

    #[test]
    fn the_checks_and_history_of_a_corrected_metric() {
        let text = crate::samples::text(3).unwrap();
        let plain = gangmu_core::extract(text, &Default::default());
        let i = plain
            .checks
            .iter()
            .find_map(|c| c.metrics.first().copied())
            .expect("003 has checks of its figures");
        assert!(checks_of(&plain, i).iter().all(|c| c.metrics.contains(&i)));
        assert!(history_of(&plain, i).is_empty());
        let mut action = crate::corrections::make::Action::new(1.0);
        action.edit_metric(
            text,
            &plain.metrics[i],
            gangmu_core::corrections::MetricField::Label("更正后的指标".into()),
        );
        let fixed = gangmu_core::extract_corrected(text, &Default::default(), &action.ops);
        let m = fixed
            .metrics
            .iter()
            .position(|m| m.label == "更正后的指标")
            .unwrap();
        let history = history_of(&fixed, m);
        assert_eq!(history.len(), 1);
        assert_eq!(history[0].id, action.ops[0].id);
    }
}
