/**
 * A spreadsheet file (.xlsx, .xlsm, .xls, .ods) → the core's `WorkbookGrid` (values, number formats,
 * fonts, merges, date system), through the shared reader (@giaoban/xlsx/any), the offline app's too.
 * No domain decision here.
 */
import type { ReadingProgress, WorkbookGrid } from '@giaoban/core';
import { XlsxError, type XlsxLimits } from '@giaoban/xlsx';
import { readSpreadsheet, type ReadSpreadsheetResult } from '@giaoban/xlsx/any';
import { basename } from 'node:path';
import { FileError } from '../io.js';
import { readerLimits } from '../readerLimits.js';
import { readWorkbookBytes } from './fileCheck.js';
import { say } from '../texts.js';
import { zlibInflater } from './zlibInflater.js';

/** Options of {@link readWorkbookFile}. */
export interface ReadWorkbookFileOptions {
  /** Called at each step of the reading (opening, each sheet read). */
  onProgress?: (progress: ReadingProgress) => void;
  /** Raise the limits against hostile files (`--max-cells`, `--max-size`). */
  limits?: Partial<XlsxLimits>;
  /** How messages name the file (as the command prints paths); default the path. */
  shown?: string;
}

/**
 * Opens a spreadsheet (.xlsx, .xlsm, .xls or .ods) and returns its sheets as plain grids: dates as Excel serials
 * (in the workbook's own date system, see `date1904`), rich text flattened, formulas as their
 * cached results, errors as `"#N/A"` etc., plus number formats, font names and merged areas.
 *
 * @throws FileError one Vietnamese line when the file is missing, not a spreadsheet (a text file),
 *   password-protected, corrupt, or over a limit against hostile files
 * @example
 * ```ts
 * const wb = await readWorkbookFile('examples/so-theo-doi-giao-ban.xlsx');
 * wb.sheets.map((s) => s.name); // ["Hướng dẫn", "Địa bàn", …]
 * ```
 */
export async function readWorkbookFile(path: string, options: ReadWorkbookFileOptions = {}): Promise<WorkbookGrid> {
  return (await readWorkbookPackage(path, options)).result.grid;
}

/**
 * Reads the file and its grids. `bytes` is the package a copy is written into: the file's own bytes for
 * .xlsx/.xlsm, an .xlsx conversion for .xls/.ods (`result.lossless` false).
 */
export async function readWorkbookPackage(path: string, options: ReadWorkbookFileOptions = {}): Promise<{ bytes: Uint8Array; result: ReadSpreadsheetResult }> {
  const progress = options.onProgress ?? (() => {});
  const file = await readWorkbookBytes(path, options.shown);
  progress({ step: 'opening', bytes: file.length });
  try {
    const result = await readSpreadsheet(file, basename(path), { onProgress: progress, limits: { ...readerLimits(), ...options.limits }, inflater: zlibInflater });
    return { bytes: result.packageBytes, result };
  } catch (err) {
    throw asFileError(path, err);
  }
}

/** Refusals that name the file themselves (what the bytes are), not a part inside it. */
const NAMES_THE_FILE = new Set(['empty', 'encrypted', 'not-spreadsheet', 'unreadable']);

/** An error of the package layer as the CLI's one-line file error, naming the file. */
export function asFileError(path: string, err: unknown): Error {
  if (err instanceof XlsxError && NAMES_THE_FILE.has(err.code)) return new FileError({ vi: err.vi, en: err.en }, { cause: err, code: `xlsx.${err.code}` });
  if (err instanceof XlsxError) {
    const file = basename(path);
    return new FileError({ vi: say('file.inside', 'vi', { file, message: err.vi }), en: say('file.inside', 'en', { file, message: err.en }) }, { cause: err, code: `xlsx.${err.code}` });
  }
  return err instanceof Error ? err : new Error(String(err));
}
