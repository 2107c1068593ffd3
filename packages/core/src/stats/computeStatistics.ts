/**
 * computeStatistics: the figures of the monthly report for a period and the cumulative
 * window, in one pass over the briefings and one over the issues, as named
 * steps: resolve the window → month buckets → commune slots → count planned
 * → count held → count issues → active communes → figures. Dates are
 * turned into integer day numbers once per row; buckets are typed-array
 * counters, so 100,000 issues cost a few milliseconds.
 */
import type { Category, CaseState, Commune, IssueStatus, RaisedBy } from '../model.js';
import { civilFromDays, daysFromCivil, epochDayOrNaN, fromEpochDay, yearMonthFromIndex } from '../calendar/civilDate.js';
import { createWorkCalendar, deadlineVersionOn, issueDeadline, type WorkCalendar } from '../calendar/index.js';
import { DEADLINE_RULES, type DeadlineRule } from '../data/deadlines.js';
import { stripPersonName } from '../text/index.js';
import { communeActiveBetween, communesInScope, resolveStatisticsFilters, type ResolvedFilters } from './filters.js';
import type {
  BriefingStatistics,
  IssueStatistics,
  OpenItem,
  Statistics,
  StatisticsInput,
} from './statistics.js';
import { GiaobanRangeError } from '../errors.js';

/** Category codes in their report order. */
export const STATISTICS_CATEGORIES: readonly Category[] = [
  'security-situation',
  'commune-police',
  'mass-organizations',
  'administrative-procedures',
  'other',
];
/** Status codes in their report order. */
export const STATISTICS_STATUSES: readonly IssueStatus[] = ['answered', 'in-progress', 'resolved', 'referred'];
/** Raiser codes in their report order, then `unknown`. */
export const STATISTICS_RAISERS: readonly (RaisedBy | 'unknown')[] = [
  'party-committee',
  'government',
  'commune-police',
  'public',
  'mass-organization',
  'unknown',
];

const CAT_INDEX: Record<string, number> = Object.fromEntries(STATISTICS_CATEGORIES.map((c, i) => [c, i]));
const STATUS_INDEX: Record<string, number> = Object.fromEntries(STATISTICS_STATUSES.map((c, i) => [c, i]));
const RAISER_INDEX: Record<string, number> = Object.fromEntries(STATISTICS_RAISERS.map((c, i) => [c, i]));
const OTHER = CAT_INDEX['other']!;
const SECURITY = CAT_INDEX['security-situation']!;
const UNKNOWN_RAISER = RAISER_INDEX['unknown']!;
const ANSWERED = STATUS_INDEX['answered']!;
const RESOLVED = STATUS_INDEX['resolved']!;
const IN_PROGRESS = STATUS_INDEX['in-progress']!;
const REFERRED = STATUS_INDEX['referred']!;

/** Counters of one window (the period or the cumulative range). */
class WindowCounts {
  readonly start: number;
  readonly end: number;
  /** Month bucket of the window's first day; byMonth[i] counts bucket firstBucket + i. */
  readonly firstBucket: number;
  readonly months: Int32Array;
  // briefings
  planned = 0;
  held = 0;
  onPlannedDate = 0;
  withPublic = 0;
  withMass = 0;
  readonly hosts = new Set<string>();
  readonly byCluster = new Map<string, number>();
  readonly byLeader = new Map<string, number>();
  withoutChair = 0;
  // issues
  total = 0;
  uncategorized = 0;
  readonly categories = new Int32Array(STATISTICS_CATEGORIES.length);
  readonly caseStates = new Int32Array(3);
  readonly statuses = new Int32Array(STATISTICS_STATUSES.length);
  readonly raisers = new Int32Array(STATISTICS_RAISERS.length);
  communes: Int32Array;
  resolveDays: number[] = [];
  overdueOpen = 0;
  // follow-up
  closedOnTime = 0;
  closedLate = 0;
  backlog = 0;
  dueSoon = 0;
  openAges: number[] = [];
  readonly ageing = new Int32Array(4);
  readonly overdueByCommune = new Map<string, number>();
  readonly overdueByOfficer = new Map<string, number>();
  overdueWithoutOfficer = 0;
  // across the 2025 merger: items and briefings named by an old unit, by today's successor
  readonly formerIssues = new Map<string, Map<string, number>>();
  readonly formerHosts = new Map<string, Map<string, number>>();

