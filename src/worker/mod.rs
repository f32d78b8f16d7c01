//! The worker's side of the protocol: pure functions from a request to a reply.
//!
//! `src/bin/gangmu-worker.rs` wires [`handle`] to the worker's `onmessage`; the same function
//! runs on the page thread when no worker can be created. Nothing here touches the DOM, so it
//! is tested natively.

mod compare;
mod dataset;

use crate::i18n::{messages, Bilingual, Lang};
use crate::protocol::{
    Envelope, ExportFormat, ExportOf, FromWorker, Head, InputKind, Names, Reply, Request, Summary,
    ToWorker, Typed, TypedField,
};
use gangmu_core::corrections::Correction;
use gangmu_core::decode;
use gangmu_core::present::{json, Source};
use gangmu_core::{Options, Report};
use gangmu_xlsx::table::{self, Named};

/// Answers one request. Never panics on user data: bad input becomes `Reply::Failed`.
pub fn handle(request: ToWorker) -> FromWorker {
    let Some(head) = request.head.clone() else {
        return Envelope::default();
    };
    let job = head.job();
    let failed = |error: Bilingual| Envelope::new(Reply::Failed { job, error });
    match head {
        Request::Extract {
            name,
            input,
            encoding,
            corrections,
            ..
        } => {
            // A paste is shown at once: its report comes along (no `Load`).
            let show = input == InputKind::Text;
            match read_input(&request, input, &name, encoding.as_deref()) {
                // A file's bytes go back with the result (transferred, not copied), so the
                // page can keep them for a reload and the workspace file.
                Ok(input) => Envelope {
                    bytes: request.bytes,
                    ..extract(job, &name, input, &corrections, show)
                },
                Err(e) => failed(e),
            }
        }
        Request::Correct {
            name,
            summary,
            corrections,
            ..
        } => {
            let input = Input {
                hash: summary.hash.clone(),
                text: request.text.unwrap_or_default(),
                source: Source {
                    format: summary.format.clone(),
                    encoding: summary.encoding.clone(),
                },
                title_hint: summary.title_hint.clone(),
                notes: summary.notes.clone(),
            };
            // A recomputation is of a report on screen: its report comes along.
            extract(job, &name, input, &corrections, true)
        }
        Request::OpenWorkspace { .. } => {
            let text = request.text.as_deref().unwrap_or_default();
            match gangmu_core::workspace::Workspace::parse(text) {
                Ok(ws) => Envelope {
                    line: Some(ws.to_json()),
                    ..Envelope::new(Reply::Workspace { job })
                },
                Err(e) => failed(messages::workspace_unreadable(&Bilingual::new(
                    e.message_zh(),
                    e.message_en(),
                ))),
            }
        }
        Request::ReadSelection { span, .. } => {
            let text = request.text.as_deref().unwrap_or_default();
            let metric = gangmu_core::corrections::read_selection(text, span);
            Envelope::new(Reply::Selection { job, metric })
        }
        Request::Compare { lang, total, .. } => match compare::comparison(&request.lines, total) {
            Ok((c, order)) => Envelope {
                line: Some(serde_json::to_string(&c).unwrap_or_default()),
                text: Some(gangmu_core::compare::svg::chart(&c, core_lang(lang))),
                bytes: Some(crate::wire::encode(&crate::view::compare::view(&c, lang))),
                ..Envelope::new(Reply::Compared { job, order })
            },
            Err(e) => failed(e),
        },
        Request::Regions { query, .. } => Envelope::new(Reply::Regions {
            job,
            found: gangmu_core::region::search(&query, REGIONS_SHOWN),
        }),
        Request::Load { .. } => {
            let line = request.line.as_deref().unwrap_or_default();
            match serde_json::from_str::<gangmu_core::Report>(line) {
                Ok(report) => Envelope {
                    bytes: Some(crate::wire::encode(&report)),
                    ..Envelope::new(Reply::Loaded { job })
                },
                Err(e) => failed(messages::unreadable_report(&e.to_string())),
            }
        }
        Request::ReadTyped { field, typed, .. } => Envelope::new(Reply::Typed {
            job,
            read: read_typed(field, &typed),
        }),
        Request::Indicators { .. } => Envelope {
            line: Some(serde_json::to_string(&names()).unwrap_or_default()),
            ..Envelope::new(Reply::IndicatorNames { job })
        },
        Request::Export {
            format, lang, of, ..
        } => match export(&request.lines, format, lang, of) {
            Ok((bytes, mime)) => Envelope {
                bytes: Some(bytes),
                ..Envelope::new(Reply::Exported {
                    job,
                    mime: mime.to_string(),
                })
            },
            Err(e) => failed(e),
        },
    }
}

