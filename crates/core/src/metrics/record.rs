//! Turning a judged number into a [`Metric`]: its label ([`super::label`]), section, spans,
//! base value and a finding when its unit was dropped.

use super::judge::Found;
use super::{label, Extracted};
use crate::clean::Cleaned;
use crate::model::{Base, Bilingual, Finding, FindingKind, Metric};
use crate::outline::Outline;

pub(super) fn push_metric(
    cleaned: &Cleaned<'_>,
    outline: &Outline,
    out: &mut Extracted,
    prev_end: &mut usize,
    mut f: Found,
) {
    let text = cleaned.text.as_str();
    listed_change(text, out, &mut f);
    let label = label::label(cleaned, out, *prev_end, &f);
    let span = cleaned.span(f.start, f.end);
    // (A figure in a table has its unit in the header, if anywhere.)
    if f.unit_missing && f.cell_label.is_none() {
        out.findings.push(Finding {
            kind: FindingKind::UnitMissing,
            message: Bilingual {
                en: format!(
                    "No unit after the number in \"{}\"; it was probably dropped",
                    span.slice(cleaned.original)
                ),
                zh: format!(
                    "“{}”中数字后缺少单位，可能被遗漏",
                    span.slice(cleaned.original)
                ),
            },
            span: Some(span),
        });
    }
    let base_unit = f
        .unit
        .as_deref()
        .map(|u| u.strip_prefix(f.magnitude_text).unwrap_or(u).to_string())
        .filter(|u| !u.is_empty());
    out.subjectless.push(label.subjectless);
    out.base_labels.push(label.base);
    out.metrics.push(Metric {
        value: f.value,
        unit: f.unit,
        qualifier: f.qualifier,
        qualifier_text: f.qualifier_text,
        kind: f.kind,
        direction: f.direction,
        label: label.text,
        section: outline.section_at(f.num_start),
        span,
        text: span.slice(cleaned.original).to_string(),
        base: Some(Base {
            value: f.value.shift(f.magnitude_power),
            unit: base_unit,
        }),
        indicator: None,
        correction: None,
    });
    out.positions.push((f.num_start, f.end));
    let post = label.parts.post;
    out.label_parts.push(label.parts);
    // The next number's words start after this one's noun only when a list goes on
    // (覆盖12个乡镇、20家企业); otherwise the words after this count may be the next label.
    *prev_end = match post {
        Some((_, e)) if text[e..].starts_with(['、', '和', '与', '及']) => e,
        _ => f.end,
    };
}

/// A percentage listed right after a change in the same unit (分别同比增长15.1%和16.6%,
/// 分别下降3.2%、4.1%) is a change too, in the same direction: the change word is said once.
fn listed_change(text: &str, out: &Extracted, f: &mut Found) {
    use crate::model::MetricKind;
    if f.kind != MetricKind::Percent || f.qualifier.is_some() {
        return;
    }
    let (Some(prev), Some(&(_, end))) = (out.metrics.last(), out.positions.last()) else {
        return;
    };
    let joined = text
        .get(end..f.start)
        .is_some_and(|between| matches!(between, "、" | "和" | "及" | "与"));
    if joined && prev.kind == MetricKind::Change && prev.unit == f.unit {
        f.kind = MetricKind::Change;
        f.direction = prev.direction;
    }
}
