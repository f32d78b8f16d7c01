// A worker that traps (a panic in the wasm, or any exception out of its handler): the page fails
// that report with a message in the UI's language, says which others were interrupted, replaces
// the worker, and the next files are analysed as before. No input of ours makes the core panic,
// so the trap is made here: the test serves the worker's glue with a wrapper that throws a
// `WebAssembly.RuntimeError` (what a Rust panic becomes in the browser) for one file name. The
// product has no hook for it; the page sees exactly what its bootstrap reports for a real trap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp, shot, freshStorage, watchErrors, dropFiles, settle, seeds, seedText, storedReports } from './harness.mjs';

const app = servedApp();
const TRAP = 'trap-here.txt';

/** Appended to the worker glue: the bootstrap (appended after it by the page) calls
 * `wasm_bindgen.handle` for each job; a job whose head names TRAP throws instead. */
const WRAPPER = `
;(function () {
  var handle = wasm_bindgen.handle;
  wasm_bindgen.handle = function (m) {
    if (m && typeof m.head === 'string' && m.head.indexOf(${JSON.stringify(TRAP)}) >= 0) {
      throw new WebAssembly.RuntimeError('unreachable executed');
    }
    return handle(m);
  };
})();
`;

async function rows(page) {
  return page.$$eval('[data-test=report-row]', (rs) => rs.map((r) => ({
    name: r.getAttribute('title'),
    status: r.className.split(' ').find((c) => ['done', 'failed', 'stopped'].includes(c)),
    detail: r.querySelector('.report-detail')?.textContent ?? '',
  })));
}

test('a worker that traps fails its report with a message, is replaced, and the rest of the drop and the next drop work', async () => {
  const page = await app.context.newPage();
  const errors = watchErrors(page);
  await freshStorage(page, app.server.url);
  // The service worker would answer from its cache, out of the test's reach: bypass it.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setBypassServiceWorker', { bypass: true });
  let wrapped = 0;
  await page.route(/gangmu-worker\.js/, async (route) => {
    const response = await route.fetch();
    wrapped += 1;
    await route.fulfill({ response, body: (await response.text()) + WRAPPER });
  });
  await page.goto(app.server.url);
  await page.waitForSelector('.app[data-engine=worker]');
  assert.ok(wrapped >= 1, 'the worker glue went through the wrapper');

  const [a, b, c] = seeds();
  await dropFiles(page, [
    { name: a, content: seedText(a) },
    { name: TRAP, content: seedText(b) },
    { name: c, content: seedText(c) },
  ]);
  await settle(page, 3);
  const first = await rows(page);
  const trapped = first.find((r) => r.name === TRAP);
  assert.equal(trapped.status, 'failed');
  assert.match(trapped.detail, /分析时出现内部错误（unreachable executed）；其他报告不受影响/);
  // The others are analysed, or (if the trapped worker held them too: their bytes went with it)
  // said to be interrupted, with what to do.
  for (const r of first.filter((r) => r.name !== TRAP)) {
    assert.ok(r.status === 'done' || /分析被中断，请重新添加此文件/.test(r.detail), JSON.stringify(r));
  }
  await shot(page, 'worker-fault');

  // The next drop is analysed by the replacement worker(s): every file done.
  const next = seeds().slice(3).map((name) => ({ name: `again-${name}`, content: seedText(name) }));
  await dropFiles(page, next);
  await settle(page, 3 + next.length);
  const after = await rows(page);
  for (const f of next) {
    assert.equal(after.find((r) => r.name === f.name)?.status, 'done', f.name);
  }
  assert.equal(await page.getAttribute('.app', 'data-engine'), 'worker');
  // The trap is reported in the row, never thrown on the page.
  assert.deepEqual(errors, []);
  await page.close();
});

test('an engine that cannot load: the restored reports are listed and the selected one says why it cannot be shown', async () => {
  // A report analysed and stored with the engine working.
  const page = await app.context.newPage();
  const errors = watchErrors(page);
  await freshStorage(page, app.server.url);
  await page.goto(app.server.url);
  await page.waitForSelector('.app[data-engine=worker]');
  const [name] = seeds();
  await dropFiles(page, [{ name, content: seedText(name) }]);
  await settle(page, 1);
  await storedReports(page, 1);
  await page.close();

  // The same workspace in a page whose engine cannot be fetched (the worker's wasm answers 404).
  const broken = await app.context.newPage();
  const brokenErrors = watchErrors(broken);
  const cdp = await broken.context().newCDPSession(broken);
  await cdp.send('Network.enable');
  await cdp.send('Network.setBypassServiceWorker', { bypass: true });
  await broken.route(/gangmu-worker_bg\.wasm/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await broken.goto(app.server.url);
  await broken.waitForSelector('.app[data-engine=failed]', { timeout: 30000 });
  await broken.waitForSelector('[data-test=report-row]');
  await broken.locator('[data-test=report-row]').first().click();
  // The selected report's panes give the engine's message, not a spinner that never stops.
  await broken.waitForSelector('[data-test=engine-failed]');
  assert.match(await broken.textContent('[data-test=engine-failed]'), /分析引擎无法加载/);
  assert.equal(await broken.locator('.spinner').count(), 0, 'no spinner waits for an engine that will not come');
  await shot(broken, 'engine-failed-restored');
  // Exports the worker makes say why they cannot be made (not an "exporting…" that never ends);
  // the JSON, which the page has, still downloads.
  await broken.click('[data-test=export-xlsx]');
  await broken.waitForFunction(() => /分析引擎无法加载/.test(document.querySelector('[data-test=notice]')?.textContent ?? ''));
  assert.equal(await broken.locator('[data-test=export-xlsx]').isDisabled(), false, 'no export left busy');
  const [json] = await Promise.all([broken.waitForEvent('download'), broken.click('[data-test=export-json]')]);
  assert.match(json.suggestedFilename(), /\.json$/);
  // Only the refused fetch is reported in the console; nothing is thrown on the page.
  assert.deepEqual([...errors, ...brokenErrors].filter((e) => !/404|Failed to load resource/.test(e)), []);
  await broken.close();
});