/// The text to analyse, where it came from, and what the decoder noted on the way.
struct Input {
    /// The content hash of the input as given (`workspace::content_hash`).
    hash: String,
    text: String,
    source: Source,
    title_hint: Option<String>,
    notes: Vec<Bilingual>,
}

fn read_input(
    request: &ToWorker,
    input: InputKind,
    name: &str,
    encoding: Option<&str>,
) -> Result<Input, Bilingual> {
    let text = |t: &str| Input {
        hash: gangmu_core::workspace::content_hash(t.as_bytes()),
        text: t.to_string(),
        source: Source {
            format: "text".into(),
            encoding: "UTF-8".into(),
        },
        title_hint: title_hint(name),
        notes: Vec::new(),
    };
    match input {
        // Pasted text gets the decoder's cap on text, so a paste and a file agree.
        InputKind::Text => match request.text.as_deref() {
            Some(t) if t.len() > decode::limits::MAX_TEXT_BYTES => {
                let e = decode::DecodeError::TooLarge {
                    bytes: t.len(),
                    limit: decode::limits::MAX_TEXT_BYTES,
                };
                Err(e.message())
            }
            Some(t) if !t.trim().is_empty() => Ok(text(t)),
            _ => Err(messages::no_text()),
        },
        InputKind::Sample(i) => crate::samples::text(i)
            .map(text)
            .ok_or_else(messages::no_sample),
        // The core's decoder: encodings, web pages, docx, PDF, with bilingual errors.
        InputKind::Bytes => {
            let bytes = request.bytes.as_deref().unwrap_or_default();
            let d = decode::decode(bytes, Some(name), encoding).map_err(|e| e.message())?;
            Ok(Input {
                hash: gangmu_core::workspace::content_hash(bytes),
                notes: d.notes.iter().map(|n| n.message()).collect(),
                source: Source {
                    format: d.format.as_str().into(),
                    encoding: d.encoding,
                },
                title_hint: d.title_hint.or_else(|| title_hint(name)),
                text: d.text,
            })
        }
    }
}

/// Extracts the input with the corrections: the summary, the decoded text, the contract line
/// and, when the page will `show` it at once, the report as [`crate::wire`] bytes (the same
/// bytes a `Load` of the line gives: see `wire`'s `Decimal`).
fn extract(
    job: u32,
    name: &str,
    input: Input,
    corrections: &[Correction],
    show: bool,
) -> FromWorker {
    let Input {
        hash,
        text,
        source,
        title_hint,
        notes,
    } = input;
    let options = Options {
        title_hint: title_hint.clone(),
    };
    let report = gangmu_core::extract_corrected(&text, &options, corrections);
    let mut summary = summarise(&report, &source);
    summary.notes = notes;
    summary.hash = hash;
    summary.title_hint = title_hint;
    let line = json::report_line(name, &source, &report);
    Envelope {
        text: Some(text),
        line: Some(line),
        report: show.then(|| crate::wire::encode(&report)),
        ..Envelope::new(Reply::Extracted { job, summary })
    }
}

/// Extracts a sample and throws the result away: the first extraction in a fresh instance
/// builds the core's lazy tables, and the wasm engine compiles hot code better once it ran.
pub fn warm_up() {
    if let Some(text) = crate::samples::text(3) {
        let report = gangmu_core::extract(text, &Options::default());
        let _ = json::report_line("warm-up", &Source::default(), &report);
    }
}

/// A file name without its extension, when it reads like a title (not `001_af3b….txt`).
/// A correction form's field as the core reads it (`numeral::typed`).
fn read_typed(field: TypedField, typed: &str) -> Typed {
    use gangmu_core::numeral::typed;
    let read = match field {
        TypedField::Number => typed::number(typed).map(Typed::Number),
        TypedField::Year => typed::year(typed).map(Typed::Year),
    };
    read.unwrap_or_else(Typed::Refused)
}

