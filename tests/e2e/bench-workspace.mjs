// Workspace benchmarks (figures for BENCHMARKS.md, not pass/fail): restore after a reload for
// N reports (the list back; every body back), storage used per report, and a correction until
// the table and the checks show it. Usage: node tests/e2e/bench-workspace.mjs [N ...]
import { serve, launch, openApp, dropFiles, settle, seeds, seedText } from './harness.mjs';

const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);
const server = await serve('/');
const context = await launch();
const names = seeds();

for (const n of counts.length ? counts : [200, 2000]) {
  const { page } = await openApp(context, server.url);
  await page.waitForSelector('.app[data-engine=worker]', { timeout: 60000 });
  // Drop in chunks of 200 so the test's own DataTransfer does not dominate.
  for (let i = 0; i < n; i += 200) {
    const files = [];
    for (let j = i; j < Math.min(n, i + 200); j++) files.push({ name: `${j}_${names[j % 5]}`, content: seedText(names[j % 5]) });
    await dropFiles(page, files);
    await settle(page, Math.min(n, i + 200), 600000);
  }
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
  await page.close();
}

// A correction until the table and the checks show it (seed 003, median of 10).
{
  const { page } = await openApp(context, server.url);
  await page.waitForSelector('.app[data-engine=worker]', { timeout: 60000 });
  await dropFiles(page, [{ name: names[3], content: seedText(names[3]) }]);
  await settle(page, 1);
  await page.click('[data-test=metric-row][data-metric="0"]');
  await page.waitForSelector('[data-test=metric-detail]');
  const times = [];
  for (let i = 0; i < 10; i++) {
    const label = `更正 ${i}`;
    await page.fill('[data-test=edit-label]', label);
    const t0 = await page.evaluate(() => performance.now());
    await page.click('[data-test=metric-save]');
    await page.waitForFunction((l) => document.querySelector('[data-test=metric-row][data-metric="0"] .c-label')?.textContent.includes(l)
      && !document.querySelector('[data-test=metric-detail] .spinner'), label);
    const t1 = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now()))));
    times.push(t1 - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`a correction until the table and checks show it: median ${times[5].toFixed(1)} ms (min ${times[0].toFixed(1)}, max ${times[9].toFixed(1)})`);
  await page.close();
}

await context.close();
await server.close();
