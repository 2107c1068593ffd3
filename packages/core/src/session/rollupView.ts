/**
 * The province's roll-up through the session: the one door the CLI's
 * `giaoban rollup` and the offline app both use. Each unit's workbook is
 * opened as a session — the same as-of date, holiday merge, deadlines and
 * unit name as its own summary — and reduced to its unit's figures; the
 * reductions are combined into the roll-up view, whose sheets and report the
 * front ends write as they come.
 */
import type { StatisticsPeriod } from '../stats/statistics.js';
import type { Narrative } from '../report/narrative.js';
import { readWorkbook } from '../read/readWorkbook.js';
import type { AdminCatalogue } from '../admin/catalogue.js';
import { unitLookupFromCatalogue } from '../rollup/catalogueLookup.js';
import { combineRollup, type Rollup, type RollupOptions, type RollupSource } from '../rollup/combine.js';
import { rollupNarrative } from '../rollup/narrative.js';
import { reduceUnitWorkbook, type UnitReduction } from '../rollup/reduce.js';
import type { SheetModel } from '../sheets/model.js';
import { buildRollupFindingsSheet, buildRollupSheet } from '../sheets/rollupSheet.js';
import type { DocumentModel } from '../documents/model.js';
import { buildRollupReport, rollupDocumentSettings } from '../documents/rollupReport.js';
import type { DocumentSettingsOverrides } from '../documents/settings.js';
import type { WorkbookGrid } from '../workbook/grid.js';
import { SessionError } from './errors.js';
import { openSession, type Session } from './openSession.js';
import type { SessionOptions } from './options.js';
import { unitNamesOf } from './units.js';

/** Which period a unit's workbook is counted for. */
export interface RollupUnitRequest {
  /** The roll-up's period; absent: the workbook's own latest complete reporting month (see `chooseRollupPeriod`). */
  period?: StatisticsPeriod | null;
}

/**
 * One unit's workbook reduced for the roll-up, counted as its session's summary counts it:
 * the session's as-of date (the clerk's, else today) and, a year earlier, the same day a year
 * before; its holidays and deadlines; its unit name.
 *
 * @param session the unit's workbook, opened
 * @param request the period
 * @returns the reduction (small, plain JSON)
 * @example
 * ```ts
 * const session = openSession(grid, { fileName: 'na-hy.xlsx', today });
 * rollupUnitOf(session, { period: parsePeriodSpec('month:2025-12') }).now.items; // the session's summary's issues.total
 * ```
 */
export function rollupUnitOf(session: Session, request: RollupUnitRequest = {}): UnitReduction {
  const o = session.options;
  return reduceUnitWorkbook(
    { file: o.fileName ?? '', read: session.read, names: session.units },
    {
      ...(request.period ? { period: request.period } : {}),
      periodOptions: { calendar: o.calendar, ...(o.cutoffDay !== null ? { cutoffDay: o.cutoffDay } : {}) },
      ...(session.asOf !== null ? { asOf: session.asOf } : {}),
      ...(o.today !== null ? { today: o.today } : {}),
      calendar: session.calendar,
      ...(o.overdueDays !== null ? { overdueDays: o.overdueDays } : {}),
    },
  );
}

/**
 * A workbook's cells reduced for the roll-up: a session opened on them and {@link rollupUnitOf};
 * a workbook without any tracking table (which no session opens) is still a reduction, with no
 * table, so the roll-up names it instead of stopping.
 *
 * @param grid the workbook's cells
 * @param options the session's options (`fileName` names the file in the findings)
 * @param request the period
 * @returns the reduction
 * @throws {SessionError} for options out of range (never for the workbook's content)
 * @example
 * ```ts
 * const r = rollupUnitOfGrid(grid, { fileName: 'xa-a.xlsx', today }, { period });
 * r.tables; // 0 for a payroll sheet
 * ```
 */
