/**
 * The supervising unit's name from a clerk's title rows ("CÔNG AN HUYỆN
 * MƯỜNG CHÀ" above "SỔ THEO DÕI …"), written as a report names it.
 */
import type { WorkbookGrid } from '../workbook/grid.js';

const UNIT_RE = /^\s*CÔNG AN\s+(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)\s+(.+?)\s*$/iu;
const LEVEL: Record<string, number> = { 'tỉnh': 1, 'thành phố': 1, 'huyện': 2, 'quận': 2, 'thị xã': 2, 'xã': 3, 'phường': 3, 'thị trấn': 3, 'đặc khu': 3 };

function titleCase(words: string): string {
  return words
    .toLocaleLowerCase('vi')
    .split(/\s+/u)
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
    .join(' ');
}

/** The unit block of a workbook: the unit itself and the unit above it, as reports name them. */
export interface UnitNames {
  /** e.g. `"Công an tỉnh Điện Biên"`, or null. */
  parent: string | null;
  /** e.g. `"Công an huyện Mường Chà"`, or null. */
  unit: string | null;
}

/**
 * Finds "CÔNG AN <cấp> <tên>" lines in the first rows of the workbook's sheets:
 * the most local one is the unit, a higher level one (if any) its parent.
 *
 * @example
 * ```ts
 * detectUnitNames({ sheets: [{ name: 'Giao ban', values: [['CÔNG AN TỈNH ĐIỆN BIÊN'], ['CÔNG AN HUYỆN MƯỜNG CHÀ']] }] });
 * // { parent: 'Công an tỉnh Điện Biên', unit: 'Công an huyện Mường Chà' }
 * ```
 */
export function detectUnitNames(wb: WorkbookGrid, maxRows = 8): UnitNames {
  const found: { name: string; level: number }[] = [];
  for (const sheet of wb.sheets) {
    for (const row of sheet.values.slice(0, maxRows)) {
      for (const v of row.slice(0, 12)) {
        if (typeof v !== 'string') continue;
        const m = UNIT_RE.exec(v.normalize('NFC').split(/\r?\n/u)[0]!);
        if (!m || /^[.…\s]*$/u.test(m[2]!)) continue; // a template's "CÔNG AN HUYỆN ……"
        const level = LEVEL[m[1]!.toLocaleLowerCase('vi')] ?? 0;
        const name = `Công an ${m[1]!.toLocaleLowerCase('vi')} ${titleCase(m[2]!.replace(/[.…]+$/u, ''))}`;
        if (!found.some((f) => f.name === name)) found.push({ name, level });
      }
    }
  }
  if (found.length === 0) return { parent: null, unit: null };
  // Most local first; among equals, the first seen.
  const unit = found.reduce((a, b) => (b.level > a.level ? b : a));
  const higher = found.filter((f) => f.level < unit.level);
  const parent = higher.length ? higher.reduce((a, b) => (b.level > a.level ? b : a)) : null;
  return { parent: parent?.name ?? null, unit: unit.name };
}

/**
 * The supervising unit's name from the workbook's title rows, e.g.
 * `"Công an huyện Mường Chà"` (see {@link detectUnitNames}); null if none.
 *
 * @example
 * ```ts
 * detectUnitName({ sheets: [{ name: 'Giao ban', values: [['CÔNG AN TỈNH ĐIỆN BIÊN'], ['CÔNG AN HUYỆN MƯỜNG CHÀ']] }] });
 * // "Công an huyện Mường Chà"
 * ```
 */
export function detectUnitName(wb: WorkbookGrid, maxRows = 8): string | null {
  return detectUnitNames(wb, maxRows).unit;
}
