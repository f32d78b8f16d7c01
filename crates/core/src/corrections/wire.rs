//! How a [`Change`] is read from JSON: as one flat struct, then checked against its `kind`.
//!
//! `Change` is written internally tagged (`{"kind": "edit_metric", "at": …, "set": …}`).
//! serde's derive reads such an enum by buffering the whole object into its generic
//! `Content` tree and reading the variant again from there, which compiles every nested
//! type's reader a second time, for the buffer (≈ 8 KB of the web page's first paint,
//! BENCHMARKS.md "Session 7"). But every field name of `Change` means one type whatever the
//! variant, except `set` (a metric's field or a fact), whose `field` names are distinct
//! between the two: so the object can be read straight into [`Flat`], with `set` as
//! [`AnySet`], and the variant chosen after. The JSON is the same in both directions
//! (writing stays derived); fields a variant does not have are ignored as before, but
//! must be well formed.

use super::{Anchor, Change, Fact, MetricField, NewMetric};
use crate::decimal::Decimal;
use crate::model::{Direction, FindingKind, MetricKind, Qualifier, ReviewStatus};
use serde::Deserialize;

/// Every field any variant of [`Change`] has, as the JSON names them.
#[derive(Deserialize)]
pub(super) struct Flat {
    kind: Which,
    #[serde(default)]
    at: Option<Anchor>,
    #[serde(default)]
    set: Option<AnySet>,
    #[serde(default)]
    metric: Option<NewMetric>,
    #[serde(default)]
    finding: Option<FindingKind>,
    #[serde(default)]
    message: String,
    #[serde(default)]
    status: Option<ReviewStatus>,
    #[serde(default)]
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum Which {
    EditMetric,
    RemoveMetric,
    AddMetric,
    EditFact,
    ReviewFinding,
}

/// A [`MetricField`] or a [`Fact`]: the two enums' tags are distinct, so one adjacently
/// tagged enum holds both.
#[derive(Deserialize)]
#[serde(tag = "field", content = "value", rename_all = "snake_case")]
enum AnySet {
    Label(String),
    Value(Decimal),
    Unit(Option<String>),
    Qualifier(Option<Qualifier>),
    Kind(MetricKind),
    Direction(Option<Direction>),
    Indicator(Option<String>),
    Title(Option<String>),
    Issuer(Option<String>),
    Year(Option<i32>),
    Published(Option<String>),
    Region(Option<String>),
}

impl AnySet {
    fn metric_field(self) -> Result<MetricField, &'static str> {
        Ok(match self {
            AnySet::Label(v) => MetricField::Label(v),
            AnySet::Value(v) => MetricField::Value(v),
            AnySet::Unit(v) => MetricField::Unit(v),
            AnySet::Qualifier(v) => MetricField::Qualifier(v),
            AnySet::Kind(v) => MetricField::Kind(v),
            AnySet::Direction(v) => MetricField::Direction(v),
            AnySet::Indicator(v) => MetricField::Indicator(v),
            _ => return Err("edit_metric sets a fact, not a metric's field"),
        })
    }

    fn fact(self) -> Result<Fact, &'static str> {
        Ok(match self {
            AnySet::Title(v) => Fact::Title(v),
            AnySet::Issuer(v) => Fact::Issuer(v),
            AnySet::Year(v) => Fact::Year(v),
            AnySet::Published(v) => Fact::Published(v),
            AnySet::Region(v) => Fact::Region(v),
            _ => return Err("edit_fact sets a metric's field, not a fact"),
        })
    }
}

impl TryFrom<Flat> for Change {
    type Error = &'static str;