  constructor(start: number, end: number, firstBucket: number, lastBucket: number, communeCount: number) {
    this.start = start;
    this.end = end;
    this.firstBucket = firstBucket;
    this.months = new Int32Array(Math.max(0, lastBucket - firstBucket + 1));
    this.communes = new Int32Array(Math.max(16, communeCount));
  }
}

function bumpNested(map: Map<string, Map<string, number>>, key: string, inner: string): void {
  let m = map.get(key);
  if (!m) map.set(key, (m = new Map()));
  m.set(inner, (m.get(inner) ?? 0) + 1);
}

/** Nested counts as plain records, outer keys in Vietnamese order, inner most first. */
function nestedCounts(map: Map<string, Map<string, number>>): Record<string, Record<string, number>> {
  return Object.fromEntries([...map].sort((a, b) => a[0].localeCompare(b[0], 'vi')).map(([k, m]) => [k, sortedCounts(m)]));
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** "Due soon": a deadline within this many days after the as-of date. */
const DUE_SOON_DAYS = 7;

const round4 = (x: number): number => Math.round(x * 10000) / 10000;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const a = Int32Array.from(values).sort();
  const mid = a.length >> 1;
  return a.length % 2 === 1 ? a[mid]! : (a[mid - 1]! + a[mid]!) / 2;
}

/**
 * The figures of the report for `input.period` and, cumulatively, from `since`
 * to the period's end. Only valid records are expected (rows with errors are
 * counted through `excludedRows`).
 *
 * @example
 * ```ts
 * const read = readWorkbook(grid);
 * const stats = computeStatistics({
 *   briefings: read.briefings, issues: read.issues, planned: read.planRows,
 *   catalogue: read.catalogue, period: parsePeriodSpec('month:2025-01'),
 *   excludedRows: read.excludedRows.length,
 * });
 * stats.issues.byCategory['security-situation']; // e.g. 12
 * stats.briefings.hostedCommunes + '/' + stats.briefings.activeCommunes; // "5/15"
 * ```
 */
export function computeStatistics(input: StatisticsInput): Statistics {
  const win = resolveWindow(input);
  const { from, to, since, asOf, filters } = win;
  const { bucketOf, dayBucket } = monthBuckets(win);
  const communes = new CommuneIndex(input.catalogue);
  const period_ = new WindowCounts(from, to, bucketOf(from), bucketOf(to), communes.names.length);
  const cumul = new WindowCounts(since, to, bucketOf(since), bucketOf(to), communes.names.length);
  const windows = [period_, cumul];

  const plannedKeys = countPlanned(input.planned ?? [], win, period_, cumul);
  const chairAt = countBriefings(input.briefings, win, communes, plannedKeys, windows);
  const { openItems, outstanding } = countIssues(input, win, { communes, chairAt, dayBucket, windows });

  const scope = communesInScope(input.catalogue, filters);
  const activePeriod = activeCommunes(scope, period_);
  const activeKinds = new Set(scope.filter((c) => activePeriod.includes(c.name)).map((c) => c.kind));
  const { period } = input;
  return {
    period: {
      from: period.from,
      to: period.to,
      label: period.label ?? null,
      labelEn: period.labelEn ?? null,
      convention: win.convention,
    },
    filters,
    asOf: fromEpochDay(asOf),
    overdueDays: win.overdueDays,
    briefings: briefingFigures(period_, activePeriod),
    issues: issueFigures(period_, activePeriod, communes.names),
    cumulative: {
      from: fromEpochDay(since),
      to: period.to,
      briefings: briefingFigures(cumul, activeCommunes(scope, cumul)),
      issues: issueFigures(cumul, activeCommunes(scope, cumul), communes.names),
    },
    openItems,
    outstanding,
    excludedRows: input.excludedRows ?? 0,
    communeKinds: [...activeKinds],
    tier: input.tier ?? 'communes',
    communeClusters: Object.fromEntries(communes.clusterOf),
    deadlines: deadlineFigures(win.rules, win.overdueDays, win.asOf),
  };
}

/** The period, the cumulative window and the as-of day, as epoch days, with the options that shape them. */
export interface StatisticsWindow {
  from: number;
  to: number;
  /** First day of the cumulative window. */
  since: number;
  /** The day open items are aged and judged overdue at. */
  asOf: number;
  convention: NonNullable<StatisticsInput['period']['convention']>;
  /** Months run cutoffDay..cutoffDay-1 (Decree 09/2019) instead of calendar months. */
  decree: boolean;
  cutoffDay: number;
  rules: readonly DeadlineRule[];
  overdueDays: number;
  filters: ResolvedFilters;
}

