//! The CLI's JSON object for one file (see README, "CLI contract").

use super::Source;
use crate::model::Report;
use crate::SCHEMA_VERSION;
use serde::Serialize;

#[derive(Serialize)]
struct Envelope<'a> {
    version: u32,
    file: &'a str,
    source: &'a Source,
    #[serde(flatten)]
    report: &'a Report,
}

#[derive(Serialize)]
struct ErrorEnvelope<'a> {
    version: u32,
    file: &'a str,
    error: &'a str,
    metrics: [u8; 0],
}

/// One report as a single JSON line.
pub fn report_line(file: &str, source: &Source, report: &Report) -> String {
    serde_json::to_string(&Envelope {
        version: SCHEMA_VERSION,
        file,
        source,
        report,
    })
    .unwrap_or_else(|e| error_line(file, &e.to_string()))
}

/// A file that could not be read: `error` and no metrics.
pub fn error_line(file: &str, error: &str) -> String {
    serde_json::to_string(&ErrorEnvelope {
        version: SCHEMA_VERSION,
        file,
        error,
        metrics: [],
    })
    .unwrap_or_else(|_| String::from("{\"error\":\"unserialisable\"}"))
}
