/**
 * The national catalogue as a session option: the session, not a front end,
 * reads old communes' names by date with it and decides the parent body once
 * for every view (the plan sheet's header, the papers). Without it (the
 * add-in's task pane) only the workbook's own "Hình thành từ" column maps old
 * names, and the parent is what the workbook writes.
 */
import { describe, expect, it } from 'vitest';
import { openSession } from '@giaoban/core';
import { nationalCatalogue } from '@giaoban/core/catalogue';
import { communeWorkbook, documentLines as lines, provinceWorkbook } from './fixtures.js';

const adminCatalogue = nationalCatalogue();

describe('the parent body, decided in the session', () => {
  it("puts a commune police unit under its province's police in the plan sheet and the papers alike", () => {
    const s = openSession(communeWorkbook(), { today: '2026-02-01', adminCatalogue });
    expect(s.units).toEqual({ unit: 'Công an xã Nà Hỳ', parent: 'Công an tỉnh Điện Biên' });
    const [sheet] = s.outputSheets({ plan: s.plan({ from: '2026-02', months: 2 }) });
    expect(sheet!.cells[0]![0]).toBe('CÔNG AN TỈNH ĐIỆN BIÊN');
    const invitation = s.papers({ month: '2026-02', kinds: ['invitation'] }).papers[0]!;
    expect(lines(invitation.model).slice(0, 4)).toContain('CÔNG AN TỈNH ĐIỆN BIÊN');
  });

  it('puts a provincial police unit under Bộ Công an', () => {
    const s = openSession(provinceWorkbook({ formedFrom: true }), { today: '2026-02-01', adminCatalogue });
    expect(s.units.unit).toBe('Công an tỉnh Điện Biên');
    expect(s.units.parent?.toLocaleUpperCase('vi')).toBe('BỘ CÔNG AN');
    expect(s.papers({ month: '2026-01', kinds: ['report'] }).papers[0]!.model.body.length).toBeGreaterThan(0);
  });

  it('keeps the name the clerk gives (--parent-unit) and, without the catalogue, invents none', () => {
    expect(openSession(communeWorkbook(), { adminCatalogue, parentUnit: 'Công an tỉnh Lai Châu' }).units.parent).toBe('Công an tỉnh Lai Châu');
    expect(openSession(communeWorkbook()).units.parent).toBeNull();
  });
});

describe("old communes' names with and without the catalogue", () => {
  it("reads them alike from the workbook's own \"Hình thành từ\" column", () => {
    const grid = provinceWorkbook({ formedFrom: true });
    const codes = (f: { code: string; cell: string }[]) => f.map((x) => `${x.code} ${x.cell}`);
    const withCat = openSession(grid, { today: '2026-02-01', adminCatalogue });
    const without = openSession(grid, { today: '2026-02-01' });
    expect(codes(without.findings().findings)).toEqual(codes(withCat.findings().findings));
    const period = { from: '2025-06-01', to: '2026-01-31' };
    expect(without.summary(period).statistics.issues.byFormerCommune).toEqual(withCat.summary(period).statistics.issues.byFormerCommune);
    expect(withCat.summary(period).statistics.issues.byFormerCommune['Nà Hỳ']).toEqual({ 'Nà Khoa': 2, 'Nậm Nhừ': 1 });
  });

  it('without that column, only the catalogue knows them: the session with it counts "Nà Khoa" under Nà Hỳ', () => {
    const grid = provinceWorkbook();
    const period = { from: '2025-06-01', to: '2026-01-31' };
    expect(openSession(grid, { adminCatalogue }).summary(period).statistics.issues.byFormerCommune['Nà Hỳ']).toEqual({ 'Nà Khoa': 2, 'Nậm Nhừ': 1 });
    expect(openSession(grid).findings().findings.some((f) => f.code === 'commune.unknown')).toBe(true);
  });
});
