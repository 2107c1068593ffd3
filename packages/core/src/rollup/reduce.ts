/**
 * One unit's workbook reduced to what the roll-up keeps: who the unit says it
 * is, its figures for the period and for the same period a year earlier
 * (both from `computeStatistics`, exactly as `summarize` counts them), the
 * span of its records, a fingerprint of its records (to know the same book
 * under two names) and its findings in short. The records and grid can be
 * dropped as soon as this is made, so a thousand workbooks fit in memory.
 */
import type { HolidayOverride, IsoDate } from '../model.js';
import type { ReadResult } from '../records/readResult.js';
import type { UnitNames } from '../report/unitName.js';
import { computeStatistics } from '../stats/computeStatistics.js';
import { statisticsInputOf } from '../stats/fromRead.js';
import { defaultSummaryPeriod } from '../stats/latestDate.js';
import type { StatisticsPeriod } from '../stats/statistics.js';
import { customPeriod, type PeriodOptions, type ReportingPeriod } from '../calendar/periods.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import { fileFindingLines, type RollupFinding } from './findings.js';
import { rollupFiguresOf, type RollupFigures } from './figures.js';
import { unitClaimOf, type MergerStatement, type UnitClaim } from './identity.js';
import { samePeriodLastYear, shiftYears } from './period.js';

/** One unit's workbook as the roll-up takes it: already read, with its title-row names. */
export interface UnitWorkbook {
  /** The file name as the user gave it (shown in findings). */
  file: string;
  /** The read workbook (`readWorkbook(grid)`); only records, catalogue, settings and findings are used. */
  read: Pick<ReadResult, 'tables' | 'briefings' | 'issues' | 'planRows' | 'catalogue' | 'excludedRows' | 'settings' | 'findings'> & Partial<Pick<ReadResult, 'deadlines'>>;
  /** The unit names of the title rows (`detectUnitNames(grid)`). */
  names: UnitNames;
}

/** How every unit is counted: one period, one as-of date, one calendar. */
export interface RollupCountOptions {
  /** The period; absent: the unit's own latest complete reporting month (see {@link chooseRollupPeriod}). */
  period?: StatisticsPeriod;
  /** Decree 09/2019 months (default) or calendar months, for the default period and last year's. */
  periodOptions?: PeriodOptions;
  /** The date open and overdue items are counted to (as `summarize --as-of`). */
  asOf?: IsoDate;
  /** Today in Asia/Ho_Chi_Minh, for the default as-of date (today for the current period, its end for a past one). */
  today?: IsoDate;
  /** Extra days off (a `--holidays` file) for working-day deadlines. */
  holidays?: readonly HolidayOverride[];
  /** Days after which an item of the default kind is overdue (default: the workbook's deadlines table, else 30). */
  overdueDays?: number;
  /** The work calendar for working-day deadlines when the caller has one (a session's); `holidays` is then not used. */
  calendar?: WorkCalendar;
}

/** A workbook reduced for the roll-up (plain JSON: it may cross a worker thread). */
export interface UnitReduction {
  file: string;
  claim: UnitClaim;
  /** The period counted and the same period a year earlier. */
  period: ReportingPeriod;
  lastYearPeriod: ReportingPeriod;
  /** The as-of dates of the two counts (last year's: the same day a year earlier). */
  asOf: IsoDate;
  lastYearAsOf: IsoDate;
  now: RollupFigures;
  lastYear: RollupFigures;
  /** Earliest and latest date of a valid record (briefing or item), or null when there is none. */
  firstDate: IsoDate | null;
  lastDate: IsoDate | null;
  /** Valid records counted (briefings + items), over the whole workbook. */
  records: number;
  /** Tracking tables found (0: not a tracking workbook at all — a payroll sheet, the roll-up's own output). */
  tables: number;
  /** A hash of every valid record: two files with the same records are the same book. */
  fingerprint: string;
  /** Places the workbook lists as merged into another ("Sáp nhập vào"). */
  mergers: MergerStatement[];
  /** The workbook's own findings in short (see `fileFindingLines`); the unit is filled in by the roll-up. */
  findings: RollupFinding[];
  /** Error and warning counts of the workbook's findings. */
  errors: number;
  warnings: number;
}

/**
 * The as-of date a count uses: the one given, else today clamped into the
 * period (today for the current period, its end for a past one), as
 * `computeStatistics` decides it.
 */
function asOfFor(period: StatisticsPeriod, o: RollupCountOptions): IsoDate {
  if (o.asOf !== undefined) return o.asOf;
  if (o.today === undefined) return period.to;
  return o.today < period.from ? period.from : o.today > period.to ? period.to : o.today;
}

/**
 * The full period record (kind, label, convention) of a `StatisticsPeriod`: as it is when it has them, else a custom range.
 *
 * @param p - a period.
 * @returns a `ReportingPeriod`.
 * @example
 * ```ts
 * asReportingPeriod({ from: '2025-03-01', to: '2025-05-31' }).label; // "Từ 01/03/2025 đến 31/05/2025"
 * ```
 */
