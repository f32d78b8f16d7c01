//! The parts a report must have, by its type: which heading or passage meets each.
//!
//! A 法治政府建设年度报告 owes the regulation's five parts R1–R5; a 政府信息公开工作年度报告 the six
//! parts of the national template D1–D6 (总体情况 … 其他需要报告的事项); other types (政府工作报告,
//! 统计公报, 工作总结 …) owe none, and a finding names their type instead.
//!
//! A part met by a heading of its own is `heading`; one only touched on in a passage (seed 000
//! states its problems and plans in one closing paragraph) is `passage`; otherwise `missing`.
//! R2 asks for 原因 (causes) as well as 不足: a problems section that gives no causes is noted
//! and its check does not hold. R5 (其他需要报告的情况) and D6 (其他需要报告的事项) are optional in
//! practice and never fail. The D parts are headings of the template: a passage does not meet
//! them.

// The word lists live in `lexicon/parts.toml`. They are a dozen rare words looked for once per
// report, mostly near its end. A word looked for from the start is a substring search per word
// with memchr's memmem (checks on 5× seeds: 20.5 M instructions in all; 22.5 M with
// `str::find`; 27.7 M stepping `lexicon::words::Words` through the whole text, a character at a
// time). The last of the R2 words is found by reading the text backwards, stopping at the first
// one met (`lexicon::words::FromEnd`): `rfind` per word read the whole text once for every word
// that does not occur (6.5 M of the checks' 28.9 M before).
use crate::lexicon::data::parts;
use crate::lexicon::words::FromEnd;
use crate::model::{
    Check, CheckKind, Coverage, Finding, FindingKind, Part, PartCoverage, Report, ReportType,
};
use crate::sentences::Context;
use crate::span::Span;

/// Where `word` first occurs in `text` (as `text.find(word)`).
fn find(text: &str, word: &str) -> Option<usize> {
    memchr::memmem::find(text.as_bytes(), word.as_bytes())
}

pub fn coverage(ctx: &Context<'_, '_>, report: &Report) -> Vec<PartCoverage> {
    report
        .report_type
        .required_parts()
        .iter()
        .map(|&part| cover(ctx, report, part))
        .collect()
}

/// For a report that is not a 法治政府建设年度报告: a finding that names its type and says what
/// was checked instead of R1–R5.
pub fn type_finding(report: &Report) -> Option<Finding> {
    let t = report.report_type;
    let (zh, en) = match t {
        ReportType::RuleOfLaw => return None,
        ReportType::InfoDisclosure => (
            format!(
                "这是一份{}：按《政府信息公开条例》第五十条和年度报告格式检查六个部分（D1–D6），\
                 发布期限为次年1月31日；不检查法治政府建设年度报告的五个部分（R1–R5）",
                t.name_zh()
            ),
            format!(
                "This is an {}: checked against the six parts of the national template (D1–D6) \
                 and its deadline of 31 January, not against R1–R5",
                t.name_en()
            ),
        ),
        _ => (
            format!(
                "这是一份{}，不是法治政府建设年度报告：不检查规定要求的部分（R1–R5）",
                t.name_zh()
            ),
            format!(
                "This is a {}, not an annual report on rule-of-law government: no required \
                 parts (R1–R5) are checked",
                t.name_en()
            ),
        ),
    };
    Some(Finding {
        kind: FindingKind::ReportType,
        message: crate::model::Bilingual { en, zh },
        span: report.title_span,
    })
}

