//! Parts adding up to a stated whole.
//!
//! A whole is a count followed, in the same sentence, by parts of the same kind. With 其中
//! ("of which") the parts after it are meant as a breakdown, so their sum is checked either
//! way: equal holds, larger fails, smaller is a partial breakdown (left to [`super::subset`]).
//! Without 其中, consecutive figures are reported only when they add up exactly
//! (相关申请23件,线上申请5件,线下申请18件), since most runs of numbers are not breakdowns.
//! Figures in brackets after a part are that part's own breakdown
//! (矛盾纠纷类145件(警情推送103件、群众来访42件)).

use super::{span_of, value};
use crate::lexicon::data::checks::EACH_VERBS;
use crate::model::{Check, CheckKind, MetricKind, Report};
use crate::sentences::Context;

pub fn find(ctx: &Context<'_, '_>, report: &Report) -> Vec<Check> {
    find_with(ctx, report, true)
}

/// [`find`]; `pretest`: a sentence with fewer than three counts is passed over before each
/// count's `per_member` look-back (pinned by a test against `false`).
fn find_with(ctx: &Context<'_, '_>, report: &Report, pretest: bool) -> Vec<Check> {
    let mut out = Vec::new();
    let text = &ctx.cleaned.text;
    for sentence in ctx.sentences() {
        // A whole needs at least two parts after it. Most sentences hold fewer than three
        // counts at all: told before `per_member` reads back along each count's line (it can
        // only take counts away, so the sentences skipped are the ones it would leave short).
        if pretest
            && sentence
                .iter()
                .filter(|&&i| is_count(report, i))
                .nth(2)
                .is_none()
        {
            continue;
        }
        let (counts, depths) = if pretest {
            counts_and_depths(text, report, ctx, sentence)
        } else {
            let counts: Vec<usize> = sentence
                .iter()
                .copied()
                .filter(|&i| is_count(report, i) && !per_member(text, ctx.positions[i].0))
                .collect();
            // Bracket depth of each count, read once.
            let depths: Vec<i32> = counts
                .iter()
                .map(|&i| depth(text, ctx.positions[i].0))
                .collect();
            (counts, depths)
        };
        if counts.len() < 3 {
            continue;
        }
        for (k, &whole) in counts.iter().enumerate() {
            let rest = &counts[k + 1..];
            if rest.len() < 2 {
                continue;
            }
            let whole_end = ctx.positions[whole].1;
            let next_start = ctx.positions[rest[0]].0;
            let breakdown = super::has_qizhong(&text[whole_end..next_start]);
            // Parts at the same bracket depth as the first part.
            let depth0 = depths[k + 1];
            let parts: Vec<usize> = rest
                .iter()
                .zip(&depths[k + 1..])
                .take_while(|&(_, &d)| d >= depth0)
                .filter(|&(_, &d)| d == depth0)
                .map(|(&p, _)| p)
                .collect();
            if breakdown {
                // The breakdown's parts: the ones that add up to the whole, starting with the
                // first (other figures in the sentence may be results, not categories).
                let w = value(report, whole);
                let same_unit: Vec<usize> = parts
                    .iter()
                    .copied()
                    .filter(|&p| report.metrics[p].unit == report.metrics[whole].unit)
                    .take(MAX_PARTS)
                    .collect();
                if let Some(subset) = exact_subset(report, &same_unit, w) {
                    out.push(check(report, whole, &subset, true));
                } else {
                    let total: f64 = same_unit.iter().map(|&p| value(report, p)).sum();
                    // A part as large as the whole restates it rather than breaking it down.
                    let proper = same_unit.iter().all(|&p| value(report, p) < w);
                    if same_unit.len() >= 2
                        && proper
                        && total > w + 1e-9
                        && same_unit.len() == parts.len()
                    {
                        out.push(check(report, whole, &same_unit, false));
                    }
                }
            } else {
                // The shortest run of consecutive figures that adds up exactly; all in the
                // same unit (件/项/个 count as one: 问题756个，整改710个，转办46项), or the match
                // is a coincidence.
                let unit_class = |i: usize| match report.metrics[i].unit.as_deref().unwrap_or("") {
                    "件" | "项" | "个" => "件",
                    u => u,
                };
                let parts: Vec<usize> = parts
                    .iter()
                    .copied()
                    .take_while(|&p| unit_class(p) == unit_class(whole))
                    .collect();
                let mut total = 0.0;
                for (n, &p) in parts.iter().enumerate() {
                    total += value(report, p);
                    if n >= 1 && (total - value(report, whole)).abs() < 1e-9 && total > 0.0 {
                        out.push(check(report, whole, &parts[..=n], true));
                        break;
                    }
                    if total > value(report, whole) {
                        break;
                    }
                }
            }
        }
    }
    out
}

