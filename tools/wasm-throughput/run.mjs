// Times gangmu_core::extract compiled to wasm (opt-level z, as the web app's worker) in Node's V8
// on the five seed reports: MB/s over N passes after one warm-up pass.
// Usage: node run.mjs <module.wasm> [passes]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [wasmPath, passesArg] = process.argv.slice(2);
const passes = Number(passesArg ?? 20);
const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {});
const { memory, alloc, extract } = instance.exports;
const dir = new URL('../../fixtures/reports/', import.meta.url).pathname;
const texts = readdirSync(dir)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => new TextEncoder().encode(readFileSync(join(dir, n), 'utf8').replace(/^\ufeff/, '')));
// Each text is copied in once; extract only reads it.
const placed = texts.map((bytes) => {
  const ptr = alloc(bytes.length);
  new Uint8Array(memory.buffer, ptr, bytes.length).set(bytes);
  return [ptr, bytes.length];
});
const total = texts.reduce((s, b) => s + b.length, 0);
let metrics = 0;
for (const [ptr, len] of placed) metrics += extract(ptr, len);
// Wall time, and the process's CPU time (which a loaded machine does not inflate).
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
for (let i = 0; i < passes; i++) for (const [ptr, len] of placed) extract(ptr, len);
const cpu = process.cpuUsage(c0);
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const cpuSecs = (cpu.user + cpu.system) / 1e6;
const mbs = (s) => ((total * passes) / s / 1e6).toFixed(1);
console.log(`wasm (V8 ${process.versions.v8}): ${passes} passes over ${total} bytes (${metrics} metrics): wall ${secs.toFixed(2)} s = ${mbs(secs)} MB/s; CPU ${cpuSecs.toFixed(2)} s = ${mbs(cpuSecs)} MB/s`);
