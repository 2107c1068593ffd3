// The offline app's extra holidays file: the same days as `giaoban rotate --holidays FILE`
// move the same briefings, from a .json or an .xlsx holiday sheet; a bad file shows the core's
// Vietnamese message and leaves the open workbook and its plan as they were.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { HolidayFileError, parseHolidayJson } from '@giaoban/core';
import { CHROMIUM, EXAMPLE, LAUNCH_ARGS, TMP, cliJson, ensureBuilt, loadWorkbook, withApp } from './support.js';

const haveChromium = existsSync(CHROMIUM);
const LABEL = 'Tệp ngày nghỉ bổ sung (.json hoặc .xlsx)';

interface RotateJson {
  briefings: { month: string; cluster: string; date: string; host: string; chair: string | null }[];
}

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** Chooses the extra holidays file through its labelled input and waits until the worker has used it. */
async function chooseHolidays(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.evaluate(() => delete document.body.dataset.state);
  await page.getByLabel(LABEL).setInputFiles(file);
  await page.waitForFunction(() => document.body.dataset.state === 'ready' || document.body.dataset.state === 'failed', null, { timeout: 60_000, polling: 50 });
}

/** Plans January–March 2026 in the page and returns each row's cluster, date and host. */
async function planJanToMar(page: Page): Promise<string[][]> {
  await page.getByRole('button', { name: '3. Lập lịch' }).click();
  await page.getByTestId('plan-from').getByLabel('Tháng').selectOption({ label: 'Tháng 1' });
  await page.getByTestId('plan-from').getByLabel('Năm').selectOption('2026');
  await page.locator('#plan-months').fill('3');
  await page.locator('#plan-form button[type=submit]').click();
  const rows = page.getByTestId('plan').locator('tbody tr');
  await expect.poll(() => rows.count()).toBe(9);
  const out: string[][] = [];
  for (const r of await rows.all()) {
    const td = await r.locator('td').allTextContents();
    out.push([td[1]!, /\d{2}\/\d{2}\/\d{4}/.exec(td[2]!)?.[0] ?? td[2]!, td[3]!]);
  }
  return out;
}

const expected = (cli: RotateJson) => cli.briefings.map((b) => [b.cluster, dmy(b.date), b.host]);

