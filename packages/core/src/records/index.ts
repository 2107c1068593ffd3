/**
 * Typed records read from a clerk's tables (briefings, issues, catalogue, plan rows).
 * @packageDocumentation
 */
export type { PlanRow } from './readPlan.js';
