//! `gangmu`: extract outlines, metrics and checks from report files.
//!
//! A thin shell over `gangmu-core`: it reads files, runs the pipeline and prints. It owns the
//! exit codes: 0 when every file was read, 1 when some file could not be read (the others are
//! still printed), 2 for a usage error.

mod args;
mod batch;
mod input;

use anyhow::Result;
use args::{Command, CompareFormat, DatasetFormat, Format, TableArg};
use clap::Parser;
use gangmu_core::dataset::Table;
use gangmu_core::present::{self, Lang};
use std::io::Write;
use std::process::ExitCode;

/// mimalloc rather than the system allocator: see the dependency's note in Cargo.toml.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    let result = match &cli.command {
        Command::Extract(opts) => extract(opts),
        Command::Compare(opts) => compare(opts),
        Command::Dataset(opts) => dataset(opts),
    };
    result.unwrap_or_else(|e| {
        eprintln!("gangmu: {e:#}");
        ExitCode::from(2)
    })
}

/// What `extract` prints for one report, made on the thread that extracted it.
enum Rendered {
    /// A JSON line or a Markdown section.
    Text(String),
    /// A report for the CSV table, which is written once at the end.
    Report(String, Box<gangmu_core::Report>),
}

fn extract(opts: &args::Extract) -> Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    let mut table: Vec<(String, gangmu_core::Report)> = Vec::new();
    let ws = batch::corrections(&opts.input)?;
    let render = |name: &str, loaded: &batch::Loaded| {
        let report = loaded.report();
        match opts.format {
            Format::Json => Rendered::Text(present::json::report_line(
                name,
                &loaded.input.source,
                &report,
            )),
            Format::Markdown => Rendered::Text(present::markdown::report(
                name,
                &report,
                opts.lang.map_or(Lang::Zh, Lang::from),
            )),
            Format::Csv => Rendered::Report(name.to_string(), Box::new(report)),
        }
    };
    let jobs = batch::jobs(opts.input.jobs);
    batch::run(&opts.input, ws.as_ref(), jobs, render, |done| {
        for note in &done.notes {
            eprintln!("gangmu: {note}");
        }
        match done.result {
            Ok(Rendered::Text(text)) => writeln!(out, "{text}")?,
            Ok(Rendered::Report(name, report)) => table.push((name, *report)),
            Err(msg) => {
                failed = true;
                eprintln!("gangmu: {msg}");
                if opts.format == Format::Json {
                    writeln!(out, "{}", present::json::error_line(&done.name, &msg))?;
                }
            }
        }
        out.flush()?;
        Ok(())
    })?;
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
    if opts.format == CompareFormat::Xlsx {
        refuse_binary_on_terminal(opts.output.as_deref())?;
    }
    let (reports, failed) = read_all(&opts.input)?;
    let given: Vec<(&str, &gangmu_core::Report)> =
        reports.iter().map(|(f, r)| (f.as_str(), r)).collect();
    // Each issuer's reports together, by year: a time series reads left to right.
    let refs: Vec<(&str, &gangmu_core::Report)> = gangmu_core::compare::chronological(&given)
        .into_iter()
        .map(|j| given[j])
        .collect();
    let mut comparison = gangmu_core::compare::compare(&refs);
    if opts.total {
        gangmu_core::compare::total::add_totals(&mut comparison, &refs);
    }
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
    write_output(opts.output.as_deref(), &bytes)?;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// `gangmu dataset`: every readable file as rows of one table (or a workbook of both).
/// Unreadable files are reported on stderr and left out (exit status 1).
fn dataset(opts: &args::Dataset) -> Result<ExitCode> {
    if opts.format == DatasetFormat::Xlsx {
        refuse_binary_on_terminal(opts.output.as_deref())?;
    }
    let table = match opts.table {
        Some(TableArg::Metrics) => Table::Metrics,
        _ => Table::Reports,
    };
    let lang = Lang::from(opts.lang);
    if opts.format == DatasetFormat::Xlsx {
        // The workbook is written at once: every row is needed.
        let (reports, failed) = read_all(&opts.input)?;
        let refs: Vec<(&str, &gangmu_core::Report)> =
            reports.iter().map(|(f, r)| (f.as_str(), r)).collect();
        let tables: &[Table] = match opts.table {
            None => &[Table::Reports, Table::Metrics],
            Some(_) => std::slice::from_ref(&table),
        };
        let bytes = gangmu_xlsx::dataset::workbook(tables, &refs, lang)
            .map_err(|e| anyhow::anyhow!("cannot write the workbook: {e}"))?;
        write_output(opts.output.as_deref(), &bytes)?;
        return Ok(exit(failed));
    }
    // CSV and JSON lines stream: each report's rows are written as soon as it is read.
    let sink: Box<dyn Write> = match &opts.output {
        Some(path) => Box::new(
            std::fs::File::create(path).map_err(|e| anyhow::anyhow!("cannot write {path}: {e}"))?,
        ),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = std::io::BufWriter::new(sink);
    if opts.format == DatasetFormat::Csv {
        out.write_all(gangmu_core::dataset::csv::header(table, lang).as_bytes())?;
    }
    let mut failed = false;
    let ws = batch::corrections(&opts.input)?;
    for path in &opts.input.files {
        for (name, loaded) in batch::load(path, &opts.input, ws.as_ref()) {
            match loaded {
                Ok(loaded) => {
                    let report = loaded.report();
                    let text = match opts.format {
                        DatasetFormat::Jsonl => {
                            gangmu_core::dataset::jsonl::lines(table, &name, &report)
                        }
                        _ => gangmu_core::dataset::csv::rows(table, &name, &report),
                    };
                    out.write_all(text.as_bytes())?;
                }
                Err(msg) => {
                    failed = true;
                    eprintln!("gangmu: {msg}");
                }
            }
        }
    }
    out.flush()?;
    Ok(exit(failed))
}

fn exit(failed: bool) -> ExitCode {
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Reports with the names they are listed under.
type Named = Vec<(String, gangmu_core::Report)>;

/// Reads and extracts every file (and every report of a workspace file), with the user's
/// corrections when `--corrections` gives them; unreadable ones are reported on stderr and
/// left out. A corrections file that cannot be read is an error.
fn read_all(files: &args::Input) -> Result<(Named, bool)> {
    let mut failed = false;
    let mut reports = Vec::new();
    let ws = batch::corrections(files)?;
    batch::run(
        files,
        ws.as_ref(),
        batch::jobs(files.jobs),
        |_, loaded| loaded.report(),
        |done| {
            for note in &done.notes {
                eprintln!("gangmu: {note}");
            }
            match done.result {
                Ok(report) => reports.push((done.name, report)),
                Err(msg) => {
                    failed = true;
                    eprintln!("gangmu: {msg}");
                }
            }
            Ok(())
        },
    )?;
    Ok((reports, failed))
}

/// A workbook is binary: it goes to a file or a redirected stdout, never to a terminal.
fn refuse_binary_on_terminal(output: Option<&str>) -> Result<()> {
    use std::io::IsTerminal;
    if output.is_none() && std::io::stdout().is_terminal() {
        anyhow::bail!("an .xlsx workbook is binary: give --output FILE or redirect stdout");
    }
    Ok(())
}

fn write_output(output: Option<&str>, bytes: &[u8]) -> Result<()> {
    match output {
        Some(path) => {
            std::fs::write(path, bytes).map_err(|e| anyhow::anyhow!("cannot write {path}: {e}"))
        }
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(bytes)?;
            out.flush()?;
            Ok(())
        }
    }
}
