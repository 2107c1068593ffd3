export * from './model.js';
export * from './placement.js';
export * from './template.js';
export * from './rowHeights.js';
export * from './render/index.js';
export { buildPlanSheet, buildPlanSheetOf, PLAN_SHEET_HEADERS, PLAN_SHEET_NAME } from './planSheet.js';
export type { PlanSheetOptions } from './planSheet.js';
