//! Any text read as a workspace file either parses or gives a `WorkspaceError`; every report
//! it holds is decoded and extracted with its corrections (anchors anywhere, values of any
//! kind). None of it may panic: a hand-edited or damaged workspace must never take a batch
//! down, in the browser or the CLI.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(json) = std::str::from_utf8(data) else { return };
    let Ok(ws) = gangmu_core::workspace::Workspace::parse(json) else { return };
    for r in &ws.reports {
        let encoding = r.encoding.as_deref();
        if let Ok(decoded) = gangmu_core::decode::decode(r.source.bytes(), Some(&r.name), encoding) {
            let options = gangmu_core::Options { title_hint: decoded.title_hint };
            let _ = gangmu_core::extract_corrected(&decoded.text, &options, &r.corrections);
        }
    }
    let _ = ws.to_json();
});
