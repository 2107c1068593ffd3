// The printed look: the demo workbook converted by LibreOffice headless to PDF,
// the "Tổng hợp" and "Lịch giao ban" pages checked for what a clerk prints
// (A4, orientation, every column on the page width, header blocks) and rendered
// to PNG under test/.tmp/render/ to look at. Skipped where soffice is absent
// (install: apt-get install -y libreoffice-calc poppler-utils).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { main } from '../../packages/cli/src/main.js';

const has = (cmd: string, arg = '--version') => spawnSync(cmd, [arg], { encoding: 'utf8' }).status === 0;
const soffice = has('soffice');
const poppler = has('pdftotext', '-v') && has('pdftoppm', '-v');
if (!soffice || !poppler) {
  console.warn(
    `test/render: bỏ qua — thiếu ${!soffice ? 'LibreOffice (soffice)' : 'poppler-utils (pdftotext, pdftoppm)'}; ` +
      'cài bằng: apt-get install -y libreoffice-calc poppler-utils (skipped: LibreOffice/poppler not installed)',
  );
}

const dir = join(process.cwd(), 'test/.tmp/render');

function pageText(pdf: string, page: number): string {
  return spawnSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
}
function pageSize(pdf: string, page: number): { w: number; h: number } {
  const out = spawnSync('pdfinfo', ['-f', String(page), '-l', String(page), pdf], { encoding: 'utf8' }).stdout;
  const m = /Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/.exec(out);
  if (!m) throw new Error(`no page size in: ${out}`);
  return { w: +m[1]!, h: +m[2]! };
}

describe.skipIf(!soffice || !poppler)('printed pages of the demo workbook (LibreOffice)', () => {
  it('prints Tổng hợp on A4 portrait and Lịch giao ban on A4 landscape, every column on the page', async () => {
    // A fresh folder: the demo never writes over its earlier output without --force.
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const out: string[] = [];
    // --force: the demo workbook of an earlier run is replaced (outputs are never written over without it).
    const code = await main(['demo', '--out', dir, '--force'], { stdout: (t) => out.push(t), stderr: () => {}, cwd: process.cwd() });
    expect(code).toBe(0);
    const xlsx = join(dir, 'giao-ban-demo.xlsx');
    const pdf = join(dir, 'giao-ban-demo.pdf');
    rmSync(pdf, { force: true });
    const profile = join(tmpdir(), `giaoban-lo-${process.pid}`);
    const conv = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    rmSync(profile, { recursive: true, force: true });
    expect(conv.status, conv.stderr).toBe(0);
    expect(existsSync(pdf)).toBe(true);

    const pages = +/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)![1]!;
    const texts = Array.from({ length: pages }, (_, i) => pageText(pdf, i + 1));
    const summaryPage = texts.findIndex((t) => t.includes('TỔNG HỢP KẾT QUẢ GIAO BAN TẠI CƠ SỞ')) + 1;
    const planPage = texts.findIndex((t) => t.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') && t.includes('LỊCH GIAO BAN')) + 1;
    expect(summaryPage).toBeGreaterThan(0);
    expect(planPage).toBeGreaterThan(0);

    // A4 is 595 × 842 pt.
    const s = pageSize(pdf, summaryPage);
    expect([Math.round(s.w), Math.round(s.h)]).toEqual([595, 842]);
    const p = pageSize(pdf, planPage);
    expect([Math.round(p.w), Math.round(p.h)]).toEqual([842, 595]);

    // Fit to width: the last column's header is on the same page as the first.
    const summary = texts[summaryPage - 1]!;
    for (const t of ['I. GIAO BAN TẠI CƠ SỞ', 'STT', 'Chỉ tiêu', 'Trong kỳ', 'Lũy kế', 'Tỷ lệ', 'Tổng cộng']) expect(summary).toContain(t);
    const plan = texts[planPage - 1]!;
    // The plan at a glance first, then the detail table, each with every column on the page.
    for (const t of ['Độc lập - Tự do - Hạnh phúc', 'Tháng/năm', 'Ngày họp', 'Chủ trì hội nghị', 'Lưu ý']) expect(plan).toContain(t);
    const detail = texts.slice(planPage - 1).find((t) => t.includes('Cố định') && t.includes('Ngày giao'))!;
    for (const t of ['STT', 'Ngày giao', 'Lãnh đạo chủ trì', 'Cố định']) expect(detail).toContain(t);
    // The open-items list with its last column ends up on some printed page of the summary.
    expect(texts.slice(summaryPage - 1).some((t) => t.includes('Vị trí trong sổ'))).toBe(true);

    // The case-state rows print right under their category, and no label is cut off at its column's edge
    // ("Đang giải quy"): long statuses, communes and officers wrap onto a second line instead.
    const summaryText = texts.slice(summaryPage - 1).join('\n');
    expect(summaryText).toMatch(/Tình hình ANTT, vụ việc tồn đọng, mới phát sinh.*\n\s*Trong đó: vụ việc tồn đọng.*\n\s*Trong đó: vụ việc mới phát sinh.*\n\s*2 Ý kiến củng cố/);
    expect(summaryText).not.toMatch(/giải quy(?!ết)|Chuyển cơ quan chức(?! năng)/);

    // PNGs to look at (and the README picture).
    for (const [page, name] of [
      [summaryPage, 'tong-hop'],
      [planPage, 'lich-giao-ban'],
    ] as const) {
      const r = spawnSync('pdftoppm', ['-f', String(page), '-l', String(page), '-png', '-r', '80', '-singlefile', pdf, join(dir, name)], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(existsSync(join(dir, `${name}.png`))).toBe(true);
    }
  });
});
