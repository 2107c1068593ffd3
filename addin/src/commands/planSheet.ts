/**
 * The "Lịch giao ban" sheet model of a rotation plan: the core's rotation
 * module builds it (buildPlanSheet); this only passes the plan's parts.
 */
import { buildPlanSheetOf, type RotationPlan, type SheetModel } from '@giaoban/core';

/** The plan sheet model of a rotation plan (with its fairness table and recorded swaps, as the CLI writes it). */
export function buildPlanSheetModel(plan: RotationPlan, unit?: { parentUnit?: string | null; unit?: string | null }): SheetModel {
  return buildPlanSheetOf(plan, unit);
}
