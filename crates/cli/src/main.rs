//! `gangmu`: extract outlines, metrics and checks from report files.
//!
//! A thin shell over `gangmu-core`: it reads files, runs the pipeline and prints. It owns the
//! exit codes: 0 when every file was read, 1 when some file could not be read (the others are
//! still printed), 2 for a usage error.

mod args;
mod batch;
mod input;

use anyhow::Result;
use args::{Command, CompareFormat, Format};
use clap::Parser;
use gangmu_core::present::{self, Lang};
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    let result = match &cli.command {
        Command::Extract(opts) => extract(opts),
        Command::Compare(opts) => compare(opts),
    };
    result.unwrap_or_else(|e| {
        eprintln!("gangmu: {e:#}");
        ExitCode::from(2)
    })
}

fn extract(opts: &args::Extract) -> Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    let mut table: Vec<(String, gangmu_core::Report)> = Vec::new();
    let ws = batch::corrections(&opts.input)?;
    for path in &opts.input.files {
        for (name, loaded) in batch::load(path, &opts.input, ws.as_ref()) {
            match loaded {
                Ok(loaded) => {
                    let report = loaded.report();
                    match opts.format {
                        Format::Json => writeln!(
                            out,
                            "{}",
                            present::json::report_line(&name, &loaded.input.source, &report)
                        )?,
                        Format::Markdown => writeln!(
                            out,
                            "{}",
                            present::markdown::report(
                                &name,
                                &report,
                                opts.lang.map_or(Lang::Zh, Lang::from)
                            )
                        )?,
                        // One table for all files, written at the end.
                        Format::Csv => table.push((name, report)),
                    }
                }
                Err(msg) => {
                    failed = true;
                    eprintln!("gangmu: {msg}");
                    if opts.format == Format::Json {
                        writeln!(out, "{}", present::json::error_line(&name, &msg))?;
                    }
                }
            }
            out.flush()?;
        }
    }
    if opts.format == Format::Csv {
        let refs: Vec<(&str, &gangmu_core::Report)> =
            table.iter().map(|(f, r)| (f.as_str(), r)).collect();
        let lang = opts.lang.map_or(Lang::En, Lang::from);
        write!(out, "{}", present::csv::metrics_table(&refs, lang))?;
    }
    out.flush()?;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// `gangmu compare`: every readable file into one comparison. Unreadable files are reported on
/// stderr and left out (exit status 1), like `extract`.
fn compare(opts: &args::Compare) -> Result<ExitCode> {
    use std::io::IsTerminal;
    if opts.format == CompareFormat::Xlsx
        && opts.output.is_none()
        && std::io::stdout().is_terminal()
    {
        anyhow::bail!("an .xlsx workbook is binary: give --output FILE or redirect stdout");
    }
    let mut failed = false;
    let mut reports: Vec<(String, gangmu_core::Report)> = Vec::new();
    let ws = batch::corrections(&opts.input)?;
    for path in &opts.input.files {
        for (name, loaded) in batch::load(path, &opts.input, ws.as_ref()) {
            match loaded {
                Ok(loaded) => reports.push((name, loaded.report())),
                Err(msg) => {
                    failed = true;
                    eprintln!("gangmu: {msg}");
                }
            }
        }
    }
    let refs: Vec<(&str, &gangmu_core::Report)> =
        reports.iter().map(|(f, r)| (f.as_str(), r)).collect();
    let comparison = gangmu_core::compare::compare(&refs);
    let bytes: Vec<u8> = match opts.format {
        CompareFormat::Json => {
            let mut s = serde_json::to_string(&comparison)?;
            s.push('\n');
            s.into_bytes()
        }
        CompareFormat::Csv => {
            gangmu_core::compare::csv::table(&comparison, Lang::from(opts.lang)).into_bytes()
        }
        CompareFormat::Markdown => {
            gangmu_core::compare::markdown::table(&comparison, Lang::from(opts.lang)).into_bytes()
        }
        CompareFormat::Svg => {
            gangmu_core::compare::svg::chart(&comparison, Lang::from(opts.lang)).into_bytes()
        }
        CompareFormat::Xlsx => gangmu_xlsx::compare::workbook(&comparison, Lang::from(opts.lang))
            .map_err(|e| anyhow::anyhow!("cannot write the workbook: {e}"))?,
    };
    match &opts.output {
        Some(path) => {
            std::fs::write(path, &bytes).map_err(|e| anyhow::anyhow!("cannot write {path}: {e}"))?
        }
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(&bytes)?;
            out.flush()?;
        }
    }
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