    fn try_from(f: Flat) -> Result<Change, &'static str> {
        fn need<T>(value: Option<T>, missing: &'static str) -> Result<T, &'static str> {
            value.ok_or(missing)
        }
        const AT: &str = "missing field `at`";
        const SET: &str = "missing field `set`";
        Ok(match f.kind {
            Which::EditMetric => Change::EditMetric {
                at: need(f.at, AT)?,
                set: need(f.set, SET)?.metric_field()?,
            },
            Which::RemoveMetric => Change::RemoveMetric {
                at: need(f.at, AT)?,
            },
            Which::AddMetric => Change::AddMetric {
                at: need(f.at, AT)?,
                metric: need(f.metric, "missing field `metric`")?,
            },
            Which::EditFact => Change::EditFact {
                set: need(f.set, SET)?.fact()?,
            },
            Which::ReviewFinding => Change::ReviewFinding {
                at: f.at,
                finding: need(f.finding, "missing field `finding`")?,
                message: f.message,
                status: need(f.status, "missing field `status`")?,
                note: f.note,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    /// `Change` as serde's derive read it before (internally tagged): the reference the flat
    /// reader must agree with.
    #[derive(Serialize, Deserialize)]
    #[serde(tag = "kind", rename_all = "snake_case")]
    enum Derived {
        EditMetric {
            at: Anchor,
            set: MetricField,
        },
        RemoveMetric {
            at: Anchor,
        },
        AddMetric {
            at: Anchor,
            metric: NewMetric,
        },
        EditFact {
            set: Fact,
        },
        ReviewFinding {
            #[serde(default, skip_serializing_if = "Option::is_none")]
            at: Option<Anchor>,
            finding: FindingKind,
            #[serde(default)]
            message: String,
            status: ReviewStatus,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            note: Option<String>,
        },
    }

    const AT: &str = r#"{"span":[3,9],"text":"120件","before":"办理","after":"，"}"#;

    /// Objects as written, in other key orders, with fields missing, wrong or foreign.
    fn cases() -> Vec<String> {
        let mut cases = Vec::new();
        let sets_metric = [
            r#"{"field":"label","value":"行政复议案件"}"#,
            r#"{"field":"value","value":120}"#,
            r#"{"field":"value","value":23.07}"#,
            r#"{"value":-0.5,"field":"value"}"#,
            r#"{"field":"unit","value":null}"#,
            r#"{"field":"unit","value":"件"}"#,
            r#"{"field":"qualifier","value":"余"}"#,
            r#"{"field":"qualifier","value":null}"#,
            r#"{"field":"kind","value":"percent"}"#,
            r#"{"field":"direction","value":"down"}"#,
            r#"{"field":"indicator","value":"reconsideration_cases"}"#,
            r#"{"field":"indicator","value":null}"#,
            r#"{"field":"kind","value":"nonsense"}"#,
            r#"{"field":"year","value":2023}"#,
            r#"{"field":"label"}"#,
            r#"{"value":"x"}"#,
        ];
        let sets_fact = [
            r#"{"field":"title","value":"某县2023年法治政府建设年度报告"}"#,
            r#"{"field":"issuer","value":null}"#,
            r#"{"field":"year","value":2023}"#,
            r#"{"value":2024,"field":"year"}"#,
            r#"{"field":"published","value":"2024-03-01"}"#,
            r#"{"field":"region","value":"450222"}"#,
            r#"{"field":"label","value":"x"}"#,
        ];
        for set in sets_metric.iter().chain(&sets_fact) {
            cases.push(format!(r#"{{"kind":"edit_metric","at":{AT},"set":{set}}}"#));
            cases.push(format!(r#"{{"set":{set},"at":{AT},"kind":"edit_metric"}}"#));
            cases.push(format!(r#"{{"kind":"edit_fact","set":{set}}}"#));
            cases.push(format!(r#"{{"set":{set},"kind":"edit_fact"}}"#));
        }
        let metric = r#"{"value":12,"unit":"件","qualifier":"余","kind":"count","direction":null,"label":"受理案件"}"#;
        cases.extend([
            format!(r#"{{"kind":"remove_metric","at":{AT}}}"#),
            format!(r#"{{"at":{AT},"kind":"remove_metric"}}"#),
            r#"{"kind":"remove_metric"}"#.to_string(),
            format!(r#"{{"kind":"add_metric","at":{AT},"metric":{metric}}}"#),
            format!(r#"{{"metric":{metric},"kind":"add_metric","at":{AT}}}"#),
            format!(r#"{{"kind":"add_metric","at":{AT}}}"#),
            format!(r#"{{"kind":"review_finding","at":{AT},"finding":"arithmetic-mismatch","message":"合计不符","status":"reviewed","note":"已核对"}}"#),
            r#"{"kind":"review_finding","finding":"missing-part","status":"dismissed"}"#.to_string(),
            r#"{"status":"dismissed","finding":"missing-part","kind":"review_finding","message":""}"#.to_string(),
            r#"{"kind":"review_finding","finding":"missing-part"}"#.to_string(),
            r#"{"kind":"review_finding","finding":"no-such-finding","status":"reviewed"}"#.to_string(),
            format!(r#"{{"kind":"remove_metric","at":{AT},"unknown":[1,{{"a":2}}]}}"#),
            r#"{"kind":"rename_metric"}"#.to_string(),
            r#"{"at":null}"#.to_string(),
            r#"["edit_fact"]"#.to_string(),
            r#""edit_fact""#.to_string(),
        ]);
        cases
    }

    #[test]
    fn reads_what_the_derive_read_and_refuses_what_it_refused() {
        let mut read = 0;
        for case in cases() {
            let old = serde_json::from_str::<Derived>(&case);
            let new = serde_json::from_str::<Change>(&case);
            match (old, new) {
                (Ok(old), Ok(new)) => {
                    read += 1;
                    assert_eq!(
                        serde_json::to_string(&old).unwrap(),
                        serde_json::to_string(&new).unwrap(),
                        "{case}"
                    );
                }
                (Err(_), Err(_)) => {}
                (old, new) => panic!("{case}: derive {:?}, flat {:?}", old.is_ok(), new),
            }
        }
        assert_eq!(read, 48, "the cases that are corrections");
    }

    #[test]
    fn writes_what_it_reads() {
        for case in cases() {
            if let Ok(change) = serde_json::from_str::<Change>(&case) {
                let json = serde_json::to_string(&change).unwrap();
                assert_eq!(serde_json::from_str::<Change>(&json).unwrap(), change);
            }
        }
    }
}
