/**
 * Units named in English: the place's name as Vietnamese writes it, diacritics and all, and the
 * kind's English word after it ("Nà Hỳ commune", "Điện Biên province", "Nậm Pồ district"); the
 * Vietnamese texts keep "xã Nà Hỳ", "Tỉnh Điện Biên" as before. A name the workbook gives without
 * a kind stays as the clerk typed it in English (Vietnamese writes "xã" as it always has).
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { communeListing, nationalCatalogue } from '@giaoban/core/catalogue';
import { openSession, readWorkbook, unitLabel, unitLabels, type CellValue } from '@giaoban/core';
import { main } from '../../packages/cli/src/main.js';
import { readWorkbookFile } from '../../packages/cli/src/xlsx/index.js';
import { provinceWorkbook } from './fixtures.js';

const adminCatalogue = nationalCatalogue();

/** A Vietnamese kind word written before a name ("xã Nà Hỳ", "Tỉnh Điện Biên", "huyện Nậm Pồ"). */
const VIETNAMESE_KIND_BEFORE_NAME =
  /(^|[^\p{L}])(xã|Xã|phường|Phường|thị trấn|Thị trấn|đặc khu|Đặc khu|tỉnh|Tỉnh|thành phố|Thành phố|huyện|Huyện|quận|Quận|thị xã|Thị xã) \p{Lu}/u;

describe('unitLabel', () => {
  it('names units of the catalogue of every level and kind, the kind before the name in Vietnamese and after it in English', () => {
    const commune = (code: string, on?: string) => {
      const u = adminCatalogue.unit(code, on)!;
      return { level: 'commune', kind: u.kind, name: u.name } as const;
    };
    const district = (code: string) => {
      const d = adminCatalogue.unit(code, '2025-06-30')!.district!;
      return { level: 'district', kind: d.kind, name: d.name } as const;
    };
    const province = (name: string) => {
      const p = adminCatalogue.province(name)!;
      return { level: 'province', kind: p.kind, name: p.name } as const;
    };
    expect(unitLabels(commune('03169'))).toEqual({ vi: 'xã Nà Hỳ', en: 'Nà Hỳ commune' });
    expect(unitLabels(commune('03334'))).toEqual({ vi: 'phường Mường Thanh', en: 'Mường Thanh ward' });
    const coTo = adminCatalogue.communesOf('Quảng Ninh').find((u) => u.name === 'Cô Tô')!;
    expect(unitLabels({ level: 'commune', kind: coTo.kind, name: coTo.name })).toEqual({ vi: 'đặc khu Cô Tô', en: 'Cô Tô special zone' });
    // Before 01/07/2025: thị trấn Mường Khương (Lào Cai), in huyện Mường Khương.
    const muongKhuong = adminCatalogue.communesOf('Lào Cai', '2025-06-30').find((u) => u.fullName === 'Thị trấn Mường Khương')!;
    expect(unitLabel(commune(muongKhuong.code, '2025-06-30'), 'en')).toBe('Mường Khương township');
    expect(unitLabel(commune(muongKhuong.code, '2025-06-30'), 'vi', { capital: true })).toBe('Thị trấn Mường Khương');
    expect(unitLabels(district(muongKhuong.code))).toEqual({ vi: 'huyện Mường Khương', en: 'Mường Khương district' });
    // 00001 phường Phúc Xá (quận Ba Đình), 03001 phường Sa Pa (thị xã Sa Pa), 00688 phường Quang Trung (thành phố Hà Giang).
    expect(unitLabels(district('00001'))).toEqual({ vi: 'quận Ba Đình', en: 'Ba Đình urban district' });
    expect(unitLabels(district('03001'))).toEqual({ vi: 'thị xã Sa Pa', en: 'Sa Pa town' });
    expect(unitLabels(district('00688'))).toEqual({ vi: 'thành phố Hà Giang', en: 'Hà Giang city' });
    expect(unitLabels(province('Điện Biên'), { capital: true })).toEqual({ vi: 'Tỉnh Điện Biên', en: 'Điện Biên province' });
    expect(unitLabels(province('Hà Nội'), { capital: true })).toEqual({ vi: 'Thành phố Hà Nội', en: 'Hà Nội city' });
  });

  it('leaves a name of no known kind as given, in both languages', () => {
    expect(unitLabels({ level: 'commune', kind: null, name: 'Nà Khoa' })).toEqual({ vi: 'Nà Khoa', en: 'Nà Khoa' });
  });
});

