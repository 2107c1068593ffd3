/**
 * The roll-up through the session — the door `giaoban rollup` and the offline app use: each
 * unit's figures are its session's summary for the period (the session's as-of date, holidays
 * and deadlines), and last year's are the summary of the same period a year earlier, counted to
 * the same day a year earlier. A workbook with no tracking table is reduced, not refused.
 */
import { describe, expect, it } from 'vitest';
import {
  openSession,
  parsePeriodSpec,
  rollupFiguresOf,
  rollupOutputSheets,
  rollupReportOf,
  rollupUnitOf,
  rollupUnitOfGrid,
  rollupViewOf,
  ROLLUP_SHEET_NAME,
} from '@giaoban/core';
import { nationalCatalogue } from '@giaoban/core/catalogue';
import { unitWorkbookGrid } from '../../scripts/generate/unitWorkbooks.js';

const grid = unitWorkbookGrid({ unit: 'CÔNG AN XÃ MƯỜNG NHÉ', seed: 111, issues: 500 });
const december = parsePeriodSpec('month:2025-12');

describe('rollupUnitOf', () => {
  it('a unit’s figures are its session’s summary of the period, last year’s the summary a year earlier to the same day', () => {
    const session = openSession(grid, { fileName: 'muong-nhe.xlsx', today: '2025-12-05' });
    const r = rollupUnitOf(session, { period: december });
    expect(r.asOf).toBe('2025-12-05');
    expect(r.now).toEqual(rollupFiguresOf(session.summary({ period: 'month:2025-12' }).statistics));
    expect(r.now.backlog).toBeGreaterThan(0);
    const ayear = openSession(grid, { fileName: 'muong-nhe.xlsx', today: '2024-12-05' });
    expect(r.lastYearAsOf).toBe('2024-12-05');
    expect(r.lastYear).toEqual(rollupFiguresOf(ayear.summary({ period: 'month:2024-12' }).statistics));
    expect(r.claim).toEqual({ unit: 'Công an xã Mường Nhé', parent: 'Công an tỉnh Điện Biên' });
  });

  it('takes the clerk’s as-of date and overdue days as the summary does', () => {
    const session = openSession(grid, { fileName: 'muong-nhe.xlsx', today: '2026-02-01', asOf: '2025-11-30', overdueDays: 3 });
    const r = rollupUnitOf(session, { period: december });
    expect(r.now).toEqual(rollupFiguresOf(session.summary({ period: 'month:2025-12' }).statistics));
    expect(r.now.overdue).toBeGreaterThan(0);
  });

  it('a workbook with no tracking table is reduced with no table, so the roll-up names it', () => {
    const payroll = { sheets: [{ name: 'Lương', values: [['BẢNG LƯƠNG THÁNG 12'], ['Họ tên', 'Lương'], ['Nguyễn Văn A', 5_000_000]] }] };
    const r = rollupUnitOfGrid(payroll, { fileName: 'luong.xlsx', today: '2025-12-20' }, { period: december });
    expect(r.tables).toBe(0);
    const view = rollupViewOf([rollupUnitOfGrid(grid, { fileName: 'muong-nhe.xlsx', today: '2025-12-20' }, { period: december }), r], { period: december });
    expect(view.rollup.files[1]).toMatchObject({ file: 'luong.xlsx', role: 'not-counted', reason: 'rollup.not-a-tracking-workbook' });
  });
});

describe('rollupViewOf', () => {
  it('gives the roll-up, its paragraph, its sheets and its report', () => {
    const r = rollupUnitOfGrid(grid, { fileName: 'muong-nhe.xlsx', today: '2025-12-20' }, { period: december });
    const view = rollupViewOf([r], { period: december, unit: 'Công an tỉnh Điện Biên' });
    expect(view.rollup.units.map((u) => u.unit)).toEqual(['Công an xã Mường Nhé']);
    expect(view.narrative.vi).toMatch(/^Từ ngày 15\/11\/2025 đến ngày 14\/12\/2025, Công an 01 xã trên địa bàn tỉnh Điện Biên/u);
    expect(rollupOutputSheets(view).map((m) => m.name)).toEqual([ROLLUP_SHEET_NAME, 'Kiểm tra các sổ']);
    const report = rollupReportOf(view, { signer: { name: 'Đại tá Nguyễn Văn A' } });
    expect(report.kind).toBe('report');
    expect(report.author).toBe('Công an tỉnh Điện Biên');
  });

  it('the province’s police given once heads the sheets and signs the report', () => {
    const r = rollupUnitOfGrid(grid, { fileName: 'muong-nhe.xlsx', today: '2025-12-20' }, { period: december });
    const unit = 'Công an tỉnh Lai Châu';
    const given = rollupViewOf([r], { period: december, unit });
    const plain = rollupViewOf([r], { period: december });
    expect(rollupOutputSheets(given)).toEqual(rollupOutputSheets({ ...given, unit: null }, unit));
    expect(rollupOutputSheets(given)).not.toEqual(rollupOutputSheets(given, null));
    expect(rollupReportOf(given).author).toBe(unit);
    expect(rollupReportOf(plain).author).toBe('Công an tỉnh Điện Biên');
    // The clerk's issuing body for one report still wins over the view's.
    expect(rollupReportOf(given, { issuingBody: 'Công an tỉnh Điện Biên' }).author).toBe('Công an tỉnh Điện Biên');
  });
});

