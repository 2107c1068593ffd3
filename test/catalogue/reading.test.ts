/**
 * Reading today's workbooks: headers of today ("Xã, phường, đặc khu", "Mã ĐVHC",
 * "Hình thành từ", "Thôn, bản, tổ dân phố"), old names resolved by the row's
 * date, old names after the merger reported with their successor, wrong codes
 * and "formed from" units of another province reported at the cell.
 */
import { describe, expect, it } from 'vitest';
import { readWorkbook, type CellValue } from '@giaoban/core';
import { nationalCatalogue } from '@giaoban/core/catalogue';
import { communeWorkbook, provinceWorkbook } from './fixtures.js';

const adminCatalogue = nationalCatalogue();

describe('a provincial workbook of 2026', () => {
  it('finds the communes table under "Xã, phường, đặc khu" and knows the province and the era of its list', () => {
    const r = readWorkbook(provinceWorkbook(), { adminCatalogue });
    expect(r.tables.map((t) => t.kind)).toEqual(['communes', 'leaders', 'briefings', 'issues']);
    expect(r.catalogue.communes.map((c) => `${c.name} ${c.code}`)).toContain('Nà Hỳ 03169');
    expect(r.organisation).toMatchObject({ tier: 'communes', province: { code: '11', fullName: 'Tỉnh Điện Biên' }, listEra: 'current' });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('counts a row of before 01/07/2025 under today’s successor and keeps the old name', () => {
    const r = readWorkbook(provinceWorkbook(), { adminCatalogue });
    const june = r.issues.filter((i) => i.date === '2025-06-16');
    expect(june.map((i) => [i.commune, i.formerCommune])).toEqual([
      ['Nà Hỳ', 'Nà Khoa'],
      ['Nà Hỳ', 'Nậm Nhừ'],
      // Before the merger "Sam Mứn" is the old xã Sam Mứn, now part of Thanh An (khoản 32) — not today's Sam Mứn.
      ['Thanh An', 'Sam Mứn'],
    ]);
    const juneBriefings = r.briefings.filter((b) => b.date === '2025-06-16');
    expect(juneBriefings.map((b) => [b.host, b.formerHost])).toEqual([
      ['Nà Hỳ', 'Nà Khoa'],
      ['Thanh An', 'Sam Mứn'],
    ]);
    // No finding for a correct old name on a date before the merger.
    expect(r.findings.filter((f) => f.code === 'commune.merged' && f.cell.startsWith('C') && f.sheet === 'Ý kiến' && Number(f.cell.slice(1)) <= 4)).toEqual([]);
  });

  it('reads today’s Sam Mứn after the merger, and reports an old name after it with its successor', () => {
    const r = readWorkbook(provinceWorkbook(), { adminCatalogue });
    const jan = r.issues.filter((i) => i.date === '2026-01-15');
    expect(jan.map((i) => [i.commune, i.formerCommune ?? null])).toEqual([
      ['Nà Hỳ', null],
      ['Nà Hỳ', 'Nà Khoa'],
      ['Sam Mứn', null],
    ]);
    const merged = r.findings.filter((f) => f.code === 'commune.merged');
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ severity: 'warning', sheet: 'Ý kiến', cell: 'C6' });
    expect(merged[0]!.message).toContain('xã Nà Khoa đã hợp nhất vào xã Nà Hỳ từ 01/07/2025 (Nghị quyết số 1661/NQ-UBTVQH15)');
    // English names both units with the English kind after the name; the names keep their diacritics.
    expect(merged[0]!.messageEn).toBe(
      'Cell C6: "Nà Khoa" — Nà Khoa commune was merged into Nà Hỳ commune on 1 July 2025 (Resolution 1661/NQ-UBTVQH15); the row counts for Nà Hỳ commune.',
    );
  });

  it('lets the workbook’s "Hình thành từ" column win over the catalogue', () => {
    // The clerk's own list says the old Sam Mứn went into today's Sam Mứn: the workbook wins.
    const wb = provinceWorkbook({ formedFrom: true });
    const row = wb.sheets[0]!.values.find((r) => r[1] === 'Xã Sam Mứn')!;
    row[6] = 'Pom Lót, Na Ư, Sam Mứn';
    const thanhAn = wb.sheets[0]!.values.find((r) => r[1] === 'Xã Thanh An')!;
    thanhAn[6] = 'Thanh An, Noọng Hẹt';
    const r = readWorkbook(wb, { adminCatalogue });
    const june = r.issues.find((i) => i.date === '2025-06-16' && i.formerCommune === 'Sam Mứn')!;
    expect(june.commune).toBe('Sam Mứn');
  });

  it('maps old names from the workbook’s column alone when no catalogue is given', () => {
    const r = readWorkbook(provinceWorkbook({ formedFrom: true }));
    expect(r.issues.filter((i) => i.date === '2025-06-16').map((i) => i.commune)).toEqual(['Nà Hỳ', 'Nà Hỳ', 'Thanh An']);
    expect(r.organisation?.listEra).toBe('current');
  });

  it('reports a code that does not exist, a code of another unit, a unit listed twice with two codes, and a "formed from" of another province', () => {
    const extra: CellValue[][] = [
      [7, 'Xã Mường Nhé', '03999', 'Cụm 1', null, null, 'Chung Chải, Mường Nhé, Nậm Vì'],
      [8, 'Xã Quảng Lâm', '03169', 'Cụm 1', null, null, 'Quảng Lâm, Na Cô Sa'],
      [9, 'Xã Nà Bủng', '03177', 'Cụm 1', null, null, 'Nà Bủng'],
      [10, 'Xã Mường Toong', '03163', 'Cụm 1', null, null, 'Mường Toong, Huổi Lếnh, Mường Khương'],
    ];
    const r = readWorkbook(provinceWorkbook({ formedFrom: true, extraCommunes: extra }), { adminCatalogue });
    const at = (cell: string) => r.findings.filter((f) => f.sheet === 'Danh sách xã' && f.cell === cell);
    expect(at('C10')[0]).toMatchObject({ code: 'commune.code-invalid', severity: 'error' });
    expect(at('C10')[0]!.message).toContain('"03999" không có trong danh mục');
    expect(at('C11')[0]!.message).toContain('mã ĐVHC 03169 là của Xã Nà Hỳ, Tỉnh Điện Biên, không phải "Quảng Lâm"');
    expect(at('C12')[0]).toMatchObject({ code: 'commune.code-invalid' });
    expect(at('C12')[0]!.message).toContain('đã có ở dòng 5 với mã 03176');
    // Mường Khương is an old commune of Lào Cai (huyện Mường Khương), not of Điện Biên.
    expect(at('G13')[0]).toMatchObject({ code: 'commune.formed-from-invalid', severity: 'warning' });
    expect(at('G13')[0]!.message).toMatch(/"Mường Khương" là thị trấn Mường Khương \(Huyện Mường Khương, Tỉnh Lào Cai\), không thuộc Tỉnh Điện Biên/);
  });

  it('suggests the nearest names of that date for an unknown name, old names included', () => {
    const r = readWorkbook(provinceWorkbook({ extraIssues: [[7, '15/01/2026', 'Na Khao', 'Hỏi đường', 'Khác', 'Đã giải đáp tại chỗ', null]] }), { adminCatalogue });
    const f = r.findings.find((x) => x.sheet === 'Ý kiến' && x.cell === 'C8')!;
    expect(f.code).toBe('commune.unknown');
    expect(f.suggestion).toBe('Có phải là "Nà Khoa"?');
  });

  it('names the successor outside the list for an old commune merged into a unit the unit does not brief', () => {
    const r = readWorkbook(provinceWorkbook({ extraIssues: [[7, '10/05/2025', 'Mường Nhé', 'Hỏi đường', 'Khác', 'Đã giải đáp tại chỗ', null]] }), { adminCatalogue });
    const f = r.findings.find((x) => x.sheet === 'Ý kiến' && x.cell === 'C8')!;
    expect(f.code).toBe('commune.unknown');
    expect(f.message).toContain('xã Mường Nhé đã hợp nhất vào xã Mường Nhé từ 01/07/2025, không có trong danh sách xã của đơn vị');
  });
});

