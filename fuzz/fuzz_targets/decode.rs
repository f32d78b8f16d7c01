//! Any bytes, under any of the names that steer format sniffing, decode to text or to a
//! `DecodeError`; the text then goes through the whole extraction. Neither may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

const NAMES: [Option<&str>; 8] = [
    None,
    Some("r.txt"),
    Some("r.html"),
    Some("r.mhtml"),
    Some("r.docx"),
    Some("r.pdf"),
    Some("r.doc"),
    Some("r.wps"),
];

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else { return };
    let name = NAMES[usize::from(selector) % NAMES.len()];
    if let Ok(decoded) = gangmu_core::decode::decode(bytes, name, None) {
        let options = gangmu_core::Options { title_hint: decoded.title_hint };
        let _ = gangmu_core::extract(&decoded.text, &options);
    }
});
