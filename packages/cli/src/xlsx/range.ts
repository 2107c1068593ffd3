/** A1 ranges for the adapter (the core's a1 helpers cover single cells; ranges with sheet names live here). */

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Column number (1-based) → letters, e.g. 28 → "AB". */
export function colLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Parses "A5:H40", "$A$5:$H$40" or a single cell "C12" (optionally after "Sheet!").
 * Throws RangeError for anything else.
 */
export function parseRange(range: string): CellRange {
  const bare = range.includes('!') ? range.slice(range.lastIndexOf('!') + 1) : range;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(bare.trim());
  if (!m) throw new RangeError(`Vùng ô không hợp lệ: "${range}"`);
  const a = { row: Number(m[2]), col: colNumber(m[1]!) };
  const b = m[3] ? { row: Number(m[4]), col: colNumber(m[3]) } : a;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/** A sheet name quoted for a formula or link when needed: `'Lịch giao ban'`. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
