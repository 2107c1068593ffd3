// the printed Lịch giao ban shows a year at a glance on one or two A4 pages.
// The example workbook's 12 months × 3 clusters are planned by `giaoban rotate -o`, the
// other sheets hidden, and LibreOffice prints the plan sheet to PDF. Skipped where soffice
// is absent (install: apt-get install -y libreoffice-calc poppler-utils).
import { afterAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { main } from '../../packages/cli/src/main.js';

const has = (cmd: string, arg = '--version') => spawnSync(cmd, [arg], { encoding: 'utf8' }).status === 0;
const ready = has('soffice') && has('pdftotext', '-v');
if (!ready) console.warn('test/rotation/planPrint: bỏ qua — thiếu LibreOffice hoặc poppler-utils (skipped: soffice/poppler not installed)');

const dir = mkdtempSync(join(tmpdir(), 'giaoban-print-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!ready)('printed Lịch giao ban (LibreOffice)', () => {
  it('prints 12 months × 3 clusters at a glance on the first page of the plan, the detail after it', async () => {
    const out = join(dir, 'lich.xlsx');
    const code = await main(['rotate', resolve('examples/so-theo-doi-giao-ban.xlsx'), '--from', '2026-01', '--months', '12', '-o', out], {
      stdout: () => {}, stderr: () => {}, cwd: dir,
    });
    expect(code).toBeLessThanOrEqual(1); // 1: the example has planted mistakes
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    for (const ws of wb.worksheets) if (ws.name !== 'Lịch giao ban') ws.state = 'hidden';
    const only = join(dir, 'chi-lich.xlsx');
    await wb.xlsx.writeFile(only);
    const profile = join(tmpdir(), `giaoban-lo-plan-${process.pid}`);
    const conv = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, only], { encoding: 'utf8', timeout: 120_000 });
    rmSync(profile, { recursive: true, force: true });
    expect(conv.status, conv.stderr).toBe(0);
    const pdf = join(dir, 'chi-lich.pdf');
    const pages = +/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)![1]!;
    const texts = Array.from({ length: pages }, (_, i) => spawnSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdf, '-'], { encoding: 'utf8' }).stdout);
    const first = texts.findIndex((t) => t.includes('LỊCH GIAO BAN CƠ SỞ'));
    expect(first).toBeGreaterThanOrEqual(0);
    // Every month of the year and the last line of the glance section within two pages of the title.
    const glance = texts.slice(first, first + 2).join('\n');
    for (let m = 1; m <= 12; m++) expect(glance).toContain(`${String(m).padStart(2, '0')}/2026`);
    expect(glance).toMatch(/Cụm 3\s+Thứ Ba, 15\/12\/2026/);
    // In fact on one page here, and the detail (participants and reasons) comes after it.
    expect(texts[first]).toMatch(/Cụm 3\s+Thứ Ba, 15\/12\/2026/);
    const detail = texts.findIndex((t) => t.includes('CHI TIẾT: THÀNH PHẦN THAM DỰ'));
    expect(detail).toBeGreaterThanOrEqual(first);
    expect(texts.slice(detail).some((t) => t.includes('Thường trực Đảng ủy'))).toBe(true);
    expect(texts.some((t) => t.includes('BẢNG CÔNG BẰNG TRONG KỲ'))).toBe(true);
  });
});
