//! A cdylib whose one export runs the decoder (or only the extractor, for the baseline) on
//! opaque input, so the linker keeps exactly the code a format feature brings in.


use std::hint::black_box;

/// Decodes `n` opaque bytes and extracts a report from the text.
#[no_mangle]
pub extern "C" fn run(n: usize) -> usize {
    let bytes = black_box(vec![black_box(n as u8); n]);
    #[cfg(feature = "decode")]
    let text = match gangmu_core::decode::decode(&bytes, black_box(None), black_box(None)) {
        Ok(d) => d.text,
        Err(e) => e.message_zh(),
    };
    #[cfg(not(feature = "decode"))]
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let report = gangmu_core::extract(&text, &gangmu_core::Options::default());
    report.metrics.len() + report.outline.len()
}
