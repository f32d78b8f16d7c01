// The correction forms (issue 8), beyond the main flow of corrections.test.mjs: what the user
// types survives any re-render until saved; values and years are read as people write them
// (１２, 1，200, 2023年, 二〇二三) and what is not one is refused with a message, never saved as
// something else; the add-a-metric dialog is a real modal dialog (focus in, Tab trapped, Esc,
// focus back) that shows the selection in its sentence and needs a label. Then: a failing
// check turns ✓ after a value fix and the Excel export marks it; undo/redo cycles; a
// correction that lost its place is discarded as an undo step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import {
  servedApp, shot, openApp, dropFiles, settle, seedText, cli, reports, root, readXlsx, unzip, openMetric, recomputed, badChecks,
} from './harness.mjs';

const SEED = '003_14774531c7e6819b.txt';
const OTHER = '004_3dcaa22f3da62694.txt';
const app = servedApp();

const valueOf = (page, i) => page.locator(`[data-test=metric-row][data-metric="${i}"] .c-value`).textContent();
const focused = (page) => page.evaluate(() => document.activeElement?.dataset.test ?? document.activeElement?.tagName);

async function openFile(page, name) {
  await dropFiles(page, [{ name, content: seedText(name) }]);
  await settle(page, 1);
  await page.locator('[data-test=report-row]').first().click();
  await page.waitForSelector('[data-test=metric-row]');
  return cli(path.join(reports, name))[0];
}

const openSeed = (page) => openFile(page, SEED);

/** Selects `needle` in the source view, as a user's drag would. */
async function selectInSource(page, needle) {
  await page.waitForFunction((n) => [...document.querySelectorAll('[data-test=source] [data-block]')].some((b) => b.textContent.includes(n)), needle);
  await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.querySelector('[data-test=source]'), NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode()) && !node.textContent.includes(needle));
    const at = node.textContent.indexOf(needle);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + needle.length);
    const sel = getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    document.querySelector('[data-test=source]').dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, needle);
}

