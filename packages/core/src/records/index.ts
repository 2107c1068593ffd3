/**
 * Typed records read from a clerk's tables (briefings, issues, catalogue, plan rows).
 * @packageDocumentation
 */
export type { PlanRow } from './readPlan.js';
export { DEADLINE_RULES, DAY_COUNT_WORDS, type DeadlineRule, type IssueKindCode } from '../data/deadlines.js';
export { mergeDeadlineRules, ruleForKind, type DeadlineRow } from './readDeadlines.js';
