/**
 * The figures a roll-up keeps of one unit for one period: the counts of
 * `computeStatistics` that add up across units (briefings, hosts, items by
 * category, case state and status, closed on time or late, backlog, overdue),
 * and the shares recomputed from the summed counts — never an average of
 * shares. Plain JSON, small enough to keep for a thousand units.
 */
import type { CaseState, Category, IssueStatus } from '../model.js';
import type { Statistics } from '../stats/statistics.js';
import { STATISTICS_CATEGORIES, STATISTICS_STATUSES } from '../stats/computeStatistics.js';

/** One unit's (or the province's) figures for one period. */
export interface RollupFigures {
  /** Briefings held. */
  briefings: number;
  /** Briefings planned (0 when the workbook has no plan sheet). */
  planned: number;
  /** Held briefings on their planned date. */
  onPlannedDate: number;
  /** Places that hosted a briefing (the unit's communes or villages). */
  hostsReached: number;
  /** Places of the unit's list active in the period. */
  hosts: number;
  /** Briefings with members of the public present. */
  withPublic: number;
  /** Items raised (ý kiến, phản ánh). */
  items: number;
  /** All five categories; an item without a category counts as `other`. */
  byCategory: Record<Category, number>;
  /** Security-situation items by case state (`unspecified`: not given). */
  byCaseState: Record<CaseState | 'unspecified', number>;
  /** All four statuses. */
  byStatus: Record<IssueStatus, number>;
  /** Items answered on the spot (= `byStatus.answered`). */
  answeredOnTheSpot: number;
  /** Items closed by the unit: answered on the spot or resolved. */
  resolved: number;
  /** answeredOnTheSpot / items, or null without items. */
  answeredShare: number | null;
  /** resolved / items, or null without items. */
  resolvedShare: number | null;
  /** Items closed by the as-of date within / after their deadline. */
  closedOnTime: number;
  closedLate: number;
  /** closedOnTime / (closedOnTime + closedLate), or null when none closed. */
  onTimeShare: number | null;
  /** Items of the period still open at the as-of date. */
  backlog: number;
  /** Of the backlog, the items past their deadline. */
  overdue: number;
  /** Rows left out of the workbook's figures because they had errors. */
  excludedRows: number;
}

const round4 = (x: number): number => Math.round(x * 10000) / 10000;
const ratio = (n: number, d: number): number | null => (d === 0 ? null : round4(n / d));

