/**
 * Cell grids: what adapters (exceljs, Office.js) hand to the core and take back.
 * The types live in model.ts (the bottom layer, so text/ can read a cell
 * value without importing workbook/); re-exported here for old import paths.
 */
export type { CellValue, SheetGrid, WorkbookGrid } from '../model.js';