describe('the roll-up with the national catalogue, as the sessions have it', () => {
  const adminCatalogue = nationalCatalogue();
  // Nà Khoa and Nậm Nhừ went into xã Nà Hỳ on 1 July 2025 (Nghị quyết 1661/NQ-UBTVQH15); their books stop in June 2025.
  const books: Record<string, ReturnType<typeof unitWorkbookGrid>> = {
    'na-hy.xlsx': unitWorkbookGrid({ unit: 'CÔNG AN XÃ NÀ HỲ', seed: 121, issues: 400, startYear: 2025, years: 1, firstDay: '2025-07-01' }),
    'na-khoa-cu.xlsx': unitWorkbookGrid({ unit: 'CÔNG AN XÃ NÀ KHOA', seed: 122, issues: 400, startYear: 2024, years: 1.5 }),
    'nam-nhu-cu.xlsx': unitWorkbookGrid({ unit: 'CÔNG AN XÃ NẬM NHỪ', seed: 123, issues: 400, startYear: 2024, years: 1.5 }),
    'muong-nhe.xlsx': unitWorkbookGrid({ unit: 'CÔNG AN XÃ MƯỜNG NHÉ', seed: 124, issues: 400 }),
  };
  const reduceAll = (catalogue: typeof adminCatalogue | null) =>
    Object.entries(books).map(([fileName, g]) => rollupUnitOfGrid(g, { fileName, today: '2025-12-10', adminCatalogue: catalogue }, { period: december }));
  const summaryItems = (fileName: string, today: string, period: string) =>
    openSession(books[fileName]!, { fileName, today, adminCatalogue }).summary({ period }).statistics.issues.total;

  it('two old communes’ books from before July 2025 are counted a year earlier for today’s Nà Hỳ, units by their catalogue code', () => {
    const view = rollupViewOf(reduceAll(adminCatalogue), { period: december, adminCatalogue });
    expect(view.rollup.units.map((u) => [u.unit, u.code])).toEqual([
      ['Công an xã Mường Nhé', '03160'],
      ['Công an xã Nà Hỳ', '03169'],
    ]);
    const naHy = view.rollup.units[1]!;
    expect(naHy.file).toBe('na-hy.xlsx');
    expect(naHy.predecessors).toEqual([
      { unit: 'Công an xã Nà Khoa', code: '03168', file: 'na-khoa-cu.xlsx' },
      { unit: 'Công an xã Nậm Nhừ', code: '03171', file: 'nam-nhu-cu.xlsx' },
    ]);
    // This month: Nà Hỳ's own book; a year earlier: the three books' summaries of December 2024, to the same day.
    expect(naHy.items).toBe(summaryItems('na-hy.xlsx', '2025-12-10', 'month:2025-12'));
    const oldBooks = summaryItems('na-khoa-cu.xlsx', '2024-12-10', 'month:2024-12') + summaryItems('nam-nhu-cu.xlsx', '2024-12-10', 'month:2024-12');
    expect(oldBooks).toBeGreaterThan(0);
    expect(naHy.lastYear.items).toBe(oldBooks + summaryItems('na-hy.xlsx', '2024-12-10', 'month:2024-12'));
    const merged = view.rollup.findings.filter((f) => f.code === 'rollup.merged-unit');
    expect(merged.map((f) => f.file)).toEqual(['na-khoa-cu.xlsx', 'nam-nhu-cu.xlsx']);
    expect(merged[0]!.message).toContain('nay thuộc Công an xã Nà Hỳ');
    expect(merged[0]!.message).toContain('danh mục đơn vị hành chính sau sắp xếp năm 2025');
  });

  it('without the catalogue (and no merger lines in the books) the old communes stay units of their own', () => {
    const view = rollupViewOf(reduceAll(null), { period: december });
    expect(view.rollup.units.map((u) => [u.unit, u.code])).toEqual([
      ['Công an xã Mường Nhé', null],
      ['Công an xã Nà Hỳ', null],
      ['Công an xã Nà Khoa', null],
      ['Công an xã Nậm Nhừ', null],
    ]);
  });
});
