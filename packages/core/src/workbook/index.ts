/**
 * Workbook cells: grids, A1 addresses and finding the tables on a sheet.
 * @packageDocumentation
 */
export type { CellValue, SheetGrid, WorkbookGrid } from './grid.js';
export { columnLetter, columnNumber, toA1, parseA1, tryParseA1, parseA1Range, tryParseA1Range, boxA1, sheetRef, MAX_SHEET_ROWS, MAX_SHEET_COLS, type A1Range } from './a1.js';
export { findTables, kindOfFields, type FoundTable, type TableKind } from './findTables.js';
