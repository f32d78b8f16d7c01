//! A correction as one readable line: what was done, to which field, on which text, the value
//! before and after in the page's words, and — for one that no longer finds its place — why,
//! and where its text stands now if it still does (so the user can make it again there).
//!
//! The core's [`AppliedCorrection`] says what became of a correction; the log's
//! [`Correction`] (found by id) says what the user asked for, which is all an unplaced
//! correction has to show.

use crate::i18n::corrections::{
    action_name, anchored_text, fact_value, field_name, metric_value, value_text,
};
use crate::i18n::{Lang, Localized};
use crate::protocol::Names;
use gangmu_core::corrections::{Change, Correction};
use gangmu_core::{AppliedCorrection, CorrectionStatus, Report, Span};

#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub id: String,
    /// 更正, 不是指标, 添加指标, 复核.
    pub action: &'static str,
    /// The field changed (标签, 类型 …), for edits and reviews.
    pub field: Option<&'static str>,
    /// The text the correction was made on.
    pub place: Option<String>,
    pub before: Option<String>,
    pub after: Option<String>,
    /// Why it no longer applies (unplaced corrections only).
    pub reason: Option<String>,
    /// Where to show it in the text: where it applies, or where its text still stands.
    pub span: Option<Span>,
}

/// The line for `c`, with the user's correction `op` (from the report's log) when known.
pub fn line(
    lang: Lang,
    text: &str,
    c: &AppliedCorrection,
    op: Option<&Correction>,
    names: Option<&Names>,
) -> Line {
    let field = c.field.as_deref();
    let shown = |raw: &String| match field {
        Some(f) => value_text(lang, f, raw, names),
        None => raw.clone(),
    };
    let asked = op.and_then(|op| match &op.change {
        Change::EditMetric { set, .. } => Some(metric_value(lang, set, names)),
        Change::EditFact { set } => Some(fact_value(lang, set)),
        Change::AddMetric { at, metric } => Some(format!("{}（{}）", at.text, metric.label)),
        _ => None,
    });
    let anchor = op.and_then(|op| match &op.change {
        Change::EditMetric { at, .. }
        | Change::RemoveMetric { at }
        | Change::AddMetric { at, .. } => Some(at),
        Change::ReviewFinding { at, .. } => at.as_ref(),
        Change::EditFact { .. } => None,
    });
    Line {
        id: c.id.clone(),
        action: action_name(lang, &c.action),
        field: field.map(|f| field_name(lang, f)),
        place: op
            .and_then(|op| anchored_text(&op.change))
            .map(str::to_string),
        before: c.original.as_ref().map(shown),
        after: c.value.as_ref().map(shown).or(asked),
        reason: c.reason.map(|r| r.message().get(lang).to_string()),
        span: c.span.or_else(|| anchor.and_then(|a| a.locate(text).ok())),
    }
}

/// The report's corrections that no longer find their place, as lines (oldest first).
pub fn unplaced(
    lang: Lang,
    text: &str,
    report: &Report,
    log: &[Correction],
    names: Option<&Names>,
) -> Vec<Line> {
    report
        .corrections
        .iter()
        .filter(|c| c.status == CorrectionStatus::Unplaced)
        .map(|c| line(lang, text, c, log.iter().find(|op| op.id == c.id), names))
        .collect()
}

/// The corrections that shaped metric `i` of the loaded report, oldest first.
pub fn history(
    lang: Lang,
    loaded: &crate::view::loaded::Loaded,
    log: &[Correction],
    names: Option<&Names>,
    i: usize,
) -> Vec<Line> {
    crate::view::detail::history_of(&loaded.report, i)
        .into_iter()
        .map(|c| {
            line(
                lang,
                &loaded.text,
                c,
                log.iter().find(|op| op.id == c.id),
                names,
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corrections::make::Action as Edit;
    use gangmu_core::corrections::MetricField;
    use gangmu_core::MetricKind;

    #[test]
    fn an_edit_reads_in_the_pages_words() {
        let text = "全年受理案件163件。";
        let plain = gangmu_core::extract(text, &Default::default());
        let mut edit = Edit::new(1.0);
        edit.edit_metric(
            text,
            &plain.metrics[0],
            MetricField::Kind(MetricKind::Other),
        );
        let fixed = gangmu_core::extract_corrected(text, &Default::default(), &edit.ops);
        let c = &fixed.corrections[0];
        let zh = line(Lang::Zh, text, c, Some(&edit.ops[0]), None);
        assert_eq!(zh.action, "更正");
        assert_eq!(zh.field, Some("类型"));
        assert_eq!(zh.place.as_deref(), Some("163件"));
        assert_eq!(zh.before.as_deref(), Some("数量"), "not `count`");
        assert_eq!(zh.after.as_deref(), Some("其他"));
        assert_eq!(zh.reason, None);
        let en = line(Lang::En, text, c, Some(&edit.ops[0]), None);
        assert_eq!(
            (en.field, en.before.as_deref()),
            (Some("Kind"), Some("count"))
        );
    }

    #[test]
    fn an_unplaced_correction_says_why_in_words_and_what_it_wanted() {
        let text = "全年受理案件163件。";
        let plain = gangmu_core::extract(text, &Default::default());
        let mut edit = Edit::new(1.0);
        edit.edit_metric(
            text,
            &plain.metrics[0],
            MetricField::Label("受理行政复议案件".into()),
        );
        // The same correction on a text where that figure is gone.
        let other = "全年办结案件158件。";
        let report = gangmu_core::extract_corrected(other, &Default::default(), &edit.ops);
        let lines = unplaced(Lang::Zh, other, &report, &edit.ops, None);
        assert_eq!(lines.len(), 1);
        let l = &lines[0];
        assert_eq!(l.place.as_deref(), Some("163件"));
        assert_eq!(l.field, Some("指标名称"));
        assert_eq!(l.after.as_deref(), Some("受理行政复议案件"));
        assert_eq!(l.reason.as_deref(), Some("原文中已找不到该处文字"));
        assert_eq!(l.span, None, "its text is nowhere");
        let en = unplaced(Lang::En, other, &report, &edit.ops, None);
        assert!(en[0]
            .reason
            .as_deref()
            .unwrap()
            .starts_with("the text it was made on"));
    }
}
