/**
 * Cheap gate in front of the text helper's legacy-encoding detector, so that
 * reading 100,000 rows does not run detection on every ordinary cell.
 */
import { convertLegacyText, detectLegacyEncoding, type LegacyEncoding } from '../text/index.js';

/**
 * Letters that only Unicode Vietnamese text contains: ă đ ĩ ũ ơ ư (and capitals),
 * the precomposed block U+1EA0–U+1EF9 and combining tone marks (NFD text).
 * TCVN3/VNI text shown through a Windows-1252 font never contains them.
 */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u0300-\u0323\u1EA0-\u1EF9]/;
const NON_ASCII = /[^\u0000-\u007F]/;

/** Whether a text may be TCVN3/VNI and is worth running detection on. */
export function mayBeLegacy(s: string): boolean {
  return NON_ASCII.test(s) && !UNICODE_VIETNAMESE.test(s);
}

const COMBINING = /[\u0300-\u036F]/;

/** NFC of a text, skipping the work when it has no combining marks (the usual case). */
export function toNfc(s: string): string {
  return COMBINING.test(s) ? s.normalize('NFC') : s;
}

/** Result of {@link decodeCellText}: the Unicode text and which legacy encoding it was in, if any. */
export interface DecodedText {
  text: string;
  encoding: LegacyEncoding | null;
}

/**
 * Unicode (NFC) text of a string cell, converting TCVN3/VNI text when detected.
 *
 * @example
 * ```ts
 * decodeCellText('X· Nµ Khoa', '.VnTime'); // { text: 'Xã Nà Khoa', encoding: 'tcvn3' }
 * ```
 */
export function decodeCellText(s: string, font: string | null): DecodedText {
  if (mayBeLegacy(s)) {
    const enc = detectLegacyEncoding(s, font);
    if (enc) return { text: convertLegacyText(s, enc).normalize('NFC'), encoding: enc };
  }
  return { text: NON_ASCII.test(s) ? toNfc(s) : s, encoding: null };
}
