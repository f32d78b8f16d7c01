//! RTF: groups, control words, code pages and \uN escapes from the input; the input is
//! prefixed with `{\rtf1` so every case reaches the RTF reader.
//!   cargo +nightly fuzz run rtf -- -max_total_time=300
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut bytes = b"{\\rtf1".to_vec();
    bytes.extend_from_slice(data);
    let _ = gangmu_core::decode::decode(&bytes, Some("r.rtf"), None);
});
