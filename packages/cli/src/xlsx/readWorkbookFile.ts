/**
 * .xlsx file → the core's `WorkbookGrid` (values, number formats, fonts, merges, date system),
 * through the package layer (@giaoban/xlsx). No domain decision here.
 */
import { formatFileSize, type WorkbookGrid } from '@giaoban/core';
import { XlsxError, readXlsx, type ReadXlsxResult, type XlsxLimits } from '@giaoban/xlsx';
import { basename } from 'node:path';
import { FileError } from '../io.js';
import { readerLimits } from '../readerLimits.js';
import { readWorkbookBytes } from './fileCheck.js';

/** Options of {@link readWorkbookFile}. */
export interface ReadWorkbookFileOptions {
  /** Called with a short Vietnamese progress line (opening, each sheet read). */
  onProgress?: (message: string) => void;
  /** Raise the limits against hostile files (`--max-cells`, `--max-size`). */
  limits?: Partial<XlsxLimits>;
}

/**
 * Opens an .xlsx (or .xlsm) file and returns its sheets as plain grids: dates as Excel serials
 * (in the workbook's own date system, see `date1904`), rich text flattened, formulas as their
 * cached results, errors as `"#N/A"` etc., plus number formats, font names and merged areas.
 *
 * @throws FileError one Vietnamese line when the file is missing, not an .xlsx (a .xls or a text file),
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

/** Reads the file's bytes and its grids (the bytes are kept for writing a copy). */
export async function readWorkbookPackage(path: string, options: ReadWorkbookFileOptions = {}): Promise<{ bytes: Uint8Array; result: ReadXlsxResult }> {
  const progress = options.onProgress ?? (() => {});
  const bytes = await readWorkbookBytes(path);
  progress(`Đang mở tệp (${formatFileSize(bytes.length)})…`);
  try {
    const result = await readXlsx(bytes, { onProgress: progress, limits: { ...readerLimits(), ...options.limits } });
    return { bytes, result };
  } catch (err) {
    throw asFileError(path, err);
  }
}

/** An error of the package layer as the CLI's one-line file error, naming the file. */
export function asFileError(path: string, err: unknown): Error {
  if (err instanceof XlsxError) return new FileError({ vi: `tệp "${basename(path)}": ${err.vi}`, en: `file "${basename(path)}": ${err.en}` }, { cause: err, code: `xlsx.${err.code}` });
  return err instanceof Error ? err : new Error(String(err));
}
