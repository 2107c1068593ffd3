/**
 * One reader for every spreadsheet a clerk has: bytes and a file name in, the
 * core's grid out, with the format it was and the package the product's sheets
 * are written into. .xlsx/.xlsm go through the package reader (and are written
 * back losslessly); .xls and .ods are read by SheetJS, loaded only for them, and
 * their copy is an .xlsx package SheetJS makes of them.
 */
import type { WorkbookGrid } from '@giaoban/core';
import { XlsxError } from '../errors.js';
import { readXlsx, type ReadXlsxOptions, type XlsxSheetInfo } from '../read/readXlsx.js';
import { sniffSpreadsheet, type SpreadsheetFormat } from './sniff.js';
import { workbookToGrid } from './sheetjsGrid.js';

/**
 * Runs SheetJS with its console remarks ("ODS number format may be incorrect") held back: the clerk's
 * terminal is not the place for them. Synchronous, so nothing else logs meanwhile.
 */
function quietly<T>(run: () => T): T {
  const c = globalThis.console;
  const saved = [c.error, c.warn, c.log];
  c.error = c.warn = c.log = () => {};
  try {
    return run();
  } finally {
    [c.error, c.warn, c.log] = saved as [typeof c.error, typeof c.warn, typeof c.log];
  }
}

/** What {@link readSpreadsheet} returns. */
export interface ReadSpreadsheetResult {
  /** What the bytes were. */
  format: SpreadsheetFormat;
  grid: WorkbookGrid;
  /** Worksheets in tab order, parallel to `grid.sheets`. */
  sheets: XlsxSheetInfo[];
  /**
   * True for .xlsx/.xlsm: a copy keeps every part of the file byte for byte. False for .xls/.ods: the copy is a
   * new .xlsx holding their values, formats and merges (not their charts, comments or macros).
   */
  lossless: boolean;
  /** The .xlsx/.xlsm package the product's sheets are written into (`writeXlsx`): the bytes given, or the conversion. */
  packageBytes: Uint8Array;
  /** A macro workbook (.xlsm): a copy must keep the .xlsm extension. */
  macroEnabled: boolean;
  /** A Strict OOXML package. */
  strict: boolean;
}

/**
 * Reads a spreadsheet of any format a clerk has.
 *
 * @param bytes - the file's bytes
 * @param fileName - its name (messages; .xlsm versus .xlsx)
 * @param options - the package reader's options (limits, progress, fonts)
 * @returns the grid, the format, and the package to write into
 * @throws XlsxError `empty`, `encrypted`, `not-spreadsheet`, `unreadable` (a damaged .xls/.ods), or any refusal of `readXlsx`
 * @example
 * ```ts
 * const book = await readSpreadsheet(bytes, 'so-theo-doi.ods');
 * book.format;   // 'ods'
 * book.lossless; // false: the copy will be an .xlsx
 * ```
 */
export async function readSpreadsheet(bytes: Uint8Array, fileName: string, options: ReadXlsxOptions = {}): Promise<ReadSpreadsheetResult> {
  const format = sniffSpreadsheet(bytes, fileName);
  if (format === 'xlsx' || format === 'xlsm') {
    const r = await readXlsx(bytes, options);
    return { format: r.macroEnabled ? 'xlsm' : 'xlsx', grid: r.grid, sheets: r.sheets, lossless: true, packageBytes: bytes, macroEnabled: r.macroEnabled, strict: r.strict };
  }
  options.onProgress?.({ step: 'converting', format });
  const XLSX = await import('@e965/xlsx');
  let grid: WorkbookGrid;
  let packageBytes: Uint8Array;
  try {
    ({ grid, packageBytes } = quietly(() => {
      const wb = XLSX.read(bytes, { type: 'array', cellNF: true, cellDates: false, cellFormula: false, cellHTML: false, cellStyles: false, dense: false });
      const g = workbookToGrid(wb, XLSX.utils);
      if (g.sheets.length === 0) return { grid: g, packageBytes: new Uint8Array(0) };
      return { grid: g, packageBytes: new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer) };
    }));
  } catch (err) {
    // SheetJS throws plain errors (and, on a damaged file, TypeErrors): all of them mean "cannot read this file".
    const detail = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 120);
    throw new XlsxError('unreadable', `tệp "${fileName}" bị hỏng hoặc không phải sổ tính hợp lệ (${detail}).`, `file "${fileName}" is damaged or not a valid spreadsheet (${detail}).`);
  }
  if (grid.sheets.length === 0) throw new XlsxError('unreadable', `tệp "${fileName}" không có trang tính nào.`, `file "${fileName}" has no worksheet.`);
  const sheets: XlsxSheetInfo[] = grid.sheets.map((s) => ({ name: s.name, state: 'visible', tables: [] }));
  return { format, grid, sheets, lossless: false, packageBytes, macroEnabled: false, strict: false };
}
