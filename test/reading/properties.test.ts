import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findTables, parseA1, readWorkbook, type CellValue, type SheetGrid } from '@giaoban/core/internal';

/** Cells a clerk's workbook (or a careless adapter) can hand over. */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  fc.constantFrom(
    'Ngày', 'Xã', 'Nội dung', 'Phân loại', 'Tình trạng', 'STT', 'Tổng', 'Cộng', 'Thành phần tham dự', 'Chủ trì', 'Xã đăng cai',
    'Họ và tên', 'Cấp bậc', 'Từ ngày', 'Đến ngày', 'Loại', 'Tên', 'Cố định', 'Tháng', 'Cụm', 'giaoban:plan:v1',
    '#N/A', '#VALUE!', '#REF!', '31/02/2018', '15/01/2018', 'ngày 15 tháng 01 năm 2018', 'Nà Khoa', 'X· Nµ Khoa', 'x', 'có',
    'ANTT', 'Đã giải quyết', 'Ghi chú: hết', '', '   ', '(1)',
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e308, -1e308, 0, -0, 43152, 2958466, 60, 1e-300),
  fc.integer({ min: -100, max: 80000 }),
  fc.boolean(),
  fc.constant('Nà Khoa '.repeat(20_000)),
);

/** Ragged rows, sometimes a header-ish first row so tables are found and read. */
const header = fc.shuffledSubarray(['STT', 'Ngày', 'Xã', 'Nội dung', 'Phân loại', 'Tình trạng', 'Ngày giải quyết', 'Chủ trì', 'Thành phần tham dự', 'Xã đăng cai'], { minLength: 0 });
const sheetArb: fc.Arbitrary<SheetGrid> = fc
  .record({
    name: fc.string({ maxLength: 31 }),
    head: header,
    rows: fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 25 }),
    origin: fc.option(fc.record({ row: fc.integer({ min: 1, max: 1000 }), col: fc.integer({ min: 1, max: 200 }) }), { nil: undefined }),
    merges: fc.option(fc.array(fc.constantFrom('A1:A2', 'B2:B5', 'A1:F1', 'C3:D4', 'Z99:A1', 'not-a-range', 'A0:B1', 'XFD1:XFD3'), { maxLength: 3 }), { nil: undefined }),
    font: fc.option(fc.constantFrom('.VnTime', 'VNI-Times', 'Arial'), { nil: undefined }),
  })
  .map(({ name, head, rows, origin, merges, font }) => {
    const values: CellValue[][] = head.length ? [head as CellValue[], ...rows] : rows;
    const s: SheetGrid = { name, values };
    if (origin) s.origin = origin;
    if (merges) s.merges = merges;
    if (font) s.fonts = values.map((r) => r.map(() => font));
    return s;
  });

function extentOf(s: SheetGrid) {
  const top = s.origin?.row ?? 1;
  const left = s.origin?.col ?? 1;
  const width = Math.max(0, ...s.values.map((r) => r.length));
  return { top, left, bottom: top + Math.max(s.values.length, 1) - 1, right: left + Math.max(width, 1) - 1 };
}

describe('readWorkbook on arbitrary grids', () => {
  it('never throws, and every finding points at a cell inside its sheet', () => {
    fc.assert(
      // Excel sheet names are unique within a workbook.
      fc.property(fc.uniqueArray(sheetArb, { maxLength: 4, selector: (s) => s.name }), fc.boolean(), (sheets, date1904) => {
        const r = readWorkbook({ sheets, date1904 });
        expect(r.summary.errors + r.summary.warnings).toBe(r.findings.length);
        for (const f of r.findings) {
          const sheet = sheets.find((s) => s.name === f.sheet);
          if (!sheet) {
            // Only "no table" may name no sheet, and only when there is none.
            expect(f.code).toBe('table.none');
            expect(sheets.length).toBe(0);
            continue;
          }
          const { row, col } = parseA1(f.cell);
          const e = extentOf(sheet);
          expect(row >= e.top && row <= e.bottom && col >= e.left && col <= e.right, `${f.code} ${f.cell} outside ${JSON.stringify(e)}`).toBe(true);
          expect(f.message.length).toBeGreaterThan(0);
          expect(['error', 'warning']).toContain(f.severity);
        }
        // Kept records never come from excluded rows.
        const excluded = new Set(r.excludedRows.map((x) => `${x.sheet}\u0000${x.row}`));
        for (const rec of [...r.issues, ...r.briefings]) expect(excluded.has(`${rec.ref.sheet}\u0000${rec.ref.row}`)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('finds tables whose rows lie inside the sheet', () => {
    fc.assert(
      fc.property(sheetArb, (s) => {
        const e = extentOf(s);
        for (const t of findTables(s)) {
          expect(t.headerRow).toBeGreaterThanOrEqual(e.top);
          expect(t.lastDataRow).toBeLessThanOrEqual(e.bottom);
          expect(t.lastDataRow).toBeGreaterThanOrEqual(t.firstDataRow - 1);
          for (const c of Object.values(t.columns)) expect(c! >= e.left && c! <= e.right).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
