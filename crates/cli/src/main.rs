//! `gangmu`: extract outlines, metrics and checks from report files.

use anyhow::Result;
use std::io::Read;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("gangmu: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode> {
    let Some((cmd, rest)) = args.split_first() else {
        eprintln!("usage: gangmu extract [--format json|csv|md] FILE...");
        return Ok(ExitCode::from(2));
    };
    anyhow::ensure!(cmd == "extract", "unknown command {cmd:?}");
    let mut failed = false;
    for path in rest.iter().filter(|a| !a.starts_with("--")) {
        let mut bytes = Vec::new();
        let read = if path == "-" {
            std::io::stdin().read_to_end(&mut bytes).map(|_| ())
        } else {
            std::fs::read(path).map(|b| bytes = b)
        };
        if let Err(e) = read {
            failed = true;
            println!("{}", gangmu_core::present::json::error_line(path, &e.to_string()));
            continue;
        }
        let text = String::from_utf8_lossy(&bytes);
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let report = gangmu_core::extract(text, &gangmu_core::Options::default());
        let source = gangmu_core::present::Source { format: "text".into(), encoding: "UTF-8".into() };
        println!("{}", gangmu_core::present::json::report_line(path, &source, &report));
    }
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
