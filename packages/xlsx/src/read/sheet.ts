/**
 * One worksheet part streamed into a grid. Only cells holding a value are
 * kept, so a sheet of a million formatted empty rows costs the time to scan
 * it, not memory. Cell rules: shared and inline strings (rich text flattened),
 * numbers (dates stay serials), booleans, errors as their code ("#N/A"),
 * formulas as their cached result; merged cells other than the top-left are empty.
 */
import { MAX_SHEET_COLS, MAX_SHEET_ROWS, toA1, type CellValue, type ReadingProgress, type SheetGrid } from '@giaoban/core';
import { limitError } from '../errors.js';
import type { ZipDirectory, ZipEntry } from '../zip/directory.js';
import { inflateEntry, type InflateBudget } from '../zip/inflate.js';
import { decodeCellText } from '../xml/xml.js';
import { partDecoder } from '../xml/partText.js';
import { createScanner, type ScannedTag } from '../xml/scan.js';
import type { CellStyles } from './styles.js';

/** What reading one sheet needs besides its part. */
export interface SheetContext {
  name: string;
  sharedStrings: readonly string[];
  styles: CellStyles;
  date1904: boolean;
  budget: InflateBudget;
  onProgress?: ((progress: ReadingProgress) => void) | undefined;
}

const MS_PER_DAY = 86_400_000;

function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return col;
}

function rowOf(ref: string): number {
  let i = 0;
  while (i < ref.length && ref.charCodeAt(i) > 57) i++;
  return Number(ref.slice(i));
}

/** ISO date-time (cells of type `d`, Strict OOXML) → serial in the workbook's date system. */
function isoToSerial(iso: string, date1904: boolean): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(iso);
  if (!m) return null;
  const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0)) + Number(m[6] ?? 0) * 1000;
  return Math.round((25_569 + ms / MS_PER_DAY - (date1904 ? 1_462 : 0)) * MS_PER_DAY) / MS_PER_DAY;
}

