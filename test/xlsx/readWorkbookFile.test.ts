// Runs in a far-off time zone on purpose: no host time zone may move a day.
process.env.TZ = 'Pacific/Kiritimati';

import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { statSync, writeFileSync } from 'node:fs';
import type { ReadingProgress } from '@giaoban/core';
import { join } from 'node:path';
import { readWorkbookFile } from '../../packages/cli/src/xlsx/index.js';
import { FileError } from '../../packages/cli/src/io.js';
import { tmpDir } from './helpers.js';

const dir = tmpDir('xlsx-read');
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

async function clerkWorkbook(path: string, date1904: boolean): Promise<void> {
  const wb = new ExcelJS.Workbook();
  if (date1904) (wb.properties as { date1904?: boolean }).date1904 = true;
  const ws = wb.addWorksheet('Sổ ý kiến');
  ws.getCell('A1').value = 'CÔNG AN HUYỆN NẬM PỒ';
  ws.mergeCells('A1:F1');
  ws.getCell('A2').value = 'SỔ THEO DÕI Ý KIẾN, PHẢN ÁNH';
  ws.mergeCells('A2:F2');
  ws.getRow(4).values = ['STT', 'Ngày', 'Xã', 'Nội dung', 'Tình trạng', 'Ghi chú'];
  ws.getCell('A5').value = 1;
  ws.getCell('B5').value = utc(2018, 1, 15);
  ws.getCell('B5').numFmt = 'dd/mm/yyyy';
  ws.getCell('C5').value = 'Nà Khoa';
  ws.getCell('D5').value = { richText: [{ text: 'Tranh chấp ' , font: { bold: true } }, { text: 'đất nương rẫy ở bản Nậm Pồ' }] };
  ws.getCell('E5').value = 'Đã giải đáp tại chỗ';
  ws.getCell('A6').value = { formula: 'A5+1', result: 2 };
  ws.getCell('B6').value = '16/02/2018';
  // NFD text, as some Vietnamese keyboards produce it: kept as typed; the core folds it.
  ws.getCell('C6').value = 'Nà Bủng'.normalize('NFD');
  ws.getCell('D6').value = { formula: 'VLOOKUP(1,Z1:Z2,2,0)', result: { error: '#N/A' } };
  ws.getCell('E6').value = { text: 'Xem công văn', hyperlink: 'https://example.gov.vn/cv' };
  ws.getCell('F6').value = 'Nµ Khoa';
  ws.getCell('F6').font = { name: '.VnTime' };
  ws.getCell('A7').value = { formula: 'DATE(2019,2,29)', result: utc(2019, 3, 1) };
  ws.getCell('B7').value = utc(1904, 1, 2);
  ws.getCell('B7').numFmt = 'dd/mm/yyyy';
  ws.getCell('A8').value = true;
  wb.addWorksheet('Trống');
  await wb.xlsx.writeFile(path);
}

