/** The rotation input a read workbook gives: catalogue, briefings held and the previous plan sheet. */
import type { DateRule, HolidayOverride, IsoDate, YearMonth } from '../model.js';
import { mergeHolidaySources } from '../calendar/index.js';
import type { ReadResult } from '../records/readResult.js';
import { planRotation } from './planner.js';
import type { RotationInput, RotationPlan } from './types.js';

/**
 * The workbook part of {@link RotationInput}: the catalogue (whose holidays
 * the planner uses by default), the briefings held as history, and the plan
 * sheet's rows as the previous plan (rows marked "Cố định" stay fixed), and
 * the Đổi lịch table's recorded swaps.
 * Add `from`, `months` and any date options.
 *
 * @example
 * ```ts
 * const read = readWorkbook(grid);
 * const plan = planRotation({ ...rotationInputOf(read), from: defaultPlanStart(read)!, months: 12 });
 * ```
 */
export function rotationInputOf(
  read: Pick<ReadResult, 'catalogue' | 'briefings' | 'planRows'> & Partial<Pick<ReadResult, 'swaps' | 'organisation'>>,
): Pick<RotationInput, 'catalogue' | 'history' | 'previous' | 'swaps' | 'tier'> {
  return {
    catalogue: read.catalogue,
    history: read.briefings,
    previous: read.planRows.map((r) => ({ month: r.month, cluster: r.cluster, date: r.date, host: r.host, chair: r.chair, fixed: r.fixed })),
    swaps: read.swaps ?? [],
    tier: read.organisation?.tier ?? 'communes',
  };
}

/** What `giaoban rotate` takes besides the workbook (its options), for {@link rotationPlanOf}. */
export interface RotationPlanOptions {
  /** First month to plan, `YYYY-MM` (`--from`). */
  from: YearMonth;
  /** Months to plan (`--months`). */
  months: number;
  /** Days off announced after the release (`--holidays`); the workbook's own holiday sheet wins a date. */
  holidays?: readonly HolidayOverride[] | null;
  /** Nominal day of the month (`--day`, default 15). */
  day?: number;
  /** Business-day convention (`--rule`, default `following`). */
  rule?: DateRule;
  /** Plan rows dated before this day are frozen (`--freeze`). */
  freezeDate?: IsoDate | null;
}

/**
 * The plan `giaoban rotate` makes from a read workbook and its options: the
 * one place that composes the planner's input (history, previous plan sheet,
 * recorded swaps, absences, the `--holidays` days under the workbook's own
 * holiday sheet, the day and rule, the freeze date), so that every paper of a
 * month carries exactly the plan `rotate` shows for it.
 *
 * @throws {RangeError} as {@link planRotation} (a malformed month, day, rule or freeze date).
 * @example
 * ```ts
 * const plan = rotationPlanOf(readWorkbook(grid), { from: '2026-01', months: 12 });
 * plan.briefings[0]; // { month: "2026-01", cluster: "Cụm 1", date: "2026-01-15", host: "Chà Nưa", chair: "Lò Văn Thắng", … }
 * ```
 */
export function rotationPlanOf(
  read: Pick<ReadResult, 'catalogue' | 'briefings' | 'planRows'> & Partial<Pick<ReadResult, 'swaps'>>,
  o: RotationPlanOptions,
): RotationPlan {
  return planRotation({
    ...rotationInputOf(read),
    from: o.from,
    months: o.months,
    dateOptions: {
      ...(o.day !== undefined ? { day: o.day } : {}),
      ...(o.rule !== undefined ? { rule: o.rule } : {}),
      overrides: mergeHolidaySources(o.holidays, read.catalogue.holidays),
    },
    freezeDate: o.freezeDate ?? null,
  });
}
