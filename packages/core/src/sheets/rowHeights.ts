/**
 * Row heights for wrapped text. Excel grows such rows itself, LibreOffice does
 * not when it opens an .xlsx, so printed pages would show overlapping lines;
 * a sheet model therefore states the heights it needs.
 */
import type { SheetModel } from './model.js';
import { parseA1Range } from '../workbook/a1.js';

/** Points per line of a font size (Calibri/Carlito line spacing, as LibreOffice prints it). */
const lineHeight = (fontSize: number): number => fontSize * 1.22;

/** How many characters of average Vietnamese text fit in a column width unit. */
const CHARS_PER_WIDTH = 1.15;

function linesOf(text: string, widthChars: number): number {
  let lines = 0;
  for (const para of text.split(/\r?\n/u)) {
    // Greedy word wrap, as the host does.
    let used = 0;
    let n = 1;
    for (const word of para.split(/\s+/u)) {
      const w = word.length;
      if (used === 0) used = w;
      else if (used + 1 + w <= widthChars) used += 1 + w;
      else {
        n++;
        used = w;
      }
      while (used > widthChars) {
        n++;
        used -= widthChars;
      }
    }
    lines += n;
  }
  return lines;
}

/**
 * Heights in points for the rows of `model` whose wrapped cells need more than
 * one line (null elsewhere), from the column widths, merges and font sizes.
 *
 * @example
 * ```ts
 * model.rowHeights = estimateRowHeights(model);
 * ```
 */
export function estimateRowHeights(model: Pick<SheetModel, 'cells' | 'columnWidths' | 'merges' | 'styles'>, defaultFontSize = 11): (number | null)[] {
  const rows = model.cells.length;
  const wrap = new Map<string, boolean>();
  const size = new Map<string, number>();
  const key = (r: number, c: number) => r * 16384 + c;
  for (const s of model.styles) {
    if (s.style.wrap === undefined && s.style.fontSize === undefined) continue;
    const g = parseA1Range(s.range);
    for (let r = g.top; r <= Math.min(g.bottom, rows); r++) {
      for (let c = g.left; c <= g.right; c++) {
        if (s.style.wrap !== undefined) wrap.set(String(key(r, c)), s.style.wrap);
        if (s.style.fontSize !== undefined) size.set(String(key(r, c)), s.style.fontSize);
      }
    }
  }
  // A merged area's text wraps over the merged width.
  const mergedWidth = new Map<string, number>();
  for (const m of model.merges) {
    const g = parseA1Range(m);
    let w = 0;
    for (let c = g.left; c <= g.right; c++) w += model.columnWidths[c - 1] ?? 8.43;
    mergedWidth.set(String(key(g.top, g.left)), w);
  }
  const heights: (number | null)[] = [];
  for (let r = 1; r <= rows; r++) {
    let need = 0;
    const row = model.cells[r - 1] ?? [];
    for (let c = 1; c <= row.length; c++) {
      const v = row[c - 1];
      if (typeof v !== 'string' || v === '') continue;
      const k = String(key(r, c));
      if (!wrap.get(k)) continue;
      const width = mergedWidth.get(k) ?? model.columnWidths[c - 1] ?? 8.43;
      const fontSize = size.get(k) ?? defaultFontSize;
      // Larger fonts fit fewer characters in the same width.
      const chars = Math.max(1, Math.floor((width * CHARS_PER_WIDTH * defaultFontSize) / fontSize) - 1);
      const lines = linesOf(v, chars);
      if (lines > 1) need = Math.max(need, Math.ceil(lines * lineHeight(fontSize) + 4));
    }
    heights.push(need > 0 ? need : null);
  }
  return heights;
}
