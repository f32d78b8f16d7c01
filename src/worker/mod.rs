//! The worker's side of the protocol: pure functions from a request to a reply.
//!
//! `src/bin/gangmu-worker.rs` wires [`handle`] to the worker's `onmessage`; the same function
//! runs on the page thread when no worker can be created. Nothing here touches the DOM, so it
//! is tested natively.

use crate::i18n::Message;
use crate::protocol::{Envelope, ExportFormat, Head, InputKind, Summary};
use gangmu_core::decode;
use gangmu_core::present::{json, Source};
use gangmu_core::{Options, Report};
use gangmu_xlsx::table::{self, Named};

/// Answers one request. Never panics on user data: bad input becomes `Head::Failed`.
pub fn handle(request: Envelope) -> Envelope {
    let Some(head) = request.head.clone() else {
        return Envelope::default();
    };
    let job = head.job();
    let failed = |error: Message| Envelope::new(Head::Failed { job, error });
    match head {
        Head::Extract { name, input, .. } => match read_input(&request, input, &name) {
            Ok(input) => extract(job, &name, input),
            Err(e) => failed(e),
        },
        Head::Export { format, lang, .. } => match export(&request.lines, format, lang) {
            Ok((bytes, mime)) => Envelope {
                bytes: Some(bytes),
                ..Envelope::new(Head::Exported {
                    job,
                    mime: mime.to_string(),
                })
            },
            Err(e) => failed(e),
        },
        other => failed(Message::new(
            format!("无法处理的请求：{other:?}"),
            format!("Unexpected request: {other:?}"),
        )),
    }
}

/// The text to analyse, where it came from, and what the decoder noted on the way.
struct Input {
    text: String,
    source: Source,
    title_hint: Option<String>,
    notes: Vec<Message>,
}

