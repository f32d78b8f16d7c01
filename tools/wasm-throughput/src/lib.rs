//! Two raw exports for run.mjs: `alloc` reserves room for the text, `extract` runs the whole
//! pipeline on it (as the worker does, without the JSON of the reply) and returns the number of
//! metrics, so the work cannot be optimised away.

/// Room for `len` bytes in the module's memory; the caller writes UTF-8 text there.
#[no_mangle]
pub extern "C" fn alloc(len: usize) -> *mut u8 {
    let mut buf = Vec::<u8>::with_capacity(len);
    let ptr = buf.as_mut_ptr();
    std::mem::forget(buf);
    ptr
}

/// Extracts the report of the `len` bytes at `ptr` (written after [`alloc`]).
#[no_mangle]
pub extern "C" fn extract(ptr: *const u8, len: usize) -> usize {
    // SAFETY: run.mjs wrote `len` bytes at a pointer `alloc(len)` returned, and keeps them.
    let bytes = unsafe { std::slice::from_raw_parts(ptr, len) };
    let text = std::str::from_utf8(bytes).unwrap_or("");
    gangmu_core::extract(text, &gangmu_core::Options::default())
        .metrics
        .len()
}
