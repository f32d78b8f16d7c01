// End-to-end flows of the hosted app (dist/ served by a local static server).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import {
  servedApp, shot, openApp, paste, dropFiles, settle, seeds, seedText, cli, cliRaw, reports, readXlsx, parseCsv,
} from './harness.mjs';

const SEED_001 = '001_af3bfae49ce3fd86.txt';
const app = servedApp();

test('paste seed 001: its 17 headings and its metrics appear', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  await paste(page, seedText(SEED_001));
  await page.waitForSelector('[data-test=heading]');
  const expected = cli(path.join(reports, SEED_001))[0];
  assert.equal(await page.locator('[data-test=heading]').count(), 17);
  assert.equal(expected.outline.length, 17);
  assert.equal(await page.textContent('[data-test=heading-count]'), '17');
  assert.equal(Number(await page.textContent('[data-test=metric-count]')), expected.metrics.length);
  // The heading titles are the CLI's, in order.
  const titles = await page.locator('[data-test=heading] .node-title').allTextContents();
  assert.deepEqual(titles, expected.outline.map((h) => h.title));
  if (expected.metrics.length > 0) {
    await page.waitForSelector('[data-test=metric-row]');
    const first = await page.locator('[data-test=metric-row]').first().locator('.c-label').textContent();
    assert.equal(first, expected.metrics[0].label);
  }
  await shot(page, 'paste-001');
  assert.deepEqual(errors, []);
  await page.close();
});

test('drop several files: each is listed with its counts', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  const names = seeds();
  await dropFiles(page, names.map((name) => ({ name, content: seedText(name) })));
  await settle(page, names.length);
  const rows = page.locator('[data-test=report-row]');
  assert.equal(await rows.count(), names.length);
  const listed = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('title')));
  assert.deepEqual(listed.sort(), names);
  assert.equal(await page.locator('.badge.done').count(), names.length);
  await shot(page, 'drop-5');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a large batch shows progress and stops at once; the engine works again after Stop', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  await page.waitForSelector('.app[data-engine=worker]');
  const names = seeds();
  const files = Array.from({ length: 400 }, (_, i) => ({ name: `${i}_${names[i % 5]}`, content: seedText(names[i % 5]) }));
  await dropFiles(page, files);
  await page.waitForSelector('[data-test=progress]');
  await shot(page, 'batch-progress');
  await page.click('[data-test=stop]');
  await page.waitForSelector('[data-test=progress]', { state: 'detached' });
  const stopped = Number(await page.getAttribute('[data-test=stopped-count]', 'data-count'));
  assert.ok(stopped > 0 && stopped < 400, `some reports were stopped (${stopped})`);
  await shot(page, 'batch-stopped');
  // The list is virtualised: count from the header instead of the rows.
  assert.match(await page.textContent('.report-list .count'), /400/);
  // Nothing is still queued or working, and new work runs on fresh workers.
  assert.equal(await page.locator('.badge.queued, .badge.working').count(), 0);
  await paste(page, seedText('001_af3bfae49ce3fd86.txt'));
  await page.waitForSelector('.report-row.selected .badge.done', { timeout: 30000 });
  assert.equal(await page.locator('[data-test=heading]').count(), 17);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a file that is not a report gets a clear message; the others still work', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  await dropFiles(page, [
    { name: 'scan.pdf', content: Buffer.from('%PDF-1.4\n%\xe2\xe3\n1 0 obj\n<<>>\nendobj\n', 'latin1') },
    { name: 'empty.txt', content: '' },
    { name: SEED_001, content: seedText(SEED_001) },
  ]);
  await settle(page, 3);
  assert.equal(await page.locator('.badge.failed').count(), 2);
  assert.equal(await page.locator('.badge.done').count(), 1);
  const detail = await page.locator('.report-row.failed .report-detail').first().textContent();
  assert.ok(detail.length > 4, detail);
  await shot(page, 'bad-files');
  assert.deepEqual(errors, []);
  await page.close();
});

