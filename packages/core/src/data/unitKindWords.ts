/**
 * The word of each kind of administrative unit as a unit's name carries it:
 * Vietnamese writes it before the name ("xã Nà Hỳ", "tỉnh Điện Biên"),
 * English after it ("Nà Hỳ commune", "Điện Biên province"). Data only;
 * admin/unitNames.ts puts them together with the names.
 */
import type { CommuneKind } from '../model.js';

/** One kind's word in both languages (Vietnamese in lower case, as inside a sentence). */
export interface UnitKindWord {
  readonly vi: string;
  readonly en: string;
}

/** Commune-level units (xã, phường, thị trấn, đặc khu). */
export const COMMUNE_KIND_WORDS: Readonly<Record<CommuneKind, UnitKindWord>> = {
  xa: { vi: 'xã', en: 'commune' },
  phuong: { vi: 'phường', en: 'ward' },
  // Township, not town: a town is a thị xã, a district-level unit.
  'thi-tran': { vi: 'thị trấn', en: 'township' },
  'dac-khu': { vi: 'đặc khu', en: 'special zone' },
};

/** District-level units before 1 July 2025 (keys: the catalogue's district kinds). */
export const DISTRICT_KIND_WORDS: Readonly<Record<'quan' | 'huyen' | 'thanh-pho' | 'thi-xa', UnitKindWord>> = {
  huyen: { vi: 'huyện', en: 'district' },
  quan: { vi: 'quận', en: 'urban district' },
  'thi-xa': { vi: 'thị xã', en: 'town' },
  // A city under a province (thành phố thuộc tỉnh), e.g. thành phố Điện Biên Phủ.
  'thanh-pho': { vi: 'thành phố', en: 'city' },
};

/** Province-level units (keys: the catalogue's province kinds). */
export const PROVINCE_KIND_WORDS: Readonly<Record<'tinh' | 'thanh-pho', UnitKindWord>> = {
  tinh: { vi: 'tỉnh', en: 'province' },
  // A city under the central government (thành phố trực thuộc trung ương), e.g. Thành phố Hà Nội.
  'thanh-pho': { vi: 'thành phố', en: 'city' },
};
