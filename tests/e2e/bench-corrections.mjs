// The correction benchmark (a figure, not a test): how long from 保存更正 until the metric
// table and the checks show the corrected report. Run `node tests/e2e/bench-corrections.mjs`
// after `trunk build --release` (scripts/test-browser.sh builds it); prints a Markdown table
// for BENCHMARKS.md ("Corrections").
//
// Each run opens a seed, selects a metric that takes part in a check, types a new value into
// the detail panel and clicks 保存更正; the clock stops at the first frame in which the
// table's row shows the new value and the detail panel's checks are those of the recomputed
// report (its spinner gone). Values alternate so every run is a real change; the first run of
// each seed is a warm-up and not counted. A correction re-runs the whole pipeline on the
// report (the core's extract_corrected, in the worker), so the time grows with the report:
// the third case is seed 003 ten times over (a compiled city report of 220 KB).
import path from 'node:path';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { serve, launch, seedText, cli, shot, openApp, paste } from './harness.mjs';

const RUNS = 21;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

const server = await serve('/');
const context = await launch();
const rows = [];

/** A report `times` the size of `text`: the seed's body repeated (a county report grown to a
 * city's compilation), for how the time grows with the report. */
const grown = (text, times) => Array.from({ length: times }, () => text).join('\n');

async function bench(label, text) {
  const { page } = await openApp(context, server.url);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.waitForSelector('.app[data-engine=worker]', { timeout: 60000 });
  await paste(page, text);
  await page.waitForSelector('[data-test=metric-row]', { timeout: 120000 });
  // The first metric a check reads (from the CLI's report of the same text), shown by
  // filtering the table on its label.
  const dir = mkdtempSync(path.join(tmpdir(), 'gangmu-bench-'));
  const file = path.join(dir, 'report.txt');
  writeFileSync(file, text);
  const report = cli(file)[0];
  const index = report.checks.find((c) => c.metrics.length > 0).metrics[0];
  await page.fill('[data-test=metric-filter]', report.metrics[index].label);
  const target = String(index);
  await page.click(`[data-test=metric-row][data-metric="${target}"]`);
  await page.waitForSelector('[data-test=detail-check]');
  const original = (await page.locator(`[data-test=metric-row][data-metric="${target}"] .c-value`).textContent()).trim();
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const value = run % 2 === 0 ? `${original}1` : original;
    // A person reads the result before the next correction: let the page settle (the
    // report's save to the browser's storage lands in between).
    await page.waitForTimeout(300);
    await page.fill('[data-test=edit-value]', value);
    const ms = await page.evaluate(({ target, value }) => new Promise((resolve) => {
      const t0 = performance.now();
      const done = () => {
        const cell = document.querySelector(`[data-test=metric-row][data-metric="${target}"] .c-value`);
        const detail = document.querySelector('[data-test=metric-detail]');
        // The checks are those of the recomputed report once the detail panel's spinner is
        // gone (a changed figure may also leave a check it took part in).
        return cell?.textContent.trim() === value && detail && !detail.querySelector('.spinner');
      };
      const obs = new MutationObserver(() => {
        if (done()) {
          obs.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - t0));
        }
      });
      obs.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
      setTimeout(() => { obs.disconnect(); resolve(NaN); }, 30000);
      document.querySelector('[data-test=metric-save]').click();
    }), { target, value });
    if (Number.isNaN(ms)) await shot(page, 'bench-corrections-failed');
    if (Number.isNaN(ms)) throw new Error(`${label}: run ${run} never showed ${value}`);
    if (process.env.VERBOSE) console.log(label, run, ms.toFixed(1));
    if (run > 0) times.push(ms);
  }
  await page.close();
  const kb = (Buffer.byteLength(text) / 1024).toFixed(1);
  rows.push(`| ${label} (${kb} KB) | **${median(times).toFixed(1)} ms** | ${pct(times, 0.9).toFixed(1)} ms | ≤ 50 ms |`);
}

if (!process.env.ONLY_LARGE) await bench('seed 003 柳城县 2023', seedText('003_14774531c7e6819b.txt'));
if (!process.env.ONLY_LARGE) await bench('seed 004 柳城县 2025 (web scrape)', seedText('004_3dcaa22f3da62694.txt'));
await bench('seed 003 ×10 (a compiled city report)', grown(seedText('003_14774531c7e6819b.txt'), 10));

console.log('| report | median | 90th percentile | target |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(r);
await context.close();
await server.close();