/**
 * Step 1: check the period and work out the cumulative window and the as-of
 * day. The cumulative window opens on 1 January, or under the decree on the
 * cut-off day of the previous December; it never starts after the period.
 *
 * @throws RangeError when the period, `since` or `asOf` is not a valid date range.
 * @throws StatisticsFilterError when a filter names no commune, cluster or leader.
 */
export function resolveWindow(input: StatisticsInput): StatisticsWindow {
  const { catalogue, period } = input;
  const from = epochDayOrNaN(period.from);
  const to = epochDayOrNaN(period.to);
  if (!Number.isFinite(from) || !Number.isFinite(to) || from > to) {
    throw new GiaobanRangeError('period.invalid', { vi: `Kỳ báo cáo không hợp lệ: ${period.from}..${period.to}`, en: `Invalid reporting period: ${period.from}..${period.to}` });
  }
  const convention = period.convention ?? 'custom';
  const cutoffDay = input.cutoffDay ?? 15;
  const decree = convention === 'decree';
  const rules = input.deadlines ?? DEADLINE_RULES;
  const generalRule = rules.find((r) => r.kind === 'general');
  const overdueDays = input.overdueDays ?? generalRule?.days ?? 30;
  const filters = resolveStatisticsFilters(catalogue, input.filters);

  const [toY, toM, toD] = civilFromDays(to);
  let since: number;
  if (input.since !== undefined) {
    since = epochDayOrNaN(input.since);
    if (!Number.isFinite(since)) throw new GiaobanRangeError('since.invalid', { vi: `Ngày bắt đầu lũy kế không hợp lệ: ${input.since}`, en: `Invalid start of the cumulative figures: ${input.since}` });
  } else {
    since = decree ? daysFromCivil(toY - 1, 12, cutoffDay) : daysFromCivil(toY, 1, 1);
    // Under the decree the report year runs 15/12–14/12: a December day on or after the cut-off opens the next one.
    if (decree && toM === 12 && toD >= cutoffDay) since = daysFromCivil(toY, 12, cutoffDay);
  }
  if (since > from) since = from;
  const today = input.today !== undefined ? epochDayOrNaN(input.today) : NaN;
  // Today for the current period, the period's end for a past one (and its start for a future one).
  const asOf = input.asOf !== undefined ? epochDayOrNaN(input.asOf) : Number.isFinite(today) ? Math.min(to, Math.max(from, today)) : to;
  if (!Number.isFinite(asOf)) throw new GiaobanRangeError('as-of.invalid', { vi: `Ngày tính quá hạn không hợp lệ: ${input.asOf}`, en: `Invalid as-of date: ${input.asOf}` });
  return { from, to, since, asOf, convention, decree, cutoffDay, rules, overdueDays, filters };
}

/**
 * Step 2: the reporting month of a day (a year*12+month index), and that
 * month for every day of the cumulative window, so an issue's month is one
 * array lookup. Under the decree a day on or after the cut-off counts in the
 * next month.
 */
export function monthBuckets(win: Pick<StatisticsWindow, 'since' | 'to' | 'decree' | 'cutoffDay'>): {
  bucketOf: (dn: number) => number;
  dayBucket: Int32Array;
} {
  const { since, to, decree, cutoffDay } = win;
  const bucketOf = (dn: number): number => {
    const [y, m, d] = civilFromDays(dn);
    return y * 12 + (m - 1) + (decree && d >= cutoffDay ? 1 : 0);
  };
  const span = to - since + 1;
  const dayBucket = new Int32Array(span);
  for (let i = 0; i < span; i++) dayBucket[i] = bucketOf(since + i);
  return { bucketOf, dayBucket };
}

/** Step 3: communes by counter slot, catalogue order first; unknown communes get a slot as they appear. */
class CommuneIndex {
  readonly names: string[] = [];
  readonly clusterOf = new Map<string, string>();
  private readonly slots = new Map<string, number>();

  constructor(catalogue: StatisticsInput['catalogue']) {
    for (const c of catalogue.communes) {
      if (!this.slots.has(c.name)) {
        this.slots.set(c.name, this.names.length);
        this.names.push(c.name);
      }
    }
    for (const c of catalogue.communes) this.clusterOf.set(c.name, c.cluster);
  }