fn cover(ctx: &Context<'_, '_>, report: &Report, part: Part) -> PartCoverage {
    let text = &ctx.cleaned.text;
    if let Some(h) = report.outline.iter().position(|h| h.part == Some(part)) {
        let heading = &report.outline[h];
        let mut note = format!("由标题“{}{}”体现", heading.marker, heading.title);
        if part == Part::R2 && !gives_causes(heading.body.slice(ctx.cleaned.original)) {
            note.push_str("；未说明原因");
        }
        return PartCoverage {
            part,
            status: Coverage::Heading,
            heading: Some(h),
            span: Some(heading.span),
            note,
        };
    }
    let passage = match part {
        Part::R1 => {
            return match report.outline.first() {
                Some(first) if !report.metrics.is_empty() || report.outline.len() > 1 => {
                    PartCoverage {
                        part,
                        status: Coverage::Passage,
                        heading: None,
                        span: Some(first.span),
                        note: "未设“主要举措和成效”标题，举措和成效以专题标题分述".to_string(),
                    }
                }
                _ => missing(part),
            };
        }
        // Problems are stated near the end, in words such as 但也存在着…等问题; a sentence
        // about problems that were tackled (聚焦…存在突出的问题全面整改) is not one.
        Part::R2 => {
            static ADMITS: std::sync::OnceLock<FromEnd> = std::sync::OnceLock::new();
            ADMITS
                .get_or_init(|| FromEnd::new(parts::ADMITS))
                .last_start(text)
                .map(|at| sentence_around(text, at))
        }
        Part::R3 => find(text, "第一责任人").map(|at| sentence_around(text, at)),
        Part::R4 => {
            let plan = parts::PLANS.iter().filter_map(|w| find(text, w)).min();
            // Or a paragraph opening with the next year and a plan: 2024年，柳州市司法局将…
            let next_year = report.year.and_then(|y| {
                let opener = format!("{}年", y + 1);
                text.match_indices(&opener).map(|(i, _)| i).find(|&i| {
                    let (a, b) = sentence_around(text, i);
                    if a != i {
                        return false;
                    }
                    text[a..b].contains('将') || text[a..b].contains("计划")
                })
            });
            plan.into_iter()
                .chain(next_year)
                .min()
                .map(|at| sentence_around(text, at))
        }
        Part::R5 | Part::D1 | Part::D2 | Part::D3 | Part::D4 | Part::D5 | Part::D6 => None,
    };
    match passage {
        Some((a, b)) => {
            let span = ctx.cleaned.span(a, b);
            let mut note = "无专门标题，仅在段落中提及".to_string();
            if part == Part::R2 && !gives_causes(span.slice(ctx.cleaned.original)) {
                note.push_str("；未说明原因");
            }
            PartCoverage {
                part,
                status: Coverage::Passage,
                heading: None,
                span: Some(span),
                note,
            }
        }
        None => missing(part),
    }
}

/// Whether a problems part states causes as well as shortcomings (R2 asks for 不足和原因):
/// 原因 itself, or causal words (由于, 根源在于, 究其…, 导致).
pub fn gives_causes(text: &str) -> bool {
    parts::CAUSES.iter().any(|w| text.contains(w))
}

fn missing(part: Part) -> PartCoverage {
    let note = if part.optional() {
        "未报告（该部分可选）"
    } else {
        "未找到相应标题或段落"
    };
    PartCoverage {
        part,
        status: Coverage::Missing,
        heading: None,
        span: None,
        note: note.to_string(),
    }
}

/// The sentence (cleaned-text range, leading spaces left out) around byte `at`.
fn sentence_around(text: &str, at: usize) -> (usize, usize) {
    const ENDS: [char; 5] = ['。', '\n', '；', '！', '？'];
    let start = text[..at].rfind(ENDS).map_or(0, |p| {
        p + text[p..].chars().next().map_or(1, char::len_utf8)
    });
    let end = text[at..].find(ENDS).map_or(text.len(), |p| {
        at + p + text[at + p..].chars().next().map_or(1, char::len_utf8)
    });
    let lead = text[start..end].len() - text[start..end].trim_start().len();
    (start + lead, end)
}

