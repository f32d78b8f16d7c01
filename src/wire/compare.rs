//! The comparison's view (`view::compare::ComparisonView`, made by the worker in the page's
//! language) on the wire, so the page links no JSON reader for it either.

use super::{structs, unit_enums};
use crate::view::compare::{
    CellView, ColumnView, ComparisonView, MeasureView, RowView, TotalHead, TotalView, Trend,
};
use crate::view::compare_layout::ColumnGroup;

structs! {
    ComparisonView { columns, rows, totals, measures, groups }
    ColumnView { file, name, title, region, region_code, level }
    RowView { indicator, name, cells, totals }
    CellView { text, value, change, trend, derived, metric, more, corrected }
    TotalView { text, note, missing, recomputed }
    TotalHead { name, columns, warnings }
    MeasureView { key, name, values }
    ColumnGroup { label, within, columns }
}

unit_enums! {
    Trend { Up, Down, Same }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use crate::protocol::{Envelope, Reply, Request};
    use crate::view::compare::ComparisonView;
    use crate::worker::handle;

    /// The worker's view of a comparison (totals asked for), read back from the reply's bytes, is the
    /// view the worker made (compared as JSON).
    #[test]
    fn the_comparison_view_comes_back_whole() {
        let lines: Vec<String> = [0, 1, 2, 3, 4]
            .iter()
            .map(|&i| {
                handle(Envelope::new(Request::Extract {
                    job: i,
                    name: format!("{i}.txt"),
                    input: crate::protocol::InputKind::Sample(i as usize),
                    encoding: None,
                    corrections: Vec::new(),
                }))
                .line
                .unwrap()
            })
            .collect();
        for lang in [Lang::Zh, Lang::En] {
            let reply = handle(Envelope {
                lines: lines.clone(),
                ..Envelope::new(Request::Compare {
                    job: 5,
                    lang,
                    total: true,
                })
            });
            assert!(matches!(reply.head, Some(Reply::Compared { .. })));
            let view: ComparisonView = crate::wire::decode(&reply.bytes.unwrap()).unwrap();
            let c: gangmu_core::compare::Comparison =
                serde_json::from_str(reply.line.as_deref().unwrap()).unwrap();
            let made = crate::view::compare::view(&c, lang);
            assert!(!made.rows.is_empty() && !made.measures.is_empty());
            assert_eq!(
                serde_json::to_string(&view).unwrap(),
                serde_json::to_string(&made).unwrap()
            );
        }
    }
}
