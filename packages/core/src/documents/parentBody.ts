/**
 * Who is above whom: the parent body of a police unit when the workbook does not
 * write it, from the national catalogue. A commune police unit's parent is its
 * province's police; a district police unit (a workbook of before 2025) is under
 * its province's police; a provincial police unit is under the Ministry.
 */
import type { AdminCatalogue } from '../admin/catalogue.js';
import type { UnitNames } from '../report/unitName.js';
import { unaccentedKey } from '../text/index.js';

/** The Ministry of Public Security, above every provincial police. */
const MINISTRY = 'BỘ CÔNG AN';

const LEVEL_RE = /^\s*công an\s+(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+(.+?)\s*$/iu;

/**
 * The parent body of a police unit, in capitals, from the national catalogue.
 *
 * @param unit - the unit as the workbook names it ("Công an xã Nà Hỳ", "CÔNG AN HUYỆN NẬM PỒ").
 * @param catalogue - the national catalogue.
 * @param province - the workbook's province (code or name) when known, to tell apart units of one name.
 * @returns e.g. `"CÔNG AN TỈNH ĐIỆN BIÊN"`, `"BỘ CÔNG AN"`; null when the unit is not found or its name is ambiguous.
 *
 * @example
 * ```ts
 * parentBodyOf('Công an huyện Nậm Pồ', nationalCatalogue()); // "CÔNG AN TỈNH ĐIỆN BIÊN"
 * parentBodyOf('Công an xã Nà Hỳ', nationalCatalogue());     // "CÔNG AN TỈNH ĐIỆN BIÊN"
 * parentBodyOf('Công an tỉnh Điện Biên', nationalCatalogue()); // "BỘ CÔNG AN"
 * ```
 */
export function parentBodyOf(unit: string, catalogue: AdminCatalogue, province?: string | null): string | null {
  const m = LEVEL_RE.exec(unit.normalize('NFC'));
  if (!m) return null;
  const level = m[1]!.toLocaleLowerCase('vi');
  const name = m[2]!;
  const key = unaccentedKey(name);
  const policeOf = (p: { fullName: string }) => `CÔNG AN ${p.fullName.toLocaleUpperCase('vi')}`;
  if (level === 'tỉnh' || level === 'thành phố') {
    if (catalogue.province(name) || catalogue.province(name, '2025-06-30')) return MINISTRY;
    if (level === 'tỉnh') return null;
  }
  const today = province ? catalogue.province(province) : undefined;
  if (level === 'huyện' || level === 'quận' || level === 'thị xã' || level === 'thành phố') {
    // Districts ended on 01/07/2025: a district workbook is of before; its parent is that day's province.
    const before = '2025-06-30';
    // The province named may be the district's own (of before) or today's it became part of.
    const old = province ? catalogue.province(province, before) : undefined;
    const candidates = catalogue
      .provinces(before)
      .filter((p) => (old ? p.code === old.code : !today || today.formedFrom.includes(p.code)))
      .filter((p) => catalogue.communesOf(p.code, before).some((u) => u.district && unaccentedKey(u.district.name) === key));
    return candidates.length === 1 ? policeOf(candidates[0]!) : null;
  }
  // A commune-level unit of today (a commune police unit): its province's police.
  const r = catalogue.resolveCommuneName(`${level} ${name}`, catalogue.effectiveFrom, today?.code ?? null);
  if (r.status !== 'current') return null;
  const p = catalogue.provinces().find((x) => x.code === r.unit.province);
  return p ? policeOf(p) : null;
}

/**
 * The workbook's unit names with the parent filled in from the catalogue where the title rows
 * do not write one (the workbook's own always wins).
 *
 * @param units - the names from the title rows (`detectUnitNames`).
 * @param catalogue - the national catalogue, or undefined (then `units` as they are).
 * @param province - the workbook's province when known (`ReadResult.organisation.province.code`).
 * @returns the names, `parent` from the catalogue when it was null.
 */
export function withCatalogueParent(units: UnitNames, catalogue: AdminCatalogue | undefined, province?: string | null): UnitNames {
  if (units.parent || !units.unit || !catalogue) return units;
  const parent = parentBodyOf(units.unit, catalogue, province);
  return parent ? { ...units, parent } : units;
}
