//! The correction log applied to a report, in the log's order.
//!
//! [`crate::extract_corrected`] calls [`Metrics::apply`] right after the metrics stage (edits,
//! removals and additions of metrics, and the report's facts), so everything computed later —
//! indicators, checks, the profile — sees the corrected values; then, once the indicators are
//! assigned, [`Metrics::force_indicators`] puts back the indicators the user chose; and after
//! the checks, `reviews` marks the findings the user reviewed. Each correction gets an
//! [`AppliedCorrection`] saying where it applied or why it could not.

use super::{Anchor, Change, Correction, Fact, MetricField, NewMetric};
use crate::clean::Cleaned;
use crate::decimal::Decimal;
use crate::model::Resolution;
use crate::model::{
    AppliedCorrection, Base, CorrectionStatus, CorrectionTarget, FindingReview, Metric,
    MetricCorrection, OriginalMetric, Report, UnplacedReason,
};
use crate::outline::Outline;
use crate::region;
use crate::span::Span;

/// One metric while the log is applied.
struct Slot {
    metric: Metric,
    /// Cleaned-text range of its number (what the checks read).
    position: (usize, usize),
    removed: bool,
    /// The indicator the user chose, put back after the indicators are assigned.
    indicator: Option<Option<String>>,
}

/// What applying the metric and fact corrections left to do later.
pub struct Metrics {
    /// One entry per correction of the log, in its order; reviews are filled in later.
    entries: Vec<Option<AppliedCorrection>>,
    /// (metric index after sorting, indicator) the user chose.
    indicators: Vec<(usize, Option<String>)>,
}

impl Metrics {
    /// Applies the metric and fact corrections of `log` to `report`, whose metrics stand at
    /// `positions` in the cleaned text; both are rewritten, still in text order.
    pub fn apply(
        cleaned: &Cleaned<'_>,
        outline: &Outline,
        report: &mut Report,
        positions: &mut Vec<(usize, usize)>,
        log: &[Correction],
    ) -> Metrics {
        let text = cleaned.original;
        let mut slots: Vec<Slot> = std::mem::take(&mut report.metrics)
            .into_iter()
            .zip(positions.iter().copied())
            .map(|(metric, position)| Slot {
                metric,
                position,
                removed: false,
                indicator: None,
            })
            .collect();
        let mut entries = Vec::with_capacity(log.len());
        for c in log {
            let entry = match &c.change {
                Change::EditMetric { at, set } => Some(edit(text, &mut slots, c, at, set)),
                Change::RemoveMetric { at } => Some(remove(text, &mut slots, c, at)),
                Change::AddMetric { at, metric } => {
                    Some(add(cleaned, outline, &mut slots, c, at, metric))
                }
                Change::EditFact { set } => Some(fact(&cleaned.text, report, c, set)),
                Change::ReviewFinding { .. } => None,
            };
            entries.push(entry);
        }
        slots.retain(|s| !s.removed);
        // Additions go where they stand in the text; the checks read metrics in text order.
        crate::sort::by_key(&mut slots, |s| (s.position.0, s.metric.span.start));
        let mut indicators = Vec::new();
        positions.clear();
        for (i, slot) in slots.into_iter().enumerate() {
            if let Some(chosen) = slot.indicator {
                indicators.push((i, chosen));
            }
            positions.push(slot.position);
            report.metrics.push(slot.metric);
        }
        Metrics {
            entries,
            indicators,
        }
    }

    /// Puts back the indicators the user chose, over what the dictionary assigned.
    pub fn force_indicators(&self, report: &mut Report) {
        for (i, chosen) in &self.indicators {
            if let Some(m) = report.metrics.get_mut(*i) {
                m.indicator.clone_from(chosen);
            }
        }
    }

    /// The review corrections applied to the report's final findings, and every entry
    /// written to `report.corrections` in the log's order.
    pub fn finish(self, text: &str, report: &mut Report, log: &[Correction]) {
        let mut reviews: Vec<FindingReview> = Vec::new();
        let entries = self
            .entries
            .into_iter()
            .zip(log)
            .map(|(entry, c)| entry.unwrap_or_else(|| review(text, report, &mut reviews, c)))
            .collect();
        crate::sort::by_key(&mut reviews, |r| r.finding);
        report.reviews = reviews;
        report.corrections = entries;
    }
}

fn entry(c: &Correction, target: CorrectionTarget, action: &str) -> AppliedCorrection {
    AppliedCorrection {
        id: c.id.clone(),
        status: CorrectionStatus::Applied,
        target,
        action: action.to_string(),
        field: None,
        span: None,
        original: None,
        value: None,
        reason: None,
    }
}