test('typing in the metric form survives re-renders until it is saved; values are read as people write them', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  const report = await openSeed(page);
  // A whole-number count.
  const i = report.metrics.findIndex((m) => Number.isInteger(m.value) && m.value > 100 && m.value !== 1200);
  const m = report.metrics[i];
  await openMetric(page, i, m.label);
  await page.fill('[data-test=edit-value]', '1，200');
  await page.fill('[data-test=edit-unit]', '万件');
  // Re-renders that used to put the report's value back over the typing: the filter (the
  // table re-renders), and the language switched twice (every string re-renders).
  await page.fill('[data-test=metric-filter]', m.label.slice(0, 2));
  assert.equal(await page.inputValue('[data-test=edit-value]'), '1，200', 'a filter keystroke keeps the typing');
  await page.click('[data-test=lang]');
  await page.click('[data-test=lang]');
  assert.equal(await page.inputValue('[data-test=edit-value]'), '1，200', 'a language switch keeps the typing');
  assert.equal(await page.inputValue('[data-test=edit-unit]'), '万件');
  await page.fill('[data-test=metric-filter]', m.label);
  await page.click('[data-test=metric-save]');
  await page.waitForFunction((i) => document.querySelector(`[data-test=metric-row][data-metric="${i}"] .c-value`)?.textContent.trim() === '1200', i);
  await recomputed(page);
  assert.equal(await page.inputValue('[data-test=edit-unit]'), '万件', 'the saved unit');

  // Full-width digits, and Enter saves.
  await page.fill('[data-test=edit-value]', '１２');
  await page.press('[data-test=edit-value]', 'Enter');
  await page.waitForFunction((i) => document.querySelector(`[data-test=metric-row][data-metric="${i}"] .c-value`)?.textContent.trim() === '12', i);
  await recomputed(page);

  // Not one number: refused with a message that says what to do, nothing saved.
  await page.fill('[data-test=edit-value]', '3万');
  await page.click('[data-test=metric-save]');
  await page.waitForSelector('[data-test=form-error]');
  assert.match(await page.textContent('[data-test=form-error]'), /单位/);
  assert.equal(await page.getAttribute('[data-test=edit-value]', 'aria-invalid'), 'true');
  assert.equal((await valueOf(page, i)).trim(), '12');
  await page.fill('[data-test=edit-value]', '12,5');
  await page.click('[data-test=metric-save]');
  assert.match(await page.textContent('[data-test=form-error]'), /千位/);
  await shot(page, 'corrections-form-refused');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the facts form: 2023年 and 二〇二三 are years, an unreadable year is refused (not cleared), Enter saves, Esc cancels', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  const report = await openSeed(page);
  const facts = () => page.textContent('.facts');
  await page.click('[data-test=edit-facts]');
  assert.equal(await focused(page), 'edit-title', 'the focus moves into the form');
  await page.fill('[data-test=edit-year]', '二〇二一年');
  await page.press('[data-test=edit-year]', 'Enter');
  await page.waitForSelector('[data-test=facts-editor]', { state: 'detached' });
  await page.waitForFunction(() => [...document.querySelectorAll('.facts .fact')].some((f) => f.textContent.includes('2021')));

  await page.click('[data-test=edit-facts]');
  await page.fill('[data-test=edit-year]', '去年');
  await page.press('[data-test=edit-year]', 'Enter');
  await page.waitForSelector('[data-test=facts-editor] [data-test=form-error]');
  assert.match(await page.textContent('[data-test=form-error]'), /2023/);
  assert.equal(await page.inputValue('[data-test=edit-year]'), '去年', 'the form stays open with the typing');
  await shot(page, 'corrections-facts-refused');
  await page.press('[data-test=edit-year]', 'Escape');
  await page.waitForSelector('[data-test=facts-editor]', { state: 'detached' });
  assert.match(await facts(), /2021/, 'Esc cancelled: the year is still the corrected one');
  assert.notEqual(report.year, 2021);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the add-a-metric dialog: focus in, Tab trapped, Esc closes, focus back; the sentence; a label is required', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  const report = await openSeed(page);
  const before = report.metrics.length;
  // 24小时 (on standby round the clock) is a figure the extractor leaves out; metric 25 is
  // next to it, so choosing that row brings its paragraph into the source view.
  await openMetric(page, 25, report.metrics[25].label);
  await selectInSource(page, '24小时');
  await page.focus('[data-test=add-metric]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-test=add-dialog]');
  assert.equal(await focused(page), 'add-label', 'the focus starts on the label');
  const sentence = await page.textContent('[data-test=add-sentence]');
  assert.ok(sentence.includes('救援队伍24小时备勤待命'), `the selection in its sentence: ${sentence}`);
  assert.equal(await page.inputValue('[data-test=add-value]'), '24');
  assert.equal(await page.locator('[data-test=add-direction]').count(), 1);
  assert.equal(await page.locator('[data-test=add-indicator]').count(), 1);
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focused(page), 'add-save', 'Shift+Tab wraps to the last control');
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'add-label', 'Tab wraps to the first');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-test=add-dialog]', { state: 'detached' });
  assert.equal(await focused(page), 'add-metric', 'the focus returns to the button');

  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-test=add-dialog]');
  await page.fill('[data-test=add-label]', '   ');
  await page.click('[data-test=add-save]');
  await page.waitForSelector('[data-test=add-dialog] [data-test=form-error]');
  assert.equal(await page.getAttribute('[data-test=add-label]', 'aria-invalid'), 'true');
  await shot(page, 'corrections-add-dialog');
  await page.fill('[data-test=add-label]', '救援队伍备勤待命（补录）');
  // A re-render under the dialog (as when a batch report finishes): the language, switched
  // from script since the backdrop rightly takes the pointer.
  await page.evaluate(() => document.querySelector('[data-test=lang]').click());
  await page.evaluate(() => document.querySelector('[data-test=lang]').click());
  assert.equal(await page.inputValue('[data-test=add-label]'), '救援队伍备勤待命（补录）', 'the typing survives a re-render');
  await page.press('[data-test=add-label]', 'Enter');
  await page.waitForSelector('[data-test=add-dialog]', { state: 'detached' });
  await page.waitForFunction((n) => document.querySelector('[data-test=metric-count]')?.textContent === String(n), before + 1);
  assert.deepEqual(errors, []);
  await page.close();
});