/// At most this many parts are combined when looking for the breakdown.
const MAX_PARTS: usize = 10;

/// Parts (always including the first) that add up exactly to `whole`, at least two of them.
fn exact_subset(report: &Report, parts: &[usize], whole: f64) -> Option<Vec<usize>> {
    let (&first, rest) = parts.split_first()?;
    let n = rest.len();
    let head = value(report, first);
    let values: Vec<f64> = rest.iter().map(|&p| value(report, p)).collect();
    // Prefer the most members (the fewest skipped parts); among as many, the first mask.
    let mut best: Option<(u32, u32)> = None;
    for mask in 1u32..(1 << n) {
        let total = (0..n)
            .filter(|b| mask & (1 << b) != 0)
            .fold(head, |t, b| t + values[b]);
        let members = mask.count_ones();
        if (total - whole).abs() < 1e-9 && best.is_none_or(|(m, _)| members > m) {
            best = Some((members, mask));
        }
    }
    best.map(|(_, mask)| {
        std::iter::once(first)
            .chain((0..n).filter(|b| mask & (1 << b) != 0).map(|b| rest[b]))
            .collect()
    })
}

fn is_count(report: &Report, i: usize) -> bool {
    let m = &report.metrics[i];
    matches!(m.kind, MetricKind::Count | MetricKind::Money)
        && m.qualifier
            .is_none_or(|q| q.as_str() == "达" || q.as_str() == "均为")
}

/// The counts of a sentence that are not said of each member, and the bracket depth of each:
/// [`per_member`] and [`depth`] of every count, from one reading of the sentence's stretch
/// instead of one look back (two searches) per count. Each count looks back over the same
/// bytes as they do (to its line's start, at most 200 bytes); the 各 and the brackets met in
/// the stretch are listed once, and a count takes those inside its look-back. (A bracket or a
/// 各 is one character, and a look-back starts and ends at character boundaries: it holds a
/// character whole or not at all, as the searches inside it found.) Pinned to the per-count
/// path by `passing_over_short_sentences_finds_the_same_sums`.
fn counts_and_depths(
    text: &str,
    report: &Report,
    ctx: &Context<'_, '_>,
    sentence: &[usize],
) -> (Vec<usize>, Vec<i32>) {
    let looks: Vec<(usize, usize, usize)> = sentence
        .iter()
        .copied()
        .filter(|&i| is_count(report, i))
        .map(|i| {
            let pos = ctx.positions[i].0;
            (i, crate::text::line_start_within(text, pos, 200), pos)
        })
        .collect();
    let (Some(from), Some(to)) = (
        looks.iter().map(|l| l.1).min(),
        looks.iter().map(|l| l.2).max(),
    ) else {
        return (Vec::new(), Vec::new());
    };
    let stretch = &text.as_bytes()[from..to];
    let ges: Vec<usize> = ge_finder().find_iter(stretch).map(|k| from + k).collect();
    let brackets: Vec<(usize, i32)> = memchr::memchr3_iter(b'(', b')', 0xBC, stretch)
        .filter_map(|k| match stretch[k] {
            b'(' => Some((from + k, 1)),
            b')' => Some((from + k, -1)),
            _ if k >= 1 && stretch[k - 1] == 0xEF => match stretch.get(k + 1) {
                Some(0x88) => Some((from + k - 1, 1)),
                Some(0x89) => Some((from + k - 1, -1)),
                _ => None,
            },
            _ => None,
        })
        .collect();
    let mut counts = Vec::with_capacity(looks.len());
    let mut depths = Vec::with_capacity(looks.len());
    for (i, start, pos) in looks {
        let inside = |at: usize| (start..pos).contains(&at);
        if ges.iter().any(|&g| inside(g)) && each_member_in_clause(text, start, pos) {
            continue;
        }
        counts.push(i);
        depths.push(
            brackets
                .iter()
                .filter(|&&(at, _)| inside(at))
                .map(|&(_, d)| d)
                .sum(),
        );
    }
    (counts, depths)
}