fn title_hint(name: &str) -> Option<String> {
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let cjk = stem.chars().filter(|c| !c.is_ascii()).count();
    (cjk >= 4).then(|| stem.to_string())
}

pub fn summarise(report: &Report, source: &Source) -> Summary {
    Summary {
        hash: String::new(),
        title: report.title.clone(),
        issuer: report.issuer.clone(),
        year: report.year,
        report_type: report.report_type,
        headings: report.outline.len(),
        metrics: report.metrics.len(),
        findings: report.findings.len(),
        failed_checks: report.checks.iter().filter(|c| !c.holds).count(),
        chars: report.stats.chars,
        format: source.format.clone(),
        encoding: source.encoding.clone(),
        notes: Vec::new(),
        title_hint: None,
        unplaced: report
            .corrections
            .iter()
            .filter(|c| c.status == gangmu_core::CorrectionStatus::Unplaced)
            .count(),
        corrections: report.corrections.len(),
        issued_by: report.issued_by.clone().map(Box::new),
    }
}

/// The report of a contract line. `Report` does not know the line's leading `version`, `file`
/// and `source`, and serde skips unknown fields, so this is one plain pass over the line: no
/// `#[serde(flatten)]`, which is about 8× slower (seconds on the page thread for a large
/// report) and adds some 40 KB of code to each wasm binary.
pub fn parse_report(line: &str) -> Result<Report, Bilingual> {
    serde_json::from_str(line).map_err(unreadable)
}

fn unreadable(e: serde_json::Error) -> Bilingual {
    messages::unreadable_report(&e.to_string())
}

/// A CLI-contract line read back: the file name and the report.
pub struct ContractLine {
    pub file: String,
    pub source: Source,
    pub report: Report,
}

/// The fields of a contract line that are not the report's.
#[derive(serde::Deserialize)]
struct LineHead {
    file: String,
    #[serde(default)]
    source: Source,
}

/// Every line read back, in order; the first unreadable one fails them all.
pub fn parse_lines(lines: &[String]) -> Result<Vec<ContractLine>, Bilingual> {
    lines.iter().map(|l| parse_line(l)).collect()
}

/// The `(file, report)` pairs the core's multi-report functions take.
pub fn named(parsed: &[ContractLine]) -> Vec<(&str, &Report)> {
    parsed
        .iter()
        .map(|p| (p.file.as_str(), &p.report))
        .collect()
}

pub fn parse_line(line: &str) -> Result<ContractLine, Bilingual> {
    let head: LineHead = serde_json::from_str(line).map_err(unreadable)?;
    Ok(ContractLine {
        file: head.file,
        source: head.source,
        report: parse_report(line)?,
    })
}

fn core_lang(lang: Lang) -> table::Lang {
    match lang {
        Lang::Zh => table::Lang::Zh,
        Lang::En => table::Lang::En,
    }
}

/// How many divisions a region search answers with (the picker lists them all).
const REGIONS_SHOWN: usize = 30;

const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const CSV_MIME: &str = "text/csv;charset=utf-8";

fn workbook_failed(e: impl std::fmt::Display) -> Bilingual {
    messages::workbook_failed(&e.to_string())
}

/// Every indicator's and area's name, for the page (see [`Names`]).
fn names() -> Names {
    let dict = gangmu_core::indicators::dictionary();
    Names {
        indicators: dict
            .indicators
            .iter()
            .map(|i| (i.id.clone(), i.zh.clone(), i.en.clone()))
            .collect(),
        areas: dict
            .areas
            .iter()
            .map(|a| (a.n, a.zh.clone(), a.en.clone()))
            .collect(),
    }
}

