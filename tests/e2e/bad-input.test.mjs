// Bad input in the browser (issue 4), one test per class: each bad file gets a message in the
// UI's language next to its name, the other files of the drop still work, and the page keeps
// painting (long tasks are measured). The CLI's side is crates/cli/tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { servedApp, shot, openApp, settle, seedText, root } from './harness.mjs';

const SEED_001 = '001_af3bfae49ce3fd86.txt';
const bad = (name) => readFileSync(path.join(root, 'fixtures/formats/bad', name));
const app = servedApp();

/** Builds the File objects in the page first, so long tasks measure the app, not the setup. */
async function stage(page, files) {
  const payload = files.map((f) => ({ name: f.name, b64: Buffer.from(f.content).toString('base64') }));
  await page.evaluate((files) => {
    window.__dt = new DataTransfer();
    for (const f of files) {
      const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
      window.__dt.items.add(new File([bytes], f.name, { type: 'text/plain' }));
    }
  }, payload);
}

/** Drops the staged files on the page the way a file manager does. */
async function drop(page) {
  await page.evaluate(() => {
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: window.__dt }));
    }
  });
}

/** Starts recording long tasks (≥ 50 ms on the page thread) and the longest frame gap. */
async function watchTasks(page) {
  await page.evaluate(() => {
    window.__tasks = [];
    window.__gap = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push(e.duration); })
      .observe({ type: 'longtask' });
    let last = performance.now();
    const tick = (t) => { window.__gap = Math.max(window.__gap, t - last); last = t; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
}

async function tasks(page) {
  return page.evaluate(() => ({ longest: Math.max(0, ...window.__tasks), count: window.__tasks.length, gap: window.__gap }));
}

/** Scrolls the (virtualised) report list to the `index`th report. */
async function reveal(page, index) {
  await page.evaluate((i) => { document.querySelector('.report-list .scroller').scrollTop = Math.max(0, i * 66 - 100); }, index);
}

/** The status and the message shown for the report listed under `name` (`index` in the list). */
async function row(page, name, index) {
  if (index !== undefined) await reveal(page, index);
  const r = page.locator(`[data-test=report-row][title=${JSON.stringify(name)}]`);
  return {
    status: (await r.getAttribute('class')).split(' ').find((c) => ['done', 'failed', 'stopped'].includes(c)),
    title: await r.locator('.report-title').textContent(),
    detail: await r.locator('.report-detail').textContent(),
  };
}

// A text with NUL bytes, and one with invalid UTF-8 sequences: both are read (with a note).
const seed = Buffer.from(seedText(SEED_001), 'utf8');
const nulAt = seed.indexOf(0x0a, 600) + 1;
const withNuls = Buffer.concat([seed.subarray(0, nulAt), Buffer.from([0, 0, 0]), seed.subarray(nulAt)]);
const lineEnd = seed.indexOf(0x0a, 2000);
const withInvalid = Buffer.concat([seed.subarray(0, lineEnd), Buffer.from([0xff, 0xfe, 0xc3]), seed.subarray(lineEnd)]);
const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(200, 7)]);
const zip = Buffer.concat([Buffer.from('504b0304140000000800', 'hex'), Buffer.alloc(200, 3)]);
const exe = Buffer.concat([Buffer.from('4d5a90000300000004000000ffff0000', 'hex'), Buffer.alloc(300, 0)]);

