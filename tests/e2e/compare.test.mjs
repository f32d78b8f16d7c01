// The comparison (issue 5): tick two reports, 对比, a table of indicators × reports with the
// year-on-year change (柳城县 2023 → 2025), the chart, and exports equal to `gangmu compare`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  servedApp, shot, openApp, settle, cliRaw, readXlsx, parseCsv,
} from './harness.mjs';

const F3 = '003_14774531c7e6819b.txt';
const F4 = '004_3dcaa22f3da62694.txt';
const app = servedApp();

async function download(page, selector) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: d.suggestedFilename(), bytes: await readFile(await d.path()) };
}

async function compareSamples(page) {
  await page.click('[data-test=samples]');
  await settle(page, 5);
  await page.locator(`[data-test=report-row][title="${F3}"] [data-test=report-check]`).check();
  // Keyboard: Tab onto the next box and tick it with Space.
  const box = page.locator(`[data-test=report-row][title="${F4}"] [data-test=report-check]`);
  await box.focus();
  await page.keyboard.press('Space');
  assert.ok(await box.isChecked());
  await page.click('[data-test=compare]');
  await page.waitForSelector('[data-test=compare-table]');
}

test('compare 003 and 004: the table shows 2023 → 2025 with changes, as the CLI computes them', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  await compareSamples(page);
  const expected = JSON.parse(cliRaw(['compare', F3, F4]).toString('utf8'));
  assert.deepEqual(expected.columns.map((c) => c.name), ['柳城县人民政府 2023', '柳城县人民政府 2025']);
  const heads = await page.locator('[data-test=compare-table] thead .col-name').allTextContents();
  assert.deepEqual(heads, expected.columns.map((c) => c.name));
  // One row per indicator, in the CLI's order, named in Chinese.
  const rows = page.locator('[data-test=compare-row]');
  assert.equal(await rows.count(), expected.rows.length);
  assert.deepEqual(await rows.locator('th').allTextContents(), expected.rows.map((r) => r.zh));
  // 人民调解: 1870 in 2023, 1869 in 2025, -1 (-0.1%).
  const mediation = page.locator('[data-test=compare-row]', { has: page.locator('th', { hasText: /^人民调解案件$/ }) });
  const cells = mediation.locator('td');
  assert.equal(await cells.nth(0).locator('.figure').textContent(), '1870件');
  assert.equal(await cells.nth(1).locator('.figure').textContent(), '1869件');
  assert.equal(await cells.nth(1).locator('[data-test=change]').textContent(), '-1 (-0.1%)');
  assert.equal(await cells.nth(0).locator('[data-test=change]').count(), 0);
  // Every change the CLI reports is shown, and no other.
  const shownChanges = await page.locator('[data-test=compare-row] [data-test=change]').count();
  const cliChanges = expected.rows.flatMap((r) => r.cells).filter((c) => c.change).length;
  assert.equal(shownChanges, cliChanges);
  // The report-level measures follow.
  assert.equal(await page.locator('[data-test=compare-measure]').count(), expected.measures.length);
  // The chart is an <img> from a blob URL (allowed by the CSP; never inline markup).
  const chart = page.locator('[data-test=compare-chart]');
  await chart.waitFor();
  await page.waitForFunction(() => document.querySelector('[data-test=compare-chart]').naturalWidth > 0);
  assert.match(await chart.getAttribute('src'), /^blob:/);
  assert.equal(await page.locator('.compare svg').count(), 0);
  await shot(page, 'compare-003-004');
  await chart.scrollIntoViewIfNeeded();
  await shot(page, 'compare-chart');
  // A figure opens its report at that metric.
  await cells.nth(1).locator('button.figure').click();
  await page.waitForSelector('.source mark.active');
  assert.equal(await page.locator('[data-test=compare-view]').count(), 0);
  assert.equal(await page.locator('.report-row.selected').getAttribute('title'), F4);
  assert.equal(await page.locator('.source mark.active').first().textContent(), '1869件');
  assert.deepEqual(errors, []);
  await page.close();
});

test('comparison exports: SVG, CSV and JSON are the CLI\'s bytes; the workbook has the CLI\'s cells', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  await compareSamples(page);
  const svg = await download(page, '[data-test=compare-svg]');
  assert.match(svg.name, /\.svg$/);
  assert.equal(svg.bytes.toString('utf8'), cliRaw(['compare', '--format', 'svg', F3, F4]).toString('utf8'));

  const csv = await download(page, '[data-test=compare-csv]');
  assert.match(csv.name, /\.csv$/);
  const cliCsv = cliRaw(['compare', '--format', 'csv', '--lang', 'zh', F3, F4]);
  assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  assert.deepEqual(parseCsv(csv.bytes.toString('utf8').slice(1)), parseCsv(cliCsv.toString('utf8').slice(1)));
  assert.ok(csv.bytes.equals(cliCsv), 'byte for byte');

  const xlsx = await download(page, '[data-test=compare-xlsx]');
  assert.match(xlsx.name, /\.xlsx$/);
  const book = readXlsx(xlsx.bytes);
  const cliBook = readXlsx(cliRaw(['compare', '--format', 'xlsx', '--lang', 'zh', F3, F4]));
  assert.deepEqual(Object.keys(book), ['指标对比', '报告概况']);
  assert.deepEqual(book, cliBook);

  const json = await download(page, '[data-test=compare-json]');
  assert.equal(json.bytes.toString('utf8'), cliRaw(['compare', F3, F4]).toString('utf8'));

  // In English the chart is drawn again in English, and the tables follow.
  await page.click('[data-test=lang]');
  await page.waitForFunction(() => document.querySelector('[data-test=compare-table] thead th')?.textContent === 'Indicator');
  await page.waitForSelector('[data-test=compare-chart]');
  const svgEn = await download(page, '[data-test=compare-svg]');
  assert.equal(svgEn.bytes.toString('utf8'), cliRaw(['compare', '--format', 'svg', '--lang', 'en', F3, F4]).toString('utf8'));
  const csvEn = await download(page, '[data-test=compare-csv]');
  assert.ok(csvEn.bytes.equals(cliRaw(['compare', '--format', 'csv', '--lang', 'en', F3, F4])));
  await shot(page, 'compare-english');
  assert.deepEqual(errors, []);
  await page.close();
});

test('Compare needs two analysed reports; the comparison closes back to the report', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  await page.click('[data-test=samples]');
  await settle(page, 5);
  assert.ok(await page.locator('[data-test=compare]').isDisabled());
  await page.locator(`[data-test=report-row][title="${F3}"] [data-test=report-check]`).check();
  assert.ok(await page.locator('[data-test=compare]').isDisabled(), 'one is not enough');
  // Ticking does not change the report shown.
  const shown = await page.textContent('[data-test=report-title]');
  await page.click('[data-test=check-all]');
  assert.equal(await page.locator('[data-test=report-check]:checked').count(), 5);
  assert.equal(await page.textContent('[data-test=report-title]'), shown);
  await page.click('[data-test=compare]');
  await page.waitForSelector('[data-test=compare-table]');
  assert.equal(await page.locator('[data-test=compare-table] thead .col-name').count(), 5);
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'compare-phone');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.click('[data-test=compare-close]');
  await page.waitForSelector('[data-test=heading]');
  assert.equal(await page.locator('[data-test=compare-view]').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});
