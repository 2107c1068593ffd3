/**
 * The province's paragraph, table and JSON: built from the roll-up's figures
 * only, in the monthly report's wording, each figure against a year earlier.
 */
import { describe, expect, it } from 'vitest';
import {
  formatReportCount,
  formatRollupText,
  parsePeriodSpec,
  rollupJson,
  rollupNarrative,
  rollupTable,
  rollupWorkbooks,
  changeWordsVi,
} from '@giaoban/core';
import { dienBienBooks, unitWorkbook } from './fixtures.js';

const december = parsePeriodSpec('month:2025-12');

describe('rollupNarrative', () => {
  const rollup = rollupWorkbooks(dienBienBooks(), { period: december, asOf: '2025-12-14' });
  const t = rollup.total;
  const text = rollupNarrative(rollup);

  it('names the period, the units of the province and the briefings against a year earlier', () => {
    const d = t.briefings - t.lastYear.briefings;
    expect(text.vi).toContain(`Từ ngày 15/11/2025 đến ngày 14/12/2025, Công an 03 xã trên địa bàn tỉnh Điện Biên đã tổ chức ${formatReportCount(t.briefings)} buổi giao ban tại cơ sở`);
    expect(text.vi).toContain(d === 0 ? 'bằng cùng kỳ năm trước' : `${d > 0 ? 'tăng' : 'giảm'} ${formatReportCount(Math.abs(d))} buổi`);
    expect(text.en).toContain(`From 15 November 2025 to 14 December 2025, the police of 3 units`);
  });

  it('gives the items by category and what was settled, each from the totals', () => {
    expect(text.vi).toContain(`đã phản ánh ${formatReportCount(t.items)} nội dung`);
    expect(text.vi).toContain(`${formatReportCount(t.byCategory['security-situation'])} thông tin liên quan đến tình hình ANTT`);
    expect(text.vi).toContain(`tổng số đã giải quyết xong ${formatReportCount(t.resolved)}/${formatReportCount(t.items)} nội dung`);
  });

  it('words a change as the reports do', () => {
    expect(changeWordsVi({ delta: 12, pct: 0.1111 }, 'buổi')).toBe('tăng 12 buổi (11,1%)');
    expect(changeWordsVi({ delta: -3, pct: -0.05 }, 'nội dung')).toBe('giảm 03 nội dung (5%)');
    expect(changeWordsVi({ delta: 4, pct: null }, 'buổi')).toBe('tăng 04 buổi');
  });

  it('names the units with most overdue items at the as-of date', () => {
    // Counted two weeks after the period's briefings, the items resolved later are still open, past a 3-day deadline.
    const late = rollupWorkbooks(dienBienBooks(), { period: december, asOf: '2025-11-30', overdueDays: 3 });
    expect(late.total.overdue).toBeGreaterThan(0);
    const vi = rollupNarrative(late).vi;
    expect(vi).toContain(`Tính đến ngày 30/11/2025, còn ${formatReportCount(late.total.backlog)} nội dung chưa giải quyết xong, trong đó ${formatReportCount(late.total.overdue)} nội dung quá hạn xử lý`);
    const top = [...late.units].sort((a, b) => b.overdue - a.overdue)[0]!;
    expect(vi).toContain(`nhiều nhất ở ${top.unit} ${formatReportCount(top.overdue)}`);
  });
});

describe('rollupTable, formatRollupText, rollupJson', () => {
  const books = [...dienBienBooks(), unitWorkbook('pa-tan.xlsx', { unit: 'CÔNG AN XÃ PA TẦN', parent: 'CÔNG AN TỈNH LAI CHÂU', seed: 61 })];
  const rollup = rollupWorkbooks(books, { period: december });

  it('one row a unit of today, then the total', () => {
    const table = rollupTable(rollup);
    expect(table.rows.map((r) => r[1])).toEqual(['Công an xã Chà Nưa', 'Công an xã Mường Nhé', 'Công an xã Nà Hỳ']);
    expect(table.total[1]).toBe('Tổng cộng (03 đơn vị)');
    expect(table.total[5]).toBe(formatReportCount(rollup.total.items));
    // The successor's places are its own book's: the old books count no places after they closed.
    const naHy = rollup.units.find((u) => u.unit === 'Công an xã Nà Hỳ')!;
    expect(naHy.hosts).toBe(6);
  });

  it('the text names every file not counted and ends with the paragraph', () => {
    const text = formatRollupText(rollup, rollupNarrative(rollup));
    expect(text).toContain('Số sổ: 06; đã tính 05, không tính 01');
    expect(text).toContain('Sổ "pa-tan.xlsx" là của Công an xã Pa Tần, tỉnh Lai Châu, không thuộc tỉnh Điện Biên');
    expect(text.trimEnd().endsWith(rollupNarrative(rollup).vi)).toBe(true);
    expect(formatRollupText(rollup, rollupNarrative(rollup), 'en')).toContain('Files: 6; counted 5, not counted 1');
  });

  it('a finding many units share is printed a few times, then counted', () => {
    const many = Array.from({ length: 9 }, (_, i) => unitWorkbook(`xa-moi-${i + 1}.xlsx`, { unit: `CÔNG AN XÃ MỚI ${i + 1}`, seed: 90 + i, issues: 60, firstDay: '2025-07-01', startYear: 2025, years: 1 }));
    const r = rollupWorkbooks(many, { period: december });
    expect(r.findings.filter((f) => f.code === 'rollup.no-last-year')).toHaveLength(9);
    const text = formatRollupText(r, rollupNarrative(r));
    expect(text.match(/không có số liệu cùng kỳ năm trước/gu)).toHaveLength(5);
    expect(text).toContain('… và 04 dòng khác cùng loại');
  });

  it('the JSON holds each unit’s figures, last year’s and the change, and every file', () => {
    const json = JSON.parse(JSON.stringify(rollupJson(rollup, rollupNarrative(rollup))));
    const naHy = json.units.find((u: { unit: string }) => u.unit === 'Công an xã Nà Hỳ');
    expect(naHy).toMatchObject({ code: null, file: 'na-hy.xlsx', briefings: expect.any(Number), items: expect.any(Number), lastYear: { items: expect.any(Number) } });
    expect(Object.keys(naHy.byCategory)).toEqual(['security-situation', 'commune-police', 'mass-organizations', 'administrative-procedures', 'other']);
    expect(json.total.lastYear.items).toBe(rollup.total.lastYear.items);
    expect(json.files).toHaveLength(6);
    expect(json.narrative).toBe(rollupNarrative(rollup).vi);
  });
});