export function asReportingPeriod(p: StatisticsPeriod): ReportingPeriod {
  if (p.kind !== undefined && p.label && p.labelEn && p.convention) {
    return { kind: p.kind as ReportingPeriod['kind'], from: p.from, to: p.to, label: p.label, labelEn: p.labelEn, convention: p.convention };
  }
  return customPeriod(p.from, p.to);
}

/** The stand-in period day of a workbook with no dated record and no period given. */
const NO_RECORD_DAY = '2000-01-01';

/** FNV-1a over a string, two independent 32-bit lanes (64 bits, as hex). */
class Fingerprint {
  private a = 0x811c9dc5;
  private b = 0xcbf29ce4;
  add(s: string): void {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x0100019d) ^ (b >>> 15);
    }
    // A separator between fields, so "ab|c" and "a|bc" differ.
    this.a = Math.imul(a ^ 0x1f, 0x01000193);
    this.b = Math.imul(b ^ 0x1f, 0x0100019d);
  }
  hex(): string {
    return (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0');
  }
}

/**
 * Reduces one read workbook to the unit's figures for the period and the same
 * period a year earlier, counted by `computeStatistics` with the same as-of
 * date rule, deadlines and holidays as `summarize`.
 *
 * @param workbook - the file name, the read workbook and its title-row names.
 * @param options - period, as-of date, holidays, overdue days; without a period, the unit's own latest complete reporting month.
 * @returns the reduction (small, plain JSON).
 * @throws {GiaobanRangeError} for a malformed period or as-of date (the caller's options, never the workbook).
 * @example
 * ```ts
 * const read = readWorkbook(grid);
 * const r = reduceUnitWorkbook({ file: 'na-hy.xlsx', read, names: detectUnitNames(grid) }, { period: parsePeriodSpec('month:2025-12') });
 * r.claim.unit;     // "Công an xã Nà Hỳ"
 * r.now.items;      // the items of 15/11/2025 – 14/12/2025
 * r.lastYear.items; // the items of 15/11/2024 – 14/12/2024
 * ```
 */
export function reduceUnitWorkbook(workbook: UnitWorkbook, options: RollupCountOptions = {}): UnitReduction {
  const { read } = workbook;
  const periodOptions = options.periodOptions ?? {};
  const given = options.period ?? defaultSummaryPeriod(read, periodOptions);
  // A workbook without any dated record counts zero in every period: any day stands in until the roll-up sets its period.
  const placeholder = options.today ?? NO_RECORD_DAY;
  const period = given ? asReportingPeriod(given) : customPeriod(placeholder, placeholder);
  const lastYearPeriod = samePeriodLastYear(period, periodOptions.calendar ? undefined : periodOptions.cutoffDay);
  const asOf = asOfFor(period, options);
  const lastYearAsOf = shiftYears(asOf, -1);
  const input = statisticsInputOf(read);
  const common = {
    ...input,
    holidays: options.holidays ?? [],
    ...(options.calendar ? { calendar: options.calendar } : {}),
    overdueDays: options.overdueDays,
    cutoffDay: periodOptions.cutoffDay,
  };
  // Only the period's own figures are kept: the cumulative window starts with the period (less to count).
  const now = rollupFiguresOf(computeStatistics({ ...common, period, asOf, since: period.from }));
  const lastYear = rollupFiguresOf(computeStatistics({ ...common, period: lastYearPeriod, asOf: lastYearAsOf, since: lastYearPeriod.from }));

  let firstDate: IsoDate | null = null;
  let lastDate: IsoDate | null = null;
  const fp = new Fingerprint();
  const span = (d: IsoDate): void => {
    if (firstDate === null || d < firstDate) firstDate = d;
    if (lastDate === null || d > lastDate) lastDate = d;
  };
  for (const b of read.briefings) {
    span(b.date);
    fp.add(b.date);
    fp.add(b.host);
    fp.add(b.chair ?? '');
  }
  for (const i of read.issues) {
    span(i.date);
    fp.add(i.date);
    fp.add(i.commune);
    fp.add(i.content);
    fp.add(i.status);
    fp.add(i.resolvedDate ?? '');
  }

  const mergers: MergerStatement[] = read.catalogue.communes
    .filter((c) => c.mergedInto !== null && c.mergedInto.trim() !== '')
    .map((c) => ({ name: c.name, kind: c.kind, mergedInto: c.mergedInto!, validTo: c.validTo, file: workbook.file }));
  let errors = 0;
  for (const f of read.findings) if (f.severity === 'error') errors++;

  return {
    file: workbook.file,
    claim: unitClaimOf(read, workbook.names),
    period,
    lastYearPeriod,
    asOf,
    lastYearAsOf,
    now,
    lastYear,
    firstDate,
    lastDate,
    records: read.briefings.length + read.issues.length,
    tables: read.tables.length,
    fingerprint: fp.hex(),
    mergers,
    findings: fileFindingLines(workbook.file, read.findings),
    errors,
    warnings: read.findings.length - errors,
  };
}
