/**
 * The "Lịch giao ban" sheet model comes from the core's rotation module
 * (planSheet.ts, owned there). Looked up by name so the add-in builds while
 * that module is still landing; the command says so plainly if it is missing.
 */
import * as core from '@giaoban/core';
import type { SheetModel, YearMonth } from '@giaoban/core';

type PlanResult = ReturnType<typeof core.planRotation>;
type Builder = (plan: PlanResult, options?: Record<string, unknown>) => SheetModel;

const CANDIDATES = ['buildPlanSheet', 'planSheetModel', 'buildPlanSheetModel', 'planSheet'];

/** The plan sheet model of a rotation plan. */
export function buildPlanSheetModel(plan: PlanResult, from: YearMonth, months: number): SheetModel {
  const lib = core as unknown as Record<string, unknown>;
  const name = CANDIDATES.find((n) => typeof lib[n] === 'function');
  if (!name) throw new Error('Chưa có mẫu trang Lịch giao ban trong thư viện lõi (rotation/planSheet).');
  return (lib[name] as Builder)(plan, { from, months });
}
