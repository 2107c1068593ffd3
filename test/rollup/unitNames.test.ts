/**
 * How the roll-up names its units: in English with the kind's English word after the name
 * ("Nà Hỳ commune police", "Điện Biên province police"), in Vietnamese as before; and the
 * paragraph's count of units when some of the workbooks are not a commune's (a district's or the
 * province's own book among the communes'): the units are counted, and called what they are.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  formatRollupText,
  parsePeriodSpec,
  policeNameEn,
  policeUnitName,
  rollupNarrative,
  rollupTable,
  rollupUnitOfGrid,
  rollupViewOf,
  rollupWorkbooks,
  unitLookupFromCatalogue,
  type WorkbookGrid,
} from '@giaoban/core';
import { nationalCatalogue } from '@giaoban/core/catalogue';
import { readWorkbookFile } from '../../packages/cli/src/xlsx/index.js';
import { unitWorkbookGrid } from '../../scripts/generate/unitWorkbooks.js';
import { repoRoot } from '../xlsx/helpers.js';
import { dienBienBooks } from './fixtures.js';

const adminCatalogue = nationalCatalogue();
const december = parsePeriodSpec('month:2025-12');
const year2025 = parsePeriodSpec('năm 2025');

/** A Vietnamese kind word written before a name ("Công an xã Nà Hỳ", "tỉnh Điện Biên"). */
const VIETNAMESE_KIND_BEFORE_NAME = /(^|[^\p{L}])(xã|Xã|phường|Phường|thị trấn|đặc khu|tỉnh|Tỉnh|thành phố|Thành phố|huyện|Huyện) \p{Lu}/u;

const example = (file: string): Promise<WorkbookGrid> => readWorkbookFile(join(repoRoot, 'examples', file));

/** Workbooks reduced as `giaoban rollup` reduces them: one session each, with the national catalogue. */
const reduced = (books: readonly [string, WorkbookGrid][], period: ReturnType<typeof parsePeriodSpec>) =>
  books.map(([fileName, grid]) => rollupUnitOfGrid(grid, { fileName, today: '2026-01-20', adminCatalogue }, { period }));

describe('police units named in English', () => {
  it('a commune’s police and a province’s police', () => {
    expect(policeUnitName({ name: 'Nà Hỳ', kind: 'xa' })).toBe('Công an xã Nà Hỳ');
    expect(policeUnitName({ name: 'Nà Hỳ', kind: 'xa' }, 'en')).toBe('Nà Hỳ commune police');
    expect(policeUnitName({ name: 'Mường Thanh', kind: 'phuong' }, 'en')).toBe('Mường Thanh ward police');
    // A unit of no known kind (counted under its file name, or a district police as written) keeps its name.
    expect(policeUnitName({ name: 'Công an huyện Nậm Pồ', kind: null }, 'en')).toBe('Công an huyện Nậm Pồ');
    // A police unit as a workbook or a clerk writes it, at any level.
    expect(policeNameEn('CÔNG AN TỈNH ĐIỆN BIÊN')).toBe('Điện Biên province police');
    expect(policeNameEn('Công an thành phố Hà Nội')).toBe('Hà Nội city police');
    expect(policeNameEn('Công an huyện Nậm Pồ')).toBe('Nậm Pồ district police');
    expect(policeNameEn('CÔNG AN QUẬN BA ĐÌNH')).toBe('Ba Đình urban district police');
    expect(policeNameEn('Công an thị xã Mường Lay')).toBe('Mường Lay town police');
    expect(policeNameEn('Công an phường Mường Thanh')).toBe('Mường Thanh ward police');
    expect(policeNameEn('so-giao-ban-cong-an-tinh.xlsx')).toBe('so-giao-ban-cong-an-tinh.xlsx');
  });

  it('the English table, findings and paragraph name every unit in English; the Vietnamese ones as before', () => {
    const rollup = rollupWorkbooks(dienBienBooks(), { period: december, asOf: '2025-11-30', overdueDays: 3, lookups: [unitLookupFromCatalogue(adminCatalogue)] });
    // Resolution 1661/NQ-UBTVQH15: the old xã Chà Nưa is part of today's xã Mường Chà.
    expect(rollup.units.map((u) => [u.unit, u.unitEn])).toEqual([
      ['Công an xã Mường Chà', 'Mường Chà commune police'],
      ['Công an xã Mường Nhé', 'Mường Nhé commune police'],
      ['Công an xã Nà Hỳ', 'Nà Hỳ commune police'],
    ]);
    expect(rollupTable(rollup, 'en').rows.map((r) => r[1])).toEqual(['Mường Chà commune police', 'Mường Nhé commune police', 'Nà Hỳ commune police']);
    expect(rollupTable(rollup, 'vi').rows.map((r) => r[1])).toEqual(['Công an xã Mường Chà', 'Công an xã Mường Nhé', 'Công an xã Nà Hỳ']);
    const merged = rollup.findings.find((f) => f.code === 'rollup.merged-unit' && f.file === 'nam-nhu-cu.xlsx')!;
    expect(merged.message).toBe(
      'Sổ "nam-nhu-cu.xlsx" là của Công an xã Nậm Nhừ (cũ), nay thuộc Công an xã Nà Hỳ (theo danh mục đơn vị hành chính sau sắp xếp năm 2025); số liệu của sổ được tính cho Công an xã Nà Hỳ.',
    );
    expect(merged.messageEn).toBe(
      '"nam-nhu-cu.xlsx" is the workbook of the former Nậm Nhừ commune police, now part of Nà Hỳ commune police (per the register of administrative units after the 2025 arrangement); its figures are counted for Nà Hỳ commune police.',
    );
    const narrative = rollupNarrative(rollup);
    const top = [...rollup.units].sort((a, b) => b.overdue - a.overdue)[0]!;
    expect(top.overdue).toBeGreaterThan(0);
    expect(narrative.en).toContain(`most at ${top.unitEn} ${top.overdue}`);
    expect(narrative.vi).toContain(`nhiều nhất ở ${top.unit} `);
    const text = formatRollupText(rollup, narrative, 'en');
    expect(text).toContain('Grassroots briefings roll-up — Điện Biên province police: December 2025');
    for (const line of text.split('\n')) expect(VIETNAMESE_KIND_BEFORE_NAME.test(line), line).toBe(false);
  });
});

