/**
 * Rule: stability. A re-plan keeps every assignment of the previous plan that
 * the rules still allow (the host and chair rules consult the previous row);
 * whatever differs is listed as a change with its reason.
 */
import type { PlannedBriefing } from '../../model.js';
import { rotationReason } from '../messages.js';
import { slotKey } from '../months.js';
import type { PreviousPlanRow, RotationChange } from '../types.js';

/**
 * Previous plan rows by (month, cluster); the last row of a slot wins.
 * @example indexPreviousPlan(rows).get(rotationSlotKey('2026-03', 'Cụm 1'))?.chair;
 */
export function indexPreviousPlan(previous: readonly PreviousPlanRow[]): Map<string, PreviousPlanRow> {
  const out = new Map<string, PreviousPlanRow>();
  for (const r of previous) out.set(slotKey(r.month, r.cluster), r);
  return out;
}

/** Why one field of one slot changed, as recorded by the planner. */
export type ChangeReasons = Map<string, { reason: string; reasonEn: string }>;

/** Key of a change reason: slot and field. */
export function changeKey(month: string, cluster: string, field: RotationChange['field']): string {
  return `${slotKey(month, cluster)}\u0000${field}`;
}

const FIELDS: RotationChange['field'][] = ['date', 'host', 'chair'];

/**
 * Lists every date, host and chair that differs from the previous plan in the planned months.
 *
 * @example
 * ```ts
 * listPlanChanges(indexPreviousPlan(previous), plan.briefings, reasons, new Set(['2026-03']));
 * // [{ month: '2026-03', cluster: 'Cụm 1', field: 'chair', before: 'Lò Văn Hùng', after: 'Hà Thị Mai', reason: 'Đ/c Lò Văn Hùng vắng mặt …' }]
 * ```
 */
export function listPlanChanges(
  previous: ReadonlyMap<string, PreviousPlanRow>,
  briefings: readonly PlannedBriefing[],
  reasons: ChangeReasons,
  months: ReadonlySet<string>,
): RotationChange[] {
  const out: RotationChange[] = [];
  const seen = new Set<string>();
  for (const b of briefings) {
    const key = slotKey(b.month, b.cluster);
    seen.add(key);
    const p = previous.get(key);
    if (!p) continue;
    for (const field of FIELDS) {
      const before = p[field] ?? null;
      const after = b[field] ?? null;
      if (before === after) continue;
      const why = reasons.get(changeKey(b.month, b.cluster, field)) ?? rotationReason('replanned');
      out.push({ month: b.month, cluster: b.cluster, field, before, after, ...why });
    }
  }
  for (const [key, p] of previous) {
    if (seen.has(key) || !months.has(p.month)) continue;
    const why = reasons.get(changeKey(p.month, p.cluster, 'host')) ?? rotationReason('clusterEmpty', { cluster: p.cluster });
    out.push({ month: p.month, cluster: p.cluster, field: 'host', before: p.host, after: null, ...why });
  }
  return out;
}
