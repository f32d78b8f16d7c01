//! A part not larger than its whole.
//!
//! - a 其中 breakdown that does not add up to the whole names only some parts (其中4件…1件…
//!   of 11): their sum must not exceed it; a single 其中 part must not exceed its whole;
//! - the stages of a case pipeline stated in a row (收到申请70件，受理68件，审理办结58件; 申请 ≥
//!   受理 ≥ 办结 ≥ 纠错): each stage is at most the one before.

use super::{span_of, value};
use crate::model::{Check, CheckKind, MetricKind, Report};
use crate::sentences::Context;
use crate::text::contains_str;

pub fn find(ctx: &Context<'_, '_>, report: &Report, sums: &[Check]) -> Vec<Check> {
    let mut out = Vec::new();
    let text = &ctx.cleaned.text;
    // Metrics already in a sum check, by index (a flag per metric: no hashing).
    let mut in_sum = vec![false; report.metrics.len()];
    for &i in sums.iter().flat_map(|c| &c.metrics) {
        if let Some(flag) = in_sum.get_mut(i) {
            *flag = true;
        }
    }
    for sentence in ctx.sentences() {
        let counts: Vec<usize> = sentence
            .iter()
            .copied()
            .filter(|&i| report.metrics[i].kind == MetricKind::Count)
            .collect();
        // 其中 breakdowns.
        for (k, &whole) in counts.iter().enumerate() {
            if in_sum[whole] {
                continue;
            }
            let Some(&first) = counts.get(k + 1) else {
                continue;
            };
            if !super::has_qizhong(&text[ctx.positions[whole].1..ctx.positions[first].0]) {
                continue;
            }
            let unit = &report.metrics[whole].unit;
            // The breakdown ends where a new total starts (“全区通办”共办理45件).
            let parts: Vec<usize> = counts[k + 1..]
                .iter()
                .copied()
                .filter(|&p| &report.metrics[p].unit == unit)
                .take_while(|&p| {
                    let clause = crate::metrics::label::clause_start(
                        text,
                        ctx.positions[p].0,
                        ctx.positions[whole].1,
                    );
                    !crate::lexicon::data::checks::WHOLE_WORDS
                        .iter()
                        .any(|w| contains_str(&text[clause..ctx.positions[p].0], w))
                })
                .collect();
            if parts.is_empty() {
                continue;
            }
            let total: f64 = parts.iter().map(|&p| value(report, p)).sum();
            let w = value(report, whole);
            let lhs: Vec<String> = parts
                .iter()
                .map(|&p| report.metrics[p].value.to_string())
                .collect();
            let holds = total <= w + 1e-9;
            let mut metrics = vec![whole];
            metrics.extend(&parts);
            out.push(Check {
                kind: CheckKind::Subset,
                holds,
                relation: format!(
                    "{}{}{}",
                    lhs.join("+"),
                    if holds { "<=" } else { ">" },
                    report.metrics[whole].value
                ),
                span: span_of(report, &metrics),
                note: format!("其中所列分项不超过{}", report.metrics[whole].label),
                metrics,
            });
        }
        // Case pipelines.
        // (Not the parts of a breakdown: 其中维持…撤销… are outcomes side by side.)
        // A pipeline needs two stages: a sentence with fewer counts to compare has none, and
        // its labels are not read.
        if counts.iter().filter(|&&i| !in_sum[i]).nth(1).is_none() {
            continue;
        }
        // The first count with a 其中 between its sentence's start and it. The counts of a
        // sentence share its start: one search there up to the last count, not one per count.
        let last = counts
            .iter()
            .map(|&i| ctx.positions[i].0)
            .max()
            .unwrap_or(0);
        let mut searched: Option<(usize, Option<usize>)> = None;
        let breakdown_at = counts.iter().position(|&i| {
            let at = ctx.positions[i].0;
            let start = ctx.metric_sentence_start(i);
            let after_qizhong = match searched {
                Some((s, q)) if s == start => q,
                _ => {
                    let q = text
                        .get(start..last)
                        .and_then(super::find_qizhong)
                        .map(|q| start + q + "其中".len());
                    searched = Some((start, q));
                    q
                }
            };
            after_qizhong.is_some_and(|q| q <= at)
        });
        let eligible =
            |&(k, &i): &(usize, &usize)| breakdown_at.is_none_or(|b| k < b) && !in_sum[i];
        if counts.iter().enumerate().filter(eligible).nth(1).is_none() {
            continue;
        }
        let staged: Vec<(usize, u8)> = counts
            .iter()
            .enumerate()
            .filter(eligible)
            .filter_map(|(_, &i)| stage_folded(&report.metrics[i].label).map(|s| (i, s)))
            .collect();
        let mut chain: Vec<usize> = Vec::new();
        for w in staged.windows(2) {
            let ((a, sa), (b, sb)) = (w[0], w[1]);
            if sb > sa && report.metrics[a].unit == report.metrics[b].unit {
                if chain.last() != Some(&a) {
                    flush(report, &mut chain, &mut out);
                    chain.push(a);
                }
                chain.push(b);
            } else {
                flush(report, &mut chain, &mut out);
            }
        }
        flush(report, &mut chain, &mut out);
    }
    out
}

