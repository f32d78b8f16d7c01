//! Command-line arguments.

use anyhow::{anyhow, bail, Result};
use gangmu_core::present::Lang;

pub const USAGE: &str = "\
usage: gangmu extract [--format json|csv|md] [--lang zh|en] [--encoding LABEL] FILE...
       gangmu compare [--format json|csv|md|svg|xlsx] [--lang zh|en] [--output FILE] [--encoding LABEL] FILE...

  FILE            a report: .txt (UTF-8, GBK, UTF-16…), .html/.htm/.mhtml, .docx or .pdf; - reads stdin
  --format json   one JSON object per file and line (default; the schema is in README.md)
  --format csv    one metric table for all files, UTF-8 with BOM (opens in Excel/WPS)
  --format md     a readable outline, metric table, checks and findings per file
  --lang zh|en    language of CSV headers and Markdown (CSV: en keys by default; Markdown: zh)
  --encoding L    read text files as L (gbk, gb18030, utf-16le, big5 …) instead of detecting

compare: canonical indicators × reports, with the change from the same issuer's earlier year
  --format json   the comparison as one JSON object (default)
  --format csv    one table, a row per indicator and per profile measure, UTF-8 with BOM
  --format md     a Markdown table
  --format svg    a bar chart (the same bytes as the web app's)
  --format xlsx   a workbook (sheets 指标对比, 报告概况); needs --output or a redirected stdout
  --output FILE   write to FILE instead of stdout
  --lang zh|en    language of headers, names and the chart (default zh)

exit status: 0 all files read, 1 some file could not be read (the others are still printed), 2 usage error";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
    Markdown,
}

#[derive(Debug)]
pub struct Extract {
    pub files: Vec<String>,
    pub format: Format,
    pub lang: Lang,
    /// Whether `--lang` was given (CSV headers default to English keys otherwise).
    pub lang_given: bool,
    pub encoding: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareFormat {
    Json,
    Csv,
    Markdown,
    Svg,
    Xlsx,
}

#[derive(Debug)]
pub struct Compare {
    pub files: Vec<String>,
    pub format: CompareFormat,
    pub lang: Lang,
    pub output: Option<String>,
    pub encoding: Option<String>,
}

#[derive(Debug)]
pub enum Command {
    Extract(Extract),
    Compare(Compare),
    Help,
    Version,
}

pub fn parse(argv: &[String]) -> Result<Command> {
    let Some((cmd, rest)) = argv.split_first() else {
        bail!("no command given");
    };
    match cmd.as_str() {
        "extract" => parse_extract(rest).map(Command::Extract),
        "compare" => parse_compare(rest).map(Command::Compare),
        "-h" | "--help" | "help" => Ok(Command::Help),
        "-V" | "--version" | "version" => Ok(Command::Version),
        other => bail!("unknown command {other:?}"),
    }
}

fn parse_extract(args: &[String]) -> Result<Extract> {
    let mut e = Extract {
        files: Vec::new(),
        format: Format::Json,
        lang: Lang::Zh,
        lang_given: false,
        encoding: None,
    };
    let mut iter = args.iter();
    while let Some(a) = iter.next() {
        let mut value = |name: &str| {
            iter.next()
                .cloned()
                .ok_or_else(|| anyhow!("{name} needs a value"))
        };
        match a.as_str() {
            "--format" | "-f" => {
                e.format = match value("--format")?.as_str() {
                    "json" => Format::Json,
                    "csv" => Format::Csv,
                    "md" | "markdown" => Format::Markdown,
                    f => bail!("unknown format {f:?} (json, csv or md)"),
                }
            }
            "--lang" => {
                e.lang = match value("--lang")?.as_str() {
                    "zh" => Lang::Zh,
                    "en" => Lang::En,
                    l => bail!("unknown language {l:?} (zh or en)"),
                };
                e.lang_given = true;
            }
            // Overrides encoding detection for text files (gbk, utf-16le, big5 …).
            "--encoding" | "-e" => {
                let label = value("--encoding")?;
                gangmu_core::decode::encoding_for_label(&label).map_err(|err| anyhow!("{err}"))?;
                e.encoding = Some(label);
            }
            "--" => e.files.extend(iter.by_ref().cloned()),
            s if s.starts_with("--") => bail!("unknown option {s:?}"),
            _ => e.files.push(a.clone()),
        }
    }
    if e.files.is_empty() {
        bail!("no input files");
    }
    Ok(e)
}

fn parse_compare(args: &[String]) -> Result<Compare> {
    let mut c = Compare {
        files: Vec::new(),
        format: CompareFormat::Json,
        lang: Lang::Zh,
        output: None,
        encoding: None,
    };
    let mut iter = args.iter();
    while let Some(a) = iter.next() {
        let mut value = |name: &str| {
            iter.next()
                .cloned()
                .ok_or_else(|| anyhow!("{name} needs a value"))
        };
        match a.as_str() {
            "--format" | "-f" => {
                c.format = match value("--format")?.as_str() {
                    "json" => CompareFormat::Json,
                    "csv" => CompareFormat::Csv,
                    "md" | "markdown" => CompareFormat::Markdown,
                    "svg" => CompareFormat::Svg,
                    "xlsx" => CompareFormat::Xlsx,
                    f => bail!("unknown format {f:?} (json, csv, md, svg or xlsx)"),
                }
            }
            "--lang" => {
                c.lang = match value("--lang")?.as_str() {
                    "zh" => Lang::Zh,
                    "en" => Lang::En,
                    l => bail!("unknown language {l:?} (zh or en)"),
                };
            }
            "--output" | "-o" => c.output = Some(value("--output")?),
            "--encoding" | "-e" => {
                let label = value("--encoding")?;
                gangmu_core::decode::encoding_for_label(&label).map_err(|err| anyhow!("{err}"))?;
                c.encoding = Some(label);
            }
            "--" => c.files.extend(iter.by_ref().cloned()),
            s if s.starts_with("--") => bail!("unknown option {s:?}"),
            _ => c.files.push(a.clone()),
        }
    }
    if c.files.is_empty() {
        bail!("no input files");
    }
    Ok(c)
}
