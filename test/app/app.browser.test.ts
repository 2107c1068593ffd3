// The offline app (app/dist/giao-ban.html) in headless Chromium, opened from file:// with every
// network route blocked: the clerk's path on the example workbook, checked against the CLI's JSON
// for the same file; the downloads read back; the same flow on a .ods and a .xls made by LibreOffice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ICAL from 'ical.js';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { chromium, type Browser, type Page } from 'playwright-core';
import { defaultPlanStart, findMarker, readWorkbook } from '@giaoban/core';
import { readWorkbookFile } from '../../packages/cli/src/xlsx/index.js';
import { CHROMIUM, EXAMPLE, LAUNCH_ARGS, ROOT, TMP, cliJson, ensureBuilt, loadWorkbook, withApp } from './support.js';

const haveChromium = existsSync(CHROMIUM);
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
const OUR_SHEETS = ['Lịch giao ban', 'Tổng hợp', 'Kết quả kiểm tra'];
/** The parts a writer may change (the package's lists of parts, sheets and styles); every other part of the clerk's file must come back byte for byte. */
const CHANGEABLE = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'docProps/app.xml']);

interface ValidateJson {
  tables: { sheet: string; kind: string; headerRow: number; rows: number }[];
  findings: { severity: string; sheet: string; cell: string; message: string }[];
  summary: { errors: number; warnings: number };
}
interface RotateJson {
  briefings: { month: string; cluster: string; date: string; host: string; chair: string | null; source: string }[];
  problems: { month: string; cluster: string; message: string }[];
}
interface SummarizeJson {
  period: { label: string };
  narrative: string;
}

