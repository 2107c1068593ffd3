/**
 * The rotation planner: one briefing per cluster per month, built
 * from the rule modules in `rules/`. Pure and deterministic — no clock, no
 * randomness; the same input always gives the same plan.
 *
 * The plan is made in the order of {@link PLANNER_STEPS}: each (month, cluster)
 * takes its date, host and chair from the first slot source that has them, then
 * the rules fill in the rest, month by month, date by date.
 */
import type { Commune, IsoDate, Override, PlannedBriefing, YearMonth } from '../model.js';
import { calendarDateProvider } from './calendarDates.js';
import { fairnessOf } from './fairness.js';
import { asMessage, dateParam, monthParam, rotationReason, type Reason } from './messages.js';
import { monthFromIndex, monthIndex, monthOfDate, slotKey } from './months.js';
import { communeActiveInMonth, communeActiveOn, leaderUnavailability } from './rules/availability.js';
import { chooseChairs, createChairLedger, recordChair, type ChairLedger, type ChairRequest } from './rules/chairChoice.js';
import { chooseDate, heldDateReason, type DateChoice } from './rules/dateChoice.js';
import { clusterOfHeld, indexHeldBriefings, isFrozenPlanRow } from './rules/frozenHistory.js';
import { chooseHost, createHostLedger, recordHost, type HostLedger } from './rules/hostChoice.js';
import { collectOverrides } from './rules/overrides.js';
import { rotationParticipants } from './rules/participants.js';
import { changeKey, indexPreviousPlan, listPlanChanges, type ChangeReasons } from './rules/stability.js';
import { resolveSwaps, type ResolvedSwap } from './rules/swaps.js';
import { swapOutcomes } from './swapOutcomes.js';
import type { BriefingRecord } from '../model.js';
import type { PreviousPlanRow, RotationInput, RotationPlan, RotationProblem } from './types.js';
import { GiaobanRangeError } from '../errors.js';
import { isValidIsoDate } from '../calendar/civilDate.js';

/** One step of the planner: where a slot's values come from, or a rule that decides them. */
export interface PlannerStep {
  /** The step's name (its function's name; kept as text because a minified bundle renames functions). */
  name: string;
  kind: 'slot source' | 'rule';
  /** Hard: never broken (a problem is reported instead). Soft: optimised (fairness, stability). */
  strength: 'hard' | 'soft';
  what: string;
  /** The function that takes the step: the planner calls these, in this order. */
  run: (...args: never[]) => unknown;
}

/** A slot source: the (month, cluster) slot it decides, or null to let the next source decide. */
export type SlotSource = (ctx: PlanContext, month: YearMonth, cluster: string) => Slot | null;

/**
 * The planner's steps, in the order they apply (Timefold-style: the list reads as the model, and
 * it is the code the planner runs). Slot sources first — the first that has a (month, cluster)
 * decides it — then the rules: the date and host of each slot, hosts booked in date order, chairs
 * date by date, the briefing and its participants, and last the changes from the previous plan.
 */
export const PLANNER_STEPS: readonly PlannerStep[] = [
  { name: 'heldSlot', kind: 'slot source', strength: 'hard', what: 'a briefing already held keeps its date, host and chair', run: heldSlot },
  { name: 'frozenSlot', kind: 'slot source', strength: 'hard', what: 'a previous plan row dated before the freeze date is kept', run: frozenSlot },
  { name: 'plannedSlot', kind: 'slot source', strength: 'hard', what: "the clerk's fixed rows and the recorded swaps (Đổi lịch) are kept as given, field by field", run: plannedSlot },
  { name: 'slotDate', kind: 'rule', strength: 'hard', what: 'the date: the calendar’s working day for the cluster', run: slotDate },
  { name: 'slotHost', kind: 'rule', strength: 'hard', what: 'the host: a commune of the cluster active on the date', run: slotHost },
  { name: 'slotHost', kind: 'rule', strength: 'soft', what: 'the host: least recently hosted, never twice running; the previous plan’s host kept while it still fits', run: slotHost },
  { name: 'recordMonthHosts', kind: 'rule', strength: 'soft', what: 'hosts booked in date order, so the next choice sees this month', run: recordMonthHosts },
  { name: 'checkFixedChairs', kind: 'rule', strength: 'hard', what: 'a fixed chair chairs one briefing a date and is available (else a problem, kept as given)', run: checkFixedChairs },
  { name: 'assignChairsOnDate', kind: 'rule', strength: 'hard', what: 'a chair is available, allowed for the cluster and chairs one briefing a date', run: assignChairsOnDate },
  { name: 'assignChairsOnDate', kind: 'rule', strength: 'soft', what: 'chairs by fair share within the bound; the previous plan’s chair kept while fair', run: assignChairsOnDate },
  { name: 'briefingOf', kind: 'rule', strength: 'soft', what: 'participants of the host and the active communes', run: briefingOf },
  { name: 'listPlanChanges', kind: 'rule', strength: 'soft', what: 'every difference from the previous plan, with its reason', run: listPlanChanges },
];