/// Stage of a case in a pipeline, from the words of its label: the latest stage any of its
/// words names. The four stages' words are one automaton, read once over the label (a scan per
/// stage before, for every count of a sentence that may hold a pipeline). The general path of
/// [`stage_folded`], which the checks use; kept for its tests.
#[cfg(test)]
fn stage(label: &str) -> Option<u8> {
    let (words, stage_of, _) = stage_words();
    words.find_all(label).map(|h| stage_of[h.word]).max()
}

/// [`stage`] of `label` folded as the cleaned text is (`stage(&folded(label))`), without the
/// folded copy: each character is folded as the automaton reads it. Most labels that get here
/// hold a full-width bracket or digit, so `folded` copied and folded them whole, and that copy
/// was most of this check's cost. (The whole label is read, a bracketed note too: 纠错（受理）
/// is at stage 3. Until session 14 `stage` cut the label at （, but it was only ever given
/// folded labels, in which （ is already (, so the cut never applied.)
fn stage_folded(label: &str) -> Option<u8> {
    let (words, stage_of, firsts) = stage_words();
    // Most labels name no stage: told from their bytes before the fold and the automaton.
    if !may_name_a_stage(label, firsts) {
        return None;
    }
    let mut stepper = words.stepper();
    let mut latest = None;
    for c in label.chars() {
        // (No ASCII character folds.)
        let c = match (!c.is_ascii())
            .then(|| crate::clean::fold::fold(c))
            .flatten()
        {
            Some(('\0', _)) => continue,
            Some((f, _)) => f,
            None => c,
        };
        stepper.consume(c, |h| latest = latest.max(Some(stage_of[h.word])));
    }
    latest
}

/// Whether `label`, folded, may hold a stage word: whether one of its characters folds to a
/// character that `firsts` (a 1024-bit filter of the stage words' first characters, by their
/// low bits) lets through. Every stage word is written in ideographs, and an ideograph of a
/// folded label is an ideograph of the label (U+4000..=U+9FFF, lead bytes E4..=E9) or the
/// simplified form of one (`fold` turns nothing else into an ideograph): the label's other
/// characters are passed over from their bytes. Pinned to [`stage`] of the folded label by the
/// tests below.
fn may_name_a_stage(label: &str, firsts: &[u64; 16]) -> bool {
    let mut rest = label.as_bytes();
    loop {
        match *rest {
            [lead @ 0xE4..=0xE9, second, third, ref tail @ ..] => {
                let mut code = (u32::from(lead & 0x0F) << 12)
                    | (u32::from(second & 0x3F) << 6)
                    | u32::from(third & 0x3F);
                if crate::lexicon::trad::is_traditional_utf8(lead, second, third) {
                    if let Some(s) =
                        char::from_u32(code).and_then(crate::lexicon::trad::to_simplified)
                    {
                        code = u32::from(s);
                    }
                }
                let bit = (code & 0x3FF) as usize;
                if firsts[bit / 64] & (1 << (bit % 64)) != 0 {
                    return true;
                }
                rest = tail;
            }
            // (A continuation byte is never E4..E9: stepping by bytes finds the next
            // ideograph's lead.)
            [_, ref tail @ ..] => rest = tail,
            [] => return false,
        }
    }
}

/// [`STAGES`]' words as one list, the stage of each (a word listed under two stages is
/// reported with its first copy, the later stage, as the scan in stage order found it), and
/// the 1024-bit filter of their first characters for [`may_name_a_stage`].
type StageWords = (crate::lexicon::words::Words, Vec<u8>, [u64; 16]);

