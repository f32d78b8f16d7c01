//! Corrections as people read them, in the page's language: what was done (更正, 不是指标,
//! 添加, 复核), which field (标签, 类型 …, never the JSON name `label`, `kind`), and the values
//! as the table shows them (数量, ↑ 增长, an indicator's name — never `count`, `up`, an id).
//!
//! Two sources: a correction the core applied ([`gangmu_core::AppliedCorrection`]: its field and the values
//! before and after, as text in the JSON contract's words) and a correction as the user made it
//! ([`Change`]: used for undo/redo notices and for what an unplaced correction wanted to set).

use super::{direction_name, kind_name, Lang};
use crate::protocol::Names;
use gangmu_core::corrections::{Change, Correction, Fact, MetricField};
use gangmu_core::Bilingual;
use gangmu_core::{Direction, MetricKind};

/// `edit`, `remove`, `add`, `review` (the core's `AppliedCorrection::action`).
pub fn action_name(lang: Lang, action: &str) -> &'static str {
    match action {
        "edit" => lang.pick("更正", "edited"),
        "remove" => lang.pick("不是指标", "not a metric"),
        "add" => lang.pick("添加指标", "metric added"),
        "review" => lang.pick("复核", "review"),
        _ => lang.pick("更正", "correction"),
    }
}

/// A field's name (`label`, `kind`, … `published`, `status`: the contract's words).
pub fn field_name(lang: Lang, field: &str) -> &'static str {
    let s = lang.strings();
    match field {
        // Not the table's column head 指标: "指标" alone reads as "the metric".
        "label" => lang.pick("指标名称", "label"),
        "value" => s.col_value,
        "unit" => s.col_unit,
        "qualifier" => lang.pick("限定词", "qualifier"),
        "kind" => s.col_kind,
        "direction" => s.col_direction,
        "indicator" => s.col_indicator,
        "title" => s.title,
        "issuer" => s.issuer,
        "year" => s.year,
        "published" => s.published,
        "region" => lang.pick("地区", "region"),
        "status" => lang.pick("复核状态", "review status"),
        _ => lang.pick("字段", "field"),
    }
}

/// A field's value as the core wrote it (`count`, `up`, an indicator id, `reviewed`), in the
/// page's words; an empty value is "(none)".
pub fn value_text(lang: Lang, field: &str, raw: &str, names: Option<&Names>) -> String {
    let s = lang.strings();
    if raw.trim().is_empty() {
        return s.none_option.to_string();
    }
    let word = match field {
        "kind" => kind_of(raw).map(|k| kind_name(lang, k)),
        "direction" => match raw {
            "up" => Some(direction_name(lang, Direction::Up)),
            "down" => Some(direction_name(lang, Direction::Down)),
            _ => None,
        },
        "indicator" => names.and_then(|n| n.indicator(raw, lang)),
        "status" => match raw {
            "reviewed" => Some(s.review_ok),
            "dismissed" => Some(s.review_dismiss),
            _ => None,
        },
        _ => None,
    };
    word.unwrap_or(raw).to_string()
}

fn kind_of(raw: &str) -> Option<MetricKind> {
    super::ALL_KINDS.iter().copied().find(|k| k.as_str() == raw)
}

/// What a metric field is set to, as [`value_text`] shows it.
pub fn metric_value(lang: Lang, set: &MetricField, names: Option<&Names>) -> String {
    let raw = match set {
        MetricField::Label(v) => v.clone(),
        MetricField::Value(v) => v.to_string(),
        MetricField::Unit(v) => v.clone().unwrap_or_default(),
        MetricField::Qualifier(q) => q.map(|q| q.as_str().to_string()).unwrap_or_default(),
        MetricField::Kind(k) => k.as_str().to_string(),
        MetricField::Direction(d) => match d {
            Some(Direction::Up) => "up".into(),
            Some(Direction::Down) => "down".into(),
            None => String::new(),
        },
        MetricField::Indicator(i) => i.clone().unwrap_or_default(),
    };
    value_text(lang, set.name(), &raw, names)
}

/// What a fact is set to.
pub fn fact_value(lang: Lang, set: &Fact) -> String {
    let raw = match set {
        Fact::Year(y) => y.map(|y| y.to_string()),
        Fact::Title(v) | Fact::Issuer(v) | Fact::Published(v) | Fact::Region(v) => v.clone(),
    };
    value_text(lang, set.name(), raw.as_deref().unwrap_or(""), None)
}

