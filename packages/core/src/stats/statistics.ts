/**
 * The shape of the statistics: what the commander signs
 * each month. Plain JSON-friendly data; the CLI prints it as is with `--json`.
 */
import type {
  BriefingRecord,
  CaseState,
  Catalogue,
  Category,
  CommuneKind,
  HolidayOverride,
  IsoDate,
  IssueRecord,
  IssueStatus,
  RaisedBy,
  RowRef,
  YearMonth,
} from '../model.js';
import type { DeadlineRule } from '../data/deadlines.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';

/**
 * The period the figures cover. A calendar `ReportingPeriod` (from
 * `parsePeriodSpec`) fits as is; only `from` and `to` are required.
 */
export interface StatisticsPeriod {
  from: IsoDate;
  to: IsoDate;
  kind?: string;
  label?: string | null;
  labelEn?: string | null;
  /** `decree`: months are reporting months cut on `cutoffDay` (Decree 09/2019); otherwise calendar months. */
  convention?: 'decree' | 'calendar' | 'custom';
}

/** A planned briefing: a `PlannedBriefing` or a plan-sheet row (`PlanRow`). */
export interface PlannedLike {
  cluster: string;
  date: IsoDate;
  host: string;
  chair?: string | null;
}

/** Optional filters; names are matched to the catalogue ignoring case, accents style and the xã/phường prefix. */
export interface StatisticsFilters {
  cluster?: string | null;
  commune?: string | null;
  leader?: string | null;
}

/** Input of {@link computeStatistics}. */
export interface StatisticsInput {
  briefings: readonly BriefingRecord[];
  issues: readonly IssueRecord[];
  /** Planned briefings (rotation plan or the plan sheet's rows); empty when there is no plan. */
  planned?: readonly PlannedLike[];
  catalogue: Catalogue;
  period: StatisticsPeriod;
  filters?: StatisticsFilters;
  /**
   * Start of the cumulative figures. Default: the start of the reporting year
   * of the period's end — 1 January, or for decree periods the cut-off day of
   * the previous December (Decree 09/2019: the year runs 15/12 to 14/12) —
   * and never later than the period's start.
   */
  since?: IsoDate;
  /**
   * An open item of the default kind older than this many days (at `asOf`) is overdue.
   * Default: the default kind's days in `deadlines` (30 unless the workbook's table says otherwise).
   */
  overdueDays?: number;
  /**
   * The date open items and overdue ones are counted to ("tính đến ngày …").
   * Default: `today` clamped into the period (today for the current period,
   * the period's end for a past one); without `today`, the period's end.
   */
  asOf?: IsoDate;
  /** Today's date in Asia/Ho_Chi_Minh, from the caller (the core reads no clock). */
  today?: IsoDate;
  /** Deadlines by kind (ReadResult.deadlines); default: the shipped ones (data/deadlines.ts). */
  deadlines?: readonly DeadlineRule[];
  /** Extra days off / make-up days for working-day deadlines (e.g. a `--holidays` file); the catalogue's own sheet wins a date. */
  holidays?: readonly HolidayOverride[];
  /** Weekly days off for working-day deadlines; default Saturday and Sunday. */
  weeklyDaysOff?: readonly number[];
  /**
   * The work calendar for working-day deadlines, when the caller has one already (a session's
   * merged calendar); `holidays` and `weeklyDaysOff` are then not used.
   */
  calendar?: WorkCalendar;
  /** Rows left out because they had errors (ReadResult.excludedRows.length). */
  excludedRows?: number;
  /** Cut-off day of decree reporting months. Default 15. */
  cutoffDay?: number;
  /**
   * What the hosts are: `communes` (a supervising unit briefing clusters of communes) or `villages` (a
   * commune police unit briefing its thôn, bản, tổ dân phố). Only the wording depends on it. Default `communes`.
   */
  tier?: 'communes' | 'villages';
}

/** Briefing figures of one window. */
export interface BriefingStatistics {
  /** Briefings planned in the window (0 when there is no plan). */
  planned: number;
  held: number;
  /** Held briefings whose date is the planned date of their cluster (or host). */
  onPlannedDate: number;
  /** Distinct communes that hosted a briefing. */
  hostedCommunes: number;
  /** Communes of the catalogue active in the window (within the filters). */
  activeCommunes: number;
  /** Briefings with members of the public present. */
  withPublic: number;
  /** Briefings with at least one mass organisation present. */
  withMassOrganizations: number;
  /** Held briefings per cluster (a briefing whose cluster is unknown counts in `held` only). */
  byCluster: Record<string, number>;
  /** Held briefings per chairing leader (only leaders who chaired). */
  byLeader: Record<string, number>;
  /** Held briefings with no chair recorded. */
  withoutChair: number;
  /**
   * Across the 2025 merger: briefings whose host row named an old unit, by today's successor (the host
   * counted in `hostedCommunes`) and then by the old name written, e.g. `{ "Nà Hỳ": { "Nà Khoa": 1 } }`.
   */
  byFormerHost: Record<string, Record<string, number>>;
}

/** Counts of security-situation issues by case state. */
export interface CaseStateCounts {
  pending: number;
  new: number;
  /** Case state not given. */
  unspecified: number;
}

