/**
 * Rule: history is frozen. A briefing already held (or a plan row dated
 * before the freeze date) is never changed; the planner copies it as is.
 */
import type { BriefingRecord, Commune, IsoDate } from '../../model.js';
import { monthOfDate, slotKey } from '../months.js';
import type { PreviousPlanRow } from '../types.js';

/**
 * The cluster a held briefing belongs to: as recorded, else the host commune's cluster.
 * @example clusterOfHeld({ ...record, cluster: null, host: 'Nà Khoa' }, new Map([['Nà Khoa', 'Cụm 1']])); // "Cụm 1"
 */
export function clusterOfHeld(record: BriefingRecord, clusterOfCommune: ReadonlyMap<string, string>): string | null {
  return record.cluster ?? clusterOfCommune.get(record.host) ?? null;
}

/**
 * Indexes held briefings by (month, cluster); the earliest one of a month wins.
 *
 * @example
 * ```ts
 * const held = indexHeldBriefings(history, communes);
 * held.get(slotKey('2026-01', 'Cụm 1'))?.host; // "Nà Khoa"
 * ```
 */
export function indexHeldBriefings(history: readonly BriefingRecord[], communes: readonly Commune[]): Map<string, BriefingRecord> {
  const clusterOf = new Map(communes.map((c) => [c.name, c.cluster] as const));
  const sorted = [...history].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const out = new Map<string, BriefingRecord>();
  for (const r of sorted) {
    const cluster = clusterOfHeld(r, clusterOf);
    if (cluster === null) continue;
    const key = slotKey(monthOfDate(r.date), cluster);
    if (!out.has(key)) out.set(key, r);
  }
  return out;
}

/**
 * True when a previous plan row is frozen by the freeze date (its date is before it).
 *
 * @example
 * ```ts
 * isFrozenPlanRow({ month: '2026-01', cluster: 'Cụm 1', date: '2026-01-15', host: 'Nà Khoa', chair: null }, '2026-02-01'); // true
 * ```
 */
export function isFrozenPlanRow(row: PreviousPlanRow, freezeDate: IsoDate | null | undefined): boolean {
  return freezeDate != null && row.date < freezeDate;
}
