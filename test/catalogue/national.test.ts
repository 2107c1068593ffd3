/**
 * The national catalogue of administrative units after the 2025 arrangement:
 * its size, its codes, the successor of every old commune, and spot checks of
 * units against the text of the resolution that formed them (each cited).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ADMIN_UNITS_2025_SOURCE,
  communesOf,
  nationalCatalogue,
  resolveCommuneName,
  successorsOf,
} from '@giaoban/core/catalogue';
import { unaccentedKey } from '@giaoban/core';

const cat = nationalCatalogue();

describe('the national catalogue', () => {
  it('has 34 provinces and 3,321 commune-level units from 01/07/2025, with unique codes', () => {
    expect(cat.provinces()).toHaveLength(34);
    const units = communesOf(null);
    expect(units).toHaveLength(3321);
    expect(new Set(units.map((u) => u.code)).size).toBe(3321);
    expect(units.every((u) => /^\d{5}$/.test(u.code) && u.validFrom === '2025-07-01' && u.validTo === null)).toBe(true);
    const kinds = new Map<string, number>();
    for (const u of units) kinds.set(u.kind, (kinds.get(u.kind) ?? 0) + 1);
    // 2,621 xã, 687 phường and 13 đặc khu (Công văn 1027/CTK-CSCL, Phụ lục I).
    expect(Object.fromEntries(kinds)).toEqual({ xa: 2621, phuong: 687, 'dac-khu': 13 });
    expect(new Set(cat.provinces().map((p) => p.resolution)).size).toBe(34);
  });

  it('has the 63 provinces and 10,047 communes of before, each with its district, and each mapping to a unit of today', () => {
    expect(cat.provinces('2025-06-30')).toHaveLength(63);
    const old = communesOf(null, '2025-06-30');
    expect(old).toHaveLength(10047);
    expect(new Set(old.map((u) => u.code)).size).toBe(10047);
    for (const u of old) {
      expect(u.district, u.fullName).not.toBeNull();
      expect(u.validTo).toBe('2025-06-30');
      const next = successorsOf(u.code);
      expect(next.length, `${u.fullName} (${u.code})`).toBeGreaterThanOrEqual(1);
      // A successor lies in today's province the old province became.
      const today = cat.provinces().find((p) => p.formedFrom.includes(u.province))!;
      expect(next.every((n) => n.province === today.code), u.fullName).toBe(true);
    }
  });

  it('cites its sources', () => {
    expect(ADMIN_UNITS_2025_SOURCE.resolutions).toMatch(/1654\/NQ-UBTVQH15 đến 1687\/NQ-UBTVQH15/);
    expect(cat.province('Điện Biên')!.resolution).toBe('1661/NQ-UBTVQH15');
  });

  // Each spot check: the unit, and the old units the resolution's clause names, whole.
  const SPOT_CHECKS: { cite: string; province: string; code: string; name: string; from: string[] }[] = [
    { cite: 'Nghị quyết 1661/NQ-UBTVQH15, Điều 1 khoản 6', province: 'Điện Biên', code: '03169', name: 'Nà Hỳ', from: ['Nà Khoa', 'Nà Hỳ', 'Nậm Nhừ', 'Nậm Chua'] },
    // The resolution spells the old commune "Noong Hẹt"; the statistics office's list "Noọng Hẹt".
    { cite: 'Nghị quyết 1661/NQ-UBTVQH15, Điều 1 khoản 32', province: 'Điện Biên', code: '03352', name: 'Thanh An', from: ['Thanh An', 'Noọng Hẹt', 'Sam Mứn'] },
    { cite: 'Nghị quyết 1661/NQ-UBTVQH15, Điều 1 khoản 34', province: 'Điện Biên', code: '03356', name: 'Sam Mứn', from: ['Pom Lót', 'Na Ư'] },
    { cite: 'Nghị quyết 1661/NQ-UBTVQH15, Điều 1 khoản 31', province: 'Điện Biên', code: '03328', name: 'Thanh Nưa', from: ['Thanh Nưa', 'Hua Thanh', 'Thanh Luông', 'Thanh Hưng', 'Thanh Chăn'] },
    { cite: 'Nghị quyết 1659/NQ-UBTVQH15, Điều 1 khoản 77', province: 'Đà Nẵng', code: '20485', name: 'Sông Vàng', from: ['Tư', 'Ba'] },
    { cite: 'Nghị quyết 1679/NQ-UBTVQH15, Điều 1 khoản 38', province: 'Quảng Ninh', code: '06673', name: 'Bãi Cháy', from: ['Bãi Cháy', 'Hùng Thắng'] },
    { cite: 'Nghị quyết 1671/NQ-UBTVQH15, Điều 1 khoản 47', province: 'Lâm Đồng', code: '23020', name: 'Hải Ninh', from: ['Bình An', 'Phan Điền', 'Hải Ninh'] },
    { cite: 'Nghị quyết 1657/NQ-UBTVQH15, Điều 1 khoản 47', province: 'Cao Bằng', code: '01477', name: 'Trùng Khánh', from: ['Trùng Khánh', 'Khâm Thành', 'Lăng Hiếu', 'Đức Hồng'] },
    { cite: 'Nghị quyết 1684/NQ-UBTVQH15, Điều 1 khoản 49', province: 'Tuyên Quang', code: '00787', name: 'Sủng Máng', from: ['Sủng Trà', 'Sủng Máng', 'Lũng Chinh'] },
    { cite: 'Nghị quyết 1662/NQ-UBTVQH15, Điều 1 khoản 66', province: 'Đồng Nai', code: '25399', name: 'Đak Nhau', from: ['Đường 10', 'Đak Nhau'] },
    { cite: 'Nghị quyết 1665/NQ-UBTVQH15, Điều 1 khoản 46', province: 'Hà Tĩnh', code: '18163', name: 'Sơn Tiến', from: ['Sơn Tiến', 'Sơn Lễ', 'An Hòa Thịnh'] },
    { cite: 'Nghị quyết 1676/NQ-UBTVQH15, Điều 1 khoản 62', province: 'Phú Thọ', code: '08761', name: 'Lập Thạch', from: ['Lập Thạch', 'Xuân Hòa', 'Vân Trục', 'Tử Du'] },
    { cite: 'Nghị quyết 1680/NQ-UBTVQH15, Điều 1 khoản 9', province: 'Quảng Trị', code: '18949', name: 'Đồng Lê', from: ['Đồng Lê', 'Kim Hóa', 'Thuận Hóa', 'Lê Hóa', 'Sơn Hóa'] },
    { cite: 'Nghị quyết 1678/NQ-UBTVQH15, Điều 1 khoản 36', province: 'Nghệ An', code: '16837', name: 'Nậm Cắn', from: ['Nậm Cắn', 'Phà Đánh'] },
  ];

  for (const s of SPOT_CHECKS) {
    it(`${s.name} (${s.province}, ${s.code}) as formed by ${s.cite}`, () => {
      const u = cat.unit(s.code, '2025-07-01')!;
      expect(u.name).toBe(s.name);
      expect(u.province).toBe(cat.province(s.province)!.code);
      expect(u.resolution).toBe(s.cite.slice('Nghị quyết '.length, s.cite.indexOf(',')));
      expect(u.formedFrom.map((f) => f.name).sort()).toEqual([...s.from].sort());
      expect(u.formedFrom.every((f) => f.whole)).toBe(true);
    });
  }

  it('keeps parts apart from wholes: phường Hồng Hà, Hà Nội (Nghị quyết 1656/NQ-UBTVQH15, Điều 1 khoản 14)', () => {
    const u = communesOf('Hà Nội').find((x) => x.name === 'Hồng Hà')!;
    const whole = u.formedFrom.filter((f) => f.whole).map((f) => f.name).sort();
    expect(whole).toEqual(['Chương Dương', 'Phúc Tân', 'Phúc Xá']);
    expect(u.formedFrom.find((f) => f.name === 'Nhật Tân')?.whole).toBe(false);
    // The old phường Nhật Tân went partly into Hồng Hà and partly elsewhere: every part is a successor.
    const nhatTan = communesOf('Hà Nội', '2025-06-30').find((x) => x.name === 'Nhật Tân')!;
    expect(successorsOf(nhatTan.code).map((x) => x.name)).toContain('Hồng Hà');
  });

  it('puts xã Tân Phú (Châu Thành, An Giang) into xã Vĩnh An as Nghị quyết 1654/NQ-UBTVQH15, Điều 1 khoản 31 says', () => {
    expect(successorsOf('30622').map((u) => `${u.fullName} ${u.code}`)).toEqual(['Xã Vĩnh An 30604']);
  });

  it('makes an island district without communes into a đặc khu (Côn Đảo)', () => {
    const u = communesOf('Hồ Chí Minh').find((x) => x.name === 'Côn Đảo')!;
    expect(u.kind).toBe('dac-khu');
    expect(u.formedFrom).toEqual([expect.objectContaining({ name: 'Côn Đảo', district: true, whole: true })]);
  });
});

describe('provinces as clerks write them', () => {
  it('finds a province by code, name, title row or unaccented text', () => {
    for (const s of ['11', 'Điện Biên', 'tỉnh Điện Biên', 'CÔNG AN TỈNH ĐIỆN BIÊN', 'Dien Bien']) expect(cat.province(s)?.code, s).toBe('11');
    expect(cat.province('TP. Hồ Chí Minh')?.fullName).toBe('Thành phố Hồ Chí Minh');
  });
  it('gives an old province before 01/07/2025 and its successor after', () => {
    expect(cat.province('Hà Giang', '2025-06-30')?.fullName).toBe('Tỉnh Hà Giang');
    expect(cat.province('Hà Giang', '2025-07-01')?.fullName).toBe('Tỉnh Tuyên Quang');
    // A name means the province of that day: before 01/07/2025 "Tuyên Quang" is the old province alone.
    expect(communesOf('Hà Giang', '2025-06-30').some((u) => u.district?.name === 'Mèo Vạc')).toBe(true);
    expect(communesOf('Tuyên Quang', '2025-06-30').some((u) => u.district?.name === 'Mèo Vạc')).toBe(false);
  });
});

describe('names by date', () => {
  it('reads an old name before 01/07/2025 as the old commune and after it as merged into its successor', () => {
    const before = resolveCommuneName('xã Nà Khoa', '2025-06-30', 'Điện Biên');
    expect(before).toMatchObject({ status: 'current', unit: { code: '03168', era: 'former' } });
    const after = resolveCommuneName('Nà Khoa', '2025-07-01', 'Điện Biên');
    expect(after.status).toBe('merged');
    if (after.status === 'merged') expect(after.successors.map((u) => u.fullName)).toEqual(['Xã Nà Hỳ']);
  });

  it('never resolves Sam Mứn by name alone: before, the old xã (now in Thanh An); after, today’s xã (from Pom Lót and Na Ư)', () => {
    const before = resolveCommuneName('Sam Mứn', '2025-05-15', 'Điện Biên');
    expect(before.status === 'current' && before.unit.code).toBe('03355');
    expect(successorsOf('03355').map((u) => u.name)).toEqual(['Thanh An']);
    const after = resolveCommuneName('Sam Mun', '2026-05-15', 'Điện Biên');
    expect(after.status === 'current' && after.unit.code).toBe('03356');
  });

  it('suggests the nearest names of that date for a misspelt name', () => {
    const r = resolveCommuneName('Nà Hi', '2026-01-15', 'Điện Biên');
    expect(r.status).toBe('near');
    if (r.status === 'near') expect(r.suggestions.map((u) => u.name)).toContain('Nà Hỳ');
    const old = resolveCommuneName('Nà Khao', '2026-01-15', 'Điện Biên');
    expect(old.status === 'near' && old.suggestions[0]!.era).toBe('former');
  });

  it('(property) a unit’s own name resolves to itself on any date of its era', () => {
    const units = communesOf('Điện Biên');
    const olds = communesOf('Điện Biên', '2025-06-30');
    const day = (from: number, span: number) => fc.integer({ min: from, max: from + span }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
    const julyFirst = Date.UTC(2025, 6, 1) / 86_400_000;
    fc.assert(
      fc.property(fc.constantFrom(...units), day(julyFirst, 3650), (u, on) => {
        const r = resolveCommuneName(u.fullName, on, 'Điện Biên');
        return r.status === 'current' && r.unit.code === u.code;
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...olds), day(julyFirst - 3650, 3649), (u, on) => {
        const r = resolveCommuneName(u.name, on, 'Điện Biên');
        // Two old communes of one province may share a name (ambiguous); otherwise the unit itself.
        return (r.status === 'current' && r.unit.code === u.code) || (r.status === 'ambiguous' && r.units.some((x) => x.code === u.code));
      }),
    );
  });

  it('(property) an old name used on or after 01/07/2025 is its successor, unless today’s unit bears the name', () => {
    const olds = communesOf('Điện Biên', '2025-06-30');
    const todays = new Set(communesOf('Điện Biên').map((u) => unaccentedKey(u.name)));
    fc.assert(
      fc.property(fc.constantFrom(...olds), fc.integer({ min: 0, max: 2000 }), (u, n) => {
        const on = new Date(Date.UTC(2025, 6, 1 + n)).toISOString().slice(0, 10);
        const r = resolveCommuneName(u.name, on, 'Điện Biên');
        // Today's unit of the same name (up to accents: the old Pú Nhi is today's Pu Nhi) is the unit of that day.
        if (todays.has(unaccentedKey(u.name))) return r.status === 'current' && r.unit.era === 'current' && unaccentedKey(r.unit.name) === unaccentedKey(u.name);
        return r.status === 'merged' ? r.successors.length > 0 && r.unit.name === u.name : r.status === 'ambiguous';
      }),
    );
  });
});
