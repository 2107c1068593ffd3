/**
 * Office.js addresses: a range's `address` carries its sheet name
 * ("'Sổ theo dõi'!B3:K120"). Column letters, A1 ranges and sheet references
 * are the core's (`@giaoban/core`, workbook/a1); this module only takes the
 * sheet part off.
 */
import { tryParseA1Range } from '@giaoban/core';

/** The 1-based bounds of an Office address or an A1 range ("'Sổ'!B3:K120", "A1:C3", "B3"); A1 when unreadable. */
export function parseBox(address: string): { row: number; col: number; rows: number; cols: number } {
  const r = tryParseA1Range(address.slice(address.lastIndexOf('!') + 1));
  if (!r) return { row: 1, col: 1, rows: 1, cols: 1 };
  return { row: r.top, col: r.left, rows: r.bottom - r.top + 1, cols: r.right - r.left + 1 };
}

/** The top-left cell of an Office address ("'Sổ theo dõi'!B3:K120" → { row: 3, col: 2 }); A1 when unreadable. */
export function topLeftOf(address: string): { row: number; col: number } {
  const b = parseBox(address);
  return { row: b.row, col: b.col };
}
