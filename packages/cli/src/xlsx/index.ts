/** The CLI's file edge for workbooks: .xlsx files ↔ the core's grids and sheet models, through @giaoban/xlsx. */
export { readWorkbookFile, type ReadWorkbookFileOptions } from './readWorkbookFile.js';
export { writeWorkbookWithSheets, type WritableSheetModel, type WrittenSheet, type WriteWorkbookOptions } from './writeWorkbook.js';
export { openWorkbookForUpdate, type WorkbookForUpdate, type OpenWorkbookForUpdateOptions } from './openWorkbookForUpdate.js';
export { readWorkbookBytes } from './fileCheck.js';
