// The web app with many reports as one dataset (figures, not a test): `node
// tests/e2e/bench-dataset.mjs [N]` (default 2000) after `trunk build --release`. The five seeds
// copied N/5 times (as the CLI's benchmark in BENCHMARKS.md) are dropped at once; it prints the
// time until all are analysed, the comparison of all N (on screen, with 合计, grouped by
// region, as the long table; above 200 reports only the long table is offered), then for each dataset export the time from the click to the
// download and the file's size, as Markdown rows for BENCHMARKS.md.
import { readFile, stat } from 'node:fs/promises';
import { serve, launch, seeds, seedText } from './harness.mjs';

const n = Number(process.argv[2] || 2000);
const server = await serve('/');
const context = await launch();
const page = await context.newPage();
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(server.url);
await page.waitForSelector('.app[data-engine=worker]');

// The seeds travel once; the page makes the N files from them (000001_003_….txt …).
const texts = seeds().map((name) => ({ name, text: seedText(name) }));
const t0 = Date.now();
await page.evaluate(({ texts, n }) => {
  const dt = new DataTransfer();
  for (let i = 0; i < n; i++) {
    const s = texts[i % texts.length];
    dt.items.add(new File([s.text], `${String(i + 1).padStart(6, '0')}_${s.name}`, { type: 'text/plain' }));
  }
  for (const type of ['dragenter', 'dragover', 'drop']) {
    document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
  }
}, { texts, n });
await page.waitForFunction(() => !document.querySelector('[data-test=progress]')
  && document.querySelectorAll('[data-test=report-row]').length > 0
  && !document.querySelector('.badge.queued, .badge.working'), null, { timeout: 3600000, polling: 500 });
const analysed = Date.now() - t0;
const rows = [`| drop ${n} files → all analysed | ${(analysed / 1000).toFixed(1)} s | — |`];
// The page's JS heap (Chromium's performance.memory; the wasm memory is in it, not the workers').
const heap = () => page.evaluate(() => (performance.memory?.usedJSHeapSize ?? 0) / 1048576);
console.log(`# page JS heap after the drop: ${(await heap()).toFixed(0)} MB`);

// The comparison of all N: from the click to the table on screen (the worker parses N
// contract lines, compares, orders; the page parses the comparison and lays out N columns).
// The longest main-thread task of each step (Chromium's long-task timing): how long the page
// could not answer a click.
await page.evaluate(() => {
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
  }).observe({ type: 'longtask' });
});
const timed = async (what, act, ready) => {
  await page.evaluate(() => { window.__longest = 0; });
  const start = Date.now();
  await act();
  await page.waitForFunction(ready, null, { timeout: 3600000, polling: 100 });
  // The next frame: the layout is done.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  const ms = Date.now() - start;
  const longest = await page.evaluate(() => window.__longest);
  rows.push(`| ${what} | ${(ms / 1000).toFixed(1)} s (longest page task ${(longest / 1000).toFixed(1)} s) | — |`);
  console.log(rows.at(-1));
};
await page.click('[data-test=check-all]');
// Above 200 reports the page offers only the long table (src/components/compare_view.rs).
const wide = n <= 200;
await timed(`对比 ${n} reports → comparison on screen${wide ? '' : ' (long table)'}`, () => page.click('[data-test=compare]'),
  wide ? () => document.querySelectorAll('[data-test=compare-column]').length > 0
    : () => document.querySelector('[data-test=long-row]'));
await timed('合计 switched on → totals on screen', () => page.check('[data-test=compare-total]'),
  wide ? () => document.querySelector('[data-test=total-column]') && !document.querySelector('[data-test=compare-total]:disabled')
    : () => document.querySelector('[data-test=total-notes], [data-test=total-none]')
      && !document.querySelector('[data-test=compare-total]:disabled'));
if (wide) {
  await timed('列分组 by region → groups on screen', () => page.selectOption('[data-test=compare-group-by]', 'region'),
    () => document.querySelector('[data-test=compare-group]'));
  await timed('长表 (long table) → on screen', () => page.click('[data-test=layout-long]'),
    () => document.querySelector('[data-test=long-row]'));
}
console.log(`# page JS heap with the comparison: ${(await heap()).toFixed(0)} MB`);
await page.click('[data-test=compare-close]');

await page.selectOption('[data-test=export-scope]', 'all');
for (const [test, what] of [
  ['dataset-reports-csv', 'report table CSV'],
  ['dataset-metrics-csv', 'long table CSV'],
  ['dataset-xlsx', 'workbook (both sheets)'],
]) {
  await page.click('[data-test=dataset-menu] summary');
  const start = Date.now();
  const [d] = await Promise.all([
    page.waitForEvent('download', { timeout: 3600000 }),
    page.click(`[data-test=${test}]`),
  ]);
  const file = await d.path();
  const ms = Date.now() - start;
  const size = (await stat(file)).size;
  const mb = (size / 1048576).toFixed(1);
  rows.push(`| 数据集 → ${what} (${d.suggestedFilename()}) | ${(ms / 1000).toFixed(1)} s | ${mb} MB |`);
  console.log(rows.at(-1));
  await readFile(file).then((b) => b.length === size || console.log('size mismatch'));
  await page.waitForSelector('[data-test=dataset-menu] summary');
}
console.log(['| what | time | size |', '|---|---|---|', ...rows].join('\n'));
await context.close();
await server.close();
