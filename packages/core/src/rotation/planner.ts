/**
 * The rotation planner (SPEC §3): one briefing per cluster per month, built
 * from the rule modules in `rules/`. Pure and deterministic — no clock, no
 * randomness; the same input always gives the same plan.
 */
import type { Commune, IsoDate, Override, PlannedBriefing, YearMonth } from '../model.js';
import { calendarDateProvider } from './calendarDates.js';
import { monthFromIndex, monthIndex, monthOfDate, slotKey, viDate, viMonth } from './months.js';
import { communeActiveInMonth, communeActiveOn, leaderUnavailability } from './rules/availability.js';
import { chooseChairs, createChairLedger, recordChair, type ChairLedger, type ChairRequest } from './rules/chairChoice.js';
import { chooseDate, heldDateReason } from './rules/dateChoice.js';
import { clusterOfHeld, indexHeldBriefings, isFrozenPlanRow } from './rules/frozenHistory.js';
import { chooseHost, createHostLedger, recordHost, type HostLedger } from './rules/hostChoice.js';
import { collectOverrides } from './rules/overrides.js';
import { rotationParticipants } from './rules/participants.js';
import { changeKey, indexPreviousPlan, listPlanChanges, type ChangeReasons } from './rules/stability.js';
import type { PreviousPlanRow, RotationInput, RotationPlan, RotationProblem } from './types.js';

/** A (month, cluster) being planned. */
interface Slot {
  month: YearMonth;
  cluster: string;
  date: IsoDate;
  host: string;
  chair: string | null;
  /** Chair fixed before the chair rule runs (held, frozen or overridden). */
  chairFixed: boolean;
  participating: Commune[];
  reasons: string[];
  reasonsEn: string[];
  source: PlannedBriefing['source'];
  previous: PreviousPlanRow | undefined;
}

/**
 * Plans the rotation for `input.months` months from `input.from`.
 *
 * @example
 * ```ts
 * const plan = planRotation({ catalogue, from: '2026-01', months: 12 });
 * plan.briefings[0]; // { month: '2026-01', cluster: 'Cụm 1', date: '2026-01-15', host: 'Nà Khoa', chair: 'Lò Văn Hùng', … }
 * plan.problems;     // months and clusters that cannot be staffed
 * ```
 */
