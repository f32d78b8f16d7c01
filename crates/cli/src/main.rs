//! `gangmu`: extract outlines, metrics and checks from report files.
//!
//! A thin shell over `gangmu-core`: it reads files, runs the pipeline and prints. It owns the
//! exit codes: 0 when every file was read, 1 when some file could not be read (the others are
//! still printed), 2 for a usage error.

mod input;

use anyhow::{bail, Result};
use std::process::ExitCode;

const USAGE: &str =
    "usage: gangmu extract [--format json|csv|md] [--encoding LABEL] FILE...   (FILE may be - for stdin)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("gangmu: {e:#}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode> {
    let Some((cmd, rest)) = args.split_first() else {
        bail!("no command given");
    };
    match cmd.as_str() {
        "extract" => extract(rest),
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        other => bail!("unknown command {other:?}"),
    }
}

fn extract(args: &[String]) -> Result<ExitCode> {
    let mut files = Vec::new();
    let mut encoding: Option<String> = None;
    let mut iter = args.iter();
    while let Some(a) = iter.next() {
        match a.as_str() {
            "--format" | "-f" => match iter.next().map(String::as_str) {
                Some("json") => {}
                Some(f) => bail!("unknown format {f:?} (json, csv or md)"),
                None => bail!("--format needs a value"),
            },
            // Overrides encoding detection for text files (gbk, utf-16le, big5 …).
            "--encoding" | "-e" => match iter.next() {
                Some(label) => {
                    gangmu_core::decode::encoding_for_label(label)
                        .map_err(|e| anyhow::anyhow!("{e}"))?;
                    encoding = Some(label.clone());
                }
                None => bail!("--encoding needs a value"),
            },
            _ => files.push(a.clone()),
        }
    }
    if files.is_empty() {
        bail!("no input files");
    }
    let mut failed = false;
    for path in &files {
        match input::read(path, encoding.as_deref()) {
            Ok(inp) => {
                let options = gangmu_core::Options {
                    title_hint: inp.title_hint.clone(),
                };
                let report = gangmu_core::extract(&inp.text, &options);
                println!(
                    "{}",
                    gangmu_core::present::json::report_line(path, &inp.source, &report)
                );
            }
            Err(msg) => {
                failed = true;
                eprintln!("gangmu: {msg}");
                println!("{}", gangmu_core::present::json::error_line(path, &msg));
            }
        }
    }
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
