// One large report dropped: `node tests/e2e/bench-large.mjs MB` (default 8) prints the time
// from drop to display, the status, and the page thread's long tasks. See BENCHMARKS.md.
import { serve, launch, seedText, artifacts } from './harness.mjs';
const srv = await serve('/'); const ctx = await launch(); const page = await ctx.newPage();
page.on('pageerror', e => console.log('pageerror', e.message));
await page.goto(srv.url); await page.waitForSelector('.app[data-engine=worker]');
const size = Number(process.argv[2] || 8);
const unit = seedText('003_14774531c7e6819b.txt');
const text = unit.repeat(Math.ceil(size * 1048576 / Buffer.byteLength(unit)));
await page.evaluate((t) => { window.__dt = new DataTransfer(); window.__dt.items.add(new File([t], 'big.txt')); }, text);
const r = await page.evaluate(() => new Promise((resolve) => {
  window.__long = []; let last = performance.now(); window.__gaps = [];
  const tick = (t) => { window.__gaps.push(t - last); last = t; window.__raf = requestAnimationFrame(tick); }; requestAnimationFrame(tick);
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration))).observe({ type: 'longtask' });
  const t0 = performance.now();
  for (const type of ['dragenter', 'dragover', 'drop']) document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: window.__dt }));
  const iv = setInterval(() => {
    const done = document.querySelector('.badge.done, .badge.failed');
    if (done && (document.querySelector('.src-block') || document.querySelector('.badge.failed'))) { clearInterval(iv); cancelAnimationFrame(window.__raf); resolve({ ms: performance.now() - t0, status: done.textContent, long: window.__long, maxGap: Math.max(...window.__gaps), detail: document.querySelector('.report-detail')?.textContent }); }
  }, 50);
}));
console.log(JSON.stringify(r));
await page.waitForTimeout(300);
// scroll the text and the table
await page.screenshot({ path: `${artifacts}/big-${size}mb.png` });
await ctx.close(); await srv.close();
