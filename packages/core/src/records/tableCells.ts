/**
 * Cell access for one found table: values by field, decoded text (TCVN3/VNI
 * converted, NFC), dates, and the A1 address to blame in a finding.
 * Parsing results are memoised per distinct raw value: a 100,000-row sheet
 * holds only a few hundred distinct dates, names and categories.
 */
import type { FieldName } from '../data/headers.js';
import type { Finding, IsoDate } from '../model.js';
import { parseDateValue } from '../text/index.js';
import { toA1 } from '../workbook/a1.js';
import type { FoundTable } from '../workbook/findTables.js';
import type { CellValue } from '../workbook/grid.js';
import { decodeCellText, type DecodedText } from '../workbook/legacyText.js';
import { isBlank, type SheetView } from '../workbook/sheetView.js';
import type { FindingSink } from '../validation/findingSink.js';
import { msg, WHAT } from '../validation/messages.js';

/** Shared state of one `readWorkbook` call. */
export class ReadContext {
  readonly dateMemo = new Map<string | number, IsoDate | null>();
  /** Decoded short texts (names, categories, statuses recur on every row). */
  readonly textMemo = new Map<string, DecodedText>();
  /** Open TCVN3/VNI runs per sheet+column: one finding per run of converted cells. */
  private readonly legacyRuns = new Map<string, { finding: Finding; sheet: string; col: number; first: number; last: number; count: number; encoding: string }>();
  private readonly closedRuns: { finding: Finding; col: number; first: number; last: number; count: number; encoding: string }[] = [];

  constructor(
    readonly sink: FindingSink,
    readonly date1904: boolean,
  ) {}

  /** Parses a date cell; `null` for blank, `undefined` for invalid. Memoised by value and format. */
  parseDate(v: CellValue, numberFormat: string | null): IsoDate | null | undefined {
    if (v === null || isBlank(v)) return null;
    if (typeof v === 'boolean') return undefined;
    const key = typeof v === 'number' ? v : numberFormat ? `${numberFormat}\u0000${v}` : v;
    const hit = this.dateMemo.get(key);
    if (hit !== undefined) return hit === null ? undefined : hit;
    let out: IsoDate | null;
    try {
      const r = parseDateValue(v, { numberFormat, date1904: this.date1904 });
      out = r.ok ? r.date : null;
    } catch {
      out = null; // a helper's slip must not crash reading
    }
    if (this.dateMemo.size < 100_000) this.dateMemo.set(key, out);
    return out === null ? undefined : out;
  }

  /** Notes a converted legacy cell; consecutive converted cells of a column share one finding. */
  noteLegacy(sheet: string, row: number, col: number, encoding: string): void {
    const key = `${sheet}\u0000${col}`;
    const run = this.legacyRuns.get(key);
    if (run && run.encoding === encoding) {
      run.last = row;
      run.count++;
      return;
    }
    if (run) this.closeRun(key);
    const finding = this.sink.add('warning', 'text.legacy-converted', sheet, row, col, msg.legacyConverted(toA1(row, col), 1, encodingLabel(encoding)));
    this.legacyRuns.set(key, { finding, sheet, col, first: row, last: row, count: 1, encoding });
  }

  /** A Unicode (non-legacy) text in a column ends that column's run. */
  noteUnicode(sheet: string, col: number): void {
    const key = `${sheet}\u0000${col}`;
    if (this.legacyRuns.has(key)) this.closeRun(key);
  }

  private closeRun(key: string): void {
    const run = this.legacyRuns.get(key);
    if (!run) return;
    this.legacyRuns.delete(key);
    this.closedRuns.push(run);
  }

  /** Writes the final range and count into every legacy-conversion finding. */
  finish(): void {
    for (const key of [...this.legacyRuns.keys()]) this.closeRun(key);
    for (const run of this.closedRuns) {
      const range = run.first === run.last ? toA1(run.first, run.col) : `${toA1(run.first, run.col)}:${toA1(run.last, run.col)}`;
      const m = msg.legacyConverted(range, run.count, encodingLabel(run.encoding));
      run.finding.message = m.vi;
      run.finding.messageEn = m.en;
    }
    this.closedRuns.length = 0;
  }
}

const encodingLabel = (e: string) => (e === 'tcvn3' ? 'TCVN3' : e === 'vni' ? 'VNI-Windows' : e);

const NON_ASCII = /[^\u0000-\u007F]/;
/** Texts up to this length are memoised when decoded: names and categorical words. */
const SHORT_TEXT = 64;

