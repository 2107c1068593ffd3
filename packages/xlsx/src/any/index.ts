/**
 * `@giaoban/xlsx/any` — every spreadsheet a clerk has (.xlsx, .xlsm, .xls, .ods) as the core's grid, with the
 * package the product's sheets are written into. SheetJS is loaded only for .xls and .ods, so an .xlsx user of
 * `@giaoban/xlsx` does not carry it.
 */
export { readSpreadsheet, type ReadSpreadsheetResult } from './readSpreadsheet.js';
export { sniffSpreadsheet, type SpreadsheetFormat } from './sniff.js';
export { isSpreadsheetFileName } from './fileNames.js';
