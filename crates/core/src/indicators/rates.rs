//! Rates and the counts they divide (纠错率 = 纠错 ÷ 审结, 败诉率 = 败诉 ÷ 一审案件), from the
//! `numerator`/`denominator` of rate indicators in the dictionary.
//!
//! Used twice: to check a printed rate whose counts stand in another sentence
//! (`checks::rate_base`), and to compute the rate a report implies but does not print
//! (`Profile::derived`), which makes 纠错率 comparable across reports that print only counts.

use super::{dictionary, Indicator};
use crate::decimal::Decimal;
use crate::model::{DerivedRate, MetricKind, Report};

/// The indicator of metric `i` if it is a rate whose denominator (and usually numerator) the
/// dictionary names.
pub fn rate_of(report: &Report, i: usize) -> Option<&'static Indicator> {
    let id = report.metrics.get(i)?.indicator.as_deref()?;
    let ind = super::get(id)?;
    ind.denominator.is_some().then_some(ind)
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

/// The count metrics of each indicator, in text order, gathered once per report so that looking
/// up a rate's figures stays cheap however many rates a report prints.
pub struct Index<'r> {
    by_indicator: foldhash::HashMap<&'r str, Vec<usize>>,
}

impl<'r> Index<'r> {
    pub fn new(report: &'r Report) -> Self {
        // Sized once for every metric (at most one key each): grown from empty, the map was
        // rehashed as it grew (≈ 0.02 M instructions a pass over the seeds in each of its two
        // builders, the checks' rate_base and the profile's derived rates).
        let mut by_indicator: foldhash::HashMap<&str, Vec<usize>> =
            foldhash::HashMapExt::with_capacity(report.metrics.len());
        for (i, m) in report.metrics.iter().enumerate() {
            if let (MetricKind::Count, Some(id)) = (m.kind, m.indicator.as_deref()) {
                by_indicator.entry(id).or_default().push(i);
            }
        }
        Index { by_indicator }
    }

    fn of(&self, id: &str) -> &[usize] {
        self.by_indicator.get(id).map_or(&[], Vec::as_slice)
    }
}

/// Candidates looked at around a figure (the nearest ones; a bound for pathological input).
const NEAREST: usize = 32;

/// Up to [`NEAREST`] entries of the sorted `list` nearest to `at`, those before it first.
fn nearest(list: &[usize], at: usize) -> impl Iterator<Item = usize> + '_ {
    let split = list.partition_point(|&i| i < at);
    let before = list[..split].iter().rev().take(NEAREST);
    let after = list[split..].iter().take(NEAREST);
    before.chain(after).copied()
}

/// Where a rate's figures stand: its numerator (several metrics when the report lists the
/// parts, 撤销5件、变更2件、确认违法3件; none when only the base is known) and its denominator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Base {
    pub numerator: Vec<usize>,
    pub denominator: usize,
}

impl Base {
    /// The numerator's value (the parts added up).
    pub fn numerator_value(&self, report: &Report) -> Option<Decimal> {
        let mut it = self.numerator.iter().map(|&i| report.metrics[i].value);
        let first = it.next()?;
        Some(it.fold(first, |a, b| a.add(&b)))
    }

    /// `26` or `(5+2+3)`, as printed.
    pub fn numerator_text(&self, report: &Report) -> String {
        let parts: Vec<String> = self
            .numerator
            .iter()
            .map(|&i| report.metrics[i].value.to_string())
            .collect();
        if parts.len() > 1 {
            format!("({})", parts.join("+"))
        } else {
            parts.concat()
        }
    }
}

/// The figures of `rate`: for a printed rate (`at`), the nearest before it in the same
/// top-level section; otherwise the report's first. The numerator extends over the adjacent
/// metrics of the same indicator and unit (a list of parts). The denominator is the one nearest
/// the numerator in the same top-level section, with the same unit, not smaller than the
/// numerator and not zero. A rate whose indicator names only a denominator gets its base alone.
pub fn base(
    report: &Report,
    index: &Index<'_>,
    rate: &Indicator,
    at: Option<usize>,
) -> Option<Base> {
    base_over(
        report,
        index,
        rate,
        rate.denominator.as_deref()?,
        at,
        Scope::Section,
    )
}

/// Where a denominator may stand relative to its numerator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// In the same top-level section (a rate's own base).
    Section,
    /// Anywhere in the report: an alternative base is only taken when it reproduces the
    /// printed figure, which is evidence enough (新受理151件 in 一、案件办理情况, its 纠错率
    /// 29/151 in 四、案件审理情况).
    Report,
}

/// [`base`] with the denominator taken from indicator `den_id` (one of the rate's
/// `denominator_also`, when its own denominator does not give the printed figure).
pub fn base_over(
    report: &Report,
    index: &Index<'_>,
    rate: &Indicator,
    den_id: &str,
    at: Option<usize>,
    scope: Scope,
) -> Option<Base> {
    let m = &report.metrics;
    let before_at =
        |i: usize| at.is_none_or(|r| i < r && top_section(report, i) == top_section(report, r));
    let Some(num_id) = rate.numerator.as_deref() else {
        let r = at?;
        let d = nearest(index.of(den_id), r)
            .filter(|&d| before_at(d) && m[d].value.to_f64() > 0.0)
            .max()?;
        return Some(Base {
            numerator: Vec::new(),
            denominator: d,
        })
        .filter(|_| r > d);
    };
    let nums = index.of(num_id);
    let num = match at {
        Some(r) => nearest(nums, r).filter(|&n| before_at(n)).max()?,
        None => *nums.first()?,
    };
    // The run of adjacent parts around `num`.
    let same = |i: usize| {
        m.get(i).is_some_and(|x| {
            x.indicator.as_deref() == Some(num_id)
                && x.kind == MetricKind::Count
                && x.unit == m[num].unit
        }) && before_at(i)
    };
    let mut first = num;
    while first > 0 && num - first < NEAREST && same(first - 1) {
        first -= 1;
    }
    let mut last = num;
    while last - num < NEAREST && same(last + 1) {
        last += 1;
    }
    let numerator: Vec<usize> = (first..=last).collect();
    let total: f64 = numerator.iter().map(|&i| m[i].value.to_f64()).sum();
    nearest(index.of(den_id), num)
        .filter(|&d| {
            !numerator.contains(&d)
                && (scope == Scope::Report || top_section(report, d) == top_section(report, num))
                && m[d].unit == m[num].unit
                && m[d].value.to_f64() > 0.0
                && m[d].value.to_f64() >= total
        })
        .min_by_key(|&d| d.abs_diff(num))
        .map(|denominator| Base {
            numerator,
            denominator,
        })
}

/// Rates of the dictionary that the report does not print but its counts imply.
pub fn derived(report: &Report) -> Vec<DerivedRate> {
    let index = Index::new(report);
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
            let b = base(report, &index, ind, None)?;
            let vn = b.numerator_value(report)?;
            let vd = report.metrics[b.denominator].value;
            let value = (vn.to_f64() / vd.to_f64() * 10000.0).round() / 100.0;
            let mut metrics = b.numerator.clone();
            metrics.push(b.denominator);
            Some(DerivedRate {
                indicator: ind.id.clone(),
                value,
                relation: format!("{}/{vd}", b.numerator_text(report)),
                metrics,
            })
        })
        .collect()
}
