//! Stage 4, metrics: every quantity with value, unit, qualifier, kind, label and section.

use crate::clean::Cleaned;
use crate::model::{DateMention, Finding, Metric};
use crate::outline::Outline;

#[derive(Clone, Debug, Default)]
pub struct Extracted {
    pub metrics: Vec<Metric>,
    pub dates: Vec<DateMention>,
    pub findings: Vec<Finding>,
}

pub fn extract(_cleaned: &Cleaned<'_>, _outline: &Outline) -> Extracted {
    Extracted::default()
}
