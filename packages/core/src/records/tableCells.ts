/**
 * Cell access for one found table: values by field, decoded text (TCVN3/VNI
 * converted, NFC), dates, and the A1 address to blame in a finding.
 * Parsing results are memoised per distinct raw value: a 100,000-row sheet
 * holds only a few hundred distinct dates, names and categories.
 */
import type { FieldName } from '../data/headers.js';
import type { Attendance, IsoDate } from '../model.js';
import type { Finding } from '../findings/finding.js';
import { parseDateValue } from '../text/index.js';
import { toA1 } from '../workbook/a1.js';
import type { FoundTable } from '../workbook/findTables.js';
import type { CellValue } from '../workbook/grid.js';
import { decodeCellText, mayBeLegacy, toNfc, type DecodedText } from '../workbook/legacyText.js';
import { isBlank, type SheetView } from '../workbook/sheetView.js';
import type { FindingSink } from '../findings/findingSink.js';
import type { InvalidDateCell } from './readResult.js';
import type { FindingCode } from '../findings/codes.js';
import { DuplicateRows } from './duplicateRows.js';
import { msg, WHAT } from '../findings/messages.js';

/** Shared state of one `readWorkbook` call. */
export class ReadContext {
  private readonly dateMemos = new Map<string | null, Map<string | number, IsoDate | null>>();
  private readonly suspectMemo = new Map<string | null, Map<string, DecodedText>>();

  /** Decodes a short text that may be TCVN3/VNI; memoised per font, since the font is evidence. */
  decodeSuspect(v: string, font: string | null): DecodedText {
    let memo = this.suspectMemo.get(font);
    if (!memo) this.suspectMemo.set(font, (memo = new Map()));
    let hit = memo.get(v);
    if (!hit) {
      hit = decodeCellText(v, font);
      if (memo.size < 50_000) memo.set(v, hit);
    }
    return hit;
  }

  /** Parsed free-text attendance lists (the same few wordings recur). */
  readonly attendanceMemo = new Map<string, Partial<Attendance>>();
  /** Every date cell that could not be read (`date.invalid`), with what it held, in reading order. */
  readonly invalidDates: InvalidDateCell[] = [];
  /** Decoded short texts (names, categories, statuses recur on every row). */
  readonly textMemo = new Map<string, DecodedText | null>();
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
    // One memo per number format: no key strings built per cell.
    let memo = this.dateMemos.get(numberFormat);
    if (!memo) this.dateMemos.set(numberFormat, (memo = new Map()));
    const key = v;
    const hit = memo.get(key);
    if (hit !== undefined) return hit === null ? undefined : hit;
    const r = parseDateValue(v, { numberFormat, date1904: this.date1904 });
    const out: IsoDate | null = r.ok ? r.date : null;
    if (memo.size < 100_000) memo.set(key, out);
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
    const finding = this.sink.add('text.legacy-converted', sheet, row, col, msg.legacyConverted(toA1(row, col), 1, encodingLabel(encoding)));
    this.legacyRuns.set(key, { finding, sheet, col, first: row, last: row, count: 1, encoding });
  }

  /** Whether any legacy run is open (so Unicode cells need to close runs). */
  get hasOpenRuns(): boolean {
    return this.legacyRuns.size > 0;
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
    let dec: DecodedText;
    if (v.length <= SHORT_TEXT) {
      // Short texts recur (names, categories); the font matters only for text that may be legacy.
      const memo = this.ctx.textMemo;
      let hit = memo.get(v);
      if (hit === undefined) {
        hit = mayBeLegacy(v) ? null : { text: toNfc(v), encoding: null };
        if (memo.size < 50_000) memo.set(v, hit);
      }
      dec = hit ?? this.ctx.decodeSuspect(v, this.view.dataFont(row, c));
    } else {
      dec = mayBeLegacy(v) ? decodeCellText(v, this.view.dataFont(row, c)) : { text: toNfc(v), encoding: null };
    }
    if (dec.encoding) this.ctx.noteLegacy(this.sheet, row, c, dec.encoding);
    else if (this.ctx.hasOpenRuns) this.ctx.noteUnicode(this.sheet, c);
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
    const d = this.ctx.parseDate(v, this.view.dataNumberFormat(row, c));
    if (d === null) {
      if (required) this.ctx.sink.add('date.missing', this.sheet, row, c, msg.dateMissing(toA1(row, c), what));
      return null;
    }
    if (d === undefined) {
      this.ctx.sink.add('date.invalid', this.sheet, row, c, msg.dateInvalid(toA1(row, c), v));
      this.ctx.invalidDates.push({ sheet: this.sheet, row, cell: toA1(row, c), field, text: String(v).trim() });
    }
    return d;
  }

  /** Whether every mapped cell of the row is blank. */
  blankRow(row: number): boolean {
    for (const [, c] of this.dupFields) if (!isBlank(this.view.data(row, c))) return false;
    return true;
  }

  /**
   * A finder of rows that repeat an earlier row of this table exactly (STT left out), comparing
   * values once normalised: TCVN3/VNI text converted to Unicode, then folded (case, NFC, tone
   * placement, spaces). Linear in the rows, whatever they hold.
   */
  duplicateRows(): DuplicateRows {
    const decode = (v: string, font: string | null) => (v.length <= SHORT_TEXT ? this.ctx.decodeSuspect(v, font) : decodeCellText(v, font));
    return new DuplicateRows(this.view, this.dupFields.map(([, c]) => c), decode);
  }

  /** Adds a finding at a field's cell of a row. */
  report(code: FindingCode, row: number, field: FieldName | undefined, message: { vi: string; en: string }, suggestion: { vi: string; en: string } | null = null): void {
    const [r, c] = this.at(row, field);
    this.ctx.sink.add(code, this.sheet, r, c, message, suggestion);
  }
}

export { WHAT };