/** The slot sources of {@link PLANNER_STEPS}, in their order. */
const SLOT_SOURCES: readonly SlotSource[] = PLANNER_STEPS.filter((s) => s.kind === 'slot source').map((s) => s.run as SlotSource);

/** A (month, cluster) being planned. */
export interface Slot {
  month: YearMonth;
  cluster: string;
  date: IsoDate;
  host: string;
  chair: string | null;
  /** Chair fixed before the chair rule runs (held, frozen, overridden or swapped). */
  chairFixed: boolean;
  participating: Commune[];
  reasons: string[];
  reasonsEn: string[];
  source: PlannedBriefing['source'];
  previous: PreviousPlanRow | undefined;
  /** The calendar's note when the date's year has estimated holidays. */
  estimate?: { vi: string; en: string };
}

/** What every step reads and books: the input indexed once, the ledgers, and what the plan reports. */
export interface PlanContext {
  input: RotationInput;
  start: number;
  clusters: string[];
  communesOf: Map<string, Commune[]>;
  communeByName: Map<string, Commune>;
  availableFor(date: IsoDate, cluster: string): string[];
  whyNot(cluster: string, date: IsoDate): (name: string) => Reason | null;
  dateOf: NonNullable<RotationInput['dateOf']>;
  dateMemo: Map<string, DateChoice>;
  participantsMemo: Map<string, { communes: readonly Commune[]; list: string[] }>;
  held: Map<string, BriefingRecord>;
  previous: Map<string, PreviousPlanRow>;
  overrides: Map<string, Override>;
  swaps: Map<string, ResolvedSwap[]>;
  hostLedger: HostLedger;
  chairLedger: ChairLedger;
  /** The previous plan's chairs still ahead (re-plans), and how far through them the plan is. */
  ahead: { date: IsoDate; delta: Map<string, number> }[];
  aheadAt: number;
  lowPoints: Map<string, Float64Array>;
  problems: RotationProblem[];
  changeReasons: ChangeReasons;
  plannedMonths: Set<string>;
}

/**
 * Plans the rotation for `input.months` months from `input.from`.
 *
 * @example
 * ```ts
 * const plan = planRotation({ catalogue, from: '2026-01', months: 12 });
 * plan.briefings[0]; // { month: '2026-01', cluster: 'Cụm 1', date: '2026-01-15', host: 'Nà Khoa', chair: 'Lò Văn Hùng', … }
 * plan.problems;     // months and clusters that cannot be staffed
 * plan.fairness.leaders[0]; // { leader: 'Lò Văn Hùng', chairs: 5, fairShare: 4.8, difference: 0.2, withinBound: true }
 * ```
 * @throws GiaobanRangeError when `input.months` is not a whole number from 1 or `input.freezeDate` is not a date.
 */
export function planRotation(input: RotationInput): RotationPlan {
  const ctx = createPlanContext(input);
  const briefings: PlannedBriefing[] = [];
  for (let i = 0; i < input.months; i++) {
    const month = monthFromIndex(ctx.start + i);
    ctx.plannedMonths.add(month);
    const slots = planMonthSlots(ctx, month);
    recordMonthHosts(ctx, slots);
    for (const date of [...new Set(slots.map((s) => s.date))].sort()) assignChairsOnDate(ctx, month, slots.filter((s) => s.date === date), date);
    for (const s of slots) briefings.push(briefingOf(ctx, s));
  }
  reportUnknownClusters(ctx);
  const changes = listPlanChanges(ctx.previous, briefings, ctx.changeReasons, ctx.plannedMonths);
  return {
    briefings,
    problems: ctx.problems,
    changes,
    fairness: fairnessOf(ctx, briefings),
    swaps: swapOutcomes(input.swaps ?? [], ctx.swaps, briefings, changes, ctx.problems, ctx.previous, input.tier),
  };
}