fn unplaced(mut e: AppliedCorrection, reason: UnplacedReason) -> AppliedCorrection {
    e.status = CorrectionStatus::Unplaced;
    e.reason = Some(reason);
    e
}

/// The live metric standing on the anchor's place: the one with that exact span, else the one
/// overlapping it most (a newer core may draw the span with or without a qualifier word).
fn find(text: &str, slots: &[Slot], at: &Anchor) -> Result<usize, UnplacedReason> {
    let span = at.locate(text)?;
    let overlap = |s: &Slot| {
        let m = s.metric.span;
        m.end.min(span.end).saturating_sub(m.start.max(span.start))
    };
    if let Some(i) = slots
        .iter()
        .position(|s| !s.removed && s.metric.span == span)
    {
        return Ok(i);
    }
    let best = (0..slots.len())
        .filter(|&i| !slots[i].removed && overlap(&slots[i]) > 0)
        .max_by_key(|&i| overlap(&slots[i]));
    match best {
        Some(i) => Ok(i),
        None if slots.iter().any(|s| s.removed && overlap(s) > 0) => Err(UnplacedReason::Removed),
        None => Err(UnplacedReason::NoMetric),
    }
}

/// The metric's fields as extracted, recorded before its first correction.
fn remember_original(slot: &mut Slot, id: &str) {
    let m = &mut slot.metric;
    if m.correction.is_none() {
        m.correction = Some(MetricCorrection {
            added: false,
            original: Some(OriginalMetric::from(&*m)),
            ids: Vec::new(),
        });
    }
    if let Some(correction) = &mut m.correction {
        correction.ids.push(id.to_string());
    }
}

fn edit(
    text: &str,
    slots: &mut [Slot],
    c: &Correction,
    at: &Anchor,
    set: &MetricField,
) -> AppliedCorrection {
    let mut e = entry(c, CorrectionTarget::Metric, "edit");
    e.field = Some(set.name().to_string());
    let i = match find(text, slots, at) {
        Ok(i) => i,
        Err(reason) => return unplaced(e, reason),
    };
    let slot = &mut slots[i];
    remember_original(slot, &c.id);
    e.span = Some(slot.metric.span);
    e.original = Some(field_text(&slot.metric, set, slot.indicator.as_ref()));
    set_field(slot, set);
    e.value = Some(field_text(&slot.metric, set, slot.indicator.as_ref()));
    e
}

fn set_field(slot: &mut Slot, set: &MetricField) {
    let m = &mut slot.metric;
    match set {
        MetricField::Label(label) => m.label.clone_from(label),
        MetricField::Value(value) => {
            m.value = *value;
            m.base = Some(base_of(m.value, m.unit.as_deref()));
        }
        MetricField::Unit(unit) => {
            m.unit = unit.clone().filter(|u| !u.trim().is_empty());
            m.base = Some(base_of(m.value, m.unit.as_deref()));
        }
        MetricField::Qualifier(q) => {
            m.qualifier = *q;
            // The word as written no longer says what the qualifier is.
            m.qualifier_text = q.map(|q| q.as_str().to_string());
        }
        MetricField::Kind(kind) => m.kind = *kind,
        MetricField::Direction(d) => m.direction = *d,
        MetricField::Indicator(chosen) => {
            m.indicator.clone_from(chosen);
            slot.indicator = Some(chosen.clone());
        }
    }
}

/// A field's value as the user reads it.
fn field_text(m: &Metric, field: &MetricField, chosen: Option<&Option<String>>) -> String {
    match field {
        MetricField::Label(_) => m.label.clone(),
        MetricField::Value(_) => m.value.to_string(),
        MetricField::Unit(_) => m.unit.clone().unwrap_or_default(),
        MetricField::Qualifier(_) => m.qualifier.map(|q| q.as_str()).unwrap_or("").to_string(),
        MetricField::Kind(_) => m.kind.as_str().to_string(),
        MetricField::Direction(_) => m
            .direction
            .map(|d| format!("{d:?}").to_lowercase())
            .unwrap_or_default(),
        MetricField::Indicator(_) => chosen
            .cloned()
            .unwrap_or_else(|| m.indicator.clone())
            .unwrap_or_default(),
    }
}

fn remove(text: &str, slots: &mut [Slot], c: &Correction, at: &Anchor) -> AppliedCorrection {
    let mut e = entry(c, CorrectionTarget::Metric, "remove");
    match find(text, slots, at) {
        Ok(i) => {
            let slot = &mut slots[i];
            remember_original(slot, &c.id);
            slot.removed = true;
            e.span = Some(slot.metric.span);
            e.original = Some(format!("{}（{}）", slot.metric.text, slot.metric.label));
            e
        }
        Err(reason) => unplaced(e, reason),
    }
}

