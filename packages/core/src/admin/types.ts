/**
 * The vocabulary of administrative units: provinces and commune-level units
 * of today (from 1 July 2025) and of before, with what each was formed from.
 */
import type { CommuneKind, IsoDate } from '../model.js';

/** A province-level unit: `tinh` (tỉnh) or `thanh-pho` (thành phố trực thuộc trung ương). */
export type ProvinceKind = 'tinh' | 'thanh-pho';

/** A district-level unit before 1 July 2025: quận, huyện, thành phố (thuộc tỉnh), thị xã. */
export type DistrictKind = 'quan' | 'huyen' | 'thanh-pho' | 'thi-xa';

/** A province, of today or of before the 2025 arrangement. */
export interface ProvinceInfo {
  /** Official code, two digits (`"11"` for Điện Biên). */
  code: string;
  /** Name without the kind: `"Điện Biên"`. */
  name: string;
  /** `"Tỉnh Điện Biên"`, `"Thành phố Hà Nội"`. */
  fullName: string;
  kind: ProvinceKind;
  /** First day (inclusive), or null for a province of before whose start is not in the catalogue. */
  validFrom: IsoDate | null;
  /** Last day (inclusive), or null for a province of today. */
  validTo: IsoDate | null;
  /** Today's province: the old provinces it was formed from; an old province: today's province it is part of. */
  formedFrom: string[];
  successor: string | null;
  /** Today's province: the resolution that arranged its communes (`"1661/NQ-UBTVQH15"`). */
  resolution: string | null;
}

/** A district before 1 July 2025 (districts ended then). */
export interface DistrictInfo {
  code: string;
  name: string;
  fullName: string;
  kind: DistrictKind;
  /** Code of the (old) province. */
  province: string;
}

/** One old unit a unit of today was formed from, or one unit of today an old unit went into. */
export interface UnitLink {
  code: string;
  name: string;
  /** `"Xã Nà Khoa"`. */
  fullName: string;
  /** True when the whole old unit went into the new one; false for a part of it. */
  whole: boolean;
  /** An old district without communes (an island district) rather than a commune. */
  district?: true;
}

/** A commune-level unit (xã, phường, thị trấn, đặc khu), of today or of before. */
export interface AdminUnit {
  /** Official five-digit code (`"03169"`). Old and new codes may coincide: the era tells them apart. */
  code: string;
  /** Name without the kind: `"Nà Hỳ"`. */
  name: string;
  /** `"Xã Nà Hỳ"`. */
  fullName: string;
  kind: CommuneKind;
  /** `current`: a unit of today (from 1 July 2025); `former`: a unit that ended on 30 June 2025. */
  era: 'current' | 'former';
  /** Province code (today's for a current unit, the old one's for a former unit). */
  province: string;
  /** Former units: their district; current units have none. */
  district: DistrictInfo | null;
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
  /** Current units: the old units it was formed from (whole or part); former units: empty. */
  formedFrom: UnitLink[];
  /** Former units: today's units it went into; current units: empty. */
  successors: UnitLink[];
  /** Current units: the resolution that formed it, e.g. `"1661/NQ-UBTVQH15"`; null for a former unit. */
  resolution: string | null;
  /**
   * Current units: false when the automatic check of the catalogue's build did not find a clause of the
   * resolution naming this unit together with every old unit it took in whole (a spelling difference, or a
   * clause worded around "phần còn lại"); the mapping is then as compiled, unconfirmed.
   */
  verified: boolean;
}

/**
 * What a commune name typed in a row means on the row's date.
 *
 * - `current`: a unit of that day (from 1 July 2025: a unit of today; before: an old unit).
 * - `merged`: a name of an old unit used on or after 1 July 2025; `unit` is the old unit and
 *   `successors` today's units it went into.
 * - `ambiguous`: several units of that day bear the name (no province given, or two in one province).
 * - `near`: nothing of that name; the nearest names of that day.
 * - `none`: nothing close.
 */
export type NameResolution =
  | { status: 'current'; unit: AdminUnit }
  | { status: 'merged'; unit: AdminUnit; successors: AdminUnit[] }
  | { status: 'ambiguous'; units: AdminUnit[] }
  | { status: 'near'; suggestions: AdminUnit[] }
  | { status: 'none' };