  /** The slot of a commune, adding it (and growing the windows' counters) when new. */
  slotOf(name: string, windows: readonly WindowCounts[]): number {
    let ci = this.slots.get(name);
    if (ci !== undefined) return ci;
    ci = this.names.length;
    this.slots.set(name, ci);
    this.names.push(name);
    for (const w of windows) {
      if (ci >= w.communes.length) {
        const grown = new Int32Array(w.communes.length * 2);
        grown.set(w.communes);
        w.communes = grown;
      }
    }
    return ci;
  }
}

/**
 * Step 4: count planned briefings in each window; returns the keys a held
 * briefing is matched by (`cluster|date` and `@host|date`).
 */
function countPlanned(
  planned: readonly NonNullable<StatisticsInput['planned']>[number][],
  win: StatisticsWindow,
  period_: WindowCounts,
  cumul: WindowCounts,
): Set<string> {
  const { filters, since, to, from } = win;
  const plannedKeys = new Set<string>();
  for (const p of planned) {
    if (filters.cluster !== null && p.cluster !== filters.cluster) continue;
    if (filters.commune !== null && p.host !== filters.commune) continue;
    if (filters.leader !== null && (p.chair ?? null) !== filters.leader) continue;
    const dn = epochDayOrNaN(p.date);
    if (!(dn >= since && dn <= to)) continue;
    plannedKeys.add(`${p.cluster}|${p.date}`);
    plannedKeys.add(`@${p.host}|${p.date}`);
    cumul.planned++;
    if (dn >= from) period_.planned++;
  }
  return plannedKeys;
}

/**
 * Step 5: count held briefings in each window. With a leader filter, also
 * returns who chaired at each `commune|date`: the filter then selects the
 * issues raised at that leader's briefings.
 */
function countBriefings(
  briefings: StatisticsInput['briefings'],
  win: StatisticsWindow,
  communes: CommuneIndex,
  plannedKeys: ReadonlySet<string>,
  windows: readonly WindowCounts[],
): Map<string, string | null> | null {
  const { filters, since, to } = win;
  const fCommune = filters.commune;
  const chairAt = filters.leader !== null ? new Map<string, string | null>() : null;
  for (const b of briefings) {
    const dn = epochDayOrNaN(b.date);
    const cluster = b.cluster ?? communes.clusterOf.get(b.host) ?? '';
    if (chairAt) {
      chairAt.set(`${b.host}|${b.date}`, b.chair);
      for (const c of b.participatingCommunes) if (!chairAt.has(`${c}|${b.date}`)) chairAt.set(`${c}|${b.date}`, b.chair);
    }
    if (!(dn >= since && dn <= to)) continue;
    if (filters.cluster !== null && cluster !== filters.cluster) continue;
    if (filters.commune !== null && b.host !== filters.commune && !b.participatingCommunes.includes(filters.commune)) continue;
    if (filters.leader !== null && b.chair !== filters.leader) continue;
    const onPlan = plannedKeys.size > 0 && (plannedKeys.has(`${cluster}|${b.date}`) || plannedKeys.has(`@${b.host}|${b.date}`));
    const pub = b.attendance.public;
    const withPublic = pub === true || (typeof pub === 'number' && pub > 0);
    const withMass = b.attendance.massOrganizations.length > 0;
    for (const w of windows) {
      if (dn < w.start) continue;
      w.held++;
      if (onPlan) w.onPlannedDate++;
      if (withPublic) w.withPublic++;
      if (withMass) w.withMass++;
      // With a commune filter, "hosted" means that commune hosted (not a neighbour it visited).
      if (fCommune === null || b.host === fCommune) w.hosts.add(b.host);
      // A briefing of no known cluster is counted in `held`, never under an empty cluster name.
      if (cluster) bump(w.byCluster, cluster);
      if (b.chair) bump(w.byLeader, b.chair);
      else w.withoutChair++;
      if (b.formerHost) bumpNested(w.formerHosts, b.host, b.formerHost);
    }
  }
  return chairAt;
}

/** What one issue contributes to a window, decided once for both windows. */
interface IssueFacts {
  /** Category slot; -1 when uncategorised (counted under "other" too). */
  cat: number;
  st: number;
  rb: number;
  /** Case-state slot for security items, else -1. */
  caseIdx: number;
  /** Days from raised to resolved (NaN when unknown). */
  days: number;
  open: boolean;
  overdue: boolean;
  /** Deadline, epoch day (NaN when it cannot be worked out). */
  due: number;
  closedDn: number;
  closedKnown: boolean;
  age: number;
  ageBucket: number;
  officer: string;
}