/// The searcher for 各, built once.
fn ge_finder() -> &'static memchr::memmem::Finder<'static> {
    static GE: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    GE.get_or_init(|| memchr::memmem::Finder::new("各"))
}

/// Whether the figure at `pos` is said of each member (两镇各涉及36项): a distributive 各 (one
/// followed by a verb of `lexicon/checks.toml`) earlier in its clause.
fn per_member(text: &str, pos: usize) -> bool {
    let from = crate::text::line_start_within(text, pos, 200);
    // Most figures have no 各 before them at all: rule that out before finding the clause.
    if ge_finder().find(&text.as_bytes()[from..pos]).is_none() {
        return false;
    }
    each_member_in_clause(text, from, pos)
}

/// [`per_member`] once a 各 is known to stand in `text[from..pos]`, the figure's look-back.
fn each_member_in_clause(text: &str, from: usize, pos: usize) -> bool {
    let clause_start = text[from..pos]
        .rfind(['，', ',', '；', ';', '。', '：', ':'])
        .map_or(from, |i| from + i);
    let clause = &text[clause_start..pos];
    clause.match_indices('各').any(|(i, g)| {
        let after = &clause[i + g.len()..];
        EACH_VERBS.iter().any(|v| after.starts_with(v))
    })
}

/// Bracket depth at a cleaned-text position.
fn depth(text: &str, pos: usize) -> i32 {
    // Brackets do not span sentences; looking back to the sentence start is enough.
    let line_start = crate::text::line_start_within(text, pos, 200);
    // Read as bytes (（ is EF BC 88, ） EF BC 89): this runs for every count of a sentence.
    // memchr's vectorised search for the three bytes that can make a bracket: ( and ), and BC,
    // the middle byte of （ and ）.
    let b = &text.as_bytes()[line_start..pos];
    let mut d = 0;
    for i in memchr::memchr3_iter(b'(', b')', 0xBC, b) {
        match b[i] {
            b'(' => d += 1,
            b')' => d -= 1,
            _ if i >= 1 && b[i - 1] == 0xEF => match b.get(i + 1) {
                Some(0x88) => d += 1,
                Some(0x89) => d -= 1,
                _ => {}
            },
            _ => {}
        }
    }
    d
}

fn check(report: &Report, whole: usize, parts: &[usize], holds: bool) -> Check {
    let lhs: Vec<String> = parts
        .iter()
        .map(|&p| report.metrics[p].value.to_string())
        .collect();
    let w = &report.metrics[whole];
    let total: f64 = parts.iter().map(|&p| value(report, p)).sum();
    let mut metrics = vec![whole];
    metrics.extend_from_slice(parts);
    let op = if holds { "=" } else { "≠" };
    Check {
        kind: CheckKind::Sum,
        holds,
        relation: format!("{}{op}{}", lhs.join("+"), w.value),
        span: span_of(report, &metrics),
        note: if holds {
            format!("{}之和等于{}", parts_label(report, parts), w.label)
        } else {
            format!(
                "分项之和为{}，与{}{}不符",
                crate::Decimal::from_f64_exact_enough(total),
                w.label,
                w.value
            )
        },
        metrics,
    }
}

