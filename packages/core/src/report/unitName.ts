/**
 * The supervising unit's name from a clerk's title rows ("CÔNG AN HUYỆN
 * MƯỜNG CHÀ" above "SỔ THEO DÕI …"), written as a report names it.
 */
import type { WorkbookGrid } from '../workbook/grid.js';
import { titleCaseVi } from '../text/names.js';
import { unitLabel, type NamedUnit } from '../admin/unitNames.js';

/** Matched on a lower-case key without diacritics, so "CONG AN HUYEN NAM PO" counts as well as "CÔNG AN HUYỆN NẬM PỒ". */
const UNIT_RE = /^(\s*cong\s+an\s+)(tinh|thanh\s+pho|huyen|quan|thi\s+xa|xa|phuong|thi\s+tran|dac\s+khu)(\s+)(.+?)\s*$/u;
const LEVEL: Record<string, number> = { tinh: 1, 'thanh pho': 1, huyen: 2, quan: 2, 'thi xa': 2, xa: 3, phuong: 3, 'thi tran': 3, 'dac khu': 3 };

/**
 * Lower case without diacritics (đ → d), one UTF-16 unit for one, so offsets
 * in the key are offsets in the typed text (a character that would not fold
 * to exactly one unit is kept as it is).
 */
function alignedKey(s: string): string {
  let out = '';
  for (const ch of s) {
    const f = ch.toLocaleLowerCase('vi').normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/gu, 'd');
    out += f.length === ch.length ? f : ch;
  }
  return out;
}

/** Non-ASCII letters in a name: the more, the more of its accents were typed. */
const accents = (s: string) => s.replace(/[\x00-\x7f]/g, '').length;

/** The unit block of a workbook: the unit itself and the unit above it, as reports name them. */
export interface UnitNames {
  /** e.g. `"Công an tỉnh Điện Biên"`, or null. */
  parent: string | null;
  /** e.g. `"Công an huyện Mường Chà"`, or null. */
  unit: string | null;
}

/**
 * Finds "CÔNG AN <cấp> <tên>" lines in the first rows of the workbook's sheets,
 * in any case and with or without accents ("CONG AN HUYEN NAM PO", "Công an
 * tỉnh Điện Biên"): the most local one is the unit, a higher level one (if
 * any) its parent. Names keep the letters as typed, in report casing; when a
 * unit is typed both with and without accents, the accented spelling wins.
 *
 * @example
 * ```ts
 * detectUnitNames({ sheets: [{ name: 'Giao ban', values: [['CÔNG AN TỈNH ĐIỆN BIÊN'], ['CÔNG AN HUYỆN MƯỜNG CHÀ']] }] });
 * // { parent: 'Công an tỉnh Điện Biên', unit: 'Công an huyện Mường Chà' }
 * detectUnitNames({ sheets: [{ name: 'Sheet1', values: [['CONG AN HUYEN NAM PO']] }] });
 * // { parent: null, unit: 'Cong an huyen Nam Po' }
 * ```
 */
export function detectUnitNames(wb: WorkbookGrid, maxRows = 8): UnitNames {
  const found: { name: string; key: string; level: number }[] = [];
  for (const sheet of wb.sheets) {
    for (const row of sheet.values.slice(0, maxRows)) {
      for (const v of row.slice(0, 12)) {
        if (typeof v !== 'string') continue;
        const line = v.normalize('NFC').split(/\r?\n/u)[0]!;
        const m = UNIT_RE.exec(alignedKey(line));
        if (!m) continue;
        // Cut the typed line at the key's offsets: the name keeps the accents the clerk typed (or did not).
        const a = m[1]!.length;
        const b = a + m[2]!.length;
        const c = b + m[3]!.length;
        const typedName = line.slice(c, c + m[4]!.length);
        if (/^[.…\s]*$/u.test(typedName)) continue; // a template's "CÔNG AN HUYỆN ……"
        const prefix = line.slice(0, a).trim().split(/\s+/u).join(' ');
        const head = prefix.charAt(0).toLocaleUpperCase('vi') + prefix.slice(1).toLocaleLowerCase('vi');
        const levelKey = m[2]!.split(/\s+/u).join(' ');
        const level = LEVEL[levelKey] ?? 0;
        const levelTyped = line.slice(a, b).split(/\s+/u).join(' ').toLocaleLowerCase('vi');
        const name = `${head} ${levelTyped} ${titleCaseVi(typedName.replace(/[.…]+$/u, '').trim())}`;
        const key = alignedKey(name).replace(/\s+/gu, ' ');
        const same = found.find((f) => f.key === key);
        if (!same) found.push({ name, key, level });
        else if (accents(name) > accents(same.name)) same.name = name; // the accented spelling wins
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

/** The unit a "Công an <cấp>" line names, by the level's unaccented key (thành phố: "city" at either level). */
const NAMED_LEVEL: Record<string, Pick<NamedUnit, 'level' | 'kind'>> = {
  tinh: { level: 'province', kind: 'tinh' },
  'thanh pho': { level: 'province', kind: 'thanh-pho' },
  huyen: { level: 'district', kind: 'huyen' },
  quan: { level: 'district', kind: 'quan' },
  'thi xa': { level: 'district', kind: 'thi-xa' },
  xa: { level: 'commune', kind: 'xa' },
  phuong: { level: 'commune', kind: 'phuong' },
  'thi tran': { level: 'commune', kind: 'thi-tran' },
  'dac khu': { level: 'commune', kind: 'dac-khu' },
};

/**
 * A police unit's name in English, the place's name as written and the level's English word after it:
 * "Công an tỉnh Điện Biên" → "Điện Biên province police", "CÔNG AN HUYỆN NẬM PỒ" → "Nậm Pồ district police",
 * "Công an xã Nà Hỳ" → "Nà Hỳ commune police". Any other text (a file name, "Bộ Công an") as written.
 *
 * @param text - the unit as the workbook, the clerk or the report names it.
 * @returns its English name, or the text as written.
 * @example
 * ```ts
 * policeNameEn('Công an thành phố Hà Nội'); // "Hà Nội city police"
 * policeNameEn('so-giao-ban.xlsx');         // "so-giao-ban.xlsx"
 * ```
 */
export function policeNameEn(text: string): string {
  const line = text.normalize('NFC').trim();
  const m = UNIT_RE.exec(alignedKey(line));
  const named = m ? NAMED_LEVEL[m[2]!.split(/\s+/u).join(' ')] : undefined;
  if (!m || !named) return text;
  const at = m[1]!.length + m[2]!.length + m[3]!.length;
  const name = line.slice(at, at + m[4]!.length);
  // Letters as typed, unless typed all in capitals (a title row): then in name casing.
  const cased = name === name.toLocaleUpperCase('vi') ? titleCaseVi(name) : name;
  return `${unitLabel({ ...named, name: cased } as NamedUnit, 'en')} police`;
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

/**
 * The unit named in the .ics UIDs of a plan: the one the clerk gave, else the unit in the
 * workbook's title rows, else the file name without its extension. Every front end calls this,
 * so the CLI's and the offline app's calendars give the same UIDs for the same workbook.
 *
 * @example
 * ```ts
 * calendarUnitName(null, grid, 'so-theo-doi.xlsx'); // "Công an huyện Nậm Pồ" (from the title rows)
 * calendarUnitName(null, { sheets: [] }, 'so-theo-doi.xlsx'); // "so-theo-doi"
 * ```
 */
export function calendarUnitName(explicit: string | null | undefined, wb: WorkbookGrid, fileName: string): string {
  const given = explicit?.trim();
  if (given) return given;
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return detectUnitNames(wb).unit ?? base;
}