describe('findings in English name units with English kind words', () => {
  it('the provincial example with old names: Vietnamese as before, English with the kind after the name and no Vietnamese kind word before a name', async () => {
    const grid = await readWorkbookFile(join(process.cwd(), 'examples', 'so-giao-ban-cong-an-tinh.xlsx'));
    const r = readWorkbook(grid, { adminCatalogue });
    const merged = r.findings.filter((f) => f.code === 'commune.merged');
    expect(merged.length).toBeGreaterThan(0);
    for (const f of merged) {
      // The workbook's "Hình thành từ" column writes the old commune without its kind: English keeps "Nà Khoa" as typed.
      expect(f.message).toBe(`Ô ${f.cell}: "Nà Khoa" — xã Nà Khoa đã hợp nhất vào xã Nà Hỳ từ 01/07/2025; dòng này được tính cho xã Nà Hỳ.`);
      expect(f.messageEn).toBe(`Cell ${f.cell}: "Nà Khoa" — Nà Khoa was merged into Nà Hỳ commune on 1 July 2025; the row counts for Nà Hỳ commune.`);
    }
    for (const f of r.findings) expect(VIETNAMESE_KIND_BEFORE_NAME.test(f.messageEn), f.messageEn).toBe(false);
  });

  it('an old commune typed with its kind in the workbook’s "Hình thành từ" column is named with its English kind', () => {
    const wb = provinceWorkbook({ formedFrom: true });
    const naHy = wb.sheets[0]!.values.find((row) => row[1] === 'Xã Nà Hỳ')!;
    naHy[6] = 'xã Nà Khoa, xã Nà Hỳ, xã Nậm Nhừ, xã Nậm Chua';
    const f = readWorkbook(wb).findings.find((x) => x.code === 'commune.merged')!;
    expect(f.message).toBe('Ô C6: "Nà Khoa" — xã Nà Khoa đã hợp nhất vào xã Nà Hỳ từ 01/07/2025; dòng này được tính cho xã Nà Hỳ.');
    expect(f.messageEn).toBe('Cell C6: "Nà Khoa" — Nà Khoa commune was merged into Nà Hỳ commune on 1 July 2025; the row counts for Nà Hỳ commune.');
  });

  it('names the successor outside the list in English', () => {
    const r = readWorkbook(provinceWorkbook({ extraIssues: [[7, '10/05/2025', 'Mường Nhé', 'Hỏi đường', 'Khác', 'Đã giải đáp tại chỗ', null]] }), { adminCatalogue });
    const f = r.findings.find((x) => x.sheet === 'Ý kiến' && x.cell === 'C8')!;
    expect(f.message).toBe('Ô C8: "Mường Nhé" — xã Mường Nhé đã hợp nhất vào xã Mường Nhé từ 01/07/2025, không có trong danh sách xã của đơn vị.');
    expect(f.messageEn).toBe('Cell C8: "Mường Nhé" — Mường Nhé commune was merged into Mường Nhé commune on 1 July 2025, which is not in the unit\'s communes list.');
  });

  it('a wrong code and an old unit of another province: the unit, its district and its province in English', () => {
    const extra: CellValue[][] = [
      [7, 'Xã Quảng Lâm', '03169', 'Cụm 1', null, null, 'Quảng Lâm, Na Cô Sa'],
      [8, 'Xã Mường Toong', '03163', 'Cụm 1', null, null, 'Mường Toong, Huổi Lếnh, Mường Khương'],
    ];
    const r = readWorkbook(provinceWorkbook({ formedFrom: true, extraCommunes: extra }), { adminCatalogue });
    const at = (cell: string) => r.findings.find((f) => f.sheet === 'Danh sách xã' && f.cell === cell)!;
    expect(at('C10').message).toBe('Ô C10: mã ĐVHC 03169 là của Xã Nà Hỳ, Tỉnh Điện Biên, không phải "Quảng Lâm".');
    expect(at('C10').messageEn).toBe('Cell C10: administrative code 03169 is Nà Hỳ commune, Điện Biên province, not "Quảng Lâm".');
    expect(at('G11').message).toBe('Ô G11: "Mường Khương" là thị trấn Mường Khương (Huyện Mường Khương, Tỉnh Lào Cai), không thuộc Tỉnh Điện Biên.');
    expect(at('G11').messageEn).toBe('Cell G11: "Mường Khương" is Mường Khương township in Mường Khương district, Lào Cai province, not in Điện Biên province.');
  });
});

describe('the communes listing in English', () => {
  it('names each old unit’s district in both languages', () => {
    const listing = communeListing(adminCatalogue, 'Điện Biên', '2025-06-30');
    const samMun = listing.units.find((u) => u.name === 'Sam Mứn')!;
    expect([samMun.district, samMun.districtEn]).toEqual(['Huyện Điện Biên', 'Điện Biên district']);
    expect(communeListing(adminCatalogue, 'Điện Biên').units.every((u) => u.district === null && u.districtEn === null)).toBe(true);
  });

  it('giaoban communes --lang en names the province and the districts in English', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), cwd: process.cwd() };
    expect(await main(['communes', 'Điện Biên', '--as-of', '30/06/2025', '--lang', 'en'], io)).toBe(0);
    const text = out.join('');
    expect(text).toContain('Commune-level units of Điện Biên province (before the 2025 arrangement, on 30 June 2025): 129');
    expect(text).toMatch(/03355\s+Sam Mứn\s+commune\s+Điện Biên district\s+Thanh An/);
    expect(VIETNAMESE_KIND_BEFORE_NAME.test(text)).toBe(false);
  });
});

describe('the summary paragraph in English names the workbook’s unit in English', () => {
  const cases: [string, string, string][] = [
    ['so-giao-ban-cong-an-tinh.xlsx', 'Công an tỉnh Điện Biên đã tổ chức', 'Điện Biên province police held'],
    ['so-giao-ban-cong-an-xa.xlsx', 'Công an xã Nà Hỳ đã tổ chức', 'Nà Hỳ commune police held'],
    ['so-theo-doi-giao-ban.xlsx', 'Công an huyện Nậm Pồ đã tổ chức', 'Nậm Pồ district police held'],
  ];
  for (const [file, vi, en] of cases) {
    it(file, async () => {
      const s = openSession(await readWorkbookFile(join(process.cwd(), 'examples', file)), { today: '2026-12-07', adminCatalogue });
      const { narrative } = s.summary({});
      expect(narrative.vi).toContain(vi);
      expect(narrative.en).toContain(en);
      expect(VIETNAMESE_KIND_BEFORE_NAME.test(narrative.en), narrative.en).toBe(false);
    });
  }
});