/**
 * Step 6a: classify one issue raised on epoch day `dn` as of `asOf`: its
 * slots, whether it is open, overdue, closed on time, and its age.
 */
function issueFacts(it: StatisticsInput['issues'][number], dn: number, asOf: number, due: number): IssueFacts {
  const cat = it.category === null ? -1 : (CAT_INDEX[it.category] ?? OTHER);
  const st = STATUS_INDEX[it.status] ?? IN_PROGRESS;
  const rb = it.raisedBy === null ? UNKNOWN_RAISER : (RAISER_INDEX[it.raisedBy] ?? UNKNOWN_RAISER);
  const caseIdx = cat === SECURITY ? caseStateIndex(it.caseState) : -1;
  const resolvedDn = it.resolvedDate === null ? NaN : epochDayOrNaN(it.resolvedDate);
  // NaN when there is no resolved date; items answered on the spot take no time to resolve
  // and would pull the median to 0, so the median covers the others.
  const days = resolvedDn - dn;
  // Open at asOf: still in progress, or closed only after asOf.
  const open = dn <= asOf && (st === IN_PROGRESS || (st !== REFERRED && resolvedDn > asOf));
  const overdue = open && asOf > due;
  // Closed by asOf with a known day: answered on the spot that day, else the resolved date.
  const closedDn = st === ANSWERED ? (Number.isFinite(resolvedDn) ? resolvedDn : dn) : st !== IN_PROGRESS ? resolvedDn : NaN;
  const closedKnown = !open && closedDn <= asOf;
  const age = asOf - dn;
  const ageBucket = age <= 15 ? 0 : age <= 30 ? 1 : age <= 60 ? 2 : 3;
  const officer = overdue ? officerKey(it.officer) : '';
  return { cat, st, rb, caseIdx, days, open, overdue, due, closedDn, closedKnown, age, ageBucket, officer };
}

/** Step 6b: add one classified issue to a window's counters. */
function addIssue(w: WindowCounts, f: IssueFacts, commune: string, ci: number, bucket: number, asOf: number): void {
  w.total++;
  if (f.cat < 0) {
    w.uncategorized++;
    w.categories[OTHER]!++;
  } else w.categories[f.cat]!++;
  if (f.caseIdx >= 0) w.caseStates[f.caseIdx]!++;
  w.statuses[f.st]!++;
  w.raisers[f.rb]!++;
  w.communes[ci]!++;
  w.months[bucket - w.firstBucket]!++;
  if (f.days >= 0 && f.st !== ANSWERED) w.resolveDays.push(f.days);
  if (f.overdue) {
    w.overdueOpen++;
    bump(w.overdueByCommune, commune);
    if (f.officer) bump(w.overdueByOfficer, f.officer);
    else w.overdueWithoutOfficer++;
  }
  if (f.open) {
    w.backlog++;
    if (!f.overdue && f.due - asOf <= DUE_SOON_DAYS) w.dueSoon++;
    w.openAges.push(f.age);
    w.ageing[f.ageBucket]!++;
  } else if (f.closedKnown) {
    if (f.closedDn <= f.due) w.closedOnTime++;
    else w.closedLate++;
  }
}

/**
 * Step 6: count the issues of the cumulative window that pass the filters;
 * returns the items open at the as-of day, longest open first — those raised
 * before the window too (last year's backlog is still backlog) — and their counts.
 */
