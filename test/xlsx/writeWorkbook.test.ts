import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { estimateRowHeights, markerFor, type SheetModel } from '@giaoban/core/internal';
import { readWorkbookFile, writeWorkbookWithSheets } from '../../packages/cli/src/xlsx/index.js';
import { FileError } from '../../packages/cli/src/io.js';
import { readZipDirectory } from '@giaoban/xlsx';
import { tmpDir } from './helpers.js';

const dir = tmpDir('xlsx-write');

const PLAN_HEADER = ['STT', 'Tháng', 'Cụm', 'Ngày giao ban', 'Thứ', 'Xã đăng cai', 'Lãnh đạo chủ trì', 'Thành phần tham dự', 'Ghi chú', 'Cố định'];

function planModel(hostOfJanuary: string): SheetModel {
  return {
    name: 'Lịch giao ban',
    kind: 'plan',
    cells: [
      ['LỊCH GIAO BAN TẠI CƠ SỞ NĂM 2025', null, null, null, null, null, null, null, null, null, markerFor('plan')],
      [],
      PLAN_HEADER,
      [1, '01/2025', 'Cụm 1', '15/01/2025', 'Thứ Tư', hostOfJanuary, 'Trần Ích Chính', 'CA phụ trách xã; Trưởng CAX', '=chưa chốt', null],
      [2, '02/2025', 'Cụm 1', '17/02/2025', 'Thứ Hai', 'Nà Bủng', 'Lò Văn Thắng', '+ TT Đảng ủy', '-', 'x'],
      [3, '03/2025', 'Cụm 1', '17/03/2025', 'Thứ Hai', 'Nậm Chua', null, '@Hội PN', null, null],
    ],
    columnWidths: [6, 9, 10, 13, 9, 16, 22, 40, 20, 8, 4],
    merges: ['A1:J1'],
    styles: [
      { range: 'A1:J1', style: { bold: true, fontSize: 14, horizontal: 'center' } },
      { range: 'A3:J3', style: { bold: true, fill: '#DDEBF7', border: true, wrap: true } },
      { range: 'K1', style: { fontColor: '#FFFFFF' } },
    ],
    freeze: { rows: 3, cols: 0 },
    print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true, repeatRows: '3:3', printArea: 'A1:J6' },
    tables: [{ name: 'LichGiaoBan', range: 'A3:J6' }],
    conditionalFormats: [{ range: 'J4:J6', formula: 'LEN($J4)>0', style: { fill: '#FFF2CC', bold: true } }],
    links: [{ cell: 'F4', sheet: 'Giao ban', target: 'C5' }],
    charts: [{ type: 'column', title: 'Số ý kiến theo tháng', categories: 'B4:B6', series: [{ name: 'Ý kiến', values: 'A4:A6' }], anchor: { cell: 'L3', widthCols: 6, heightRows: 12 } }],
    markerCell: 'K1',
  };
}

async function clerkWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const gb = wb.addWorksheet('Giao ban');
  gb.getRow(1).values = ['STT', 'Ngày giao ban', 'Xã đăng cai', 'Lãnh đạo chủ trì'];
  gb.getRow(2).values = [1, '15/01/2018', 'Nà Khoa', 'Đ/c Trần Ích Chính'];
  gb.getRow(5).values = [2, '15/02/2018', 'Nà Hỳ', 'Lò Văn Thắng'];
  // A clerk's own sheet that happens to be called like the product's plan sheet.
  const mine = wb.addWorksheet('Lịch giao ban');
  mine.getCell('A1').value = 'Lịch do cán bộ tự lập — KHÔNG ĐƯỢC XÓA';
  mine.getCell('B3').value = 'Nà Khoa';
  wb.addWorksheet('Ghi chép');
  wb.getWorksheet('Ghi chép')!.getCell('A1').value = 'giaoban: ghi chú, không phải dấu của sản phẩm';
  await wb.xlsx.writeFile(path);
}

