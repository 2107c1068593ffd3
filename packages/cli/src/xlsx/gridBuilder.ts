/**
 * Builds one sheet's grid from exceljs cells, for both the full reader and the
 * streaming reader, so every command sees the same grid of the same file.
 */
import type { CellValue, SheetGrid } from '@giaoban/core';
import { toCellValue } from './cellValue.js';

/** What the builder needs of an exceljs cell. */
interface CellLike {
  value: unknown;
  style?: { numFmt?: string; font?: { name?: string } } | null;
}

/** Accumulates rows of values, number formats and fonts; `toGrid` makes the block rectangular. */
export class SheetGridBuilder {
  private readonly values: CellValue[][] = [];
  private readonly numberFormats: (string | null)[][] = [];
  private readonly fonts: (string | null)[][] = [];
  private anyFormat = false;
  private anyFont = false;

  constructor(private readonly date1904: boolean) {}

  /** Adds the non-empty cells of 0-based row `r`; `cells` yields 1-based column numbers. */
  addRow(r: number, eachCell: (visit: (cell: CellLike, colNumber: number) => void) => void): void {
    const vals: CellValue[] = [];
    const fmts: (string | null)[] = [];
    const fnts: (string | null)[] = [];
    eachCell((cell, colNumber) => {
      const c = colNumber - 1;
      const raw = cell.value;
      let v = toCellValue(raw, this.date1904);
      // Excel always caches a formula's result when it saves, so a formula without one (or with
      // a NaN, as the streaming reader gives for an error result) is an error cell; its exact code is lost.
      if ((typeof v === 'number' && Number.isNaN(v)) || (v === null && raw !== null && typeof raw === 'object' && ('formula' in raw || 'sharedFormula' in raw))) {
        v = '#VALUE!';
      }
      const numFmt = cell.style?.numFmt;
      const fmt = numFmt && numFmt !== 'General' ? numFmt : null;
      const font = cell.style?.font?.name ?? null;
      if (v === null && fmt === null && font === null) return;
      while (vals.length < c) {
        vals.push(null);
        fmts.push(null);
        fnts.push(null);
      }
      vals[c] = v;
      fmts[c] = fmt;
      fnts[c] = font;
      if (fmt !== null) this.anyFormat = true;
      if (font !== null) this.anyFont = true;
    });
    if (vals.length === 0) return;
    this.values[r] = vals;
    this.numberFormats[r] = fmts;
    this.fonts[r] = fnts;
  }

  /** The sheet as a rectangular grid anchored at A1 (trailing format-only rows and columns trimmed). */
  toGrid(name: string): SheetGrid {
    return rectangular(name, this.values, this.anyFormat ? this.numberFormats : null, this.anyFont ? this.fonts : null);
  }
}

/**
 * Trims trailing rows/columns that hold no value and pads every row to the same width with null.
 */
export function rectangular(
  name: string,
  values: CellValue[][],
  numberFormats: (string | null)[][] | null,
  fonts: (string | null)[][] | null,
): SheetGrid {
  let height = values.length;
  while (height > 0 && !(values[height - 1] ?? []).some((v) => v !== null && v !== undefined)) height--;
  let width = 0;
  for (let r = 0; r < height; r++) {
    const row = values[r];
    if (!row) continue;
    for (let c = row.length - 1; c >= width; c--) {
      if (row[c] !== null && row[c] !== undefined) {
        width = c + 1;
        break;
      }
    }
  }
  const pad = <T,>(rows: (T | null)[][], r: number): (T | null)[] => {
    const row = rows[r] ?? [];
    if (row.length > width) row.length = width;
    for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = null;
    return row;
  };
  const grid: SheetGrid = { name, values: Array.from({ length: height }, (_, r) => pad(values, r)) };
  if (numberFormats) grid.numberFormats = Array.from({ length: height }, (_, r) => pad(numberFormats, r));
  if (fonts) grid.fonts = Array.from({ length: height }, (_, r) => pad(fonts, r));
  return grid;
}