export function planRotation(input: RotationInput): RotationPlan {
  if (!Number.isInteger(input.months) || input.months < 1) {
    throw new RangeError(`Số tháng lập lịch không hợp lệ: ${input.months} (cần số nguyên từ 1)`);
  }
  const start = monthIndex(input.from);
  const { communes, leaders, absences } = input.catalogue;
  const history = input.history ?? [];
  const previous = input.previous ?? [];
  const dateOf =
    input.dateOf ??
    calendarDateProvider({ ...input.dateOptions, overrides: input.dateOptions?.overrides ?? input.catalogue.holidays }, input.clusterDays);

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

  // Memos: the same date, cluster and host recur every month and every round.
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
  const dateMemo = new Map<string, ReturnType<typeof chooseDate>>();
  const participantsMemo = new Map<string, { communes: readonly Commune[]; list: string[] }>();

  const held = indexHeldBriefings(history, communes);
  const prevIndex = indexPreviousPlan(previous);
  const overrides = collectOverrides(input.overrides ?? [], previous);
  const hostLedger = createHostLedger();
  const chairLedger = createChairLedger(leaders.map((l) => l.name));
  seedLedgers(input, hostLedger, chairLedger, clusterOfCommune, start);
  const ahead = previousPlanAhead(prevIndex, held, overrides, input, start, availableFor);
  let aheadAt = 0;
  for (const e of ahead) for (const [l, v] of e.delta) chairLedger.projected.set(l, (chairLedger.projected.get(l) ?? 0) + v);
  const lowPoints = aheadLowPoints(ahead);

  const problems: RotationProblem[] = [];
  const briefings: PlannedBriefing[] = [];
  const changeReasons: ChangeReasons = new Map();
  const plannedMonths = new Set<string>();
  const problem = (month: string, cluster: string, message: string, messageEn: string) =>
    problems.push({ month, cluster, message, messageEn });
  const whyNot = (cluster: string, date: IsoDate) => (name: string) => {
    const l = leaderByName.get(name);
    if (!l) return { reason: `${name} không có trong danh sách lãnh đạo`, reasonEn: `${name} is not in the leaders list` };
    return leaderUnavailability(l, date, cluster, absences);
  };

  for (let i = 0; i < input.months; i++) {
    const month = monthFromIndex(start + i);
    plannedMonths.add(month);
    const slots: Slot[] = [];

    // Date and host of every cluster.
    for (const cluster of clusters) {
      const key = slotKey(month, cluster);
      const prev = prevIndex.get(key);
      const members = communesOf.get(cluster)!;
      const record = held.get(key);
      if (record) {
        const d = heldDateReason(record.date);
        slots.push({
          month, cluster, date: record.date, host: record.host, chair: record.chair, chairFixed: true,
          participating: participatingOf(record.participatingCommunes, members, communeByName, record.date),
          reasons: [d.reason, `Xã đăng cai ${record.host}: buổi giao ban đã tổ chức`, record.chair ? `Lãnh đạo chủ trì Đ/c ${record.chair}: đã chủ trì` : 'Chưa ghi lãnh đạo chủ trì'],
          reasonsEn: [d.reasonEn, `Host ${record.host}: already held`, record.chair ? `Chair ${record.chair}: already chaired` : 'No chair recorded'],
          source: 'history', previous: prev,
        });
        continue;
      }
      if (prev && isFrozenPlanRow(prev, input.freezeDate)) {
        slots.push({
          month, cluster, date: prev.date, host: prev.host, chair: prev.chair, chairFixed: true,
          participating: members.filter((c) => communeActiveOn(c, prev.date)),
          reasons: [`Giữ nguyên theo lịch đã chốt (trước ngày ${viDate(input.freezeDate!)})`],
          reasonsEn: [`Kept as planned (frozen before ${input.freezeDate})`],
          source: 'history', previous: prev,
        });
        continue;
      }
      const ov: Override | undefined = overrides.get(key);
      let dc: ReturnType<typeof chooseDate>;
      if (ov?.date !== undefined) dc = chooseDate(dateOfOverride(ov.date), ov.date);
      else {
        const rd = dateOf(month, cluster);
        const memoKey = `${rd.nominal}|${rd.date}|${rd.reason ?? ''}`;
        dc = dateMemo.get(memoKey) ?? chooseDate(rd, null);
        dateMemo.set(memoKey, dc);
      }
      if (prev && prev.date !== dc.date) changeReasons.set(changeKey(month, cluster, 'date'), { reason: dc.reason, reasonEn: dc.reasonEn });
      const active = members.filter((c) => communeActiveOn(c, dc.date));
      let host: string;
      let hostReason: string;
      let hostReasonEn: string;
      if (ov?.host !== undefined) {
        host = ov.host;
        hostReason = `Xã đăng cai ${host}: do cán bộ cố định trên lịch`;
        hostReasonEn = `Host ${host}: fixed by the clerk`;
        if (!active.some((c) => c.name === host)) {
          problem(month, cluster, `Xã đăng cai cố định "${host}" không thuộc ${cluster} hoặc không hoạt động ngày ${viDate(dc.date)}; vẫn giữ như cán bộ đã ghi`,
            `Fixed host "${host}" is not an active unit of ${cluster} on ${dc.date}; kept as given`);
        }
      } else {
        if (active.length === 0) {
          if (members.some((c) => communeActiveInMonth(c, month))) {
            problem(month, cluster, `${cluster} không có xã nào hoạt động vào ngày giao ban ${viDate(dc.date)}`,
              `${cluster} has no active unit on the briefing date ${dc.date}`);
          }
          continue;
        }
        const hc = chooseHost(active, cluster, hostLedger, prev?.host ?? null, communeByName, dc.date);
        host = hc.host;
        hostReason = hc.reason;
        hostReasonEn = hc.reasonEn;
        if (hc.previousRejected) changeReasons.set(changeKey(month, cluster, 'host'), hc.previousRejected);
      }
      if (prev && prev.host !== host && ov?.host !== undefined) changeReasons.set(changeKey(month, cluster, 'host'), { reason: hostReason, reasonEn: hostReasonEn });
      const chairFixed = ov?.chair !== undefined;
      if (chairFixed && prev && prev.chair !== ov!.chair) {
        changeReasons.set(changeKey(month, cluster, 'chair'), { reason: `Lãnh đạo chủ trì do cán bộ cố định trên lịch`, reasonEn: 'Chair fixed by the clerk' });
      }
      slots.push({
        month, cluster, date: dc.date, host, chair: chairFixed ? ov!.chair! : null, chairFixed,
        participating: active.length > 0 ? active : members.filter((c) => c.name === host),
        reasons: [dc.reason, hostReason, ...(chairFixed ? [`Lãnh đạo chủ trì Đ/c ${ov!.chair}: do cán bộ cố định trên lịch`] : [])],
        reasonsEn: [dc.reasonEn, hostReasonEn, ...(chairFixed ? [`Chair ${ov!.chair}: fixed by the clerk`] : [])],
        source: ov ? 'override' : 'generated', previous: prev,
      });
    }

    // Hosts are recorded in date order so "least recent" sees this month too.
    for (const s of [...slots].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) recordHost(hostLedger, s.cluster, s.host, s.date);

    // Chairs, date by date.
    const dates = [...new Set(slots.map((s) => s.date))].sort();
    for (const date of dates) {
      // What the previous plan still holds after this date (re-plans only).
      while (aheadAt < ahead.length && ahead[aheadAt]!.date <= date) {
        for (const [l, v] of ahead[aheadAt]!.delta) chairLedger.projected.set(l, (chairLedger.projected.get(l) ?? 0) - v);
        aheadAt++;
      }
      if (ahead.length > 0) for (const [l, low] of lowPoints) chairLedger.headroom.set(l, low[aheadAt]!);
      const group = slots.filter((s) => s.date === date);
      const available = new Map(group.map((s) => [s.cluster, availableFor(date, s.cluster)] as const));
      const busy = new Map<string, string>();
      for (const s of group) {
        if (!s.chairFixed || s.chair === null) continue;
        const other = busy.get(s.chair);
        if (other !== undefined) {
          problem(month, s.cluster, `Đ/c ${s.chair} được ghi chủ trì cả ${other} và ${s.cluster} cùng ngày ${viDate(date)}`,
            `${s.chair} is set to chair both ${other} and ${s.cluster} on ${date}`);
        } else busy.set(s.chair, s.cluster);
        if (s.source === 'override') {
          const why = whyNot(s.cluster, date)(s.chair);
          if (why) problem(month, s.cluster, `Lãnh đạo cố định không phù hợp: ${why.reason}; vẫn giữ như cán bộ đã ghi`, `Fixed chair does not fit: ${why.reasonEn}; kept as given`);
        }
      }
      const requests: ChairRequest[] = group
        .filter((s) => !s.chairFixed)
        .map((s) => ({ cluster: s.cluster, candidates: available.get(s.cluster)!, previous: s.previous?.chair ?? null, whyNot: whyNot(s.cluster, date) }));
      const choices = chooseChairs(requests, new Set(busy.keys()), chairLedger, date);
      for (const s of group) {
        const c = choices.get(s.cluster);
        if (c) {
          s.chair = c.chair;
          s.reasons.push(c.reason);
          s.reasonsEn.push(c.reasonEn);
          if (c.previousRejected) changeReasons.set(changeKey(month, s.cluster, 'chair'), c.previousRejected);
          if (c.chair === null) problem(month, s.cluster, `Tháng ${viMonth(month)}, ${s.cluster}: ${c.reason}`, `${month}, ${s.cluster}: ${c.reasonEn}`);
        }
        if (s.chair !== null) recordChair(chairLedger, s.chair, available.get(s.cluster)!, date);
      }
    }

    const participantsOf = (participating: Commune[], host: Commune): string[] => {
      // Same host and same communes as last time → same list (compare by identity, no key strings).
      const memo = participantsMemo.get(host.name);
      if (memo && memo.communes.length === participating.length && memo.communes.every((c, i) => c === participating[i])) return [...memo.list];
      const list = rotationParticipants(participating, host);
      participantsMemo.set(host.name, { communes: participating, list });
      return [...list];
    };
    for (const s of slots) {
      const host = communeByName.get(s.host);
      briefings.push({
        month: s.month,
        cluster: s.cluster,
        date: s.date,
        host: s.host,
        chair: s.chair,
        participatingCommunes: s.participating.map((c) => c.name),
        participants: host ? participantsOf(s.participating, host) : [],
        reasons: s.reasons,
        reasonsEn: s.reasonsEn,
        source: s.source,
      });
    }
  }

  const known = new Set(clusters);
  for (const o of overrides.values()) {
    if (!known.has(o.cluster) && plannedMonths.has(o.month)) {
      problem(o.month, o.cluster, `Dòng cố định của "${o.cluster}" không dùng được: không có cụm này trong danh sách xã`,
        `Fixed row for "${o.cluster}" ignored: no such cluster in the communes list`);
    }
  }
  return { briefings, problems, changes: listPlanChanges(prevIndex, briefings, changeReasons, plannedMonths) };
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
  input: RotationInput,
  start: number,
  availableFor: (date: IsoDate, cluster: string) => string[],
): { date: IsoDate; delta: Map<string, number> }[] {
  const out: { date: IsoDate; delta: Map<string, number> }[] = [];
  for (const [key, r] of prev) {
    const mi = monthIndex(r.month);
    if (mi < start || mi >= start + input.months || held.has(key) || isFrozenPlanRow(r, input.freezeDate)) continue;
    if (overrides.get(key)?.chair !== undefined) continue;
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

function dateOfOverride(date: IsoDate) {
  return { nominal: date, date, moved: false, reason: null, reasonEn: null };
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