describe('writeWorkbookWithSheets', () => {
  it("never replaces a clerk's same-named sheet; replaces its own marked sheet on the next run", async () => {
    const input = join(dir, 'so-cua-can-bo.xlsx');
    await clerkWorkbook(input);
    const before = readFileSync(input);
    const out1 = join(dir, 'lan-1.xlsx');
    const notes: string[] = [];
    const r1 = await writeWorkbookWithSheets(input, out1, [planModel('Nà Khoa')], { onNote: (n) => notes.push(n.vi, n.en) });
    expect(r1).toEqual([{ sheet: 'Lịch giao ban (2)', action: 'create' }]);
    expect(readFileSync(input).equals(before)).toBe(true); // the clerk's file is not written
    // Charts are real chart parts now (exceljs used to skip them with a note).
    expect(notes.join(' ')).not.toMatch(/biểu đồ/);
    expect(readZipDirectory(new Uint8Array(readFileSync(out1))).entries.some((e) => /^xl\/charts\/chart\d+\.xml$/.test(e.name))).toBe(true);

    const g1 = await readWorkbookFile(out1);
    expect(g1.sheets.map((s) => s.name)).toEqual(['Giao ban', 'Lịch giao ban', 'Ghi chép', 'Lịch giao ban (2)']);
    expect(g1.sheets[1]!.values[0]![0]).toBe('Lịch do cán bộ tự lập — KHÔNG ĐƯỢC XÓA');
    expect(g1.sheets[0]!.values[4]).toEqual([2, '15/02/2018', 'Nà Hỳ', 'Lò Văn Thắng']);

    // Second run on the output: the marked sheet is replaced in place, nothing else moves.
    const out2 = join(dir, 'lan-2.xlsx');
    const r2 = await writeWorkbookWithSheets(out1, out2, [planModel('Chà Cang')]);
    expect(r2).toEqual([{ sheet: 'Lịch giao ban (2)', action: 'replace' }]);
    const g2 = await readWorkbookFile(out2);
    expect(g2.sheets.map((s) => s.name)).toEqual(['Giao ban', 'Lịch giao ban', 'Ghi chép', 'Lịch giao ban (2)']);
    expect(g2.sheets[1]!.values[0]![0]).toBe('Lịch do cán bộ tự lập — KHÔNG ĐƯỢC XÓA');
    expect(g2.sheets[3]!.values[3]![5]).toBe('Chà Cang');
    expect(g2.sheets[3]!.values.flat().filter((v) => v === 'Nà Khoa')).toHaveLength(0);
  });

  it('refuses to write over the clerk\'s own file', async () => {
    const input = join(dir, 'so-goc.xlsx');
    await clerkWorkbook(input);
    await expect(writeWorkbookWithSheets(input, input, [planModel('Nà Khoa')])).rejects.toBeInstanceOf(FileError);
  });

  it('writes texts starting with = + - @ as text, with formats, freeze, print, table, links, conditional formats', async () => {
    const input = join(dir, 'so-2.xlsx');
    await clerkWorkbook(input);
    const out = join(dir, 'dinh-dang.xlsx');
    await writeWorkbookWithSheets(input, out, [planModel('Nà Khoa')]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Lịch giao ban (2)')!;
    for (const [addr, text] of [['I4', '=chưa chốt'], ['H5', '+ TT Đảng ủy'], ['I5', '-'], ['H6', '@Hội PN']] as const) {
      const cell = ws.getCell(addr);
      expect(cell.formula, addr).toBeFalsy();
      expect(cell.value, addr).toBe(text);
    }
    const xml = await sheetXml(out, 'Lịch giao ban (2)');
    expect(xml).not.toMatch(/<f>/); // no formula anywhere in the output sheet
    expect(ws.getCell('K1').value).toBe('giaoban:plan:v1');
    expect(ws.getColumn(8).width).toBe(40);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A3').fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFDDEBF7' } });
    expect(ws.getCell('A3').isMerged).toBe(false);
    expect(ws.getCell('B1').isMerged).toBe(true);
    expect(ws.getTables().length).toBe(1);
    expect(xml).toMatch(/<conditionalFormatting sqref="J4:J6">/);
    expect(xml).toMatch(/<hyperlink ref="F4"[^>]*location="(&apos;|')Giao ban(&apos;|')!C5"/);
    expect(xml).not.toMatch(/<hyperlink ref="F4"[^>]*r:id=/); // a jump inside the workbook, not an external file
    expect(ws.getCell('F4').text).toBe('Nà Khoa');
  });

  it('gives wrapped multi-line rows the heights of the model, and leaves the other rows at the default', async () => {
    const note = 'Đề nghị Công an xã Nà Khoa phối hợp với Ban quản lý bản Huổi Hâu giải quyết dứt điểm tranh chấp đất rẫy giữa hai hộ gia đình trước mùa gieo trồng';
    const base = planModel('Nà Khoa');
    const cells = base.cells.map((r) => [...r]);
    cells[3]![7] = `${note}\n- Trưởng Công an xã\n- Bí thư chi bộ bản`;
    const m: SheetModel = { ...base, cells, styles: [...base.styles, { range: 'A4:J6', style: { wrap: true, vertical: 'top' } }] };
    m.rowHeights = estimateRowHeights(m);
    // The long note in a 40-character column needs several lines; the title row and the blank row keep the default.
    expect(m.rowHeights[3]).toBeGreaterThan(3 * 15);
    const out = join(dir, 'chieu-cao.xlsx');
    await writeWorkbookWithSheets(null, out, [m]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Lịch giao ban')!;
    m.rowHeights.forEach((h, r) => {
      expect(ws.getRow(r + 1).height, `dòng ${r + 1}`).toBe(h === null ? undefined : h);
    });
    expect(ws.getCell('H4').alignment?.wrapText).toBe(true);
    expect(ws.getCell('H4').value).toContain('\n- Trưởng Công an xã');
    const xml = await sheetXml(out, 'Lịch giao ban');
    expect(xml).toMatch(new RegExp(`<row r="4"[^>]*ht="${m.rowHeights[3]}"[^>]*customHeight="1"`));
  });

  it('creates a new workbook when there is no input', async () => {
    const out = join(dir, 'moi.xlsx');
    const r = await writeWorkbookWithSheets(null, out, [planModel('Nà Khoa')]);
    expect(r).toEqual([{ sheet: 'Lịch giao ban', action: 'create' }]);
    const g = await readWorkbookFile(out);
    expect(g.sheets[0]!.values[2]).toEqual([...PLAN_HEADER, null]);
  });
});

async function sheetXml(path: string, sheet: string): Promise<string> {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(readFileSync(path));
  const wbXml = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rid = new RegExp(`<sheet [^>]*name="${sheet.replace(/[()]/g, '\\$&')}"[^>]*r:id="(rId\\d+)"`).exec(wbXml)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1]!;
  return zip.file(`xl/${target!.replace(/^\/?xl\//, '')}`)!.async('string');
}
