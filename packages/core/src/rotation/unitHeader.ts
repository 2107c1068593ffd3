/**
 * The unit's header block as the clerk already wrote it above a table
 * ("CÔNG AN TỈNH ĐIỆN BIÊN" / "CÔNG AN HUYỆN NẬM PỒ"), so the plan sheet can
 * carry the same header without asking again.
 */
import type { WorkbookGrid } from '../workbook/grid.js';

/** Upper and lower lines of the unit block; null when not found. */
export interface UnitHeader {
  parentUnit: string | null;
  unit: string | null;
}

const POLICE = /^C[ÔO]NG AN\s+\S/u;

/**
 * Looks through the top-left corner of every sheet (rows 1–6, columns A–F) for
 * lines beginning "CÔNG AN"; the first pair stacked in one column wins.
 *
 * @example
 * ```ts
 * rotationUnitHeader({ sheets: [{ name: 'Xã', values: [['CÔNG AN TỈNH ĐIỆN BIÊN'], ['CÔNG AN HUYỆN NẬM PỒ']] }] });
 * // { parentUnit: 'CÔNG AN TỈNH ĐIỆN BIÊN', unit: 'CÔNG AN HUYỆN NẬM PỒ' }
 * ```
 */
export function rotationUnitHeader(wb: WorkbookGrid): UnitHeader {
  let single: string | null = null;
  for (const sheet of wb.sheets) {
    const v = sheet.values;
    for (let c = 0; c < 6; c++) {
      for (let r = 0; r < 6; r++) {
        const a = text(v[r]?.[c]);
        if (!a || !POLICE.test(a.toUpperCase())) continue;
        const b = text(v[r + 1]?.[c]);
        if (b && b.toUpperCase() !== b.toLowerCase() && b === b.toUpperCase() && !/CỘNG HÒA|CỘNG HOÀ/u.test(b)) {
          return { parentUnit: a, unit: b };
        }
        single ??= a;
      }
    }
  }
  return { parentUnit: null, unit: single };
}

function text(x: unknown): string | null {
  return typeof x === 'string' && x.trim() !== '' ? x.trim().replace(/\s+/g, ' ') : null;
}
