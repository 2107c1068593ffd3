export type { CellValue, SheetGrid, WorkbookGrid } from './grid.js';
