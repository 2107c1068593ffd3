// A clerk formats rows ahead of time (borders, a date format) and leaves them blank: such rows, between and
// after the data, add nothing to the grid, while the values around them and in the same rows are all read.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { readXlsx } from '@giaoban/xlsx';

async function clerkSheet(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Ý kiến');
  const border = { top: { style: 'thin' as const }, left: { style: 'thin' as const }, bottom: { style: 'thin' as const }, right: { style: 'thin' as const } };
  const formatRow = (r: number) => {
    for (let c = 1; c <= 3; c++) {
      const cell = ws.getCell(r, c);
      cell.border = border;
      if (c === 2) cell.numFmt = 'dd/mm/yyyy';
    }
  };
  ws.getRow(1).values = ['STT', 'Ngày', 'Nội dung'];
  ws.getRow(2).values = [1, new Date(Date.UTC(2018, 0, 15)), 'Tranh chấp đất đai ở bản Nà Khoa'];
  ws.getCell(2, 2).numFmt = 'dd/mm/yyyy';
  for (let r = 3; r <= 5; r++) formatRow(r);
  // A row with its date cell left blank but formatted, between two values.
  formatRow(6);
  ws.getCell(6, 1).value = 2;
  ws.getCell(6, 3).value = 'Đề nghị sửa đường liên bản';
  for (let r = 7; r <= 3000; r++) formatRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('formatted blank rows', () => {
  it('add nothing to the grid; the values between them are read', async () => {
    const bytes = await clerkSheet();
    const part = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
    // The file does hold the blank formatted rows (styled cells, no values).
    expect(part).toMatch(/<row r="3000"[^>]*><c r="A3000" s="\d+"\/><c r="B3000" s="\d+"\/><c r="C3000" s="\d+"\/><\/row>/);
    const { grid } = await readXlsx(bytes);
    const sheet = grid.sheets[0]!;
    expect(sheet.values).toEqual([
      ['STT', 'Ngày', 'Nội dung'],
      [1, 43115, 'Tranh chấp đất đai ở bản Nà Khoa'],
      [null, null, null],
      [null, null, null],
      [null, null, null],
      [2, null, 'Đề nghị sửa đường liên bản'],
    ]);
    expect(sheet.numberFormats?.[1]?.[1]).toBe('dd/mm/yyyy');
  });
});
