// Corrections end to end (issue 8): on seed 003, correct a label and a value, remove a metric,
// add one from a selection of the text and edit the publication date; the table, a recomputed check, the timeliness finding, the
// comparison and the CSV export show them, and the CSV equals the CLI's given the exported
// workspace file. After a reload they are back and undo works; export, clear and open the
// workspace file: the same state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import {
  servedApp, shot, openApp, dropFiles, settle, seedText, cli, cliRaw, reports, openMetric, recomputed, badChecks,
} from './harness.mjs';

const SEED = '003_14774531c7e6819b.txt';
const OTHER = '004_3dcaa22f3da62694.txt';
const app = servedApp();

/** The label cell's text of metric `i` (the ✎ mark included). */
const labelOf = (page, i) => page.locator(`[data-test=metric-row][data-metric="${i}"] .c-label`).textContent();

test('corrections reach the table, the checks, timeliness, the comparison and the exports; they survive a reload and the workspace file', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  await dropFiles(page, [SEED, OTHER].map((name) => ({ name, content: seedText(name) })));
  await settle(page, 2);
  await page.locator('[data-test=report-row]').first().click();
  const expected = cli(path.join(reports, SEED))[0];
  const metrics0 = expected.metrics.length;
  await page.waitForSelector('[data-test=metric-row]');
  const bad0 = await badChecks(page);

  // 1. A label.
  const t0 = Date.now();
  await openMetric(page, 0, expected.metrics[0].label);
  await page.fill('[data-test=edit-label]', '领导干部法治专题讲座（更正）');
  await page.click('[data-test=metric-save]');
  // The new label no longer matches the filter (the old label): show every row.
  await page.fill('[data-test=metric-filter]', '');
  await page.waitForFunction(() => document.querySelector('[data-test=metric-row][data-metric="0"] .c-label')?.textContent.includes('（更正）'));
  const labelMs = Date.now() - t0;
  assert.match(await labelOf(page, 0), /^✎/, 'marked as corrected');
  await page.waitForSelector('[data-test=detail-history]');

  // 2. A value: 95.5% of 120 is no whole number of people (✗); read as 95.8% it is 115 (✓).
  assert.equal(expected.metrics[20].value, 95.5);
  await openMetric(page, 20, expected.metrics[20].label);
  assert.equal(await page.locator('[data-test=detail-check].bad').count(), 1, 'the rate fails as read');
  await page.fill('[data-test=edit-value]', '95.8');
  await page.click('[data-test=metric-save]');
  await page.waitForFunction(() => document.querySelector('[data-test=metric-row][data-metric="20"] .c-value')?.textContent.trim() === '95.8');
  await recomputed(page);
  await page.waitForFunction(() => document.querySelector('[data-test=detail-check].ok'));
  assert.equal(await page.locator('[data-test=detail-check].bad').count(), 0, 'the rate is recomputed: ✓');
  assert.equal(await badChecks(page), bad0 - 1);

  // 3. Not a metric.
  await page.fill('[data-test=metric-filter]', '');
  await openMetric(page, 4, expected.metrics[4].label);
  await page.click('[data-test=metric-remove]');
  await page.waitForFunction((n) => document.querySelector('[data-test=metric-count]')?.textContent === String(n), metrics0 - 1);

  // 3b. Add it back from a selection of its text: the core reads value and unit.
  await page.fill('[data-test=metric-filter]', '');
  await page.click('[data-test=metric-row][data-metric="3"]');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-test=source] [data-block]')].some((b) => b.textContent.includes('7461条')));
  await page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector('[data-test=source]'), NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode()) && !node.textContent.includes('7461条'));
    const at = node.textContent.indexOf('7461条');
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + '7461条'.length);
    const sel = getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    document.querySelector('[data-test=source]').dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  });
  await page.click('[data-test=add-metric]');
  await page.waitForSelector('[data-test=add-dialog]');
  assert.equal(await page.inputValue('[data-test=add-value]'), '7461');
  assert.equal(await page.inputValue('[data-test=add-unit]'), '条');
  await page.fill('[data-test=add-label]', '公开各类政府信息（补录）');
  await page.click('[data-test=add-save]');
  await page.waitForFunction((n) => document.querySelector('[data-test=metric-count]')?.textContent === String(n), metrics0);
  await page.fill('[data-test=metric-filter]', '补录');
  await page.waitForFunction(() => /^＋/.test(document.querySelector('[data-test=metric-row] .c-label')?.textContent ?? ''));
  await page.fill('[data-test=metric-filter]', '');

  // 4. The publication date: 30 June is after the 31 March deadline.
  await page.click('[data-test=edit-facts]');
  await page.fill('[data-test=edit-published]', '2024-06-30');
  await page.click('[data-test=facts-save]');
  await page.click('[data-test=tab-profile]');
  await page.waitForFunction(() => document.querySelector('[data-test=profile-timeliness] .badge.bad'));
  await page.click('.tabs [role=tab] >> nth=1');
  await page.waitForFunction(() => [...document.querySelectorAll('.finding .finding-kind')].some((k) => k.textContent === 'timeliness'));
  await page.click('.tabs [role=tab] >> nth=0');
  await shot(page, 'corrections-003');

  // 5. The comparison marks the corrected figure.
  await page.click('[data-test=check-all]');
  await page.click('[data-test=compare]');
  await page.waitForSelector('[data-test=compare-corrected]', { timeout: 30000 });
  await shot(page, 'corrections-compare');
  await page.locator('[data-test=report-row]').first().click();

  // 6. CSV: the web's equals the CLI's given the exported workspace file.
  const [wsDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=export-workspace]')]);
  assert.match(wsDownload.suggestedFilename(), /\.gangmu\.json$/);
  const wsText = await readFile(await wsDownload.path(), 'utf8');
  const dir = await mkdtemp(path.join(tmpdir(), 'gangmu-ws-'));
  const wsFile = path.join(dir, 'w.gangmu.json');
  await writeFile(wsFile, wsText);
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=export-csv]')]);
  const csv = await readFile(await csvDownload.path(), 'utf8');
  assert.ok(csv.includes('领导干部法治专题讲座（更正）'));
  assert.equal(csv, cliRaw(['extract', '--format', 'csv', '--lang', 'zh', '--corrections', wsFile, SEED]).toString('utf8'));

  // 7. Reload: everything is back, and undo reaches the last correction (the date).
  await page.reload();
  await settle(page, 2);
  await page.locator('[data-test=report-row]').first().click();
  await page.waitForSelector('[data-test=metric-row]');
  assert.match(await labelOf(page, 0), /（更正）/);
  assert.equal(await page.textContent('[data-test=metric-count]'), String(metrics0));
  await page.click('[data-test=tab-profile]');
  await page.waitForSelector('[data-test=profile-timeliness] .badge.bad');
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => !document.querySelector('[data-test=profile-timeliness] .badge.bad'));
  await page.click('.tabs [role=tab] >> nth=0');

  // 8. Export, clear, open the file: the same state.
  const [again] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=export-workspace]')]);
  const file2 = path.join(dir, 'again.gangmu.json');
  await writeFile(file2, await readFile(await again.path()));
  await page.click('[data-test=clear-workspace]');
  await page.click('[data-test=clear-confirm]');
  await page.waitForSelector('[data-test=report-row]', { state: 'detached' });
  await page.setInputFiles('[data-test=file-input]', file2);
  await settle(page, 2);
  await page.locator('[data-test=report-row] >> text=柳城县2023').first().click();
  await page.waitForSelector('[data-test=metric-row]');
  assert.match(await labelOf(page, 0), /（更正）/);
  assert.equal(await page.textContent('[data-test=metric-count]'), String(metrics0));
  // Opening it again adds nothing: the same reports, corrections merged.
  await page.setInputFiles('[data-test=file-input]', file2);
  await page.waitForTimeout(500);
  await settle(page, 2);
  assert.equal(await page.locator('[data-test=report-row]').count(), 2);
  console.log(`# a label correction until the table shows it: ${labelMs} ms`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('undo acts on the report on screen and says what it undid; corrections read in words, unplaced ones too', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  await dropFiles(page, [SEED, OTHER].map((name) => ({ name, content: seedText(name) })));
  await settle(page, 2);
  const rows = page.locator('[data-test=report-row]');
  const a = cli(path.join(reports, SEED))[0];
  const b = cli(path.join(reports, OTHER))[0];

  // On A, a kind; on B, later, a label.
  await rows.nth(0).click();
  await page.waitForSelector('[data-test=metric-row]');
  const kind0 = a.metrics[0].kind;
  const other = kind0 === 'other' ? 'count' : 'other';
  await openMetric(page, 0, a.metrics[0].label);
  await page.selectOption('[data-test=edit-kind]', other);
  await page.click('[data-test=metric-save]');
  await page.waitForSelector('[data-test=detail-history]');
  await recomputed(page);
  const history = await page.textContent('[data-test=detail-history]');
  assert.match(history, /更正/);
  assert.match(history, /类型/, `the field in words: ${history}`);
  assert.doesNotMatch(history, /\bkind\b|\bcount\b|\bother\b/, `no raw names: ${history}`);

  await rows.nth(1).click();
  await page.waitForSelector('[data-test=metric-row]');
  await openMetric(page, 0, b.metrics[0].label);
  await page.fill('[data-test=edit-label]', '乙报告的更正');
  await page.click('[data-test=metric-save]');
  await page.fill('[data-test=metric-filter]', '');
  await page.waitForFunction(() => document.querySelector('[data-test=metric-row][data-metric="0"] .c-label')?.textContent.includes('乙报告的更正'));

  // Back on A, Ctrl+Z takes back A's correction (not B's later one) and says so.
  await rows.nth(0).click();
  await page.waitForSelector('[data-test=metric-row][data-metric="0"]');
  await page.locator('[data-test=metric-row][data-metric="0"]').click();
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => /已撤销/.test(document.querySelector('[data-test=notice]')?.textContent ?? ''));
  const notice = await page.textContent('[data-test=notice]');
  assert.match(notice, /类型/, notice);
  await page.waitForFunction(() => !/^✎/.test(document.querySelector('[data-test=metric-row][data-metric="0"] .c-label')?.textContent ?? '✎'));
  await shot(page, 'corrections-undo-notice');
  // Nothing more to undo on A: said, and B keeps its correction.
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => /没有可撤销/.test(document.querySelector('[data-test=notice]')?.textContent ?? ''));
  await rows.nth(1).click();
  await page.waitForFunction(() => document.querySelector('[data-test=metric-row][data-metric="0"] .c-label')?.textContent.includes('乙报告的更正'));

  // An unplaced correction: a workspace file whose correction of B names text B does not hold.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=export-workspace]')]);
  const ws = JSON.parse(await readFile(await download.path(), 'utf8'));
  const entry = ws.reports.find((r) => r.corrections.length > 0);
  const stray = structuredClone(entry.corrections[0]);
  stray.id = 'test-unplaced-1';
  stray.change.at.text = '此处文字不在报告中';
  stray.change.set = { field: 'label', value: '找不到位置的更正' };
  entry.corrections.push(stray);
  const dir = await mkdtemp(path.join(tmpdir(), 'gangmu-ws-'));
  const file = path.join(dir, 'stray.gangmu.json');
  await writeFile(file, JSON.stringify(ws));
  await page.setInputFiles('[data-test=file-input]', file);
  await page.click('.tabs [role=tab] >> nth=1');
  await page.waitForSelector('[data-test=unplaced-item]', { timeout: 30000 });
  const item = await page.textContent('[data-test=unplaced-item]');
  assert.match(item, /此处文字不在报告中/, `the anchored text: ${item}`);
  assert.match(item, /找不到位置的更正/);
  assert.match(await page.textContent('[data-test=unplaced-reason]'), /原文中已找不到该处文字/);
  assert.doesNotMatch(item, /TextNotFound|\bedit\b|\blabel\b/, item);
  await shot(page, 'corrections-unplaced');
  await page.click('[data-test=lang]');
  await page.waitForFunction(() => /no longer in the report/.test(document.querySelector('[data-test=unplaced-reason]')?.textContent ?? ''));
  assert.match(await page.textContent('[data-test=unplaced-item]'), /label/);
  assert.deepEqual(errors, []);
  await page.close();
});