// name, content, expected status, a word of the Chinese message, a word of the English one.
const CASES = [
  ['空文件.txt', '', 'failed', '空的', 'empty'],
  ['image.png.txt', png, 'failed', '不是文本文件', 'not a text file'],
  ['archive.txt', zip, 'failed', '不是文本文件', 'not a text file'],
  ['setup.exe.txt', exe, 'failed', '不是文本文件', 'not a text file'],
  ['truncated.docx', bad('truncated.docx'), 'failed', '损坏', 'damaged'],
  ['bomb.docx', bad('bomb.docx'), 'failed', '上限', 'zip bomb'],
  ['bomb-lying.docx', bad('bomb-lying.docx'), 'failed', '上限', 'zip bomb'],
  ['encrypted.pdf', bad('encrypted.pdf'), 'failed', '加密', 'encrypted'],
  ['scanned.pdf', bad('scanned.pdf'), 'failed', '扫描', 'scanned'],
  ['legacy.doc', bad('legacy.doc'), 'failed', '旧版 Word', 'old Word'],
  ['nul.txt', withNuls, 'done', '空字符', 'NUL'],
  ['invalid.txt', withInvalid, 'done', '无效字节', 'invalid'],
];

test('every class of bad file gets a message in the UI language, naming it; the rest of the drop works', async (t) => {
  const { page, errors } = await openApp(app.context, app.server.url);
  await page.waitForSelector('.app[data-engine=worker]');
  await stage(page, [...CASES.map(([name, content]) => ({ name, content })), { name: SEED_001, content: seedText(SEED_001) }]);
  await watchTasks(page);
  await drop(page);
  await settle(page, CASES.length + 1);
  for (const [i, [name, , status, zh]] of CASES.entries()) {
    const r = await row(page, name, i);
    assert.equal(r.status, status, name);
    if (status === 'failed') {
      assert.equal(r.title, name, 'the row names the file');
      assert.ok(r.detail.includes(zh), `${name}: ${r.detail}`);
    }
  }
  // A file read with a note shows it above the report.
  const notes = () => page.locator('.decode-note').allTextContents();
  for (const [i, [name, , status, zh]] of CASES.entries()) {
    if (status !== 'done') continue;
    await reveal(page, i);
    await page.locator(`[data-test=report-row][title=${JSON.stringify(name)}]`).click();
    await page.waitForSelector('.decode-note');
    assert.ok((await notes()).some((n) => n.includes(zh)), name);
  }
  // NULs are dropped and the report is whole.
  await reveal(page, 10);
  await page.locator('[data-test=report-row][title="nul.txt"]').click();
  await page.waitForFunction(() => document.querySelector('[data-test=heading-count]')?.textContent === '17');
  // Three bad bytes make the whole file fail as UTF-8, so the detector guesses another
  // encoding and says so; choosing UTF-8 gives the report back, with the 3 bytes replaced.
  await reveal(page, 11);
  await page.locator('[data-test=report-row][title="invalid.txt"]').click();
  await page.waitForSelector('[data-test=encoding]');
  if ((await page.locator('[data-test=encoding]').inputValue()) !== 'UTF-8') {
    assert.ok((await notes()).some((n) => n.includes('手动选择编码')), 'the note points to the encoding choice');
    await page.locator('[data-test=encoding]').selectOption('UTF-8');
  }
  await page.waitForFunction(() => document.querySelector('[data-test=heading-count]')?.textContent === '17');
  assert.ok((await notes()).some((n) => n.includes('3 处无效字节')), (await notes()).join(' | '));
  // A failed file, selected: its name and the message in the summary.
  await reveal(page, 9);
  await page.locator('[data-test=report-row][title="legacy.doc"]').click();
  assert.equal(await page.textContent('[data-test=report-title]'), 'legacy.doc');
  assert.match(await page.textContent('.summary-error'), /另存为/);
  // The good file still works.
  await reveal(page, CASES.length);
  await page.locator(`[data-test=report-row][title="${SEED_001}"]`).click();
  await page.waitForSelector('[data-test=heading]');
  assert.equal(await page.locator('[data-test=heading]').count(), 17);
  await shot(page, 'bad-input-zh');
  // In English the same messages are in English.
  await page.click('[data-test=lang]');
  for (const [i, [name, , status, , en]] of CASES.entries()) {
    if (status !== 'failed') continue;
    const r = await row(page, name, i);
    assert.ok(r.detail.includes(en) && !/[\u4e00-\u9fff]/.test(r.detail), `${name}: ${r.detail}`);
  }
  await shot(page, 'bad-input-en');
  const long = await tasks(page);
  t.diagnostic(`longest task ${long.longest.toFixed(0)} ms, ${long.count} long tasks, longest frame gap ${long.gap.toFixed(0)} ms`);
  assert.ok(long.longest < 2000, `the page never froze (longest task ${long.longest} ms)`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a 50 MB text file is refused with a message; the page stays responsive and the next file works', async (t) => {
  const { page, errors } = await openApp(app.context, app.server.url);
  await page.waitForSelector('.app[data-engine=worker]');
  // Built in the page: the seed repeated to 50 MB, then a normal file in the same drop.
  await page.evaluate(({ text, small }) => {
    const chunk = new TextEncoder().encode(text);
    const parts = Array(Math.ceil((50 << 20) / chunk.length)).fill(chunk);
    window.__dt = new DataTransfer();
    window.__dt.items.add(new File(parts, '大文件.txt', { type: 'text/plain' }));
    window.__dt.items.add(new File([small], 'small.txt', { type: 'text/plain' }));
  }, { text: seedText(SEED_001), small: seedText(SEED_001) });
  await watchTasks(page);
  await drop(page);
  await settle(page, 2, 120000);
  const big = await row(page, '大文件.txt', 0);
  assert.equal(big.status, 'failed');
  assert.match(big.detail, /文件太大/);
  assert.equal((await row(page, 'small.txt', 1)).status, 'done');
  const long = await tasks(page);
  t.diagnostic(`50 MB: longest task ${long.longest.toFixed(0)} ms, longest frame gap ${long.gap.toFixed(0)} ms`);
  assert.ok(long.longest < 2000, `the page never froze (longest task ${long.longest} ms)`);
  await shot(page, 'bad-input-50mb');
  assert.deepEqual(errors, []);
  await page.close();
});

test('ten thousand tiny files in one drop, some of them empty: all listed and analysed', async (t) => {
  const { page, errors } = await openApp(app.context, app.server.url);
  await page.waitForSelector('.app[data-engine=worker]');
  await page.evaluate(() => {
    window.__dt = new DataTransfer();
    for (let i = 0; i < 10000; i++) {
      const body = i % 1000 === 999 ? '' : `一、总体情况\n第${i}份：审结行政复议案件${i % 97}件，办结率${i % 100}%。\n二、存在问题\n`;
      window.__dt.items.add(new File([body], `tiny-${i}.txt`, { type: 'text/plain' }));
    }
  });
  await watchTasks(page);
  await drop(page);
  await page.waitForSelector('[data-test=progress]');
  await settle(page, 10000, 300000);
  assert.match(await page.textContent('.report-list .count'), /10000/);
  assert.equal(await page.locator('[data-test=stopped-count]').count(), 0);
  // The list is virtualised; scroll to the end and check the last rows.
  await page.evaluate(() => { const s = document.querySelector('.report-list .scroller'); s.scrollTop = s.scrollHeight; });
  await page.waitForSelector('[data-test=report-row][title="tiny-9999.txt"]');
  assert.equal((await row(page, 'tiny-9999.txt', 9999)).status, 'failed');
  assert.equal((await row(page, 'tiny-9998.txt', 9998)).status, 'done');
  assert.equal(await page.locator('[data-test=report-row]').count() < 100, true, 'the list stays virtualised');
  await page.locator('[data-test=report-row][title="tiny-9998.txt"]').click();
  await page.waitForSelector('[data-test=heading]');
  assert.equal(await page.locator('[data-test=heading]').count(), 2);
  const long = await tasks(page);
  t.diagnostic(`10 000 files: longest task ${long.longest.toFixed(0)} ms, ${long.count} long tasks, longest frame gap ${long.gap.toFixed(0)} ms`);
  assert.ok(long.longest < 2000, `the page never froze (longest task ${long.longest} ms)`);
  await shot(page, 'bad-input-10000');
  assert.deepEqual(errors, []);
  await page.close();
});
