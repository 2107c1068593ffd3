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

/**
 * Finds "CÔNG AN <cấp> <tên>" in the first rows of the workbook's sheets and
 * returns the most local unit, e.g. `"Công an huyện Mường Chà"`; null if none.
 *
 * @example
 * ```ts
 * detectUnitName({ sheets: [{ name: 'Giao ban', values: [['CÔNG AN TỈNH ĐIỆN BIÊN'], ['CÔNG AN HUYỆN MƯỜNG CHÀ']] }] });
 * // "Công an huyện Mường Chà"
 * ```
 */
export function detectUnitName(wb: WorkbookGrid, maxRows = 8): string | null {
  let best: { name: string; level: number } | null = null;
  for (const sheet of wb.sheets) {
    const rows = sheet.values.slice(0, maxRows);
    for (const row of rows) {
      for (const v of row.slice(0, 12)) {
        if (typeof v !== 'string') continue;
        const m = UNIT_RE.exec(v.normalize('NFC').split(/\r?\n/u)[0]!);
        if (!m) continue;
        const level = LEVEL[m[1]!.toLocaleLowerCase('vi')] ?? 0;
        if (/^[.…\s]*$/u.test(m[2]!)) continue; // a template's "CÔNG AN HUYỆN ……"
        const name = `Công an ${m[1]!.toLocaleLowerCase('vi')} ${titleCase(m[2]!.replace(/[.…]+$/u, ''))}`;
        if (!best || level > best.level) best = { name, level };
      }
    }
    const found = best as { name: string } | null;
    if (found) return found.name;
  }
  return null;
}