describe('the paragraph’s count of units when levels mix', () => {
  it('every unit a commune: the wording as before', () => {
    const rollup = rollupWorkbooks(dienBienBooks(), { period: december });
    const text = rollupNarrative(rollup);
    expect(text.vi).toContain('Từ ngày 15/11/2025 đến ngày 14/12/2025, Công an 03 xã trên địa bàn tỉnh Điện Biên đã tổ chức');
    expect(text.en).toContain('From 15 November 2025 to 14 December 2025, the police of 3 units (communes) under Điện Biên province police held');
  });

  it('the province’s own workbook placed among a commune’s (the examples): one commune and one other unit', async () => {
    const view = rollupViewOf(
      reduced([
        ['so-giao-ban-cong-an-xa.xlsx', await example('so-giao-ban-cong-an-xa.xlsx')],
        ['so-giao-ban-cong-an-tinh.xlsx', await example('so-giao-ban-cong-an-tinh.xlsx')],
      ], year2025),
      { period: year2025, adminCatalogue },
    );
    // Both are counted: the commune's under its unit, the province's own under its file name.
    expect(view.rollup.units.map((u) => [u.unit, u.kind])).toEqual([
      ['Công an xã Nà Hỳ', 'xa'],
      ['so-giao-ban-cong-an-tinh.xlsx', null],
    ]);
    expect(view.rollup.total.units).toBe(2);
    expect(view.narrative.vi).toContain('Từ ngày 15/12/2024 đến ngày 14/12/2025, Công an 01 xã và 01 đơn vị khác trên địa bàn tỉnh Điện Biên đã tổ chức');
    expect(view.narrative.en).toContain('From 15 December 2024 to 14 December 2025, the police of 2 units (1 commune and 1 other unit) under Điện Biên province police held');
  });

  it('two communes’ workbooks and the province’s own: two communes and one other unit', async () => {
    const books: [string, WorkbookGrid][] = [
      ['muong-nhe.xlsx', unitWorkbookGrid({ unit: 'CÔNG AN XÃ MƯỜNG NHÉ', seed: 14, startYear: 2024, years: 2, issues: 300 })],
      ['cha-nua.xlsx', unitWorkbookGrid({ unit: 'Công an xã Chà Nưa', seed: 15, startYear: 2024, years: 2, issues: 300 })],
      ['so-giao-ban-cong-an-tinh.xlsx', await example('so-giao-ban-cong-an-tinh.xlsx')],
    ];
    const view = rollupViewOf(reduced(books, december), { period: december, adminCatalogue });
    expect(view.rollup.units.filter((u) => u.kind === null).map((u) => u.unit)).toEqual(['so-giao-ban-cong-an-tinh.xlsx']);
    expect(view.rollup.total.units).toBe(3);
    expect(view.narrative.vi).toContain('Công an 02 xã và 01 đơn vị khác trên địa bàn tỉnh Điện Biên');
    expect(view.narrative.en).toContain('the police of 3 units (2 communes and 1 other unit) under Điện Biên province police');
  });

  it('only the province’s own workbook: units, not communes', async () => {
    const view = rollupViewOf(reduced([['so-giao-ban-cong-an-tinh.xlsx', await example('so-giao-ban-cong-an-tinh.xlsx')]], year2025), { period: year2025, adminCatalogue });
    expect(view.narrative.vi).toContain('Từ ngày 15/12/2024 đến ngày 14/12/2025, Công an 01 đơn vị trên địa bàn tỉnh Điện Biên đã tổ chức');
    expect(view.narrative.en).toContain('the police of 1 unit under Điện Biên province police held');
  });
});
