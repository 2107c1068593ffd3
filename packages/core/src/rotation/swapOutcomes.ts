/**
 * What each recorded swap (Đổi lịch) did to the plan: the value it replaced
 * in the previous plan (or the "from" the clerk wrote), or that it was already
 * so, or — in a first plan without "from" — what it set; or why it was not applied.
 */
import type { PlannedBriefing, ScheduleSwap } from '../model.js';
import { dateParam, rotationReason, type HostTier, type Reason, type ReasonParam } from './messages.js';
import { monthOfDate, slotKey } from './months.js';
import type { ResolvedSwap } from './rules/swaps.js';
import type { PreviousPlanRow, RotationChange, RotationProblem, SwapOutcome } from './types.js';

const FIELD = { chair: 'fieldChair', host: 'fieldHost', date: 'fieldDate' } as const;

/**
 * One outcome per swap, in input order; `tier` words them for a commune police unit's villages.
 * @example swapOutcomes(input.swaps, resolved, plan.briefings, plan.changes, plan.problems)[0].effect;
 * // "Đổi lịch ngày 16/03/2026: lãnh đạo chủ trì Lò Văn Hùng → Hà Thị Mai"
 */
export function swapOutcomes(
  swaps: readonly ScheduleSwap[],
  resolved: ReadonlyMap<string, readonly ResolvedSwap[]>,
  briefings: readonly PlannedBriefing[],
  changes: readonly RotationChange[],
  problems: readonly RotationProblem[],
  previous: ReadonlyMap<string, PreviousPlanRow> = new Map(),
  tier: HostTier = 'communes',
): SwapOutcome[] {
  return swaps.map((swap) => {
    const key = slotKey(monthOfDate(swap.date), swap.cluster);
    const list = resolved.get(key) ?? [];
    const r = list.find((x) => x.swap === swap);
    const show = (v: string | null, field: ResolvedSwap['field']): ReasonParam => (v === null ? rotationReason('empty') : field === 'date' ? dateParam(v) : v);
    if (!r) {
      const later = list.length > 0 && swaps.indexOf(swap) < swaps.indexOf(list[0]!.swap);
      const p = problems.find((x) => x.month === monthOfDate(swap.date) && x.cluster === swap.cluster && x.message.includes(`"${swap.to.trim()}"`));
      const why: Reason = p ? { reason: p.message, reasonEn: p.messageEn } : rotationReason(later ? 'swapReplaced' : 'swapNotApplied');
      return { swap, field: null, applied: false, before: null, after: null, effect: why.reason, effectEn: why.reasonEn };
    }
    const b = briefings.find((x) => x.month === r.month && x.cluster === swap.cluster);
    if (!b) {
      const why = rotationReason('swapUnknownCluster', { cluster: swap.cluster, date: dateParam(swap.date) }, tier);
      return { swap, field: r.field, applied: false, before: null, after: null, effect: why.reason, effectEn: why.reasonEn };
    }
    const after = b[r.field];
    const change = changes.find((c) => c.month === r.month && c.cluster === swap.cluster && c.field === r.field);
    const before = change ? change.before : swap.from?.trim() || null;
    const field = rotationReason(FIELD[r.field], {}, tier);
    const what = before !== null && before !== after
      ? rotationReason('swapMoved', { field, before: show(before, r.field), after: show(after, r.field) })
      : previous.has(key) || before !== null
        ? rotationReason('swapAlready', { field, after: show(after, r.field) })
        : rotationReason('swapApplied', { field, after: show(after, r.field) });
    const effect = rotationReason('swapChanged', { date: dateParam(swap.date), what });
    return { swap, field: r.field, applied: true, before, after, effect: effect.reason, effectEn: effect.reasonEn };
  });
}