/** Waits until the stored report's log (its Meta, JSON text in `reports`) has `n` withdrawn ids. */
async function withdrawnStored(page, n) {
  await page.waitForFunction((n) => new Promise((done) => {
    const open = indexedDB.open('gangmu');
    open.onsuccess = () => {
      const db = open.result;
      const all = db.transaction('reports').objectStore('reports').getAll();
      all.onsuccess = () => {
        db.close();
        done(all.result.some((json) => (JSON.parse(json).log?.withdrawn?.length ?? 0) === n));
      };
      all.onerror = () => { db.close(); done(false); };
    };
    open.onerror = () => done(false);
  }), n, { timeout: 30000, polling: 200 });
}

test('a truncated rate fixed by hand turns its check ✓; the Excel export marks the corrected cells and lists the corrections', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  const report = await openFile(page, OTHER);
  // 调结率 58/60 is printed 96.66% (truncated): the rate check fails as read.
  const i = report.metrics.findIndex((m) => m.value === 96.66);
  assert.ok(report.checks.some((c) => !c.holds && c.metrics.includes(i)), 'the CLI fails the check too');
  const bad0 = await badChecks(page);
  await openMetric(page, i, report.metrics[i].label);
  assert.equal(await page.locator('[data-test=detail-check].bad').count(), 1);
  await page.fill('[data-test=edit-value]', '96.67');
  await page.press('[data-test=edit-value]', 'Enter');
  await page.waitForFunction((i) => document.querySelector(`[data-test=metric-row][data-metric="${i}"] .c-value`)?.textContent.trim() === '96.67', i);
  await recomputed(page);
  await page.waitForSelector('[data-test=detail-check].ok');
  assert.equal(await page.locator('[data-test=detail-check].bad').count(), 0, 'recomputed: ✓');
  assert.equal(await badChecks(page), bad0 - 1);

  // Excel: the corrected value's cell has the amber fill, and a sheet lists the correction.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=export-xlsx]')]);
  const bytes = await readFile(await download.path());
  const book = readXlsx(bytes);
  const log = book['更正记录'];
  assert.ok(log, `a 更正记录 sheet: ${Object.keys(book)}`);
  assert.ok(log.some((row) => row.includes(96.67) || row.includes('96.67')), 'the correction is listed with its value');
  assert.ok(log.some((row) => row.includes(96.66) || row.includes('96.66')), 'and the original value');
  const files = unzip(bytes);
  const styles = files['xl/styles.xml'].toString('utf8');
  const fills = [...styles.matchAll(/<fill>(.*?)<\/fill>/gs)].map((m) => m[1]);
  const amber = fills.findIndex((f) => /FFE9A8/i.test(f));
  assert.ok(amber >= 0, 'an amber fill');
  const xfs = [...styles.match(/<cellXfs[^>]*>(.*?)<\/cellXfs>/s)[1].matchAll(/<xf [^>]*>/g)].map((m) => m[0]);
  const amberXf = new Set(xfs.flatMap((xf, k) => (new RegExp(`fillId="${amber}"`).test(xf) ? [k] : [])));
  const sheetIndex = Object.keys(book).indexOf(Object.keys(book).find((name) => book[name].some((row) => row.includes(96.67))));
  const xml = files[`xl/worksheets/sheet${sheetIndex + 1}.xml`].toString('utf8');
  const row = [...xml.matchAll(/<row [^>]*>(.*?)<\/row>/gs)].find((r) => /<v>96\.67<\/v>/.test(r[1]));
  assert.ok(row, 'the metric row');
  const cell = row[1].match(/<c [^>]*s="(\d+)"[^>]*>(?:(?!<\/c>).)*<v>96\.67<\/v>/s);
  assert.ok(cell && amberXf.has(Number(cell[1])), 'the corrected value cell is amber');
  assert.deepEqual(errors, []);
  await page.close();
});

