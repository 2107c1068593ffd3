/**
 * A1 cell addresses: the only way findings name a place in a sheet.
 * Rows and columns are 1-based, as Excel shows them.
 */

import { GiaobanRangeError } from '../errors.js';

/** Excel's hard limits: addresses outside them do not exist. */
export const MAX_SHEET_ROWS = 1_048_576;
export const MAX_SHEET_COLS = 16_384;

/**
 * Column letters of a 1-based column number.
 *
 * @example
 * ```ts
 * columnLetter(1);  // "A"
 * columnLetter(28); // "AB"
 * ```
 */
export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 1 || col > MAX_SHEET_COLS) {
    throw new GiaobanRangeError('a1.column', { vi: `Cột không hợp lệ: ${col} (chỉ có cột 1–${MAX_SHEET_COLS}, A–XFD)`, en: `Invalid column: ${col} (columns run 1–${MAX_SHEET_COLS}, A–XFD)` });
  }
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * A1 address of a 1-based row and column.
 *
 * @example
 * ```ts
 * toA1(12, 3); // "C12"
 * ```
 */
export function toA1(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 1 || row > MAX_SHEET_ROWS) {
    throw new GiaobanRangeError('a1.row', { vi: `Dòng không hợp lệ: ${row} (chỉ có dòng 1–${MAX_SHEET_ROWS})`, en: `Invalid row: ${row} (rows run 1–${MAX_SHEET_ROWS})` });
  }
  return columnLetter(col) + String(row);
}

const A1_RE = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;

/**
 * Parses an A1 address (absolute `$` marks allowed) into a 1-based row and column.
 * Throws a RangeError for anything that is not a cell inside Excel's limits.
 *
 * @example
 * ```ts
 * parseA1('C12');  // { row: 12, col: 3 }
 * parseA1('$AB$7'); // { row: 7, col: 28 }
 * ```
 */
export function parseA1(a1: string): { row: number; col: number } {
  const m = A1_RE.exec(a1.trim());
  if (!m) throw new GiaobanRangeError('a1.address', { vi: `Địa chỉ ô không hợp lệ: "${a1}"`, en: `Invalid A1 address: "${a1}"` });
  const letters = m[1]!.toUpperCase();
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + (letters.charCodeAt(i) - 64);
  const row = Number(m[2]);
  if (row < 1 || row > MAX_SHEET_ROWS || col < 1 || col > MAX_SHEET_COLS) {
    throw new GiaobanRangeError('a1.address', { vi: `Địa chỉ ô ngoài trang tính: "${a1}"`, en: `Address outside the sheet: "${a1}"` });
  }
  return { row, col };
}

/** A rectangular A1 range, 1-based and inclusive. */
export interface A1Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Parses `"A1:F1"` (or a single cell `"B3"`) into its corners, normalised so top ≤ bottom, left ≤ right.
 *
 * @example
 * ```ts
 * parseA1Range('A4:A5'); // { top: 4, left: 1, bottom: 5, right: 1 }
 * ```
 */
export function parseA1Range(range: string): A1Range {
  const parts = range.split(':');
  if (parts.length > 2) throw new GiaobanRangeError('a1.range', { vi: `Vùng ô không hợp lệ: "${range}"`, en: `Invalid range: "${range}"` });
  const a = parseA1(parts[0]!);
  const b = parts.length === 2 ? parseA1(parts[1]!) : a;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
