// The web app's dataset export of many reports (figures, not a test): `node
// tests/e2e/bench-dataset.mjs [N]` (default 2000) after `trunk build --release`. The five seeds
// copied N/5 times (as the CLI's benchmark in BENCHMARKS.md) are dropped at once; it prints the
// time until all are analysed, then for each dataset export the time from the click to the
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