function countIssues(
  input: StatisticsInput,
  win: StatisticsWindow,
  ctx: {
    communes: CommuneIndex;
    chairAt: Map<string, string | null> | null;
    dayBucket: Int32Array;
    windows: readonly WindowCounts[];
  },
): { openItems: OpenItem[]; outstanding: Statistics['outstanding'] } {
  const { since, to, asOf, filters } = win;
  const { communes, chairAt, dayBucket, windows } = ctx;
  const fCommune = filters.commune;
  const fCluster = filters.cluster;
  const dueOf = dueDayFinder(input, win.rules, win.overdueDays);
  const openItems: OpenItem[] = [];
  const outstanding = { open: 0, overdue: 0 };
  // ISO strings order like dates: a string compare rejects rows outside the window before any parsing.
  const sinceIso = fromEpochDay(since);
  const toIso = input.period.to;
  for (const it of input.issues) {
    const date = it.date;
    if (date > toIso) continue;
    const before = date < sinceIso;
    const dn = epochDayOrNaN(date);
    if (!(dn <= to) || (!before && !(dn >= since))) continue;
    if (fCommune !== null && it.commune !== fCommune) continue;
    if (fCluster !== null && communes.clusterOf.get(it.commune) !== fCluster) continue;
    if (chairAt !== null && chairAt.get(`${it.commune}|${it.date}`) !== filters.leader) continue;
    // Before the window only the backlog is counted (and only the leader filter's chairs of the window are known).
    if (before && chairAt !== null) continue;

    const kind = it.kind ?? null;
    const f = issueFacts(it, dn, asOf, dueOf(it));
    if (!before) {
      const ci = communes.slotOf(it.commune, windows);
      const bucket = dayBucket[dn - since]!;
      const former = it.formerCommune || null;
      for (const w of windows) {
        if (dn < w.start) continue;
        addIssue(w, f, it.commune, ci, bucket, asOf);
        if (former !== null) bumpNested(w.formerIssues, it.commune, former);
      }
    }
    if (f.open) {
      outstanding.open++;
      if (f.overdue) outstanding.overdue++;
      openItems.push({
        ref: it.ref,
        date: it.date,
        commune: it.commune,
        content: it.content,
        category: it.category,
        status: it.status,
        officer: it.officer,
        daysOpen: asOf - dn,
        overdue: f.overdue,
        kind,
        due: Number.isFinite(f.due) ? fromEpochDay(f.due) : null,
      });
    }
  }
  openItems.sort((a, b) => b.daysOpen - a.daysOpen || a.commune.localeCompare(b.commune, 'vi'));
  return { openItems, outstanding };
}

/** Step 7: communes in scope active at some point of a window, in catalogue order. */
function activeCommunes(scope: readonly Commune[], w: WindowCounts): string[] {
  const fromIso = fromEpochDay(w.start);
  const toIso = fromEpochDay(w.end);
  return scope.filter((c) => communeActiveBetween(c, fromIso, toIso)).map((c) => c.name);
}

/**
 * Step 8: the deadline rules applied, as in force on the as-of day (the
 * default kind taking `overdueDays`): an item whose clock started earlier
 * may have had an older version, which its finding names.
 */
function deadlineFigures(rules: readonly DeadlineRule[], overdueDays: number, asOf: number): Statistics['deadlines'] {
  const on = fromEpochDay(asOf);
  return rules.map((r) => {
    const v = deadlineVersionOn(r, on);
    return {
      kind: r.kind,
      label: r.label.vi,
      labelEn: r.label.en,
      days: r.kind === 'general' ? overdueDays : (v?.days ?? r.days),
      count: v?.count ?? r.count,
      source: v?.source ?? r.source,
      sourceEn: (v ? v.sourceEn : r.sourceEn) ?? v?.source ?? r.source,
      start: v?.start ?? r.start ?? 'raised',
      convention: r.convention ?? false,
    };
  });
}

function caseStateIndex(s: CaseState | null): number {
  return s === 'pending' ? 0 : s === 'new' ? 1 : 2;
}

function briefingFigures(w: WindowCounts, active: string[]): BriefingStatistics {
  return {
    planned: w.planned,
    held: w.held,
    onPlannedDate: w.onPlannedDate,
    hostedCommunes: w.hosts.size,
    activeCommunes: active.length,
    withPublic: w.withPublic,
    withMassOrganizations: w.withMass,
    byCluster: Object.fromEntries([...w.byCluster].sort((a, b) => a[0].localeCompare(b[0], 'vi', { numeric: true }))),
    byLeader: Object.fromEntries(w.byLeader),
    withoutChair: w.withoutChair,
    byFormerHost: nestedCounts(w.formerHosts),
  };
}