export function rollupUnitOfGrid(grid: WorkbookGrid, options: SessionOptions, request: RollupUnitRequest = {}): UnitReduction {
  try {
    return rollupUnitOf(openSession(grid, options), request);
  } catch (err) {
    if (!(err instanceof SessionError) || err.code !== 'session.noTables') throw err;
    const read = readWorkbook(grid);
    return reduceUnitWorkbook(
      { file: options.fileName ?? '', read, names: unitNamesOf(grid, read, { unit: null, parentUnit: null }, options.adminCatalogue ?? null) },
      { ...(request.period ? { period: request.period } : {}), ...(options.today ? { today: options.today } : {}) },
    );
  }
}

/** The roll-up, its paragraph, and the province's police it was asked to sign as. */
export interface RollupView {
  rollup: Rollup;
  narrative: Narrative;
  /** The province's police given (`--unit`), or null: the sheets' headers and the report's issuing body default to it. */
  unit: string | null;
}

/** What the roll-up view is asked: how to combine, and the province's police as it signs. */
export interface RollupViewRequest extends RollupOptions {
  /** The province's police (`--unit`); default: the name most workbooks give their parent. */
  unit?: string | null;
  /**
   * The national catalogue, as the sessions were given it (`adminCatalogue`): asked first for each
   * workbook's unit — its code, and for an old commune's book (before 1 July 2025) today's unit that
   * took it over. Registers in `lookups` and the workbooks' own merger lines are asked after it.
   */
  adminCatalogue?: AdminCatalogue | null;
}

/**
 * The province's roll-up of reduced workbooks, with its paragraph.
 *
 * @param sources the reductions ({@link rollupUnitOf}) and the files that could not be read
 * @param request the national catalogue and other registers of units, the province, the period, the province's police
 * @returns the view
 * @throws {RollupEmptyError} when no file could be read
 * @example
 * ```ts
 * const view = rollupViewOf(reductions, { period, adminCatalogue: nationalCatalogue() });
 * view.rollup.units[0]?.code; // "03169" for Công an xã Nà Hỳ
 * view.narrative.vi; // "Từ ngày 15/11/2025 đến ngày 14/12/2025, Công an 45 xã, phường trên địa bàn tỉnh Điện Biên …"
 * ```
 */
export function rollupViewOf(sources: readonly RollupSource[], request: RollupViewRequest = {}): RollupView {
  const { unit, adminCatalogue, ...options } = request;
  const lookups = [...(adminCatalogue ? [unitLookupFromCatalogue(adminCatalogue)] : []), ...(options.lookups ?? [])];
  const rollup = combineRollup(sources, { ...options, lookups });
  return { rollup, narrative: rollupNarrative(rollup, { unit: unit ?? null }), unit: unit ?? null };
}

/**
 * The roll-up workbook's sheets: "Tổng hợp toàn tỉnh" and "Kiểm tra các sổ".
 *
 * @param view the roll-up view
 * @param unit the province's police for the headers (default: the view's, else the roll-up's)
 * @returns the two sheet models, for a new workbook
 * @example
 * ```ts
 * await writeWorkbookWithSheets(null, 'tinh.xlsx', rollupOutputSheets(view));
 * ```
 */
export function rollupOutputSheets(view: RollupView, unit: string | null = view.unit): SheetModel[] {
  return [buildRollupSheet(view.rollup, { unit, narrative: view.narrative }), buildRollupFindingsSheet(view.rollup, { unit })];
}

/**
 * The province's report of the roll-up (Decree 30/2020 layout).
 *
 * @param view the roll-up view
 * @param overrides the issuing body (default: the view's `unit` when given), signer … the clerk gives
 * @returns the document model, for `documentToDocx`
 * @example
 * ```ts
 * await documentToDocx(rollupReportOf(view, { signer: { name: 'Đại tá Nguyễn Văn A' } }));
 * ```
 */
export function rollupReportOf(view: RollupView, overrides: DocumentSettingsOverrides = {}): DocumentModel {
  const given = overrides.issuingBody === undefined && view.unit ? { ...overrides, issuingBody: view.unit } : overrides;
  return buildRollupReport(view.rollup, { settings: rollupDocumentSettings(view.rollup, given), narrative: view.narrative });
}