/** The digits of `b` from `from` to `to` as a number, or -1 when there is anything else (or nothing). */
function digitsAt(b: string, from: number, to: number): number {
  if (to <= from) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = b.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** A cell type attribute as the constant the reader compares with (no new string per cell). */
function typeName(b: string, from: number, to: number): string {
  switch (to - from) {
    case 1: {
      const c = b.charCodeAt(from);
      return c === 115 ? 's' : c === 110 ? 'n' : c === 98 ? 'b' : c === 101 ? 'e' : c === 100 ? 'd' : b.slice(from, to);
    }
    case 3:
      return b.startsWith('str', from) ? 'str' : b.slice(from, to);
    case 9:
      return b.startsWith('inlineStr', from) ? 'inlineStr' : b.slice(from, to);
    default:
      return b.slice(from, to);
  }
}

/**
 * Streams `entry` (a worksheet part) into the core's `SheetGrid`.
 *
 * @throws XlsxError `limit` (cells, text length, inflate limits) or `corrupt`
 */
export async function readSheet(dir: ZipDirectory, entry: ZipEntry, ctx: SheetContext): Promise<SheetGrid> {
  const { sharedStrings, styles, date1904, budget } = ctx;
  const maxText = budget.limits.maxTextLength;
  const maxCells = budget.limits.maxCells;
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const fonts: (string | null)[][] = [];
  const merges: string[] = [];
  let anyFormat = false;
  let anyFont = false;
  let cellCount = 0;
  let widest = 1;
  let rowsSeen = 0;

  let row = 0; // 1-based current row
  let col = 0; // 1-based current column
  let type = '';
  let style = 0;
  let hasFormula = false;
  let vText: string | null = null;
  /** The <v> value when it is a whole number read in place (else -1). */
  let vInt = -1;
  let inIs = false;
  let phonetic = 0;
  let inlineText: string | null = null;

  // A hostile file may put a cell past XFD: name it by numbers rather than fail while reporting.
  const where = () => (row >= 1 && row <= MAX_SHEET_ROWS && col >= 1 && col <= MAX_SHEET_COLS ? `ô '${ctx.name}'!${toA1(row, col)}` : `ô '${ctx.name}' dòng ${row}, cột ${col}`);
  const tooLong = (text: string) => limitError('maxTextLength', where(), maxText);

  const store = (v: CellValue) => {
    if (++cellCount > maxCells) throw limitError('maxCells', ctx.name, maxCells);
    const r = row - 1;
    const c = col - 1;
    if (c >= widest) widest = c + 1;
    // A new row is made as wide as the widest so far: rows grown cell by cell would hold spare capacity.
    let vals = values[r];
    if (!vals) vals = values[r] = new Array<CellValue>(widest);
    vals[c] = v;
    // exceljs applied a cell's style only for a non-zero style index; the grid keeps that answer.
    // Format and font rows are made only where a cell has one: most rows of a big sheet need none.
    const fmt = style ? (styles.numberFormat[style] ?? null) : null;
    // Fonts matter for text only (a .VnTime font is evidence of TCVN3 typing).
    const font = style && typeof v === 'string' ? (styles.font[style] ?? null) : null;
    if (fmt !== null) {
      (formats[r] ??= new Array<string | null>(widest))[c] = fmt;
      anyFormat = true;
    }
    if (font !== null) {
      (fonts[r] ??= new Array<string | null>(widest))[c] = font;
      anyFont = true;
    }
  };

  const finishCell = () => {
    let v: CellValue = null;
    if (vInt >= 0) {
      // A whole number read in place: a shared string's index or the value itself.
      v = type === 's' ? (sharedStrings[vInt] ?? null) : vInt;
      if (typeof v === 'string' && v.length > maxText) throw tooLong(v);
      if (v !== null) store(v);
      return;
    }
    const text = vText;
    switch (type) {
      case 's': {
        if (text !== null && text !== '') v = sharedStrings[Number(text)] ?? null;
        break;
      }
      case 'inlineStr':
        v = inlineText !== null ? decodeCellText(inlineText) : text !== null ? decodeCellText(text) : null;
        break;
      case 'str':
        v = text !== null ? decodeCellText(text) : null;
        break;
      case 'b':
        v = text !== null && text !== '' ? Number(text) !== 0 : null;
        break;
      case 'e':
        v = text !== null && text !== '' ? text : null;
        break;
      case 'd':
        v = text ? isoToSerial(text, date1904) : null;
        break;
      default: {
        if (text !== null && text.trim() !== '') {
          const n = Number(text);
          v = Number.isFinite(n) ? (styles.isDate[style] && style ? Math.round(n * MS_PER_DAY) / MS_PER_DAY : n) : '#VALUE!';
        }
      }
    }
    // Excel always caches a formula's result; a formula without one is an error cell.
    if (v === null && hasFormula && text === null && inlineText === null) v = '#VALUE!';
    if (typeof v === 'string' && v.length > maxText) throw tooLong(v);
    if (v !== null) store(v);
  };

  const scanner = createScanner(entry.name, {
    open(tag: ScannedTag, selfClosing: boolean) {
      switch (tag.name) {
        case 'c': {
          // r, t and s are read in place: three strings a cell, a million cells, would be garbage.
          if (tag.attrRange('r')) {
            const b = tag.buffer;
            let i = tag.from;
            let c = 0;
            for (; i < tag.to; i++) {
              const ch = b.charCodeAt(i) | 0x20; // lower case
              if (ch < 97 || ch > 122) break;
              c = c * 26 + (ch - 96);
            }
            let r = 0;
            for (; i < tag.to; i++) {
              const d = b.charCodeAt(i) - 48;
              if (d < 0 || d > 9) break;
              r = r * 10 + d;
            }
            if (c > 0) col = c;
            else col++;
            if (r > 0) row = r;
          } else {
            const ref = tag.attr('r');
            if (ref) {
              col = columnOf(ref);
              const r = rowOf(ref);
              if (r > 0) row = r;
            } else col++;
          }
          if (selfClosing) {
            // <c r="B9" s="3"/>: a formatted cell without a value (a clerk's blank rows ahead): nothing more to read.
            type = '';
            hasFormula = false;
            vText = null;
            vInt = -1;
            inlineText = null;
            break;
          }
          type = tag.attrRange('t') ? typeName(tag.buffer, tag.from, tag.to) : (tag.attr('t') ?? '');
          style = tag.attrRange('s') ? digitsAt(tag.buffer, tag.from, tag.to) : Number(tag.attr('s') ?? 0) || 0;
          if (style < 0) style = Number(tag.attr('s')) || 0;
          hasFormula = false;
          vText = null;
          vInt = -1;
          inlineText = null;
          break;
        }
        case 'v':
          vText = '';
          scanner.capture = true;
          break;
        case 'f':
          hasFormula = true;
          break;
        case 'is':
          inIs = true;
          inlineText = '';
          break;
        case 'rPh':
          phonetic++;
          scanner.capture = false;
          break;
        case 't':
          if (inIs && phonetic === 0) scanner.capture = true;
          break;
        case 'row': {
          const a = tag.attr('r');
          const r = a ? Number(a) : row + 1;
          row = r > 0 ? r : row + 1;
          col = 0;
          // A row of formatted cells without values (<c r="B9" s="3"/> …) adds nothing to the grid.
          if (!selfClosing) scanner.skipEmpty('c');
          if (++rowsSeen % 20_000 === 0) ctx.onProgress?.({ step: 'sheetRows', sheet: ctx.name, rows: rowsSeen });
          break;
        }
        case 'mergeCell': {
          const ref = tag.attr('ref');
          if (ref && ref.includes(':')) merges.push(ref.replace(/\$/g, ''));
          break;
        }
      }
    },
    close(name) {
      switch (name) {
        case 'c':
          finishCell();
          break;
        case 'v':
          scanner.capture = false;
          break;
        case 't':
          if (inIs) scanner.capture = false;
          break;
        case 'is':
          inIs = false;
          break;
        case 'rPh':
          phonetic--;
          break;
      }
    },
    text(t) {
      if (inIs) {
        inlineText += t;
        if (inlineText!.length > maxText * 7) throw tooLong(inlineText!);
      } else if (vText !== null) {
        if (vInt >= 0) {
          vText = String(vInt);
          vInt = -1;
        }
        vText += t;
        if (vText.length > maxText * 7) throw tooLong(vText);
      }
    },
    textRange(b, from, to) {
      // A shared-string index or a whole number in <v>, read in place; anything else as text.
      if (!inIs && vText === '' && vInt < 0 && (type === '' || type === 's' || type === 'n') && to - from <= 15) {
        const n = digitsAt(b, from, to);
        if (n >= 0) {
          vInt = n;
          return;
        }
      }
      this.text(b.slice(from, to));
    },
  });
  const decoder = partDecoder();
  await inflateEntry(dir, entry, budget, (chunk) => scanner.write(decoder.decode(chunk)));
  scanner.write(decoder.end());
  scanner.end();
  clearMergedCells(values, merges);
  const grid = rectangular(ctx.name, values, anyFormat ? formats : null, anyFont ? fonts : null, maxCells);
  grid.merges = merges;
  return grid;
}

/** A merged area shows only its top-left cell: any value stored under the others is not seen in Excel. */
function clearMergedCells(values: CellValue[][], merges: readonly string[]): void {
  for (const m of merges) {
    const [a, b] = m.split(':') as [string, string];
    const top = Math.min(rowOf(a), rowOf(b));
    const bottom = Math.max(rowOf(a), rowOf(b));
    const left = Math.min(columnOf(a), columnOf(b));
    const right = Math.max(columnOf(a), columnOf(b));
    for (let r = top; r <= Math.min(bottom, values.length); r++) {
      const vals = values[r - 1];
      if (!vals) continue;
      for (let c = left; c <= Math.min(right, vals.length); c++) if (r !== top || c !== left) vals[c - 1] = null;
    }
  }
}

/** Trims trailing rows/columns without a value and pads every row to one width (the grid the core reads). */
function rectangular(name: string, values: CellValue[][], formats: (string | null)[][] | null, fonts: (string | null)[][] | null, maxCells: number): SheetGrid {
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
  if (height * width > maxCells) throw limitError('maxCells', name, maxCells);
  const pad = <T,>(rows: (T | null)[][], r: number): (T | null)[] => {
    const row = rows[r] ?? new Array<T | null>(width);
    if (row.length > width) row.length = width;
    for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = null;
    return row;
  };
  const grid: SheetGrid = { name, values: Array.from({ length: height }, (_, r) => pad(values, r)) };
  if (formats) grid.numberFormats = shareRows(Array.from({ length: height }, (_, r) => pad(formats, r)));
  if (fonts) grid.fonts = shareRows(Array.from({ length: height }, (_, r) => pad(fonts, r)));
  return grid;
}

/**
 * Rows of formats (or fonts) that are alike share one array: a clerk's 100,000 rows hold a handful of
 * patterns ("dd/mm/yyyy" in the date columns), and 100,000 copies of them would be megabytes for nothing.
 * The grid is read, never written, by the core.
 */
function shareRows(rows: (string | null)[][]): (string | null)[][] {
  const seen = new Map<string, (string | null)[]>();
  let last: (string | null)[] | null = null;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    // Most rows are formatted as the one above: compared in place, without building their key.
    if (last && sameRow(last, row)) {
      rows[r] = last;
      continue;
    }
    let key = '';
    for (const v of row) key += v === null ? '\u0000' : `${v}\u0001`;
    const hit = seen.get(key);
    if (hit) rows[r] = hit;
    else if (seen.size < 10_000) seen.set(key, row);
    last = rows[r]!;
  }
  return rows;
}

function sameRow(a: readonly (string | null)[], b: readonly (string | null)[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