/// The finding for a required part that is missing or incomplete.
pub fn finding(check: &Check, report: &Report) -> crate::model::Finding {
    let part = report
        .parts
        .iter()
        .find(|p| check.relation.starts_with(p.part.code()));
    let (code, zh, en) = part.map_or(("", "", ""), |p| {
        (
            p.part.code(),
            p.part.requirement_zh(),
            p.part.requirement_en(),
        )
    });
    let missing = part.is_some_and(|p| p.status == Coverage::Missing);
    crate::model::Finding {
        kind: crate::model::FindingKind::MissingPart,
        message: crate::model::Bilingual {
            en: if missing {
                format!("Required part {code} missing: {en}")
            } else {
                format!("Required part {code} ({en}): shortcomings are stated but not their causes")
            },
            zh: if missing {
                format!("缺少规定要求的部分 {code}：{zh}")
            } else {
                format!("{code}（{zh}）：写了不足，未说明原因")
            },
        },
        span: part.and_then(|p| p.span),
    }
}

/// One completeness check per required part that is not optional (R1–R4, D1–D5).
pub fn checks(report: &Report) -> Vec<Check> {
    report
        .parts
        .iter()
        .filter(|p| !p.part.optional())
        .map(|p| {
            let lacks_causes = p.part == Part::R2 && p.note.contains("未说明原因");
            let holds = p.status != Coverage::Missing && !lacks_causes;
            let status = match p.status {
                Coverage::Heading => "有专门标题",
                Coverage::Passage => "仅段落提及",
                Coverage::Missing => "缺失",
            };
            Check {
                kind: CheckKind::Completeness,
                holds,
                relation: format!("{} {}：{}", p.part.code(), p.part.requirement_zh(), status),
                metrics: Vec::new(),
                span: p.span.unwrap_or(Span::new(0, 0)),
                note: p.note.clone(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::model::{Coverage, FindingKind, Part, ReportType};
    use crate::{extract, Options};

    #[test]
    fn a_disclosure_report_is_checked_against_its_own_six_parts() {
        let r = extract(
            "一、总体情况\n本报告系根据《中华人民共和国政府信息公开条例》编制。\n二、主动公开政府信息情况\n主动公开政府信息125条。\n三、收到和处理政府信息公开申请情况\n受理政府信息公开申请36件。\n",
            &Options::default(),
        );
        assert_eq!(r.report_type, ReportType::InfoDisclosure);
        let got: Vec<(Part, Coverage)> = r.parts.iter().map(|p| (p.part, p.status)).collect();
        assert_eq!(
            got,
            [
                (Part::D1, Coverage::Heading),
                (Part::D2, Coverage::Heading),
                (Part::D3, Coverage::Heading),
                (Part::D4, Coverage::Missing),
                (Part::D5, Coverage::Missing),
                (Part::D6, Coverage::Missing),
            ]
        );
        // D4 and D5 are missing; D6 is optional; nothing is said of R1–R5.
        let missing: Vec<&str> = r
            .findings
            .iter()
            .filter(|f| f.kind == FindingKind::MissingPart)
            .map(|f| f.message.zh.as_str())
            .collect();
        assert_eq!(missing.len(), 2, "{missing:?}");
        assert!(missing.iter().all(|m| m.contains('D')));
        assert!(r.findings.iter().any(|f| f.kind == FindingKind::ReportType));
    }

    #[test]
    fn a_government_work_report_owes_no_parts_and_is_named() {
        let r = extract(
            "各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2024年工作回顾\n全县地区生产总值完成46.1亿元。\n",
            &Options::default(),
        );
        assert_eq!(r.report_type, ReportType::GovernmentWork);
        assert!(r.parts.is_empty());
        assert!(r
            .checks
            .iter()
            .all(|c| c.kind != crate::model::CheckKind::Completeness));
        let named = r
            .findings
            .iter()
            .find(|f| f.kind == FindingKind::ReportType)
            .expect("a finding naming the type");
        assert!(
            named.message.zh.contains("政府工作报告"),
            "{}",
            named.message.zh
        );
    }
}
