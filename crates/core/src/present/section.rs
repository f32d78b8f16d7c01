//! How a metric's section is named in tables: the heading's marker and title.

use crate::model::Report;

/// `一、扎实开展示范创建活动…` for the heading at `index`, or `""` for text before any heading.
pub fn section_name(report: &Report, index: Option<usize>) -> String {
    index
        .and_then(|i| report.outline.get(i))
        .map(|h| format!("{}{}", h.marker, h.title))
        .unwrap_or_default()
}
