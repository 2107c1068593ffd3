/**
 * What a front end tells a session: the settings of one run. Every front end
 * passes the same names (the CLI from its options, the add-in and the offline
 * app from their controls), and the session checks them the same way.
 */
import type { DateRule, HolidayOverride, IsoDate } from '../model.js';
import type { AdminCatalogue } from '../admin/catalogue.js';
import { isValidIsoDate } from '../calendar/civilDate.js';
import { refusal } from './errors.js';

/** Options of `openSession`. */
export interface SessionOptions {
  /**
   * Days off and make-up days from an extra holidays file (`--holidays`). They sit above the
   * shipped rules and announcements and under the workbook's own holiday sheet, which wins a date.
   */
  holidays?: readonly HolidayOverride[];
  /** The date every overdue figure is counted to, when the clerk names one (`--as-of`). */
  asOf?: IsoDate | null;
  /**
   * Today in Asia/Ho_Chi_Minh (`civilDateInVietnam(Date.now())`): the as-of date when none is
   * named. The core reads no clock, so a front end passes it; without it (a library caller, a
   * test) the latest date the workbook records is used.
   */
  today?: IsoDate | null;
  /** Days after which an open item of the default kind is overdue (default: the workbook's deadlines table, else 30). */
  overdueDays?: number | null;
  /** Nominal briefing day of the month, 1–28 (default 15). */
  day?: number | null;
  /** How a briefing on a day off moves (default `following`). */
  rule?: DateRule | null;
  /** Reporting months as calendar months instead of the 15th cut-off of Decree 09/2019/NĐ-CP. */
  calendar?: boolean;
  /** Data cut-off day of decree reporting months, 1–28 (default 15). */
  cutoffDay?: number | null;
  /** The unit's name when the clerk gives it (`--unit`); otherwise the workbook says. */
  unit?: string | null;
  /** The parent unit's name when the clerk gives it (`--parent-unit`). */
  parentUnit?: string | null;
  /** The workbook's file name as the user named it: in messages and, last, as the calendar's unit. */
  fileName?: string | null;
  /** Reading progress: rows done of all rows, every few thousand rows and at the end. */
  onProgress?: (done: number, total: number) => void;
  /**
   * The national catalogue of administrative units (`nationalCatalogue()` of `@giaoban/core/catalogue`,
   * a separate entry because its data is large: a front end loads it at its file edge and passes it).
   * With it, a list of today's units reads old communes' names by the row's date, codes are checked,
   * and the parent body comes from the catalogue when the workbook does not write one. Without it,
   * only the workbook's own "Hình thành từ" column maps old names.
   */
  adminCatalogue?: AdminCatalogue | null;
  /** The workbook's province (code or name) when the caller knows it; default: from the title rows or the communes list. */
  province?: string | null;
}

/** The options after checking: numbers in range, dates real. */
export interface CheckedOptions {
  holidays: readonly HolidayOverride[];
  asOf: IsoDate | null;
  today: IsoDate | null;
  overdueDays: number | null;
  day: number | null;
  rule: DateRule | null;
  calendar: boolean;
  cutoffDay: number | null;
  unit: string | null;
  parentUnit: string | null;
  fileName: string | null;
}

function dayOfMonth(v: number | null | undefined): number | null {
  if (v === undefined || v === null) return null;
  if (!Number.isInteger(v) || v < 1 || v > 28) throw refusal('session.dayOfMonth', { value: String(v) });
  return v;
}

function date(v: IsoDate | null | undefined): IsoDate | null {
  if (v === undefined || v === null) return null;
  if (!isValidIsoDate(v)) throw refusal('session.date', { value: v });
  return v;
}

/**
 * Checks the options of a session.
 *
 * @param o the options as given
 * @returns the options with defaults made explicit
 * @throws {SessionError} for a day of the month outside 1–28, overdue days outside 0–3650 or a date that does not exist
 * @example
 * ```ts
 * checkSessionOptions({ overdueDays: 45 }).overdueDays; // 45
 * ```
 */
export function checkSessionOptions(o: SessionOptions): CheckedOptions {
  const overdue = o.overdueDays ?? null;
  if (overdue !== null && (!Number.isInteger(overdue) || overdue < 0 || overdue > 3650)) throw refusal('session.overdueDays', { value: String(overdue) });
  const text = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);
  return {
    holidays: o.holidays ?? [],
    asOf: date(o.asOf),
    today: date(o.today),
    overdueDays: overdue,
    day: dayOfMonth(o.day),
    rule: o.rule ?? null,
    calendar: o.calendar === true,
    cutoffDay: dayOfMonth(o.cutoffDay),
    unit: text(o.unit),
    parentUnit: text(o.parentUnit),
    fileName: text(o.fileName),
  };
}
