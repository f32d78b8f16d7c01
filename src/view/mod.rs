//! View models: what each panel shows, computed from a `Report` by pure functions so they are
//! tested natively and the components stay thin.
//!
//! - [`tree`]: the outline rows left visible by the collapsed headings;
//! - [`table`]: the metric rows left by the filters, in the chosen order;
//! - [`source`]: the source text cut into blocks, and each block into highlighted segments;
//! - [`compare`]: the comparison's rows, totals and measures as text;
//! - [`compare_layout`]: its columns grouped by level or region, and its long table;
//! - [`loaded`]: the selected report, parsed once;
//! - [`draft`]: a form field's text while the user edits it;
//! - [`corrections`]: a correction as one readable line (history, unplaced list);
//! - [`detail`]: a metric's sentence, checks and correction history;
//! - [`selection`]: text selected in the source view as a byte span (to add a metric);
//! - [`window`]: which rows of a long list are on screen (virtualisation);
//! - [`number`]: floats written without the standard library's float formatting.

pub mod compare;
pub mod compare_layout;
pub mod corrections;
pub mod detail;
pub mod draft;
pub mod loaded;
pub mod number;
pub mod selection;
pub mod source;
pub mod table;
pub mod tree;
pub mod window;
