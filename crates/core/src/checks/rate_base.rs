//! A printed rate checked against counts stated in another sentence (纠错率 against 纠错 and
//! 审结 stated earlier in the section).
//!
//! [`rate`](super::rate) reads rates whose counts share their sentence. A report may instead
//! state 审结163件 and 纠错26件 in one paragraph and the 纠错率 in the next; the rate's
//! indicator names its numerator and denominator (dictionary.toml), and the nearest such counts
//! before it in the same top-level section are taken as its base. The check names the base, as
//! 纠错率's base varies between reports (审结, 受理, 作出决定的案件).

use super::rate::{agree, Agreement};
use super::span_of;
use crate::indicators::rates;
use crate::model::{Check, CheckKind, Report};

pub fn find(report: &Report, earlier: &[Check]) -> Vec<Check> {
    let mut out = Vec::new();
    for r in 0..report.metrics.len() {
        let Some(rate) = rates::rate_of(report, r) else {
            continue;
        };
        let checked = earlier
            .iter()
            .any(|c| c.kind == CheckKind::Rate && c.metrics.contains(&r));
        if checked {
            continue;
        }
        let Some((n, d)) = rates::parts(report, rate, Some(r)) else {
            continue;
        };
        let m = &report.metrics;
        let computed = m[n].value.to_f64() / m[d].value.to_f64() * 100.0;
        let printed = m[r].value.to_f64();
        let agreement = agree(computed, printed, m[r].value.scale());
        let holds = agreement == Agreement::Rounded;
        let metrics = vec![d, n, r];
        out.push(Check {
            kind: CheckKind::Rate,
            holds,
            relation: format!(
                "{}/{}{}{}%",
                m[n].value,
                m[d].value,
                if holds { "=" } else { "≠" },
                m[r].value
            ),
            span: span_of(report, &metrics),
            note: format!(
                "{}按{}（{}）÷{}（{}）复算为{computed:.2}%{}",
                rate.zh,
                m[n].label,
                m[n].text,
                m[d].label,
                m[d].text,
                match agreement {
                    Agreement::Rounded => "",
                    Agreement::Truncated => "，原文为截断值",
                    Agreement::No => "，与原文不符（也可能原文另有基数）",
                }
            ),
            metrics,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::{extract, CheckKind, Options};

    #[test]
    fn a_rate_whose_counts_stand_in_another_sentence() {
        let r = extract(
            "一、行政复议\n全年审结行政复议案件163件，其中纠错26件。全年行政复议纠错率为15.95%。\n",
            &Options::default(),
        );
        let c = r
            .checks
            .iter()
            .find(|c| c.kind == CheckKind::Rate && c.relation.contains("26/163"))
            .expect("a rate check with its base");
        assert!(c.holds, "{c:?}");
        assert_eq!(c.relation, "26/163=15.95%");
        assert!(c.note.contains("审结"), "{}", c.note);

        let r = extract(
            "一、行政复议\n全年审结行政复议案件163件，其中纠错26件。全年行政复议纠错率为19.2%。\n",
            &Options::default(),
        );
        let c = r
            .checks
            .iter()
            .find(|c| c.relation.contains("26/163"))
            .unwrap();
        assert!(!c.holds);
        assert_eq!(c.relation, "26/163≠19.2%");
    }

    #[test]
    fn no_base_no_check() {
        let r = extract(
            "一、行政复议\n全年行政复议纠错率为19.2%。\n",
            &Options::default(),
        );
        assert!(r.checks.iter().all(|c| c.kind != CheckKind::Rate));
    }
}
