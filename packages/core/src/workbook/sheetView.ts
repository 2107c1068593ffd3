/**
 * Read access to a {@link SheetGrid} in sheet coordinates (1-based rows and
 * columns, honouring `origin`), with merged cells resolved.
 * Internal to the reader: it hides ragged rows, odd cell types and merges.
 */
import type { CellValue, SheetGrid } from './grid.js';
import { MAX_SHEET_COLS, MAX_SHEET_ROWS, tryParseA1Range } from './a1.js';

/** Merges larger than this many cells are ignored for filling (titles and bands are small). */
const MAX_MERGE_AREA = 200_000;

/** Excel's epoch difference: serial 25569 is 1970-01-01 in the 1900 system. */
const UNIX_EPOCH_SERIAL = 25569;

/** Coerces whatever an adapter handed over into a {@link CellValue}. */
export function toCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  const t = typeof v;
  if (t === 'string' || t === 'number' || t === 'boolean') return v as CellValue;
  // Date objects from an adapter that hands out dates: UTC midnight is the day.
  if (v instanceof Date) {
    const ms = v.getTime();
    return Number.isFinite(ms) ? ms / 86_400_000 + UNIX_EPOCH_SERIAL : null;
  }
  return null;
}

/** Whether a value counts as empty (null, or text that is only spaces). */
export function isBlank(v: CellValue): boolean {
  if (v === null) return true;
  if (typeof v === 'string') return v.trim() === '';
  return false;
}

export class SheetView {
  readonly name: string;
  readonly firstRow: number;
  readonly firstCol: number;
  /** Last row with an array entry (may be blank). `lastRow < firstRow` for an empty sheet. */
  readonly lastRow: number;
  readonly lastCol: number;
  private readonly values: unknown[][];
  private readonly formats: (string | null)[][] | undefined;
  private readonly fonts: (string | null)[][] | undefined;
  /** (row * MAX_SHEET_COLS + col) of a non-master merged cell → its master's [row, col]. */
  private readonly mergeMaster = new Map<number, [number, number]>();

  constructor(sheet: SheetGrid) {
    this.name = typeof sheet.name === 'string' ? sheet.name : String(sheet.name);
    const o = sheet.origin;
    this.firstRow = o && Number.isInteger(o.row) && o.row >= 1 ? o.row : 1;
    this.firstCol = o && Number.isInteger(o.col) && o.col >= 1 ? o.col : 1;
    this.values = Array.isArray(sheet.values) ? (sheet.values as unknown[][]) : [];
    this.formats = Array.isArray(sheet.numberFormats) ? sheet.numberFormats : undefined;
    this.fonts = Array.isArray(sheet.fonts) ? sheet.fonts : undefined;
    let width = 0;
    for (const row of this.values) if (Array.isArray(row) && row.length > width) width = row.length;
    this.lastRow = Math.min(this.firstRow + this.values.length - 1, MAX_SHEET_ROWS);
    this.lastCol = Math.min(this.firstCol + width - 1, MAX_SHEET_COLS);
    for (const m of Array.isArray(sheet.merges) ? sheet.merges : []) {
      const r = tryParseA1Range(String(m));
      if (!r) continue; // a bad merge string is the adapter's slip, not the clerk's: the cells read unmerged
      if ((r.bottom - r.top + 1) * (r.right - r.left + 1) > MAX_MERGE_AREA) continue;
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) {
          if (row === r.top && col === r.left) continue;
          this.mergeMaster.set(row * MAX_SHEET_COLS + col, [r.top, r.left]);
        }
      }
    }
  }

  /** True when the sheet has no cells at all. */
  get empty(): boolean {
    return this.lastRow < this.firstRow || this.lastCol < this.firstCol;
  }

  /** The raw value at a sheet cell (no merge handling). */
  raw(row: number, col: number): CellValue {
    const r = this.values[row - this.firstRow];
    if (!Array.isArray(r)) return null;
    return toCellValue(r[col - this.firstCol]);
  }

  /**
   * Value for header reading: a merged cell shows its master's value
   * (a group header over sub-columns, a vertically merged "STT").
   */
  header(row: number, col: number): CellValue {
    const m = this.mergeMaster.size ? this.mergeMaster.get(row * MAX_SHEET_COLS + col) : undefined;
    return m ? this.raw(m[0], m[1]) : this.raw(row, col);
  }

  /**
   * Value for data reading: a vertical merge (one date over several issue rows)
   * fills down; a horizontal merge (content spread over blank columns) does not
   * spill into the neighbouring fields.
   */
  data(row: number, col: number): CellValue {
    if (this.mergeMaster.size) {
      const m = this.mergeMaster.get(row * MAX_SHEET_COLS + col);
      if (m) return m[1] === col ? this.raw(m[0], m[1]) : null;
    }
    return this.raw(row, col);
  }

  /** Where a data value really lives (the master cell of a vertical merge). */
  dataSource(row: number, col: number): [number, number] {
    const m = this.mergeMaster.size ? this.mergeMaster.get(row * MAX_SHEET_COLS + col) : undefined;
    return m && m[1] === col ? m : [row, col];
  }

  /** Number format of where a data value lives (a vertical merge's master), without allocating. */
  dataNumberFormat(row: number, col: number): string | null {
    if (!this.formats) return null;
    const m = this.mergeMaster.size ? this.mergeMaster.get(row * MAX_SHEET_COLS + col) : undefined;
    return m && m[1] === col ? this.numberFormat(m[0], col) : this.numberFormat(row, col);
  }

  /** Font of where a data value lives (a vertical merge's master), without allocating. */
  dataFont(row: number, col: number): string | null {
    if (!this.fonts) return null;
    const m = this.mergeMaster.size ? this.mergeMaster.get(row * MAX_SHEET_COLS + col) : undefined;
    return m && m[1] === col ? this.font(m[0], col) : this.font(row, col);
  }

  numberFormat(row: number, col: number): string | null {
    const f = this.formats?.[row - this.firstRow]?.[col - this.firstCol];
    return typeof f === 'string' ? f : null;
  }

  font(row: number, col: number): string | null {
    const f = this.fonts?.[row - this.firstRow]?.[col - this.firstCol];
    return typeof f === 'string' ? f : null;
  }

  /** Whether a sheet cell lies within the grid's extent. */
  contains(row: number, col: number): boolean {
    return row >= this.firstRow && row <= this.lastRow && col >= this.firstCol && col <= this.lastCol;
  }
}
