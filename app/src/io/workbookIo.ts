/**
 * The app's one door to spreadsheet files: bytes in, the core's grid out;
 * the grid's package plus sheet models in, output bytes out. Everything
 * else in the app sees only these two functions, so moving to the package
 * layer `@giaoban/xlsx` (issue 9) changes this file alone.
 *
 * Today: SheetJS reads every format (.xlsx, .xlsm, .xls, .ods); the
 * package writer in `packageWriter.ts` adds our sheets to an .xlsx/.xlsm
 * package, carrying the clerk's parts as they are. A .xls or .ods is first
 * saved as .xlsx by SheetJS (the clerk is told the result is an .xlsx).
 */
import { write } from '@e965/xlsx';
import { findMarker, type ExistingSheet, type SheetModel, type WorkbookGrid } from '@giaoban/core';
import { AppError } from '../errors.js';
import { writeSheetsIntoPackage, type WrittenSheet } from './packageWriter.js';
import { parseWithSheetJs, workbookToGrid } from './sheetjsGrid.js';

/** What the reader accepts; past these a file is refused with a message naming the limit. */
export const READ_LIMITS = {
  /** Bytes of the file itself. */
  fileBytes: 150 * 1024 * 1024,
  /** Non-empty cells over all sheets. */
  cells: 20_000_000,
} as const;

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
  if (bytes.length === 0) throw new AppError(`Tệp "${name}" rỗng (0 byte), không phải sổ Excel.`, `The file "${name}" is empty (0 bytes), not a workbook.`);
  if (bytes.length > READ_LIMITS.fileBytes) {
    const mb = (n: number) => (n / 1_048_576).toFixed(0);
    throw new AppError(
      `Tệp "${name}" quá lớn: ${mb(bytes.length)} MB, vượt giới hạn ${mb(READ_LIMITS.fileBytes)} MB của trình đọc.`,
      `The file "${name}" is too large: ${mb(bytes.length)} MB, over the reader's limit of ${mb(READ_LIMITS.fileBytes)} MB.`,
    );
  }
  if (startsWith(bytes, ZIP)) {
    if (asciiIncludes(bytes, 'application/vnd.oasis.opendocument.spreadsheet', 200)) return 'ods';
    return /\.xlsm$/i.test(name) ? 'xlsm' : 'xlsx';
  }
  if (startsWith(bytes, CFB)) {
    if (includesUtf16(bytes.subarray(0, Math.min(bytes.length, 1 << 20)), 'EncryptedPackage')) {
      throw new AppError(
        `Tệp "${name}" được bảo vệ bằng mật khẩu; hãy mở bằng Excel, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi lưu lại.`,
        `The file "${name}" is password-protected; open it in Excel, remove the password (File → Info → Protect Workbook) and save it again.`,
      );
    }
    return 'xls';
  }
  throw new AppError(
    `Tệp "${name}" không phải sổ tính (.xlsx, .xlsm, .xls, .ods).`,
    `The file "${name}" is not a spreadsheet (.xlsx, .xlsm, .xls, .ods).`,
  );
}

function countCells(grid: WorkbookGrid): number {
  let n = 0;
  for (const s of grid.sheets) for (const row of s.values) for (const v of row) if (v !== null) n++;
  return n;
}

/**
 * Opens a workbook's bytes: the grid for the core, and the package to write into.
 * Throws {@link AppError} with a Vietnamese and an English reason when the file cannot be used.
 *
 * @example
 * ```ts
 * const book = readWorkbookBytes(new Uint8Array(await file.arrayBuffer()), file.name);
 * readWorkbook(book.grid).summary; // { errors: 10, warnings: 13 }
 * ```
 */
export function readWorkbookBytes(bytes: Uint8Array, fileName: string, onProgress: (fraction: number) => void = () => {}): OpenedWorkbook {
  const format = sniff(bytes, fileName);
  let wb;
  try {
    wb = parseWithSheetJs(bytes);
  } catch (err) {
    const detail = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 120);
    throw new AppError(`Tệp "${fileName}" bị hỏng hoặc không phải sổ tính hợp lệ (${detail}).`, `The file "${fileName}" is damaged or not a valid spreadsheet (${detail}).`);
  }
  onProgress(0.6);
  const grid = workbookToGrid(wb);
  if (grid.sheets.length === 0) throw new AppError(`Tệp "${fileName}" không có trang tính nào.`, `The file "${fileName}" has no worksheet.`);
  const cells = countCells(grid);
  if (cells > READ_LIMITS.cells) {
    throw new AppError(
      `Tệp "${fileName}" có ${cells.toLocaleString('vi-VN')} ô dữ liệu, vượt giới hạn ${READ_LIMITS.cells.toLocaleString('vi-VN')} ô của trình đọc.`,
      `The file "${fileName}" has ${cells.toLocaleString('en')} cells, over the reader's limit of ${READ_LIMITS.cells.toLocaleString('en')}.`,
    );
  }
  const converted = format === 'xls' || format === 'ods';
  const packageBytes = converted ? new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer) : bytes;
  return { fileName, format, grid, packageBytes, converted };
}

/**
 * Writes the product's sheets into a copy of the opened workbook's package.
 * Placement (replace only our own marked sheets) is the core's `placeOutputSheet`.
 *
 * @example
 * ```ts
 * const { bytes, written } = writeWithSheets(book, [planModel, summaryModel, findingsModel]);
 * ```
 */
export function writeWithSheets(book: OpenedWorkbook, models: readonly SheetModel[]): { bytes: Uint8Array; written: WrittenSheet[]; notes: string[] } {
  const existing: ExistingSheet[] = book.grid.sheets.map((s) => ({ name: s.name, marker: findMarker(s.values) }));
  return writeSheetsIntoPackage(book.packageBytes, existing, models);
}

/** `<original name> - giao ban.xlsx` (an .xlsm keeps its extension: Excel refuses a macro workbook named .xlsx). */
export function outputFileName(fileName: string, format: WorkbookFormat): string {
  const base = fileName.replace(/\.(xlsx|xlsm|xls|ods)$/i, '');
  return `${base} - giao ban.${format === 'xlsm' ? 'xlsm' : 'xlsx'}`;
}
