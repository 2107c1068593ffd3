/**
 * The "Lịch giao ban" sheet model of a rotation plan: the core's rotation
 * module builds it (buildPlanSheet); this only passes the plan's parts.
 */
import { buildPlanSheet, type PlannedBriefing, type RotationProblem, type SheetModel } from '@giaoban/core';

/** The plan sheet model of a rotation plan. */
export function buildPlanSheetModel(plan: { briefings: PlannedBriefing[]; problems: RotationProblem[] }, unit?: { parentUnit?: string | null; unit?: string | null }): SheetModel {
  return buildPlanSheet(plan.briefings, { problems: plan.problems, ...unit });
}
