//! View models: what each panel shows, computed from a `Report` by pure functions so they are
//! tested natively and the components stay thin.
//!
//! - [`tree`]: the outline rows left visible by the collapsed headings;
//! - [`table`]: the metric rows left by the filters, in the chosen order;
//! - [`source`]: the source text cut into blocks, and each block into highlighted segments;
//! - [`compare`]: the comparison's rows, totals and measures as text;
//! - [`compare_layout`]: its columns grouped by level or region, and its long table;
//! - [`loaded`]: the selected report, parsed once;
//! - [`corrections`]: a correction as one readable line (history, unplaced list);
//! - [`detail`]: a metric's sentence, checks and correction history;
//! - [`window`]: which rows of a long list are on screen (virtualisation).

pub mod compare;
pub mod compare_layout;
pub mod corrections;
pub mod detail;
pub mod loaded;
pub mod source;
pub mod table;
pub mod tree;
pub mod window;
