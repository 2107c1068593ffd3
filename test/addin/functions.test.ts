// GIAOBAN custom functions: real dates, and functions.json kept in step with the code.
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import * as fns from '../../addin/src/functions/functions.js';
import { ROOT } from './support/fakeHost.js';

// Excel serial (1900 system) of a calendar date, computed independently of the core.
const serial = (iso: string) => Math.round((Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) - Date.UTC(1899, 11, 30)) / 86_400_000);

describe('GIAOBAN functions', () => {
  it('NGAYGIAOBAN: February 2018 moves past the Tết break (14–20 Feb) to 21/02/2018', () => {
    expect(fns.ngayGiaoBan(2018, 2)).toBe(serial('2018-02-21'));
    expect(fns.ngayGiaoBan(2018, 2, 15, 'none')).toBe(serial('2018-02-15'));
    expect(fns.ngayGiaoBan(2026, 3)).toBe(serial('2026-03-16')); // 15/03/2026 is a Sunday
    expect(() => fns.ngayGiaoBan(2026, 13)).toThrow(/Tháng/);
    expect(() => fns.ngayGiaoBan(2026, 3, 15, 'sideways')).toThrow(/Cách dời/);
  });

  it('TET: Vietnam, not China (1985, 2007, 2030)', () => {
    expect(fns.tet(1985)).toBe(serial('1985-01-21'));
    expect(fns.tet(2007)).toBe(serial('2007-02-17'));
    expect(fns.tet(2030)).toBe(serial('2030-02-02'));
  });

  it('AMLICH: Hùng Kings day 2026 is 10/3 lunar; text and serial inputs agree', () => {
    const a = fns.amLich(serial('2026-04-26'));
    expect(a).toMatch(/10/);
    expect(a).toMatch(/Ba|3/);
    expect(fns.amLich('26/04/2026')).toBe(a);
    expect(() => fns.amLich('31/02/2026')).toThrow(/Ngày không hợp lệ/);
  });

  it('KYBAOCAO: the decree month of 15/02/2018 runs 15/02–14/03 (report for March)', () => {
    expect(fns.kyBaoCao('15/02/2018')).toMatch(/15\/02\/2018.*14\/03\/2018/);
    expect(fns.kyBaoCao(serial('2018-02-14'), 'thang')).toMatch(/15\/01\/2018.*14\/02\/2018/);
    expect(fns.kyBaoCao('2018-05-20', 'quarter')).toMatch(/2018/);
  });

  it('NGAYLAMVIEC: Tết 2026 and Saturdays are off, an ordinary Monday is not', () => {
    expect(fns.ngayLamViec('17/02/2026')).toBe(false);
    expect(fns.ngayLamViec('07/03/2026')).toBe(false);
    expect(fns.ngayLamViec('09/03/2026')).toBe(true);
  });
});

describe('arguments as clerks type them, and 1904 workbooks', () => {
  it('AMLICH takes "EN", "en", "English", "Tiếng Anh" alike; an unknown language is #VALUE!, not Vietnamese by accident', () => {
    const en = fns.amLich('26/04/2026', 'en');
    expect(en).not.toBe(fns.amLich('26/04/2026'));
    for (const l of ['EN', 'En', 'English', 'Tiếng Anh', 'tieng anh']) expect(fns.amLich('26/04/2026', l)).toBe(en);
    for (const l of ['VI', 'Tiếng Việt']) expect(fns.amLich('26/04/2026', l)).toBe(fns.amLich('26/04/2026'));
    expect(() => fns.amLich('26/04/2026', 'fr')).toThrow(/Ngôn ngữ không hợp lệ/);
  });

  it('KYBAOCAO takes "Quý", "QUÝ", "quy", "6 tháng", "Năm" (the core\'s period words)', () => {
    const q = fns.kyBaoCao('20/05/2018', 'quarter');
    for (const k of ['Quý', 'QUÝ', 'quy', 'Quy']) expect(fns.kyBaoCao('20/05/2018', k)).toBe(q);
    expect(fns.kyBaoCao('20/05/2018', '6 tháng')).toBe(fns.kyBaoCao('20/05/2018', 'half'));
    expect(fns.kyBaoCao('20/05/2018', 'Năm')).toBe(fns.kyBaoCao('20/05/2018', 'year'));
    expect(fns.kyBaoCao('20/05/2018', 'THÁNG')).toBe(fns.kyBaoCao('20/05/2018'));
    expect(() => fns.kyBaoCao('20/05/2018', 'tuần')).toThrow(/Loại kỳ không hợp lệ/);
    expect(() => fns.kyBaoCao('20/11/2018', '9 tháng')).toThrow(/9 tháng|nine-month/);
  });

  it('with TRUE for a 1904 workbook, dates in and out are 1,462 days smaller', () => {
    const s1900 = fns.tet(2030);
    expect(fns.tet(2030, true)).toBe(s1900 - 1462);
    expect(fns.ngayGiaoBan(2018, 2, 15, 'following', true)).toBe(serial('2018-02-21') - 1462);
    // The same cell value means another day in a 1904 workbook: read it so.
    const cell1904 = serial('2026-02-17') - 1462;
    expect(fns.ngayLamViec(cell1904, true)).toBe(false);
    expect(fns.amLich(cell1904, 'vi', true)).toBe(fns.amLich('17/02/2026'));
    expect(fns.kyBaoCao(serial('2018-02-15') - 1462, 'Tháng', true)).toBe(fns.kyBaoCao('15/02/2018'));
    expect(() => fns.tet(2030, 'maybe' as unknown as boolean)).toThrow(/hệ ngày/);
  });
});

describe('functions.json', () => {
  it('regenerated from the JSDoc matches the exported CUSTOM_FUNCTIONS and the built file', async () => {
    const gen = await generateCustomFunctionsMetadata(join(ROOT, 'addin/src/functions/functions.ts'), false);
    expect(gen.errors).toEqual([]);
    const meta = JSON.parse(gen.metadataJson) as { functions: { id: string; parameters: { name: string; optional?: boolean }[] }[] };
    expect(meta.functions.map((f) => f.id).sort()).toEqual(Object.keys(fns.CUSTOM_FUNCTIONS).sort());
    for (const f of meta.functions) {
      const impl = fns.CUSTOM_FUNCTIONS[f.id]!;
      expect(impl.length, f.id).toBe(f.parameters.length); // every declared parameter is in the signature
    }
    const built = join(ROOT, 'addin/dist/functions.json');
    if (existsSync(built)) expect(JSON.parse(readFileSync(built, 'utf8'))).toEqual(JSON.parse(gen.metadataJson));
  });
});
