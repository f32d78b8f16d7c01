//! Labels: what a number counts, in the text's own words.
//!
//! A label is built in three layers, each a module:
//! - `clause`: the metric's own clause — the words before the number and the noun after a
//!   count (`noun`), enumerations of examples dropped (`enumeration`);
//! - `list`: a 、-list of counts, whose items share the first item's verb or object, and a
//!   run of figures with no words of their own (覆盖12个乡镇、20家企业);
//! - `context`: the sentence around a label that does not say what it counts on its own
//!   (办结, 同比下降, 参加人数), which gets the subject of a figure before it in brackets.
//!
//! A figure of a flattened table is labelled by its column header and row instead
//! ([`crate::metrics::table`]). `text` cuts the final label from the input as written.

mod adverbial;
mod clause;
mod context;
mod deadline;
mod enumeration;
mod list;
mod magnitude;
mod noun;
mod objects;
mod parallel;
mod rate;
mod reading;
#[cfg(test)]
mod tests;
mod text;
mod whole;

pub use clause::{clause_start, is_boundary, parts, Parts};

use super::judge::{is_place_unit, Found};
use super::{table, Extracted};
use crate::clean::Cleaned;

/// Whether `s` says 其中 ("of which"), asked of the text between a figure and the one before it,
/// which may be a paragraph long: one searcher built once (`str::contains` builds one a call).
fn has_qizhong(s: &str) -> bool {
    static FINDER: std::sync::OnceLock<memchr::memmem::Finder<'static>> =
        std::sync::OnceLock::new();
    FINDER
        .get_or_init(|| memchr::memmem::Finder::new("其中"))
        .find(s.as_bytes())
        .is_some()
}

/// The parts written one after another: what `format!("{a}（{b}）")` gives, in one string sized
/// once and without the formatting machinery (a label with its context is built for about one
/// figure in ten, and `format!` cost about 1 400 instructions a label).
fn joined(parts: &[&str]) -> String {
    let mut s = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        s.push_str(p);
    }
    s
}

/// A metric's label and what the later metrics of its sentence need to know about it.
pub(super) struct Label {
    /// The clause parts the label was cut from (cleaned-text ranges).
    pub(super) parts: Parts,
    /// The label before sentence context was added; None when no context was added (`text`
    /// is the base label).
    pub(super) base: Option<String>,
    /// Whether `base` is a bare change or average that needs the subject of the figure it
    /// follows (同比下降, 平均每乡镇).
    pub(super) subjectless: bool,
    /// The label shown.
    pub(super) text: String,
}

/// Labels the figure `f`, given the metrics before it (`out`) and where the previous metric's
/// words end (`prev_end`, cleaned text).
pub(super) fn label(cleaned: &Cleaned<'_>, out: &Extracted, prev_end: usize, f: &Found) -> Label {
    let text = cleaned.text.as_str();
    // Where the figure stands, read once for every rule below.
    let mut r = reading::Reading::new(text, f, prev_end);
    let mut parts = clause::parts(text, r.clause(), f.start, f.end, f.classifier);
    if let Some((narrower, from)) = list::after_previous_noun(text, out, r.clause(), f) {
        parts = narrower;
        r.narrow(from);
    }
    adverbial::without_lead_adverbial(text, &mut parts);
    if let Some(done) = context::clause_before_repeated_verb(&r, &parts) {
        parts.pre = vec![done];
    }
    match list::shared_verb(text, out, &parts, prev_end) {
        Some(list::Shared::Verb(verb)) => parts.pre.insert(0, verb),
        Some(list::Shared::Object(object)) => parts.topic = Some(object),
        None => {}
    }
    list::share_with_previous(&r, out, &mut parts);
    parts.shared =
        list::shared_noun(text, &parts, f).or_else(|| list::noun_after_levels(text, &parts));
    if parts.pre.is_empty() && parts.shared.is_none() && parts.topic.is_none() {
        // 45家单位1932个服务事项进驻区级大厅: 45 counts the 单位 that 进驻区级大厅.
        parts.shared = parts
            .post
            .and_then(|p| noun::predicate_after_next_count(text, p));
    }
    let place = f.unit.as_deref().is_some_and(is_place_unit);
    if let Some((predicate, noun)) = clause::predicate_of_objects(&r, &parts, place) {
        parts.pre.clear();
        parts.post = noun;
        parts.shared = Some(predicate);
        parts.topic = None;
    }
    if let Some(things) = parts.post.and_then(|p| noun::category_of_next(text, p)) {
        // 10个类别共2644项权责事项 → 权责事项类别.
        parts.pre = vec![things];
        parts.shared = None;
    }
    if let Some(subject) = list::respectively(text, out, f) {
        parts.pre = subject;
        parts.post = None;
        parts.shared = None;
        parts.topic = None;
    }
    let time_limit = f.kind == crate::model::MetricKind::Duration
        && f.cell_label.is_none()
        && deadline::time_limit(text, &mut parts, f.end);
    // In a flattened table the column header says what the number is.
    let mut label = match f.cell_label.clone().or_else(|| {
        match (!f.row_read).then(|| table::row_cell(text, f.num_start)) {
            Some(Some(table::RowFigure::Figure(c))) => Some(c.label(|a, b| cleaned.shown(a, b))),
            _ => None,
        }
    }) {
        Some(header) => header,
        None => text::label_text(cleaned, &parts),
    };
    if let Some(place) = f.unit.as_deref().filter(|u| is_place_unit(u)) {
        label.push_str(place);
    }
    if time_limit {
        // 出具审查意见 + 时限: what the figure measures is the time allowed.
        label.push_str("时限");
    }
    if let Some(quake) = magnitude::earthquake(text, f.end, f.unit.as_deref(), &label) {
        label = quake;
    }
    let needs_subject = context::needs_subject(&label);
    let subjectless = needs_subject.0;
    let with_context = whole::part_of_whole(text, out, f.start, &label)
        .or_else(|| whole::rest_of_whole(text, out, f, &label))
        .or_else(|| whole::reach_of_activity(&r, &label))
        .or_else(|| whole::generic_of_activity(&r, &label, needs_subject.1))
        .or_else(|| whole::subject_of_predicate(&r, &parts, &label))
        .or_else(|| whole::each_of_topic(&r, &label))
        .or_else(|| whole::attribute_of_previous(text, out, f.start, &label))
        .or_else(|| parallel::attribute_of_parallel(&r, out, f.unit.as_deref(), &label))
        .or_else(|| whole::measure_of_next(text, f, &label))
        .or_else(|| context::with_context(text, out, f, &label, needs_subject));
    // (Most labels take no context: the label shown is the base label, kept once.)
    let (base, label) = match with_context {
        Some(shown) => (Some(label), shown),
        None => (None, label),
    };
    Label {
        parts,
        base,
        subjectless,
        text: label,
    }
}

#[cfg(test)]
mod joined_tests {
    /// The parts joined are the string `format!` wrote, for labels and contexts of the shapes
    /// the label rules build (empty parts too).
    #[test]
    fn joined_is_what_format_wrote() {
        for (label, context) in [
            ("办结", "行政复议案件"),
            ("", "审结"),
            ("受理", ""),
            ("é😀", "（甲）"),
        ] {
            assert_eq!(
                super::joined(&[label, "（", context, "）"]),
                format!("{label}（{context}）")
            );
            assert_eq!(
                super::joined(&[context, "的", label]),
                format!("{context}的{label}")
            );
            assert_eq!(super::joined(&[label]), label);
        }
        assert_eq!(super::joined(&[]), "");
    }
}
