//! A printed rate checked against figures stated in other sentences.
//!
//! [`rate`](super::rate) reads rates whose counts share their sentence. A report may instead
//! state 审结163件 and 纠错26件 in one paragraph and the 纠错率 in the next; the rate's
//! indicator names its numerator and denominator (dictionary.toml), and the nearest such
//! figures before it in the same top-level section are taken (several adjacent numerators are
//! parts to add: 撤销5件、变更2件). The check names the base, as 纠错率's base varies between
//! reports (审结, 受理, 作出决定的案件).
//!
//! When only the base is stated (两批次各有120人符合报考条件，及格率分别为95.5%和92.2%), the
//! printed rate must at least be reachable: some whole number k with k/120 rounding to it.

use super::rate::{agree, Agreement};
use super::span_of;
use crate::indicators::rates::{self, Base, Scope};
use crate::model::{Check, CheckKind, Report};

/// Largest base tried for reachability (a whole count of people or cases).
const MAX_BASE: f64 = 1e7;

pub fn find(report: &Report, earlier: &[Check]) -> Vec<Check> {
    let mut out = Vec::new();
    let index = rates::Index::new(report);
    let checked: foldhash::HashSet<usize> = earlier
        .iter()
        .filter(|c| c.kind == CheckKind::Rate)
        .flat_map(|c| c.metrics.iter().copied())
        .collect();
    for r in 0..report.metrics.len() {
        let Some(rate) = rates::rate_of(report, r) else {
            continue;
        };
        if checked.contains(&r) {
            continue;
        }
        let Some(base) = rates::base(report, &index, rate, Some(r)) else {
            continue;
        };
        let m = &report.metrics;
        let printed = m[r].value.to_f64();
        let decimals = m[r].value.scale();
        if base.numerator.is_empty() {
            if let Some(c) = reachable(report, r, base.denominator, printed, decimals) {
                out.push(c);
            }
            continue;
        }
        // The rate's own base first, then the others reports use; the first that gives the
        // printed figure is the one reported, else the own base with the mismatch.
        let alternatives = rate
            .denominator_also
            .iter()
            .filter_map(|id| rates::base_over(report, &index, rate, id, Some(r), Scope::Report));
        let tried: Vec<(Base, f64, Agreement)> = std::iter::once(base)
            .chain(alternatives)
            .filter_map(|b| {
                let n = b.numerator_value(report)?.to_f64();
                let computed = n / m[b.denominator].value.to_f64() * 100.0;
                Some((b, computed, agree(computed, printed, decimals)))
            })
            .collect();
        let chosen = [Agreement::Rounded, Agreement::Truncated]
            .iter()
            .find_map(|want| tried.iter().find(|t| t.2 == *want))
            .or(tried.first());
        let Some((base, computed, agreement)) = chosen else {
            continue;
        };
        let (computed, agreement) = (*computed, *agreement);
        let d = base.denominator;
        let holds = agreement == Agreement::Rounded;
        let mut metrics = vec![d];
        metrics.extend(&base.numerator);
        metrics.push(r);
        let n_label = &m[base.numerator[0]].label;
        out.push(Check {
            kind: CheckKind::Rate,
            holds,
            relation: format!(
                "{}/{}{}{}%",
                base.numerator_text(report),
                m[d].value,
                if holds { "=" } else { "≠" },
                m[r].value
            ),
            span: span_of(report, &metrics),
            note: format!(
                "{}按{}（{}）÷{}（{}）复算为{computed:.2}%{}",
                rate.zh,
                n_label,
                base.numerator_text(report),
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

/// Whether some whole k gives k/n = the printed rate (rounded half-up to its decimals).
fn reachable(report: &Report, r: usize, d: usize, printed: f64, decimals: u32) -> Option<Check> {
    let m = &report.metrics;
    let n = m[d].value.to_f64();
    let in_range = 0.0 < printed && printed < 100.0 && n <= MAX_BASE;
    if !in_range || !m[d].value.is_integer() {
        return None;
    }
    let near = (printed * n / 100.0).floor();
    let hit = [near - 1.0, near, near + 1.0]
        .into_iter()
        .filter(|&k| (0.0..=n).contains(&k))
        .find(|&k| agree(k / n * 100.0, printed, decimals) == Agreement::Rounded);
    let metrics = vec![d, r];
    let span = span_of(report, &metrics);
    Some(match hit {
        Some(k) => Check {
            kind: CheckKind::Rate,
            holds: true,
            relation: format!("{k}/{}={}%", m[d].value, m[r].value),
            span,
            note: format!(
                "以“{}”{}为基数，{}可由{k}/{}得出",
                m[d].label, m[d].text, m[r].text, m[d].value
            ),
            metrics,
        },
        None => {
            let (lo, hi) = (near.max(0.0), (near + 1.0).min(n));
            Check {
                kind: CheckKind::Rate,
                holds: false,
                relation: format!("k/{}≠{}%", m[d].value, m[r].value),
                span,
                note: format!(
                    "以“{}”{}为基数，{}无法由整数得出：{lo}/{n}={:.2}%，{hi}/{n}={:.2}%（实际基数可能与所述不同）",
                    m[d].label,
                    m[d].text,
                    m[r].text,
                    lo / n * 100.0,
                    hi / n * 100.0
                ),
                metrics,
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use crate::{extract, CheckKind, Options};

    fn rate_checks(text: &str) -> Vec<crate::Check> {
        extract(text, &Options::default())
            .checks
            .into_iter()
            .filter(|c| c.kind == CheckKind::Rate)
            .collect()
    }

    #[test]
    fn a_rate_whose_counts_stand_in_another_sentence() {
        let c = rate_checks(
            "一、行政复议\n全年审结行政复议案件163件，其中纠错26件。全年行政复议纠错率为15.95%。\n",
        );
        assert_eq!(c.len(), 1, "{c:#?}");
        assert!(c[0].holds, "{c:?}");
        assert_eq!(c[0].relation, "26/163=15.95%");
        assert!(c[0].note.contains("审结"), "{}", c[0].note);

        let c = rate_checks(
            "一、行政复议\n全年审结行政复议案件163件，其中纠错26件。全年行政复议纠错率为19.2%。\n",
        );
        assert!(!c[0].holds);
        assert_eq!(c[0].relation, "26/163≠19.2%");
    }

    #[test]
    fn a_rate_of_the_cases_accepted_rather_than_concluded() {
        // 29/151 = 19.2%: this report divides by the cases it accepted, not the 135 concluded.
        let c = rate_checks(
            "一、案件办理情况\n2024年新受理行政复议案件151件。\n二、案件审理情况\n全年共审结行政复议申请135件，其中纠错29件，纠错率约19.2%。\n",
        );
        assert_eq!(c.len(), 1, "{c:#?}");
        assert!(c[0].holds, "{c:?}");
        assert_eq!(c[0].relation, "29/151=19.2%");
        assert!(c[0].note.contains("新受理"), "{}", c[0].note);
    }

    #[test]
    fn listed_parts_add_up_to_the_numerator() {
        let c = rate_checks(
            "一、行政复议\n全年审结行政复议案件100件，撤销5件、变更2件、确认违法3件。行政复议纠错率为10%。\n",
        );
        assert_eq!(c.len(), 1, "{c:#?}");
        assert_eq!(c[0].relation, "(5+2+3)/100=10%");
        assert!(c[0].holds);
    }

    #[test]
    fn a_rate_must_be_reachable_from_its_stated_base() {
        // Seed 003: 95.5% of 120 people is 114.6 people.
        let c = rate_checks(
            "（六）执法\n2023年我县组织两次行政执法人员资格考试，经审核，两批次各有120人符合报考条件，两次考试的及格率分别为95.5%和92.5%。\n",
        );
        assert_eq!(c.len(), 2, "{c:#?}");
        assert!(!c[0].holds);
        assert_eq!(c[0].relation, "k/120≠95.5%");
        assert!(
            c[0].note.contains("114/120=95.00%，115/120=95.83%"),
            "{}",
            c[0].note
        );
        assert!(c[1].holds, "111/120 = 92.5%");
        assert_eq!(c[1].relation, "111/120=92.5%");
    }

    #[test]
    fn many_rates_and_restatements_stay_cheap() {
        // Thousands of rates, each with its counts two sentences back, and the same totals
        // stated over and over: the lookups are indexed and bounded, not pairwise.
        let text = "审结行政复议案件100件，其中纠错10件。全年共收到依申请公开政府信息的申请8件。行政复议纠错率为10%。\n"
            .repeat(3000);
        let r = extract(&text, &Options::default());
        let rates = r
            .checks
            .iter()
            .filter(|c| c.kind == CheckKind::Rate && c.relation == "10/100=10%")
            .count();
        let printed = r
            .metrics
            .iter()
            .filter(|m| m.indicator.as_deref() == Some("fy_correct_rate"))
            .count();
        assert!(printed > 2900, "{printed}");
        assert_eq!(rates, printed);
        let consistency = r
            .checks
            .iter()
            .filter(|c| c.kind == CheckKind::Consistency)
            .count();
        // Two restated totals (审结100件, 申请8件), each compared at most 16 times.
        assert!(consistency <= 32, "{consistency}");
    }

    #[test]
    fn no_base_no_check() {
        assert!(rate_checks("一、行政复议\n全年行政复议纠错率为19.2%。\n").is_empty());
    }
}
