/**
 * The product's output sheets of a session — Lịch giao ban, Tổng hợp, Kết quả
 * kiểm tra — as sheet models, with the unit named one way. The .xlsx writer
 * and the Office.js writer both turn these into cells through the render plan.
 */
import type { UnitNames } from '../report/unitName.js';
import { buildFindingsSheet } from '../sheets/findingsSheet.js';
import type { SheetModel } from '../sheets/model.js';
import { buildPlanSheetOf } from '../sheets/planSheet.js';
import { buildSummarySheet } from '../sheets/summarySheet.js';
import type { FindingsView } from './findingsView.js';
import type { PlanView } from './planView.js';
import type { SummaryView } from './summaryView.js';

/** The views to write, each optional; sheets come in this order: plan, summary, findings. */
export interface OutputViews {
  plan?: PlanView | null;
  summary?: SummaryView | null;
  findings?: FindingsView | null;
  /**
   * The words of the summary sheet: Vietnamese (the default, what the workbook is given) or English,
   * for a page that shows the sheet to an English reader.
   */
  lang?: 'vi' | 'en';
}

/**
 * The sheet models of the views given.
 *
 * @param views the views to write
 * @param units the unit and its parent
 * @returns the models, in sheet order
 * @example
 * ```ts
 * outputSheetsOf({ plan: session.plan(), findings: session.findings() }, session.units).map((m) => m.name); // ["Lịch giao ban", "Kết quả kiểm tra"]
 * ```
 */
export function outputSheetsOf(views: OutputViews, units: UnitNames): SheetModel[] {
  const models: SheetModel[] = [];
  if (views.plan) models.push(buildPlanSheetOf(views.plan.plan, { parentUnit: units.parent, unit: units.unit, tier: views.plan.tier }));
  if (views.summary) models.push(buildSummarySheet(views.summary.statistics, { unit: views.summary.unit, narrative: views.summary.narrative, lang: views.lang }));
  if (views.findings) models.push(buildFindingsSheet(views.findings.findings, { unit: units.unit, excludedRows: views.findings.excludedRows, source: views.findings.file }));
  return models;
}
