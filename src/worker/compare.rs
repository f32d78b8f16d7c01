//! The comparison as `gangmu compare` makes it: the reports in the CLI's order (each issuer's
//! reports together, by year — `compare::chronological`), and with `--total` a 合计 column per
//! year (`compare::total::add_totals`). The page keeps its reports in tick order; the reply's
//! `order` says which of them each column is.

use super::{named, parse_lines};
use crate::i18n::{messages, Bilingual};
use gangmu_core::compare::{self, Comparison};
use gangmu_core::Report;

/// The comparison of the reports in `lines` and, for each of its columns, the index of its
/// line: what `gangmu compare [--total]` computes from the same files, whatever order they
/// come in.
pub fn comparison(lines: &[String], total: bool) -> Result<(Comparison, Vec<usize>), Bilingual> {
    if lines.len() < 2 {
        return Err(messages::compare_needs_two());
    }
    let parsed = parse_lines(lines)?;
    let given = named(&parsed);
    let order = compare::chronological(&given);
    let refs: Vec<(&str, &Report)> = order.iter().map(|&j| given[j]).collect();
    let mut c = compare::compare(&refs);
    if total {
        compare::total::add_totals(&mut c, &refs);
    }
    Ok((c, order))
}
