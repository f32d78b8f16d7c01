// Web app benchmarks (figures, not tests): run `node tests/e2e/bench.mjs` after
// `trunk build --release`; prints a Markdown table for BENCHMARKS.md ("Web app").
import path from 'node:path';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { serve, launch, seeds, seedText, dist } from './harness.mjs';

const KB = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
const row = (what, figure, target, how) => rows.push(`| ${what} | ${figure} | ${target} | ${how} |`);

// ---- Sizes
const files = readdirSync(dist).filter((f) => statSync(path.join(dist, f)).isFile());
const sum = (list) => list.reduce((acc, f) => {
  const b = readFileSync(path.join(dist, f));
  return { raw: acc.raw + b.length, gzip: acc.gzip + gz(b) };
}, { raw: 0, gzip: 0 });
const mainFiles = files.filter((f) => /^gangmu-web-.*\.(js|wasm)$/.test(f));
const main = sum(mainFiles);
const worker = sum(files.filter((f) => /^gangmu-worker/.test(f)));
const hosted = sum(files.filter((f) => f !== 'gangmu.html'));
const single = sum(['gangmu.html']);
row('main-thread wasm + JS (first paint)', `${KB(main.raw)} raw / **${KB(main.gzip)} gzip**`, '≤ 300 KB gzip', `${mainFiles.join(' + ')}, gzip -9`);
row('worker wasm + JS (after first paint)', `${KB(worker.raw)} raw / ${KB(worker.gzip)} gzip`, '—', 'gangmu-worker.js + gangmu-worker_bg.wasm');
row('whole hosted dist (without gangmu.html)', `${KB(hosted.raw)} raw / **${KB(hosted.gzip)} gzip**`, '≤ 1.3 MB gzip', `${files.length - 1} files, each gzip -9, summed`);
row('single file dist/gangmu.html', `${KB(single.raw)} raw / ${KB(single.gzip)} gzip`, '—', 'both wasm inside as base64 of gzip');

const server = await serve('/');
const context = await launch();

// ---- Load → interactive (served locally, cold cache: a fresh page per run, cache disabled).
{
  const ui = [], engine = [];
  for (let i = 0; i < 7; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(server.url);
    await page.waitForSelector('[data-test=paste]');
    ui.push(await page.evaluate(() => performance.now()));
    await page.waitForSelector('.app[data-engine=worker]');
    engine.push(await page.evaluate(() => performance.now()));
    await page.close();
  }
  row('load → interactive (UI mounted, buttons usable)', `**${median(ui).toFixed(0)} ms**`, '≤ 500 ms', 'median of 7 cold loads from a local server; performance.now() when the paste button exists');
  row('load → engine ready (workers compiled and started)', `${median(engine).toFixed(0)} ms`, '—', 'same loads; until the app reports data-engine=worker');
}

// ---- Paste → outline rendered, 20 KB report.
{
  const name = '003_14774531c7e6819b.txt';
  const text = seedText(name);
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('.app[data-engine=worker]');
  const times = [];
  for (let i = 0; i < 11; i++) {
    await page.click('[data-test=paste]');
    await page.fill('[data-test=paste-area]', text);
    const ms = await page.evaluate(() => new Promise((resolve) => {
      const before = document.querySelectorAll('[data-test=report-row]').length;
      const t0 = performance.now();
      const obs = new MutationObserver(() => {
        const rowsNow = document.querySelectorAll('[data-test=report-row]').length;
        if (rowsNow > before && document.querySelector('.badge.done') && !document.querySelector('.badge.working, .badge.queued')
          && document.querySelectorAll('[data-test=heading]').length > 0) {
          obs.disconnect();
          // Wait for the frame that shows it.
          requestAnimationFrame(() => resolve(performance.now() - t0));
        }
      });
      obs.observe(document.body, { childList: true, subtree: true, attributes: true });
      document.querySelector('[data-test=analyse]').click();
    }));
    times.push(ms);
    await page.click('.report-row.selected .remove');
  }
  row(`paste → outline rendered (${(Buffer.byteLength(text) / 1024).toFixed(1)} KB report, seed 003)`, `**${median(times.slice(1)).toFixed(1)} ms**`,
    '≤ 50 ms', 'median of 10 (after one warm-up): click 分析 → outline and table in the DOM, next animation frame');
  await page.close();
}

// ---- A batch dropped: 200 reports, then 2 000; responsiveness from long tasks and frame gaps.
async function batch(n, cut = Infinity) {
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('.app[data-engine=worker]');
  const names = seeds();
  const files = Array.from({ length: n }, (_, i) => ({ name: `${String(i).padStart(5, '0')}_${names[i % names.length]}`, content: seedText(names[i % names.length]).slice(0, cut) }));
  const bytes = files.reduce((a, f) => a + Buffer.byteLength(f.content), 0);
  // Build the File objects first, so the clock measures the app, not the test's setup.
  await page.evaluate((files) => {
    window.__dt = new DataTransfer();
    for (const f of files) window.__dt.items.add(new File([f.content], f.name, { type: 'text/plain' }));
  }, files);
  await page.evaluate(() => {
    window.__gaps = []; window.__long = [];
    let last = performance.now();
    const tick = (t) => { window.__gaps.push(t - last); last = t; window.__raf = requestAnimationFrame(tick); };
    window.__raf = requestAnimationFrame(tick);
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration))).observe({ type: 'longtask', buffered: false });
    window.__t0 = performance.now();
  });
  await page.evaluate(() => {
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: window.__dt }));
    }
  });
  await page.waitForFunction(() => !document.querySelector('[data-test=progress]') && document.querySelector('.badge.done'), null, { timeout: 300000, polling: 50 });
  const r = await page.evaluate(() => {
    cancelAnimationFrame(window.__raf);
    return { ms: performance.now() - window.__t0, gap: Math.max(...window.__gaps), long: window.__long.length ? Math.max(...window.__long) : 0, done: document.querySelectorAll('.badge.done').length };
  });
  await page.close();
  return { ...r, bytes };
}
for (const [n, cut] of [[200, Infinity], [2000, Infinity], [10000, 3000]]) {
  const r = await batch(n, cut);
  const what = cut === Infinity ? 'the seed reports' : `the seeds' first ${cut} characters`;
  row(`${n} reports dropped → all processed (${(r.bytes / 1048576).toFixed(1)} MB, ${what})`, `**${(r.ms / 1000).toFixed(2)} s**; longest frame gap ${r.gap.toFixed(0)} ms, longest task ${r.long.toFixed(0)} ms`,
    n === 200 ? '≤ 2 s, responsive' : '—', 'drop event → progress bar gone; rAF gaps and PerformanceObserver long tasks during the batch');
}

await context.close();
await server.close();
const cores = (await import('node:os')).cpus().length;
console.log(`Measured on ${cores} cores, headless Chromium (${process.env.CHROMIUM || '/usr/bin/chromium'}), ${new Date().toISOString().slice(0, 10)}.\n`);
console.log('| what | figure | target | how |\n|---|---|---|---|');
console.log(rows.join('\n'));
