/**
 * Cell grids: what adapters (exceljs, Office.js) hand to the core and take back.
 * The core never sees a file or an Excel object, only these plain arrays.
 */

/**
 * One cell value as Excel reports it: text, number (dates arrive as serial
 * numbers), boolean, empty (`null`), or an error text such as `"#N/A"`.
 */
export type CellValue = string | number | boolean | null;

/** One worksheet as a rectangular block of values. */
export interface SheetGrid {
  /** Worksheet name as shown on the tab. */
  name: string;
  /** Row-major values; `values[0][0]` is the cell at `origin` (A1 by default). */
  values: CellValue[][];
  /** 1-based row and column of `values[0][0]`; default `{ row: 1, col: 1 }`. */
  origin?: { row: number; col: number };
  /** Number formats parallel to `values` (e.g. `"dd/mm/yyyy"`), where known. */
  numberFormats?: (string | null)[][];
  /** Font names parallel to `values` (e.g. `".VnTime"`), where known; used to detect TCVN3/VNI text. */
  fonts?: (string | null)[][];
  /** Merged areas in A1 notation, e.g. `"A1:F1"`. */
  merges?: string[];
}

/** A whole workbook as grids. */
export interface WorkbookGrid {
  sheets: SheetGrid[];
  /** True when the workbook uses the 1904 date system (serial 0 = 1904-01-01). */
  date1904?: boolean;
}
