/**
 * Fills the rotation's reason texts (`data/rotationReasons.ts`) in both
 * languages: numbers with a Vietnamese decimal comma, dates as dd/mm/yyyy in
 * Vietnamese and "15 January 2026" in English, months as mm/yyyy and "January 2026".
 */
import { ROTATION_REASONS, VILLAGE_REASONS, type RotationReasonKey } from '../data/rotationReasons.js';
import type { IsoDate, YearMonth } from '../model.js';
import { formatDateIn, formatMonthIn, isValidIsoDate, isValidYearMonth } from '../calendar/civilDate.js';
import { viMonth } from './months.js';

/** Who hosts the briefings: communes, or a commune police unit's villages (the village tier). */
export type HostTier = 'communes' | 'villages';

/** A reason in Vietnamese and English. */
export interface Reason {
  reason: string;
  reasonEn: string;
}

/** A value to fill in: text, a number, a date, a month, or an already-filled reason. */
export type ReasonParam = string | number | { date: IsoDate } | { month: YearMonth } | Reason;

/** A date parameter. @example rotationReason('dateHeld', { date: dateParam('2026-01-20') }) */
export const dateParam = (date: IsoDate): { date: IsoDate } => ({ date });
/** A month parameter. */
export const monthParam = (month: YearMonth): { month: YearMonth } => ({ month });

/**
 * A number as the clerk reads it: one decimal at most, decimal comma in Vietnamese.
 * @example formatRotationNumber(1.5, 'vi'); // "1,5"
 */
export function formatRotationNumber(n: number, lang: 'vi' | 'en'): string {
  const s = (Math.round(n * 10) / 10).toString();
  return lang === 'vi' ? s.replace('.', ',') : s;
}

function render(p: ReasonParam, lang: 'vi' | 'en'): string {
  if (typeof p === 'string') return p;
  if (typeof p === 'number') return formatRotationNumber(p, lang);
  // The one date formatter; a malformed date is shown as written rather than stopping the plan.
  if ('date' in p) return isValidIsoDate(p.date) ? formatDateIn(p.date, lang) : p.date;
  if ('month' in p) return lang === 'vi' ? viMonth(p.month) : isValidYearMonth(p.month) ? formatMonthIn(p.month, lang) : p.month;
  return lang === 'vi' ? p.reason : p.reasonEn;
}

// `{name}` takes the value; `{name:one|other}` the English word for one or for any other count.
function fill(template: string, params: Readonly<Record<string, ReasonParam>>, lang: 'vi' | 'en'): string {
  return template.replace(/\{(\w+)(?::([^|{}]*)\|([^{}]*))?\}/g, (all, name: string, one?: string, other?: string) => {
    const p = params[name];
    if (p === undefined) return all;
    if (one !== undefined) return p === 1 ? one : other!;
    return render(p, lang);
  });
}

/**
 * One reason of the planner, filled in both languages.
 *
 * @param key which reason
 * @param params the values to fill in
 * @param tier who hosts: communes (default), or a commune police unit's villages, whose
 *   Vietnamese reasons name the host "thôn, bản"
 * @returns the reason in Vietnamese and English
 * @example
 * ```ts
 * rotationReason('chairAheadAtEnd', { leader: 'Lò Văn Hùng', tolerance: 1.5 }).reason;
 * // "Đ/c Lò Văn Hùng sẽ chủ trì vượt phần công bằng vào cuối kỳ … vượt quá 1,5 buổi)"
 * ```
 */
export function rotationReason(key: RotationReasonKey, params: Readonly<Record<string, ReasonParam>> = {}, tier: HostTier = 'communes'): Reason {
  const t = ROTATION_REASONS[key];
  const vi = (tier === 'villages' ? VILLAGE_REASONS[key] : undefined) ?? t.vi;
  return { reason: fill(vi, params, 'vi'), reasonEn: fill(t.en, params, 'en') };
}

/** A reason's two texts as a problem's message pair. */
export function asMessage(r: Reason): { message: string; messageEn: string } {
  return { message: r.reason, messageEn: r.reasonEn };
}