function zeroCategories(): Record<Category, number> {
  return Object.fromEntries(STATISTICS_CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
}

function zeroStatuses(): Record<IssueStatus, number> {
  return Object.fromEntries(STATISTICS_STATUSES.map((s) => [s, 0])) as Record<IssueStatus, number>;
}

/**
 * Figures with every count zero (a unit with no record in the period).
 *
 * @returns zero figures with every category and status present.
 * @example
 * ```ts
 * emptyRollupFigures().byCategory.other; // 0
 * ```
 */
export function emptyRollupFigures(): RollupFigures {
  return withShares({
    briefings: 0,
    planned: 0,
    onPlannedDate: 0,
    hostsReached: 0,
    hosts: 0,
    withPublic: 0,
    items: 0,
    byCategory: zeroCategories(),
    byCaseState: { pending: 0, new: 0, unspecified: 0 },
    byStatus: zeroStatuses(),
    answeredOnTheSpot: 0,
    resolved: 0,
    answeredShare: null,
    resolvedShare: null,
    closedOnTime: 0,
    closedLate: 0,
    onTimeShare: null,
    backlog: 0,
    overdue: 0,
    excludedRows: 0,
  });
}

/** Sets the shares from the counts. */
function withShares(f: RollupFigures): RollupFigures {
  f.answeredShare = ratio(f.answeredOnTheSpot, f.items);
  f.resolvedShare = ratio(f.resolved, f.items);
  f.onTimeShare = ratio(f.closedOnTime, f.closedOnTime + f.closedLate);
  return f;
}

/**
 * The figures of one period of a unit's statistics (the period, not the cumulative window).
 *
 * @param stats - `computeStatistics` of the unit's workbook for the period.
 * @returns the figures the roll-up keeps.
 * @example
 * ```ts
 * const f = rollupFiguresOf(computeStatistics({ ...statisticsInputOf(read), period }));
 * f.items === f.byCategory['security-situation'] + f.byCategory['commune-police'] + … ; // true
 * ```
 */
export function rollupFiguresOf(stats: Statistics): RollupFigures {
  const b = stats.briefings;
  const i = stats.issues;
  return withShares({
    briefings: b.held,
    planned: b.planned,
    onPlannedDate: b.onPlannedDate,
    hostsReached: b.hostedCommunes,
    hosts: b.activeCommunes,
    withPublic: b.withPublic,
    items: i.total,
    byCategory: { ...i.byCategory },
    byCaseState: { ...i.byCaseState },
    byStatus: { ...i.byStatus },
    answeredOnTheSpot: i.byStatus.answered,
    resolved: i.byStatus.answered + i.byStatus.resolved,
    answeredShare: null,
    resolvedShare: null,
    closedOnTime: i.closedOnTime,
    closedLate: i.closedLate,
    onTimeShare: null,
    backlog: i.backlog,
    overdue: i.overdueOpen,
    excludedRows: stats.excludedRows,
  });
}

/**
 * The sum of several units' figures, shares recomputed from the summed counts.
 *
 * @param list - the units' figures.
 * @returns their total (zero figures for an empty list).
 * @example
 * ```ts
 * sumRollupFigures([a, b]).items === a.items + b.items; // true
 * ```
 */
export function sumRollupFigures(list: readonly RollupFigures[]): RollupFigures {
  const t = emptyRollupFigures();
  for (const f of list) {
    t.briefings += f.briefings;
    t.planned += f.planned;
    t.onPlannedDate += f.onPlannedDate;
    t.hostsReached += f.hostsReached;
    t.hosts += f.hosts;
    t.withPublic += f.withPublic;
    t.items += f.items;
    for (const c of STATISTICS_CATEGORIES) t.byCategory[c] += f.byCategory[c];
    t.byCaseState.pending += f.byCaseState.pending;
    t.byCaseState.new += f.byCaseState.new;
    t.byCaseState.unspecified += f.byCaseState.unspecified;
    for (const s of STATISTICS_STATUSES) t.byStatus[s] += f.byStatus[s];
    t.answeredOnTheSpot += f.answeredOnTheSpot;
    t.resolved += f.resolved;
    t.closedOnTime += f.closedOnTime;
    t.closedLate += f.closedLate;
    t.backlog += f.backlog;
    t.overdue += f.overdue;
    t.excludedRows += f.excludedRows;
  }
  return withShares(t);
}

/** The figures compared with the same period a year earlier. */
export const ROLLUP_COMPARED = ['briefings', 'planned', 'hostsReached', 'items', 'answeredOnTheSpot', 'resolved', 'backlog', 'overdue'] as const;
/** A compared count. */
export type RollupComparedField = (typeof ROLLUP_COMPARED)[number];

/** One change against last year: the difference, and its share of last year's figure (null when last year was 0). */
export interface RollupDelta {
  delta: number;
  /** delta / last year, e.g. 0.125 for +12.5%; null when last year's figure is 0. */
  pct: number | null;
}

/** The change of each compared figure, of each category, and of the on-time share (in points). */
export interface RollupChange {
  counts: Record<RollupComparedField, RollupDelta>;
  byCategory: Record<Category, RollupDelta>;
  /** This period's on-time share minus last year's (0.05 = 5 points), or null when either is unknown. */
  onTimeSharePoints: number | null;
}

const delta = (now: number, last: number): RollupDelta => ({ delta: now - last, pct: last === 0 ? null : round4((now - last) / last) });

/**
 * How this period's figures changed against the same period a year earlier.
 *
 * @param now - this period's figures.
 * @param lastYear - the same period's figures a year earlier.
 * @returns the change of every compared figure.
 * @example
 * ```ts
 * compareRollupFigures({ ...a, items: 110 }, { ...a, items: 100 }).counts.items; // { delta: 10, pct: 0.1 }
 * ```
 */
export function compareRollupFigures(now: RollupFigures, lastYear: RollupFigures): RollupChange {
  const counts = Object.fromEntries(ROLLUP_COMPARED.map((k) => [k, delta(now[k], lastYear[k])])) as Record<RollupComparedField, RollupDelta>;
  const byCategory = Object.fromEntries(STATISTICS_CATEGORIES.map((c) => [c, delta(now.byCategory[c], lastYear.byCategory[c])])) as Record<Category, RollupDelta>;
  const points = now.onTimeShare === null || lastYear.onTimeShare === null ? null : round4(now.onTimeShare - lastYear.onTimeShare);
  return { counts, byCategory, onTimeSharePoints: points };
}
