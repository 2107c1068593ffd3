// One load for read-and-write commands: the grid must be the one the streaming reader gives,
// and the copy must keep every guarantee of writeWorkbookWithSheets.
process.env.TZ = 'America/Los_Angeles'; // a host zone behind UTC must not move a day

import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildFindingsSheet, markerFor, readWorkbook, type Finding, type ReadingProgress, type SheetModel } from '@giaoban/core';
import { openWorkbookForUpdate, readWorkbookFile } from '../../packages/cli/src/xlsx/index.js';
import { FileError } from '../../packages/cli/src/io.js';
import { repoRoot, tmpDir } from './helpers.js';

const dir = tmpDir('xlsx-update');
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

async function clerkWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sổ ý kiến');
  ws.getCell('A1').value = 'CÔNG AN HUYỆN MƯỜNG CHÀ';
  ws.mergeCells('A1:F1');
  ws.getRow(3).values = ['STT', 'Ngày', 'Xã', 'Nội dung', 'Tình trạng', 'Ghi chú'];
  ws.getCell('A4').value = 1;
  ws.getCell('B4').value = utc(2018, 1, 15);
  ws.getCell('B4').numFmt = 'dd/mm/yyyy';
  ws.getCell('C4').value = 'Nà Khoa';
  ws.getCell('D4').value = { richText: [{ text: 'Tranh chấp ', font: { bold: true } }, { text: 'đất nương rẫy ở bản Huổi Hâu' }] };
  ws.getCell('E4').value = 'Đã giải đáp tại chỗ';
  ws.getCell('F4').value = '=SUM(A1:A3) — ghi chú của cán bộ';
  ws.getCell('A5').value = { formula: 'A4+1', result: 2 };
  ws.getCell('B5').value = '16/02/2018';
  ws.getCell('C5').value = 'Nà Bủng'.normalize('NFD');
  ws.getCell('D5').value = { formula: 'VLOOKUP(1,Z1:Z2,2,0)' } as ExcelJS.CellFormulaValue; // no cached result
  ws.getCell('E5').value = { text: 'Xem công văn', hyperlink: 'https://example.gov.vn/cv' };
  ws.getCell('F5').value = 'Nµ Khoa';
  ws.getCell('F5').font = { name: '.VnTime' };
  ws.getCell('A6').value = true;
  // A clerk's own sheet named like the product's summary sheet, and the product's marked sheet from an earlier run.
  wb.addWorksheet('Tổng hợp').getCell('A1').value = 'Bảng tổng hợp do cán bộ tự lập — KHÔNG ĐƯỢC XÓA';
  const old = wb.addWorksheet('Kết quả kiểm tra');
  old.getCell('A1').value = 'kết quả lần trước';
  old.getCell('K1').value = markerFor('findings');
  await wb.xlsx.writeFile(path);
}

const finding = (cell: string, message: string): Finding => ({
  severity: 'error',
  code: 'date.invalid',
  sheet: 'Sổ ý kiến',
  cell,
  message,
  messageEn: 'Invalid date',
  suggestion: null,
  suggestionEn: null,
});

