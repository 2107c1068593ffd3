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
 * @throws {GiaobanRangeError} for a column outside 1–16384
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
 * @throws {GiaobanRangeError} for a row or column outside the sheet
 */
export function toA1(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 1 || row > MAX_SHEET_ROWS) {
    throw new GiaobanRangeError('a1.row', { vi: `Dòng không hợp lệ: ${row} (chỉ có dòng 1–${MAX_SHEET_ROWS})`, en: `Invalid row: ${row} (rows run 1–${MAX_SHEET_ROWS})` });
  }
  return columnLetter(col) + String(row);
}

const A1_RE = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;

/**
 * 1-based column number of column letters (case-insensitive), or null when
 * they are not a column inside Excel's limits.
 *
 * @example
 * ```ts
 * columnNumber('AB'); // 28
 * columnNumber('XFE'); // null (past XFD)
 * ```
 */
export function columnNumber(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  const up = letters.toUpperCase();
  let col = 0;
  for (let i = 0; i < up.length; i++) col = col * 26 + (up.charCodeAt(i) - 64);
  return col <= MAX_SHEET_COLS ? col : null;
}

/** The cell of an A1 address, or why there is none. */
function scanA1(a1: string): { row: number; col: number } | 'malformed' | 'outside' {
  const m = A1_RE.exec(a1.trim());
  if (!m) return 'malformed';
  const col = columnNumber(m[1]!);
  const row = Number(m[2]);
  if (col === null || row < 1 || row > MAX_SHEET_ROWS) return 'outside';
  return { row, col };
}

/**
 * Parses an A1 address (absolute `$` marks allowed) into a 1-based row and column.
 *
 * @throws {GiaobanRangeError} (a `RangeError`, code `a1.address`) for anything that is not a cell inside Excel's limits
 * @example
 * ```ts
 * parseA1('C12');  // { row: 12, col: 3 }
 * parseA1('$AB$7'); // { row: 7, col: 28 }
 * ```
 */
export function parseA1(a1: string): { row: number; col: number } {
  const r = scanA1(a1);
  if (r === 'malformed') throw new GiaobanRangeError('a1.address', { vi: `Địa chỉ ô không hợp lệ: "${a1}"`, en: `Invalid A1 address: "${a1}"` });
  if (r === 'outside') throw new GiaobanRangeError('a1.address', { vi: `Địa chỉ ô ngoài trang tính: "${a1}"`, en: `Address outside the sheet: "${a1}"` });
  return r;
}

/**
 * {@link parseA1} without throwing: null for a malformed address or one outside the sheet.
 *
 * @example
 * ```ts
 * tryParseA1('B3'); // { row: 3, col: 2 }
 * tryParseA1('B0'); // null
 * ```
 */
export function tryParseA1(a1: string): { row: number; col: number } | null {
  const r = scanA1(a1);
  return typeof r === 'string' ? null : r;
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
 * @throws {GiaobanRangeError} for text that is not an A1 range
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

/**
 * {@link parseA1Range} without throwing: null for anything that is not a range inside the sheet.
 *
 * @example
 * ```ts
 * tryParseA1Range('B3:A1'); // { top: 1, left: 1, bottom: 3, right: 2 }
 * tryParseA1Range('A1:B');  // null
 * ```
 */
export function tryParseA1Range(range: string): A1Range | null {
  const parts = range.split(':');
  if (parts.length > 2) return null;
  const a = tryParseA1(parts[0]!);
  const b = parts.length === 2 ? tryParseA1(parts[1]!) : a;
  if (!a || !b) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/**
 * The A1 range of a block: `rows` × `cols` cells from 1-based (`row`, `col`).
 *
 * @example
 * ```ts
 * boxA1(2, 1, 3, 28); // "A2:AB4"
 * ```
 */
export function boxA1(row: number, col: number, rows: number, cols: number): string {
  return `${toA1(row, col)}:${toA1(row + rows - 1, col + cols - 1)}`;
}

/**
 * A sheet name as a formula, a defined name or a link writes it before `!`:
 * always in single quotes, quotes doubled (valid for every name, including
 * ones Excel would misread bare, such as `A1` or `R1C1`).
 *
 * @example
 * ```ts
 * sheetRef('Tổng hợp');   // "'Tổng hợp'"
 * sheetRef("Lan's list"); // "'Lan''s list'"
 * ```
 */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