describe('a district workbook of before the merger', () => {
  it('keeps reading its old communes as they were (no history applied)', async () => {
    const { districtWorkbook } = await import('../reading/fixtures.js');
    const plain = readWorkbook(districtWorkbook());
    const withCatalogue = readWorkbook(districtWorkbook(), { adminCatalogue });
    expect(withCatalogue.issues.map((i) => i.commune)).toEqual(plain.issues.map((i) => i.commune));
    expect(withCatalogue.findings.map((f) => f.code)).toEqual(plain.findings.map((f) => f.code));
    expect(withCatalogue.organisation?.listEra).not.toBe('current');
  });
});

describe('a commune police workbook of villages', () => {
  it('reads the villages list as the hosts, with village heads and the security team present', () => {
    const r = readWorkbook(communeWorkbook(), { adminCatalogue });
    expect(r.organisation?.tier).toBe('villages');
    expect(r.catalogue.communes.map((c) => c.name)).toEqual(['Nà Hỳ 1', 'Nà Hỳ 2', 'Nà Khoa', 'Huổi Thanh', 'Nậm Nhừ Con']);
    expect(r.briefings).toHaveLength(4);
    expect(r.issues).toHaveLength(4);
    expect(r.briefings.map((b) => [b.attendance.villageHeads, b.attendance.securityTeam])).toEqual([
      [true, true], [true, true], [true, true], [true, true],
    ]);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // The village tier asks for the village head and the security team, not the commune's Party committee, HĐND and UBND.
    expect(r.findings.filter((f) => f.code.startsWith('attendance.'))).toEqual([]);
  });

  it('warns when a village briefing records no security team', () => {
    const wb = communeWorkbook();
    wb.sheets[2]!.values[2]![4] = 'Trưởng bản; 20 người dân';
    const r = readWorkbook(wb);
    const f = r.findings.filter((x) => x.code === 'attendance.missing-local-leaders');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ sheet: 'Sổ giao ban', cell: 'E3' });
    expect(f[0]!.message).toBe('Ô E3: buổi giao ban ngày 17/11/2025 không ghi thành phần của thôn, bản đăng cai: Tổ bảo vệ an ninh, trật tự ở cơ sở.');
  });
});

describe('roles of today in an attendance list', () => {
  it('reads the commune police of a phường or đặc khu, the village head and the security team; a province’s deputy director is the supervising unit', async () => {
    const { parseAttendance } = await import('@giaoban/core');
    expect(parseAttendance('PGĐ CAT; Trưởng CAP; TT Đảng ủy, HĐND, UBND phường')).toMatchObject({ communePolice: true, partyStanding: true, peoplesCouncil: true, peoplesCommittee: true });
    expect(parseAttendance('Phó Giám đốc Công an tỉnh; Phó Trưởng CAĐK Cô Tô').communePolice).toBe(true);
    expect(parseAttendance('Tổ trưởng, thành viên Tổ bảo vệ an ninh, trật tự ở cơ sở; Trưởng thôn')).toMatchObject({ securityTeam: true, villageHeads: true });
    expect(parseAttendance('Tổ trưởng tổ dân phố; vắng Tổ bảo vệ ANTT')).toMatchObject({ villageHeads: true, securityTeam: false });
    // The province's deputy director is not read as anyone of the commune.
    expect(parseAttendance('Đ/c Lò Văn Thắng - PGĐ CAT')).toEqual({});
  });
});
