//! The reports a command works on: each input file, or each report of a workspace file, with
//! the user's corrections that belong to it.
//!
//! Corrections are found by content ([`workspace::content_hash`] of the file's bytes), so a
//! renamed or moved copy of a file still gets them; the encoding the user chose in the web app
//! is used too, unless `--encoding` says otherwise. Then the CLI computes exactly what the web
//! app computed for the same bytes and corrections, and its exports are the same bytes.

use crate::args;
use crate::input::{self, Input};
use anyhow::{Context, Result};
use gangmu_core::corrections::Correction;
use gangmu_core::workspace::{self, Workspace};
use rayon::prelude::*;

/// One report, read and ready for the pipeline.
pub struct Loaded {
    pub input: Input,
    pub corrections: Vec<Correction>,
}

impl Loaded {
    /// The report with the corrections applied.
    pub fn report(&self) -> gangmu_core::Report {
        let options = gangmu_core::Options {
            title_hint: self.input.title_hint.clone(),
        };
        gangmu_core::extract_corrected(&self.input.text, &options, &self.corrections)
    }
}

/// The workspace named by `--corrections`, if any. A file that cannot be read is a usage
/// error: running without the corrections the user asked for would mislead.
pub fn corrections(opts: &args::Input) -> Result<Option<Workspace>> {
    let Some(path) = &opts.corrections else {
        return Ok(None);
    };
    let bytes = input::read_bytes(path).with_context(|| format!("{path}: cannot read the file"))?;
    let ws = Workspace::parse(&String::from_utf8_lossy(&bytes))
        .map_err(|e| anyhow::anyhow!("{path}: {}", e.message_en()))?;
    Ok(Some(ws))
}

/// The reports of input `path`, each with the name it is listed under (the path given, or the
/// name a workspace stored): one, or every report of a workspace file. An error names the
/// input and says what went wrong; the other inputs are unaffected.
pub fn load(
    path: &str,
    opts: &args::Input,
    ws: Option<&Workspace>,
) -> Vec<(String, Result<Loaded, String>)> {
    let bytes = match input::read_bytes(path) {
        Ok(b) => b,
        Err(e) => {
            return vec![(
                path.to_string(),
                Err(format!("{path}: cannot read the file: {e}")),
            )]
        }
    };
    if workspace::looks_like_workspace(&bytes) {
        return match Workspace::parse(&String::from_utf8_lossy(&bytes)) {
            Ok(inner) => inner
                .reports
                .iter()
                .map(|r| (r.name.clone(), from_workspace(r, opts, ws)))
                .collect(),
            Err(e) => vec![(path.to_string(), Err(format!("{path}: {}", e.message_en())))],
        };
    }
    let stored = ws.and_then(|w| w.find(&workspace::content_hash(&bytes)));
    let encoding = opts
        .encoding
        .as_deref()
        .or(stored.and_then(|r| r.encoding.as_deref()));
    let loaded = input::decode(path, &bytes, encoding).map(|input| Loaded {
        input,
        corrections: stored.map(|r| r.corrections.clone()).unwrap_or_default(),
    });
    vec![(path.to_string(), loaded)]
}

/// A report stored in a workspace file given as input; `--corrections` may add more.
fn from_workspace(
    r: &workspace::WorkspaceReport,
    opts: &args::Input,
    ws: Option<&Workspace>,
) -> Result<Loaded, String> {
    let encoding = opts.encoding.as_deref().or(r.encoding.as_deref());
    let input = input::decode(&r.name, r.source.bytes(), encoding)?;
    let mut corrections = r.corrections.clone();
    if let Some(extra) = ws.and_then(|w| w.find(&r.hash)) {
        workspace::merge_corrections(&mut corrections, extra.corrections.clone());
    }
    Ok(Loaded { input, corrections })
}

/// One report of the batch, done: its name, what the caller made of it (or why it could not be
/// read), and the decoder's notes.
pub struct Done<T> {
    pub name: String,
    pub result: Result<T, String>,
    pub notes: Vec<String>,
}

/// Files handed to the threads at a time, per thread: enough to keep every core busy, few
/// enough that a large batch never sits in memory at once.
const FILES_PER_THREAD: usize = 8;

/// Reads every input and runs `make` on each report (with the name it is listed under), on `jobs` threads, then hands the results
/// to `emit` in input order: the output is byte for byte what one thread would print.
///
/// Files go to the threads in chunks of `jobs × FILES_PER_THREAD`; each chunk's results are
/// emitted before the next chunk starts, so memory stays bounded however many files there are.
pub fn run<T: Send>(
    opts: &args::Input,
    ws: Option<&Workspace>,
    jobs: usize,
    make: impl Fn(&str, &Loaded) -> T + Sync,
    mut emit: impl FnMut(Done<T>) -> Result<()>,
) -> Result<()> {
    let one = |path: &String| -> Vec<Done<T>> {
        load(path, opts, ws)
            .into_iter()
            .map(|(name, loaded)| match loaded {
                Ok(loaded) => Done {
                    result: Ok(make(&name, &loaded)),
                    notes: loaded.input.notes,
                    name,
                },
                Err(msg) => Done {
                    name,
                    result: Err(msg),
                    notes: Vec::new(),
                },
            })
            .collect()
    };
    if jobs <= 1 {
        for path in &opts.files {
            for done in one(path) {
                emit(done)?;
            }
        }
        return Ok(());
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .context("cannot start the worker threads")?;
    for chunk in opts.files.chunks(jobs * FILES_PER_THREAD) {
        let results: Vec<Vec<Done<T>>> = pool.install(|| chunk.par_iter().map(one).collect());
        for done in results.into_iter().flatten() {
            emit(done)?;
        }
    }
    Ok(())
}

/// The number of threads for `--jobs`: the value given, else one per core.
pub fn jobs(requested: Option<usize>) -> usize {
    requested
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}
