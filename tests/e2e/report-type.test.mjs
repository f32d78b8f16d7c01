// Report types (issue 9's Report.report_type in the web app): the list names a text that is not
// a rule-of-law report, the header shows the type, and the parts panel says which parts a type
// has (D1–D6 for an information-disclosure report) or that its type has none to check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { servedApp, shot, openApp, dropFiles, settle, root } from './harness.mjs';

const app = servedApp();
const gathered = (name) => ({ name, content: readFileSync(path.join(root, 'fixtures/gathered/tune', name), 'utf8') });

test('the report type is shown, and parts are checked only for the types that have them', async () => {
  const { page, errors } = await openApp(app.context, app.server.url);
  await dropFiles(page, [gathered('guowuyuan-2025-gzbg.txt'), gathered('shanghai-2022-xxgk.txt')]);
  await settle(page, 2);
  const rows = page.locator('[data-test=report-row]');

  await rows.nth(0).click();
  await page.waitForSelector('[data-test=report-type]');
  assert.match(await page.textContent('[data-test=report-type]'), /政府工作报告/);
  assert.match(await rows.nth(0).textContent(), /政府工作报告/, 'the list names the type');
  await page.click('.tabs [role=tab] >> nth=1');
  await page.waitForSelector('[data-test=parts-not-checked]');
  assert.match(await page.textContent('[data-test=parts-not-checked]'), /此类文本（政府工作报告）不检查法定部分/);
  await shot(page, 'report-type-gzbg');

  await rows.nth(1).click();
  await page.waitForFunction(() => /信息公开/.test(document.querySelector('[data-test=report-type]')?.textContent ?? ''));
  await page.click('.tabs [role=tab] >> nth=1');
  await page.waitForSelector('.parts .part');
  assert.match(await page.textContent('[data-test=findings]'), /D1–D6/);
  assert.equal(await page.locator('[data-test=parts-not-checked]').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});
