/** A1 helpers for the adapter (Office.js addresses carry a quoted sheet name). */

/** Column letters of a 1-based column: 1 → "A", 28 → "AB". */
export function columnName(col: number): string {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** "A1:C3" for 1-based top-left row/col and a size. */
export function boxA1(row: number, col: number, rows: number, cols: number): string {
  return `${columnName(col)}${row}:${columnName(col + cols - 1)}${row + rows - 1}`;
}

/** Parses the cell part of an Office address ("'Sổ theo dõi'!B3:K120" → { row: 3, col: 2 }). */
export function topLeftOf(address: string): { row: number; col: number } {
  const local = address.slice(address.lastIndexOf('!') + 1).split(':')[0]!.replace(/\$/g, '');
  const m = /^([A-Z]+)(\d+)$/i.exec(local);
  if (!m) return { row: 1, col: 1 };
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

/** Sheet reference for formulas and links: quoted when needed. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Parses "A1:C3" (or a single cell) into 1-based bounds. */
export function parseBox(a1: string): { row: number; col: number; rows: number; cols: number } {
  const [a, b] = a1.replace(/\$/g, '').split(':');
  const tl = topLeftOf(a!);
  const br = topLeftOf(b ?? a!);
  return { row: Math.min(tl.row, br.row), col: Math.min(tl.col, br.col), rows: Math.abs(br.row - tl.row) + 1, cols: Math.abs(br.col - tl.col) + 1 };
}