fn add(
    cleaned: &Cleaned<'_>,
    outline: &Outline,
    slots: &mut Vec<Slot>,
    c: &Correction,
    at: &Anchor,
    new: &NewMetric,
) -> AppliedCorrection {
    let mut e = entry(c, CorrectionTarget::Metric, "add");
    let text = cleaned.original;
    let span = match at.locate(text) {
        Ok(span) => span,
        Err(reason) => return unplaced(e, reason),
    };
    e.span = Some(span);
    e.value = Some(format!("{}（{}）", span.slice(text), new.label));
    // A newer core may find the metric itself: then the user's fields go over it.
    if let Ok(i) = find(text, slots, at) {
        let slot = &mut slots[i];
        remember_original(slot, &c.id);
        for set in fields_of(new) {
            set_field(slot, &set);
        }
        return e;
    }
    let (Some(start), Some(end)) = (
        cleaned.map.to_clean(span.start),
        cleaned.map.to_clean(span.end),
    ) else {
        return unplaced(e, UnplacedReason::LeftOut);
    };
    let mut slot = Slot {
        metric: Metric {
            value: new.value,
            unit: new.unit.clone().filter(|u| !u.trim().is_empty()),
            qualifier: new.qualifier,
            qualifier_text: new.qualifier.map(|q| q.as_str().to_string()),
            kind: new.kind,
            direction: new.direction,
            label: new.label.clone(),
            section: outline.section_at(start),
            span,
            text: span.slice(text).to_string(),
            base: None,
            indicator: None,
            correction: Some(MetricCorrection {
                added: true,
                original: None,
                ids: vec![c.id.clone()],
            }),
        },
        position: (start, end.max(start)),
        removed: false,
        indicator: new.indicator.clone().map(Some),
    };
    slot.metric.base = Some(base_of(slot.metric.value, slot.metric.unit.as_deref()));
    slots.push(slot);
    e
}

/// The user's fields of an added metric, as edits.
fn fields_of(new: &NewMetric) -> Vec<MetricField> {
    let mut fields = vec![
        MetricField::Value(new.value),
        MetricField::Unit(new.unit.clone()),
        MetricField::Qualifier(new.qualifier),
        MetricField::Kind(new.kind),
        MetricField::Direction(new.direction),
        MetricField::Label(new.label.clone()),
    ];
    if new.indicator.is_some() {
        fields.push(MetricField::Indicator(new.indicator.clone()));
    }
    fields
}

/// Magnitude words a unit may start with, and the power of ten each stands for.
const MAGNITUDES: [(&str, u32); 7] = [
    ("万亿", 12),
    ("萬億", 12),
    ("万万", 8),
    ("亿", 8),
    ("億", 8),
    ("万", 4),
    ("萬", 4),
];

/// The value multiplied out to the unit without its magnitude word (23.07 亿元 → 2307000000 元),
/// as the metrics stage computes it.
pub fn base_of(value: Decimal, unit: Option<&str>) -> Base {
    let (power, rest) = unit
        .and_then(|u| {
            MAGNITUDES
                .iter()
                .find_map(|&(word, power)| u.strip_prefix(word).map(|rest| (power, rest)))
        })
        .unwrap_or((0, unit.unwrap_or("")));
    Base {
        value: value.shift(power),
        unit: Some(rest.to_string()).filter(|u| !u.is_empty()),
    }
}

