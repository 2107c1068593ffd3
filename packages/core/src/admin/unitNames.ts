/**
 * A unit's name as a sentence writes it, in either language, from its kind
 * and its bare name: "xã Nà Hỳ" / "Nà Hỳ commune", "Tỉnh Điện Biên" /
 * "Điện Biên province". The name itself stays Vietnamese, diacritics and
 * all; only the kind's word is translated, and English puts it after the
 * name, as English writes "Hanoi city".
 */
import type { CommuneKind } from '../model.js';
import type { BiText, Lang } from '../text/texts.js';
import { COMMUNE_KIND_WORDS, DISTRICT_KIND_WORDS, PROVINCE_KIND_WORDS, type UnitKindWord } from '../data/unitKindWords.js';
import type { DistrictKind, ProvinceKind } from './types.js';

/**
 * A unit to name: its level, its kind (null when nothing says which) and its name without the kind.
 * The level tells a thành phố under a province (a district-level city) from one under the
 * central government (a province-level city); both are "city" in English.
 */
export type NamedUnit =
  | { level: 'commune'; kind: CommuneKind | null; name: string }
  | { level: 'district'; kind: DistrictKind | null; name: string }
  | { level: 'province'; kind: ProvinceKind | null; name: string };

/** Options of {@link unitLabel}. */
export interface UnitLabelOptions {
  /** Vietnamese only: the kind's word with a capital, as a unit's full name is written ("Xã Nà Hỳ", "Tỉnh Điện Biên"). */
  capital?: boolean;
}

// Typed by the admin kinds, so a kind added to the catalogue without its words fails to compile.
const WORDS: {
  commune: Readonly<Record<CommuneKind, UnitKindWord>>;
  district: Readonly<Record<DistrictKind, UnitKindWord>>;
  province: Readonly<Record<ProvinceKind, UnitKindWord>>;
} = { commune: COMMUNE_KIND_WORDS, district: DISTRICT_KIND_WORDS, province: PROVINCE_KIND_WORDS };

/**
 * A unit's name with its kind, in one language: Vietnamese puts the kind's word before the name
 * (in lower case, as inside a sentence, unless `capital`), English after it.
 *
 * @param unit - level, kind and bare name (`{ level: 'commune', kind: 'xa', name: 'Nà Hỳ' }`).
 * @param lang - `vi` or `en`.
 * @param options - `capital` for the Vietnamese full name's spelling.
 * @returns the name with its kind; a unit of no known kind is its name as given, in both languages.
 * @example
 * ```ts
 * unitLabel({ level: 'commune', kind: 'xa', name: 'Nà Hỳ' }, 'vi');                       // "xã Nà Hỳ"
 * unitLabel({ level: 'commune', kind: 'xa', name: 'Nà Hỳ' }, 'en');                       // "Nà Hỳ commune"
 * unitLabel({ level: 'province', kind: 'tinh', name: 'Điện Biên' }, 'vi', { capital: true }); // "Tỉnh Điện Biên"
 * unitLabel({ level: 'province', kind: 'thanh-pho', name: 'Hà Nội' }, 'en');              // "Hà Nội city"
 * unitLabel({ level: 'district', kind: 'quan', name: 'Ba Đình' }, 'en');                  // "Ba Đình urban district"
 * unitLabel({ level: 'commune', kind: null, name: 'Nà Khoa' }, 'en');                     // "Nà Khoa"
 * ```
 */
export function unitLabel(unit: NamedUnit, lang: Lang, options: UnitLabelOptions = {}): string {
  if (unit.kind === null) return unit.name;
  const word = (WORDS[unit.level] as Readonly<Record<string, UnitKindWord>>)[unit.kind]!;
  if (lang === 'en') return `${unit.name} ${word.en}`;
  const vi = options.capital ? word.vi.charAt(0).toLocaleUpperCase('vi') + word.vi.slice(1) : word.vi;
  return `${vi} ${unit.name}`;
}

/**
 * A unit's name with its kind in both languages (see {@link unitLabel}).
 *
 * @param unit - level, kind and bare name.
 * @param options - `capital` for the Vietnamese full name's spelling.
 * @returns `{ vi, en }`.
 * @example
 * ```ts
 * unitLabels({ level: 'commune', kind: 'phuong', name: 'Him Lam' }); // { vi: "phường Him Lam", en: "Him Lam ward" }
 * ```
 */
export function unitLabels(unit: NamedUnit, options: UnitLabelOptions = {}): BiText {
  return { vi: unitLabel(unit, 'vi', options), en: unitLabel(unit, 'en') };
}
