//! OFD packages: the zip, OFD.xml, Document.xml, the resources and each page's content come
//! from the input (seed the corpus with fixtures/formats/*.ofd and real/*.ofd):
//!   cargo +nightly fuzz run ofd fuzz/corpus/ofd -- -max_total_time=300
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = gangmu_core::decode::decode(data, Some("r.ofd"), None);
});
