//! Word 97–2003 (.doc, .wps) files: the OLE container (`cfb`), the FIB, the piece table and
//! the property pages all come from the input. Seed the corpus with fixtures/formats/*.doc
//! and fixtures/formats/real/*.{doc,wps}:
//!   cargo +nightly fuzz run doc fuzz/corpus/doc -- -max_total_time=300
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = gangmu_core::decode::decode(data, Some("r.doc"), None);
    let _ = gangmu_core::decode::decode(data, Some("r.wps"), None);
});
