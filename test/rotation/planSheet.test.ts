import { describe, expect, it } from 'vitest';
import { buildPlanSheet, findMarker, markerFor, parseA1, planRotation, placeOutputSheet, detectUnitNames, type Catalogue } from '@giaoban/core/internal';
import { commune, leader } from './fixtures.js';

const catalogue: Catalogue = {
  communes: [commune('Nà Khoa', 'Cụm 1'), commune('Nà Hỳ', 'Cụm 1'), commune('Vàng Đán', 'Cụm 2'), commune('Chà Tở', 'Cụm 2')],
  leaders: [leader('Lò Văn Hùng')],
  absences: [],
  holidays: [],
};

describe('buildPlanSheet', () => {
  const plan = planRotation({ catalogue, from: '2026-01', months: 2 });
  const model = buildPlanSheet(plan.briefings, { parentUnit: 'Công an tỉnh Điện Biên', unit: 'Công an huyện Nậm Pồ', problems: plan.problems });
  // The plan at a glance comes first; the detail table (the one read back) follows it.
  const head = model.cells.findIndex((r) => r[0] === 'STT' && r[9] === 'Cố định');

  it('lays out the administrative header, title, exact header row and one row per briefing', () => {
    expect(model.name).toBe('Lịch giao ban');
    expect(model.cells[0]![0]).toBe('CÔNG AN TỈNH ĐIỆN BIÊN');
    expect(model.cells[1]![0]).toBe('CÔNG AN HUYỆN NẬM PỒ');
    expect(model.cells[0]![5]).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(model.cells[1]![5]).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(model.cells[3]![0]).toBe('LỊCH GIAO BAN CƠ SỞ');
    expect(model.cells[4]![0]).toBe('Từ tháng 01/2026 đến tháng 02/2026');
    expect(model.cells[6]).toEqual(['Tháng/năm', null, 'Cụm', 'Ngày họp', null, 'Nơi họp', 'Chủ trì hội nghị', 'Lưu ý', null, null]);
    expect(model.cells.slice(7, 11).map((r) => [r[0], r[2], r[3], r[5], r[6]])).toEqual([
      ['01/2026', 'Cụm 1', 'Thứ Năm, 15/01/2026', 'Nà Khoa', 'Lò Văn Hùng'],
      [null, 'Cụm 2', 'Thứ Năm, 15/01/2026', 'Vàng Đán', 'CHƯA BỐ TRÍ'],
      ['02/2026', 'Cụm 1', 'Thứ Hai, 23/02/2026', 'Nà Hỳ', 'Lò Văn Hùng'],
      [null, 'Cụm 2', 'Thứ Hai, 23/02/2026', 'Chà Tở', 'CHƯA BỐ TRÍ'],
    ]);
    expect(model.merges).toContain('A8:B9');
    expect(model.cells[head]).toEqual(['STT', 'Tháng', 'Cụm', 'Ngày giao ban', 'Thứ', 'Xã đăng cai', 'Lãnh đạo chủ trì', 'Thành phần tham dự', 'Ghi chú', 'Cố định']);
    const rows = model.cells.slice(head + 1, head + 5);
    expect(rows.map((r) => [r[0], r[1], r[2], r[4], r[5]])).toEqual([
      [1, '01/2026', 'Cụm 1', 'Thứ Năm', 'Nà Khoa'],
      [2, '01/2026', 'Cụm 2', 'Thứ Năm', 'Vàng Đán'],
      [3, '02/2026', 'Cụm 1', 'Thứ Hai', 'Nà Hỳ'],
      [4, '02/2026', 'Cụm 2', 'Thứ Hai', 'Chà Tở'],
    ]);
    // Excel serial of 15/01/2026 with a day-first format.
    expect(rows[0]![3]).toBe(46037);
    expect(model.styles.some((s) => s.range === `D${head + 2}:D${head + 5}` && s.style.numberFormat === 'dd/mm/yyyy')).toBe(true);
    expect(String(rows[2]![8])).toContain('Tết');
  });

  it('leaves the chair blank and lists the problem when a briefing cannot be staffed', () => {
    // One leader, two clusters on the same date: one cluster each month has no chair.
    expect(plan.problems).toHaveLength(2);
    const blank = model.cells.slice(head + 1, head + 5).filter((r) => r[6] === null);
    expect(blank).toHaveLength(2);
    expect(model.cells.some((r) => typeof r[0] === 'string' && r[0].startsWith('Chưa bố trí được (2)'))).toBe(true);
  });

  it('prints A4 landscape, frozen below the at-a-glance header, and carries its marker', () => {
    expect(model.print).toMatchObject({ orientation: 'landscape', paperSize: 'A4', fitToWidth: true });
    expect(model.freeze).toEqual({ rows: 7, cols: 0 });
    const { row, col } = parseA1(model.markerCell);
    expect(model.cells[row - 1]![col - 1]).toBe(markerFor('plan'));
    expect(findMarker(model.cells)).toBe('giaoban:plan:v1');
    expect(placeOutputSheet([{ name: 'Lịch giao ban', marker: 'giaoban:plan:v1' }], model)).toEqual({ action: 'replace', name: 'Lịch giao ban' });
    expect(placeOutputSheet([{ name: 'Lịch giao ban', marker: null }], model).action).toBe('create');
  });

  it('prints no placeholder for a unit it does not know, and finds the names in the clerk\'s title rows', () => {
    const m = buildPlanSheet(plan.briefings);
    expect([m.cells[0]![0], m.cells[1]![0]]).toEqual([null, null]);
    expect(m.cells.flat().filter((v) => typeof v === 'string' && v.includes('…'))).toEqual([]);
    // No parent known: the unit takes the first line, bold, level with the national motto's first line.
    const unitOnly = buildPlanSheet(plan.briefings, { unit: 'Công an xã Nà Hỳ' });
    expect([unitOnly.cells[0]![0], unitOnly.cells[1]![0]]).toEqual(['CÔNG AN XÃ NÀ HỲ', null]);
    expect(unitOnly.styles.find((s) => s.range === 'A1:D1')!.style).toMatchObject({ bold: true });
    expect(unitOnly.cells[0]![5]).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const names = detectUnitNames({ sheets: [{ name: 'Xã', values: [['CÔNG AN TỈNH ĐIỆN BIÊN', null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['CÔNG AN HUYỆN NẬM PỒ'], [], ['STT', 'Xã']] }] });
    expect(names).toEqual({ parent: 'Công an tỉnh Điện Biên', unit: 'Công an huyện Nậm Pồ' });
    const named = buildPlanSheet(plan.briefings, { parentUnit: names.parent, unit: names.unit });
    expect([named.cells[0]![0], named.cells[1]![0]]).toEqual(['CÔNG AN TỈNH ĐIỆN BIÊN', 'CÔNG AN HUYỆN NẬM PỒ']);
    expect(detectUnitNames({ sheets: [{ name: 'Xã', values: [['STT', 'Xã']] }] })).toEqual({ parent: null, unit: null });
  });
});
