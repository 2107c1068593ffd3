/**
 * The roll-up workbook's sheets as models and as the render plan both
 * writers follow: each unit's row holds its figures, last year's and the
 * change; declines and overdue items carry conditional formats on the right
 * columns; the chart compares this period with last year by category; the
 * findings sheet lists every file's findings; both sheets carry their marker.
 */
import { describe, expect, it } from 'vitest';
import {
  buildRenderPlan,
  buildRollupFindingsSheet,
  buildRollupSheet,
  markerFor,
  parseA1Range,
  parsePeriodSpec,
  rollupNarrative,
  rollupWorkbooks,
  type SheetModel,
} from '@giaoban/core';
import { dienBienBooks, unitWorkbook } from './fixtures.js';

const books = [...dienBienBooks(), unitWorkbook('pa-tan.xlsx', { unit: 'CÔNG AN XÃ PA TẦN', parent: 'CÔNG AN TỈNH LAI CHÂU', seed: 81 })];
const rollup = rollupWorkbooks(books, { period: parsePeriodSpec('month:2025-12'), asOf: '2025-11-30', overdueDays: 3 });
const sheet = buildRollupSheet(rollup, { narrative: rollupNarrative(rollup) });
const findings = buildRollupFindingsSheet(rollup);

function rowOf(model: SheetModel, label: string) {
  const r = model.cells.findIndex((row) => row[1] === label);
  if (r < 0) throw new Error(`no row ${label}`);
  return { index: r + 1, values: model.cells[r]! };
}

describe('Tổng hợp toàn tỉnh', () => {
  it('one row per unit: this period, a year earlier, the change; then the total', () => {
    for (const u of rollup.units) {
      const { values } = rowOf(sheet, u.unit);
      expect(values.slice(3, 15)).toEqual([
        u.briefings, u.lastYear.briefings, u.change.counts.briefings.delta,
        u.items, u.lastYear.items, u.change.counts.items.delta, u.change.counts.items.pct,
        u.answeredOnTheSpot, u.resolved, u.onTimeShare, u.backlog, u.overdue,
      ]);
    }
    const total = rowOf(sheet, 'Tổng cộng (03 đơn vị)').values;
    expect(total[6]).toBe(rollup.total.items);
    expect(total[14]).toBe(rollup.total.overdue);
  });

  it('declines and overdue items are conditional formats over the unit rows and the total', () => {
    const first = rowOf(sheet, rollup.units[0]!.unit).index;
    const total = rowOf(sheet, 'Tổng cộng (03 đơn vị)').index;
    const cf = sheet.conditionalFormats!;
    expect(cf).toContainEqual(expect.objectContaining({ range: `I${first}:I${total}`, formula: `AND(ISNUMBER($I${first}),$I${first}<0)` }));
    expect(cf).toContainEqual(expect.objectContaining({ range: `F${first}:F${total}`, formula: `AND(ISNUMBER($F${first}),$F${first}<0)` }));
    expect(cf).toContainEqual(expect.objectContaining({ range: `O${first}:O${total}`, formula: `$O${first}>0` }));
  });

  it('charts the items by category, this period against last year, from the category rows', () => {
    const chart = sheet.charts![0]!;
    expect(chart.series.map((s) => s.name)).toEqual(['Kỳ này', 'Cùng kỳ năm trước']);
    const range = parseA1Range(chart.series[0]!.values);
    const values = sheet.cells.slice(range.top - 1, range.bottom).map((r) => r[range.left - 1]);
    expect(values).toEqual([
      rollup.total.byCategory['security-situation'],
      rollup.total.byCategory['commune-police'],
      rollup.total.byCategory['mass-organizations'],
      rollup.total.byCategory['administrative-procedures'],
      rollup.total.byCategory.other,
    ]);
  });

  it('lists every file received with what it was counted for, and carries its marker', () => {
    expect(rowOf(sheet, 'nam-nhu-cu.xlsx').values[3]).toBe('Công an xã Nà Hỳ');
    expect(rowOf(sheet, 'pa-tan.xlsx').values[7]).toMatch(/^Không tính: đơn vị thuộc tỉnh khác/u);
    expect(sheet.cells.flat()).toContain(markerFor('rollup'));
    expect(sheet.cells.flat()).toContain(rollupNarrative(rollup).vi);
  });

  it('renders without notes, as a new workbook of two sheets', () => {
    const plan = buildRenderPlan([], [sheet, findings]);
    expect(plan.sheets.map((s) => [s.name, s.action, s.notes])).toEqual([
      ['Tổng hợp toàn tỉnh', 'create', []],
      ['Kiểm tra các sổ', 'create', []],
    ]);
    expect(plan.sheets[0]!.charts[0]!.series[1]!.values).toHaveLength(5);
  });
});

describe('Kiểm tra các sổ', () => {
  it('every roll-up finding by file, first the files not counted', () => {
    const lines = findings.cells.filter((r) => typeof r[0] === 'number');
    expect(lines).toHaveLength(rollup.findings.length);
    expect(lines.find((r) => r[1] === 'pa-tan.xlsx')).toMatchObject({ 3: 'Lỗi', 4: 'rollup.other-province' });
    expect(findings.cells.flat()).toContain(markerFor('rollup-findings'));
  });
});
