/**
 * Typed records read from a clerk's tables (briefings, issues, catalogue, plan rows).
 * @packageDocumentation
 */
export type { PlanRow } from './readPlan.js';
export type { ReadOptions, ReadResult } from './readResult.js';
export { settingKeyOf, type SettingEntry } from './readSettings.js';
export { mergeDeadlineRules, ruleForKind, type DeadlineRow } from './readDeadlines.js';
