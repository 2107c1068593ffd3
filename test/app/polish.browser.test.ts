// The offline app as a clerk sees it, in each language: no word of the other language on the page
// (the clerk's own names aside), month pickers that need no <input type="month">, the plan's reasons
// one a line, finding codes kept for support but not printed after every message, the summary sheet
// at its own width, the village tier's words for a commune police unit's workbook, and the reader's
// progress (which sheet it is reading) in the page's language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readXlsx } from '@giaoban/xlsx';
import { CHROMIUM, EXAMPLE, LAUNCH_ARGS, ROOT, cliJson, ensureBuilt, loadWorkbook, withApp } from './support.js';
import { hasWord, withoutQuoted } from '../support/words.js';

const haveChromium = existsSync(CHROMIUM);
const VILLAGES = join(ROOT, 'examples/so-giao-ban-cong-an-xa.xlsx');
const STEPS = ['open', 'check', 'plan', 'summary', 'download'] as const;

/** Words of the page's Vietnamese that must not be seen in English mode, and the reverse. */
const VIETNAMESE = ['Tháng', 'tháng', 'Xã', 'xã', 'Cụm', 'Lãnh đạo', 'lỗi', 'cảnh báo', 'Năm', 'năm', 'Quý', 'quý', 'Kỳ', 'Tải', 'Lý do', 'Nguồn', 'lập mới', 'đến'];
const ENGLISH = ['Month', 'Cluster', 'Host', 'Chair', 'Reasons', 'Source', 'errors', 'warnings', 'Summary', 'Download', 'planned', 'January', 'Year'];

interface RotateJson {
  briefings: { month: string; reasons: string[]; reasonsEn: string[] }[];
}

/**
 * The text a clerk sees on the current step: visible text nodes and the chosen option of each list,
 * without the clerk's own names (marked translate="no") and the Vietnamese sheet (lang="vi").
 */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      if (el.closest('[translate=no], [lang=vi], script, style')) continue;
      const select = el.closest('select');
      if (select) {
        if (select.checkVisibility() && (el as HTMLOptionElement).selected) out.push(n.textContent ?? '');
        continue;
      }
      if (el.checkVisibility()) out.push(n.textContent ?? '');
    }
    for (const b of Array.from(document.querySelectorAll<HTMLInputElement>('input[placeholder]'))) if (b.checkVisibility()) out.push(b.placeholder);
    return out.join(' ');
  });
}

/** Whether `word` is in `text` as a word, outside quotes (a quoted value is the workbook's own text: a header, a cell). */
const wordIn = (text: string, word: string) => hasWord(withoutQuoted(text), word);