/** Issue figures of one window. */
export interface IssueStatistics {
  total: number;
  /** All five categories always present; an issue without a category counts as `other` (see `uncategorized`). */
  byCategory: Record<Category, number>;
  /** Issues whose category was blank (counted under `other`). */
  uncategorized: number;
  byCaseState: CaseStateCounts;
  /** All four statuses always present. */
  byStatus: Record<IssueStatus, number>;
  /**
   * Every active commune (0 when none) and any commune with issues; catalogue order. The successor view:
   * an item named by an old unit merged on 01/07/2025 counts under today's unit it went into.
   */
  byCommune: Record<string, number>;
  /**
   * The old names behind `byCommune`: for each of today's units, the items whose row named an old unit,
   * by that old name (`{ "Nà Hỳ": { "Nà Khoa": 2, "Nậm Nhừ": 1 } }` — "trong đó: xã Nà Khoa cũ 02").
   * Included in the `byCommune` counts, never added to them. Empty when no row names an old unit.
   */
  byFormerCommune: Record<string, Record<string, number>>;
  /** Every month of the window in order (reporting months for decree periods). */
  byMonth: Record<YearMonth, number>;
  /** Every raiser plus `unknown`. */
  byRaisedBy: Record<RaisedBy | 'unknown', number>;
  /** answered / total, or null when there are no issues. */
  answeredOnTheSpotShare: number | null;
  /** (answered + resolved) / total — items closed by the unit — or null when there are no issues. */
  resolvedShare: number | null;
  /** Median of (resolved date − date raised) in days over items with a resolved date that were not answered on the spot, or null. */
  medianDaysToResolve: number | null;
  /** Items of the window still open at `asOf` and past the deadline of their kind (default: `overdueDays` days). */
  overdueOpen: number;
  /**
   * Of the items closed by `asOf` with a known date (answered on the spot counts as closed the day raised),
   * the share closed on or before their deadline; null when none.
   */
  onTimeShare: number | null;
  /** Items closed by their deadline / after it (the counts behind `onTimeShare`). */
  closedOnTime: number;
  closedLate: number;
  /** Items of the window still open at `asOf`. */
  backlog: number;
  /** Open items not yet overdue whose deadline falls within 7 days after `asOf` (what to chase this week). */
  dueWithin7Days: number;
  /** Median days open (raised → `asOf`) of the backlog, or null when it is empty. */
  medianDaysOpen: number | null;
  /** The backlog by age at `asOf`: ≤15, 16–30, 31–60, >60 days. */
  ageing: AgeingBuckets;
  /** Overdue open items per commune (only communes with some). */
  overdueByCommune: Record<string, number>;
  /** Overdue open items per responsible officer, name as written minus "Đ/c" (only officers with some). */
  overdueByOfficer: Record<string, number>;
  /** Overdue open items with no responsible officer recorded. */
  overdueWithoutOfficer: number;
}

/** Open items by age (days from the date raised to `asOf`). */
export interface AgeingBuckets {
  upTo15: number;
  from16To30: number;
  from31To60: number;
  over60: number;
}

/** Figures from `since` to the period's end. */
export interface CumulativeStatistics {
  from: IsoDate;
  to: IsoDate;
  briefings: BriefingStatistics;
  issues: IssueStatistics;
}

/** An item still open at `asOf` (for the overdue list of the summary sheet). */
export interface OpenItem {
  ref: RowRef;
  date: IsoDate;
  commune: string;
  content: string;
  category: Category | null;
  status: IssueStatus;
  officer: string | null;
  /** Days from the date raised to `asOf`. */
  daysOpen: number;
  overdue: boolean;
  /** Kind of item (null: the default kind). */
  kind: string | null;
  /** The deadline of its kind, or null when it cannot be computed. */
  due: IsoDate | null;
}

/** Result of {@link computeStatistics}. */
export interface Statistics {
  period: {
    from: IsoDate;
    to: IsoDate;
    label: string | null;
    labelEn: string | null;
    convention: 'decree' | 'calendar' | 'custom';
  };
  filters: { cluster: string | null; commune: string | null; leader: string | null };
  asOf: IsoDate;
  overdueDays: number;
  briefings: BriefingStatistics;
  issues: IssueStatistics;
  cumulative: CumulativeStatistics;
  /**
   * Items open at `asOf`, longest open first: every item raised on or before the period's end that
   * passes the filters, whatever year it was raised (an item of last year still open is backlog).
   */
  openItems: OpenItem[];
  /**
   * The counts of `openItems`: all items raised on or before the period's end still open at `asOf`,
   * and those past their deadline — the figures `giaoban validate` counts as `issue.overdue` on the
   * same as-of day (it cannot know of an item closed after that day, which is open then).
   */
  outstanding: { open: number; overdue: number };
  excludedRows: number;
  /** Kinds of the active communes counted (to say "xã", "phường" or "xã, phường"). */
  communeKinds: CommuneKind[];
  /** What the hosts are (from the input; `villages` says "thôn, bản" where `communes` says "xã"). */
  tier: 'communes' | 'villages';
  /** Cluster of each commune of the catalogue. */
  communeClusters: Record<string, string>;
  /** The deadline of each kind the overdue figures used (the default kind with `overdueDays`), with its source. */
  deadlines: AppliedDeadline[];
}

/** A deadline as the statistics applied it. */
export interface AppliedDeadline {
  kind: string;
  label: string;
  labelEn: string;
  days: number;
  count: 'calendar' | 'working';
  source: string;
  /** The same source in English (the Vietnamese one when no English is known). */
  sourceEn: string;
  /** The event the clock starts from (`raised`, `receipt`, `acceptance`). */
  start?: 'raised' | 'receipt' | 'acceptance';
  /** The unit's own convention (or its own kind), not a legal deadline. */
  convention?: boolean;
}
