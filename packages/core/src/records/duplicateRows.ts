/**
 * Exact-duplicate rows of a table, found in one pass: each row's values are
 * normalised (TCVN3/VNI text converted to Unicode, then folded: case, NFC,
 * tone placement, spaces) and hashed whole into 64 bits; an open-addressing
 * table of typed arrays maps the hash to the first row. Only rows whose
 * hashes agree are compared value by value, so the work per row is constant
 * however alike the rows are (shared prefixes, one column varying, many
 * identical rows), and no key string is kept per row.
 */
import { FoldedHasher, foldedText } from '../text/foldedText.js';
import type { CellValue } from '../workbook/grid.js';
import { decodeCellText, mayBeLegacy } from '../workbook/legacyText.js';
import { isBlank, type SheetView } from '../workbook/sheetView.js';

/** Decodes a text that may be TCVN3/VNI (the font is evidence); the reader's memoised decoder fits. */
export type LegacyDecoder = (text: string, font: string | null) => { text: string };

const defaultDecoder: LegacyDecoder = (text, font) => decodeCellText(text, font);
const EMPTY = -1;

/**
 * Remembers the rows of one table and tells which earlier row a row repeats.
 *
 * @example
 * ```ts
 * const dups = new DuplicateRows(view, [2, 3, 4]);
 * dups.check(5); // undefined: first of its kind, remembered
 * dups.check(9); // 5 when row 9 holds what row 5 holds (once normalised)
 * ```
 */
export class DuplicateRows {
  /** Value-by-value comparisons made so far (one per row whose hash met an earlier row's). */
  comparisons = 0;
  private readonly hasher = new FoldedHasher();
  private laneA = new Int32Array(1024);
  private laneB = new Int32Array(1024);
  private rows = new Int32Array(1024).fill(EMPTY);
  private size = 0;

  /**
   * @param view - the sheet
   * @param columns - the compared columns (1-based, in the sheet), STT left out by the caller
   * @param decode - converts TCVN3/VNI text to Unicode (defaults to the reader's detector)
   */
  constructor(
    private readonly view: SheetView,
    private readonly columns: readonly number[],
    private readonly decode: LegacyDecoder = defaultDecoder,
  ) {}

  /**
   * The earlier row that `row` repeats, or `undefined` (and `row` is remembered as a first occurrence).
   *
   * @param row - a data row (1-based, in the sheet), checked in ascending order
   * @returns the first row holding the same normalised values, if any
   */
  check(row: number): number | undefined {
    const h = this.hasher;
    h.reset();
    for (const c of this.columns) this.mix(this.view.data(row, c), row, c);
    const a = h.a | 0;
    const b = h.b | 0;
    const mask = this.rows.length - 1;
    let i = (a ^ Math.imul(b, 0x27d4eb2d)) & mask;
    for (;;) {
      const r = this.rows[i]!;
      if (r === EMPTY) break;
      if (this.laneA[i] === a && this.laneB[i] === b) {
        this.comparisons++;
        if (this.sameRow(r, row)) return r;
      }
      i = (i + 1) & mask;
    }
    this.rows[i] = row;
    this.laneA[i] = a;
    this.laneB[i] = b;
    if (++this.size * 2 > this.rows.length) this.grow();
    return undefined;
  }

  private mix(v: CellValue, row: number, col: number): void {
    const h = this.hasher;
    if (v === null || (typeof v === 'string' && isBlank(v))) h.tag(0);
    else if (typeof v === 'string') h.text(this.unicode(v, row, col));
    else if (typeof v === 'number') h.number(v);
    else h.tag(v ? 4 : 5);
  }

  /** The Unicode text of a cell (TCVN3/VNI converted), before folding. */
  private unicode(v: string, row: number, col: number): string {
    return mayBeLegacy(v) ? this.decode(v, this.view.dataFont(row, col)).text : v;
  }

  private normalised(row: number, col: number): string | number | boolean | null {
    const v = this.view.data(row, col);
    if (v === null || (typeof v === 'string' && isBlank(v))) return null;
    if (typeof v === 'string') return foldedText(this.unicode(v, row, col));
    if (typeof v === 'number' && Number.isNaN(v)) return 'NaN';
    return v;
  }

  /** Whether two rows hold the same normalised values in every compared column. */
  private sameRow(a: number, b: number): boolean {
    for (const c of this.columns) {
      const x = this.view.data(a, c);
      const y = this.view.data(b, c);
      if (x === y) continue;
      if (this.normalised(a, c) !== this.normalised(b, c)) return false;
    }
    return true;
  }

  private grow(): void {
    const { laneA, laneB, rows } = this;
    const n = rows.length * 2;
    this.laneA = new Int32Array(n);
    this.laneB = new Int32Array(n);
    this.rows = new Int32Array(n).fill(EMPTY);
    const mask = n - 1;
    for (let j = 0; j < rows.length; j++) {
      const r = rows[j]!;
      if (r === EMPTY) continue;
      const a = laneA[j]!;
      const b = laneB[j]!;
      let i = (a ^ Math.imul(b, 0x27d4eb2d)) & mask;
      while (this.rows[i] !== EMPTY) i = (i + 1) & mask;
      this.rows[i] = r;
      this.laneA[i] = a;
      this.laneB[i] = b;
    }
  }
}