describe.skipIf(!haveChromium)('the offline app in each language (skipped where /usr/bin/chromium is absent)', () => {
  let browser: Browser;

  beforeAll(async () => {
    ensureBuilt();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  for (const book of [EXAMPLE, VILLAGES]) {
    it(`shows no Vietnamese word in English mode and no English word in Vietnamese mode (${book.split('/').pop()})`, async () => {
      await withApp(browser, async ({ page, pageErrors }) => {
        // The unit's own name ("Công an xã Nà Hỳ") is a name, in the paragraph too.
        const unit = (await page.locator('#opened-unit').textContent())!.replace(/^\(|\)$/g, '');
        const visible = async () => (await visibleText(page)).split(unit).join('');
        for (const [lang, foreign] of [['vi', ENGLISH], ['en', VIETNAMESE]] as const) {
          if (lang === 'en') await page.locator('#lang').click();
          for (const step of STEPS) {
            await page.locator(`.step[data-step=${step}]`).click();
            if (step === 'summary') {
              // Every kind of period, so each list and label is seen.
              for (const kind of ['month', 'quarter', 'half', 'text']) {
                await page.locator('#period').selectOption(kind);
                const text = await visible();
                for (const w of foreign) expect(wordIn(text, w), `${lang} ${step} ${kind}: "${w}"`).toBe(false);
              }
              await page.locator('#period').selectOption('');
            }
            const text = await visible();
            for (const w of foreign) expect(wordIn(text, w), `${lang} ${step}: "${w}" in ${text.slice(0, 4000)}`).toBe(false);
          }
        }
        expect(pageErrors).toEqual([]);
      }, { book });
    }, 180_000);
  }

  it('picks months with two lists (no <input type="month">), names them in each language, and gives the core\'s message for a bad month count', async () => {
    await withApp(browser, async ({ page }) => {
      expect(await page.locator('input[type=month]').count()).toBe(0);
      await page.locator('.step[data-step=plan]').click();
      const picker = page.getByTestId('plan-from');
      await picker.getByLabel('Tháng').selectOption({ label: 'Tháng 3' });
      await picker.getByLabel('Năm').selectOption('2026');
      await page.locator('#plan-months').fill('2');
      await page.locator('#plan-form button[type=submit]').click();
      const rows = page.getByTestId('plan').locator('tbody tr');
      await expect.poll(async () => (await rows.first().locator('td').first().textContent())).toBe('03/2026');
      expect(await rows.last().locator('td').first().textContent()).toBe('04/2026');
      // No browser bubble (in the browser's language): the core refuses 0 months in the page's language.
      await page.locator('#plan-months').fill('0');
      await page.locator('#plan-form button[type=submit]').click();
      await expect.poll(() => page.locator('#message').textContent()).toContain('cần từ 1 đến 120 tháng');
      await page.locator('#lang').click();
      expect(await picker.getByLabel('Month').locator('option:checked').textContent()).toBe('March');
      expect(await rows.first().locator('td').first().textContent()).toBe('March 2026');
      await page.locator('#plan-form button[type=submit]').click();
      await expect.poll(() => page.locator('#message').textContent()).toContain('use 1 to 120 months');
      // The papers' month the same way.
      await page.locator('.step[data-step=download]').click();
      await page.getByTestId('documents-month').getByLabel('Month').selectOption({ label: 'July' });
      expect(await page.getByTestId('documents-month').getAttribute('data-value')).toMatch(/^\d{4}-07$/);
    }, { book: EXAMPLE });
  }, 120_000);

  it('reads a period typed in the clerk\'s words as giaoban summarize --period does', async () => {
    const cli = cliJson<{ period: { label: string }; narrative: string }>(['summarize', EXAMPLE, '--period', 'quarter:2025-Q4']);
    await withApp(browser, async ({ page }) => {
      await page.locator('.step[data-step=summary]').click();
      await page.locator('#period').selectOption('text');
      await page.locator('#period-value').fill('quý IV/2025');
      await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
      await expect.poll(() => page.locator('#summary-label').textContent()).toBe(cli.period.label);
      expect(await page.getByTestId('report-paragraph').textContent()).toBe(cli.narrative);
      // A range that runs backwards: the core's Vietnamese message names both ends.
      await page.locator('#period-value').fill('từ 03/2025 đến 01/2025');
      await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
      await expect.poll(() => page.locator('#message').textContent()).toContain('Kỳ báo cáo ngược');
    }, { book: EXAMPLE });
  }, 120_000);

  it('shows the plan\'s date, host and chair reasons as separate lines, as the session gives them', async () => {
    await withApp(browser, async ({ page }) => {
      const from = await page.getByTestId('plan-from').getAttribute('data-value');
      const cli = cliJson<RotateJson>(['rotate', EXAMPLE, '--from', from!, '--months', '12']);
      await page.locator('.step[data-step=plan]').click();
      const reasons = page.getByTestId('plan').locator('tbody tr').first().locator('td.reasons li');
      expect(await reasons.allTextContents()).toEqual(cli.briefings[0]!.reasons);
      expect(cli.briefings[0]!.reasons.length).toBe(3);
      // Each on its own line: three different heights.
      const tops = await reasons.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
      expect(new Set(tops).size).toBe(3);
      await page.locator('#lang').click();
      expect(await reasons.allTextContents()).toEqual(cli.briefings[0]!.reasonsEn);
    }, { book: EXAMPLE });
  }, 120_000);

  it('says which sheet it is reading in the page\'s language, as the reader reports it', async () => {
    const book = await readXlsx(new Uint8Array(readFileSync(EXAMPLE)));
    const rows = book.grid.sheets.map((s) => ({ name: s.name, rows: s.values.length }));
    await withApp(browser, async ({ page }) => {
      // Every text the busy line shows while a workbook opens, in each language.
      const watch = () =>
        page.evaluate(() => {
          const w = window as unknown as { __busy: string[] };
          w.__busy = [];
          new MutationObserver(() => w.__busy.push(document.getElementById('busy-text')!.textContent ?? '')).observe(document.getElementById('busy-text')!, { childList: true, characterData: true, subtree: true });
        });
      const seen = () => page.evaluate(() => (window as unknown as { __busy: string[] }).__busy);
      await watch();
      await loadWorkbook(page, EXAMPLE);
      const vi = await seen();
      for (const r of rows) expect(vi).toContain(`Đang đọc sổ… Đã đọc trang "${r.name}" (${r.rows} dòng).`);
      await page.locator('#lang').click();
      await watch();
      await loadWorkbook(page, EXAMPLE);
      const en = await seen();
      for (const r of rows) expect(en).toContain(`Reading the workbook… Read sheet "${r.name}" (${r.rows} ${r.rows === 1 ? 'row' : 'rows'}).`);
      for (const t of en) expect(t, t).not.toMatch(/Đang|Đã đọc|dòng/);
    });
  }, 120_000);

  it('keeps each finding\'s code for support (on hover) without printing it after the message', async () => {
    const validate = cliJson<{ findings: { code: string; cell: string }[] }>(['validate', EXAMPLE]);
    await withApp(browser, async ({ page }) => {
      const items = page.getByTestId('finding');
      const texts = await items.allTextContents();
      const titles = await items.evaluateAll((els) => els.map((e) => (e as HTMLElement).title));
      expect(texts.length).toBe(validate.findings.length);
      validate.findings.forEach((f, i) => {
        expect(texts[i]).not.toContain(f.code);
        expect(titles[i]).toBe(`Mã lỗi (cho bộ phận hỗ trợ): ${f.code}`);
      });
    }, { book: EXAMPLE });
  }, 120_000);

  it('shows the summary sheet at its own width, titles on one line and dates as dates', async () => {
    await withApp(browser, async ({ page }) => {
      await page.locator('.step[data-step=summary]').click();
      const table = page.locator('#summary-table');
      const { tableWidth, boxWidth, titleHeight, rowHeight } = await table.evaluate((t) => {
        const title = Array.from(t.querySelectorAll('td')).find((td) => td.textContent === 'I. GIAO BAN TẠI CƠ SỞ')!;
        const row = Array.from(t.querySelectorAll('td')).find((td) => td.textContent === 'Số buổi giao ban đã tổ chức')!;
        return { tableWidth: t.getBoundingClientRect().width, boxWidth: t.parentElement!.getBoundingClientRect().width, titleHeight: title.getBoundingClientRect().height, rowHeight: row.getBoundingClientRect().height };
      });
      // As wide as the sheet's columns (about 1,000 px for its 124 characters), not the window's 1,326.
      expect(tableWidth).toBeLessThan(1100);
      expect(boxWidth - tableWidth).toBeLessThanOrEqual(4);
      // A section title runs on over the empty cells beside it, as in Excel: one line like a table row.
      expect(titleHeight).toBeLessThanOrEqual(rowHeight + 2);
      // The numbering as the .xlsx prints it, and the open items' dates as dd/mm/yyyy, not Excel day numbers.
      const cells = await table.locator('td').allTextContents();
      expect(cells).toContain('01');
      expect(cells.some((c) => /^\d{2}\.\d{3}$/.test(c))).toBe(false);
      expect(cells.some((c) => /^\d{2}\/\d{2}\/\d{4}$/.test(c))).toBe(true);
    }, { book: EXAMPLE });
  }, 120_000);

  it('names a commune police unit\'s hosts as villages, in the table and in the reasons', async () => {
    await withApp(browser, async ({ page }) => {
      await page.locator('.step[data-step=plan]').click();
      expect(await page.locator('#plan-host-head').textContent()).toBe('Thôn, bản đăng cai');
      const reasons = await page.getByTestId('plan').locator('tbody tr').first().locator('td.reasons li').allTextContents();
      expect(reasons[1]).toMatch(/^Thôn, bản đăng cai /);
      expect(reasons.join(' ')).not.toMatch(/Xã đăng cai/);
      await page.locator('#lang').click();
      expect(await page.locator('#plan-host-head').textContent()).toBe('Host village');
      expect(await page.getByTestId('plan').locator('tbody tr td:nth-child(2)').first().textContent()).toBe('the villages');
    }, { book: VILLAGES });
  }, 120_000);
});
