/**
 * Rule: recorded swaps (the workbook's **Đổi lịch** table) are kept as given,
 * like a clerk's fixed row, but carry who asked and who approved, so the plan
 * and a re-plan can rotationReason what each swap changed. What a swap changes is read
 * from its "to": a leader (the chair), a commune (the host) or a date.
 */
import type { Catalogue, ScheduleSwap, YearMonth } from '../../model.js';
import { asMessage, dateParam, rotationReason, type HostTier, type Reason } from '../messages.js';
import { monthOfDate, slotKey } from '../months.js';

/** A swap with what it changes. */
export interface ResolvedSwap {
  swap: ScheduleSwap;
  month: YearMonth;
  field: 'chair' | 'host' | 'date';
  /** The new chair, host or date. */
  value: string;
  /** Why, for the briefing's reasons (who asked, who approved). */
  reason: Reason;
}

/** A swap that cannot be applied, and why. */
export interface SwapProblem {
  swap: ScheduleSwap;
  message: string;
  messageEn: string;
}

const ISO = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Resolves swaps against the catalogue, by (month, cluster); later rows win field by field.
 *
 * @example
 * ```ts
 * const { bySlot } = resolveSwaps([{ date: '2026-03-16', cluster: 'Cụm 1', from: 'Lò Văn Hùng', to: 'Hà Thị Mai',
 *   reason: 'Đi công tác', requestedBy: 'Lò Văn Hùng', approvedBy: 'Trưởng Công an huyện' }], catalogue);
 * bySlot.get(rotationSlotKey('2026-03', 'Cụm 1'))?.[0]?.field; // "chair"
 * ```
 */
export function resolveSwaps(
  swaps: readonly ScheduleSwap[],
  catalogue: Pick<Catalogue, 'communes' | 'leaders'>,
  tier: HostTier = 'communes',
): { bySlot: Map<string, ResolvedSwap[]>; problems: SwapProblem[] } {
  const leaders = new Set(catalogue.leaders.map((l) => l.name));
  const communes = new Set(catalogue.communes.map((c) => c.name));
  const bySlot = new Map<string, ResolvedSwap[]>();
  const problems: SwapProblem[] = [];
  for (const swap of swaps) {
    const to = swap.to.trim();
    const field = leaders.has(to) ? 'chair' : communes.has(to) ? 'host' : ISO.test(to) ? 'date' : null;
    if (field === null) {
      const where = swap.ref ? rotationReason('swapWhere', { sheet: swap.ref.sheet, row: String(swap.ref.row) }) : '';
      problems.push({ swap, ...asMessage(rotationReason('swapUnreadable', { date: dateParam(swap.date), cluster: swap.cluster, where, to }, tier)) });
      continue;
    }
    const key = slotKey(monthOfDate(swap.date), swap.cluster);
    let list = bySlot.get(key);
    if (!list) bySlot.set(key, (list = []));
    const i = list.findIndex((s) => s.field === field);
    const resolved: ResolvedSwap = { swap, month: monthOfDate(swap.date), field, value: to, reason: swapReason(swap, field, to, tier) };
    if (i >= 0) list[i] = resolved;
    else list.push(resolved);
  }
  return { bySlot, problems };
}

/** "Lãnh đạo chủ trì Đ/c X: đổi lịch theo đề nghị của Y, Z duyệt (lý do)". */
function swapReason(swap: ScheduleSwap, field: ResolvedSwap['field'], to: string, tier: HostTier): Reason {
  const approval = swap.approvedBy?.trim() ? rotationReason('swapApproved', { by: swap.approvedBy.trim() }) : rotationReason('swapNoApprover');
  const why = swap.reason?.trim() || rotationReason('swapNoReason');
  const requester = swap.requestedBy?.trim() || rotationReason('swapByUnit');
  if (field === 'chair') return rotationReason('chairSwapped', { chair: to, requestedBy: requester, approval, why });
  if (field === 'host') return rotationReason('hostSwapped', { host: to, requestedBy: requester, approval, why }, tier);
  return rotationReason('dateSwapped', { date: dateParam(to), requestedBy: requester, approval, why });
}