test('undo and redo, back and forth: each cycle ends where it began, and a reload keeps the result', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  const report = await openSeed(page);
  const picks = [1, 2, 4];
  const original = picks.map((i) => String(report.metrics[i].value));
  const values = ['111', '222', '444'];
  for (const [k, i] of picks.entries()) {
    await openMetric(page, i, report.metrics[i].label);
    await page.fill('[data-test=edit-value]', values[k]);
    await page.click('[data-test=metric-save]');
    await page.waitForFunction(([i, v]) => document.querySelector(`[data-test=metric-row][data-metric="${i}"] .c-value`)?.textContent.trim() === v, [i, values[k]]);
    await recomputed(page);
  }
  await page.fill('[data-test=metric-filter]', '');
  const shown = () => page.evaluate((picks) => picks.map((i) => document.querySelector(`[data-test=metric-row][data-metric="${i}"] .c-value`)?.textContent.trim()), picks);
  const until = (want) => page.waitForFunction(([picks, want]) => picks.every((i, k) => document.querySelector(`[data-test=metric-row][data-metric="${i}"] .c-value`)?.textContent.trim() === want[k]), [picks, want]);
  await page.locator('[data-test=metric-row]').first().click();
  for (let cycle = 0; cycle < 3; cycle++) {
    // Undo the three, one at a time, newest first.
    for (let n = 3; n > 0; n--) {
      await page.keyboard.press('Control+z');
      await until(picks.map((_, k) => (k < n - 1 ? values[k] : original[k])));
    }
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => /没有可撤销/.test(document.querySelector('[data-test=notice]')?.textContent ?? ''));
    for (let n = 1; n <= 3; n++) {
      await page.keyboard.press('Control+Shift+z');
      await until(picks.map((_, k) => (k < n ? values[k] : original[k])));
    }
  }
  assert.deepEqual(await shown(), values);
  // Half undone, then reloaded: the page shows what the log holds.
  await page.keyboard.press('Control+z');
  await until([values[0], values[1], original[2]]);
  // 3 cycles × 3 undos + 1 withdrew ten corrections: wait until the browser's storage has
  // them (the write lands a moment after the report shows).
  await withdrawnStored(page, 10);
  await page.reload();
  await settle(page, 1);
  await page.locator('[data-test=report-row]').first().click();
  await page.waitForSelector('[data-test=metric-row]');
  await until([values[0], values[1], original[2]]);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a correction that lost its place (the file read in another encoding) can be discarded, as an undo step', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  const bytes = readFileSync(path.join(root, 'fixtures/formats/001.gbk.txt'));
  await dropFiles(page, [{ name: '001.gbk.txt', content: bytes }]);
  await settle(page, 1);
  await page.waitForSelector('[data-test=metric-row]');
  const label = (await page.textContent('[data-test=metric-row][data-metric="0"] .c-label')).trim();
  await page.click('[data-test=metric-row][data-metric="0"]');
  await page.fill('[data-test=edit-label]', `${label}（更正）`);
  await page.click('[data-test=metric-save]');
  await recomputed(page);
  // Saving waits for the worker to read the form (hooks/use_typed.rs): the correction exists once
  // the table shows it, and only then is the file read again.
  await page.waitForFunction((l) => document.querySelector('[data-test=metric-row][data-metric="0"] .c-label')?.textContent.includes(l), `${label}（更正）`);
  // Read as Big5, the text it was made on is gone: the correction is listed, not dropped.
  await page.locator('[data-test=encoding]').selectOption('Big5');
  await page.click('.tabs [role=tab] >> nth=1');
  await page.waitForSelector('[data-test=unplaced-item]', { timeout: 30000 });
  await page.click('[data-test=unplaced-discard]');
  await page.waitForSelector('[data-test=unplaced]', { state: 'detached' });
  await page.keyboard.press('Control+z');
  await page.waitForSelector('[data-test=unplaced-item]');
  assert.match(await page.textContent('[data-test=notice]'), /已撤销.*舍弃/);
  await shot(page, 'corrections-unplaced-discard');
  await page.keyboard.press('Control+Shift+z');
  await page.waitForSelector('[data-test=unplaced]', { state: 'detached' });
  // Read right again: the discarded correction does not come back.
  await page.locator('[data-test=encoding]').selectOption('GB18030');
  await page.click('.tabs [role=tab] >> nth=0');
  await page.waitForFunction((l) => document.querySelector('[data-test=metric-row][data-metric="0"] .c-label')?.textContent.trim() === l, label);
  assert.deepEqual(errors, []);
  await page.close();
});
