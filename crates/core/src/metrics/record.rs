//! Turning a judged number into a [`Metric`]: its label, section, spans and base value.
//!
//! The label comes from the metric's own clause ([`super::label`]), a table's column header
//! ([`super::table`]) or, for bare words such as 办结 or 同比下降, gets the subject of the figure
//! it follows in brackets.

use super::judge::{is_place_unit, Found};
use super::{label, table, Extracted};
use crate::clean::Cleaned;
use crate::model::{Base, Bilingual, Finding, FindingKind, Metric, MetricKind};
use crate::outline::Outline;

pub(super) fn push_metric(
    cleaned: &Cleaned<'_>,
    outline: &Outline,
    out: &mut Extracted,
    prev_end: &mut usize,
    f: Found,
) {
    let text = cleaned.text.as_str();
    let floor = (*prev_end).max(line_start(text, f.start)).min(f.start);
    let mut clause = label::clause_start(text, f.start, floor);
    let mut parts = label::parts(text, clause, f.start, f.end, f.classifier);
    // The previous count's noun is that count's label, not this one's
    // (30个部门涉及10个类别: 10 counts 类别, and 涉及 them, not 部门) — unless nothing else
    // would be left to say what this number is (其中426人享受每月200“以奖代补”).
    if let Some((_, post_end)) = out.label_parts.last().and_then(|p| p.post) {
        if clause < post_end && post_end <= f.start {
            let narrower = label::parts(text, post_end, f.start, f.end, f.classifier);
            if !narrower.pre.is_empty() || narrower.post.is_some() {
                parts = narrower;
                clause = post_end;
            }
        }
    }
    if let Some(done) = clause_before_repeated_verb(text, &parts, clause, floor, *prev_end) {
        parts.pre = vec![done];
    }
    match shared_verb(text, out, &parts, *prev_end) {
        Some(Shared::Verb(verb)) => parts.pre.insert(0, verb),
        Some(Shared::Object(object)) => parts.topic = Some(object),
        None => {}
    }
    // In a run such as 覆盖12个乡镇、20家企业 or 安置群众4户23人, a number with no words of its
    // own before it shares those of the previous metric.
    let joined_to_previous = clause == floor && floor == *prev_end && *prev_end > 0;
    if parts.pre.is_empty() && joined_to_previous {
        if let Some(prev) = out.label_parts.last() {
            parts.pre = prev.pre.clone();
            if parts.post.is_none() {
                parts.post = prev.post;
            }
        }
    }
    // Figures in one clause share its topic (非涉农街道，8个类别90项职责).
    let same_clause = !text[(*prev_end).min(f.start)..f.start].contains(label::is_boundary);
    if parts.topic.is_none() && same_clause && *prev_end > 0 {
        parts.topic = out.label_parts.last().and_then(|p| p.topic);
    }
    // In a flattened table the column header says what the number is.
    let mut label =
        match f
            .cell_label
            .clone()
            .or_else(|| match table::row_cell(text, f.num_start) {
                Some(table::RowFigure::Figure(c)) => Some(c.label(|a, b| cleaned.source(a, b))),
                _ => None,
            }) {
            Some(header) => header,
            None => label_text(cleaned, &parts),
        };
    if let Some(place) = f.unit.as_deref().filter(|u| is_place_unit(u)) {
        label.push_str(place);
    }
    out.subjectless.push(needs_subject(&label));
    out.base_labels.push(label.clone());
    let changed_to = out.metrics.last().is_some_and(|m| m.unit == f.unit)
        && out
            .positions
            .last()
            .is_some_and(|&(_, end)| end <= f.start && is_change_to(&text[end..f.start]));
    if changed_to {
        // 优秀率由62%提高到78.5%: the second figure is the same rate's new level.
        label = out.metrics.last().map_or(label, |m| m.label.clone());
    } else if let Some(noun) = f.target_of {
        // 全程电子化率99%，超过93%的目标: the 93% is the 全程电子化率's target.
        let subject = out
            .metrics
            .last()
            .map_or(String::new(), |m| m.label.clone());
        label = format!("{subject}{noun}");
    } else if let Some(subject) = subject_of_change(text, out, &f, &label) {
        // 办结率达98.6%，较上年提高2.1个百分点: the points are the 办结率's.
        label = format!("{label}（{subject}）");
    } else if let Some(context) = sentence_context(text, out, f.start, is_participants(&label)) {
        if label.is_empty() {
            label = context;
        } else if label.chars().filter(|c| crate::text::is_cjk(*c)).count() <= SHORT_LABEL_CHARS
            || needs_subject(&label)
        {
            label = format!("{label}（{context}）");
        }
    }
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
    out.metrics.push(Metric {
        value: f.value,
        unit: f.unit,
        qualifier: f.qualifier,
        qualifier_text: f.qualifier_text,
        kind: f.kind,
        direction: f.direction,
        label,
        section: outline.section_at(f.num_start),
        span,
        text: span.slice(cleaned.original).to_string(),
        base: Some(Base {
            value: f.value.shift(f.magnitude_power),
            unit: base_unit,
        }),
        indicator: None,
    });
    out.positions.push((f.num_start, f.end));
    let post = parts.post;
    out.label_parts.push(parts);
    // The next number's words start after this one's noun only when a list goes on
    // (覆盖12个乡镇、20家企业); otherwise the words after this count may be the next label.
    *prev_end = match post {
        Some((_, e)) if text[e..].starts_with(['、', '和', '与', '及']) => e,
        _ => f.end,
    };
}