/**
 * Indexes the input and seeds the ledgers (who hosted and chaired before, what the previous plan holds ahead).
 * @throws GiaobanRangeError when `input.months` is not a whole number from 1 or `input.freezeDate` is not a date.
 */
export function createPlanContext(input: RotationInput): PlanContext {
  if (!Number.isInteger(input.months) || input.months < 1) {
    throw new GiaobanRangeError('months.invalid', {
      vi: `Số tháng lập lịch không hợp lệ: ${input.months} (cần số nguyên từ 1)`,
      en: `Invalid number of months to plan: ${input.months} (a whole number from 1)`,
    });
  }
  if (input.freezeDate != null && !isValidIsoDate(input.freezeDate)) {
    throw new GiaobanRangeError('freeze-date.invalid', {
      vi: `Ngày khóa lịch không hợp lệ: "${input.freezeDate}" (cần dạng YYYY-MM-DD)`,
      en: `Invalid freeze date: "${input.freezeDate}" (YYYY-MM-DD expected)`,
    });
  }
  const start = monthIndex(input.from);
  const { communes, leaders, absences } = input.catalogue;
  const previousRows = input.previous ?? [];
  const communeByName = new Map(communes.map((c) => [c.name, c] as const));
  const clusterOfCommune = new Map(communes.map((c) => [c.name, c.cluster] as const));
  const leaderByName = new Map(leaders.map((l) => [l.name, l] as const));
  const clusters: string[] = [];
  const communesOf = new Map<string, Commune[]>();
  for (const c of communes) {
    let list = communesOf.get(c.cluster);
    if (!list) {
      communesOf.set(c.cluster, (list = []));
      clusters.push(c.cluster);
    }
    list.push(c);
  }

  // Memo: the same date and cluster recur every round.
  const absencesBy = new Map<string, typeof absences>();
  for (const a of absences) {
    let list = absencesBy.get(a.leader);
    if (!list) absencesBy.set(a.leader, (list = []));
    list.push(a);
  }
  const restricted = leaders.some((l) => l.clusters.length > 0);
  const availMemo = new Map<string, string[]>();
  const availableFor = (date: IsoDate, cluster: string): string[] => {
    const key = restricted ? `${date}|${cluster}` : date;
    let v = availMemo.get(key);
    if (!v) {
      v = [];
      for (const l of leaders) if (leaderUnavailability(l, date, cluster, absencesBy.get(l.name) ?? []) === null) v.push(l.name);
      availMemo.set(key, v);
    }
    return v;
  };
  const whyNot = (cluster: string, date: IsoDate) => (name: string): Reason | null => {
    const l = leaderByName.get(name);
    if (!l) return rotationReason('leaderUnknown', { leader: name });
    return leaderUnavailability(l, date, cluster, absences);
  };

  const held = indexHeldBriefings(input.history ?? [], communes);
  const previous = indexPreviousPlan(previousRows);
  const overrides = collectOverrides(input.overrides ?? [], previousRows);
  const swaps = resolveSwaps(input.swaps ?? [], input.catalogue, input.tier);
  const problems: RotationProblem[] = [];
  for (const p of swaps.problems) problems.push({ month: monthOfDate(p.swap.date), cluster: p.swap.cluster, message: p.message, messageEn: p.messageEn });
  const hostLedger = createHostLedger();
  const chairLedger = createChairLedger(leaders.map((l) => l.name));
  seedLedgers(input, hostLedger, chairLedger, clusterOfCommune, start);
  const ahead = previousPlanAhead(previous, held, overrides, swaps.bySlot, input, start, availableFor);
  for (const e of ahead) for (const [l, v] of e.delta) chairLedger.projected.set(l, (chairLedger.projected.get(l) ?? 0) + v);

  return {
    input, start, clusters, communesOf, communeByName, availableFor, whyNot,
    dateOf: input.dateOf ?? calendarDateProvider({ ...input.dateOptions, overrides: input.dateOptions?.overrides ?? input.catalogue.holidays }, input.clusterDays),
    dateMemo: new Map(), participantsMemo: new Map(),
    held, previous, overrides, swaps: swaps.bySlot,
    hostLedger, chairLedger, ahead, aheadAt: 0, lowPoints: aheadLowPoints(ahead),
    problems, changeReasons: new Map(), plannedMonths: new Set(),
  };
}

