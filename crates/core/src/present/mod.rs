//! Stage 6, present: a report as JSON (the CLI contract), CSV (metric table) or Markdown.

pub mod json;

/// Where the text came from, reported with every JSON object.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct Source {
    /// `text`, `html`, `docx`, `pdf` …
    pub format: String,
    /// `UTF-8`, `GBK`, `UTF-16LE` …
    pub encoding: String,
}
