import { describe, expect, it } from 'vitest';
import { findMarker, markerFor, placeOutputSheet, uniqueSheetName } from '@giaoban/core/internal';

const plan = { name: 'Lịch giao ban', kind: 'plan' as const };

describe('placeOutputSheet', () => {
  it("writes beside a clerk's sheet of the same name (any case)", () => {
    expect(placeOutputSheet([{ name: 'LỊCH GIAO BAN', marker: null }], plan)).toEqual({ action: 'create', name: 'Lịch giao ban (2)' });
    expect(
      placeOutputSheet([{ name: 'Lịch giao ban', marker: null }, { name: 'Lịch giao ban (2)', marker: null }], plan),
    ).toEqual({ action: 'create', name: 'Lịch giao ban (3)' });
  });

  it('replaces only a sheet carrying the marker of its own kind', () => {
    expect(placeOutputSheet([{ name: 'Lịch giao ban', marker: markerFor('plan') }], plan)).toEqual({ action: 'replace', name: 'Lịch giao ban' });
    // A summary sheet's marker does not make a plan sheet replaceable.
    expect(placeOutputSheet([{ name: 'Lịch giao ban', marker: markerFor('summary') }], plan)).toEqual({ action: 'create', name: 'Lịch giao ban (2)' });
    // Written beside the clerk's sheet last time: that one is replaced, the clerk's stays.
    expect(
      placeOutputSheet([{ name: 'Lịch giao ban', marker: null }, { name: 'Lịch giao ban (2)', marker: markerFor('plan') }], plan),
    ).toEqual({ action: 'replace', name: 'Lịch giao ban (2)' });
  });

  it('creates in an empty workbook', () => {
    expect(placeOutputSheet([], { name: 'Tổng hợp', kind: 'summary' })).toEqual({ action: 'create', name: 'Tổng hợp' });
  });
});

describe('findMarker', () => {
  it('finds a whole-cell marker anywhere and ignores look-alikes', () => {
    expect(findMarker([[null, 'Lịch'], [], [3, true, ' giaoban:plan:v1 ']])).toBe('giaoban:plan:v1');
    expect(findMarker([['giaoban: chú ý'], ['giaoban:plan'], ['xem giaoban:plan:v1']])).toBeNull();
    expect(findMarker([])).toBeNull();
  });
});

describe('uniqueSheetName', () => {
  it("keeps within Excel's 31 characters and forbidden characters", () => {
    const long = 'Kết quả kiểm tra sổ theo dõi giao ban năm 2025';
    const a = uniqueSheetName([], long);
    expect(a.length).toBeLessThanOrEqual(31);
    const b = uniqueSheetName([a], long);
    expect(b.endsWith(' (2)')).toBe(true);
    expect(b.length).toBeLessThanOrEqual(31);
    expect(uniqueSheetName([], 'Tháng 1/2025: [Cụm 1]')).toBe('Tháng 1 2025   Cụm 1');
  });
});