function issueFigures(w: WindowCounts, active: string[], communeNames: string[]): IssueStatistics {
  const byCategory = Object.fromEntries(STATISTICS_CATEGORIES.map((c, i) => [c, w.categories[i]!])) as Record<Category, number>;
  const byStatus = Object.fromEntries(STATISTICS_STATUSES.map((c, i) => [c, w.statuses[i]!])) as Record<IssueStatus, number>;
  const byRaisedBy = Object.fromEntries(STATISTICS_RAISERS.map((c, i) => [c, w.raisers[i]!])) as Record<RaisedBy | 'unknown', number>;
  const activeSet = new Set(active);
  const byCommune: Record<string, number> = {};
  for (let i = 0; i < communeNames.length; i++) {
    const name = communeNames[i]!;
    const n = w.communes[i] ?? 0;
    if (n > 0 || activeSet.has(name)) byCommune[name] = n;
  }
  const byMonth: Record<string, number> = {};
  for (let i = 0; i < w.months.length; i++) byMonth[yearMonthFromIndex(w.firstBucket + i)] = w.months[i]!;
  const total = w.total;
  return {
    total,
    byCategory,
    uncategorized: w.uncategorized,
    byCaseState: { pending: w.caseStates[0]!, new: w.caseStates[1]!, unspecified: w.caseStates[2]! },
    byStatus,
    byCommune,
    byMonth,
    byRaisedBy,
    answeredOnTheSpotShare: total === 0 ? null : round4(w.statuses[ANSWERED]! / total),
    resolvedShare: total === 0 ? null : round4((w.statuses[ANSWERED]! + w.statuses[RESOLVED]!) / total),
    medianDaysToResolve: median(w.resolveDays),
    overdueOpen: w.overdueOpen,
    onTimeShare: w.closedOnTime + w.closedLate === 0 ? null : round4(w.closedOnTime / (w.closedOnTime + w.closedLate)),
    closedOnTime: w.closedOnTime,
    closedLate: w.closedLate,
    backlog: w.backlog,
    dueWithin7Days: w.dueSoon,
    medianDaysOpen: median(w.openAges),
    ageing: { upTo15: w.ageing[0]!, from16To30: w.ageing[1]!, from31To60: w.ageing[2]!, over60: w.ageing[3]! },
    overdueByCommune: sortedCounts(w.overdueByCommune),
    overdueByOfficer: sortedCounts(w.overdueByOfficer),
    overdueWithoutOfficer: w.overdueWithoutOfficer,
    byFormerCommune: nestedCounts(w.formerIssues),
  };
}


/** Most first, then by name (Vietnamese order). */
function sortedCounts(m: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi')));
}

/** The officer as a grouping key: the name without "Đ/c", rank or title; "" when none is recorded. */
function officerKey(officer: string | null): string {
  if (officer === null) return '';
  const name = stripPersonName(officer).trim();
  return name || officer.trim();
}

/**
 * The deadline (epoch day) of an item: its kind's law in force when its
 * clock started (from acceptance where the kind counts from it and the item
 * records it), counted by the Civil Code 2015, Art. 147–148 over the work
 * calendar; the default kind and unknown kinds take `overdueDays`, the
 * unit's convention. Memoised per (date, acceptance, kind); NaN where the
 * calendar cannot count it.
 */
function dueDayFinder(input: StatisticsInput, rules: readonly DeadlineRule[], overdueDays: number): (it: StatisticsInput['issues'][number]) => number {
  const byKind = new Map(rules.map((r) => [r.kind, r] as const));
  const general = byKind.get('general') ?? DEADLINE_RULES[0]!;
  let cal: WorkCalendar | null = null;
  const calendar = (): WorkCalendar => {
    if (!cal) {
      // A bad weeklyDaysOff is the caller's mistake: it throws, as readWorkbook does, rather than silently using Mon–Fri.
      cal = input.calendar ?? createWorkCalendar({
        weeklyDaysOff: input.weeklyDaysOff,
        overrides: [...(input.holidays ?? []), ...input.catalogue.holidays],
      });
    }
    return cal;
  };
  const memo = new Map<string, number>();
  return (it) => {
    const rule = (it.kind ? byKind.get(it.kind) : undefined) ?? general;
    const acceptanceColumn = it.acceptedDate !== undefined;
    const key = `${it.date}|${it.acceptedDate ?? ''}|${acceptanceColumn ? 1 : 0}|${rule.kind}`;
    let due = memo.get(key);
    if (due === undefined) {
      try {
        const d = issueDeadline(it, rule, calendar(), { acceptanceColumn, fallback: general, fallbackDays: overdueDays, ...(rule === general ? { days: overdueDays } : {}) });
        due = epochDayOrNaN(d.due.due);
      } catch (err) {
        // A date the calendar cannot count from has no deadline: the item is still counted, never as overdue.
        if (!(err instanceof GiaobanRangeError)) throw err;
        due = NaN;
      }
      memo.set(key, due);
    }
    return due;
  };
}
