// The report view's additions: how a file was read and the encoding override (issue 4), the
// profile tab and the indicator column (issue 5), R2's causes, and the paste dialog's focus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { servedApp, shot, openApp, paste, dropFiles, settle, seedText, cli, reports, root } from './harness.mjs';

const SEED_001 = '001_af3bfae49ce3fd86.txt';
const SEED_003 = '003_14774531c7e6819b.txt';
const app = servedApp();

test('a GBK file: its format and encoding are shown; read as Big5 by choice it is garbled, GBK restores the outline', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  const bytes = readFileSync(path.join(root, 'fixtures/formats/001.gbk.txt'));
  await dropFiles(page, [{ name: '001.gbk.txt', content: bytes }]);
  await settle(page, 1);
  await page.waitForSelector('[data-test=heading]');
  assert.equal(await page.locator('[data-test=heading]').count(), 17);
  assert.equal(await page.textContent('[data-test=format]'), '纯文本');
  const picker = page.locator('[data-test=encoding]');
  assert.equal(await picker.inputValue(), 'GB18030', 'detected GBK is shown as the GB18030 choice');
  assert.ok((await page.locator('.decode-note').allTextContents()).some((n) => n.includes('GBK')), 'the guess is noted');
  const seedStart = seedText(SEED_001).slice(0, 20);

  await picker.selectOption('Big5');
  await page.waitForFunction(() => document.querySelector('[data-test=encoding]')?.value === 'Big5');
  await page.waitForSelector('.src-block');
  const garbled = await page.locator('[data-test=heading]').count();
  assert.ok(garbled < 17, `read as Big5 the outline falls apart (${garbled} headings)`);
  assert.ok(!(await page.textContent('[data-test=source]')).includes(seedStart));
  await shot(page, 'encoding-big5');

  await page.locator('[data-test=encoding]').selectOption('GB18030');
  await page.waitForFunction(() => document.querySelector('[data-test=encoding]')?.value === 'GB18030'
    && document.querySelectorAll('[data-test=heading]').length === 17);
  const titles = await page.locator('[data-test=heading] .node-title').allTextContents();
  assert.deepEqual(titles, cli(path.join(reports, SEED_001))[0].outline.map((h) => h.title));
  assert.ok((await page.textContent('[data-test=source]')).includes(seedStart));
  // Pasted text has no bytes to read again: no picker.
  await paste(page, seedText(SEED_003));
  await page.waitForSelector('.report-row.selected .badge.done');
  assert.equal(await page.locator('[data-test=encoding]').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('profile tab, indicator column and R2 causes agree with the CLI', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  const expected = cli(path.join(reports, SEED_003))[0];
  await paste(page, seedText(SEED_003));
  await page.waitForSelector('[data-test=metric-row]');
  // The indicator column: names once the engine sent them, for exactly the metrics that have one.
  await page.waitForFunction(() => [...document.querySelectorAll('[data-test=metric-indicator]')].some((c) => /[\u4e00-\u9fff]/.test(c.textContent)));
  const first = expected.metrics.findIndex((m) => m.indicator);
  assert.ok(first >= 0);
  await page.fill('[data-test=metric-filter]', expected.metrics[first].indicator);
  const cell = page.locator(`[data-test=metric-row][data-metric="${first}"] [data-test=metric-indicator]`);
  assert.equal(await cell.getAttribute('title'), expected.metrics[first].indicator);
  assert.match(await cell.textContent(), /[\u4e00-\u9fff]/);
  assert.equal(Number((await page.textContent('[data-test=metric-shown]')).match(/\d+/)[0]),
    expected.metrics.filter((m) => m.indicator === expected.metrics[first].indicator).length);
  await page.fill('[data-test=metric-filter]', '');
  await shot(page, 'indicator-column');

  await page.click('[data-test=tab-profile]');
  await page.waitForSelector('[data-test=profile]');
  const p = expected.profile;
  const text = (key) => page.textContent(`[data-test=profile-${key}] dd`);
  assert.ok((await text('length')).includes(String(p.chars)));
  assert.ok((await text('metrics')).includes(`${p.metrics} 项`));
  assert.ok((await text('metrics')).includes(p.metrics_per_1000.toFixed(2)));
  assert.ok((await text('problems')).includes(`${p.problems_chars} 字`));
  assert.ok((await text('causes')).includes(p.causes_given ? '已说明原因' : '未说明原因'));
  assert.ok((await text('parts')).includes(`${p.parts_found}/4`));
  assert.equal(await page.locator('[data-test=derived-rate]').count(), p.derived.length);
  await shot(page, 'profile-003');

  await page.click('.tabs [role=tab] >> nth=1');
  const causes = page.locator('.part [data-test=causes]');
  assert.equal(await causes.count(), 1, 'R2 says whether causes are given');
  assert.equal(await causes.textContent(), p.causes_given ? '已说明原因' : '未说明原因');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the paste dialog keeps the focus inside, Esc closes it and the focus returns to the button', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  const focused = () => page.evaluate(() => document.activeElement?.dataset.test ?? document.activeElement?.tagName);
  await page.focus('[data-test=paste]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-test=paste-dialog]');
  assert.equal(await focused(), 'paste-area');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'paste-cancel');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'analyse');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'paste-area', 'Tab wraps to the first control');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focused(), 'analyse', 'Shift+Tab wraps to the last');
  // A click on the backdrop does not let Tab escape either.
  await page.mouse.click(5, 400);
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'paste-area');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-test=paste-dialog]', { state: 'detached' });
  assert.equal(await focused(), 'paste');
  assert.deepEqual(errors, []);
  await page.close();
});
