// Hundreds of reports as one dataset (issue 12), in the browser: who issued each report (the
// region in the list and the header, an ambiguous name said plainly), the dataset exports
// equal to `gangmu dataset`, and the comparison as the CLI makes it (issuer/year order, 合计
// with its notes and warnings, the time series chart), grouped, as a long table, and usable
// with 200 reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  servedApp, shot, openApp, paste, dropFiles, settle, seeds, seedText, cliRaw, readXlsx, parseCsv, root,
} from './harness.mjs';

const F0 = '000_00730c63cc99564c.txt';
const F1 = '001_af3bfae49ce3fd86.txt';
const F3 = '003_14774531c7e6819b.txt';
const F4 = '004_3dcaa22f3da62694.txt';
const app = servedApp();

async function download(page, selector) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: d.suggestedFilename(), bytes: await readFile(await d.path()) };
}

const row = (page, file) => page.locator(`[data-test=report-row][title="${file}"]`);

/** Drops `names` (seed files) in that order and compares them all. */
async function compareDropped(page, names) {
  await dropFiles(page, names.map((name) => ({ name, content: seedText(name) })));
  await settle(page, names.length);
  await page.click('[data-test=check-all]');
  await page.click('[data-test=compare]');
  await page.waitForSelector('[data-test=compare-table]');
}

test('the region in the list and the header; an ambiguous name is said to be ambiguous, with its candidates', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  await page.click('[data-test=samples]');
  await settle(page, 5);
  // Each report's code in the list is the one `gangmu dataset` gives.
  const files = seeds();
  const table = parseCsv(cliRaw(['dataset', ...files]).toString('utf8').slice(1));
  const col = (n) => table[0].indexOf(n);
  for (const r of table.slice(1).filter((r) => r.length > 1)) {
    const badge = row(page, r[col('file')]).locator('[data-test=region-badge]');
    assert.equal(await badge.getAttribute('data-code'), r[col('region_code')], r[col('file')]);
    // The region's name only where the issuer as written does not already say it.
    const name = r[col('issuer')].includes(r[col('region')]) ? '' : r[col('region')];
    assert.equal(await badge.textContent(), `${name}${r[col('region_code')]}`);
    assert.match(await badge.getAttribute('title'), new RegExp(`^${r[col('region')]} · ${r[col('region_code')]} · `));
  }
  // The header says it all: 鱼峰区 450203, 县级, 人民政府, within 柳州市 › 广西壮族自治区.
  await row(page, F1).click();
  const fact = page.locator('[data-test=region-fact]');
  await fact.waitFor();
  assert.equal(await fact.locator('[data-test=region-name]').textContent(), '鱼峰区');
  assert.equal(await fact.locator('[data-test=region-code]').textContent(), '450203');
  assert.equal(await fact.locator('[data-test=region-body]').textContent(), '人民政府');
  assert.match(await fact.textContent(), /县级.*所属 柳州市 › 广西壮族自治区/);
  // 柳州市司法局: the city's code, the department as the body.
  await row(page, F0).click();
  await page.waitForFunction(() => document.querySelector('[data-test=region-code]')?.textContent === '450200');
  assert.equal(await page.textContent('[data-test=region-body]'), '司法局');
  await shot(page, 'dataset-region-header');

  // 城中区 is a district of 柳州市 and of 西宁市: nothing in this text says which.
  await paste(page, '城中区人民政府2023年法治政府建设年度报告\n一、主要举措和成效\n全年办理行政复议案件12件。\n');
  const ambiguous = page.locator('[data-test=region-ambiguous]');
  await ambiguous.waitFor();
  const said = await ambiguous.textContent();
  assert.match(said, /^地区有歧义，可能是：/);
  assert.match(said, /广西壮族自治区柳州市城中区（450202）/);
  assert.match(said, /青海省西宁市城中区（630103）/);
  assert.equal(await page.locator('[data-test=region-fact] [data-test=region-code]').count(), 0, 'no code is guessed');
  const listed = page.locator('.report-row.selected [data-test=region-badge]');
  assert.match(await listed.getAttribute('class'), /ambiguous/);
  assert.equal(await listed.textContent(), '地区有歧义');
  await shot(page, 'dataset-region-ambiguous');
  await page.click('[data-test=lang]');
  await page.waitForFunction(() => document.querySelector('[data-test=region-ambiguous]')?.textContent.startsWith('Region ambiguous, Could be: '));
  assert.deepEqual(errors, []);
  await page.close();
});

