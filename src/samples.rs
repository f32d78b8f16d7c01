//! The five bundled sample reports (fixtures/reports), for "load sample reports".
//!
//! Only the worker calls [`text`], so the texts are linked into the worker's wasm, not into
//! the first-paint bundle.

/// File names, in the order shown.
pub const NAMES: [&str; 5] = [
    "000_00730c63cc99564c.txt",
    "001_af3bfae49ce3fd86.txt",
    "002_38fd16405001d2b2.txt",
    "003_14774531c7e6819b.txt",
    "004_3dcaa22f3da62694.txt",
];

/// The text of sample `i`.
pub fn text(i: usize) -> Option<&'static str> {
    Some(match i {
        0 => include_str!("../fixtures/reports/000_00730c63cc99564c.txt"),
        1 => include_str!("../fixtures/reports/001_af3bfae49ce3fd86.txt"),
        2 => include_str!("../fixtures/reports/002_38fd16405001d2b2.txt"),
        3 => include_str!("../fixtures/reports/003_14774531c7e6819b.txt"),
        4 => include_str!("../fixtures/reports/004_3dcaa22f3da62694.txt"),
        _ => return None,
    })
}
