/**
 * Which unit a workbook belongs to. A workbook names its unit in the
 * "Thông tin đơn vị" table (issuing body) or in its title rows ("CÔNG AN XÃ
 * NÀ HỲ" under "CÔNG AN TỈNH ĐIỆN BIÊN"); a lookup — the national catalogue
 * of administrative units, or what the workbooks' own commune lists say
 * ("Sáp nhập vào") — turns that name into an official unit with its code,
 * and an old commune into the unit of today that took it over on 1 July 2025.
 * Lookups are plain functions handed in, so the roll-up stays pure and a
 * caller can bring its own register.
 */
import type { CommuneKind, IsoDate } from '../model.js';
import { unitLabel } from '../admin/unitNames.js';
import type { UnitNames } from '../report/unitName.js';
import type { SettingEntry } from '../records/readSettings.js';
import { foldKey, stripCommuneName, titleCaseVi, unaccentedKey } from '../text/index.js';
import type { Lang } from '../text/texts.js';

/** What a workbook says about its unit, as written. */
export interface UnitClaim {
  /** The unit, e.g. `"Công an xã Nà Hỳ"`: the issuing body of the settings table, else the title rows; null when neither names one. */
  unit: string | null;
  /** The unit above it, e.g. `"Công an tỉnh Điện Biên"`, or null. */
  parent: string | null;
}

/** A unit as the roll-up names and keys it. */
export interface OfficialUnit {
  /** Official five-digit code where a lookup knows it (`"03169"`), else null. */
  code: string | null;
  /** Name without the kind, e.g. `"Nà Hỳ"`. */
  name: string;
  /** Kind of a commune-level unit, or null for another level (a district, say). */
  kind: CommuneKind | null;
  /** Province name without "tỉnh" (`"Điện Biên"`), or null when unknown. */
  province: string | null;
}

/** What a lookup is asked: a unit's name as written, on the day of its latest record. */
export interface UnitLookupQuery {
  name: string;
  kind: CommuneKind | null;
  /** Province name as the workbook writes it (without "Công an tỉnh"), or null. */
  province: string | null;
  on: IsoDate;
}

/** What a lookup knows of a unit. */
export interface UnitLookupResult {
  /** The unit the name meant on that day. */
  unit: OfficialUnit;
  /** False for a unit that no longer exists (merged in 2025); `successors` are then today's units it went into, the one that took it whole first. */
  current: boolean;
  successors: OfficialUnit[];
  /** Where the answer comes from, in both languages, for the findings. */
  source: { vi: string; en: string };
}

/**
 * A register of units: the unit a name meant on a day, or null when the
 * register does not know it. The roll-up asks each lookup it is given in turn.
 */
export type UnitLookup = (query: UnitLookupQuery) => UnitLookupResult | null;

/**
 * The name a report gives a commune-level unit's police: `"Công an xã Nà Hỳ"`, in English `"Nà Hỳ commune police"`.
 *
 * @param unit - the unit (its kind decides "xã", "phường", "thị trấn" or "đặc khu").
 * @param lang - `vi` (default) or `en`.
 * @returns the police unit's name; a unit of no known kind keeps its name as is, in both languages.
 * @example
 * ```ts
 * policeUnitName({ code: '03169', name: 'Nà Hỳ', kind: 'xa', province: 'Điện Biên' });       // "Công an xã Nà Hỳ"
 * policeUnitName({ code: '03169', name: 'Nà Hỳ', kind: 'xa', province: 'Điện Biên' }, 'en'); // "Nà Hỳ commune police"
 * ```
 */
export function policeUnitName(unit: Pick<OfficialUnit, 'name' | 'kind'>, lang: Lang = 'vi'): string {
  if (!unit.kind) return unit.name;
  const label = unitLabel({ level: 'commune', kind: unit.kind, name: unit.name }, lang);
  return lang === 'vi' ? `Công an ${label}` : `${label} police`;
}

/** Letters as typed, in name casing, unless they were typed all in capitals or all in small letters. */
function nameCase(s: string): string {
  const t = s.normalize('NFC').trim().replace(/\s+/gu, ' ');
  return t === t.toLocaleUpperCase('vi') || t === t.toLocaleLowerCase('vi') ? titleCaseVi(t) : t;
}

/**
 * A commune-level police unit named in a text ("Công an xã Nà Hỳ", "CÔNG AN PHƯỜNG HIM LAM",
 * "CAX Nà Khoa"): its kind and name in name casing; null for any other text (a district,
 * a province, a name without "Công an").
 *
 * @param text - the unit as written.
 * @returns kind and name, or null.
 * @example
 * ```ts
 * parseCommuneUnitName('CÔNG AN XÃ NÀ HỲ'); // { kind: 'xa', name: 'Nà Hỳ' }
 * parseCommuneUnitName('Công an huyện Nậm Pồ'); // null
 * ```
 */
export function parseCommuneUnitName(text: string): { kind: CommuneKind; name: string } | null {
  const key = unaccentedKey(text);
  if (!/^(cong an|ca)\s/u.test(key) && !/^ca[xp]\s/u.test(key) && !/^catt\s/u.test(key)) return null;
  const s = stripCommuneName(text);
  if (s.kind === null || !s.name) return null;
  return { kind: s.kind, name: nameCase(s.name) };
}

/**
 * The province in a parent unit's name ("Công an tỉnh Điện Biên", "CÔNG AN THÀNH PHỐ HÀ NỘI"),
 * or null when the text names no province.
 *
 * @param text - the parent unit as written.
 * @returns the province name without "tỉnh" / "thành phố", in name casing.
 * @example
 * ```ts
 * provinceOfParent('CÔNG AN TỈNH ĐIỆN BIÊN'); // "Điện Biên"
 * provinceOfParent('Công an huyện Nậm Pồ');   // null
 * ```
 */
