//! Stage 2, meta: title, issuer, the year reported on, publication date.

use crate::clean::Cleaned;
use crate::model::Finding;
use crate::span::Span;
use crate::Options;

#[derive(Clone, Debug, Default)]
pub struct Meta {
    pub title: Option<String>,
    pub title_span: Option<Span>,
    /// Cleaned-text range of the title lines, so the outline does not read them as body.
    pub title_range: Option<(usize, usize)>,
    pub issuer: Option<String>,
    pub year: Option<i32>,
    pub published: Option<String>,
    pub findings: Vec<Finding>,
}

pub fn read_meta(cleaned: &Cleaned<'_>, _options: &Options) -> Meta {
    Meta { published: cleaned.chrome.published.clone(), ..Meta::default() }
}
