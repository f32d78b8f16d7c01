//! Command-line arguments.

use anyhow::{anyhow, bail, Result};
use gangmu_core::present::Lang;

pub const USAGE: &str = "\
usage: gangmu extract [--format json|csv|md] [--lang zh|en] [--encoding LABEL] FILE...

  FILE            a report: .txt (UTF-8, GBK, UTF-16…), .html/.htm/.mhtml, .docx or .pdf; - reads stdin
  --format json   one JSON object per file and line (default; the schema is in README.md)
  --format csv    one metric table for all files, UTF-8 with BOM (opens in Excel/WPS)
  --format md     a readable outline, metric table, checks and findings per file
  --lang zh|en    language of CSV headers and Markdown (CSV: en keys by default; Markdown: zh)
  --encoding L    read text files as L (gbk, gb18030, utf-16le, big5 …) instead of detecting

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

#[derive(Debug)]
pub enum Command {
    Extract(Extract),
    Help,
    Version,
}

pub fn parse(argv: &[String]) -> Result<Command> {
    let Some((cmd, rest)) = argv.split_first() else {
        bail!("no command given");
    };
    match cmd.as_str() {
        "extract" => parse_extract(rest).map(Command::Extract),
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
