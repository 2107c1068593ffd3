/**
 * Rule: overrides are kept as given. A clerk fixes a month and cluster either
 * with an explicit `Override` or by marking a plan row "Cố định"; explicit
 * overrides win field by field.
 */
import type { Override } from '../../model.js';
import { slotKey } from '../months.js';
import type { PreviousPlanRow } from '../types.js';

/**
 * Merges fixed plan rows and explicit overrides into one override per (month, cluster).
 *
 * @example
 * ```ts
 * const ov = collectOverrides([{ month: '2026-03', cluster: 'Cụm 1', chair: 'Lò Văn Hùng' }], []);
 * ov.get(slotKey('2026-03', 'Cụm 1'))?.chair; // "Lò Văn Hùng"
 * ```
 */
export function collectOverrides(
  overrides: readonly Override[],
  previous: readonly PreviousPlanRow[],
): Map<string, Override> {
  const out = new Map<string, Override>();
  for (const row of previous) {
    if (!row.fixed) continue;
    const o: Override = { month: row.month, cluster: row.cluster, host: row.host, date: row.date };
    if (row.chair !== null) o.chair = row.chair;
    out.set(slotKey(row.month, row.cluster), o);
  }
  for (const o of overrides) {
    const key = slotKey(o.month, o.cluster);
    const merged: Override = { ...(out.get(key) ?? { month: o.month, cluster: o.cluster }) };
    if (o.host !== undefined) merged.host = o.host;
    if (o.chair !== undefined) merged.chair = o.chair;
    if (o.date !== undefined) merged.date = o.date;
    out.set(key, merged);
  }
  return out;
}