test('click a metric: the source text scrolls to it and highlights it', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  const name = '003_14774531c7e6819b.txt';
  await paste(page, seedText(name));
  const expected = cli(path.join(reports, name))[0];
  assert.ok(expected.metrics.length > 5, 'seed 003 has metrics');
  await page.waitForSelector('[data-test=metric-row]');
  // A metric far down the text, so scrolling is needed.
  const target = expected.metrics.length - 1;
  await page.fill('[data-test=metric-filter]', expected.metrics[target].label);
  const row = page.locator(`[data-test=metric-row][data-metric="${target}"]`);
  await row.click();
  const mark = page.locator('.source mark.active');
  await mark.first().waitFor({ state: 'visible' });
  assert.equal(await mark.first().getAttribute('data-metric'), String(target));
  const shown = (await mark.allTextContents()).join('');
  assert.equal(shown, expected.metrics[target].text);
  assert.ok(await mark.first().isVisible());
  const box = await mark.first().boundingBox();
  const pane = await page.locator('[data-test=source]').boundingBox();
  assert.ok(box.y >= pane.y && box.y + box.height <= pane.y + pane.height, 'the mark is inside the visible pane');
  await shot(page, 'metric-highlight');
  // Keyboard: Tab onto a row and press Enter.
  await page.fill('[data-test=metric-filter]', '');
  await page.locator('[data-test=metric-row]').first().focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('.source mark.active[data-metric="0"]');
  assert.deepEqual(errors, []);
  await page.close();
});

test('export CSV and XLSX: parsed back, the rows equal the CLI output', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  const names = ['001_af3bfae49ce3fd86.txt', '003_14774531c7e6819b.txt'];
  await dropFiles(page, names.map((name) => ({ name, content: seedText(name) })));
  await settle(page, 2);
  const expected = names.flatMap((n) => cli(path.join(reports, n)).map((r) => ({ ...r, file: n })));
  const expectedRows = expected.flatMap((r) => r.metrics.map((m) => [r.file, m.label, m.value, m.unit ?? '', m.span[0], m.span[1]]));
  await page.selectOption('[data-test=export-scope]', 'all');

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=export-csv]')]);
  const csvBytes = await readFile(await csvDownload.path());
  assert.deepEqual([...csvBytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  // The web app's CSV is the CLI's, byte for byte.
  assert.equal(csvBytes.toString('utf8'), cliRaw(['extract', '--format', 'csv', '--lang', 'zh', ...names]).toString('utf8'));
  const csv = parseCsv(csvBytes.toString('utf8').slice(1));
  const header = csv[0];
  const col = (n) => header.indexOf(n);
  const csvRows = csv.slice(1).filter((r) => r.length > 1).map((r) => [
    r[col('文件')], r[col('指标')].replace(/^'(?=[=+\-@])/, ''), Number(r[col('数值')]), r[col('单位')], Number(r[col('起始字节')]), Number(r[col('结束字节')]),
  ]);
  assert.deepEqual(csvRows, expectedRows);

  const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=export-xlsx]')]);
  assert.match(xlsxDownload.suggestedFilename(), /\.xlsx$/);
  const book = readXlsx(await readFile(await xlsxDownload.path()));
  assert.deepEqual(Object.keys(book), ['指标', '提纲', '核查发现']);
  const [xh, ...xrows] = book['指标'];
  const xc = (n) => xh.indexOf(n);
  const xlsxRows = xrows.map((r) => [r[xc('文件')], r[xc('指标')], r[xc('数值')], r[xc('单位')] ?? '', r[xc('起始字节')], r[xc('结束字节')]]);
  assert.deepEqual(xh, csv[0], 'the metric sheet has the CSV\'s columns');
  assert.deepEqual(xlsxRows, expectedRows);
  for (const r of xrows) assert.equal(typeof r[xc('数值')], 'number', 'values are number cells');
  assert.equal(book['提纲'].length - 1, expected.reduce((n, r) => n + r.outline.length, 0));

  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=export-json]')]);
  const jsonText = await readFile(await jsonDownload.path(), 'utf8');
  // The JSON export is the CLI's output, byte for byte (same names, same source encoding).
  assert.equal(jsonText, cliRaw(['extract', ...names]).toString('utf8'));
  const lines = jsonText.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.metrics), expected.map((r) => r.metrics));
  assert.deepEqual(lines.map((l) => l.outline), expected.map((r) => r.outline));
  assert.deepEqual(errors, []);
  await page.close();
});

