/**
 * Which months a workbook speaks for, and the plan the papers of a month use.
 * A paper goes out under a commander's signature: a month before the first
 * record or past the plan (a mistyped year, 2016 for 2026) is refused, or
 * written only on request and marked as a draft plan. The plan is the one
 * `giaoban rotate` makes with the same inputs ({@link rotationPlanOf}), from
 * the month after the latest record — the start `demo`, the add-in and the
 * offline app use — so every planned month carries its own hosts and chairs.
 */
import type { DateRule, HolidayOverride, IsoDate, YearMonth } from '../model.js';
import { addMonths, monthOf } from '../calendar/index.js';
import { GiaobanError } from '../errors.js';
import type { ReadResult } from '../records/readResult.js';
import { rotationPlanOf } from '../rotation/fromRead.js';
import type { RotationPlan } from '../rotation/types.js';
import { DEFAULT_PLAN_MONTHS, defaultPlanStart } from '../stats/latestDate.js';
import { formatReportMonth } from '../report/format.js';

/**
 * A month the workbook does not speak for (before its first record, or past its
 * plan), asked for without allowing a draft.
 */
export class PapersMonthError extends GiaobanError {
  override readonly name = 'PapersMonthError';
  constructor(vi: string, en: string, details: { month: YearMonth; first: YearMonth | null; last: YearMonth | null }) {
    super('documents.month-outside', { vi, en }, { details });
  }
}

/** A held briefing of the month whose row cannot be read (its date is invalid): its minutes would be a blank form. */
export class PapersRecordError extends GiaobanError {
  override readonly name = 'PapersRecordError';
  constructor(vi: string, en: string, details: { cells: string[] }) {
    super('documents.briefing-unreadable', { vi, en }, { details });
  }
}

/** The months a workbook speaks for. */
export interface MonthsSpokenFor {
  /** The first month with a record (a briefing, an item, a plan row), or null when there is none. */
  first: YearMonth | null;
  /** The last planned month: a year from the month after the latest record, or the plan sheet's last month if later. */
  last: YearMonth | null;
  /** The month after the latest record: where a new plan starts (`defaultPlanStart`). */
  planStart: YearMonth | null;
}

const monthIndex = (m: YearMonth): number => +m.slice(0, 4) * 12 + +m.slice(5, 7) - 1;

/**
 * The months a workbook speaks for: from its first record to the end of its plan.
 *
 * @example
 * ```ts
 * monthsSpokenFor(readWorkbook(grid)); // { first: "2024-01", last: "2026-12", planStart: "2026-01" } (records of 2024–2025)
 * ```
 */
export function monthsSpokenFor(read: Pick<ReadResult, 'briefings' | 'issues' | 'planRows'>): MonthsSpokenFor {
  let first: YearMonth | null = null;
  let lastPlanRow: YearMonth | null = null;
  const see = (m: YearMonth) => {
    if (first === null || m < first) first = m;
  };
  for (const b of read.briefings) see(monthOf(b.date));
  for (const i of read.issues) see(monthOf(i.date));
  for (const r of read.planRows) {
    see(r.month);
    if (lastPlanRow === null || r.month > lastPlanRow) lastPlanRow = r.month;
  }
  const planStart = defaultPlanStart(read);
  const yearOfPlan = planStart ? addMonths(planStart, DEFAULT_PLAN_MONTHS - 1) : null;
  const last = yearOfPlan && lastPlanRow ? (yearOfPlan > lastPlanRow ? yearOfPlan : lastPlanRow) : (yearOfPlan ?? lastPlanRow);
  return { first, last, planStart };
}

/** Options of {@link papersPlan}: the month, and what `giaoban rotate` takes. */
export interface PapersPlanOptions {
  month: YearMonth;
  holidays?: readonly HolidayOverride[] | null;
  day?: number;
  rule?: DateRule;
  freezeDate?: IsoDate | null;
  /** Write papers for a month the workbook does not speak for, marked as a draft plan. */
  allowDraft?: boolean;
}

/** The plan the papers of a month use, and whether they are a draft. */
export interface PapersPlan {
  /** Null when the workbook has no commune list (nothing can be planned). */
  plan: RotationPlan | null;
  /** What `giaoban rotate --from … --months …` gives the same plan. */
  from: YearMonth;
  months: number;
  /** The month is outside what the workbook speaks for (allowed as a draft). */
  draft: boolean;
  spokenFor: MonthsSpokenFor;
}

