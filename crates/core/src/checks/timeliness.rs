//! Published before 1 April of the year after the one reported on (《规定》: "每年4月1日之前").

use crate::model::{Check, CheckKind, Report};
use crate::span::Span;

pub fn check(report: &Report) -> Option<Check> {
    let year = report.year?;
    let published = report.published.as_deref()?;
    let deadline = format!("{}-03-31", year + 1);
    // ISO dates compare as strings.
    let holds = published <= deadline.as_str();
    Some(Check {
        kind: CheckKind::Timeliness,
        holds,
        relation: format!("{published}{}{deadline}", if holds { "<=" } else { ">" }),
        metrics: Vec::new(),
        span: Span::new(0, 0),
        note: if holds {
            format!("{year}年度报告于{published}发布，在次年4月1日之前")
        } else {
            format!("{year}年度报告于{published}发布，晚于次年3月31日")
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn before_the_first_of_april() {
        let mut r = Report {
            year: Some(2025),
            published: Some("2026-02-13".into()),
            ..Report::default()
        };
        assert!(check(&r).unwrap().holds);
        r.published = Some("2026-04-01".into());
        assert!(!check(&r).unwrap().holds);
        r.published = None;
        assert!(check(&r).is_none());
    }
}
