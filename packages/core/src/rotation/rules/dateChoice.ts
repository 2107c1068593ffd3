/**
 * Rule: the date of a cluster's briefing. Held briefings keep their date,
 * an override's date is kept as given, otherwise the calendar's adjusted
 * briefing date (nominal day, moved off weekends and holidays) — with the
 * reason in Vietnamese and English.
 */
import { weekdayNameEn, weekdayNameVi } from '../../calendar/index.js';
import type { IsoDate } from '../../model.js';
import { viDate } from '../months.js';
import type { RotationDate } from '../types.js';

/** The chosen date and why. */
export interface DateChoice {
  date: IsoDate;
  reason: string;
  reasonEn: string;
}

/**
 * Chooses the briefing date: the override's date if any, else the calendar's.
 *
 * @example
 * ```ts
 * chooseDate({ nominal: '2026-02-15', date: '2026-02-23', moved: true, reason: 'Nghỉ Tết Nguyên Đán', reasonEn: 'Tết break' }, null);
 * // { date: '2026-02-23', reason: 'Ngày giao ban 23/02/2026: ngày 15/02/2026 … Nghỉ Tết Nguyên Đán', … }
 * ```
 */
export function chooseDate(calendarDate: RotationDate, overrideDate: IsoDate | null): DateChoice {
  if (overrideDate !== null) {
    return {
      date: overrideDate,
      reason: `Ngày giao ban ${viDate(overrideDate)}: do cán bộ cố định trên lịch`,
      reasonEn: `Briefing date ${overrideDate}: fixed by the clerk`,
    };
  }
  const d = calendarDate;
  const head = `Ngày giao ban ${weekdayNameVi(d.date)} ${viDate(d.date)}`;
  const headEn = `Briefing date ${weekdayNameEn(d.date)} ${d.date}`;
  if (!d.moved) {
    return {
      date: d.date,
      reason: `${head}: đúng ngày định kỳ, là ngày làm việc${d.reason ? ` (${d.reason})` : ''}`,
      reasonEn: `${headEn}: the regular day, a working day${d.reasonEn ? ` (${d.reasonEn})` : ''}`,
    };
  }
  return {
    date: d.date,
    reason: `${head}: ${d.reason ?? `ngày định kỳ ${viDate(d.nominal)} không phải ngày làm việc`}`,
    reasonEn: `${headEn}: ${d.reasonEn ?? `the regular day ${d.nominal} is not a working day`}`,
  };
}

/**
 * Reason for a date taken from a briefing already held.
 * @example heldDateReason('2026-01-20').reason; // "Ngày giao ban 20/01/2026: buổi giao ban đã tổ chức (không thay đổi)"
 */
export function heldDateReason(date: IsoDate): DateChoice {
  return {
    date,
    reason: `Ngày giao ban ${viDate(date)}: buổi giao ban đã tổ chức (không thay đổi)`,
    reasonEn: `Briefing date ${date}: already held (unchanged)`,
  };
}
