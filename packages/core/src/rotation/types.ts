/**
 * Input and output shapes of the rotation planner.
 */
import type { BriefingDateOptions } from '../calendar/index.js';
import type {
  BriefingRecord,
  Catalogue,
  IsoDate,
  Override,
  PlannedBriefing,
  ScheduleSwap,
  YearMonth,
} from '../model.js';

/**
 * The date of one cluster's briefing in one month, as the calendar decides it.
 * Structurally the calendar's `BriefingDate`, so `briefingDate(...)` results fit.
 */
export interface RotationDate {
  nominal: IsoDate;
  date: IsoDate;
  moved: boolean;
  /** Why the date moved, in Vietnamese (null when it did not move). */
  reason: string | null;
  reasonEn: string | null;
  /** Present when the year's holidays are still an estimate (the date may change when they are announced). */
  estimate?: { vi: string; en: string };
}

/** Supplies the date of a cluster's briefing for a month (injected for tests and other hosts). */
export type RotationDateProvider = (month: YearMonth, cluster: string) => RotationDate;

/** Date rule options: the calendar's `BriefingDateOptions` (nominal day, rule, days off, holidays). */
export type RotationDateOptions = BriefingDateOptions;

/** A row of an earlier plan (from a plan sheet or a previous `planRotation` run). */
export interface PreviousPlanRow {
  month: YearMonth;
  cluster: string;
  date: IsoDate;
  host: string;
  chair: string | null;
  /** Marked "Cố định" by the clerk: treated as an override of host, chair and date. */
  fixed?: boolean;
}

/** Everything the planner needs. Pure data: the same input always gives the same plan. */
export interface RotationInput {
  catalogue: Catalogue;
  /** Briefings already held (frozen; they also tell who hosted and chaired most recently). */
  history?: BriefingRecord[];
  /** The previous plan: kept wherever the rules still allow (stability). */
  previous?: readonly PreviousPlanRow[];
  /** The clerk's fixed choices; kept as given. */
  overrides?: readonly Override[];
  /** Recorded swaps (the **Đổi lịch** table); kept as given, on top of the overrides, and named in the changes. */
  swaps?: readonly ScheduleSwap[];
  /** First month to plan, `YYYY-MM`. */
  from: YearMonth;
  /** Number of months to plan (1 or more). */
  months: number;
  /** Date rule (nominal day, business-day convention, days off, holidays; default holidays: the catalogue's). */
  dateOptions?: RotationDateOptions;
  /** Nominal day per cluster, overriding `dateOptions.day` (stagger clusters over the month). */
  clusterDays?: Readonly<Record<string, number>>;
  /** Previous plan rows dated before this day are frozen like history. */
  freezeDate?: IsoDate | null;
  /** Date provider; default: the calendar's `briefingDate` with `dateOptions`/`clusterDays`. */
  dateOf?: RotationDateProvider;
  /** Who hosts: communes (default), or a commune police unit's villages — the Vietnamese reasons then say "thôn, bản". */
  tier?: 'communes' | 'villages';
}

/** A month and cluster that cannot be planned as the rules require. */
export interface RotationProblem {
  month: YearMonth;
  cluster: string;
  message: string;
  messageEn: string;
}

/** One assignment that differs from the previous plan, with why. */
export interface RotationChange {
  month: YearMonth;
  cluster: string;
  field: 'date' | 'host' | 'chair';
  before: string | null;
  after: string | null;
  reason: string;
  reasonEn: string;
}

/** The planner's answer. */
export interface RotationPlan {
  /** One briefing per cluster per month, sorted by month then catalogue order of clusters. */
  briefings: PlannedBriefing[];
  problems: RotationProblem[];
  /** Differences from `input.previous` inside the planned months. */
  changes: RotationChange[];
  /** Who chaired and hosted how often in the planned months, against the fair share. */
  fairness: RotationFairness;
  /** What each recorded swap did (in input order). */
  swaps: SwapOutcome[];
}

/** One leader's chairs in the planned months against their fair share. */
export interface LeaderFairness {
  leader: string;
  chairs: number;
  /** Sum over the staffed briefings of 1/k for each of the k leaders who could chair it. */
  fairShare: number;
  /** `chairs − fairShare`: positive = ahead of the share, negative = behind. */
  difference: number;
  /** Within the planner's fairness bound (`KEEP_TOLERANCE`). */
  withinBound: boolean;
}

/** How often one commune hosted in the planned months. */
export interface CommuneHosting {
  commune: string;
  cluster: string;
  hosted: number;
}

/** A month and cluster left without a chair or without a briefing, and why. */
export interface UnstaffedMonth {
  month: YearMonth;
  cluster: string;
  reason: string;
  reasonEn: string;
}

/** The fairness table of a plan. */
export interface RotationFairness {
  leaders: LeaderFairness[];
  communes: CommuneHosting[];
  unstaffed: UnstaffedMonth[];
  /** The bound the planner keeps every leader within (chairs). */
  bound: number;
}

/** What one recorded swap did to the plan. */
export interface SwapOutcome {
  swap: ScheduleSwap;
  /** What it swaps: the chair, the host or the date; null when it could not be read. */
  field: 'chair' | 'host' | 'date' | null;
  applied: boolean;
  /** The previous plan's value it replaced (re-plans), else null. */
  before: string | null;
  after: string | null;
  /** What it changed, in words. */
  effect: string;
  effectEn: string;
}
