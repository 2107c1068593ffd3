// The offline app's roll-up in headless Chromium, opened from file:// with every network route
// blocked: several unit workbooks chosen at once (one an old commune's, one lagging a month, one
// not a workbook), then a whole folder; the table, the paragraph and the findings equal
// `giaoban rollup --json` on the same files; the roll-up workbook and the report download.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { readXlsx } from '@giaoban/xlsx';
import { formatReportCount, ROLLUP_FINDINGS_SHEET_NAME, ROLLUP_SHEET_NAME } from '@giaoban/core';
import { unitWorkbookGrid, writeGridXlsx } from '../../scripts/generate/unitWorkbooks.js';
import { rollupFolderBooks } from '../rollup/fixtures.js';
import { readDocx } from '../documents/docxText.js';
import { CHROMIUM, LAUNCH_ARGS, TMP, cliJson, ensureBuilt, withApp } from './support.js';

const haveChromium = existsSync(CHROMIUM);
const DIR = join(TMP, 'rollup-books');

const BOOKS = rollupFolderBooks(101, 250);

interface RollupJson {
  period: { label: string };
  units: { unit: string; code: string | null; items: number; briefings: number; lastYear: { items: number } }[];
  total: { items: number; briefings: number; lastYear: { items: number } };
  files: { file: string; role: string }[];
  findings: { code: string; file: string | null; message: string }[];
  narrative: string;
}