fn read_input(request: &Envelope, input: InputKind, name: &str) -> Result<Input, Message> {
    let text = |t: &str| Input {
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
                Err(Message::new(e.message_zh(), e.message_en()))
            }
            Some(t) if !t.trim().is_empty() => Ok(text(t)),
            _ => Err(Message::new("没有文本", "No text")),
        },
        InputKind::Sample(i) => crate::samples::text(i)
            .map(text)
            .ok_or_else(|| Message::new("没有这份样例", "No such sample")),
        // The core's decoder: encodings, web pages, docx, PDF, with bilingual errors.
        InputKind::Bytes => {
            let bytes = request.bytes.as_deref().unwrap_or_default();
            let d = decode::decode(bytes, Some(name), None)
                .map_err(|e| Message::new(e.message_zh(), e.message_en()))?;
            Ok(Input {
                notes: d
                    .notes
                    .iter()
                    .map(|n| Message::new(n.message_zh(), n.message_en()))
                    .collect(),
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

fn extract(job: u32, name: &str, input: Input) -> Envelope {
    let Input {
        text,
        source,
        title_hint,
        notes,
    } = input;
    let report = gangmu_core::extract(&text, &Options { title_hint });
    let mut summary = summarise(&report, &source);
    summary.notes = notes;
    let line = json::report_line(name, &source, &report);
    summary.report_at = report_offset(&line, name, &source);
    Envelope {
        text: Some(text),
        line: Some(line),
        ..Envelope::new(Head::Extracted { job, summary })
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
fn title_hint(name: &str) -> Option<String> {
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let cjk = stem.chars().filter(|c| !c.is_ascii()).count();
    (cjk >= 4).then(|| stem.to_string())
}

pub fn summarise(report: &Report, source: &Source) -> Summary {
    Summary {
        title: report.title.clone(),
        issuer: report.issuer.clone(),
        year: report.year,
        headings: report.outline.len(),
        metrics: report.metrics.len(),
        findings: report.findings.len(),
        failed_checks: report.checks.iter().filter(|c| !c.holds).count(),
        chars: report.stats.chars,
        format: source.format.clone(),
        encoding: source.encoding.clone(),
        notes: Vec::new(),
        report_at: None,
    }
}

/// Where the report's fields start in a contract line: just after
/// `{"version":…,"file":…,"source":{…},`. Checked against the line itself; `None` (and the
/// slower full parse) if the layout ever differs.
fn report_offset(line: &str, file: &str, source: &Source) -> Option<usize> {
    #[derive(serde::Serialize)]
    struct Prefix<'a> {
        version: u32,
        file: &'a str,
        source: &'a Source,
    }
    let prefix = serde_json::to_string(&Prefix {
        version: gangmu_core::SCHEMA_VERSION,
        file,
        source,
    })
    .ok()?;
    let head = prefix.strip_suffix('}')?;
    (line.starts_with(head) && line[head.len()..].starts_with(',')).then_some(head.len() + 1)
}

/// The report of a contract line, parsed the fast way when `report_at` is known.
pub fn parse_report(line: &str, report_at: Option<usize>) -> Result<Report, Message> {
    if let Some(rest) = report_at.and_then(|at| line.get(at..)) {
        let mut json = String::with_capacity(rest.len() + 1);
        json.push('{');
        json.push_str(rest);
        if let Ok(report) = serde_json::from_str(&json) {
            return Ok(report);
        }
    }
    parse_line(line).map(|l| l.report)
}

/// A CLI-contract line read back: the file name and the report.
#[derive(serde::Deserialize)]
pub struct ContractLine {
    pub file: String,
    #[serde(default)]
    pub source: Source,
    #[serde(flatten)]
    pub report: Report,
}

pub fn parse_line(line: &str) -> Result<ContractLine, Message> {
    serde_json::from_str(line).map_err(|e| {
        Message::new(
            format!("报告数据无法读取：{e}"),
            format!("Unreadable report data: {e}"),
        )
    })
}

fn export(
    lines: &[String],
    format: ExportFormat,
    lang: crate::i18n::Lang,
) -> Result<(Vec<u8>, &'static str), Message> {
    let parsed = lines
        .iter()
        .map(|l| parse_line(l))
        .collect::<Result<Vec<_>, _>>()?;
    let named: Vec<Named<'_>> = parsed
        .iter()
        .map(|p| Named {
            file: &p.file,
            report: &p.report,
        })
        .collect();
    let table_lang = match lang {
        crate::i18n::Lang::Zh => table::Lang::Zh,
        crate::i18n::Lang::En => table::Lang::En,
    };
    match format {
        ExportFormat::Xlsx => gangmu_xlsx::workbook(&named, table_lang)
            .map(|b| {
                (
                    b,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                )
            })
            .map_err(|e| {
                Message::new(
                    format!("Excel 文件生成失败：{e}"),
                    format!("Could not build the workbook: {e}"),
                )
            }),
        ExportFormat::Csv => {
            let refs: Vec<(&str, &Report)> = named.iter().map(|n| (n.file, n.report)).collect();
            Ok((
                gangmu_core::present::csv::metrics_table(&refs, table_lang).into_bytes(),
                "text/csv;charset=utf-8",
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample_request(i: usize) -> Envelope {
        Envelope::new(Head::Extract {
            job: 7,
            name: crate::samples::NAMES[i].into(),
            input: InputKind::Sample(i),
        })
    }

    #[test]
    fn a_sample_comes_back_with_its_text_and_a_contract_line() {
        let reply = handle(sample_request(1));
        let Some(Head::Extracted { job, summary }) = reply.head else {
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
    fn the_fast_parse_reads_the_same_report() {
        let reply = handle(sample_request(4));
        let Some(Head::Extracted { summary, .. }) = reply.head else {
            panic!()
        };
        let line = reply.line.unwrap();
        assert!(summary.report_at.is_some());
        let fast = parse_report(&line, summary.report_at).unwrap();
        let slow = parse_line(&line).unwrap().report;
        assert_eq!(fast.outline, slow.outline);
        assert_eq!(fast.metrics, slow.metrics);
        assert_eq!(fast.findings, slow.findings);
        // A wrong offset falls back to the full parse.
        assert_eq!(parse_report(&line, Some(3)).unwrap().metrics, slow.metrics);
    }

    #[test]
    fn bad_bytes_fail_with_a_message_and_the_job_id() {
        let req = Envelope {
            bytes: Some(b"%PDF-1.4 ...".to_vec()),
            ..Envelope::new(Head::Extract {
                job: 3,
                name: "a.pdf".into(),
                input: InputKind::Bytes,
            })
        };
        match handle(req).head {
            Some(Head::Failed { job: 3, error }) => assert!(error.zh.contains("PDF")),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn empty_paste_fails_cleanly() {
        let req = Envelope {
            text: Some("  \n".into()),
            ..Envelope::new(Head::Extract {
                job: 1,
                name: "p".into(),
                input: InputKind::Text,
            })
        };
        assert!(matches!(
            handle(req).head,
            Some(Head::Failed { job: 1, .. })
        ));
    }

    #[test]
    fn export_builds_xlsx_and_csv_from_lines() {
        let line = handle(sample_request(1)).line.unwrap();
        for format in [ExportFormat::Xlsx, ExportFormat::Csv] {
            let req = Envelope {
                lines: vec![line.clone(), line.clone()],
                ..Envelope::new(Head::Export {
                    job: 9,
                    format,
                    lang: crate::i18n::Lang::Zh,
                })
            };
            let reply = handle(req);
            assert!(
                matches!(reply.head, Some(Head::Exported { job: 9, .. })),
                "{:?}",
                reply.head
            );
            assert!(!reply.bytes.unwrap().is_empty());
        }
    }

    #[test]
    fn title_hints_come_only_from_readable_names() {
        assert_eq!(title_hint("001_af3bfae49ce3fd86.txt"), None);
        assert_eq!(
            title_hint("某区2023年法治政府建设年度报告.txt").as_deref(),
            Some("某区2023年法治政府建设年度报告")
        );
    }
}