describe.skipIf(!haveChromium)('offline app: extra holidays file (skipped where /usr/bin/chromium is absent)', () => {
  let browser: Browser;
  const json = join(TMP, 'nghi-bo-sung.json');
  const xlsx = join(TMP, 'nghi-bo-sung.xlsx');
  let plain: RotateJson;
  let withJson: RotateJson;
  let withXlsx: RotateJson;

  beforeAll(async () => {
    ensureBuilt();
    // Thursday 15/01/2026 declared a day off: the January briefings (the 15th by default) move.
    writeFileSync(json, JSON.stringify({ version: '2026-01-05', holidays: [{ date: '2026-01-15', name: 'Nghỉ bổ sung (thử)', kind: 'off', reference: 'Thông báo số 1/TB' }] }));
    const script = [
      'import sys, openpyxl',
      'wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Ngày nghỉ"',
      'ws.append(["Ngày", "Tên ngày nghỉ", "Loại"])',
      'ws.append(["16/03/2026", "Nghỉ bổ sung (thử)", "Nghỉ"])',
      'wb.save(sys.argv[1])',
    ].join('\n');
    execFileSync('/usr/bin/python3', ['-c', script, xlsx]);
    const args = [EXAMPLE, '--from', '2026-01', '--months', '3'];
    plain = cliJson<RotateJson>(['rotate', ...args]);
    withJson = cliJson<RotateJson>(['rotate', ...args, '--holidays', json]);
    withXlsx = cliJson<RotateJson>(['rotate', ...args, '--holidays', xlsx]);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('moves the January 2026 briefings exactly as `giaoban rotate --holidays file.json` does', async () => {
    // The file matters: without it the CLI holds January on 15/01, with it on another day.
    expect(plain.briefings.filter((b) => b.month === '2026-01').map((b) => b.date)).toContain('2026-01-15');
    expect(withJson.briefings.filter((b) => b.month === '2026-01').map((b) => b.date)).not.toContain('2026-01-15');
    await withApp(browser, async ({ page, leaks, pageErrors }) => {
      const before = await planJanToMar(page);
      expect(before).toEqual(expected(plain));

      // Chosen after the workbook: the open workbook is checked and planned again with the file.
      await page.getByRole('button', { name: '1. Chọn sổ' }).click();
      await chooseHolidays(page, json);
      expect(await page.evaluate(() => document.body.dataset.state)).toBe('ready');
      expect(await page.getByTestId('holidays-status').textContent()).toBe('Đã nạp 1 ngày từ tệp nghi-bo-sung.json.');
      const after = await planJanToMar(page);
      expect(after).toEqual(expected(withJson));
      expect(after).not.toEqual(before);

      // The input is a labelled, focusable control with the hint read with it.
      await page.getByRole('button', { name: '1. Chọn sổ' }).click();
      const input = page.getByLabel(LABEL);
      await input.focus();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('holidays-file');
      expect(await input.getAttribute('aria-describedby')).toContain('holidays-hint');
      expect(await page.locator('#holidays-hint').textContent()).toContain('trang ngày nghỉ trong sổ vẫn được ưu tiên');

      // Removing it gives the plain plan back.
      await page.getByRole('button', { name: '1. Chọn sổ' }).click();
      await page.evaluate(() => delete document.body.dataset.state);
      await page.getByRole('button', { name: 'Bỏ tệp ngày nghỉ' }).click();
      await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 60_000, polling: 50 });
      expect(await planJanToMar(page)).toEqual(expected(plain));
      expect(leaks).toEqual([]);
      expect(pageErrors).toEqual([]);
    }, { book: EXAMPLE });
  }, 120_000);

  it('reads an .xlsx holiday sheet chosen before the workbook, as `--holidays file.xlsx` does', async () => {
    expect(expected(withXlsx)).not.toEqual(expected(plain));
    await withApp(browser, async ({ page, leaks }) => {
      await chooseHolidays(page, xlsx);
      expect(await page.getByTestId('holidays-status').textContent()).toBe('Đã nạp 1 ngày từ tệp nghi-bo-sung.xlsx.');
      await loadWorkbook(page, EXAMPLE);
      const rows = await planJanToMar(page);
      expect(rows).toEqual(expected(withXlsx));
      expect(leaks).toEqual([]);
    });
  }, 120_000);

  it('shows the core\'s Vietnamese message for a malformed JSON file and keeps the open workbook and its plan', async () => {
    const bad = '{"holidays": [{"date": "2026-01-15", "name": "Nghỉ"'; // cut off
    let message = '';
    try {
      parseHolidayJson(bad, 'tệp ngày nghỉ hong.json');
    } catch (err) {
      expect(err).toBeInstanceOf(HolidayFileError);
      message = (err as Error).message;
    }
    expect(message).toContain('không đọc được JSON');
    // The parser's own detail in brackets is the JavaScript engine's words, which differ between Node and Chromium.
    const core = message.slice(0, message.indexOf('(') + 1);
    await withApp(browser, async ({ page, leaks, pageErrors }) => {
      const before = await planJanToMar(page);
      await page.getByRole('button', { name: '1. Chọn sổ' }).click();
      await chooseHolidays(page, { name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
      await expect.poll(() => page.getByRole('alert').textContent()).toContain(`Không thực hiện được: ${core}`);
      expect(await page.getByTestId('holidays-status').textContent()).toBe('');
      // An entry without a valid date names the entry and field.
      await chooseHolidays(page, { name: 'sai-ngay.json', mimeType: 'application/json', buffer: Buffer.from('[{"date": "31/02/2026", "name": "Nghỉ"}]') });
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('tệp ngày nghỉ sai-ngay.json, holidays[0]: "date" = "31/02/2026" không phải ngày hợp lệ');
      // Nothing else broke: the workbook is still open and plans as before.
      expect(await page.locator('.step[data-step=plan]').isDisabled()).toBe(false);
      expect(await planJanToMar(page)).toEqual(before);
      expect(leaks).toEqual([]);
      expect(pageErrors).toEqual([]);
    }, { book: EXAMPLE });
  }, 120_000);
});