describe.skipIf(!haveChromium)('offline app: roll-up of several workbooks (skipped where /usr/bin/chromium is absent)', () => {
  let browser: Browser;
  let cli: RollupJson;
  const paths: string[] = [];

  beforeAll(async () => {
    ensureBuilt();
    // A fresh folder: the folder test picks up every workbook in it.
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(DIR, { recursive: true });
    for (const [name, o] of Object.entries(BOOKS)) {
      const path = join(DIR, name);
      await writeGridXlsx(unitWorkbookGrid(o), path);
      paths.push(path);
    }
    const bad = join(DIR, 'ghi-chu.xlsx');
    writeFileSync(bad, 'không phải sổ');
    paths.push(bad);
    // The CLI on the same files, with its default period (the month most workbooks reached).
    cli = cliJson<RollupJson>(['rollup', ...paths, '--quiet']);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('rolls up the workbooks chosen at once like giaoban rollup, with no request leaving the page; downloads the workbook and the report', async () => {
    await withApp(browser, async ({ page, leaks, pageErrors }) => {
      await page.locator('input#rollup-input').setInputFiles(paths);
      await page.waitForFunction(() => ['rolled-up', 'failed'].includes(document.body.dataset.state ?? ''), null, { timeout: 120_000, polling: 100 });
      expect(await page.evaluate(() => document.body.dataset.state), await page.locator('#message').textContent() ?? '').toBe('rolled-up');
      await page.screenshot({ path: join(TMP, 'rollup.png'), fullPage: true });

      expect(await page.locator('#rollup-label').textContent()).toContain(cli.period.label);
      const rows = page.getByTestId('rollup-table').locator('tbody tr');
      expect(await rows.count()).toBe(cli.units.length + 1);
      for (const [i, u] of cli.units.entries()) {
        const cells = await rows.nth(i).locator('td').allTextContents();
        expect(cells[1]).toBe(u.unit);
        if (u.code) expect(cells[2]).toBe(u.code);
        expect(cells[3]).toBe(formatReportCount(u.briefings));
        expect(cells[5]).toBe(formatReportCount(u.items));
        expect(cells[6]).toBe(formatReportCount(u.lastYear.items));
      }
      // Units by their national catalogue code, the old commune's book counted for today's Nà Hỳ (as the CLI has it).
      expect(cli.units.map((u) => [u.unit, u.code])).toEqual([
        ['Công an xã Mường Nhé', '03160'],
        ['Công an xã Mường Toong', '03163'],
        ['Công an xã Nà Hỳ', '03169'],
      ]);
      const total = await rows.last().locator('td').allTextContents();
      expect(total[5]).toBe(formatReportCount(cli.total.items));
      expect(await page.getByTestId('rollup-paragraph').textContent()).toBe(cli.narrative);
      const findings = await page.getByTestId('rollup-findings').textContent();
      expect(findings).toContain('ghi-chu.xlsx');
      expect(findings).toContain('nay thuộc Công an xã Nà Hỳ');

      const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('rollup-xlsx').click()]);
      const xlsxPath = join(TMP, 'rollup-app.xlsx');
      await xlsx.saveAs(xlsxPath);
      const back = await readXlsx(readFileSync(xlsxPath));
      expect(back.grid.sheets.map((s) => s.name)).toEqual([ROLLUP_SHEET_NAME, ROLLUP_FINDINGS_SHEET_NAME]);
      expect(back.grid.sheets[0]!.values.find((r) => r[1] === 'Công an xã Nà Hỳ')?.[6]).toBe(cli.units.find((u) => u.unit === 'Công an xã Nà Hỳ')!.items);

      const [docx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('rollup-docx').click()]);
      const docxPath = join(TMP, 'rollup-app.docx');
      await docx.saveAs(docxPath);
      expect(docx.suggestedFilename()).toMatch(/^bao-cao-tong-hop_\d{4}-\d{2}-\d{2}\.docx$/);
      expect(readDocx(readFileSync(docxPath)).paragraphs.join('\n')).toContain('CÔNG AN TỈNH ĐIỆN BIÊN');

      // English switch: the table's header and the paragraph follow.
      await page.locator('#lang').click();
      expect(await page.getByTestId('rollup-table').locator('thead th').nth(1).textContent()).toBe('Unit');
      expect(await page.getByTestId('rollup-paragraph').textContent()).toMatch(/^From /u);
      expect(leaks).toEqual([]);
      expect(pageErrors).toEqual([]);
    });
  }, 180_000);

  it('rolls up several workbooks dropped at once on the page', async () => {
    await withApp(browser, async ({ page, leaks, pageErrors }) => {
      const payload = paths.map((p) => ({ name: p.split('/').pop()!, b64: readFileSync(p).toString('base64') }));
      const dt = await page.evaluateHandle((list) => {
        const t = new DataTransfer();
        for (const f of list) t.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name));
        return t;
      }, payload);
      await page.dispatchEvent('#drop', 'drop', { dataTransfer: dt });
      await page.waitForFunction(() => ['rolled-up', 'failed'].includes(document.body.dataset.state ?? ''), null, { timeout: 120_000, polling: 100 });
      expect(await page.evaluate(() => document.body.dataset.state), await page.locator('#message').textContent() ?? '').toBe('rolled-up');
      expect(await page.locator('#rollup-files').textContent()).toBe('Đã chọn 5 sổ.');
      expect(await page.getByTestId('rollup-table').locator('tbody tr').count()).toBe(cli.units.length + 1);
      expect(await page.getByTestId('rollup-paragraph').textContent()).toBe(cli.narrative);
      expect(leaks).toEqual([]);
      expect(pageErrors).toEqual([]);
    });
  }, 180_000);

  it('rolls up a whole folder chosen at once, and a named period', async () => {
    await withApp(browser, async ({ page, leaks }) => {
      const done = () => page.waitForFunction(() => ['rolled-up', 'failed'].includes(document.body.dataset.state ?? ''), null, { timeout: 120_000, polling: 100 });
      await page.locator('input#rollup-folder').setInputFiles(DIR);
      await done();
      expect(await page.locator('#rollup-files').textContent()).toBe('Đã chọn 5 sổ.');
      // Another period: the same files rolled up again.
      await page.evaluate(() => delete document.body.dataset.state);
      await page.locator('#rollup-period').selectOption('month');
      await page.locator('#rollup-period-value').fill('2025-11');
      await page.getByRole('button', { name: 'Tổng hợp lại' }).click();
      await done();
      expect(await page.locator('#rollup-label').textContent()).toContain('Tháng 11/2025 (15/10/2025 – 14/11/2025)');
      expect(await page.locator('#rollup-counts').textContent()).toBe('Đã nhận 5 sổ, tính 4 sổ; 3 đơn vị.');
      expect(leaks).toEqual([]);
    });
  }, 180_000);
});
