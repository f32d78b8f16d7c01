//! Stage 5, checks: arithmetic relations, required parts, timeliness.

use crate::clean::Cleaned;
use crate::model::Report;

pub fn run(_cleaned: &Cleaned<'_>, _report: &mut Report) {}
