/**
 * The app's one door to spreadsheet files: bytes in, the core's grid out;
 * the package plus sheet models in, output bytes out.
 *
 * Every format is read by the CLI's own reader (`@giaoban/xlsx/any`): .xlsx/.xlsm
 * through the package layer (the clerk's parts carried byte for byte, the CLI's
 * limits and messages); .xls and .ods by SheetJS, saved as an .xlsx package
 * first (the clerk is told the result is an .xlsx).
 */
import { buildRenderPlan, findMarker, renderPlanNotes, type BiText, type ReadingProgress, type ExistingSheetInfo, type SheetModel, type WorkbookGrid } from '@giaoban/core';
import { XlsxError, writeXlsx } from '@giaoban/xlsx';
import { readSpreadsheet, type SpreadsheetFormat } from '@giaoban/xlsx/any';
import { AppError } from '../errors.js';

/** What happened to one output sheet. */
export interface WrittenSheet {
  sheet: string;
  action: 'replace' | 'create';
}

/** The formats the app opens (the shared reader's). */
export type WorkbookFormat = SpreadsheetFormat;

/** A workbook opened in the worker: the grid for the core, and the package our sheets are written into. */
export interface OpenedWorkbook {
  fileName: string;
  format: WorkbookFormat;
  grid: WorkbookGrid;
  /** An .xlsx/.xlsm package: the clerk's bytes, or SheetJS's .xlsx copy of a .xls/.ods. */
  packageBytes: Uint8Array;
  /** True when `packageBytes` is a conversion (the clerk's .xls/.ods is saved as .xlsx). */
  converted: boolean;
  /** The package's sheets as the render plan needs them (names, markers, visibility, table names). */
  existing: ExistingSheetInfo[];
}

/** The package layer's refusal as the CLI words it (`tệp "x": …`), in both languages; the format refusals name the file already. */
function fromXlsxError(err: unknown, fileName: string): unknown {
  if (!(err instanceof XlsxError)) return err;
  if (['empty', 'encrypted', 'not-spreadsheet', 'unreadable'].includes(err.code)) return new AppError({ vi: err.message, en: err.messageEn });
  return new AppError({ vi: `tệp "${fileName}": ${err.message}`, en: `file "${fileName}": ${err.messageEn}` });
}

/** Marker of a sheet: only short texts carrying the prefix are looked at (a clerk's big sheet is not scanned whole). */
function markerOf(values: WorkbookGrid['sheets'][number]['values']): string | null {
  const candidates: string[] = [];
  for (const row of values) for (const v of row ?? []) if (typeof v === 'string' && v.length < 64 && v.includes('giaoban:')) candidates.push(v);
  return candidates.length ? findMarker([candidates]) : null;
}

/**
 * Opens a workbook's bytes: the grid for the core, and the package to write into.
 * Throws {@link AppError} (Vietnamese and English) when the file cannot be used, with the
 * package layer's own message for a file over its limits, as the CLI says it.
 *
 * @example
 * ```ts
 * const book = await readWorkbookBytes(new Uint8Array(await file.arrayBuffer()), file.name);
 * readWorkbook(book.grid).summary; // { errors: 10, warnings: 13 }
 * ```
 */
export async function readWorkbookBytes(bytes: Uint8Array, fileName: string, onProgress: (progress: ReadingProgress) => void = () => {}): Promise<OpenedWorkbook> {
  try {
    const book = await readSpreadsheet(bytes, fileName, { onProgress });
    const existing = book.sheets.map((s, i) => ({ name: s.name, marker: markerOf(book.grid.sheets[i]?.values ?? []), hidden: s.state !== 'visible', tables: s.tables }));
    return { fileName, format: book.format, grid: book.grid, packageBytes: book.packageBytes, converted: !book.lossless, existing };
  } catch (err) {
    throw fromXlsxError(err, fileName);
  }
}

/**
 * Writes the product's sheets into a copy of the opened workbook's package through the core's
 * render plan and the package writer (the same two steps as the CLI's writer).
 *
 * @example
 * ```ts
 * const { bytes, written } = await writeWithSheets(book, [planModel, summaryModel, findingsModel]);
 * ```
 */
export async function writeWithSheets(book: OpenedWorkbook, models: readonly SheetModel[]): Promise<{ bytes: Uint8Array; written: WrittenSheet[]; notes: BiText[] }> {
  const plan = buildRenderPlan(book.existing, models);
  const notes: BiText[] = renderPlanNotes(plan);
  try {
    // The writer's notes come in both languages: the page shows the one it speaks.
    const bytes = await writeXlsx(book.packageBytes, plan, { onNote: (n) => notes.push(n) });
    return { bytes, written: plan.sheets.map((s) => ({ sheet: s.name, action: s.action })), notes };
  } catch (err) {
    throw fromXlsxError(err, book.fileName);
  }
}

/** `<original name> - giao ban.xlsx` (an .xlsm keeps its extension: Excel refuses a macro workbook named .xlsx). */
export function outputFileName(fileName: string, format: WorkbookFormat): string {
  const base = fileName.replace(/\.(xlsx|xlsm|xls|ods)$/i, '');
  return `${base} - giao ban.${format === 'xlsm' ? 'xlsm' : 'xlsx'}`;
}