export function provinceOfParent(text: string | null): string | null {
  if (!text) return null;
  const typed = text.normalize('NFC').trim().replace(/\s+/gu, ' ');
  const m = /^cong an (tinh|thanh pho|tp\.?) (.+)$/u.exec(unaccentedKey(typed));
  if (!m) return null;
  return nameCase(typed.slice(typed.length - m[2]!.length));
}

/**
 * What a read workbook says about its unit: the settings table's issuing body
 * and parent body first (the clerk wrote them on purpose), else the title rows.
 *
 * @param read - the workbook's settings rows (`ReadResult.settings`).
 * @param names - the title rows' unit names (`detectUnitNames(grid)`).
 * @returns the unit and its parent as written (unit in sentence case).
 * @example
 * ```ts
 * unitClaimOf(read, detectUnitNames(grid)); // { unit: 'Công an xã Nà Hỳ', parent: 'Công an tỉnh Điện Biên' }
 * ```
 */
export function unitClaimOf(read: { settings: readonly SettingEntry[] }, names: UnitNames): UnitClaim {
  const setting = (key: SettingEntry['key']): string | null => read.settings.find((e) => e.key === key && e.value.trim() !== '')?.value.trim() ?? null;
  const sentence = (t: string | null): string | null => {
    if (!t) return null;
    const p = parseCommuneUnitName(t);
    if (p) return policeUnitName(p);
    const typed = t.normalize('NFC').trim().replace(/\s+/gu, ' ');
    if (typed !== typed.toLocaleUpperCase('vi')) return typed;
    // "CÔNG AN TỈNH ĐIỆN BIÊN" → "Công an tỉnh Điện Biên".
    const m = /^(cong an (?:tinh|thanh pho|huyen|quan|thi xa))\s(.+)$/u.exec(unaccentedKey(typed));
    if (m) return `Công an ${typed.slice(8, typed.length - m[2]!.length - 1).toLocaleLowerCase('vi')} ${nameCase(typed.slice(typed.length - m[2]!.length))}`;
    return nameCase(typed);
  };
  return {
    unit: sentence(setting('issuingBody')) ?? sentence(names.unit),
    parent: sentence(setting('parentBody')) ?? sentence(names.parent),
  };
}

/** A workbook's statement that one of its places was merged into another ("Sáp nhập vào" in its commune list). */
export interface MergerStatement {
  name: string;
  kind: CommuneKind | null;
  mergedInto: string;
  /** Last day of the old unit, if the list says. */
  validTo: IsoDate | null;
  /** The workbook that says so (file name). */
  file: string;
}

/**
 * A lookup from what the workbooks themselves say: a commune list that marks
 * "Nà Khoa" as merged into "Nà Hỳ" makes "Công an xã Nà Khoa" an old unit whose
 * figures go to "Công an xã Nà Hỳ". No codes: only names are known this way.
 *
 * @param statements - the merger lines of every workbook of the roll-up.
 * @returns a lookup answering for the names the statements cover.
 * @example
 * ```ts
 * const lookup = unitLookupFromStatements([{ name: 'Nà Khoa', kind: 'xa', mergedInto: 'Nà Hỳ', validTo: '2025-06-30', file: 'na-hy.xlsx' }]);
 * lookup({ name: 'Nà Khoa', kind: 'xa', province: 'Điện Biên', on: '2025-05-20' })?.successors[0].name; // "Nà Hỳ"
 * ```
 */
export function unitLookupFromStatements(statements: readonly MergerStatement[]): UnitLookup {
  const byName = new Map<string, MergerStatement>();
  for (const s of statements) {
    const key = unaccentedKey(s.name);
    // A place "merged into" itself is the same-name part of a new unit: not an old unit.
    if (unaccentedKey(s.mergedInto) === key) continue;
    if (!byName.has(key)) byName.set(key, s);
  }
  return (q) => {
    const s = byName.get(unaccentedKey(q.name));
    if (!s || (s.kind !== null && q.kind !== null && s.kind !== q.kind)) return null;
    const into = stripCommuneName(s.mergedInto);
    return {
      unit: { code: null, name: q.name, kind: q.kind ?? s.kind, province: q.province },
      current: false,
      successors: [{ code: null, name: nameCase(into.name || s.mergedInto), kind: into.kind ?? q.kind ?? s.kind, province: q.province }],
      source: {
        vi: `danh sách địa bàn trong sổ "${s.file}" (cột "Sáp nhập vào")`,
        en: `the list of places in "${s.file}" ("Sáp nhập vào" column)`,
      },
    };
  };
}

/**
 * The key two workbooks of the same unit share: the official code when known,
 * else kind and name without diacritics (a name typed without accents is the same unit).
 *
 * @param unit - the unit.
 * @returns a string key.
 * @example
 * ```ts
 * unitKey({ code: null, name: 'Nà Hỳ', kind: 'xa', province: null }) === unitKey({ code: null, name: 'Na Hy', kind: 'xa', province: null }); // true
 * ```
 */
export function unitKey(unit: OfficialUnit): string {
  return unit.code !== null ? `code:${unit.code}` : `name:${unit.kind ?? ''}:${unaccentedKey(unit.name)}`;
}

/**
 * The key of a province name ("Điện Biên", "Dien Bien", "ĐIỆN BIÊN" are one province).
 *
 * @param name - a province name.
 * @returns its key.
 * @example
 * ```ts
 * provinceKey('ĐIỆN BIÊN') === provinceKey('Dien Bien'); // true
 * ```
 */
export function provinceKey(name: string): string {
  return unaccentedKey(foldKey(name));
}