describe('readWorkbookFile', () => {
  it('reads a 1900-system workbook: dates as serials, rich text, formulas, errors, merges, fonts', async () => {
    const path = join(dir, 'clerk-1900.xlsx');
    await clerkWorkbook(path, false);
    const progress: ReadingProgress[] = [];
    const wb = await readWorkbookFile(path, { onProgress: (p) => progress.push(p) });
    expect(wb.date1904).toBe(false);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Sổ ý kiến', 'Trống']);
    const s = wb.sheets[0]!;
    const v = s.values;
    expect(v[0]![0]).toBe('CÔNG AN HUYỆN NẬM PỒ');
    expect(v[0]![1]).toBeNull(); // merged slave is empty, as Excel reports it
    expect(v[3]).toEqual(['STT', 'Ngày', 'Xã', 'Nội dung', 'Tình trạng', 'Ghi chú']);
    // 15/01/2018 is serial 43115 in the 1900 system.
    expect(v[4]![1]).toBe(43115);
    expect(s.numberFormats?.[4]?.[1]).toBe('dd/mm/yyyy');
    expect(v[4]![3]).toBe('Tranh chấp đất nương rẫy ở bản Nậm Pồ');
    expect(v[5]![0]).toBe(2);
    expect(v[5]![1]).toBe('16/02/2018');
    expect(v[5]![2]).toBe('Nà Bủng'.normalize('NFD'));
    // An error result stays an Excel error text (the streaming reader loses which one).
    expect(v[5]![3]).toMatch(/^#(N\/A|VALUE!)$/);
    expect(v[5]![4]).toBe('Xem công văn');
    expect(v[5]![5]).toBe('Nµ Khoa');
    expect(s.fonts?.[5]?.[5]).toBe('.VnTime');
    expect(v[6]![0]).toBe(43525); // a formula's cached date result: 01/03/2019
    expect(v[7]![0]).toBe(true);
    expect(s.merges?.sort()).toEqual(['A1:F1', 'A2:F2']);
    // Rectangular block.
    for (const row of v) expect(row).toHaveLength(6);
    expect(wb.sheets[1]!.values).toEqual([]);
    expect(progress).toEqual([
      { step: 'opening', bytes: statSync(path).size },
      { step: 'sheetRead', sheet: 'Sổ ý kiến', rows: s.values.length },
      { step: 'sheetRead', sheet: 'Trống', rows: wb.sheets[1]!.values.length },
    ]);
  });

  it('reads a 1904-system workbook with serials of that system', async () => {
    const path = join(dir, 'clerk-1904.xlsx');
    await clerkWorkbook(path, true);
    const wb = await readWorkbookFile(path);
    expect(wb.date1904).toBe(true);
    const v = wb.sheets[0]!.values;
    // 15/01/2018 in the 1904 system: 43115 − 1462.
    expect(v[4]![1]).toBe(41653);
    // 02/01/1904 is serial 1 in the 1904 system.
    expect(v[6]![1]).toBe(1);
  });

  it('refuses unusable files with a one-line Vietnamese reason', async () => {
    const cases: [string, Buffer | null, RegExp][] = [
      ['khong-co.xlsx', null, /không tìm thấy tệp/],
      ['rong.xlsx', Buffer.alloc(0), /rỗng/],
      ['van-ban.xlsx', Buffer.from('STT;Ngày;Xã\n1;15/01/2018;Nà Khoa\n', 'utf8'), /không phải sổ tính \(\.xlsx, \.xlsm, \.xls, \.ods\)/],
      // A compound file that is no real .xls: read by SheetJS, refused as damaged.
      ['cu.xls', cfb(['Workbook', 'SummaryInformation']), /bị hỏng hoặc không phải sổ tính hợp lệ/],
      ['mat-khau.xlsx', cfb(['EncryptionInfo', 'EncryptedPackage']), /bảo vệ bằng mật khẩu/],
      ['hong.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]), /bị hỏng/],
    ];
    for (const [name, bytes, pattern] of cases) {
      const path = join(dir, name);
      if (bytes) writeFileSync(path, bytes);
      const err = await readWorkbookFile(path).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err, name).toBeInstanceOf(FileError);
      expect((err as FileError).message, name).toMatch(pattern);
      expect((err as FileError).message, name).not.toContain('\n');
    }
  });

  it('refuses a truncated real .xlsx as corrupt', async () => {
    const good = join(dir, 'clerk-1900.xlsx');
    await clerkWorkbook(good, false);
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(good);
    const path = join(dir, 'cut.xlsx');
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(readWorkbookFile(path)).rejects.toThrow(/bị hỏng/);
  });
});

/** A minimal OLE compound-file header followed by directory names in UTF-16LE. */
function cfb(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const dir = Buffer.concat(streams.map((s) => {
    const e = Buffer.alloc(128);
    Buffer.from(s, 'utf16le').copy(e);
    return e;
  }));
  return Buffer.concat([header, dir]);
}
