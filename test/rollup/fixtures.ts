/**
 * Unit workbooks of one province for the roll-up tests, made by the unit
 * generator (real grids: title rows, places in clusters, leaders, briefings,
 * items) and read by the real reader.
 */
import { detectUnitNames, readWorkbook, type UnitWorkbook, type WorkbookGrid } from '@giaoban/core';
import { unitWorkbookGrid, type UnitWorkbookOptions } from '../../scripts/generate/unitWorkbooks.js';

/** A unit workbook read as the roll-up takes it. */
export function unitWorkbook(file: string, options: UnitWorkbookOptions): UnitWorkbook & { grid: WorkbookGrid } {
  const grid = unitWorkbookGrid({ issues: 400, ...options });
  return { file, grid, read: readWorkbook(grid), names: detectUnitNames(grid) };
}

/**
 * Điện Biên after 1 July 2025: xã Nà Hỳ was formed from the old Nà Khoa, Nà Hỳ,
 * Nậm Nhừ and Nậm Chua. Its book starts in July 2025 and lists Nậm Nhừ and
 * Nậm Chua as merged into it; the two old communes' books run 2024 – June 2025.
 */
export function dienBienBooks(): (UnitWorkbook & { grid: WorkbookGrid })[] {
  return [
    unitWorkbook('na-hy.xlsx', {
      unit: 'CÔNG AN XÃ NÀ HỲ',
      seed: 11,
      startYear: 2025,
      years: 1,
      firstDay: '2025-07-01',
      mergers: [
        { name: 'Nậm Nhừ', mergedInto: 'Nà Hỳ', validTo: '2025-06-30' },
        { name: 'Nậm Chua', mergedInto: 'Nà Hỳ', validTo: '2025-06-30' },
      ],
    }),
    unitWorkbook('nam-nhu-cu.xlsx', { unit: 'CÔNG AN XÃ NẬM NHỪ', seed: 12, startYear: 2024, years: 1.5 }),
    unitWorkbook('nam-chua-cu.xlsx', { unit: 'CÔNG AN XÃ NẬM CHUA', seed: 13, startYear: 2024, years: 1.5 }),
    unitWorkbook('muong-nhe.xlsx', { unit: 'CÔNG AN XÃ MƯỜNG NHÉ', seed: 14, startYear: 2024, years: 2 }),
    unitWorkbook('cha-nua.xlsx', { unit: 'Công an xã Chà Nưa', seed: 15, startYear: 2024, years: 2 }),
  ];
}

/**
 * A folder of four unit workbooks as a province's clerk gathers them for `giaoban rollup` or the
 * app's roll-up: Mường Toong and Mường Nhé; today's Nà Hỳ, whose book starts in July 2025 and lists
 * Nậm Nhừ as merged into it; and the old Nậm Nhừ's book (2024 – June 2025). File name → generator
 * options, seeded `seed`, `seed + 1`, `seed + 2`, `seed + 3` in that order.
 */
export function rollupFolderBooks(seed: number, issues: number): Record<string, UnitWorkbookOptions> {
  return {
    'xa-muong-toong.xlsx': { unit: 'CÔNG AN XÃ MƯỜNG TOONG', seed, issues },
    'xa-muong-nhe.xlsx': { unit: 'CÔNG AN XÃ MƯỜNG NHÉ', seed: seed + 1, issues },
    'xa-na-hy.xlsx': {
      unit: 'CÔNG AN XÃ NÀ HỲ',
      seed: seed + 2,
      issues,
      firstDay: '2025-07-01',
      startYear: 2025,
      years: 1,
      mergers: [{ name: 'Nậm Nhừ', mergedInto: 'Nà Hỳ', validTo: '2025-06-30' }],
    },
    'xa-nam-nhu-cu.xlsx': { unit: 'CÔNG AN XÃ NẬM NHỪ', seed: seed + 3, issues, startYear: 2024, years: 1.5 },
  };
}
