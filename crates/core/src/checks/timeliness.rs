//! Published by the deadline of the report's type: a 法治政府建设年度报告 before 1 April of the year
//! after the one reported on (《规定》: "每年4月1日之前"), a 政府信息公开工作年度报告 by 31 January
//! (《政府信息公开条例》第五十条: "每年1月31日前"). Other types have no deadline.

use crate::model::{Check, CheckKind, Report};
use crate::span::Span;

pub fn check(report: &Report) -> Option<Check> {
    let year = report.year?;
    let published = report.published.as_deref()?;
    let deadline = deadline(report)?;
    // ISO dates compare as strings.
    let holds = published <= deadline.as_str();
    Some(Check {
        kind: CheckKind::Timeliness,
        holds,
        relation: format!("{published}{}{deadline}", if holds { "<=" } else { ">" }),
        metrics: Vec::new(),
        span: Span::new(0, 0),
        note: match (holds, report.report_type) {
            (true, crate::model::ReportType::InfoDisclosure) => {
                format!("{year}年度报告于{published}发布，在次年1月31日之前")
            }
            (false, crate::model::ReportType::InfoDisclosure) => {
                format!("{year}年度报告于{published}发布，晚于次年1月31日")
            }
            (true, _) => format!("{year}年度报告于{published}发布，在次年4月1日之前"),
            (false, _) => format!("{year}年度报告于{published}发布，晚于次年3月31日"),
        },
    })
}

/// The last day (`YYYY-MM-DD`) a report of this type and year is due, if its type has one.
pub fn deadline(report: &Report) -> Option<String> {
    let year = report.year?;
    let day = report.report_type.deadline()?;
    Some(format!("{}-{day}", year + 1))
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

    #[test]
    fn a_disclosure_report_is_due_by_the_end_of_january() {
        let mut r = Report {
            year: Some(2023),
            published: Some("2024-01-31".into()),
            report_type: crate::model::ReportType::InfoDisclosure,
            ..Report::default()
        };
        assert!(check(&r).unwrap().holds);
        r.published = Some("2024-02-01".into());
        let c = check(&r).unwrap();
        assert!(!c.holds);
        assert_eq!(c.relation, "2024-02-01>2024-01-31");
        r.report_type = crate::model::ReportType::GovernmentWork;
        assert!(check(&r).is_none());
    }
}