function problem(ctx: PlanContext, month: string, cluster: string, r: Reason): void {
  ctx.problems.push({ month, cluster, ...asMessage(r) });
}

/** The slots of one month: each cluster from the first slot source of {@link PLANNER_STEPS} that decides it. */
export function planMonthSlots(ctx: PlanContext, month: YearMonth): Slot[] {
  const slots: Slot[] = [];
  for (const cluster of ctx.clusters) {
    let slot: Slot | null = null;
    for (const source of SLOT_SOURCES) if ((slot = source(ctx, month, cluster))) break;
    if (slot) slots.push(slot);
  }
  return slots;
}

/** Slot source 1 (hard): a briefing already held keeps its date, host and chair. */
export function heldSlot(ctx: PlanContext, month: YearMonth, cluster: string): Slot | null {
  const key = slotKey(month, cluster);
  const record = ctx.held.get(key);
  if (!record) return null;
  const d = heldDateReason(record.date);
  const host = rotationReason('hostHeld', { host: record.host }, ctx.input.tier);
  const chair = record.chair ? rotationReason('chairHeld', { chair: record.chair }) : rotationReason('chairNoneHeld');
  return {
    month, cluster, date: record.date, host: record.host, chair: record.chair, chairFixed: true,
    participating: participatingOf(record.participatingCommunes, ctx.communesOf.get(cluster)!, ctx.communeByName, record.date),
    reasons: [d.reason, host.reason, chair.reason],
    reasonsEn: [d.reasonEn, host.reasonEn, chair.reasonEn],
    source: 'history', previous: ctx.previous.get(key),
  };
}

/** Slot source 2 (hard): a previous plan row dated before the freeze date is kept. */
export function frozenSlot(ctx: PlanContext, month: YearMonth, cluster: string): Slot | null {
  const prev = ctx.previous.get(slotKey(month, cluster));
  if (!prev || !isFrozenPlanRow(prev, ctx.input.freezeDate)) return null;
  const r = rotationReason('dateFrozen', { date: dateParam(ctx.input.freezeDate!) });
  return {
    month, cluster, date: prev.date, host: prev.host, chair: prev.chair, chairFixed: true,
    participating: ctx.communesOf.get(cluster)!.filter((c) => communeActiveOn(c, prev.date)),
    reasons: [r.reason],
    reasonsEn: [r.reasonEn],
    source: 'history', previous: prev,
  };
}

/**
 * Slot source 3 and the date and host rules: the clerk's fixed fields and the recorded swaps are
 * kept as given; the date and the host the rules choose fill in the rest (the chair comes later,
 * date by date). Null when the cluster has no active commune that month (reported as a problem).
 */
export function plannedSlot(ctx: PlanContext, month: YearMonth, cluster: string): Slot | null {
  const key = slotKey(month, cluster);
  const prev = ctx.previous.get(key);
  const members = ctx.communesOf.get(cluster)!;
  const fixed = fixedFields(ctx, key);
  const dc = slotDate(ctx, month, cluster, fixed);
  if (prev && prev.date !== dc.date) ctx.changeReasons.set(changeKey(month, cluster, 'date'), { reason: dc.reason, reasonEn: dc.reasonEn });
  const active = members.filter((c) => communeActiveOn(c, dc.date));
  const host = slotHost(ctx, month, cluster, dc.date, active, fixed);
  if (host === null) return null;
  if (prev && prev.host !== host.host && fixed.host) ctx.changeReasons.set(changeKey(month, cluster, 'host'), host.why);
  let chairWhy: Reason | null = null;
  if (fixed.chair) {
    chairWhy = fixed.chair.swap ? fixed.chair.swap.reason : rotationReason('chairFixed', { chair: fixed.chair.value });
    if (prev && prev.chair !== fixed.chair.value) {
      ctx.changeReasons.set(changeKey(month, cluster, 'chair'), fixed.chair.swap ? fixed.chair.swap.reason : rotationReason('chairFixedChange'));
    }
  }
  return {
    month, cluster, date: dc.date, host: host.host, chair: fixed.chair?.value ?? null, chairFixed: fixed.chair !== undefined,
    participating: active.length > 0 ? active : members.filter((c) => c.name === host.host),
    reasons: [dc.reason, host.why.reason, ...(chairWhy ? [chairWhy.reason] : [])],
    reasonsEn: [dc.reasonEn, host.why.reasonEn, ...(chairWhy ? [chairWhy.reasonEn] : [])],
    source: fixed.any ? 'override' : 'generated', previous: prev,
    ...(dc.estimate ? { estimate: dc.estimate } : {}),
  };
}

