// Random grids written by the package writer and read back by the package reader are equal:
// any text (control characters, "_x0041_", leading = + - @, lone surrogates aside), any finite number, booleans, gaps.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildRenderPlan, markerFor, type CellValue, type SheetModel } from '@giaoban/core';
import { createEmptyXlsx, readXlsx, writeXlsx } from '@giaoban/xlsx';

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('=1+1', '+84 912 345 678', '-5 ngày', '@Hội PN', '_x0041_', 'a\r\nb', '\t thụt lề ', 'Nậm Pồ', '\u0001\u001f', ''),
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: text },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.integer({ min: -1e6, max: 1e6 }) },
  { weight: 1, arbitrary: fc.boolean() },
);
const grid = fc.array(fc.array(cell, { maxLength: 8 }), { minLength: 1, maxLength: 12 });

/** What a reader sees of written cells: -0 is 0, lone surrogates are U+FFFD, rows trimmed and padded to one rectangle. */
function expected(cells: CellValue[][]): CellValue[][] {
  const norm = cells.map((row) =>
    row.map((v) => (typeof v === 'number' && Object.is(v, -0) ? 0 : typeof v === 'string' ? v.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD') : v)),
  );
  let height = norm.length;
  while (height > 0 && !norm[height - 1]!.some((v) => v !== null)) height--;
  let width = 0;
  for (const row of norm.slice(0, height)) for (let c = row.length - 1; c >= 0; c--) if (row[c] !== null) width = Math.max(width, c + 1);
  return norm.slice(0, height).map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
}

describe('write then read', () => {
  it('gives back the same grid', async () => {
    await fc.assert(
      fc.asyncProperty(grid, fc.string({ minLength: 1, maxLength: 40 }), async (cells, name) => {
        const model: SheetModel = {
          name,
          kind: 'findings',
          cells: cells.map((r) => [...r]),
          columnWidths: [],
          merges: [],
          styles: [],
          print: { orientation: 'portrait', paperSize: 'A4', fitToWidth: true },
          markerCell: 'A1',
        };
        const plan = buildRenderPlan([], [model]);
        const bytes = await writeXlsx(createEmptyXlsx(), plan);
        const { grid: back } = await readXlsx(bytes);
        expect(back.sheets.map((s) => s.name)).toEqual([plan.sheets[0]!.name]);
        expect(back.sheets[0]!.values).toEqual(expected(cells));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps number formats of styled cells', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('0', '0.00%', '#,##0', 'dd/mm/yyyy', '[<10]00;#,##0', '"Tháng "mm/yyyy', '@'), fc.integer({ min: 1, max: 60000 }), async (fmt, n) => {
        const model: SheetModel = {
          name: 'Số liệu',
          kind: 'summary',
          cells: [[markerFor('summary')], [n]],
          columnWidths: [12],
          merges: [],
          styles: [{ range: 'A2', style: { numberFormat: fmt, bold: true } }],
          print: { orientation: 'portrait', paperSize: 'A4', fitToWidth: false },
          markerCell: 'A1',
        };
        const { grid: back } = await readXlsx(await writeXlsx(createEmptyXlsx(), buildRenderPlan([], [model])));
        expect(back.sheets[0]!.values[1]![0]).toBe(n);
        expect(back.sheets[0]!.numberFormats?.[1]?.[0]).toBe(fmt);
      }),
      { numRuns: 30 },
    );
  });
});