test('dataset exports: the report table and the long table are `gangmu dataset`\'s bytes, the workbook its cells', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  await page.click('[data-test=samples]');
  await settle(page, 5);
  const files = seeds();
  await page.selectOption('[data-test=export-scope]', 'all');
  const menu = () => page.click('[data-test=dataset-menu] summary');
  await menu();
  await shot(page, 'dataset-export-menu');
  const reports = await download(page, '[data-test=dataset-reports-csv]');
  assert.equal(await page.getAttribute('[data-test=dataset-menu]', 'open'), null, 'a choice closes the menu');
  assert.match(reports.name, /^gangmu-dataset-reports-5-\d{8}\.csv$/);
  assert.deepEqual([...reports.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  assert.ok(reports.bytes.equals(cliRaw(['dataset', '--table', 'reports', '--lang', 'zh', ...files])), 'report table, byte for byte');
  await menu();
  const long = await download(page, '[data-test=dataset-metrics-csv]');
  const cliLong = cliRaw(['dataset', '--table', 'metrics', '--lang', 'zh', ...files]);
  assert.ok(long.bytes.equals(cliLong), 'long table, byte for byte');
  // One row per metric of every report.
  const metrics = cliRaw(['extract', ...files]).toString('utf8').trim().split('\n')
    .reduce((n, l) => n + JSON.parse(l).metrics.length, 0);
  assert.equal(parseCsv(long.bytes.toString('utf8').slice(1)).filter((r) => r.length > 1).length - 1, metrics);

  await menu();
  const book = await download(page, '[data-test=dataset-xlsx]');
  assert.match(book.name, /^gangmu-dataset-5-\d{8}\.xlsx$/);
  const sheets = readXlsx(book.bytes);
  assert.deepEqual(Object.keys(sheets), ['报告', '指标明细']);
  assert.deepEqual(sheets, readXlsx(cliRaw(['dataset', '--format', 'xlsx', '--lang', 'zh', ...files])));

  // In English the header is the snake_case keys, as `--lang en` (the CLI's default).
  await page.click('[data-test=lang]');
  await menu();
  const en = await download(page, '[data-test=dataset-reports-csv]');
  assert.ok(en.bytes.equals(cliRaw(['dataset', ...files])));
  // This report only.
  await page.selectOption('[data-test=export-scope]', 'current');
  const selected = await page.getAttribute('.report-row.selected', 'title');
  await menu();
  const one = await download(page, '[data-test=dataset-metrics-csv]');
  assert.ok(one.bytes.equals(cliRaw(['dataset', '--table', 'metrics', selected])));
  assert.deepEqual(errors, []);
  await page.close();
});

test('the comparison in the CLI\'s order, 合计 with its notes: the CLI\'s bytes', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  // Listed 004 (柳城县 2025), 001 (鱼峰区 2023), 003 (柳城县 2023): compared 003, 004, 001.
  const given = [F4, F1, F3];
  await compareDropped(page, given);
  const expected = JSON.parse(cliRaw(['compare', ...given]).toString('utf8'));
  assert.deepEqual(expected.columns.map((c) => c.file), [F3, F4, F1]);
  assert.deepEqual(await page.locator('[data-test=compare-column] .col-name').allTextContents(), expected.columns.map((c) => c.name));
  const svg = await download(page, '[data-test=compare-svg]');
  assert.equal(svg.bytes.toString('utf8'), cliRaw(['compare', '--format', 'svg', ...given]).toString('utf8'));

  // 合计: one column for 2023 (003 + 001); 行政复议审结 58 + 24 = 82.
  await page.check('[data-test=compare-total]');
  await page.waitForSelector('[data-test=total-column]');
  assert.deepEqual(await page.locator('[data-test=total-column] .col-name').allTextContents(), ['合计 2023']);
  const close = page.locator('[data-test=compare-row][data-indicator=fy_close] [data-test=total-cell] .figure');
  assert.equal(await close.textContent(), '82件');
  // The 纠错率 is recomputed over the report that gives both counts, and the note says so.
  const rateNote = await page.textContent('[data-test=total-note][data-indicator=fy_correct_rate] dd');
  assert.match(rateNote, /按 鱼峰区政府 2023 的计数重算/);
  assert.match(rateNote, /柳城县人民政府 2023 未同时给出两项计数，未计入/);
  // Reports lacking an indicator are named beside it.
  assert.ok(await page.locator('[data-test=total-missing]').count() > 0);
  assert.match(await page.locator('[data-test=total-note] dd', { hasText: '未给出' }).first().textContent(), /未给出：/);
  await shot(page, 'dataset-compare-total');
  await page.locator('[data-test=total-notes]').scrollIntoViewIfNeeded();
  await shot(page, 'dataset-compare-total-notes');
  const total = ['compare', '--total'];
  const json = await download(page, '[data-test=compare-json]');
  assert.equal(json.bytes.toString('utf8'), cliRaw([...total, ...given]).toString('utf8'));
  const csv = await download(page, '[data-test=compare-csv]');
  assert.ok(csv.bytes.equals(cliRaw([...total, '--format', 'csv', '--lang', 'zh', ...given])), 'CSV with the 合计 columns');
  const xlsx = await download(page, '[data-test=compare-xlsx]');
  assert.deepEqual(readXlsx(xlsx.bytes), readXlsx(cliRaw([...total, '--format', 'xlsx', '--lang', 'zh', ...given])));
  const svgTotal = await download(page, '[data-test=compare-svg]');
  assert.equal(svgTotal.bytes.toString('utf8'), cliRaw([...total, '--format', 'svg', ...given]).toString('utf8'));

  // A figure opens its own report: the first column is 003 now, not the first ticked.
  await page.locator('[data-test=compare-row][data-indicator=fy_close] td').first().locator('button.figure').click();
  await page.waitForSelector('.source mark.active');
  assert.equal(await page.getAttribute('.report-row.selected', 'title'), F3);
  // The switch stays on for the next comparison.
  await page.click('[data-test=compare]');
  await page.waitForSelector('[data-test=total-column]');
  assert.ok(await page.isChecked('[data-test=compare-total]'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('one issuer across years: compared by year whatever the order, each indicator a line chart as the CLI draws it', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  // Listed 2025 first.
  await compareDropped(page, [F4, F3]);
  assert.deepEqual(await page.locator('[data-test=compare-column] .col-name').allTextContents(), ['柳城县人民政府 2023', '柳城县人民政府 2025']);
  const svg = await download(page, '[data-test=compare-svg]');
  const cliSvg = cliRaw(['compare', '--format', 'svg', F4, F3]).toString('utf8');
  assert.equal(svg.bytes.toString('utf8'), cliSvg);
  assert.match(cliSvg, /<polyline/, 'a time series is drawn as lines');
  await page.locator('[data-test=compare-chart]').scrollIntoViewIfNeeded();
  await shot(page, 'dataset-time-series');
  assert.deepEqual(errors, []);
  await page.close();
});

test('合计 warns when one region contains another', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  // 柳州市司法局 2023 and 鱼峰区 (a district of 柳州市) 2023.
  await compareDropped(page, [F0, F1]);
  await page.check('[data-test=compare-total]');
  const warning = page.locator('[data-test=total-warning]');
  await warning.first().waitFor();
  const expected = JSON.parse(cliRaw(['compare', '--total', F0, F1]).toString('utf8'));
  assert.deepEqual(await warning.allTextContents(), expected.totals[0].warnings.map((w) => w.zh));
  assert.match(await warning.first().textContent(), /包含.*重复计算/);
  await page.locator('[data-test=total-warnings]').scrollIntoViewIfNeeded();
  await shot(page, 'dataset-total-warning');
  assert.deepEqual(errors, []);
  await page.close();
});

test('columns grouped by level and by region; the long table ranks the reports on one indicator', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  await page.click('[data-test=samples]');
  await settle(page, 5);
  await page.click('[data-test=check-all]');
  await page.click('[data-test=compare]');
  await page.waitForSelector('[data-test=compare-table]');
  const expected = JSON.parse(cliRaw(['compare', ...seeds()]).toString('utf8'));
  await page.selectOption('[data-test=compare-group-by]', 'level');
  await page.waitForSelector('[data-test=compare-group]');
  assert.deepEqual(await page.locator('[data-test=compare-group]').allTextContents(), ['地级（2）', '县级（3）']);
  // Within a group the columns keep the comparison's order.
  const byLevel = await page.locator('[data-test=compare-column] .col-name').allTextContents();
  const level = (l) => expected.columns.filter((c) => c.level === l).map((c) => c.name);
  assert.deepEqual(byLevel, [...level('市'), ...level('县')]);
  await shot(page, 'dataset-group-level');
  await page.selectOption('[data-test=compare-group-by]', 'region');
  await page.waitForFunction(() => document.querySelector('[data-test=compare-group]')?.textContent === '柳州市（5）');

  await page.click('[data-test=layout-long]');
  await page.waitForSelector('[data-test=compare-long]');
  await page.selectOption('[data-test=long-indicator]', 'fy_close');
  const stated = expected.rows.find((r) => r.indicator === 'fy_close').cells.filter((c) => c.value !== null);
  await page.waitForFunction((n) => document.querySelectorAll('[data-test=long-row]').length === n, stated.length);
  await page.click('[data-test=long-sort]');
  const values = await page.locator('[data-test=long-row] .l-value').allTextContents();
  const numbers = values.map((v) => parseFloat(v));
  assert.deepEqual(numbers, [...numbers].sort((a, b) => b - a), `largest first: ${values}`);
  await shot(page, 'dataset-long-table');
  await page.click('[data-test=layout-wide]');
  await page.waitForSelector('[data-test=compare-table]');
  assert.deepEqual(errors, []);
  await page.close();
});

/** 200 reports: 003 (2023) and 004 (2025) rewritten for counties across China whose names are
 * unique in the division list, so grouping by region has many cities. */
function twoHundred() {
  const tsv = readFileSync(path.join(root, 'crates/core/src/region/divisions.tsv'), 'utf8');
  const rows = tsv.trim().split('\n').map((l) => l.split('\t')).filter((r) => /^\d{6}$/.test(r[0]));
  const count = new Map();
  for (const [, name] of rows) count.set(name, (count.get(name) ?? 0) + 1);
  const counties = rows.filter(([code, name]) => !code.endsWith('00') && name.endsWith('县') && count.get(name) === 1);
  const step = Math.floor(counties.length / 200);
  const chosen = Array.from({ length: 200 }, (_, i) => counties[i * step]);
  const t3 = seedText(F3), t4 = seedText(F4);
  return chosen.map(([code, name], i) => {
    const text = (i % 4 === 3 ? t4 : t3).replaceAll('柳城县', name).replaceAll('柳州市', '').replaceAll('柳州', '');
    return { name: `${code}-${i % 4 === 3 ? 2025 : 2023}.txt`, content: text };
  });
}

test('200 reports: the header and the first column stay put, columns group by region, the long table; above 200 only the long table', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  const files = twoHundred();
  await dropFiles(page, files);
  await settle(page, files.length, 300000);
  await page.click('[data-test=check-all]');
  const started = Date.now();
  await page.click('[data-test=compare]');
  await page.waitForSelector('[data-test=compare-table]', { timeout: 120000 });
  const shown = Date.now() - started;
  assert.equal(await page.locator('[data-test=compare-column]').count(), 200);
  console.log(`# 200 reports: comparison on screen after ${shown} ms`);
  const box = page.locator('.compare-scroll');
  const pos = () => page.evaluate(() => {
    const scroller = document.querySelector('.compare-scroll').getBoundingClientRect();
    const head = document.querySelector('[data-test=compare-column]').getBoundingClientRect();
    const first = document.querySelector('[data-test=compare-row] th').getBoundingClientRect();
    return { top: head.top - scroller.top, left: first.left - scroller.left };
  });
  const before = await pos();
  await box.evaluate((el) => el.scrollTo(el.scrollWidth, el.scrollHeight / 2));
  await page.waitForTimeout(100);
  const scrolled = await box.evaluate((el) => [el.scrollLeft, el.scrollTop]);
  assert.ok(scrolled[0] > 1000 && scrolled[1] > 100, `scrolled ${scrolled}`);
  const after = await pos();
  assert.ok(Math.abs(after.top - before.top) < 2, `header stays: ${JSON.stringify([before, after])}`);
  assert.ok(Math.abs(after.left - before.left) < 2, `first column stays: ${JSON.stringify([before, after])}`);
  await shot(page, 'dataset-200-scrolled');
  const regrouped = Date.now();
  await page.selectOption('[data-test=compare-group-by]', 'region');
  await page.waitForSelector('[data-test=compare-group]');
  console.log(`# 200 reports: grouped by region after ${Date.now() - regrouped} ms`);
  const groups = await page.locator('[data-test=compare-group]').count();
  assert.ok(groups > 20, `${groups} cities and provinces`);
  await box.evaluate((el) => el.scrollTo(el.scrollWidth / 3, 0));
  await shot(page, 'dataset-200-grouped');
  const long = Date.now();
  await page.click('[data-test=layout-long]');
  await page.waitForSelector('[data-test=long-row]');
  console.log(`# 200 reports: long table after ${Date.now() - long} ms`);
  // Only the rows on screen are in the page.
  assert.ok(await page.locator('[data-test=long-row]').count() < 80);
  await page.selectOption('[data-test=long-indicator]', 'fy_close');
  await page.waitForFunction(() => document.querySelector('[data-test=long-count]')?.textContent === '共 200 项');
  await shot(page, 'dataset-200-long');
  // A 201st report: above 200 only the long table is offered (drawing every column at once froze
  // the page for ≈ 40 s at 2 000 reports), with a note saying why and where the full table is;
  // the chart is not drawn either (its SVG froze the page for ≈ 8 s at 2 000), but still exported.
  await page.click('[data-test=compare-close]');
  await dropFiles(page, [{ name: 'extra-2024.txt', content: seedText(F3).replaceAll('柳城县', '融安县') }]);
  // 全选 comes back once the 201st is analysed (200 of 201 ticked).
  await page.waitForFunction(() => document.querySelector('[data-test=check-all]')?.textContent.trim() === '全选', null, { timeout: 120000 });
  await page.click('[data-test=check-all]');
  await page.click('[data-test=compare]');
  await page.waitForSelector('[data-test=long-row]', { timeout: 120000 });
  assert.equal(await page.locator('[data-test=compare-table]').count(), 0, 'no wide table above 200 reports');
  assert.ok(await page.locator('[data-test=layout-wide]').isDisabled());
  assert.match(await page.textContent('[data-test=layout-wide-too-many]'), /超过 200 份报告时只显示长表/);
  assert.equal(await page.locator('[data-test=compare-chart]').count(), 0, 'no chart drawn above 200 reports');
  assert.match(await page.textContent('[data-test=chart-too-many]'), /图表请导出 SVG/);
  const chart201 = await download(page, '[data-test=compare-svg]');
  assert.match(chart201.bytes.toString('utf8'), /<svg[\s\S]*<\/svg>\s*$/);
  await page.selectOption('[data-test=long-indicator]', 'fy_close');
  await page.waitForFunction(() => document.querySelector('[data-test=long-count]')?.textContent === '共 201 项');
  await shot(page, 'dataset-201-long-only');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the region is corrected: one click on a candidate of an ambiguous name, or a division chosen in the facts editor', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  await paste(page, '城中区人民政府2023年法治政府建设年度报告\n一、主要举措和成效\n全年办理行政复议案件12件。\n');
  const ambiguous = page.locator('[data-test=region-ambiguous]');
  await ambiguous.waitFor();
  // The user knows it is 西宁市's 城中区: one click on that candidate.
  await page.click('[data-test=region-pick][data-code="630103"]');
  await page.waitForFunction(() => document.querySelector('[data-test=region-code]')?.textContent === '630103');
  assert.equal(await ambiguous.count(), 0, 'no longer ambiguous');
  assert.match(await page.textContent('[data-test=region-fact]'), /城中区.*630103.*县级.*人民政府.*所属 西宁市 › 青海省/);
  const listed = page.locator('.report-row.selected [data-test=region-badge]');
  assert.equal(await listed.getAttribute('data-code'), '630103');
  // The dataset's report table carries it, as a correction (a Chinese page: Chinese headers).
  await page.click('[data-test=dataset-menu] summary');
  const csv = await download(page, '[data-test=dataset-reports-csv]');
  const [head, line] = parseCsv(csv.bytes.toString('utf8').slice(1));
  const cell = (name) => line[head.indexOf(name)];
  assert.equal(cell('行政区划代码'), '630103');
  assert.equal(cell('地区判定'), 'corrected');
  assert.equal(cell('用户更正'), '1');
  // Undone, the name is ambiguous again.
  await page.click('[data-test=undo]');
  await ambiguous.waitFor();

  // In the facts editor: part of a name typed, the worker's choices offered, one taken.
  await page.click('[data-test=edit-facts]');
  await page.fill('[data-test=edit-region]', '柳州市城中');
  const choice = '广西壮族自治区柳州市城中区（450202）';
  await page.waitForFunction((c) => [...document.querySelectorAll('[data-test=region-choices] option')]
    .some((o) => o.value === c), choice);
  await shot(page, 'dataset-region-choices');
  await page.fill('[data-test=edit-region]', choice);
  await page.click('[data-test=facts-save]');
  await page.waitForFunction(() => document.querySelector('[data-test=region-code]')?.textContent === '450202');
  assert.match(await page.textContent('[data-test=region-fact]'), /所属 柳州市 › 广西壮族自治区/);
  // A code typed works too, and the form opens with the region as a choice reads.
  await page.click('[data-test=edit-facts]');
  assert.equal(await page.inputValue('[data-test=edit-region]'), '城中区（450202）');
  await page.fill('[data-test=edit-region]', '630103');
  await page.click('[data-test=facts-save]');
  await page.waitForFunction(() => document.querySelector('[data-test=region-code]')?.textContent === '630103');
  await shot(page, 'dataset-region-corrected');
  assert.deepEqual(errors, []);
  await page.close();
});