describe.skipIf(!haveChromium)('offline app from file:// (skipped where /usr/bin/chromium is absent: apt-get install -y chromium)', () => {
  let browser: Browser;
  let from = '';
  let validate: ValidateJson;
  let rotate: RotateJson;
  let summarize: SummarizeJson;
  let cliIcs = '';

  beforeAll(async () => {
    ensureBuilt();
    from = defaultPlanStart(readWorkbook(await readWorkbookFile(EXAMPLE)))!;
    validate = cliJson<ValidateJson>(['validate', EXAMPLE]);
    const icsPath = join(TMP, 'cli.ics');
    rmSync(icsPath, { force: true }); // the CLI never overwrites an output file
    rotate = cliJson<RotateJson>(['rotate', EXAMPLE, '--from', from, '--months', '12', '--ics', icsPath]);
    cliIcs = readFileSync(icsPath, 'utf8');
    summarize = cliJson<SummarizeJson>(['summarize', EXAMPLE]);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Counts, findings, plan rows and the paragraph on the page equal the CLI's for the example. */
  async function expectSameAsCli(page: Page): Promise<void> {
    expect(await page.getByTestId('errors').textContent()).toBe(String(validate.summary.errors));
    expect(await page.getByTestId('warnings').textContent()).toBe(String(validate.summary.warnings));
    const findings = page.getByTestId('findings').getByTestId('finding');
    expect(await findings.count()).toBe(validate.findings.length);
    const texts = await findings.allTextContents();
    for (const f of validate.findings) expect(texts.some((t) => t.startsWith(f.cell) && t.includes(f.message))).toBe(true);
    await page.getByRole('button', { name: '3. Lập lịch' }).click();
    expect(await page.getByTestId('plan-from').getAttribute('data-value')).toBe(from);
    const rows = page.getByTestId('plan').locator('tbody tr');
    expect(await rows.count()).toBe(rotate.briefings.length);
    const first = await rows.first().locator('td').allTextContents();
    const b0 = rotate.briefings[0]!;
    expect(first[1]).toBe(b0.cluster);
    expect(first[2]).toContain(`${b0.date.slice(8, 10)}/${b0.date.slice(5, 7)}/${b0.date.slice(0, 4)}`);
    expect(first[3]).toBe(b0.host);
    expect(first[4]).toBe(b0.chair ?? 'CHƯA BỐ TRÍ ĐƯỢC');
    const hosts = await rows.locator('td:nth-child(4)').allTextContents();
    expect(hosts).toEqual(rotate.briefings.map((b) => b.host));
    await page.getByRole('button', { name: '4. Tổng hợp' }).click();
    expect(await page.getByTestId('report-paragraph').textContent()).toBe(summarize.narrative);
    expect(await page.locator('#summary-label').textContent()).toBe(summarize.period.label);
  }

  async function downloadTo(page: Page, testId: string, name: string): Promise<{ path: string; suggested: string }> {
    await page.getByRole('button', { name: '5. Tải về' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
    const path = join(TMP, name);
    await download.saveAs(path);
    return { path, suggested: download.suggestedFilename() };
  }

  /** Our three sheets are in the written workbook, with their markers, read back by the CLI's exceljs reader. */
  async function expectOurSheets(path: string): Promise<void> {
    const grid = await readWorkbookFile(path);
    for (const name of OUR_SHEETS) {
      const sheet = grid.sheets.find((s) => s.name === name);
      expect(sheet, name).toBeDefined();
      expect(findMarker(sheet!.values)).toMatch(/^giaoban:(plan|summary|findings):v1$/);
    }
    // The written plan sheet is read back by the core as the same plan (the next re-plan starts from it).
    const reread = readWorkbook(grid);
    expect(reread.planRows.length).toBe(rotate.briefings.length);
  }

  it('runs the clerk\'s path on the example with no request leaving the page, like the CLI, and downloads what the CLI writes', async () => {
    await withApp(browser, async ({ page, leaks, pageErrors }) => {
      await page.screenshot({ path: join(TMP, 'step-2-check.png') });
      await expectSameAsCli(page);

      // The filter narrows the list to errors, then to one sheet.
      await page.getByRole('button', { name: '2. Kiểm tra' }).click();
      await page.locator('#f-severity').selectOption('error');
      await expect.poll(() => page.getByTestId('finding').count()).toBe(validate.summary.errors);

      const xlsx = await downloadTo(page, 'download-xlsx', 'example-out.xlsx');
      expect(xlsx.suggested).toBe('so-theo-doi-giao-ban - giao ban.xlsx');
      const input = unzipSync(new Uint8Array(readFileSync(EXAMPLE)));
      const output = unzipSync(new Uint8Array(readFileSync(xlsx.path)));
      for (const [name, bytes] of Object.entries(input)) {
        expect(output[name], name).toBeDefined();
        if (!CHANGEABLE.has(name)) expect(Buffer.from(output[name]!).equals(Buffer.from(bytes)), `${name} byte-identical`).toBe(true);
      }
      const workbookXml = strFromU8(output['xl/workbook.xml']!);
      for (const name of OUR_SHEETS) expect(workbookXml).toContain(`name="${name}"`);
      await expectOurSheets(xlsx.path);
      // The original file is untouched.
      expect(Buffer.from(readFileSync(EXAMPLE)).equals(Buffer.from(readFileSync(join(ROOT, 'examples/so-theo-doi-giao-ban.xlsx'))))).toBe(true);

      const ics = await downloadTo(page, 'download-ics', 'example.ics');
      const text = readFileSync(ics.path, 'utf8');
      const comp = new ICAL.Component(ICAL.parse(text));
      const events = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      expect(events.length).toBe(rotate.briefings.length);
      expect(events[0]!.startDate.toString()).toBe(rotate.briefings[0]!.date);
      expect(events[0]!.startDate.isDate).toBe(true);
      // Same module as `giaoban rotate --ics`: identical text but for the creation stamp.
      const stamp = (s: string) => s.replace(/^DTSTAMP:.*\r\n/gm, '');
      expect(stamp(text)).toBe(stamp(cliIcs));

      // The papers of the first planned month: the same .docx files `giaoban documents` writes (names and text).
      const docsDir = join(TMP, 'cli-documents');
      rmSync(docsDir, { recursive: true, force: true });
      const cliDocs = cliJson<{ documents: { kind: string; path: string }[] }>(['documents', EXAMPLE, '--month', from, '-o', docsDir]);
      expect(await page.getByTestId('documents-month').getAttribute('data-value')).toBe(from);
      const papers = await downloadTo(page, 'download-documents', 'papers.zip');
      expect(papers.suggested).toBe(`so-theo-doi-giao-ban - giay to ${from}.zip`);
      const zipped = unzipSync(new Uint8Array(readFileSync(papers.path)));
      expect(Object.keys(zipped).sort()).toEqual(cliDocs.documents.map((d) => basename(d.path)).sort());
      const body = (docx: Uint8Array) => strFromU8(unzipSync(docx)['word/document.xml']!);
      for (const d of cliDocs.documents) expect(body(zipped[basename(d.path)]!)).toBe(body(new Uint8Array(readFileSync(d.path))));

      // The English switch relabels the page; the counts stay.
      await page.getByRole('button', { name: 'English' }).click();
      await expect.poll(() => page.getByRole('button', { name: '2. Check' }).count()).toBe(1);
      expect(await page.getByTestId('errors').textContent()).toBe(String(validate.summary.errors));

      expect(leaks).toEqual([]);
      expect(pageErrors).toEqual([]);
    }, { book: EXAMPLE });
  }, 180_000);

  it('summarises the period the clerk picks as giaoban summarize --period does, and keeps a macro workbook .xlsm', async () => {
    const quarter = cliJson<SummarizeJson>(['summarize', EXAMPLE, '--period', 'quarter:2025-Q4']);
    const calendarYear = cliJson<SummarizeJson>(['summarize', EXAMPLE, '--period', 'year:2025', '--calendar']);
    // A macro workbook: the example with Excel's macro content type and a VBA part.
    const parts = unzipSync(new Uint8Array(readFileSync(EXAMPLE)));
    const vba = new Uint8Array(4096).map((_, i) => (i * 31) & 0xff);
    parts['xl/vbaProject.bin'] = vba;
    parts['[Content_Types].xml'] = strToU8(
      strFromU8(parts['[Content_Types].xml']!)
        .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
        .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
    );
    parts['xl/_rels/workbook.xml.rels'] = strToU8(
      strFromU8(parts['xl/_rels/workbook.xml.rels']!).replace('</Relationships>', '<Relationship Id="rIdVba1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'),
    );
    const xlsm = join(TMP, 'so-co-macro.xlsm');
    writeFileSync(xlsm, zipSync(parts));
    await withApp(browser, async ({ page, leaks }) => {
      await page.getByRole('button', { name: '4. Tổng hợp' }).click();
      await page.locator('#period').selectOption('quarter');
      await page.locator('#period-index').selectOption({ label: 'Quý IV' });
      await page.locator('#period-year').selectOption('2025');
      await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
      await expect.poll(() => page.locator('#summary-label').textContent()).toBe(quarter.period.label);
      expect(await page.getByTestId('report-paragraph').textContent()).toBe(quarter.narrative);
      await page.locator('#period').selectOption('year');
      await page.locator('#period-year').selectOption('2025');
      await page.locator('#calendar').check();
      await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
      await expect.poll(() => page.locator('#summary-label').textContent()).toBe(calendarYear.period.label);
      expect(await page.getByTestId('report-paragraph').textContent()).toBe(calendarYear.narrative);

      const out = await downloadTo(page, 'download-xlsx', 'macro-out.xlsm');
      expect(out.suggested).toBe('so-co-macro - giao ban.xlsm');
      const written = unzipSync(new Uint8Array(readFileSync(out.path)));
      expect(Buffer.from(written['xl/vbaProject.bin']!).equals(Buffer.from(vba))).toBe(true);
      expect(strFromU8(written['[Content_Types].xml']!)).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
      expect(leaks).toEqual([]);
    }, { book: xlsm });
  }, 120_000);

  it('honours a row the clerk fixed in the downloaded workbook\'s plan sheet, as the CLI does', async () => {
    const downloaded = join(TMP, 'example-out.xlsx');
    expect(existsSync(downloaded), 'the first test downloads the workbook').toBe(true);
    // The clerk, in Excel: on "Lịch giao ban", the first row gets the host of the cluster's second month, and "x" in Cố định.
    const edited = join(TMP, 'example-fixed.xlsx');
    const script = [
      'import sys, openpyxl',
      'wb = openpyxl.load_workbook(sys.argv[1])',
      'ws = wb["Lịch giao ban"]',
      // The detail table (the one with "Cố định") follows the at-a-glance section.
      'head = next(r for r in range(1, ws.max_row + 1) if any(ws.cell(r, c).value == "Cố định" for c in range(1, 16)))',
      'col = {ws.cell(head, c).value: c for c in range(1, 16)}',
      'rows = [r for r in range(head + 1, ws.max_row + 1) if isinstance(ws.cell(r, 1).value, (int, float))]',
      'first = rows[0]',
      'same = [r for r in rows[1:] if ws.cell(r, col["Cụm"]).value == ws.cell(first, col["Cụm"]).value]',
      'ws.cell(first, col["Xã đăng cai"]).value = ws.cell(same[0], col["Xã đăng cai"]).value',
      'ws.cell(first, col["Cố định"]).value = "x"',
      'wb.save(sys.argv[2])',
      'print(ws.cell(first, col["Xã đăng cai"]).value)',
    ].join('\n');
    const host = execFileSync('/usr/bin/python3', ['-c', script, downloaded, edited], { encoding: 'utf8' }).trim();
    const cli = cliJson<RotateJson>(['rotate', edited, '--from', from, '--months', '12']);
    expect(cli.briefings[0]!.host).toBe(host);
    expect(cli.briefings[0]!.source).toBe('override');
    await withApp(browser, async ({ page, leaks }) => {
      await page.getByRole('button', { name: '3. Lập lịch' }).click();
      const rows = page.getByTestId('plan').locator('tbody tr');
      expect(await rows.count()).toBe(cli.briefings.length);
      expect(await rows.first().locator('td').nth(3).textContent()).toBe(host);
      expect(await rows.first().locator('td').nth(5).textContent()).toBe('cố định');
      expect(await rows.locator('td:nth-child(4)').allTextContents()).toEqual(cli.briefings.map((b) => b.host));
      expect(leaks).toEqual([]);
    }, { book: edited });
  }, 120_000);

  it('shows each step readable at 1366×768 (screenshots for the README)', async () => {
    // The README's pictures are refreshed only on request (UPDATE_SCREENSHOTS=1), so a test run leaves the tree clean.
    const dir = process.env.UPDATE_SCREENSHOTS ? join(ROOT, 'docs') : TMP;
    await withApp(browser, async ({ page, leaks }) => {
      const shot = async (name: string) => {
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        const png = await page.screenshot({ path: join(dir, name) });
        expect(png.length).toBeGreaterThan(10_000);
      };
      await shot('app-1-chon-so.png');
      await loadWorkbook(page, EXAMPLE);
      // Nothing spills sideways at 1366 px.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
      await shot('app-2-kiem-tra.png');
      for (const [step, name] of [['3. Lập lịch', 'app-3-lap-lich.png'], ['4. Tổng hợp', 'app-4-tong-hop.png'], ['5. Tải về', 'app-5-tai-ve.png']] as const) {
        await page.getByRole('button', { name: step }).click();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
        await shot(name);
      }
      // Keyboard only: Tab reaches the step buttons and Enter opens a step.
      await page.getByRole('button', { name: '2. Kiểm tra' }).focus();
      await page.keyboard.press('Enter');
      expect(await page.locator('#panel-check').isVisible()).toBe(true);
      // The same file chosen again (after the clerk fixed it in Excel) is read again.
      await loadWorkbook(page, EXAMPLE);
      expect(await page.getByTestId('errors').textContent()).toBe(String(validate.summary.errors));
      expect(leaks).toEqual([]);
    });
  }, 120_000);

  it('has a Content-Security-Policy that refuses every connection before it is made', async () => {
    await withApp(browser, async ({ page, leaks, cspBlocked }) => {
      const csp = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("connect-src 'none'");
      expect(csp).not.toContain('unsafe-eval');
      const outcome = await page.evaluate(async () => {
        const tries: string[] = [];
        try {
          await fetch('http://127.0.0.1:9/x');
          tries.push('fetch sent');
        } catch {
          tries.push('fetch refused');
        }
        const img = new Image();
        await new Promise<void>((r) => {
          img.onerror = () => r();
          img.onload = () => r();
          img.src = 'http://127.0.0.1:9/pixel.png';
        });
        tries.push(img.naturalWidth > 0 ? 'image loaded' : 'image refused');
        return tries;
      });
      expect(outcome).toEqual(['fetch refused', 'image refused']);
      // Refused by the policy inside the page: not even the blocked route saw them.
      expect(leaks).toEqual([]);
      expect(cspBlocked).toContain('http://127.0.0.1:9/pixel.png');
      // Every inline block ran (the page's script filled the labels).
      expect(await page.getByRole('button', { name: '2. Kiểm tra' }).count()).toBe(1);
    });
  }, 60_000);

  it('refuses a file that is not a workbook with a clear Vietnamese message', async () => {
    await withApp(browser, async ({ page, leaks }) => {
      await page.locator('input#file').setInputFiles({ name: 'ghi-chu.xlsx', mimeType: 'text/plain', buffer: Buffer.from('STT,Ngày\n1,15/01/2026\n') });
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('tệp "ghi-chu.xlsx" không phải sổ tính');
      expect(await page.locator('.step[data-step=check]').isDisabled()).toBe(true);
      expect(leaks).toEqual([]);
    });
  }, 60_000);

  it('refuses a file over the reader\'s limits with the CLI\'s own message', async () => {
    // An inflate bomb: the example with one sheet part that inflates 1,000:1 past 16 MB.
    const parts = unzipSync(new Uint8Array(readFileSync(EXAMPLE)));
    parts['xl/worksheets/sheet1.xml'] = strToU8(`<?xml version="1.0"?><!--${' '.repeat(24_000_000)}--><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>`);
    const bomb = join(TMP, 'bom.xlsx');
    writeFileSync(bomb, zipSync(parts, { level: 9 }));
    let cliMessage = '';
    try {
      execFileSync(process.execPath, [join(ROOT, 'packages/cli/dist/giaoban.js'), 'validate', bomb], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (err) {
      cliMessage = String((err as { stderr?: string }).stderr).trim();
    }
    expect(cliMessage).toMatch(/^Lỗi: tệp "bom\.xlsx": .*giới hạn/);
    await withApp(browser, async ({ page }) => {
      await page.locator('input#file').setInputFiles(bomb);
      await page.waitForFunction(() => document.body.dataset.state === 'failed', null, { timeout: 60_000 });
      // The same sentence as the CLI, after the page's "Không thực hiện được:" instead of the CLI's "Lỗi:".
      expect(await page.getByRole('alert').textContent()).toBe(`Không thực hiện được: ${cliMessage.replace(/^Lỗi: /, '')}`);
    });
  }, 120_000);

  for (const format of ['ods', 'xls'] as const) {
    it.skipIf(!SOFFICE)(`reads a .${format} saved by LibreOffice from the example like the .xlsx, and saves the result as .xlsx`, async () => {
      const src = join(TMP, `so-theo-doi-giao-ban.xlsx`);
      copyFileSync(EXAMPLE, src);
      const converted = join(TMP, `so-theo-doi-giao-ban.${format}`);
      if (!existsSync(converted)) {
        execFileSync(SOFFICE!, ['--headless', `-env:UserInstallation=file://${TMP}/lo-profile`, '--convert-to', format, '--outdir', TMP, src], { stdio: 'pipe', timeout: 120_000 });
      }
      await withApp(browser, async ({ page, leaks, pageErrors }) => {
        expect(await page.locator('#converted').textContent()).toContain(`.${format}`);
        expect(await page.locator('#converted').getAttribute('hidden')).toBeNull();
        await expectSameAsCli(page);
        const xlsx = await downloadTo(page, 'download-xlsx', `from-${format}.xlsx`);
        expect(xlsx.suggested).toBe('so-theo-doi-giao-ban - giao ban.xlsx');
        await expectOurSheets(xlsx.path);
        // The clerk's sheets are all there, in order, before ours.
        const grid = await readWorkbookFile(xlsx.path);
        expect(grid.sheets.map((s) => s.name).slice(0, -3)).toEqual((await readWorkbookFile(EXAMPLE)).sheets.map((s) => s.name));
        expect(leaks).toEqual([]);
        expect(pageErrors).toEqual([]);
      }, { book: converted });
    }, 240_000);
  }
});
