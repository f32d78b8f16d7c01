// The workspace kept in the browser (issue 8): the batch comes back after a reload (as stored,
// or read again under a new engine), two tabs share it, clearing asks first, and where the
// browser cannot keep it (no storage, a full quota) a notice says so. Also from file://.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { servedApp, shot, openApp, paste, settle, seedText, dist, freshStorage, watchErrors, storedReports } from './harness.mjs';

const SEED = '001_af3bfae49ce3fd86.txt';
const app = servedApp();

/** Titles of the listed reports, in order. */
const titles = (page) => page.locator('[data-test=report-row] .report-title').allTextContents();

/** Waits until `n` reports are listed and none is restoring, queued or working. */
async function restored(page, n) {
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-test=report-row]').length === n
      && !document.querySelector('.badge.restoring, .badge.queued, .badge.working'),
    n, { timeout: 30000 },
  );
}

/** The selected report's outline: `n` headings. The worker reads the selected report for the
 * page (Request::Load), so after a reload it shows once the worker is up, a moment after the
 * list. */
async function outline(page, n) {
  await page.waitForFunction((n) => document.querySelectorAll('[data-test=heading]').length === n, n, { timeout: 30000 });
}

/** Records whether any report was (re)analysed on this page: a queued or working badge. */
async function watchAnalysis(page) {
  await page.addInitScript(() => {
    window.__analysed = 0;
    new MutationObserver(() => {
      if (document.querySelector('.badge.queued, .badge.working')) window.__analysed++;
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
}

test('the batch comes back after a reload, as stored, without analysing it again', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  await page.click('[data-test=samples]');
  await settle(page, 5);
  const before = await titles(page);
  await storedReports(page, 5);
  await page.locator('[data-test=report-row]').nth(3).click();
  const headings = await page.textContent('[data-test=heading-count]');
  await watchAnalysis(page);
  const t0 = Date.now();
  await page.reload();
  await restored(page, 5);
  const ms = Date.now() - t0;
  assert.deepEqual(await titles(page), before, 'same reports, same order');
  assert.equal(await page.evaluate(() => window.__analysed), 0, 'nothing analysed again');
  await page.locator('[data-test=report-row]').nth(3).click();
  assert.equal(await page.textContent('[data-test=heading-count]'), headings);
  await page.waitForSelector('[data-test=metric-row]');
  console.log(`# reload → 5 reports restored in ${ms} ms`);
  await shot(page, 'workspace-restored');
  assert.deepEqual(errors, []);
  await page.close();
});

test('stored by another engine: the reports are read again from their sources', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  await paste(page, seedText(SEED));
  await settle(page, 1);
  await storedReports(page, 1);
  // Pretend an older engine stored it.
  await page.evaluate(() => new Promise((done, fail) => {
    const open = indexedDB.open('gangmu');
    open.onsuccess = () => {
      const tx = open.result.transaction('reports', 'readwrite');
      const store = tx.objectStore('reports');
      store.openCursor().onsuccess = (e) => {
        const c = e.target.result;
        if (!c) return;
        const meta = JSON.parse(c.value);
        meta.engine = 'older';
        c.update(JSON.stringify(meta));
        c.continue();
      };
      tx.oncomplete = () => { open.result.close(); done(); };
      tx.onerror = () => fail(tx.error);
    };
  }));
  await watchAnalysis(page);
  await page.reload();
  await restored(page, 1);
  assert.ok(await page.evaluate(() => window.__analysed) > 0, 'analysed again');
  await outline(page, 17);
  assert.deepEqual(errors, []);
  await page.close();
});

test('two tabs share the workspace: what one adds or removes, the other shows', async () => {
  const a = await openApp(app.context, app.server.url);
  const b = await openApp(app.context, app.server.url, { keep: true });
  await paste(a.page, seedText(SEED));
  await settle(a.page, 1);
  await restored(b.page, 1);
  assert.equal((await titles(b.page)).length, 1);
  await paste(b.page, seedText('003_14774531c7e6819b.txt'));
  await restored(a.page, 2);
  assert.deepEqual(await titles(a.page), await titles(b.page));
  await shot(b.page, 'workspace-two-tabs');
  // B removes the first report; A follows.
  await b.page.locator('[data-test=report-row]').first().locator('.remove').click();
  await restored(a.page, 1);
  // A reload of either shows what both agree on.
  await a.page.reload();
  await restored(a.page, 1);
  assert.deepEqual(await titles(a.page), await titles(b.page));
  assert.deepEqual([...a.errors, ...b.errors], []);
  await a.page.close();
  await b.page.close();
});

test('清空工作区 asks first; confirmed, the workspace is empty after a reload too', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  await page.click('[data-test=samples]');
  await settle(page, 5);
  await storedReports(page, 5);
  await page.click('[data-test=clear-workspace]');
  await page.waitForSelector('[data-test=clear-dialog]');
  await shot(page, 'workspace-clear-confirm');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-test=clear-dialog]', { state: 'detached' });
  assert.equal((await titles(page)).length, 5, 'nothing removed without the confirmation');
  await page.click('[data-test=clear-workspace]');
  await page.click('[data-test=clear-confirm]');
  await page.waitForSelector('[data-test=report-row]', { state: 'detached' });
  await page.waitForTimeout(300);
  await page.reload();
  await page.waitForSelector('.app');
  await page.waitForTimeout(1000);
  assert.equal(await page.locator('[data-test=report-row]').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('no storage in this browser: a notice says the work is not kept; the app still works', async () => {
  const page = await app.context.newPage();
  const errors = watchErrors(page);
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
  await page.goto(app.server.url);
  await page.waitForSelector('[data-test=storage-notice][data-kind=unavailable]');
  await paste(page, seedText(SEED));
  await settle(page, 1);
  assert.equal(await page.locator('[data-test=heading]').count(), 17);
  await shot(page, 'workspace-no-storage');
  // In English too.
  await page.click('[data-test=lang]');
  assert.match(await page.textContent('[data-test=storage-notice]'), /cannot keep the workspace/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a full quota: the notice says storage is full', async () => {
  const page = await app.context.newPage();
  const errors = watchErrors(page);
  await freshStorage(page, app.server.url);
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto(app.server.url);
  await page.waitForSelector('.app');
  await paste(page, seedText(SEED));
  await page.waitForSelector('[data-test=storage-notice][data-kind=full]', { timeout: 30000 });
  assert.equal(await page.locator('[data-test=heading]').count(), 17, 'the report is still shown');
  await shot(page, 'workspace-quota');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the single file opened from file:// keeps the workspace too (Chromium)', async () => {
  const url = pathToFileURL(path.join(dist, 'gangmu.html')).href;
  const page = await app.context.newPage();
  const errors = watchErrors(page);
  await freshStorage(page, url);
  await page.goto(url);
  await page.waitForSelector('.app', { timeout: 30000 });
  await paste(page, seedText(SEED));
  await settle(page, 1);
  await storedReports(page, 1);
  await page.reload();
  await restored(page, 1);
  await outline(page, 17);
  assert.deepEqual(errors, []);
  await page.close();
});