fn fact(text: &str, report: &mut Report, c: &Correction, set: &Fact) -> AppliedCorrection {
    let mut e = entry(c, CorrectionTarget::Fact, "edit");
    e.field = Some(set.name().to_string());
    let clean = |s: &Option<String>| {
        s.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
    };
    match set {
        Fact::Title(v) => {
            e.original = report.title.clone();
            report.title = clean(v);
            e.value = report.title.clone();
        }
        Fact::Issuer(v) => {
            e.original = report.issuer.clone();
            report.issuer = clean(v);
            e.value = report.issuer.clone();
            // The region follows the user's words (a fuller name, 柳州市城中区, settles an
            // ambiguous 城中区); a region corrected later in the log wins over it.
            report.issued_by = report.issuer.as_deref().map(|issuer| {
                let mut by = region::normalise(issuer, text);
                if by.code.is_some() {
                    by.resolution = Resolution::Corrected;
                }
                by
            });
        }
        Fact::Region(code) => {
            e.original = report.issued_by.as_ref().and_then(|b| b.code.clone());
            let body = report.issued_by.as_ref().and_then(|b| b.body.clone());
            match clean(code) {
                None => report.issued_by = None,
                Some(code) => match region::from_code(&code, body.as_deref()) {
                    Some(by) => report.issued_by = Some(by),
                    None => return unplaced(e, UnplacedReason::Invalid),
                },
            }
            e.value = report.issued_by.as_ref().and_then(|b| b.code.clone());
        }
        Fact::Year(v) => {
            if v.is_some_and(|y| !(1949..=2200).contains(&y)) {
                return unplaced(e, UnplacedReason::Invalid);
            }
            e.original = report.year.map(|y| y.to_string());
            report.year = *v;
            e.value = v.map(|y| y.to_string());
        }
        Fact::Published(v) => {
            let v = clean(v);
            if v.as_deref().is_some_and(|d| !is_iso_date(d)) {
                return unplaced(e, UnplacedReason::Invalid);
            }
            e.original = report.published.clone();
            report.published = v;
            e.value = report.published.clone();
        }
    }
    e
}

/// `YYYY-MM-DD` naming a day that exists.
fn is_iso_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    let num = |p: &str, len: usize| {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    let (Some(y), Some(m), Some(d)) = (num(y, 4), num(m, 2), num(d, 2)) else {
        return false;
    };
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

/// A review correction applied to the report's final findings.
fn review(
    text: &str,
    report: &Report,
    reviews: &mut Vec<FindingReview>,
    c: &Correction,
) -> AppliedCorrection {
    let mut e = entry(c, CorrectionTarget::Finding, "review");
    let Change::ReviewFinding {
        at,
        finding,
        message,
        status,
        note,
    } = &c.change
    else {
        return e;
    };
    let same_kind = |i: &usize| report.findings[*i].kind == *finding;
    let found = match at {
        Some(anchor) => anchor.locate(text).and_then(|span| {
            let overlap = |s: Option<Span>| {
                s.map_or(0, |s| {
                    s.end.min(span.end).saturating_sub(s.start.max(span.start))
                })
            };
            (0..report.findings.len())
                .filter(same_kind)
                .filter(|&i| {
                    report.findings[i].span == Some(span) || overlap(report.findings[i].span) > 0
                })
                .max_by_key(|&i| {
                    (
                        report.findings[i].span == Some(span),
                        overlap(report.findings[i].span),
                    )
                })
                .ok_or(UnplacedReason::NoFinding)
        }),
        None => (0..report.findings.len())
            .filter(same_kind)
            .find(|&i| {
                report.findings[i].span.is_none() && report.findings[i].message.zh == *message
            })
            .ok_or(UnplacedReason::NoFinding),
    };
    let i = match found {
        Ok(i) => i,
        Err(reason) => return unplaced(e, reason),
    };
    e.span = report.findings[i].span;
    e.field = Some("status".to_string());
    let previous = reviews.iter().position(|r| r.finding == i);
    e.original = previous.map(|p| status_text(reviews[p].status));
    e.value = Some(status_text(*status));
    let r = FindingReview {
        finding: i,
        status: *status,
        note: note.clone().filter(|n| !n.trim().is_empty()),
        id: c.id.clone(),
    };
    match previous {
        Some(p) => reviews[p] = r,
        None => reviews.push(r),
    }
    e
}

fn status_text(s: crate::model::ReviewStatus) -> String {
    match s {
        crate::model::ReviewStatus::Reviewed => "reviewed",
        crate::model::ReviewStatus::Dismissed => "dismissed",
    }
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magnitudes_are_multiplied_out() {
        let b = base_of(Decimal::parse("23.07").unwrap(), Some("亿元"));
        assert_eq!(b.value.to_string(), "2307000000");
        assert_eq!(b.unit.as_deref(), Some("元"));
        let b = base_of(Decimal::parse("98").unwrap(), Some("%"));
        assert_eq!(
            (b.value.to_string(), b.unit.as_deref()),
            ("98".into(), Some("%"))
        );
        let b = base_of(Decimal::parse("3").unwrap(), Some("万"));
        assert_eq!((b.value.to_string(), b.unit), ("30000".into(), None));
        assert_eq!(base_of(Decimal::parse("5").unwrap(), None).unit, None);
    }

    #[test]
    fn publication_dates_must_name_a_day() {
        assert!(is_iso_date("2024-02-29"));
        assert!(!is_iso_date("2023-02-29"));
        assert!(!is_iso_date("2023-13-01"));
        assert!(!is_iso_date("2023-3-1"));
        assert!(!is_iso_date("2023年3月1日"));
    }
}
