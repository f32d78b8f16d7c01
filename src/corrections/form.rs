//! The correction forms as text, and the corrections they make: the metric detail's form, the
//! add-a-metric dialog and the facts form hold what the user typed ([`MetricForm`],
//! [`FactsForm`]); saving reads them here. A value or a year is read by the core's
//! `numeral::typed` (full-width digits, `1,200`, `1，200`, Chinese numerals, `2023年`) in the
//! worker (`Request::ReadTyped`: the number reader stays out of the first-paint bundle), and
//! what it cannot read is refused with the reason ([`FormError`]) — never saved as something
//! else and never as nothing (an unreadable year used to clear the year).

use crate::i18n::{ALL_KINDS, ALL_QUALIFIERS};
use crate::protocol::Typed;
use gangmu_core::corrections::{Fact, MetricField, NewMetric};
use gangmu_core::numeral::typed::Refusal;
use gangmu_core::{Decimal, Direction, Metric, MetricKind, Report};

/// A value field as the worker read it.
pub type ReadValue = Result<Decimal, Refusal>;
/// A year field as the worker read it.
pub type ReadYear = Result<i32, Refusal>;

impl Typed {
    /// The number read, or why not.
    pub fn number(self) -> ReadValue {
        match self {
            Typed::Number(n) => Ok(n),
            Typed::Refused(r) => Err(r),
            Typed::Year(_) => Err(Refusal::NotANumber),
        }
    }

    /// The year read, or why not.
    pub fn year(self) -> ReadYear {
        match self {
            Typed::Year(y) => Ok(y),
            Typed::Refused(r) => Err(r),
            Typed::Number(_) => Err(Refusal::NotAYear),
        }
    }
}

/// Why a form was not saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormError {
    Value(Refusal),
    Year(Refusal),
    /// A metric needs a label (what it counts).
    Label,
}

/// A metric's fields as the form shows them (a select's value for the choices).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MetricForm {
    pub label: String,
    pub value: String,
    pub unit: String,
    /// `""` or a qualifier's word (`余`).
    pub qualifier: String,
    /// A kind's `as_str` (`count`).
    pub kind: String,
    /// `""`, `up` or `down`.
    pub direction: String,
    /// `""` or an indicator id.
    pub indicator: String,
}

impl MetricForm {
    /// The form for a metric as the report has it.
    pub fn of(m: &Metric) -> MetricForm {
        MetricForm::of_new(Some(&NewMetric::from(m)))
    }

    /// The form for a metric being added, from what the core read in the selection.
    pub fn of_new(m: Option<&NewMetric>) -> MetricForm {
        let Some(m) = m else {
            return MetricForm {
                kind: MetricKind::Count.as_str().to_string(),
                ..MetricForm::default()
            };
        };
        MetricForm {
            label: m.label.clone(),
            value: m.value.to_string(),
            unit: m.unit.clone().unwrap_or_default(),
            qualifier: m
                .qualifier
                .map(|q| q.as_str().to_string())
                .unwrap_or_default(),
            kind: m.kind.as_str().to_string(),
            direction: direction_str(m.direction).to_string(),
            indicator: m.indicator.clone().unwrap_or_default(),
        }
    }

    /// What can be refused before the value is read: a metric needs a label.
    pub fn check(&self) -> Result<(), FormError> {
        match self.label.trim() {
            "" => Err(FormError::Label),
            _ => Ok(()),
        }
    }

    fn read(&self, value: ReadValue) -> Result<NewMetric, FormError> {
        self.check()?;
        Ok(NewMetric {
            value: value.map_err(FormError::Value)?,
            unit: some(&self.unit),
            qualifier: ALL_QUALIFIERS
                .iter()
                .copied()
                .find(|q| q.as_str() == self.qualifier),
            kind: ALL_KINDS
                .iter()
                .copied()
                .find(|k| k.as_str() == self.kind)
                .unwrap_or(MetricKind::Count),
            direction: match self.direction.as_str() {
                "up" => Some(Direction::Up),
                "down" => Some(Direction::Down),
                _ => None,
            },
            label: self.label.trim().to_string(),
            indicator: some(&self.indicator),
        })
    }

    /// The metric the add dialog saves, its value field read as `value`.
    pub fn new_metric(&self, value: ReadValue) -> Result<NewMetric, FormError> {
        self.read(value)
    }

