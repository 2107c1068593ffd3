/**
 * A small row-by-row writer for sheet models: the summary and findings
 * sheets append rows and remember styles, merges and ranges as they go.
 */
import { markerFor, type CellStyle, type OutputSheetKind, type StyledRange } from './model.js';
import type { CellValue } from '../model.js';
import { columnLetter } from '../workbook/a1.js';

/** Builds the cells, merges and styles of a sheet model top to bottom. */
export class SheetBuilder {
  readonly cells: CellValue[][] = [];
  readonly merges: string[] = [];
  readonly styles: StyledRange[] = [];
  constructor(readonly width: number) {}

  /** 1-based row number of the next row. */
  get nextRow(): number {
    return this.cells.length + 1;
  }

  /** Appends a row (padded to the sheet width); returns its 1-based number. */
  row(values: CellValue[]): number {
    const r: CellValue[] = values.slice(0, this.width);
    while (r.length < this.width) r.push(null);
    this.cells.push(r);
    return this.cells.length;
  }

  /** Writes one cell of an existing row, also beyond the sheet width (beside the printed tables). */
  set(row: number, col: number, value: CellValue): void {
    const r = this.cells[row - 1];
    if (!r) throw new RangeError(`row ${row} not written yet`);
    while (r.length < col) r.push(null);
    r[col - 1] = value;
  }

  blank(): number {
    return this.row([]);
  }

  /** A1 range of columns c1..c2 (1-based) over rows r1..r2. */
  range(r1: number, c1: number, r2: number = r1, c2: number = c1): string {
    const a = `${columnLetter(c1)}${r1}`;
    const b = `${columnLetter(c2)}${r2}`;
    return a === b ? a : `${a}:${b}`;
  }

  style(range: string, style: CellStyle): void {
    this.styles.push({ range, style });
  }

  /** The product's marker row (small grey footnote, see `markerFor`); returns its 1-based row. */
  marker(kind: OutputSheetKind): number {
    const r = this.row([markerFor(kind)]);
    this.style(this.range(r, 1), { fontSize: 8, fontColor: '#A6A6A6' });
    return r;
  }

  /** A full-width merged row of text (titles, notes, the narrative). */
  banner(text: string, style: CellStyle): number {
    const r = this.row([text]);
    this.merges.push(this.range(r, 1, r, this.width));
    this.style(this.range(r, 1, r, this.width), style);
    return r;
  }
}