/**
 * The plan for the papers of `o.month`: `rotate`'s plan from the month after
 * the latest record over the plan's year (longer if the month is later), or
 * from the month itself for a month already past.
 *
 * @throws {PapersMonthError} when the month is before the first record or past the plan and `allowDraft` is not set.
 * @throws {RangeError} as `planRotation` (a malformed day, rule or freeze date).
 * @example
 * ```ts
 * const { plan, from, months } = papersPlan(read, { month: '2026-03' });
 * // from "2026-01", months 12: the same plan as `giaoban rotate --from 2026-01 --months 12`
 * ```
 */
export function papersPlan(read: ReadResult, o: PapersPlanOptions): PapersPlan {
  const spokenFor = monthsSpokenFor(read);
  const { first, last, planStart } = spokenFor;
  const outside = (first !== null && o.month < first) || (last !== null && o.month > last);
  if (outside && !o.allowDraft) {
    const m = formatReportMonth(o.month);
    const range = `${formatReportMonth(first!)} – ${formatReportMonth(last ?? first!)}`;
    throw new PapersMonthError(
      `Sổ chỉ có số liệu và lịch giao ban cho các tháng ${range}; tháng ${m} nằm ngoài khoảng đó (có thể gõ nhầm năm?), nên không soạn giấy tờ chính thức. ` +
        'Nếu đúng là cần giấy tờ cho tháng này, hãy soạn bản dự thảo theo lịch dự kiến.',
      `The workbook has records and a plan for ${range} only; ${m} is outside that range (a mistyped year?), so no official papers are written. ` +
        'If this month is really wanted, write them as a draft of the expected plan.',
      { month: o.month, first, last },
    );
  }
  const start = planStart !== null && o.month >= planStart ? planStart : o.month;
  const months = Math.max(start === planStart ? DEFAULT_PLAN_MONTHS : 1, monthIndex(o.month) - monthIndex(start) + 2);
  const plan =
    read.catalogue.communes.length === 0
      ? null
      : rotationPlanOf(read, { from: start, months, holidays: o.holidays, day: o.day, rule: o.rule, freezeDate: o.freezeDate ?? null });
  return { plan, from: start, months, draft: outside, spokenFor };
}

/** A month named by a date text a reader could not read: "31/02/2025", "ngày 31 tháng 02 năm 2025" → "2025-02". */
export function monthOfDateText(text: string): YearMonth | null {
  const t = text.normalize('NFC');
  let m = /(?:^|\D)(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})(?!\d)/u.exec(t);
  let month: number | null = null;
  let year: number | null = null;
  if (m) {
    month = +m[2]!;
    year = m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!;
  } else if ((m = /tháng\s*(\d{1,2})\s*(?:năm|\/|-)\s*(\d{4})/iu.exec(t))) {
    month = +m[1]!;
    year = +m[2]!;
  }
  if (month === null || year === null || month < 1 || month > 12 || year < 1900 || year > 2100) return null;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/**
 * Throws when a briefing of `month` was recorded with a date the reader could
 * not read: its minutes would otherwise come out as a blank form for a
 * briefing that was held. Names every such cell.
 *
 * @throws {PapersRecordError} naming the sheet, cell and value of each unreadable date of that month.
 */
export function assertBriefingDatesReadable(read: Pick<ReadResult, 'tables' | 'invalidDates'>, month: YearMonth): void {
  const dateColumns = read.tables.filter((t) => t.kind === 'briefings' && t.columns.date !== undefined);
  const bad = (read.invalidDates ?? []).filter(
    (c) =>
      c.field === 'date' &&
      dateColumns.some((t) => t.sheet === c.sheet && c.row >= t.firstDataRow && c.row <= t.lastDataRow) &&
      monthOfDateText(c.text) === month,
  );
  if (bad.length === 0) return;
  const vi = bad.map((c) => `ô ${c.cell} trang "${c.sheet}" ghi ngày "${c.text}"`).join('; ');
  const en = bad.map((c) => `cell ${c.cell} of sheet "${c.sheet}" holds the date "${c.text}"`).join('; ');
  const m = formatReportMonth(month);
  throw new PapersRecordError(
    `Không soạn được biên bản tháng ${m}: sổ giao ban có buổi giao ban với ngày không hợp lệ (${vi}). Hãy sửa ngày trong sổ rồi soạn lại.`,
    `Cannot write the minutes of ${m}: the briefing log has a briefing with an invalid date (${en}). Correct the date in the workbook and run again.`,
    { cells: bad.map((c) => `${c.sheet}!${c.cell}`) },
  );
}