/** A field fixed by the clerk (override or fixed row) or by a recorded swap, which wins. */
interface FixedField {
  value: string;
  swap?: ResolvedSwap;
}

function fixedFields(ctx: PlanContext, key: string): { date?: FixedField; host?: FixedField; chair?: FixedField; any: boolean } {
  const ov = ctx.overrides.get(key);
  const out: { date?: FixedField; host?: FixedField; chair?: FixedField; any: boolean } = { any: ov !== undefined };
  if (ov?.date !== undefined) out.date = { value: ov.date };
  if (ov?.host !== undefined) out.host = { value: ov.host };
  if (ov?.chair !== undefined) out.chair = { value: ov.chair };
  for (const s of ctx.swaps.get(key) ?? []) {
    out[s.field] = { value: s.value, swap: s };
    out.any = true;
  }
  return out;
}

/** Rule (hard): the date — fixed or swapped as given, else the calendar's working day for the cluster. */
export function slotDate(ctx: PlanContext, month: YearMonth, cluster: string, fixed: { date?: FixedField }): DateChoice {
  if (fixed.date) {
    const dc = chooseDate({ nominal: fixed.date.value, date: fixed.date.value, moved: false, reason: null, reasonEn: null }, fixed.date.value);
    return fixed.date.swap ? { ...dc, ...fixed.date.swap.reason } : dc;
  }
  const rd = ctx.dateOf(month, cluster);
  const memoKey = `${rd.nominal}|${rd.date}|${rd.reason ?? ''}|${rd.estimate ? 'e' : ''}`;
  const dc = ctx.dateMemo.get(memoKey) ?? chooseDate(rd, null);
  ctx.dateMemo.set(memoKey, dc);
  return dc;
}

/**
 * Rule: the host — fixed or swapped as given (a problem if it is not an active commune of the
 * cluster), else the least recently hosted active commune, the previous plan's host kept while it fits.
 * Null when the cluster has no active commune on the date.
 */
export function slotHost(
  ctx: PlanContext,
  month: YearMonth,
  cluster: string,
  date: IsoDate,
  active: readonly Commune[],
  fixed: { host?: FixedField },
): { host: string; why: Reason } | null {
  if (fixed.host) {
    const host = fixed.host.value;
    if (!active.some((c) => c.name === host)) problem(ctx, month, cluster, rotationReason('fixedHostOutside', { host, cluster, date: dateParam(date) }, ctx.input.tier));
    return { host, why: fixed.host.swap ? fixed.host.swap.reason : rotationReason('hostFixed', { host }, ctx.input.tier) };
  }
  if (active.length === 0) {
    if (ctx.communesOf.get(cluster)!.some((c) => communeActiveInMonth(c, month))) problem(ctx, month, cluster, rotationReason('noActiveUnit', { cluster, date: dateParam(date) }, ctx.input.tier));
    return null;
  }
  const prev = ctx.previous.get(slotKey(month, cluster));
  const hc = chooseHost(active, cluster, ctx.hostLedger, prev?.host ?? null, ctx.communeByName, date, ctx.input.tier);
  if (hc.previousRejected) ctx.changeReasons.set(changeKey(month, cluster, 'host'), hc.previousRejected);
  return { host: hc.host, why: { reason: hc.reason, reasonEn: hc.reasonEn } };
}

/** Hosts are recorded in date order so "least recent" sees this month too. */
export function recordMonthHosts(ctx: PlanContext, slots: readonly Slot[]): void {
  for (const s of [...slots].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) recordHost(ctx.hostLedger, s.cluster, s.host, s.date);
}

/**
 * Rule (hard): fixed chairs of one date chair one briefing each and are available; otherwise a
 * problem, kept as given. Returns the leaders already chairing that date.
 */
