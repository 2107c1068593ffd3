export * from './model.js';
export * from './placement.js';
export * from './template.js';
export * from './rowHeights.js';
export * from './render/index.js';
export * from './summarySheet.js';
export * from './findingsSheet.js';
export * from './rollupSheet.js';
export { buildPlanSheet, buildPlanSheetOf, PLAN_SHEET_HEADERS, PLAN_SHEET_NAME, type PlanSheetOptions } from './planSheet.js';
