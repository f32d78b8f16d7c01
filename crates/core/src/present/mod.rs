//! Stage 6, present: a report as JSON (the CLI contract), CSV (metric table) or Markdown.

pub mod csv;
pub mod json;
pub mod markdown;
mod section;
pub use section::section_name;

/// Language of headers and words in tables meant for people (CSV headers, Markdown).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    /// 简体中文 (the web app's default).
    #[default]
    Zh,
    En,
}

/// Where the text came from, reported with every JSON object.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct Source {
    /// `text`, `html`, `docx`, `pdf` …
    pub format: String,
    /// `UTF-8`, `GBK`, `UTF-16LE` …
    pub encoding: String,
}
