/**
 * Workbook reading: A1 addresses, table finding and the reading pipeline.
 * @packageDocumentation
 */
export type { CellValue, SheetGrid, WorkbookGrid } from './grid.js';
export { columnLetter, columnNumber, toA1, parseA1, tryParseA1, parseA1Range, tryParseA1Range, boxA1, sheetRef, MAX_SHEET_ROWS, MAX_SHEET_COLS, type A1Range } from './a1.js';
export { findTables, kindOfFields, type FoundTable, type TableKind } from './findTables.js';
export { readWorkbook, type ReadOptions, type ReadResult } from './readWorkbook.js';
export { HEADER_SYNONYMS, FIELD_NAMES, type FieldName } from '../data/headers.js';
export { parseHolidayJson, holidaysFromWorkbook, mergeHolidaySources, HolidayFileError } from './holidaySources.js';