fn parts_label(report: &Report, parts: &[usize]) -> String {
    parts
        .iter()
        .map(|&p| report.metrics[p].label.as_str())
        .collect::<Vec<_>>()
        .join("、")
}

#[cfg(test)]
mod tests {
    use crate::model::CheckKind;

    #[test]
    fn bracket_depth_counts_ascii_and_full_width_brackets() {
        // The byte loop `depth` replaced, as the reference.
        fn reference(b: &[u8]) -> i32 {
            let mut d = 0;
            for (i, &x) in b.iter().enumerate() {
                match x {
                    b'(' => d += 1,
                    b')' => d -= 1,
                    0x88 | 0x89 if i >= 2 && b[i - 2] == 0xEF && b[i - 1] == 0xBC => {
                        d += if x == 0x88 { 1 } else { -1 };
                    }
                    _ => {}
                }
            }
            d
        }
        let text = "办结（其中(维持3件)、撤销（含变更2件）伍件，佼佼者（";
        for pos in text.char_indices().map(|(i, _)| i).chain([text.len()]) {
            assert_eq!(
                super::depth(text, pos),
                reference(&text.as_bytes()[..pos]),
                "{pos}"
            );
        }
    }

    #[test]
    fn a_total_and_the_numbered_list_after_its_sentence() {
        let r = crate::extract(
            "一、行政复议\n全年共收到行政复议申请120件。其中：\n1.行政处罚类45件；\n2.行政强制类20件；\n3.其他55件。\n",
            &Default::default(),
        );
        let sums: Vec<(&str, bool)> = r
            .checks
            .iter()
            .filter(|c| c.kind == CheckKind::Sum)
            .map(|c| (c.relation.as_str(), c.holds))
            .collect();
        assert_eq!(sums, [("45+20+55=120", true)]);
    }

    #[test]
    fn passing_over_short_sentences_finds_the_same_sums() {
        let mut found = 0;
        crate::checks::for_each_context(
            &[
                "一、行政复议\n全年共收到行政复议申请120件，其中线上申请70件，线下申请50件。两镇各涉及6项，各涉及5项。\n",
                // A sentence longer than the 200-byte look-back, with brackets of both widths
                // and 各 with and without a verb after it (the module's example 矛盾纠纷类145件
                // (警情推送103件、群众来访42件) among them).
                "一、调解\n全年共调处矛盾纠纷320件，其中矛盾纠纷类145件(警情推送103件、群众来访42件)，邻里纠纷类（含物业纠纷30件）95件，婚姻家庭类80件；各镇街各配备调解员12名，各乡镇调解委员会共调解60件，线上调解35件，线下调解25件，两镇各涉及36项，累计培训调解员200人次，其中线上培训120人次、线下培训80人次（含（视频）培训20人次）。\n",
            ],
            |name, ctx, report| {
                let fast = super::find_with(ctx, report, true);
                assert_eq!(fast, super::find_with(ctx, report, false), "{name}");
                found += fast.len();
            },
        );
        assert!(found >= 2, "{found}");
    }

    fn sums(text: &str) -> Vec<(String, bool)> {
        crate::extract(text, &Default::default())
            .checks
            .iter()
            .filter(|c| c.kind == CheckKind::Sum)
            .map(|c| (c.relation.clone(), c.holds))
            .collect()
    }

    #[test]
    fn figures_said_of_each_member_are_not_parts() {
        // Each town, each street: per-member figures that happen to add up (5+25+6=36).
        let each = "一、权责清单\n两镇各涉及6个类别36项权责事项；非涉农街道，各涉及5个类别25项权责事项；涉农街道，各涉及6个类别29项权责事项。\n";
        assert_eq!(sums(each), []);
        // 各 before a noun means "all the": the figures are totals and their parts.
        let all = "一、学法\n全区各部门组织开展执法培训20场,线上培训12场,线下培训8场。\n";
        assert_eq!(sums(all), [("12+8=20".to_string(), true)]);
    }
}