export function checkFixedChairs(ctx: PlanContext, month: YearMonth, group: readonly Slot[], date: IsoDate): Set<string> {
  const busy = new Map<string, string>();
  for (const s of group) {
    if (!s.chairFixed || s.chair === null) continue;
    const other = busy.get(s.chair);
    if (other !== undefined) problem(ctx, month, s.cluster, rotationReason('doubleBooked', { chair: s.chair, other, cluster: s.cluster, date: dateParam(date) }));
    else busy.set(s.chair, s.cluster);
    if (s.source === 'override') {
      const why = ctx.whyNot(s.cluster, date)(s.chair);
      if (why) problem(ctx, month, s.cluster, rotationReason('fixedChairUnfit', { why }));
    }
  }
  return new Set(busy.keys());
}

/**
 * Rule: the chairs of one date — fixed ones checked, the others chosen by fair share
 * (`chooseChairs`), every staffed briefing booked in the ledger.
 */
export function assignChairsOnDate(ctx: PlanContext, month: YearMonth, group: Slot[], date: IsoDate): void {
  advanceAhead(ctx, date);
  const available = new Map(group.map((s) => [s.cluster, ctx.availableFor(date, s.cluster)] as const));
  const busy = checkFixedChairs(ctx, month, group, date);
  const requests: ChairRequest[] = group
    .filter((s) => !s.chairFixed)
    .map((s) => ({ cluster: s.cluster, candidates: available.get(s.cluster)!, previous: s.previous?.chair ?? null, whyNot: ctx.whyNot(s.cluster, date) }));
  const choices = chooseChairs(requests, busy, ctx.chairLedger, date);
  for (const s of group) {
    const c = choices.get(s.cluster);
    if (c) {
      s.chair = c.chair;
      s.reasons.push(c.reason);
      s.reasonsEn.push(c.reasonEn);
      if (c.previousRejected) ctx.changeReasons.set(changeKey(month, s.cluster, 'chair'), c.previousRejected);
      if (c.chair === null) problem(ctx, month, s.cluster, rotationReason('unstaffed', { month: monthParam(month), cluster: s.cluster, why: c }));
    }
    if (s.chair !== null) recordChair(ctx.chairLedger, s.chair, available.get(s.cluster)!, date);
  }
}

/** Re-plans: drops from the ledger's projection what the previous plan held up to `date`. */
function advanceAhead(ctx: PlanContext, date: IsoDate): void {
  const { ahead, chairLedger } = ctx;
  while (ctx.aheadAt < ahead.length && ahead[ctx.aheadAt]!.date <= date) {
    for (const [l, v] of ahead[ctx.aheadAt]!.delta) chairLedger.projected.set(l, (chairLedger.projected.get(l) ?? 0) - v);
    ctx.aheadAt++;
  }
  if (ahead.length > 0) for (const [l, low] of ctx.lowPoints) chairLedger.headroom.set(l, low[ctx.aheadAt]!);
}

/** The planned briefing of a slot, with the participants of its host and communes. */
export function briefingOf(ctx: PlanContext, s: Slot): PlannedBriefing {
  const host = ctx.communeByName.get(s.host);
  return {
    month: s.month,
    cluster: s.cluster,
    date: s.date,
    host: s.host,
    chair: s.chair,
    participatingCommunes: s.participating.map((c) => c.name),
    participants: host ? participantsOf(ctx, s.participating, host) : [],
    reasons: s.reasons,
    reasonsEn: s.reasonsEn,
    source: s.source,
    ...(s.estimate ? { estimate: s.estimate } : {}),
  };
}

function participantsOf(ctx: PlanContext, participating: Commune[], host: Commune): string[] {
  // Same host and same communes as last time → same list (compare by identity, no key strings).
  const memo = ctx.participantsMemo.get(host.name);
  if (memo && memo.communes.length === participating.length && memo.communes.every((c, i) => c === participating[i])) return [...memo.list];
  const list = rotationParticipants(participating, host);
  ctx.participantsMemo.set(host.name, { communes: participating, list });
  return [...list];
}