/// 开展个体工商户信用分类“双随机、一公开”抽查，共抽查113户: a count whose only words are a
/// short verb that ends the clause before it is counted for what that clause names.
fn clause_before_repeated_verb(
    text: &str,
    parts: &label::Parts,
    clause: usize,
    floor: usize,
    prev_end: usize,
) -> Option<(usize, usize)> {
    let [(a, b)] = parts.pre[..] else {
        return None;
    };
    if parts.post.is_some() || parts.topic.is_some() || text[a..b].chars().count() > 3 {
        return None;
    }
    let comma = text[..clause]
        .chars()
        .next_back()
        .filter(|&c| c == '，' || c == ',')?;
    let end = clause - comma.len_utf8();
    let start = label::clause_start(text, end, floor.min(end));
    // The whole clause, with no figure of its own.
    if start < prev_end || start == floor && floor == prev_end && prev_end > 0 {
        return None;
    }
    let before = &text[start..end];
    let verb = &text[a..b];
    if !before.ends_with(verb) || before.chars().count() < verb.chars().count() + 2 {
        return None;
    }
    let lead = ["开展", "组织", "进行", "持续", "深入", "推进"]
        .iter()
        .find(|w| before.starts_with(**w))
        .map_or(0, |w| w.len());
    let from = start + lead;
    // At most 24 characters, the end kept: it names the action.
    let keep = text[from..end]
        .char_indices()
        .rev()
        .nth(23)
        .map_or(from, |(i, _)| from + i);
    Some((keep, end))
}

/// Verbs a 、-list of counts shares with its first item (承办人大代表议案2件、建议51件).
const LIST_VERBS: &[&str] = &[
    "承办", "办理", "受理", "审结", "办结", "审查", "审核", "收到", "发放", "处理", "化解", "调解",
    "培训", "制定", "出台", "清理", "备案", "查处", "检查", "开展", "组织", "举办",
];

/// What the next item of a 、-list of counts takes from the first item's words.
enum Shared {
    /// The verb, for a bare noun: 承办人大代表议案2件、建议51件 → 承办建议.
    Verb((usize, usize)),
    /// The object, for a bare verb: 受理行政复议案件463件、办结403件 → 办结（行政复议案件）.
    Object((usize, usize)),
}

fn shared_verb(
    text: &str,
    out: &Extracted,
    parts: &label::Parts,
    prev_end: usize,
) -> Option<Shared> {
    let [(a, b)] = parts.pre[..] else {
        return None;
    };
    let listed =
        prev_end > 0 && a == prev_end + '、'.len_utf8() && text[prev_end..].starts_with('、');
    let word = &text[a..b];
    if !listed || parts.post.is_some() || word.chars().count() > 4 {
        return None;
    }
    let prev = out.label_parts.last()?;
    let (&(pa, pb), [..]) = prev.pre.split_first()?;
    // The verb within the first words (全市受理行政复议案件: after the subject 全市).
    let words = &text[pa..pb];
    let (at, verb) = LIST_VERBS
        .iter()
        .filter_map(|v| words.find(v).map(|i| (i, *v)))
        .filter(|&(i, _)| words[..i].chars().count() <= 4)
        .min_by_key(|&(i, _)| i)?;
    let verb_range = (pa + at, pa + at + verb.len());
    let object = (verb_range.1, pb);
    if LIST_VERBS.contains(&word) {
        (prev.pre.len() == 1 && text[object.0..object.1].chars().count() >= 2)
            .then_some(Shared::Object(object))
    } else if LIST_VERBS.iter().any(|v| word.starts_with(v)) {
        None
    } else {
        Some(Shared::Verb(verb_range))
    }
}

