//! Command-line arguments, declared with clap so that help, version, typos and missing values
//! are handled the way every other command-line tool handles them (usage errors exit 2).

use clap::{Args, Parser, Subcommand, ValueEnum};
use gangmu_core::present::Lang;

#[derive(Debug, Parser)]
#[command(
    name = "gangmu",
    version,
    about = "Outlines, metric tables and checks from 法治政府建设年度报告 files",
    after_help = "exit status: 0 all files read, 1 some file could not be read (the others are \
                  still printed), 2 usage error",
    arg_required_else_help = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract each report: outline, metrics, checks and findings.
    Extract(Extract),
    /// Canonical indicators × reports, with the change from the same issuer's earlier year.
    Compare(Compare),
    /// Many reports as one dataset: a row per report, or per metric per report.
    Dataset(Dataset),
}

/// How `extract` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One JSON object per file and line (the schema is in README.md).
    Json,
    /// One metric table for all files, UTF-8 with BOM (opens in Excel/WPS).
    Csv,
    /// A readable outline, metric table, checks and findings per file.
    #[value(name = "md", alias = "markdown")]
    Markdown,
}

/// How `compare` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    /// The comparison as one JSON object.
    Json,
    /// One table, a row per indicator and per profile measure, UTF-8 with BOM.
    Csv,
    /// A Markdown table.
    #[value(name = "md", alias = "markdown")]
    Markdown,
    /// A bar chart (the same bytes as the web app's).
    Svg,
    /// A workbook (sheets 指标对比, 报告概况); needs --output or a redirected stdout.
    Xlsx,
}

/// Which dataset table `dataset` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TableArg {
    /// One row per report: issuer, region, code, level, body, year, required parts, measures.
    Reports,
    /// One row per metric per report: the report's columns, then the metric's.
    Metrics,
}

/// How `dataset` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DatasetFormat {
    /// UTF-8 with BOM; snake_case header unless --lang zh.
    Csv,
    /// A workbook; both tables as sheets unless --table picks one. Needs --output or a
    /// redirected stdout.
    Xlsx,
    /// One JSON object per row and line, snake_case keys.
    Jsonl,
}

/// The language of headers, names and Markdown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Zh,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Zh => Lang::Zh,
            LangArg::En => Lang::En,
        }
    }
}

#[derive(Debug, Args)]
pub struct Extract {
    #[arg(short, long, value_enum, default_value_t = Format::Json)]
    pub format: Format,
    /// Language of CSV headers and Markdown (CSV: English keys unless given; Markdown: zh).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    #[command(flatten)]
    pub input: Input,
}

#[derive(Debug, Args)]
pub struct Compare {
    #[arg(short, long, value_enum, default_value_t = CompareFormat::Json)]
    pub format: CompareFormat,
    /// Language of headers, names and the chart.
    #[arg(long, value_enum, default_value_t = LangArg::Zh)]
    pub lang: LangArg,
    /// Add a 合计 column per year: counts and amounts summed, rates recomputed from the summed
    /// counts, reports lacking an indicator listed, a warning when one region contains another.
    #[arg(long)]
    pub total: bool,
    /// Write to FILE instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<String>,
    #[command(flatten)]
    pub input: Input,
}

#[derive(Debug, Args)]
pub struct Dataset {
    /// The table (default: reports; an .xlsx holds both unless this picks one).
    #[arg(short, long, value_enum)]
    pub table: Option<TableArg>,
    #[arg(short, long, value_enum, default_value_t = DatasetFormat::Csv)]
    pub format: DatasetFormat,
    /// Language of the header (default en: snake_case keys; zh: Chinese names).
    #[arg(long, value_enum, default_value_t = LangArg::En)]
    pub lang: LangArg,
    /// Write to FILE instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<String>,
    #[command(flatten)]
    pub input: Input,
}

/// The files the commands read.
#[derive(Debug, Args)]
pub struct Input {
    /// Read text files as LABEL (gbk, gb18030, utf-16le, big5 …) instead of detecting.
    #[arg(short, long, value_name = "LABEL", value_parser = encoding_label)]
    pub encoding: Option<String>,
    /// Apply the corrections of a workspace file (*.gangmu.json, saved by the web app) to the
    /// inputs it holds, recognised by their content whatever their names.
    #[arg(long, value_name = "FILE")]
    pub corrections: Option<String>,
    /// Reports: .txt (UTF-8, GBK, UTF-16…), .html/.htm/.mhtml, .docx, .doc/.wps, .ofd, .rtf or .pdf; - reads stdin.
    /// A workspace file (*.gangmu.json) stands for all the reports it holds, corrected.
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<String>,
    /// Threads reading and extracting files (default: one per core). The output is the same
    /// bytes, in input order, whatever the number.
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<usize>,
}

/// An encoding label the decoder knows (checked here so a typo is a usage error up front).
fn encoding_label(label: &str) -> Result<String, String> {
    gangmu_core::decode::encoding_for_label(label)
        .map(|_| label.to_string())
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_declaration_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn markdown_has_a_short_and_a_long_name() {
        for name in ["md", "markdown"] {
            let cli = Cli::try_parse_from(["gangmu", "extract", "-f", name, "a.txt"]).unwrap();
            let Command::Extract(e) = cli.command else {
                panic!("extract")
            };
            assert_eq!(e.format, Format::Markdown);
            assert_eq!(e.lang, None);
        }
    }

    #[test]
    fn files_after_a_double_dash_may_look_like_options() {
        let cli = Cli::try_parse_from(["gangmu", "compare", "--", "--odd.txt"]).unwrap();
        let Command::Compare(c) = cli.command else {
            panic!("compare")
        };
        assert_eq!(c.input.files, ["--odd.txt"]);
        assert_eq!(c.lang, LangArg::Zh);
    }
}
