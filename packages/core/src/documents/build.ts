/**
 * The papers of a month from a read workbook (issue 12): invitations to the
 * month's planned briefings, minutes of the briefings held (and blank ones for
 * those still to come) and the report of the reporting month. Plan, statistics
 * and report paragraph come from the core functions the CLI and the add-in
 * already use; this module only picks what each document shows.
 */
import type { BriefingRecord, HolidayOverride, IsoDate, PlannedBriefing, YearMonth } from '../model.js';
import { addDays, mergeHolidaySources, monthOf, parsePeriodSpec, periodContaining, type PeriodOptions } from '../calendar/index.js';
import { planRotation } from '../rotation/planner.js';
import { rotationInputOf } from '../rotation/fromRead.js';
import type { RotationProblem } from '../rotation/types.js';
import { computeStatistics } from '../stats/computeStatistics.js';
import { resolveStatisticsFilters } from '../stats/filters.js';
import { statisticsInputOf } from '../stats/fromRead.js';
import { statisticsNarrative } from '../report/narrative.js';
import type { ReadResult } from '../records/readResult.js';
import { buildInvitation } from './invitation.js';
import { buildBlankMinutes, buildMinutes, issuesOfBriefing } from './minutes.js';
import type { DocumentKind, DocumentModel } from './model.js';
import { buildReport } from './report.js';
import type { DocumentSettings } from './settings.js';

/** Options of {@link briefingDocuments}. */
export interface BriefingDocumentsOptions {
  /** The month `YYYY-MM`: its briefings, and the reporting month of that name. */
  month: YearMonth;
  settings: DocumentSettings;
  /** Kinds to build (default all three). */
  kinds?: readonly DocumentKind[];
  /** Only this cluster (matched like `summarize --cluster`). */
  cluster?: string | null;
  /** Reporting periods: calendar months or Decree 09/2019 months (default) with this cut-off day. */
  periodOptions?: PeriodOptions;
  /** Days between an invitation's date and its briefing (default 7). */
  invitationLeadDays?: number;
  overdueDays?: number;
  asOf?: IsoDate;
  /** Today, for the report's overdue figures when `asOf` is not given (clamped into the period, as `computeStatistics`). */
  today?: IsoDate;
  /** Days off announced after the release (`--holidays`); the workbook's own holiday sheet wins a date. */
  holidays?: readonly HolidayOverride[];
}

/** The documents, and the months/clusters the plan could not staff. */
export interface BriefingDocuments {
  documents: DocumentModel[];
  problems: RotationProblem[];
}

const byDateThenCluster = <T extends { date: IsoDate; cluster: string | null }>(a: T, b: T) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : (a.cluster ?? '').localeCompare(b.cluster ?? '', 'vi');

/**
 * Builds the documents of a month.
 *
 * @throws {StatisticsFilterError} when `cluster` names no cluster of the catalogue.
 * @throws {RangeError} when `month` is not a valid `YYYY-MM`.
 * @example
 * ```ts
 * const read = readWorkbook(grid);
 * const settings = resolveDocumentSettings(read, detectUnitNames(grid));
 * const { documents } = briefingDocuments(read, { month: '2025-12', settings });
 * documents.map((d) => d.kind); // ["invitation", "invitation", "invitation", "minutes", …, "report"]
 * ```
 */
export function briefingDocuments(read: ReadResult, o: BriefingDocumentsOptions): BriefingDocuments {
  const kinds = new Set<DocumentKind>(o.kinds ?? ['invitation', 'minutes', 'report']);
  const cluster = resolveStatisticsFilters(read.catalogue, { cluster: o.cluster ?? null }).cluster;
  const period = parsePeriodSpec(`month:${o.month}`, o.periodOptions ?? {});
  const nextPeriod = periodContaining(addDays(period.to, 1), 'month', o.periodOptions ?? {});
  const settings = o.settings;
  const ctxBase = { settings, catalogue: read.catalogue };
  const counters: Record<DocumentKind, number | null> = { ...settings.startNumbers };
  const take = (k: DocumentKind): number | null => {
    const n = counters[k];
    if (n !== null) counters[k] = n + 1;
    return n;
  };

  // Two months: this month's briefings, and the next period's for the report.
  let planned: PlannedBriefing[] = [];
  let problems: RotationProblem[] = [];
  if (read.catalogue.communes.length > 0) {
    const plan = planRotation({
      ...rotationInputOf(read),
      from: o.month,
      months: 2,
      dateOptions: { overrides: mergeHolidaySources(o.holidays, read.catalogue.holidays) },
    });
    planned = plan.briefings.filter((p) => cluster === null || p.cluster === cluster);
    problems = plan.problems.filter((p) => cluster === null || p.cluster === cluster);
  }
  const ofMonth = planned.filter((p) => p.month === o.month).sort(byDateThenCluster);
  const clusterOf = (b: BriefingRecord): string | null => b.cluster ?? read.catalogue.communes.find((c) => c.name === b.host)?.cluster ?? null;
  const held = read.briefings
    .filter((b) => monthOf(b.date) === o.month && (cluster === null || clusterOf(b) === cluster))
    .map((b) => ({ ...b, cluster: clusterOf(b) }))
    .sort(byDateThenCluster);

  const documents: DocumentModel[] = [];
  const lead = Number.isInteger(o.invitationLeadDays) && o.invitationLeadDays! >= 0 ? o.invitationLeadDays! : 7;
  if (kinds.has('invitation')) {
    for (const p of ofMonth) documents.push(buildInvitation(p, { ...ctxBase, number: take('invitation'), issueDate: addDays(p.date, -lead) }));
  }
  if (kinds.has('minutes')) {
    // Held briefings, then a blank minutes for each planned briefing of the month not held yet; numbered in date order.
    const heldClusters = new Set(held.map((b) => b.cluster));
    const jobs: { date: IsoDate; cluster: string | null; build: (n: number | null) => DocumentModel }[] = [
      ...held.map((b) => ({ date: b.date, cluster: b.cluster, build: (n: number | null) => buildMinutes(b, issuesOfBriefing(b, read.issues), { ...ctxBase, number: n, issueDate: b.date }) })),
      ...ofMonth
        .filter((p) => p.source !== 'history' && !heldClusters.has(p.cluster))
        .map((p) => ({ date: p.date, cluster: p.cluster, build: (n: number | null) => buildBlankMinutes(p, { ...ctxBase, number: n, issueDate: p.date }) })),
    ];
    for (const j of jobs.sort(byDateThenCluster)) documents.push(j.build(take('minutes')));
  }
  if (kinds.has('report')) {
    const stats = computeStatistics({
      ...statisticsInputOf(read),
      period,
      filters: { cluster },
      overdueDays: o.overdueDays,
      asOf: o.asOf,
      today: o.today,
      holidays: o.holidays,
      cutoffDay: o.periodOptions?.cutoffDay,
    });
    const narrative = statisticsNarrative(stats, { unit: settings.unitName });
    const nextPlan = planned.filter((p) => p.date > period.to && p.date <= nextPeriod.to).sort(byDateThenCluster);
    documents.push(buildReport(stats, { ...ctxBase, narrative, nextPlan, number: take('report'), issueDate: period.to }));
  }
  return { documents, problems };
}
