/**
 * Formula-injection safety: every string the product writes is text.
 * A clerk's content such as "=WEBSERVICE(...)" or "+84 912…" must never be
 * evaluated, and "15/02/2026" must not be turned into a date by the host's
 * locale. So each string cell gets the Text number format "@", set in the
 * same request before its value.
 */
import type { CellValue, SheetModel } from '@giaoban/core';
import { parseBox } from './addresses.js';

/** Text that Excel would evaluate as a formula when typed into a General cell. */
export function looksLikeFormula(v: unknown): boolean {
  return typeof v === 'string' && /^[=+\-@]/.test(v);
}

/** Number format of each cell: the model's styles, then "@" for every string. */
export function numberFormatMatrix(model: Pick<SheetModel, 'cells' | 'styles' | 'columnFormats'>, width: number): string[][] {
  const base = Array.from({ length: width }, (_, c) => model.columnFormats?.[c] ?? 'General');
  const out = model.cells.map(() => base.slice());
  for (const s of model.styles) {
    if (!s.style.numberFormat) continue;
    const b = parseBox(s.range);
    for (let r = b.row - 1; r < Math.min(b.row - 1 + b.rows, out.length); r++) {
      for (let c = b.col - 1; c < Math.min(b.col - 1 + b.cols, width); c++) out[r]![c] = s.style.numberFormat;
    }
  }
  model.cells.forEach((row, r) => row.forEach((v, c) => {
    if (typeof v === 'string') out[r]![c] = '@';
  }));
  return out;
}

/** Rows padded to one width (Office needs rectangular arrays); null becomes "". */
export function rectangularValues(cells: readonly (readonly CellValue[])[], width: number): (string | number | boolean)[][] {
  return cells.map((row) => {
    const line = new Array<string | number | boolean>(width).fill('');
    row.forEach((v, c) => {
      if (c < width) line[c] = v === null ? '' : v;
    });
    return line;
  });
}
