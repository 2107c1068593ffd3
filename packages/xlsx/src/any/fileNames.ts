/**
 * Which files of a folder are spreadsheets to read: by name, as a folder is
 * listed (the bytes are sniffed only when a file is read).
 */

/** The extensions {@link readSpreadsheet} reads, lower case. */
const SPREADSHEET_EXTENSION = /\.(xlsx|xlsm|xls|ods)$/iu;

/** The lock files Excel (`~$…`) and LibreOffice (`.~lock…`) leave beside an open workbook, and other hidden files. */
const LOCK_OR_HIDDEN = /^(~\$|\.~lock|\.)/u;

/**
 * Whether a file in a folder is a spreadsheet to read: an .xlsx, .xlsm, .xls or
 * .ods name, not a lock file an open workbook leaves beside it, not hidden.
 *
 * @param name - the file's name (without its folder).
 * @returns true for a workbook to read.
 * @example
 * ```ts
 * isSpreadsheetFileName('Nà Hỳ.XLSX');        // true
 * isSpreadsheetFileName('~$Nà Hỳ.xlsx');      // false: Excel's lock file
 * isSpreadsheetFileName('ghi-chu.docx');      // false
 * ```
 */
export function isSpreadsheetFileName(name: string): boolean {
  return SPREADSHEET_EXTENSION.test(name) && !LOCK_OR_HIDDEN.test(name);
}
