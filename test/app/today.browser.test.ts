// The offline app on the provincial example of today (old communes' names read by date in its worker,
// as the CLI reads them): the same counts, findings and report paragraph as the CLI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, LAUNCH_ARGS, ROOT, cliJson, ensureBuilt, withApp } from './support.js';

const PROVINCE = join(ROOT, 'examples/so-giao-ban-cong-an-tinh.xlsx');

describe.skipIf(!existsSync(CHROMIUM))('offline app on a provincial workbook of today (skipped without /usr/bin/chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    ensureBuilt();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('finds what the CLI finds (an old name after the merger) and writes the same paragraph, old names included', async () => {
    const validate = cliJson<{ summary: { errors: number; warnings: number }; findings: { code: string; message: string }[] }>(['validate', PROVINCE]);
    const summarize = cliJson<{ narrative: string }>(['summarize', PROVINCE]);
    expect(validate.findings.some((f) => f.code === 'commune.merged')).toBe(true);
    await withApp(browser, async ({ page, leaks, pageErrors }) => {
      expect(await page.getByTestId('errors').textContent()).toBe(String(validate.summary.errors));
      expect(await page.getByTestId('warnings').textContent()).toBe(String(validate.summary.warnings));
      const texts = await page.getByTestId('findings').getByTestId('finding').allTextContents();
      const merged = validate.findings.find((f) => f.code === 'commune.merged')!;
      expect(texts.some((t) => t.includes(merged.message))).toBe(true);
      await page.getByRole('button', { name: '4. Tổng hợp' }).click();
      expect(await page.getByTestId('report-paragraph').textContent()).toBe(summarize.narrative);
      expect(leaks).toEqual([]);
      expect(pageErrors).toEqual([]);
    }, { book: PROVINCE });
  }, 180_000);
});
