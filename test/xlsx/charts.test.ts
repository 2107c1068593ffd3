// Charts are real chart parts: LibreOffice draws all four kinds from a workbook the package writer made
// (their titles and the pie's percentages appear in the PDF). Skipped where soffice/pdftotext are absent.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRenderPlan, markerFor, type SheetModel } from '@giaoban/core';
import { createEmptyXlsx, writeXlsx } from '@giaoban/xlsx';
import { tmpDir } from './helpers.js';

const ok = (cmd: string, arg: string) => spawnSync(cmd, [arg], { encoding: 'utf8' }).status === 0;
const tools = ok('soffice', '--version') && ok('pdftotext', '-v');
if (!tools) console.warn('test/xlsx/charts: bỏ qua — thiếu LibreOffice hoặc poppler-utils; cài: apt-get install -y libreoffice-calc poppler-utils (skipped)');

const model: SheetModel = {
  name: 'Biểu đồ',
  kind: 'summary',
  cells: [[markerFor('summary')], ['Tháng', 'Số', 'Lũy kế'], ['T1', 5, 5], ['T2', 8, 13], ['T3', 3, 16], ['T4', 10, 26]],
  columnWidths: [10, 8, 8],
  merges: [],
  styles: [],
  print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true },
  markerCell: 'A1',
  charts: [
    { type: 'column', title: 'Cột theo tháng', categories: 'A3:A6', series: [{ name: 'Số', values: 'B3:B6' }, { name: 'Lũy kế', values: 'C3:C6' }], anchor: { cell: 'E2', widthCols: 6, heightRows: 14 } },
    { type: 'pie', title: 'Hình tròn', categories: 'A3:A6', series: [{ name: 'Số', values: 'B3:B6' }], anchor: { cell: 'L2', widthCols: 6, heightRows: 14 } },
    { type: 'line', title: 'Đường lũy kế', categories: 'A3:A6', series: [{ name: 'Lũy kế', values: 'C3:C6' }], anchor: { cell: 'E18', widthCols: 6, heightRows: 12 } },
    { type: 'bar', title: 'Thanh ngang', categories: 'A3:A6', series: [{ name: 'Số', values: 'B3:B6' }], anchor: { cell: 'L18', widthCols: 6, heightRows: 12 } },
  ],
};

describe.skipIf(!tools)('charts drawn by LibreOffice', () => {
  it('draws column, pie, line and bar charts with their titles and the pie percentages', async () => {
    const dir = tmpDir('xlsx-charts');
    const file = join(dir, 'bieu-do.xlsx');
    writeFileSync(file, await writeXlsx(createEmptyXlsx(), buildRenderPlan([], [model])));
    const profile = `file://${join(dir, 'lo-profile')}`;
    const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { encoding: 'utf8', timeout: 180_000 });
    expect(r.status, r.stderr).toBe(0);
    const text = spawnSync('pdftotext', [join(dir, 'bieu-do.pdf'), '-'], { encoding: 'utf8' }).stdout;
    for (const title of ['Cột theo tháng', 'Hình tròn', 'Đường lũy kế', 'Thanh ngang']) expect(text).toContain(title);
    expect(text).toMatch(/\b38%/); // 10 of 26 in the pie
  }, 200_000);
});