    /// The fields of `m` the user changed, one correction each (empty: nothing changed), the
    /// value field read as `value`.
    pub fn changes(&self, m: &Metric, value: ReadValue) -> Result<Vec<MetricField>, FormError> {
        let n = self.read(value)?;
        let mut out = Vec::new();
        if n.label != m.label {
            out.push(MetricField::Label(n.label));
        }
        if n.value != m.value {
            out.push(MetricField::Value(n.value));
        }
        if n.unit != m.unit {
            out.push(MetricField::Unit(n.unit));
        }
        if n.qualifier != m.qualifier {
            out.push(MetricField::Qualifier(n.qualifier));
        }
        if n.kind != m.kind {
            out.push(MetricField::Kind(n.kind));
        }
        if n.direction != m.direction {
            out.push(MetricField::Direction(n.direction));
        }
        if n.indicator != m.indicator {
            out.push(MetricField::Indicator(n.indicator));
        }
        Ok(out)
    }
}

/// The report's facts as the form shows them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FactsForm {
    pub title: String,
    pub issuer: String,
    pub year: String,
    /// `YYYY-MM-DD` (a date input) or empty.
    pub published: String,
}

impl FactsForm {
    pub fn of(r: &Report) -> FactsForm {
        FactsForm {
            title: r.title.clone().unwrap_or_default(),
            issuer: r.issuer.clone().unwrap_or_default(),
            year: r.year.map(|y| y.to_string()).unwrap_or_default(),
            published: r.published.clone().unwrap_or_default(),
        }
    }

    /// The facts the user changed, the year field read as `year`. An emptied field clears
    /// the fact; a year that is not one is refused (it does not clear the year).
    pub fn changes(&self, r: &Report, year: ReadYear) -> Result<Vec<Fact>, FormError> {
        let year = match year {
            Ok(y) => Some(y),
            Err(Refusal::Empty) => None,
            Err(e) => return Err(FormError::Year(e)),
        };
        let mut out = Vec::new();
        let title = some(&self.title);
        if title != r.title {
            out.push(Fact::Title(title));
        }
        let issuer = some(&self.issuer);
        if issuer != r.issuer {
            out.push(Fact::Issuer(issuer));
        }
        if year != r.year {
            out.push(Fact::Year(year));
        }
        let published = some(&self.published);
        if published != r.published {
            out.push(Fact::Published(published));
        }
        Ok(out)
    }
}

fn some(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

fn direction_str(d: Option<Direction>) -> &'static str {
    match d {
        Some(Direction::Up) => "up",
        Some(Direction::Down) => "down",
        None => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gangmu_core::numeral::typed;

    fn report() -> Report {
        gangmu_core::extract(crate::samples::text(3).unwrap(), &Default::default())
    }

    #[test]
    fn an_untouched_form_changes_nothing_and_typed_values_are_read_as_people_write_them() {
        let r = report();
        let m = &r.metrics[0];
        let form = MetricForm::of(m);
        let value = |f: &MetricForm| typed::number(&f.value);
        assert_eq!(form.changes(m, value(&form)), Ok(vec![]));
        for (typed, value) in [
            ("１２", 12),
            ("1,200", 1200),
            ("1，200", 1200),
            ("一千二百", 1200),
        ] {
            let f = MetricForm {
                value: typed.into(),
                ..form.clone()
            };
            assert_eq!(
                f.new_metric(typed::number(&f.value)).unwrap().value,
                Decimal::from_int(value)
            );
            let changes = f.changes(m, typed::number(&f.value)).unwrap();
            let expect = if m.value == Decimal::from_int(value) {
                vec![]
            } else {
                vec![MetricField::Value(Decimal::from_int(value))]
            };
            assert_eq!(changes, expect, "{typed}");
        }
        let f = MetricForm {
            value: "3万".into(),
            ..form.clone()
        };
        assert_eq!(
            f.changes(m, value(&f)),
            Err(FormError::Value(Refusal::Magnitude("万".into())))
        );
        let f = MetricForm {
            label: "  ".into(),
            ..form
        };
        assert_eq!(f.changes(m, value(&f)), Err(FormError::Label));
        assert_eq!(
            f.check(),
            Err(FormError::Label),
            "refused before the value is read"
        );
    }

    #[test]
    fn an_unreadable_year_is_refused_not_cleared_and_2023年_is_read() {
        let r = report();
        let form = FactsForm::of(&r);
        let year = |f: &FactsForm| typed::year(&f.year);
        assert_eq!(form.changes(&r, year(&form)), Ok(vec![]));
        let f = FactsForm {
            year: "二〇二一年".into(),
            ..form.clone()
        };
        assert_eq!(f.changes(&r, year(&f)), Ok(vec![Fact::Year(Some(2021))]));
        let f = FactsForm {
            year: "去年".into(),
            ..form.clone()
        };
        assert_eq!(
            f.changes(&r, year(&f)),
            Err(FormError::Year(Refusal::NotAYear))
        );
        let f = FactsForm {
            year: String::new(),
            ..form
        };
        assert_eq!(
            f.changes(&r, year(&f)),
            Ok(vec![Fact::Year(None)]),
            "emptied: cleared"
        );
    }
}