test('copy table gives TSV that pastes into a spreadsheet', async () => {
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { page, errors } = await openApp(app.context, app.server.url);
  const name = '003_14774531c7e6819b.txt';
  await paste(page, seedText(name));
  await page.waitForSelector('[data-test=metric-row]');
  await page.click('[data-test=copy-table]');
  await page.waitForSelector('[data-test=notice]');
  const tsv = await page.evaluate(() => navigator.clipboard.readText());
  // Only the final line break: the last cells may be empty (trailing tabs are data).
  const lines = tsv.replace(/\n$/, '').split('\n');
  const expected = cli(path.join(reports, name))[0];
  assert.equal(lines.length, expected.metrics.length + 1);
  assert.ok(lines.every((l) => l.split('\t').length === lines[0].split('\t').length), 'same columns in every row');
  assert.deepEqual(errors, []);
  await page.close();
});

test('report text and file names with <script> and <img onerror> render as inert text', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  const evil = '<img src=x onerror="window.__pwned=1">.txt';
  const body = '一、总体情况\n<script>window.__pwned=2</script>\n<img src=y onerror="window.__pwned=3">审结案件163件。\n';
  await dropFiles(page, [{ name: evil, content: body }]);
  await settle(page, 1);
  await page.click('[data-test=paste]');
  await page.fill('[data-test=paste-area]', '<b onmouseover="window.__pwned=4">粗体</b><script>window.__pwned=5</script>');
  await page.click('[data-test=analyse]');
  await settle(page, 2);
  await page.locator('[data-test=report-row]').first().click();
  await page.waitForSelector('.src-block');
  const source = await page.locator('[data-test=source]').textContent();
  assert.ok(source.includes('<script>window.__pwned=2</script>'), 'shown as text');
  assert.ok(source.includes('<img src=y onerror="window.__pwned=3">'), 'shown as text');
  assert.equal(await page.locator('[data-test=report-row]').first().getAttribute('title'), evil);
  assert.equal(await page.locator('.source img, .source script, .report-list img, .report-list b').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.ok(!app.server.requests.some((r) => r === '/x' || r === '/y'), 'no request for the injected images');
  await shot(page, 'inert-html');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a web scrape: page chrome and the duplicated body are shown as left out; findings list checks and parts', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  const name = '004_3dcaa22f3da62694.txt';
  const expected = cli(path.join(reports, name))[0];
  await dropFiles(page, [{ name, content: seedText(name) }]);
  await settle(page, 1);
  await page.waitForSelector('.src-block');
  if (expected.removed.some((r) => r.kind === 'web-chrome')) {
    await page.waitForSelector('.src-block.removed .removed-label');
  }
  await shot(page, 'web-scrape-top');
  // Scroll to where the duplicated body starts.
  const dup = expected.removed.find((r) => r.kind === 'duplicated-body');
  if (dup) {
    // Heights are estimated until measured, so the bottom moves once: scroll there twice.
    for (let i = 0; i < 2; i++) {
      await page.evaluate(() => { const s = document.querySelector('[data-test=source]'); s.scrollTop = s.scrollHeight; });
      await page.waitForTimeout(300);
    }
    await page.waitForFunction(() => document.querySelectorAll('.src-block.removed').length > 3, null, { timeout: 5000 });
    await shot(page, 'web-scrape-duplicate');
  }
  await page.click('.tabs [role=tab] >> nth=1');
  await page.waitForSelector('[data-test=findings]');
  assert.equal(await page.locator('.check').count(), expected.checks.length);
  assert.equal(await page.locator('.check.bad').count(), expected.checks.filter((c) => !c.holds).length);
  assert.equal(await page.locator('.part').count(), expected.parts.length);
  assert.equal(await page.locator('.finding').count(), expected.findings.length);
  await shot(page, 'findings-004');
  // A finding jumps to its place in the text.
  await page.locator('.finding[tabindex]').first().click();
  await page.waitForSelector('.source mark.active, .source .focus-target');
  assert.deepEqual(errors, []);
  await page.close();
});

test('English toggle, phone width, and the page-thread fallback', async () => {
  const { page, errors } = await openApp(app.context, `${app.server.url}?engine=main`);
  await page.click('[data-test=lang]');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.click('[data-test=samples]');
  await settle(page, 5);
  assert.equal(await page.locator('.badge.done').count(), 5);
  await shot(page, 'english-1366');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.click('.panel-tab >> nth=2');
  await shot(page, 'phone-metrics');
  await page.click('.panel-tab >> nth=1');
  await shot(page, 'phone-outline');
  assert.deepEqual(errors, []);
  await page.close();
});