fn stage_words() -> &'static StageWords {
    static WORDS: std::sync::OnceLock<StageWords> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let all: Vec<&str> = STAGES
            .iter()
            .flat_map(|&(_, w)| w.iter().copied())
            .collect();
        let stage_of = STAGES
            .iter()
            .flat_map(|&(s, w)| std::iter::repeat_n(s, w.len()))
            .collect();
        let mut firsts = [0u64; 16];
        for c in all.iter().filter_map(|w| w.chars().next()) {
            let bit = (c as usize) & 0x3FF;
            firsts[bit / 64] |= 1 << (bit % 64);
        }
        (crate::lexicon::words::Words::new(&all), stage_of, firsts)
    })
}

/// The words of each stage of a case, latest stage first (`lexicon/checks.toml`).
const STAGES: [(u8, &[&str]); 4] = {
    use crate::lexicon::data::checks::case_stages::{ACCEPTED, CONCLUDED, CORRECTED, RECEIVED};
    [(3, CORRECTED), (2, CONCLUDED), (1, ACCEPTED), (0, RECEIVED)]
};

fn flush(report: &Report, chain: &mut Vec<usize>, out: &mut Vec<Check>) {
    if chain.len() >= 2 {
        let mut relations = Vec::new();
        let mut holds = true;
        for w in chain.windows(2) {
            let ok = value(report, w[1]) <= value(report, w[0]) + 1e-9;
            holds &= ok;
            relations.push(format!(
                "{}{}{}",
                report.metrics[w[1]].value,
                if ok { "<=" } else { ">" },
                report.metrics[w[0]].value
            ));
        }
        let labels: Vec<&str> = chain
            .iter()
            .map(|&i| report.metrics[i].label.as_str())
            .collect();
        out.push(Check {
            kind: CheckKind::Subset,
            holds,
            relation: relations.join("; "),
            span: span_of(report, chain),
            note: format!("办理环节逐级不增：{}", labels.join(" ≥ ")),
            metrics: chain.clone(),
        });
    }
    chain.clear();
}

#[cfg(test)]
mod tests {
    use super::{stage, stage_folded, STAGES};

    /// The stage as a scan of each stage's words in stage order, latest first (what `stage`
    /// did before its one automaton).
    fn by_scans(label: &str) -> Option<u8> {
        STAGES.iter().find_map(|&(stage, words)| {
            let mut named = false;
            crate::text::each_word_in(label, words, |_| {
                named = true;
                false
            });
            named.then_some(stage)
        })
    }

    #[test]
    fn one_automaton_names_the_stage_the_scans_named() {
        let mut labels: Vec<String> = vec![
            "行政复议案件".into(),
            "".into(),
            "纠错（受理）".into(),
            "收到行政复议申请".into(),
        ];
        for &(_, words) in &STAGES {
            for w in words {
                labels.push(format!("共{w}行政复议案件"));
                for &(_, other) in &STAGES {
                    labels.extend(other.iter().map(|o| format!("{w}后{o}")));
                    labels.push(format!("{w}（{}）", other[0]));
                }
            }
        }
        for label in &labels {
            assert_eq!(stage(label), by_scans(label), "{label}");
        }
    }

    #[test]
    fn stages_read_while_folding_are_those_of_the_folded_label() {
        use crate::clean::fold::folded;
        let mut labels: Vec<String> = crate::test_seeds::seed_lines();
        labels.extend(crate::test_seeds::line_ends());
        for &(_, words) in &STAGES {
            for w in words {
                let wide = crate::clean::fold::fold_str(w);
                labels.push(format!("共{w}行政复议案件（其中１２件{wide}）"));
                labels.push(format!("審結{w}\u{200B}案件"));
                // (Written in traditional characters only: 辦結, 糾錯, 敗訴 name a stage once
                // folded.)
                let traditional: String = w
                    .chars()
                    .map(|c| {
                        ('\u{4E00}'..='\u{9FFF}')
                            .find(|&t| crate::lexicon::trad::to_simplified(t) == Some(c))
                            .unwrap_or(c)
                    })
                    .collect();
                labels.push(format!("共{traditional}行政复议案件"));
                labels.push(format!("（{traditional}\u{200B}）"));
                for &(_, other) in &STAGES {
                    labels.push(format!("{w}（{}）", other[0]));
                    labels.push(format!("{}（{w}）", other[0]));
                }
            }
        }
        let mut named = 0;
        for label in &labels {
            let fast = stage_folded(label);
            assert_eq!(fast, stage(&folded(label)), "{label}");
            named += usize::from(fast.is_some());
        }
        assert!(named > 100, "{named}");
    }
}