/// The label as the user wrote it, brackets balanced.
fn label_text(cleaned: &Cleaned<'_>, parts: &label::Parts) -> String {
    let mut s: String = parts
        .pre
        .iter()
        .chain(&parts.post)
        .map(|&(a, b)| cleaned.source(a, b).trim())
        .collect();
    if let Some((a, b)) = parts.topic {
        s = format!(
            "{}（{}）",
            balance_brackets(&s),
            cleaned.source(a, b).trim()
        );
    }
    balance_brackets(&s)
}

/// Drops an opening bracket that is never closed or a closing one that was never opened
/// (a label cut out of `（警情推送103件、群众来访42件）`).
fn balance_brackets(s: &str) -> String {
    if !s.contains(['(', ')', '（', '）', '《', '》', '“', '”']) {
        return s.trim().to_string();
    }
    let pairs = [('(', ')'), ('（', '）'), ('《', '》'), ('“', '”')];
    let mut out: String = s.to_string();
    // (覆盖14个抽查领域): a label that is one bracketed aside loses the brackets.
    for (open, close) in [('(', ')'), ('（', '）')] {
        if out.starts_with(open) && out.ends_with(close) && out.matches(open).count() == 1 {
            out = out[open.len_utf8()..out.len() - close.len_utf8()].to_string();
        }
    }
    for (open, close) in pairs {
        let opens = out.matches(open).count();
        let closes = out.matches(close).count();
        if opens > closes {
            if out.starts_with(open) {
                out = out[open.len_utf8()..].to_string();
            } else if let Some(p) = out.rfind(open) {
                // 矛盾纠纷类(警情推送: the bracket opens a breakdown that belongs elsewhere.
                out.truncate(p);
            }
        } else if closes > opens {
            if out.ends_with(close) {
                out.truncate(out.len() - close.len_utf8());
            } else if let Some(p) = out.find(close) {
                out = out[p + close.len_utf8()..].to_string();
            }
        }
    }
    out.trim().to_string()
}

/// What a bare change (同比增长12.3%, 较2023年减少20%, 较上年提高2.1个百分点) is about: the
/// figure right before it, one comma back in the same sentence. Points change a percentage.
fn subject_of_change(text: &str, out: &Extracted, f: &Found, label: &str) -> Option<String> {
    if f.kind != MetricKind::Change || !needs_subject(label) {
        return None;
    }
    let k = out.metrics.len().checked_sub(1)?;
    let (_, end) = out.positions[k];
    let between = text.get(end..f.start)?;
    let one_clause_back =
        !between.contains(['。', '；', ';', '\n']) && between.matches(['，', ',']).count() <= 1;
    let points = matches!(f.unit.as_deref(), Some("个百分点" | "百分点"));
    let fits = match out.metrics[k].kind {
        MetricKind::Percent => true,
        MetricKind::Change => false,
        _ => !points,
    };
    (one_clause_back && fits && !out.base_labels[k].is_empty()).then(|| out.base_labels[k].clone())
}

