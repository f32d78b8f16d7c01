//! Stage 3, outline: GB/T 9704 headings, 一是/二是 points, required parts.

use crate::clean::Cleaned;
use crate::meta::Meta;
use crate::model::{Finding, Heading, Point};

#[derive(Clone, Debug, Default)]
pub struct Outline {
    pub headings: Vec<Heading>,
    pub points: Vec<Point>,
    /// Cleaned-text ranges of each heading (marker + title), parallel to `headings`.
    pub ranges: Vec<(usize, usize)>,
    pub findings: Vec<Finding>,
}

pub fn build(_cleaned: &Cleaned<'_>, _meta: &Meta) -> Outline {
    Outline::default()
}
