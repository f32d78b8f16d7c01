// Appended to the worker's wasm-bindgen glue (no-modules build) to make a Blob-URL worker
// (services/engine/mod.rs). The page posts {init: WebAssembly.Module} once, then one job per
// message; each job is answered by `wasm_bindgen.handle`. A trap (a panic in the wasm) is
// reported as {fault, job} instead of silence, so the page can fail that job and replace
// the worker. The leading `;` ends the glue's last statement.
;self.onmessage = async function (e) {
  var m = e.data;
  if (m && m.init) {
    try { await wasm_bindgen({ module_or_path: m.init }); self.postMessage({ ready: true }); }
    catch (err) { self.postMessage({ fault: String((err && err.message) || err) }); return; }
    // Run one sample through the pipeline now, so the first real report does not pay for
    // lazily built tables and the engine's first, slower tier of compiled code.
    try { wasm_bindgen.warm_up(); } catch (err) {}
    return;
  }
  var out;
  try { out = wasm_bindgen.handle(m); }
  catch (err) { self.postMessage({ fault: String((err && err.message) || err), job: m && m.job }); return; }
  self.postMessage(out, out && out.bytes ? [out.bytes] : []);
};