fn export(
    lines: &[String],
    format: ExportFormat,
    lang: Lang,
    of: ExportOf,
) -> Result<(Vec<u8>, &'static str), Bilingual> {
    let table_lang = core_lang(lang);
    if let ExportOf::Dataset(table) = of {
        return dataset::export(lines, format, table, table_lang);
    }
    if let ExportOf::Comparison { total } = of {
        let (c, _) = compare::comparison(lines, total)?;
        return match format {
            ExportFormat::Xlsx => gangmu_xlsx::compare::workbook(&c, table_lang)
                .map(|b| (b, XLSX_MIME))
                .map_err(workbook_failed),
            ExportFormat::Csv => Ok((
                gangmu_core::compare::csv::table(&c, table_lang).into_bytes(),
                CSV_MIME,
            )),
        };
    }
    let parsed = parse_lines(lines)?;
    let named: Vec<Named<'_>> = parsed
        .iter()
        .map(|p| Named {
            file: &p.file,
            report: &p.report,
        })
        .collect();
    match format {
        ExportFormat::Xlsx => gangmu_xlsx::workbook(&named, table_lang)
            .map(|b| (b, XLSX_MIME))
            .map_err(workbook_failed),
        ExportFormat::Csv => {
            let refs: Vec<(&str, &Report)> = named.iter().map(|n| (n.file, n.report)).collect();
            Ok((
                gangmu_core::present::csv::metrics_table(&refs, table_lang).into_bytes(),
                CSV_MIME,
            ))
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::protocol::DatasetTable;

    /// Sample `i` to extract (also used by `json`'s tests).
    pub(crate) fn sample_request(i: usize) -> ToWorker {
        Envelope::new(Request::Extract {
            job: 7,
            name: crate::samples::NAMES[i].into(),
            input: InputKind::Sample(i),
            encoding: None,
            corrections: Vec::new(),
        })
    }

    #[test]
    fn a_sample_comes_back_with_its_text_and_a_contract_line() {
        let reply = handle(sample_request(1));
        let Some(Reply::Extracted { job, summary }) = reply.head else {
            panic!("{:?}", reply.head)
        };
        assert_eq!(job, 7);
        let text = reply.text.unwrap();
        assert!(text.contains("鱼峰区"));
        let line = parse_line(&reply.line.unwrap()).unwrap();
        assert_eq!(line.file, crate::samples::NAMES[1]);
        assert_eq!(line.report.outline.len(), summary.headings);
        assert_eq!(summary.metrics, line.report.metrics.len());
    }

    #[test]
    fn a_file_comes_back_with_its_bytes_and_its_content_hash() {
        let bytes = crate::samples::text(2).unwrap().as_bytes().to_vec();
        let reply = handle(Envelope {
            bytes: Some(bytes.clone()),
            ..Envelope::new(Request::Extract {
                job: 4,
                name: "002.txt".into(),
                input: InputKind::Bytes,
                encoding: None,
                corrections: Vec::new(),
            })
        });
        let Some(Reply::Extracted { summary, .. }) = reply.head else {
            panic!("{:?}", reply.head)
        };
        assert_eq!(summary.hash, gangmu_core::workspace::content_hash(&bytes));
        assert_eq!(
            reply.bytes.as_deref(),
            Some(bytes.as_slice()),
            "echoed for storage"
        );
        // A paste of the same text is the same report.
        let pasted = handle(Envelope {
            text: Some(crate::samples::text(2).unwrap().to_string()),
            ..Envelope::new(Request::Extract {
                job: 5,
                name: "p".into(),
                input: InputKind::Text,
                encoding: None,
                corrections: Vec::new(),
            })
        });
        assert!(
            matches!(pasted.head, Some(Reply::Extracted { summary: s, .. }) if s.hash == summary.hash)
        );
    }

    #[test]
    fn a_workspace_file_is_read_by_the_core_and_a_broken_one_says_why() {
        let mut ws = gangmu_core::workspace::Workspace::default();
        ws.reports.push(gangmu_core::workspace::WorkspaceReport {
            hash: "sha256:stale".into(),
            name: "a.txt".into(),
            source: gangmu_core::workspace::Source::Pasted {
                text: "正文".into(),
            },
            encoding: None,
            added: 0,
            corrections: Vec::new(),
        });
        let open = |text: String| {
            handle(Envelope {
                text: Some(text),
                ..Envelope::new(Request::OpenWorkspace { job: 3 })
            })
        };
        let reply = open(ws.to_json());
        assert_eq!(reply.head, Some(Reply::Workspace { job: 3 }));
        let back: gangmu_core::workspace::Workspace =
            serde_json::from_str(&reply.line.unwrap()).unwrap();
        assert_eq!(
            back.reports[0].hash,
            gangmu_core::workspace::content_hash("正文".as_bytes()),
            "the hash is taken anew"
        );
        match open("{\"format\":\"other\"}".into()).head {
            Some(Reply::Failed { job: 3, error }) => assert!(error.zh.contains("工作区")),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_contract_line_round_trips_the_report() {
        let text = crate::samples::text(3).unwrap();
        let report = gangmu_core::extract(text, &Options::default());
        let line = json::report_line("x.txt", &Source::default(), &report);
        let back = parse_line(&line).unwrap().report;
        assert_eq!(back.outline, report.outline);
        assert_eq!(back.metrics, report.metrics);
        assert_eq!(back.findings, report.findings);
    }

    #[test]
    fn a_contract_line_reads_back_as_its_report_and_file() {
        let text = crate::samples::text(4).unwrap();
        let report = gangmu_core::extract(text, &Options::default());
        let source = Source {
            format: "html".into(),
            encoding: "GBK".into(),
        };
        let line = json::report_line("a \"b\".html", &source, &report);
        // Written out again, the report read back gives the same line.
        let again = |r: &Report| json::report_line("a \"b\".html", &source, r);
        assert_eq!(again(&parse_report(&line).unwrap()), line);
        let back = parse_line(&line).unwrap();
        assert_eq!(again(&back.report), line);
        assert_eq!((back.file.as_str(), back.source), ("a \"b\".html", source));
        assert!(parse_report("{\"version\":1}").is_err());
    }

    #[test]
    fn bad_bytes_fail_with_a_message_and_the_job_id() {
        let req = Envelope {
            bytes: Some(b"%PDF-1.4 ...".to_vec()),
            ..Envelope::new(Request::Extract {
                job: 3,
                name: "a.pdf".into(),
                input: InputKind::Bytes,
                encoding: None,
                corrections: Vec::new(),
            })
        };
        match handle(req).head {
            Some(Reply::Failed { job: 3, error }) => assert!(error.zh.contains("PDF")),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn empty_paste_fails_cleanly() {
        let req = Envelope {
            text: Some("  \n".into()),
            ..Envelope::new(Request::Extract {
                job: 1,
                name: "p".into(),
                input: InputKind::Text,
                encoding: None,
                corrections: Vec::new(),
            })
        };
        assert!(matches!(
            handle(req).head,
            Some(Reply::Failed { job: 1, .. })
        ));
    }

    #[test]
    fn export_builds_xlsx_and_csv_from_lines() {
        let line = handle(sample_request(1)).line.unwrap();
        for format in [ExportFormat::Xlsx, ExportFormat::Csv] {
            let req = Envelope {
                lines: vec![line.clone(), line.clone()],
                ..Envelope::new(Request::Export {
                    job: 9,
                    format,
                    lang: crate::i18n::Lang::Zh,
                    of: ExportOf::Reports,
                })
            };
            let reply = handle(req);
            assert!(
                matches!(reply.head, Some(Reply::Exported { job: 9, .. })),
                "{:?}",
                reply.head
            );
            assert!(!reply.bytes.unwrap().is_empty());
        }
    }

    fn compare_request(job: u32, samples: &[usize], lang: Lang) -> ToWorker {
        Envelope {
            lines: samples
                .iter()
                .map(|&i| handle(sample_request(i)).line.unwrap())
                .collect(),
            ..Envelope::new(Request::Compare {
                job,
                lang,
                total: false,
            })
        }
    }

    #[test]
    fn the_comparison_of_003_and_004_is_the_cores_on_the_same_reports() {
        let reply = handle(compare_request(5, &[3, 4], Lang::Zh));
        assert_eq!(
            reply.head,
            Some(Reply::Compared {
                job: 5,
                order: vec![0, 1]
            })
        );
        let c: gangmu_core::compare::Comparison =
            serde_json::from_str(reply.line.as_deref().unwrap()).unwrap();
        // Computed from the contract lines, it equals the CLI's (computed from the reports).
        let direct: Vec<(&str, Report)> = [3, 4]
            .iter()
            .map(|&i| {
                let text = crate::samples::text(i).unwrap();
                (
                    crate::samples::NAMES[i],
                    gangmu_core::extract(text, &Options::default()),
                )
            })
            .collect();
        let refs: Vec<(&str, &Report)> = direct.iter().map(|(f, r)| (*f, r)).collect();
        let expected = gangmu_core::compare::compare(&refs);
        assert_eq!(c, expected);
        assert_eq!(
            reply.text.as_deref(),
            Some(gangmu_core::compare::svg::chart(&expected, table::Lang::Zh).as_str())
        );
        // 柳城县 2023 → 2025: mediation cases 1870 → 1869, a change of -1.
        assert_eq!(c.columns[1].previous, Some(0));
        let mediation = c
            .rows
            .iter()
            .find(|r| {
                r.zh.contains("调解")
                    && r.cells[0].value.map(|v| v.to_string()) == Some("1870".into())
            })
            .expect("a mediation row with 1870");
        assert_eq!(mediation.cells[1].value.unwrap().to_string(), "1869");
        assert_eq!(
            mediation.cells[1]
                .change
                .as_ref()
                .unwrap()
                .delta
                .to_string(),
            "-1"
        );
    }

    #[test]
    fn the_chart_follows_the_language() {
        // 003 and 004 are one issuer's 2023 and 2025: a time series, drawn as line charts.
        let en = handle(compare_request(1, &[3, 4], Lang::En)).text.unwrap();
        assert!(en.contains("2023–2025: canonical indicators"));
        assert!(!en.contains("常见指标"));
    }

    #[test]
    fn one_report_is_not_a_comparison() {
        assert!(matches!(
            handle(compare_request(2, &[3], Lang::Zh)).head,
            Some(Reply::Failed { job: 2, .. })
        ));
    }

    #[test]
    fn comparison_exports_are_the_clis_tables() {
        let lines = compare_request(0, &[3, 4], Lang::Zh).lines;
        let (c, _) = compare::comparison(&lines, false).unwrap();
        for (format, expected) in [
            (
                ExportFormat::Csv,
                Some(gangmu_core::compare::csv::table(&c, table::Lang::Zh).into_bytes()),
            ),
            (ExportFormat::Xlsx, None),
        ] {
            let reply = handle(Envelope {
                lines: lines.clone(),
                ..Envelope::new(Request::Export {
                    job: 4,
                    format,
                    lang: Lang::Zh,
                    of: ExportOf::Comparison { total: false },
                })
            });
            assert!(matches!(reply.head, Some(Reply::Exported { job: 4, .. })));
            let bytes = reply.bytes.unwrap();
            match expected {
                Some(e) => assert_eq!(bytes, e),
                None => assert_eq!(&bytes[..2], b"PK"),
            }
        }
    }

    #[test]
    fn names_cover_every_indicator_a_report_uses() {
        let reply = handle(Envelope::new(Request::Indicators { job: 8 }));
        assert_eq!(reply.head, Some(Reply::IndicatorNames { job: 8 }));
        let names: Names = serde_json::from_str(&reply.line.unwrap()).unwrap();
        assert_eq!(names.areas.len(), 10);
        let line = parse_line(&handle(sample_request(3)).line.unwrap()).unwrap();
        for m in &line.report.metrics {
            if let Some(id) = &m.indicator {
                assert!(names.indicator(id, Lang::Zh).is_some(), "{id}");
            }
        }
    }

    #[test]
    fn an_encoding_chosen_by_the_user_overrides_detection() {
        let bytes = include_bytes!("../../fixtures/formats/001.gbk.txt").to_vec();
        let read = |encoding: Option<&str>| {
            let reply = handle(Envelope {
                bytes: Some(bytes.clone()),
                ..Envelope::new(Request::Extract {
                    job: 1,
                    name: "001.gbk.txt".into(),
                    input: InputKind::Bytes,
                    encoding: encoding.map(str::to_string),
                    corrections: Vec::new(),
                })
            });
            match reply.head {
                Some(Reply::Extracted { summary, .. }) => (summary, reply.text.unwrap()),
                other => panic!("{other:?}"),
            }
        };
        let seed = crate::samples::text(1).unwrap();
        let (detected, text) = read(None);
        assert_eq!(text, seed);
        let (big5, garbled) = read(Some("Big5"));
        assert_eq!(big5.encoding, "Big5");
        assert_ne!(garbled, seed);
        assert!(big5.headings < detected.headings);
        let (gbk, text) = read(Some("GB18030"));
        assert_eq!(text, seed);
        assert_eq!(gbk.headings, detected.headings);
    }

    #[test]
    fn title_hints_come_only_from_readable_names() {
        assert_eq!(title_hint("001_af3bfae49ce3fd86.txt"), None);
        assert_eq!(
            title_hint("某区2023年法治政府建设年度报告.txt").as_deref(),
            Some("某区2023年法治政府建设年度报告")
        );
    }

    /// The reports of the samples, extracted as the CLI does, in the order given.
    fn extracted(samples: &[usize]) -> Vec<(&'static str, Report)> {
        samples
            .iter()
            .map(|&i| {
                let text = crate::samples::text(i).unwrap();
                (
                    crate::samples::NAMES[i],
                    gangmu_core::extract(text, &Options::default()),
                )
            })
            .collect()
    }

    #[test]
    fn reports_ticked_in_any_order_compare_in_the_clis_order() {
        // 004 (柳城县 2025) ticked before 003 (柳城县 2023): the columns read 2023, 2025.
        let reply = handle(compare_request(6, &[4, 3], Lang::Zh));
        let Some(Reply::Compared { order, .. }) = reply.head else {
            panic!("{:?}", reply.head)
        };
        assert_eq!(order, vec![1, 0]);
        let c: gangmu_core::compare::Comparison =
            serde_json::from_str(reply.line.as_deref().unwrap()).unwrap();
        assert_eq!(
            c.columns.iter().map(|c| c.year).collect::<Vec<_>>(),
            [Some(2023), Some(2025)]
        );
        let direct = extracted(&[3, 4]);
        let refs: Vec<(&str, &Report)> = direct.iter().map(|(f, r)| (*f, r)).collect();
        assert_eq!(c, gangmu_core::compare::compare(&refs));
        // The time series' line charts, as `gangmu compare --format svg` draws them.
        assert_eq!(
            reply.text.unwrap(),
            gangmu_core::compare::svg::chart(&c, table::Lang::Zh)
        );
    }

    #[test]
    fn the_total_of_a_year_is_the_clis() {
        // 鱼峰区 2023 (001) and 柳城县 2023 (003): 行政复议审结 58 + 24 = 82.
        let mut request = compare_request(7, &[3, 1], Lang::Zh);
        request.head = Some(Request::Compare {
            job: 7,
            lang: Lang::Zh,
            total: true,
        });
        let reply = handle(request.clone());
        let c: gangmu_core::compare::Comparison =
            serde_json::from_str(reply.line.as_deref().unwrap()).unwrap();
        let direct = extracted(&[3, 1]);
        let given: Vec<(&str, &Report)> = direct.iter().map(|(f, r)| (*f, r)).collect();
        let refs: Vec<(&str, &Report)> = gangmu_core::compare::chronological(&given)
            .into_iter()
            .map(|j| given[j])
            .collect();
        let mut expected = gangmu_core::compare::compare(&refs);
        gangmu_core::compare::total::add_totals(&mut expected, &refs);
        assert_eq!(c, expected);
        assert_eq!(c.totals.len(), 1);
        let row = c
            .rows
            .iter()
            .position(|r| r.indicator == "fy_close")
            .unwrap();
        assert_eq!(c.totals[0].cells[row].value.unwrap().to_string(), "82");
        // The CSV export with totals is `gangmu compare --total --format csv`.
        let export = handle(Envelope {
            lines: request.lines,
            ..Envelope::new(Request::Export {
                job: 8,
                format: ExportFormat::Csv,
                lang: Lang::Zh,
                of: ExportOf::Comparison { total: true },
            })
        });
        assert_eq!(
            export.bytes.unwrap(),
            gangmu_core::compare::csv::table(&expected, table::Lang::Zh).into_bytes()
        );
    }

    #[test]
    fn dataset_exports_are_the_clis() {
        let samples = [0, 1, 2, 3, 4];
        let lines: Vec<String> = samples
            .iter()
            .map(|&i| handle(sample_request(i)).line.unwrap())
            .collect();
        let direct = extracted(&samples);
        let refs: Vec<(&str, &Report)> = direct.iter().map(|(f, r)| (*f, r)).collect();
        let export = |format, table, lang| {
            handle(Envelope {
                lines: lines.clone(),
                ..Envelope::new(Request::Export {
                    job: 3,
                    format,
                    lang,
                    of: ExportOf::Dataset(table),
                })
            })
            .bytes
            .unwrap()
        };
        use gangmu_core::dataset::{csv, Table};
        for (table, core) in [
            (DatasetTable::Reports, Table::Reports),
            (DatasetTable::Metrics, Table::Metrics),
        ] {
            for (lang, core_lang) in [(Lang::En, table::Lang::En), (Lang::Zh, table::Lang::Zh)] {
                assert_eq!(
                    export(ExportFormat::Csv, table, lang),
                    csv::table(core, &refs, core_lang).into_bytes()
                );
            }
        }
        assert_eq!(
            &export(ExportFormat::Xlsx, DatasetTable::Both, Lang::Zh)[..2],
            b"PK"
        );
    }

    #[test]
    fn a_region_search_answers_with_candidates_and_their_parents() {
        let reply = handle(Envelope::new(Request::Regions {
            job: 4,
            query: "城中区".into(),
        }));
        let Some(Reply::Regions { job: 4, found }) = reply.head else {
            panic!("{:?}", reply.head)
        };
        assert!(found
            .iter()
            .any(|r| r.code == "450202" && r.within == "广西壮族自治区柳州市"));
    }

    /// The correction forms' fields are read here, by the core, and sent back to the page.
    pub fn typed(field: TypedField, typed: &str) -> Reply {
        handle(Envelope::new(Request::ReadTyped {
            job: 9,
            field,
            typed: typed.into(),
        }))
        .head
        .unwrap()
    }

    #[test]
    fn a_form_field_is_read_by_the_core_or_refused_with_the_reason() {
        use gangmu_core::numeral::typed::Refusal;
        use gangmu_core::Decimal;
        let read = |field, text| match typed(field, text) {
            Reply::Typed { job: 9, read } => read,
            other => panic!("{other:?}"),
        };
        for (text, n) in [
            ("１２", "12"),
            ("1,200", "1200"),
            ("一千二百", "1200"),
            ("-3.5", "-3.5"),
        ] {
            assert_eq!(
                read(TypedField::Number, text),
                Typed::Number(Decimal::parse(n).unwrap())
            );
        }
        assert_eq!(
            read(TypedField::Number, "3万"),
            Typed::Refused(Refusal::Magnitude("万".into()))
        );
        assert_eq!(read(TypedField::Year, "二〇二一年"), Typed::Year(2021));
        assert_eq!(
            read(TypedField::Year, "去年"),
            Typed::Refused(Refusal::NotAYear)
        );
        assert_eq!(read(TypedField::Year, " "), Typed::Refused(Refusal::Empty));
    }

    /// The page asks for the selected report by its contract line and reads the bytes back as
    /// the report the line holds; a line it cannot read fails with a message.
    #[test]
    fn a_report_is_loaded_for_the_page_from_its_line() {
        let out = handle(sample_request(3));
        let line = out.line.expect("a contract line");
        let load = |line: &str| {
            handle(Envelope {
                line: Some(line.into()),
                ..Envelope::new(Request::Load { job: 4 })
            })
        };
        let loaded = load(&line);
        assert_eq!(loaded.head, Some(Reply::Loaded { job: 4 }));
        let report: gangmu_core::Report =
            crate::wire::decode(&loaded.bytes.expect("bytes")).expect("a report");
        let expected: gangmu_core::Report = serde_json::from_str(&line).unwrap();
        assert_eq!(
            serde_json::to_string(&report).unwrap(),
            serde_json::to_string(&expected).unwrap()
        );
        assert!(matches!(
            load("{\"title\": 3").head,
            Some(Reply::Failed { job: 4, .. })
        ));
    }

    #[test]
    fn the_summary_carries_the_region() {
        let Some(Reply::Extracted { summary, .. }) = handle(sample_request(1)).head else {
            panic!()
        };
        let by = summary.issued_by.expect("鱼峰区");
        assert_eq!(by.code.as_deref(), Some("450203"));
        assert_eq!(by.parents[0].name, "柳州市");
    }
}