/// One correction as the user made it, in a line: `「163件」的数值 → 170`,
/// `“163件” value → 170`.
pub fn change_text(lang: Lang, change: &Change, names: Option<&Names>) -> String {
    match (change, lang) {
        (Change::EditMetric { at, set }, Lang::Zh) => format!(
            "「{}」的{} → {}",
            at.text,
            field_name(lang, set.name()),
            metric_value(lang, set, names)
        ),
        (Change::EditMetric { at, set }, Lang::En) => format!(
            "{} of “{}” → {}",
            field_name(lang, set.name()),
            at.text,
            metric_value(lang, set, names)
        ),
        (Change::RemoveMetric { at }, Lang::Zh) => format!("「{}」不是指标", at.text),
        (Change::RemoveMetric { at }, Lang::En) => format!("“{}” is not a metric", at.text),
        (Change::AddMetric { at, metric }, Lang::Zh) => {
            format!("添加指标「{}」（{}）", at.text, metric.label)
        }
        (Change::AddMetric { at, metric }, Lang::En) => {
            format!("metric “{}” added ({})", at.text, metric.label)
        }
        (Change::EditFact { set }, _) => format!(
            "{} → {}",
            field_name(lang, set.name()),
            fact_value(lang, set)
        ),
        (Change::ReviewFinding { status, .. }, _) => {
            let status = match status {
                gangmu_core::ReviewStatus::Reviewed => "reviewed",
                gangmu_core::ReviewStatus::Dismissed => "dismissed",
            };
            format!(
                "{}{}",
                lang.pick("核查发现：", "finding: "),
                value_text(lang, "status", status, None)
            )
        }
    }
}

/// One undo step (a user action's corrections) in both languages: its first correction,
/// and how many more it holds.
pub fn step_text(ops: &[Correction], names: Option<&Names>) -> Bilingual {
    let line = |lang: Lang| {
        let first = ops
            .first()
            .map(|c| change_text(lang, &c.change, names))
            .unwrap_or_default();
        match (ops.len().saturating_sub(1), lang) {
            (0, _) => first,
            (n, Lang::Zh) => format!("{first}（另 {n} 项）"),
            (n, Lang::En) => format!("{first} (and {n} more)"),
        }
    };
    Bilingual::new(line(Lang::Zh), line(Lang::En))
}

/// The text a correction was made on (its anchor's), if it has one.
pub fn anchored_text(change: &Change) -> Option<&str> {
    match change {
        Change::EditMetric { at, .. }
        | Change::RemoveMetric { at }
        | Change::AddMetric { at, .. } => Some(&at.text),
        Change::ReviewFinding { at, .. } => at.as_ref().map(|a| a.text.as_str()),
        Change::EditFact { .. } => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gangmu_core::corrections::Anchor;
    use gangmu_core::{Decimal, Span};

    fn at(text: &str) -> Anchor {
        Anchor::at(text, Span::new(0, text.len()))
    }

    #[test]
    fn fields_and_values_read_as_the_table_shows_them() {
        assert_eq!(field_name(Lang::Zh, "label"), "指标名称");
        assert_eq!(field_name(Lang::En, "kind"), "Kind");
        assert_eq!(value_text(Lang::Zh, "kind", "count", None), "数量");
        assert_eq!(value_text(Lang::En, "direction", "down", None), "↓ down");
        assert_eq!(value_text(Lang::Zh, "unit", "", None), "（无）");
        assert_eq!(value_text(Lang::Zh, "status", "dismissed", None), "忽略");
        let names = Names {
            indicators: vec![("cases".into(), "受理案件".into(), "cases received".into())],
            areas: Vec::new(),
        };
        assert_eq!(
            value_text(Lang::En, "indicator", "cases", Some(&names)),
            "cases received"
        );
        assert_eq!(
            value_text(Lang::Zh, "indicator", "unknown", Some(&names)),
            "unknown"
        );
    }

    #[test]
    fn a_change_in_one_line_names_its_text() {
        let edit = Change::EditMetric {
            at: at("163件"),
            set: MetricField::Kind(MetricKind::Percent),
        };
        assert_eq!(change_text(Lang::Zh, &edit, None), "「163件」的类型 → 比例");
        assert_eq!(
            change_text(Lang::En, &edit, None),
            "Kind of “163件” → percent"
        );
        let value = Change::EditMetric {
            at: at("163件"),
            set: MetricField::Value(Decimal::parse("170").unwrap()),
        };
        assert_eq!(change_text(Lang::Zh, &value, None), "「163件」的数值 → 170");
        let fact = Change::EditFact {
            set: Fact::Published(Some("2024-03-01".into())),
        };
        assert_eq!(change_text(Lang::Zh, &fact, None), "发布日期 → 2024-03-01");
        assert_eq!(anchored_text(&fact), None);
        assert_eq!(anchored_text(&edit), Some("163件"));
    }
}
