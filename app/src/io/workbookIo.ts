/**
 * The app's one door to spreadsheet files: bytes in, the core's grid out;
 * the package plus sheet models in, output bytes out.
 *
 * .xlsx/.xlsm are read and written by the package layer `@giaoban/xlsx` (the
 * CLI's own): the clerk's parts are carried byte for byte, its limits and
 * messages are the CLI's. .xls and .ods are read by SheetJS and saved as an
 * .xlsx package first (the clerk is told the result is an .xlsx).
 */
import { write } from '@e965/xlsx';
import { buildRenderPlan, findMarker, type ExistingSheetInfo, type SheetModel, type WorkbookGrid } from '@giaoban/core';
import { XlsxError, readXlsx, writeXlsx } from '@giaoban/xlsx';
import { AppError } from '../errors.js';
import { parseWithSheetJs, workbookToGrid } from './sheetjsGrid.js';

/** What happened to one output sheet. */
export interface WrittenSheet {
  sheet: string;
  action: 'replace' | 'create';
}

/** The formats the app opens. */
export type WorkbookFormat = 'xlsx' | 'xlsm' | 'xls' | 'ods';

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

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

function includesUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function asciiIncludes(bytes: Uint8Array, text: string, within = 4096): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, within));
  return head.includes(text);
}

/** Recognises the format from the bytes (never from the name alone). Throws AppError for what cannot be opened. */
function sniff(bytes: Uint8Array, fileName: string): WorkbookFormat {
  const name = fileName;
  if (bytes.length === 0) throw new AppError(`tệp "${name}" rỗng (0 byte), không phải sổ Excel.`, `file "${name}" is empty (0 bytes), not a workbook.`);
  if (startsWith(bytes, ZIP)) {
    if (asciiIncludes(bytes, 'application/vnd.oasis.opendocument.spreadsheet', 200)) return 'ods';
    return /\.xlsm$/i.test(name) ? 'xlsm' : 'xlsx';
  }
  if (startsWith(bytes, CFB)) {
    if (includesUtf16(bytes.subarray(0, Math.min(bytes.length, 1 << 20)), 'EncryptedPackage')) {
      throw new AppError(
        `tệp "${name}" được bảo vệ bằng mật khẩu; hãy mở bằng Excel, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi lưu lại.`,
        `file "${name}" is password-protected; open it in Excel, remove the password (File → Info → Protect Workbook) and save it again.`,
      );
    }
    return 'xls';
  }
  throw new AppError(
    `tệp "${name}" không phải sổ tính (.xlsx, .xlsm, .xls, .ods).`,
    `file "${name}" is not a spreadsheet (.xlsx, .xlsm, .xls, .ods).`,
  );
}

/** The package layer's refusal as the CLI words it (`tệp "x": …`), in both languages. */
function fromXlsxError(err: unknown, fileName: string): unknown {
  if (err instanceof XlsxError) return new AppError(`tệp "${fileName}": ${err.message}`, `file "${fileName}": ${err.messageEn}`);
  return err;
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
export async function readWorkbookBytes(bytes: Uint8Array, fileName: string, onProgress: (message: string) => void = () => {}): Promise<OpenedWorkbook> {
  const format = sniff(bytes, fileName);
  if (format === 'xlsx' || format === 'xlsm') {
    try {
      const result = await readXlsx(bytes, { onProgress });
      const existing = result.sheets.map((s, i) => ({ name: s.name, marker: markerOf(result.grid.sheets[i]?.values ?? []), hidden: s.state !== 'visible', tables: s.tables }));
      return { fileName, format, grid: result.grid, packageBytes: bytes, converted: false, existing };
    } catch (err) {
      throw fromXlsxError(err, fileName);
    }
  }
  let wb;
  try {
    wb = parseWithSheetJs(bytes);
  } catch (err) {
    const detail = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 120);
    throw new AppError(`tệp "${fileName}" bị hỏng hoặc không phải sổ tính hợp lệ (${detail}).`, `file "${fileName}" is damaged or not a valid spreadsheet (${detail}).`);
  }
  const grid = workbookToGrid(wb);
  if (grid.sheets.length === 0) throw new AppError(`tệp "${fileName}" không có trang tính nào.`, `file "${fileName}" has no worksheet.`);
  onProgress('.xlsx');
  const packageBytes = new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
  const existing = grid.sheets.map((s) => ({ name: s.name, marker: markerOf(s.values), hidden: false, tables: [] as string[] }));
  return { fileName, format, grid, packageBytes, converted: true, existing };
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
export async function writeWithSheets(book: OpenedWorkbook, models: readonly SheetModel[]): Promise<{ bytes: Uint8Array; written: WrittenSheet[]; notes: string[] }> {
  const plan = buildRenderPlan(book.existing, models);
  const notes: string[] = [];
  for (const s of plan.sheets) for (const n of s.notes) notes.push(`Trang "${s.name}": ${n}`);
  try {
    const bytes = await writeXlsx(book.packageBytes, plan, { onNote: (n) => notes.push(n.vi) });
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
