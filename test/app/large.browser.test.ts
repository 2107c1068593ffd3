// The offline app on a province-scale workbook (120 communes, 100,000 issue rows, from
// scripts/generate/largeWorkbook.ts): the whole path finishes, the page's main thread never
// blocks for more than 200 ms (long-task observer), the findings list pages, and Hủy stops a
// running job. Slower than the other app tests (about a minute on a loaded 2-core machine).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { readXlsx } from '@giaoban/xlsx';
import { CHROMIUM, EXAMPLE, LAUNCH_ARGS, ROOT, TMP, cliJson, ensureBuilt, loadWorkbook, withApp } from './support.js';

const haveChromium = existsSync(CHROMIUM);
const LARGE = join(TMP, 'large-100k.xlsx');
const LONG_TASK_LIMIT_MS = 200;

describe.skipIf(!haveChromium)('offline app on a 100,000-issue workbook (skipped where /usr/bin/chromium is absent)', () => {
  let browser: Browser;
  let summary: { errors: number; warnings: number };

  beforeAll(async () => {
    ensureBuilt();
    if (!existsSync(LARGE)) {
      execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/generate/largeWorkbook.ts'), '--out', LARGE], { cwd: ROOT, stdio: 'pipe', timeout: 300_000 });
    }
    summary = cliJson<{ summary: { errors: number; warnings: number } }>(['validate', LARGE]).summary;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('checks, plans, summarises and writes the workbook with the main thread never blocked over 200 ms', async () => {
    await withApp(browser, async ({ page, leaks, pageErrors }) => {
      await page.evaluate(() => {
        const w = window as unknown as { __longTasks: number[] };
        w.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longTasks.push(e.duration);
        }).observe({ type: 'longtask' });
      });
      await loadWorkbook(page, LARGE, 300_000);
      expect(await page.getByTestId('errors').textContent()).toBe(String(summary.errors));
      expect(await page.getByTestId('warnings').textContent()).toBe(String(summary.warnings));
      // The list pages (300 at a time) instead of putting every finding in the page at once.
      const total = summary.errors + summary.warnings;
      const shown = Math.min(total, 300);
      expect(await page.getByTestId('finding').count()).toBe(shown);
      if (total > 300) {
        await page.getByRole('button', { name: 'Xem thêm' }).click();
        await expect.poll(() => page.getByTestId('finding').count()).toBe(Math.min(total, 600));
      }
      expect(await page.getByTestId('plan').locator('tbody tr').count()).toBeGreaterThan(0);
      expect((await page.getByTestId('report-paragraph').textContent())!.length).toBeGreaterThan(100);

      await page.getByRole('button', { name: '5. Tải về' }).click();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 300_000 }), page.getByTestId('download-xlsx').click()]);
      const out = join(TMP, 'large-out.xlsx');
      await download.saveAs(out);
      const back = await readXlsx(new Uint8Array(readFileSync(out)));
      expect(back.grid.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Lịch giao ban', 'Tổng hợp', 'Kết quả kiểm tra']));

      const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
      expect(Math.max(0, ...longTasks)).toBeLessThanOrEqual(LONG_TASK_LIMIT_MS);
      expect(leaks).toEqual([]);
      expect(pageErrors).toEqual([]);
    });
  }, 600_000);

  it('Hủy stops the job at once, and the next file opens normally', async () => {
    await withApp(browser, async ({ page }) => {
      await page.locator('input#file').setInputFiles(LARGE);
      await page.locator('#busy').waitFor({ state: 'visible', timeout: 60_000 });
      await page.getByRole('button', { name: 'Hủy' }).click();
      await expect.poll(() => page.locator('#message').textContent()).toContain('Đã hủy');
      expect(await page.locator('#busy').isHidden()).toBe(true);
      expect(await page.locator('.step[data-step=check]').isDisabled()).toBe(true);
      await loadWorkbook(page, EXAMPLE);
      expect(Number(await page.getByTestId('errors').textContent())).toBeGreaterThan(0);
    });
  }, 300_000);
});