/** A fixed row or swap naming a cluster the catalogue does not have is reported, not silently dropped. */
function reportUnknownClusters(ctx: PlanContext): void {
  const known = new Set(ctx.clusters);
  for (const o of ctx.overrides.values()) {
    if (!known.has(o.cluster) && ctx.plannedMonths.has(o.month)) problem(ctx, o.month, o.cluster, rotationReason('unknownCluster', { cluster: o.cluster }, ctx.input.tier));
  }
  for (const list of ctx.swaps.values()) {
    const s = list[0]!;
    if (!known.has(s.swap.cluster) && ctx.plannedMonths.has(s.month)) {
      problem(ctx, s.month, s.swap.cluster, rotationReason('swapUnknownCluster', { cluster: s.swap.cluster, date: dateParam(s.swap.date) }, ctx.input.tier));
    }
  }
}

/**
 * The previous plan's chair assignments inside the planned months, as
 * per-date (share − load) deltas per leader, sorted by date; seeds the ledger's
 * `projected` with their sum.
 */
function previousPlanAhead(
  prev: ReadonlyMap<string, PreviousPlanRow>,
  held: ReadonlyMap<string, unknown>,
  overrides: ReadonlyMap<string, Override>,
  swaps: ReadonlyMap<string, readonly ResolvedSwap[]>,
  input: RotationInput,
  start: number,
  availableFor: (date: IsoDate, cluster: string) => string[],
): { date: IsoDate; delta: Map<string, number> }[] {
  const out: { date: IsoDate; delta: Map<string, number> }[] = [];
  for (const [key, r] of prev) {
    const mi = monthIndex(r.month);
    if (mi < start || mi >= start + input.months || held.has(key) || isFrozenPlanRow(r, input.freezeDate)) continue;
    if (overrides.get(key)?.chair !== undefined || swaps.get(key)?.some((s) => s.field === 'chair')) continue;
    const avail = availableFor(r.date, r.cluster);
    if (avail.length === 0) continue;
    const delta = new Map<string, number>();
    for (const l of avail) delta.set(l, 1 / avail.length);
    if (r.chair !== null && avail.includes(r.chair)) delta.set(r.chair, delta.get(r.chair)! - 1);
    out.push({ date: r.date, delta });
  }
  out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return out;
}

/**
 * Per leader, for each position k of `ahead`: the lowest running sum of the deltas from k on,
 * relative to the sum before k (0 when it never drops).
 */
function aheadLowPoints(ahead: readonly { delta: ReadonlyMap<string, number> }[]): Map<string, Float64Array> {
  const out = new Map<string, Float64Array>();
  for (const e of ahead) for (const l of e.delta.keys()) if (!out.has(l)) out.set(l, new Float64Array(ahead.length + 1));
  for (const [l, low] of out) {
    // Backwards: low[k] = min(0, delta_k + low[k+1]).
    for (let k = ahead.length - 1; k >= 0; k--) low[k] = Math.min(0, (ahead[k]!.delta.get(l) ?? 0) + low[k + 1]!);
  }
  return out;
}

function participatingOf(names: readonly string[], members: readonly Commune[], byName: ReadonlyMap<string, Commune>, date: IsoDate): Commune[] {
  const listed = names.map((n) => byName.get(n)).filter((c): c is Commune => c !== undefined);
  return listed.length > 0 ? listed : members.filter((c) => communeActiveOn(c, date));
}

/** Who hosted and chaired before the planned months: held briefings, then earlier plan rows. */
function seedLedgers(input: RotationInput, hosts: HostLedger, chairs: ChairLedger, clusterOf: ReadonlyMap<string, string>, start: number): void {
  const events: { date: IsoDate; cluster: string; host: string; chair: string | null }[] = [];
  const heldSlots = new Set<string>();
  for (const r of input.history ?? []) {
    if (monthIndex(monthOfDate(r.date)) >= start) continue;
    const cluster = clusterOfHeld(r, clusterOf);
    if (cluster === null) continue;
    heldSlots.add(slotKey(monthOfDate(r.date), cluster));
    events.push({ date: r.date, cluster, host: r.host, chair: r.chair });
  }
  for (const p of input.previous ?? []) {
    if (monthIndex(p.month) >= start || heldSlots.has(slotKey(p.month, p.cluster))) continue;
    events.push({ date: p.date, cluster: p.cluster, host: p.host, chair: p.chair });
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const e of events) {
    recordHost(hosts, e.cluster, e.host, e.date);
    if (e.chair !== null) {
      const prev = chairs.lastChaired.get(e.chair);
      if (prev === undefined || prev < e.date) chairs.lastChaired.set(e.chair, e.date);
    }
  }
}
