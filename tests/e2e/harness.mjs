// Shared helpers for the browser tests: a static server for dist/ (optionally under a
// sub-path) that records every request, and a headless Debian Chromium via playwright-core.
import { before, after } from 'node:test';
import { createServer } from 'node:http';
import { readFile, mkdir, mkdtemp } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
export const dist = path.join(root, 'dist');
export const artifacts = path.join(here, 'artifacts');
export const reports = path.join(root, 'fixtures/reports');
const require = createRequire(path.join(root, 'tools/package.json'));
const { chromium } = require('playwright-core');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json', '.json': 'application/json',
};

/** Serves dist/ at http://127.0.0.1:PORT{base}; `requests` lists every path asked for. */
export async function serve(base = '/') {
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    const url = new URL(req.url, 'http://x');
    if (!url.pathname.startsWith(base)) { res.writeHead(404); return res.end(); }
    let rel = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(dist, rel);
    if (!file.startsWith(dist) || !existsSync(file)) { res.writeHead(404); return res.end(); }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    res.end(await readFile(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}${base}`;
  return { url, requests, close: () => new Promise((ok) => server.close(ok)) };
}

export async function launch() {
  const profile = await mkdtemp(path.join(tmpdir(), 'gangmu-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1366, height: 768 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  return context;
}

/** A test file's setup: dist/ served at `base` and one browser, both closed after the file's
 * tests. Returns `{ server, context }`, filled in before the first test runs. */
export function servedApp(base = '/') {
  const app = {};
  before(async () => {
    app.server = await serve(base);
    app.context = await launch();
  });
  after(async () => {
    await app.context?.close();
    await app.server?.close();
  });
  return app;
}

export async function shot(page, name) {
  await mkdir(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, `${name}.png`) });
}

/** Collects page errors and console errors, so a test can assert there were none. */
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); d.dismiss(); });
  return errors;
}

import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

/** The seed reports in fixtures/reports, by file name. */
export function seeds() {
  return readdirSync(reports).filter((f) => f.endsWith('.txt')).sort();
}

export function seedText(name) {
  return readFileSync(path.join(reports, name), 'utf8');
}

/** The CLI's JSON for one file: the contract the web app's exports must match. */
export function cli(file) {
  const bin = process.env.GANGMU_CLI || path.join(root, 'target/debug/gangmu');
  const out = execFileSync(bin, ['extract', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return out.trim().split('\n').map((l) => JSON.parse(l));
}

/** The CLI's output for `args` (run in fixtures/reports, so file names are bare). */
export function cliRaw(args) {
  const bin = process.env.GANGMU_CLI || path.join(root, 'target/debug/gangmu');
  return execFileSync(bin, args, { cwd: reports, maxBuffer: 64 << 20 });
}

/** Empties the workspace the app keeps in the browser (IndexedDB `gangmu`) for `url`'s
 * origin, from a page of that origin that is not the app, so a test starts with nothing
 * restored. (Tests of the same file share one browser profile.) */
export async function freshStorage(page, url) {
  const u = new URL(url);
  if (u.protocol !== 'file:') {
    // Through the DevTools protocol: no page of the origin is opened (which would ask the
    // server for a favicon, or meet the service worker).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: u.origin, storageTypes: 'indexeddb' });
    await cdp.detach();
    return;
  }
  // file:// pages share one origin: delete the database from the folder's listing.
  await page.goto(new URL('.', u).href);
  await page.evaluate(() => new Promise((done) => {
    const r = indexedDB.deleteDatabase('gangmu');
    r.onsuccess = r.onerror = () => done();
    setTimeout(done, 5000);
  }));
}

/** Opens the app with an empty workspace (unless `keep`) and waits until it is mounted. */
export async function openApp(context, url, { keep = false } = {}) {
  const page = await context.newPage();
  const errors = watchErrors(page);
  if (!keep) await freshStorage(page, url);
  await page.goto(url);
  await page.waitForSelector('.app', { timeout: 30000 });
  return { page, errors };
}

export async function paste(page, text) {
  await page.click('[data-test=paste]');
  await page.fill('[data-test=paste-area]', text);
  await page.click('[data-test=analyse]');
}

/** Drops files on the page the way a file manager does (a DataTransfer with Files). */
export async function dropFiles(page, files) {
  const payload = files.map((f) => ({ name: f.name, b64: Buffer.from(f.content).toString('base64') }));
  await page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const f of files) {
      const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: 'text/plain' }));
    }
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    }
  }, payload);
}

/** Waits until no report in the list is queued or working. */
export async function settle(page, count, timeout = 60000) {
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-test=report-row]').length >= Math.min(n, 8)
      && !document.querySelector('.badge.queued, .badge.working')
      && !document.querySelector('[data-test=progress]'),
    count, { timeout },
  );
}

/** Waits until `n` reports are in the browser's storage (a write lands a moment after the
 * report shows). */
export async function storedReports(page, n) {
  await page.waitForFunction((n) => new Promise((done) => {
    const open = indexedDB.open('gangmu');
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('reports')) { db.close(); return done(false); }
      const count = db.transaction('reports').objectStore('reports').count();
      count.onsuccess = () => { db.close(); done(count.result === n); };
      count.onerror = () => { db.close(); done(false); };
    };
    open.onerror = () => done(false);
  }), n, { timeout: 30000, polling: 200 });
}

// ---- Corrections: the metric detail panel and the checks.

/** Shows metric `i` in the table (by filtering on its label) and opens its detail panel. */
export async function openMetric(page, i, label) {
  await page.fill('[data-test=metric-filter]', label);
  await page.click(`[data-test=metric-row][data-metric="${i}"]`);
  await page.waitForSelector('[data-test=metric-detail]');
}

/** Waits until a saved correction is in the report: the form has read its fields in the worker
 * (`aria-busy` while it reads, hooks/use_typed.rs) and the report has been recomputed (the detail
 * panel's spinner gone). Both marks are in the DOM from the render that follows the click. */
export async function recomputed(page) {
  await page.waitForFunction(() => !document.querySelector('[aria-busy=true], [data-test=metric-detail] .spinner'));
}

/** How many checks of the selected report fail (the findings tab's ✗). */
export async function badChecks(page) {
  await page.click('.tabs [role=tab] >> nth=1');
  await page.waitForSelector('[data-test=findings]');
  const n = await page.locator('.check.bad').count();
  await page.click('.tabs [role=tab] >> nth=0');
  return n;
}

// ---- A minimal XLSX reader (zip central directory + inflate + the two XML parts we need).

export function unzip(buf) {
  const files = {};
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28), extraLen = buf.readUInt16LE(p + 30), commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataStart, dataStart + size);
    files[name] = method === 8 ? inflateRawSync(data) : data;
    p += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}

const unescapeXml = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function colIndex(ref) {
  let n = 0;
  for (const ch of ref.replace(/[0-9]/g, '')) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Sheets of an .xlsx as {name: rows}, each cell a number, a string or a boolean. */
export function readXlsx(buffer) {
  const files = unzip(buffer);
  const strings = [];
  const sst = files['xl/sharedStrings.xml']?.toString('utf8') ?? '';
  for (const m of sst.matchAll(/<si>(.*?)<\/si>/gs)) {
    strings.push(unescapeXml([...m[1].matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => t[1]).join('')));
  }
  const book = files['xl/workbook.xml'].toString('utf8');
  const names = [...book.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => unescapeXml(m[1]));
  const sheets = {};
  names.forEach((name, i) => {
    const xml = files[`xl/worksheets/sheet${i + 1}.xml`].toString('utf8');
    const rows = [];
    for (const r of xml.matchAll(/<row [^>]*>(.*?)<\/row>/gs)) {
      const row = [];
      for (const c of r[1].matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
        const [, ref, attrs, inner = ''] = c;
        const v = inner.match(/<v>(.*?)<\/v>/s)?.[1];
        let value = null;
        if (/t="s"/.test(attrs)) value = strings[Number(v)];
        else if (/t="b"/.test(attrs)) value = v === '1';
        else if (v !== undefined) value = Number(v);
        row[colIndex(ref)] = value;
      }
      rows.push(row);
    }
    sheets[name] = rows;
  });
  return sheets;
}

/** RFC 4180 CSV to rows of strings (the BOM is checked and removed by the caller). */
export function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\n') { row.push(cell.replace(/\r$/, '')); rows.push(row); row = []; cell = ''; }
    else cell += ch;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}
