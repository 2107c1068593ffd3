/**
 * Rule: who and what is available on a date — communes by their validity
 * interval (merged or dissolved units stop after `validTo`, new ones start at
 * `validFrom`), leaders by active dates, absences and allowed clusters.
 */
import type { Absence, Commune, IsoDate, Leader, YearMonth } from '../../model.js';
import { dateParam, rotationReason } from '../messages.js';
import { monthBounds } from '../months.js';

/**
 * True when the commune exists on `date` (validity interval, inclusive).
 * @example communeActiveOn({ ...naBung, validTo: '2025-06-30' }, '2025-07-01'); // false
 */
export function communeActiveOn(c: Commune, date: IsoDate): boolean {
  return (c.validFrom === null || c.validFrom <= date) && (c.validTo === null || date <= c.validTo);
}

/**
 * True when the commune exists on at least one day of `month`.
 * @example communeActiveInMonth({ ...naBung, validTo: '2025-06-30' }, '2025-06'); // true
 */
export function communeActiveInMonth(c: Commune, month: YearMonth): boolean {
  const { first, last } = monthBounds(month);
  return (c.validFrom === null || c.validFrom <= last) && (c.validTo === null || first <= c.validTo);
}

/** Why a leader cannot chair a briefing, or null when they can. */
export interface Unavailability {
  reason: string;
  reasonEn: string;
}

/**
 * Checks whether `leader` may chair `cluster`'s briefing on `date`
 * (active dates, absences, allowed clusters). Double-booking is checked by the chair rule.
 *
 * @example
 * ```ts
 * leaderUnavailability(leader, '2026-03-16', 'Cụm 1', [{ leader: leader.name, from: '2026-03-10', to: '2026-03-20', reason: 'Nghỉ phép' }]);
 * // { reason: 'Đ/c … vắng mặt từ 10/03/2026 đến 20/03/2026 (Nghỉ phép)', … }
 * ```
 */
export function leaderUnavailability(
  leader: Leader,
  date: IsoDate,
  cluster: string,
  absences: readonly Absence[],
): Unavailability | null {
  if (leader.activeFrom !== null && date < leader.activeFrom) {
    return rotationReason('leaderNotYet', { leader: leader.name, date: dateParam(leader.activeFrom) });
  }
  if (leader.activeTo !== null && date > leader.activeTo) {
    return rotationReason('leaderGone', { leader: leader.name, date: dateParam(leader.activeTo) });
  }
  if (leader.clusters.length > 0 && !leader.clusters.includes(cluster)) {
    return rotationReason('leaderNotAssigned', { leader: leader.name, cluster });
  }
  for (const a of absences) {
    if (a.leader === leader.name && a.from <= date && date <= a.to) {
      return rotationReason('leaderAbsent', { leader: leader.name, from: dateParam(a.from), to: dateParam(a.to), why: a.reason ? ` (${a.reason})` : '' });
    }
  }
  return null;
}

/**
 * Names of the leaders who may chair `cluster` on `date`, in catalogue order.
 * @example availableLeaders(catalogue.leaders, '2026-03-16', 'Cụm 1', catalogue.absences); // ['Hà Thị Mai', …]
 */
export function availableLeaders(
  leaders: readonly Leader[],
  date: IsoDate,
  cluster: string,
  absences: readonly Absence[],
): string[] {
  const out: string[] = [];
  for (const l of leaders) if (leaderUnavailability(l, date, cluster, absences) === null) out.push(l.name);
  return out;
}
