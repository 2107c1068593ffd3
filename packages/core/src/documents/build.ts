/**
 * The papers of a month from a read workbook: invitations to the month's
 * planned briefings, minutes of the briefings held in that calendar month
 * (blank ones for those still to come) and the report of the reporting month
 * that ends in it. The plan is `giaoban rotate`'s with the same inputs
 * ({@link papersPlan}); the figures are `giaoban summarize`'s for the same
 * as-of day; this module only picks what each paper shows and dates it.
 */
import type { BriefingRecord, DateRule, HolidayOverride, IsoDate, PlannedBriefing, YearMonth } from '../model.js';
import {
  addDays,
  addWorkingDays,
  createWorkCalendar,
  mergeHolidaySources,
  monthOf,
  parsePeriodSpec,
  periodContaining,
  subtractWorkingDays,
  type PeriodOptions,
} from '../calendar/index.js';
import type { RotationProblem } from '../rotation/types.js';
import { computeStatistics } from '../stats/computeStatistics.js';
import { resolveStatisticsFilters } from '../stats/filters.js';
import { statisticsInputOf } from '../stats/fromRead.js';
import { statisticsNarrative } from '../report/narrative.js';
import { formatReportMonth } from '../report/format.js';
import type { ReadResult } from '../records/readResult.js';
import { buildInvitation } from './invitation.js';
import { buildBlankMinutes, buildMinutes, issuesOfBriefing } from './minutes.js';
import type { DocumentKind, DocumentModel } from './model.js';
import { buildReport, type ReportTracking } from './report.js';
import { assertBriefingDatesReadable, papersPlan } from './scope.js';
import type { DocumentSettings } from './settings.js';

/** Options of {@link briefingDocuments}. */
export interface BriefingDocumentsOptions {
  /** The month `YYYY-MM`: the briefings of that calendar month, and the report of the reporting month that ends in it. */
  month: YearMonth;
  settings: DocumentSettings;
  /** Kinds to build (default all three). */
  kinds?: readonly DocumentKind[];
  /** Only this cluster (matched like `summarize --cluster`). */
  cluster?: string | null;
  /** Reporting periods: calendar months or Decree 09/2019 months (default) with this cut-off day. */
  periodOptions?: PeriodOptions;
  /** Working days between an invitation's date and its briefing (default: the settings', 5). */
  invitationLeadDays?: number;
  overdueDays?: number;
  asOf?: IsoDate;
  /** Today, for the report's overdue figures when `asOf` is not given (clamped into the period, as `computeStatistics`). */
  today?: IsoDate;
  /** Days off announced after the release (`--holidays`); the workbook's own holiday sheet wins a date. */
  holidays?: readonly HolidayOverride[];
  /** As `giaoban rotate --day`: the nominal day of the month (default 15). */
  day?: number;
  /** As `giaoban rotate --rule`: how a day off moves the briefing (default `following`). */
  rule?: DateRule;
  /** As `giaoban rotate --freeze`: plan rows before this day are kept as they are. */
  freezeDate?: IsoDate | null;
  /** Write the papers of a month the workbook does not speak for, marked "DỰ THẢO" (otherwise refused). */
  allowDraft?: boolean;
}

/** A note for the clerk about the papers (not printed on them). */
export interface DocumentsNote {
  vi: string;
  en: string;
}

/** The documents, the months/clusters the plan could not staff, and notes for the clerk. */
export interface BriefingDocuments {
  documents: DocumentModel[];
  problems: RotationProblem[];
  /** The papers are a draft: the month is outside what the workbook speaks for. */
  draft: boolean;
  /** The plan the papers follow: what `giaoban rotate --from <from> --months <months>` shows. */
  plan: { from: YearMonth; months: number };
  notes: DocumentsNote[];
}

const byDateThenCluster = <T extends { date: IsoDate; cluster: string | null }>(a: T, b: T) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : (a.cluster ?? '').localeCompare(b.cluster ?? '', 'vi');

/** What the briefing log records, so that the report prints only rows it can fill. */
function trackingOf(read: ReadResult, plannedInWindow: number): ReportTracking {
  const logs = read.tables.filter((t) => t.kind === 'briefings');
  const has = (f: 'public' | 'massOrganizations' | 'attendance') => logs.some((t) => t.columns[f] !== undefined);
  return { plan: plannedInWindow > 0, public: has('public') || has('attendance'), massOrganizations: has('massOrganizations') || has('attendance') };
}

