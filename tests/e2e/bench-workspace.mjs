// Workspace benchmarks (figures for BENCHMARKS.md, not pass/fail): restore after a reload for
// N reports (the list back; every body back), storage used per report, and restore after a
// change of engine (every report read again from its stored source in the workers, corrections
// re-applied). Usage: node tests/e2e/bench-workspace.mjs [N ...]
// (A correction's latency is measured by tests/e2e/bench-corrections.mjs.)
import { serve, launch, openApp, dropFiles, settle, seeds, seedText } from './harness.mjs';

const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);
const server = await serve('/');
const context = await launch();
const names = seeds();

for (const n of counts.length ? counts : [200, 2000]) {
  const { page } = await openApp(context, server.url);
  await page.waitForSelector('.app[data-engine=worker]', { timeout: 60000 });
  // Drop in chunks of 200 so the test's own DataTransfer does not dominate.
  const t00 = Date.now();
  for (let i = 0; i < n; i += 200) {
    const files = [];
    for (let j = i; j < Math.min(n, i + 200); j++) files.push({ name: `${j}_${names[j % 5]}`, content: seedText(names[j % 5]) });
    await dropFiles(page, files);
    await settle(page, Math.min(n, i + 200), 600000);
  }
  console.log(`${n} reports dropped and analysed (for comparison, same machine and load): ${Date.now() - t00} ms`);
  // Let the last writes land.
  await page.waitForTimeout(2000);
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage);
  const t0 = Date.now();
  await page.reload();
  await page.waitForFunction((n) => document.querySelector('.report-list .count')?.textContent.includes(String(n)), n, { timeout: 600000 });
  const listed = Date.now() - t0;
  await page.waitForFunction(() => !document.querySelector('.badge.restoring, .badge.queued, .badge.working')
    && !document.querySelector('[data-test=progress]'), null, { timeout: 600000 });
  const all = Date.now() - t0;
  console.log(`${n} reports: list back ${listed} ms, every report back ${all} ms; storage ${(usage / 1048576).toFixed(1)} MB = ${(usage / n / 1024).toFixed(1)} KB per report`);
  // As if an older engine had stored them: each is read again from its source in the workers.
  await page.evaluate(() => new Promise((done, fail) => {
    const open = indexedDB.open('gangmu');
    open.onsuccess = () => {
      const tx = open.result.transaction('reports', 'readwrite');
      tx.objectStore('reports').openCursor().onsuccess = (e) => {
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
  const t1 = Date.now();
  await page.reload();
  await page.waitForFunction((n) => document.querySelector('.report-list .count')?.textContent.includes(String(n)), n, { timeout: 600000 });
  const listed2 = Date.now() - t1;
  await page.waitForFunction(() => !document.querySelector('.badge.restoring, .badge.queued, .badge.working')
    && !document.querySelector('[data-test=progress]'), null, { timeout: 600000 });
  console.log(`${n} reports after an engine change: list back ${listed2} ms, every report read again ${Date.now() - t1} ms`);
  await page.close();
}

await context.close();
await server.close();
