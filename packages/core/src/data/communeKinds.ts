/**
 * Kind prefixes of commune-level units as clerks write them:
 * "xã Nà Khoa", "X. Nà Khoa", "Phường 1", "TT. Mường Khương", "đặc khu Cô Tô".
 * Data only; text/names.ts strips them.
 */
import type { CommuneKind } from '../model.js';

/** One way of writing a kind prefix. */
export interface CommuneKindPrefix {
  /** Unaccented lower-case key of the prefix words. */
  key: string;
  /** The accented spelling (fold key); a prefix typed with other accents is not this prefix ("Xá" ≠ "xã"). */
  accented: string | null;
  kind: CommuneKind;
  /** Abbreviation that must end with a dot or be followed by a space. */
  abbreviation: boolean;
}

/** Kind prefixes, longest first. */
export const COMMUNE_KIND_PREFIXES: readonly CommuneKindPrefix[] = [
  { key: 'thi tran', accented: 'thị trấn', kind: 'thi-tran', abbreviation: false },
  { key: 'dac khu', accented: 'đặc khu', kind: 'dac-khu', abbreviation: false },
  { key: 'phuong', accented: 'phường', kind: 'phuong', abbreviation: false },
  { key: 'xa', accented: 'xã', kind: 'xa', abbreviation: false },
  { key: 'tt', accented: null, kind: 'thi-tran', abbreviation: true },
  { key: 'dk', accented: null, kind: 'dac-khu', abbreviation: true },
  { key: 'x', accented: null, kind: 'xa', abbreviation: true },
  { key: 'p', accented: null, kind: 'phuong', abbreviation: true },
];

/**
 * Words of an organisation before the kind ("Công an xã Nà Khoa", "UBND xã
 * Nà Khoa", "CA xã ..."), unaccented. Stripped together with the kind.
 */
export const COMMUNE_ORG_PREFIXES: readonly string[] = ['cong an', 'ca', 'ubnd', 'uy ban nhan dan', 'dang uy'];

/** Contractions of organisation and kind in one word: "CAX Nà Khoa". */
export const COMMUNE_ORG_KIND_WORDS: Readonly<Record<string, CommuneKind>> = {
  cax: 'xa',
  cap: 'phuong',
  catt: 'thi-tran',
};