/**
 * Builds the papers of a month.
 *
 * @throws {PapersMonthError} when the month is before the workbook's first record or past its plan, without `allowDraft`.
 * @throws {PapersRecordError} when minutes are asked for and a briefing of the month has an unreadable date (the cell is named).
 * @throws {StatisticsFilterError} when `cluster` names no cluster of the catalogue.
 * @throws {RangeError} when `month` is not a valid `YYYY-MM`, or the day, rule or freeze date is malformed.
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
  const scope = papersPlan(read, { month: o.month, holidays: o.holidays, day: o.day, rule: o.rule, freezeDate: o.freezeDate, allowDraft: o.allowDraft });
  if (kinds.has('minutes')) assertBriefingDatesReadable(read, o.month);
  const settings = o.settings;
  const draft = scope.draft;
  const ctxBase = { settings, catalogue: read.catalogue, draft };
  const counters: Record<DocumentKind, number | null> = { ...settings.startNumbers };
  const take = (k: DocumentKind): number | null => {
    const n = counters[k];
    if (n !== null) counters[k] = n + 1;
    return n;
  };
  // The work calendar the plan's dates use: papers are dated on working days of it.
  const calendar = createWorkCalendar({ overrides: mergeHolidaySources(o.holidays, read.catalogue.holidays) });

  const planned: PlannedBriefing[] = (scope.plan?.briefings ?? []).filter((p) => cluster === null || p.cluster === cluster);
  const problems = (scope.plan?.problems ?? []).filter((p) => cluster === null || p.cluster === cluster);
  const ofMonth = planned.filter((p) => p.month === o.month).sort(byDateThenCluster);
  const clusterOf = (b: BriefingRecord): string | null => b.cluster ?? read.catalogue.communes.find((c) => c.name === b.host)?.cluster ?? null;
  const held = read.briefings
    .filter((b) => monthOf(b.date) === o.month && (cluster === null || clusterOf(b) === cluster))
    .map((b) => ({ ...b, cluster: clusterOf(b) }))
    .sort(byDateThenCluster);
  const notes: BriefingDocuments['notes'] = [];

  const documents: DocumentModel[] = [];
  const lead = Number.isInteger(o.invitationLeadDays) && o.invitationLeadDays! >= 0 ? o.invitationLeadDays! : settings.invitationLeadDays;
  if (kinds.has('invitation')) {
    for (const p of ofMonth) documents.push(buildInvitation(p, { ...ctxBase, number: take('invitation'), issueDate: subtractWorkingDays(calendar, p.date, lead) }));
  }
  if (kinds.has('minutes')) {
    // Held briefings; a blank minutes for each briefing still to come (after the latest record); numbered in date order.
    const heldClusters = new Set(held.map((b) => b.cluster));
    const future = (p: PlannedBriefing) => scope.spokenFor.planStart === null || p.month >= scope.spokenFor.planStart;
    // Not held: no briefing of the cluster recorded that month (a row frozen by --freeze is planned, not held).
    const unheld = ofMonth.filter((p) => !heldClusters.has(p.cluster));
    for (const p of unheld.filter((x) => !future(x))) {
      notes.push({
        vi: `${p.cluster}: sổ không ghi buổi giao ban nào trong tháng ${formatReportMonth(o.month)}, nên không soạn biên bản.`,
        en: `${p.cluster}: the workbook records no briefing in ${o.month}, so no minutes are written.`,
      });
    }
    const jobs: { date: IsoDate; cluster: string | null; build: (n: number | null) => DocumentModel }[] = [
      ...held.map((b) => ({ date: b.date, cluster: b.cluster, build: (n: number | null) => buildMinutes(b, issuesOfBriefing(b, read.issues), { ...ctxBase, number: n }) })),
      ...unheld.filter(future).map((p) => ({ date: p.date, cluster: p.cluster, build: (n: number | null) => buildBlankMinutes(p, { ...ctxBase, number: n }) })),
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
    const narrative = statisticsNarrative(stats, { unit: settings.unitName, excludedRowsNote: false });
    const nextPlan = planned.filter((p) => p.date > period.to && p.date <= nextPeriod.to).sort(byDateThenCluster);
    // Signed on the period's last day, or the first working day after it when that is a day off.
    const issueDate = addWorkingDays(calendar, period.to, 0);
    documents.push(
      buildReport(stats, {
        ...ctxBase,
        narrative,
        nextPlan,
        number: take('report'),
        issueDate,
        tracked: trackingOf(read, stats.cumulative.briefings.planned),
        reportingMonth: o.month,
      }),
    );
  }
  return { documents, problems, draft, plan: { from: scope.from, months: scope.months }, notes };
}
