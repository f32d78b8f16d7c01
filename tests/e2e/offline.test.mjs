// Offline and private: the single-file build from file:// with the network blocked (and after
// "save page as"), the hosted build under a sub-path with every request counted, and the
// service worker serving the app with the network gone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { serve, launch, shot, openApp, paste, settle, seedText, dist, freshStorage } from './harness.mjs';

const SEED = '001_af3bfae49ce3fd86.txt';
let context;

before(async () => { context = await launch(); });
after(async () => { await context?.close(); });

/** Blocks and records every request that is not a file:, data: or blob: URL. */
async function blockNetwork(page) {
  const attempts = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    attempts.push(url);
    return route.abort();
  });
  return attempts;
}

async function checkSingleFile(url, label) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await freshStorage(page, url);
  const attempts = await blockNetwork(page);
  await page.goto(url);
  await page.waitForSelector('.app', { timeout: 30000 });
  await paste(page, seedText(SEED));
  await page.waitForSelector('[data-test=heading]', { timeout: 30000 });
  assert.equal(await page.locator('[data-test=heading]').count(), 17, label);
  // Exports work offline too (the worker builds the workbook).
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=export-xlsx]')]);
  assert.match(download.suggestedFilename(), /\.xlsx$/);
  // So does a comparison, its chart a blob: image (allowed by this file's own CSP).
  await paste(page, seedText(SEED));
  await page.waitForFunction(() => document.querySelectorAll('[data-test=report-check]').length === 2, null, { timeout: 30000 });
  await page.click('[data-test=check-all]');
  await page.click('[data-test=compare]');
  await page.waitForFunction(() => document.querySelector('[data-test=compare-chart]')?.naturalWidth > 0, null, { timeout: 30000 });
  await shot(page, `single-file-${label}`);
  assert.deepEqual(attempts, [], 'no network request');
  assert.deepEqual(errors, []);
  return page;
}

test('dist/gangmu.html works from file:// with the network blocked, and after "save page as"', async () => {
  const page = await checkSingleFile(pathToFileURL(path.join(dist, 'gangmu.html')).href, 'file');
  // "Save page as" (complete) writes the live DOM: the head scripts plus the rendered body.
  const saved = await page.content();
  await page.close();
  const dir = await mkdtemp(path.join(tmpdir(), 'gangmu-saved-'));
  const file = path.join(dir, '纲目 - 已保存.html');
  await writeFile(file, saved);
  (await checkSingleFile(pathToFileURL(file).href, 'saved')).close();
});

test('under a sub-path: only the app\'s own files are requested, and it works offline afterwards', async () => {
  const server = await serve('/tools/gangmu/');
  try {
    const { page, errors } = await openApp(context, server.url);
    const external = [];
    page.on('request', (r) => { if (!r.url().startsWith(server.url) && !/^(blob|data):/.test(r.url())) external.push(r.url()); });
    await page.click('[data-test=samples]');
    await settle(page, 5);
    assert.equal(await page.locator('.badge.done').count(), 5);
    assert.deepEqual(external, []);
    assert.ok(server.requests.every((r) => r.startsWith('/tools/gangmu/')), server.requests.join('\n'));
    // Count what the page asked for: the app's own files only.
    const own = new Set(server.requests.map((r) => r.split('?')[0].replace('/tools/gangmu/', '') || 'index.html'));
    for (const f of own) assert.match(f, /^(index\.html|app-.*\.css|gangmu-(web|worker).*\.(js|wasm)|manifest\.webmanifest|icon\.svg|sw\.js)$/);
    // The service worker has cached the app: reload with the network gone.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller || true);
    await page.reload();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('.app', { timeout: 30000 });
    await paste(page, seedText(SEED));
    await page.waitForSelector('[data-test=heading]', { timeout: 30000 });
    assert.equal(await page.locator('[data-test=heading]').count(), 17);
    await shot(page, 'offline-subpath');
    assert.deepEqual(errors.filter((e) => !e.includes('net::ERR_INTERNET_DISCONNECTED')), []);
    await page.close();
  } finally {
    await context.setOffline(false);
    await server.close();
  }
});
