/**
 * Rule: the date of a cluster's briefing. Held briefings keep their date,
 * an override's date is kept as given, otherwise the calendar's adjusted
 * briefing date (nominal day, moved off weekends and holidays) — with the
 * reason in Vietnamese and English.
 */
import { weekdayNameEn, weekdayNameVi } from '../../calendar/index.js';
import type { IsoDate } from '../../model.js';
import { dateParam, rotationReason, type Reason } from '../messages.js';
import type { RotationDate } from '../types.js';

/** The chosen date and why. */
export interface DateChoice {
  date: IsoDate;
  reason: string;
  reasonEn: string;
  /** The calendar's note when the year's holidays are still an estimate. */
  estimate?: { vi: string; en: string };
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
    return { date: overrideDate, ...rotationReason('dateFixed', { date: dateParam(overrideDate) }) };
  }
  const d = calendarDate;
  const weekday: Reason = { reason: weekdayNameVi(d.date), reasonEn: weekdayNameEn(d.date) };
  let choice: DateChoice;
  if (!d.moved) {
    const note: Reason = { reason: d.reason ? ` (${d.reason})` : '', reasonEn: d.reasonEn ? ` (${d.reasonEn})` : '' };
    choice = { date: d.date, ...rotationReason('dateRegular', { weekday, date: dateParam(d.date), note }) };
  } else {
    const fallback = rotationReason('dateNotWorking', { nominal: dateParam(d.nominal) });
    const why: Reason = { reason: d.reason ?? fallback.reason, reasonEn: d.reasonEn ?? fallback.reasonEn };
    choice = { date: d.date, ...rotationReason('dateMoved', { weekday, date: dateParam(d.date), why }) };
  }
  // A date in a year whose holidays are not announced yet says so.
  if (!d.estimate) return choice;
  return { ...choice, reason: `${choice.reason}; ${d.estimate.vi}`, reasonEn: `${choice.reasonEn}; ${d.estimate.en}`, estimate: d.estimate };
}

/**
 * Reason for a date taken from a briefing already held.
 * @example heldDateReason('2026-01-20').reason; // "Ngày giao ban 20/01/2026: buổi giao ban đã tổ chức (không thay đổi)"
 */
export function heldDateReason(date: IsoDate): DateChoice {
  return { date, ...rotationReason('dateHeld', { date: dateParam(date) }) };
}