/** Accessors for the cells of one table. */
export class TableCells {
  readonly sheet: string;
  /** Leftmost mapped column: where row-level findings point. */
  readonly firstCol: number;
  private readonly dupFields: [FieldName, number][];

  constructor(
    readonly view: SheetView,
    readonly table: FoundTable,
    readonly ctx: ReadContext,
  ) {
    this.sheet = table.sheet;
    const cols = Object.entries(table.columns) as [FieldName, number][];
    this.firstCol = Math.min(...cols.map(([, c]) => c));
    this.dupFields = cols.filter(([f]) => f !== 'stt').sort((a, b) => a[1] - b[1]);
  }

  col(field: FieldName): number | undefined {
    return this.table.columns[field];
  }

  has(field: FieldName): boolean {
    return this.table.columns[field] !== undefined;
  }

  /** Raw value of a field in a data row (vertical merges filled). */
  value(row: number, field: FieldName): CellValue {
    const c = this.table.columns[field];
    return c === undefined ? null : this.view.data(row, c);
  }

  /** A1 address of a field's cell in a row, or of the row's first cell when the column is absent. */
  cell(row: number, field?: FieldName): string {
    const c = field ? this.table.columns[field] : undefined;
    return toA1(row, c ?? this.firstCol);
  }

  /** Row and column of a field's cell (for findings). */
  at(row: number, field?: FieldName): [number, number] {
    const c = field ? this.table.columns[field] : undefined;
    return [row, c ?? this.firstCol];
  }

  /**
   * Text of a field: numbers as written, strings decoded from TCVN3/VNI when
   * detected (with one finding per run), NFC, trimmed; `null` when blank.
   */
  text(row: number, field: FieldName): string | null {
    const c = this.table.columns[field];
    if (c === undefined) return null;
    const v = this.view.data(row, c);
    if (v === null) return null;
    if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
    if (typeof v === 'boolean') return v ? 'x' : null;
    if (!NON_ASCII.test(v)) {
      const t = v.trim();
      return t === '' ? null : t;
    }
    const [sr, sc] = this.view.dataSource(row, c);
    const font = this.view.font(sr, sc);
    let dec: DecodedText;
    if (v.length <= SHORT_TEXT) {
      const key = font ? `${font}\u0000${v}` : v;
      const memo = this.ctx.textMemo;
      const hit = memo.get(key);
      if (hit) dec = hit;
      else {
        dec = decodeCellText(v, font);
        if (memo.size < 50_000) memo.set(key, dec);
      }
    } else dec = decodeCellText(v, font);
    if (dec.encoding) this.ctx.noteLegacy(this.sheet, row, c, dec.encoding);
    else this.ctx.noteUnicode(this.sheet, c);
    const t = dec.text.trim();
    return t === '' ? null : t;
  }

  /**
   * Date of a field. Blank → `null` (and `date.missing` when required);
   * unreadable → `undefined` with a `date.invalid` error.
   */
  date(row: number, field: FieldName, what: { vi: string; en: string }, required: boolean): IsoDate | null | undefined {
    const c = this.table.columns[field];
    if (c === undefined) return null;
    const v = this.view.data(row, c);
    const [sr, sc] = this.view.dataSource(row, c);
    const d = this.ctx.parseDate(v, this.view.numberFormat(sr, sc));
    if (d === null) {
      if (required) this.ctx.sink.add('error', 'date.missing', this.sheet, row, c, msg.dateMissing(toA1(row, c), what));
      return null;
    }
    if (d === undefined) {
      this.ctx.sink.add('error', 'date.invalid', this.sheet, row, c, msg.dateInvalid(toA1(row, c), v));
    }
    return d;
  }

  /** Whether every mapped cell of the row is blank. */
  blankRow(row: number): boolean {
    for (const [, c] of this.dupFields) if (!isBlank(this.view.data(row, c))) return false;
    return true;
  }

  /** Key of the row's values (STT left out) for exact-duplicate detection. */
  rowKey(row: number): string {
    let k = '';
    for (const [, c] of this.dupFields) {
      const v = this.view.data(row, c);
      k += (v === null ? '' : typeof v === 'string' ? v.trim() : String(v)) + '\u0001';
    }
    return k;
  }

  /** Adds a finding at a field's cell of a row. */
  report(severity: 'error' | 'warning', code: string, row: number, field: FieldName | undefined, message: { vi: string; en: string }, suggestion: { vi: string; en: string } | null = null): void {
    const [r, c] = this.at(row, field);
    this.ctx.sink.add(severity, code, this.sheet, r, c, message, suggestion);
  }
}

export { WHAT };
