//! Rates and the counts they divide (纠错率 = 纠错 ÷ 审结, 败诉率 = 败诉 ÷ 一审案件), from the
//! `numerator`/`denominator` of rate indicators in the dictionary.
//!
//! Used twice: to check a printed rate whose counts stand in another sentence
//! (`checks::rate_base`), and to compute the rate a report implies but does not print
//! (`Profile::derived`), which makes 纠错率 comparable across reports that print only counts.

use super::{dictionary, Indicator};
use crate::model::{DerivedRate, MetricKind, Report};

/// The indicator of metric `i` if it is a rate with a numerator and a denominator.
pub fn rate_of(report: &Report, i: usize) -> Option<&'static Indicator> {
    let id = report.metrics.get(i)?.indicator.as_deref()?;
    let ind = dictionary().get(id)?;
    (ind.numerator.is_some() && ind.denominator.is_some()).then_some(ind)
}

/// The top-level heading whose section holds metric `i`.
fn top_section(report: &Report, i: usize) -> Option<usize> {
    let mut h = report.metrics.get(i)?.section?;
    for _ in 0..16 {
        match report.outline.get(h)?.parent {
            Some(p) => h = p,
            None => break,
        }
    }
    Some(h)
}

fn with_indicator(report: &Report, id: &str) -> Vec<usize> {
    report
        .metrics
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind == MetricKind::Count && m.indicator.as_deref() == Some(id))
        .map(|(i, _)| i)
        .collect()
}

/// The numerator and denominator metrics for `rate`: for a printed rate (`at`), the nearest
/// numerator before it in the same top-level section; otherwise the report's first numerator.
/// The denominator is the one nearest the numerator in the same top-level section, with the
/// same unit, not smaller than the numerator and not zero.
pub fn parts(report: &Report, rate: &Indicator, at: Option<usize>) -> Option<(usize, usize)> {
    let (num_id, den_id) = (rate.numerator.as_deref()?, rate.denominator.as_deref()?);
    let nums = with_indicator(report, num_id);
    let num = match at {
        Some(r) => nums
            .into_iter()
            .filter(|&n| n < r && top_section(report, n) == top_section(report, r))
            .max()?,
        None => nums.into_iter().next()?,
    };
    let m = &report.metrics;
    with_indicator(report, den_id)
        .into_iter()
        .filter(|&d| {
            top_section(report, d) == top_section(report, num)
                && m[d].unit == m[num].unit
                && m[d].value.to_f64() > 0.0
                && m[d].value.to_f64() >= m[num].value.to_f64()
        })
        .min_by_key(|&d| d.abs_diff(num))
        .map(|d| (num, d))
}

/// Rates of the dictionary that the report does not print but its counts imply.
pub fn derived(report: &Report) -> Vec<DerivedRate> {
    dictionary()
        .indicators
        .iter()
        .filter(|ind| ind.numerator.is_some() && ind.denominator.is_some())
        .filter(|ind| {
            !report
                .metrics
                .iter()
                .any(|m| m.indicator.as_deref() == Some(ind.id.as_str()))
        })
        .filter_map(|ind| {
            let (n, d) = parts(report, ind, None)?;
            let (vn, vd) = (report.metrics[n].value, report.metrics[d].value);
            let value = (vn.to_f64() / vd.to_f64() * 10000.0).round() / 100.0;
            Some(DerivedRate {
                indicator: ind.id.clone(),
                value,
                relation: format!("{vn}/{vd}"),
                metrics: vec![n, d],
            })
        })
        .collect()
}
