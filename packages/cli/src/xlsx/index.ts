/** The exceljs adapter: .xlsx files ↔ the core's cell grids and sheet models. */
export { readWorkbookFile, worksheetToGrid, type ReadWorkbookFileOptions } from './readWorkbookFile.js';
export { writeWorkbookWithSheets, type WritableSheetModel, type WrittenSheet, type WriteWorkbookOptions } from './writeWorkbook.js';
export { openWorkbookForUpdate, type WorkbookForUpdate, type OpenWorkbookForUpdateOptions } from './openWorkbookForUpdate.js';
export { readWorkbookBytes, sniffWorkbookBytes, type FileSniff } from './fileCheck.js';
export { dateToSerial, serialToDate, toCellValue } from './cellValue.js';