/// The label of the first metric of the sentence holding `pos`, when the number at `pos` is a
/// further figure about the same thing (受理行政复议案件463件，办结403件 → 办结 is about the
/// 行政复议案件). Not inside a 其中 breakdown, whose parts are named on their own.
/// `events`: the figure counts people taking part, so an event count (20场次 of training) is
/// preferred as its context over any nearer figure.
fn sentence_context(text: &str, out: &Extracted, pos: usize, events: bool) -> Option<String> {
    let floor = pos - crate::text::window(text, pos.saturating_sub(MAX_LOOKBACK), pos).len();
    let sentence = text[floor..pos]
        .rfind(['。', '；', ';', '\n'])
        .map_or(floor, |p| {
            floor + p + text[floor + p..].chars().next().map_or(1, char::len_utf8)
        });
    // The nearest earlier metric of the sentence that names what it counts.
    // A label that already carries its own context in brackets is not context for others.
    let names_it = |k: usize| {
        matches!(out.metrics[k].kind, MetricKind::Count | MetricKind::Money)
            && out.base_labels[k].chars().count() > SHORT_LABEL_CHARS
            && !out.subjectless[k]
            && !out.base_labels[k].contains('（')
    };
    let is_event = |k: usize| {
        matches!(
            out.metrics[k].unit.as_deref(),
            Some("场" | "场次" | "次" | "期" | "批" | "批次" | "轮" | "班" | "堂" | "节")
        )
    };
    let in_sentence = || {
        (0..out.positions.len())
            .rev()
            .take_while(|&k| out.positions[k].0 >= sentence)
    };
    let first = events
        .then(|| in_sentence().find(|&k| names_it(k) && is_event(k)))
        .flatten()
        .or_else(|| in_sentence().find(|&k| names_it(k)))?;
    let between = &text[sentence..pos];
    // Parts of a breakdown (其中…, or a list 严管32人、普管46人) are named on their own.
    let last_end = out.positions.last().map_or(pos, |p| p.1);
    let listed = text[last_end..pos].contains('、');
    if between.contains("其中") || listed {
        return None;
    }
    let label = &out.base_labels[first];
    if label.contains('（') {
        return None;
    }
    let n = label.chars().count();
    (n > SHORT_LABEL_CHARS && n <= MAX_CONTEXT_CHARS).then(|| label.clone())
}

/// The words between the two figures of 由A提高到B / 从A降至B: a change verb and 到/至.
fn is_change_to(between: &str) -> bool {
    let s = between.trim();
    let Some(verb) = s
        .strip_suffix('到')
        .or_else(|| s.strip_suffix('至'))
        .or_else(|| s.strip_suffix("为"))
    else {
        return false;
    };
    [
        "提高", "提升", "上升", "增加", "增长", "增至", "下降", "降低", "减少", "降", "升", "增",
        "减",
    ]
    .contains(&verb)
}

/// Labels that name a change or an average without saying of what (同比下降, 平均每乡镇): they
/// take the subject from the figure they follow.
fn needs_subject(label: &str) -> bool {
    let bare = label
        .trim_start_matches("同比")
        .trim_start_matches("较上年")
        .trim_start_matches("比上年");
    // 较2023年减少, 比2022年同期增长: a comparison with a named year.
    let bare = bare
        .strip_prefix('较')
        .or_else(|| bare.strip_prefix('比'))
        .map(|r| r.trim_start_matches(|c: char| c.is_ascii_digit()))
        .and_then(|r| r.strip_prefix('年'))
        .map_or(bare, |r| r.trim_start_matches("同期"));
    let short = label.chars().count() <= 6;
    // Who took part says nothing of in what (参加人数2400余人次 after 执法业务培训20余场次).
    (short && (label.starts_with("平均") || label.starts_with('每') || is_participants(label)))
        || [
            "下降", "上升", "增长", "减少", "提升", "提高", "降低", "增加",
        ]
        .contains(&bare)
}

/// Who took part says nothing of in what (参加人数2400余人次 after 执法业务培训20余场次).
fn is_participants(label: &str) -> bool {
    [
        "参加",
        "参训",
        "参与",
        "参会",
        "受教育",
        "受益",
        "培训学员",
        "学员",
    ]
    .iter()
    .any(|w| label.starts_with(w))
}

/// Labels this short get the sentence's first metric as context.
const SHORT_LABEL_CHARS: usize = 3;

const MAX_CONTEXT_CHARS: usize = 24;

/// Start of the line holding `pos`; a label never reaches further back than this.
fn line_start(text: &str, pos: usize) -> usize {
    crate::text::line_start_within(text, pos, MAX_LOOKBACK)
}

/// How far back (bytes) label and sentence scans look: a few hundred characters, far more than
/// a clause, so huge single-line inputs stay linear.
const MAX_LOOKBACK: usize = 600;