describe('openWorkbookForUpdate', () => {
  it('builds the same grid as the streaming reader', async () => {
    const path = join(dir, 'so-y-kien.xlsx');
    await clerkWorkbook(path);
    const progress: ReadingProgress[] = [];
    const book = await openWorkbookForUpdate(path, { onProgress: (p) => progress.push(p) });
    const streamed = await readWorkbookFile(path);
    expect(book.grid).toEqual(streamed);
    const v = book.grid.sheets[0]!.values;
    expect(v[3]![1]).toBe(43115); // 15/01/2018
    expect(v[3]![3]).toBe('Tranh chấp đất nương rẫy ở bản Huổi Hâu');
    expect(v[4]![3]).toBe('#VALUE!'); // a formula without a cached result, as the streaming reader reports it
    expect(book.grid.sheets[0]!.fonts?.[4]?.[5]).toBe('.VnTime');
    expect(progress[0]).toEqual({ step: 'opening', bytes: statSync(path).size });
    expect(progress).toContainEqual({ step: 'sheetRead', sheet: book.grid.sheets[0]!.name, rows: v.length });
  });

  it('builds the same grid as the streaming reader on the example workbook, and reads it the same way', async () => {
    const example = join(repoRoot, 'examples/so-theo-doi-giao-ban.xlsx');
    if (!existsSync(example)) return expect.fail('examples/so-theo-doi-giao-ban.xlsx is missing');
    const book = await openWorkbookForUpdate(example);
    const streamed = await readWorkbookFile(example);
    expect(book.grid).toEqual(streamed);
    const a = readWorkbook(book.grid);
    expect(a.issues.length).toBeGreaterThan(0);
    expect(a.findings).toEqual(readWorkbook(streamed).findings);
  });

  it("writes a copy from the same load: clerk's sheets untouched, own marked sheet replaced, text never a formula", async () => {
    const path = join(dir, 'so-goc.xlsx');
    await clerkWorkbook(path);
    const before = readFileSync(path);
    const book = await openWorkbookForUpdate(path);
    const summary: SheetModel = {
      name: 'Tổng hợp',
      kind: 'summary',
      cells: [['TỔNG HỢP KẾT QUẢ GIAO BAN', null, markerFor('summary')], ['=1+1 buổi', '@Hội PN', '-5 ngày']],
      columnWidths: [30, 12, 4],
      merges: ['A1:B1'],
      styles: [{ range: 'A1:B1', style: { bold: true, wrap: true } }],
      print: { orientation: 'portrait', paperSize: 'A4', fitToWidth: true },
      markerCell: 'C1',
      rowHeights: [33, null],
    };
    const findings = buildFindingsSheet([finding('B5', 'Ngày "16/02/2018" hợp lệ nhưng ô ghi dạng chữ')], { unit: 'Công an huyện Mường Chà' });
    const out = join(dir, 'so-co-tong-hop.xlsx');
    const written = await book.write(out, [summary, findings]);
    expect(written).toEqual([
      { sheet: 'Tổng hợp (2)', action: 'create' },
      { sheet: 'Kết quả kiểm tra', action: 'replace' },
    ]);
    expect(readFileSync(path).equals(before)).toBe(true);

    const g = await readWorkbookFile(out);
    expect(g.sheets.map((s) => s.name)).toEqual(['Sổ ý kiến', 'Tổng hợp', 'Kết quả kiểm tra', 'Tổng hợp (2)']);
    const original = await readWorkbookFile(path);
    expect(g.sheets[0]).toEqual(original.sheets[0]);
    expect(g.sheets[1]!.values[0]![0]).toBe('Bảng tổng hợp do cán bộ tự lập — KHÔNG ĐƯỢC XÓA');
    expect(g.sheets[2]!.values.flat()).not.toContain('kết quả lần trước');
    expect(g.sheets[2]!.values.flat()).toContain(markerFor('findings'));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Tổng hợp (2)')!;
    for (const addr of ['A2', 'B2', 'C2']) expect(ws.getCell(addr).formula, addr).toBeFalsy();
    expect(ws.getCell('A2').value).toBe('=1+1 buổi');
    expect(ws.getRow(1).height).toBe(33);
    // The clerk's text that looks like a formula is still text in the copy.
    expect(wb.getWorksheet('Sổ ý kiến')!.getCell('F4').value).toBe('=SUM(A1:A3) — ghi chú của cán bộ');

    // Writing again from the same load replaces what the first write created, nothing else.
    const out2 = join(dir, 'so-co-tong-hop-2.xlsx');
    const again = await book.write(out2, [summary]);
    expect(again).toEqual([{ sheet: 'Tổng hợp (2)', action: 'replace' }]);
    const g2 = await readWorkbookFile(out2);
    expect(g2.sheets.map((s) => s.name)).toEqual(['Sổ ý kiến', 'Tổng hợp', 'Kết quả kiểm tra', 'Tổng hợp (2)']);
  });

  it('refuses an output that is the input before loading, and unusable files with a one-line reason', async () => {
    const path = join(dir, 'so-3.xlsx');
    await clerkWorkbook(path);
    await expect(openWorkbookForUpdate(path, { outputPath: path })).rejects.toThrow(/trùng với sổ gốc/);
    const book = await openWorkbookForUpdate(path);
    await expect(book.write(path, [])).rejects.toBeInstanceOf(FileError);
    await expect(openWorkbookForUpdate(join(dir, 'khong-co.xlsx'))).rejects.toThrow(/không tìm thấy tệp/);
    const truncated = join(dir, 'hong.xlsx');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(truncated, readFileSync(path).subarray(0, 900));
    const err = await openWorkbookForUpdate(truncated).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileError);
    expect((err as Error).message).not.toMatch(/\n/);
  });
});
