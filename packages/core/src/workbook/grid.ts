/**
 * Cell grids: what adapters (@giaoban/xlsx, Office.js, SheetJS) hand to the core and take back.
 * The types live in model.ts (the bottom layer, so text/ can read a cell
 * value without importing workbook/); re-exported here beside the other workbook types.
 */
export type { CellValue, SheetGrid, WorkbookGrid } from '../model.js';
