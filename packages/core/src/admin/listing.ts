/**
 * The units of a province (or the country) on a date as a listing every front
 * end shows the same way: the CLI's `giaoban communes`, the app, the add-in's
 * custom function and library users.
 */
import { GiaobanError } from '../errors.js';
import type { CommuneKind, IsoDate } from '../model.js';
import { matchName } from '../text/index.js';
import type { AdminCatalogue } from './catalogue.js';
import type { ProvinceInfo, UnitLink } from './types.js';
import { unitLabel } from './unitNames.js';

/** One unit of a {@link CommuneListing}. */
export interface ListedUnit {
  code: string;
  name: string;
  /** `"Xã Nà Hỳ"`. */
  fullName: string;
  kind: CommuneKind;
  /** Today's province code (or the old province's, for a date before 01/07/2025). */
  province: string;
  /** Units of today: the old units it was formed from (whole or part). Empty for units of before. */
  formedFrom: UnitLink[];
  /** Units of before: today's units it went into. Empty for units of today. */
  successors: UnitLink[];
  /** Units of before: their district (`"Huyện Nậm Pồ"`); null for units of today. */
  district: string | null;
  /** The same in English (`"Nậm Pồ district"`). */
  districtEn: string | null;
  /** Units of today: the resolution that formed it. */
  resolution: string | null;
  /** False when the catalogue's build could not confirm the unit against its resolution's text. */
  verified: boolean;
}

/** What {@link communeListing} returns. */
export interface CommuneListing {
  /** The date asked about (`YYYY-MM-DD`). */
  asOf: IsoDate;
  /** `current`: today's units (from 01/07/2025); `former`: the units of before. */
  era: 'current' | 'former';
  /** The province, or null for the whole country. */
  province: ProvinceInfo | null;
  units: ListedUnit[];
}

/**
 * The commune-level units of a province (or of the country) on a date, with code, kind and what each
 * was formed from (or, before 01/07/2025, what each went into).
 *
 * @param catalogue - the national catalogue (`nationalCatalogue()`).
 * @param province - a province's code or name as written, or null for the whole country.
 * @param asOf - the date; default the catalogue's effective date (today's units).
 * @returns the listing, units in code order.
 * @throws {GiaobanError} `catalogue.province-unknown` when no province of that date has the name (with the nearest names).
 *
 * @example
 * ```ts
 * communeListing(nationalCatalogue(), 'Điện Biên').units.length;               // 45
 * communeListing(nationalCatalogue(), 'Điện Biên', '2025-06-30').era;          // 'former'
 * ```
 */
export function communeListing(catalogue: AdminCatalogue, province: string | null, asOf?: IsoDate): CommuneListing {
  const on = asOf ?? catalogue.effectiveFrom;
  const era = on < catalogue.effectiveFrom ? 'former' : 'current';
  let p: ProvinceInfo | null = null;
  if (province !== null && province.trim() !== '') {
    p = catalogue.province(province, on) ?? null;
    if (!p) {
      const names = catalogue.provinces(on).map((x) => x.name);
      const m = matchName(province.replace(/^\s*(?:tỉnh|thành phố|tp\.?)\s+/iu, ''), names, 'commune');
      const near = m.status === 'near' ? { vi: ` Có phải là "${m.suggestion}"?`, en: ` Did you mean "${m.suggestion}"?` } : { vi: '', en: '' };
      throw new GiaobanError('catalogue.province-unknown', {
        vi: `Không có tỉnh, thành phố "${province}" ${era === 'current' ? 'từ' : 'trước'} ngày 01/07/2025.${near.vi}`,
        en: `No province "${province}" ${era === 'current' ? 'from' : 'before'} 1 July 2025.${near.en}`,
      });
    }
  }
  const units = catalogue.communesOf(p ? p.code : null, on).map((u) => ({
    code: u.code,
    name: u.name,
    fullName: u.fullName,
    kind: u.kind,
    province: u.province,
    formedFrom: u.formedFrom,
    successors: u.successors,
    district: u.district?.fullName ?? null,
    districtEn: u.district ? unitLabel({ level: 'district', kind: u.district.kind, name: u.district.name }, 'en') : null,
    resolution: u.resolution,
    verified: u.verified,
  }));
  return { asOf: on, era, province: p, units };
}
