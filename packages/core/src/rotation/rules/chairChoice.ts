/**
 * Rule: the chair. An available leader (active, not absent, allowed for the
 * cluster, not already chairing another briefing that date), balanced by fair
 * share: every staffed briefing gives each leader available for it 1/k of a
 * share; the leader furthest below their share chairs next, ties by least
 * recently chaired, then catalogue order. A date with more briefings than free
 * leaders leaves the rest unstaffed (a problem), never double-booked.
 */
import type { IsoDate } from '../../model.js';
import { viDate } from '../months.js';

/** Running loads and shares of every leader over the planned months. */
export interface ChairLedger {
  load: Map<string, number>;
  share: Map<string, number>;
  lastChaired: Map<string, IsoDate>;
  /** Catalogue position of each leader (tie-break). */
  order: Map<string, number>;
  /**
   * Re-plans only: share minus load still ahead in the previous plan. Ranking a
   * replacement by it picks the leader whose later planned briefings are least
   * disturbed, so a forced change does not cascade.
   */
  projected: Map<string, number>;
  /**
   * Re-plans only: the lowest point the running (share − load) reaches over the previous plan
   * still ahead, relative to now (≤ 0). A replacement that would push a leader below the bound at
   * one of their own later planned briefings would be moved there too (a cascade), so ranking
   * prefers leaders who stay within it.
   */
  headroom: Map<string, number>;
  /**
   * Re-plans only: true once some previous chair has had to move. Until then the previous plan
   * stands as it was (nothing before a new absence moves); from then on a kept chair must also end
   * the period within the bound.
   */
  disturbed?: boolean;
  /** Re-plans only: leaders a previous chair of theirs was taken from (the give-back goes only to them). */
  lost?: Set<string>;
}

/**
 * A ledger for leaders in catalogue order.
 * @example const ledger = createChairLedger(['Lò Văn Hùng', 'Hà Thị Mai']);
 */
export function createChairLedger(leaderNames: readonly string[]): ChairLedger {
  return { load: new Map(), share: new Map(), lastChaired: new Map(), order: new Map(leaderNames.map((n, i) => [n, i])), projected: new Map(), headroom: new Map() };
}

/**
 * Books a staffed briefing: the chair's load, and 1/k share to each of the k leaders available for it.
 * @example recordChair(ledger, 'Lò Văn Hùng', ['Lò Văn Hùng', 'Hà Thị Mai'], '2026-01-15'); // Hùng: load 1, share 0.5
 */
export function recordChair(ledger: ChairLedger, chair: string, available: readonly string[], date: IsoDate): void {
  ledger.load.set(chair, (ledger.load.get(chair) ?? 0) + 1);
  for (const l of available) ledger.share.set(l, (ledger.share.get(l) ?? 0) + 1 / available.length);
  const prev = ledger.lastChaired.get(chair);
  if (prev === undefined || prev < date) ledger.lastChaired.set(chair, date);
}

/**
 * How far a leader is below (positive) or above (negative) their fair share.
 * @example chairDeficit(ledger, 'Hà Thị Mai'); // 0.5 after the example of recordChair
 */
export function chairDeficit(ledger: ChairLedger, leader: string): number {
  return (ledger.share.get(leader) ?? 0) - (ledger.load.get(leader) ?? 0);
}

/** One briefing on the date that needs a chair. */
export interface ChairRequest {
  cluster: string;
  /** Leaders who may chair it (available, allowed), catalogue order. */
  candidates: readonly string[];
  /** The previous plan's chair, kept when the rules still allow. */
  previous: string | null;
  /** Why a named leader cannot chair this briefing (for the previous chair's change reason). */
  whyNot?: (leader: string) => { reason: string; reasonEn: string } | null;
}

/** The outcome for one request. */
export interface ChairChoice {
  chair: string | null;
  reason: string;
  reasonEn: string;
  kept: boolean;
  previousRejected: { reason: string; reasonEn: string } | null;
}

// A kept chair may run ahead of their share by at most the fairness bound.
const KEEP_TOLERANCE = 1.5;
const EPS = 1e-9;

function fmt(n: number): string {
  return (Math.round(n * 10) / 10).toString().replace('.', ',');
}

/**
 * Chooses the chairs of all briefings held on one date. `busy` holds leaders
 * already chairing that date (held briefings, overrides).
 *
 * @example
 * ```ts
 * const ledger = createChairLedger(['Lò Văn Hùng', 'Hà Thị Mai']);
 * chooseChairs([{ cluster: 'Cụm 1', candidates: ['Lò Văn Hùng', 'Hà Thị Mai'], previous: null }], new Set(), ledger, '2026-01-15')
 *   .get('Cụm 1')?.chair; // "Lò Văn Hùng"
 * ```
 */
export function chooseChairs(
  requests: readonly ChairRequest[],
  busy: ReadonlySet<string>,
  ledger: ChairLedger,
  date: IsoDate,
): Map<string, ChairChoice> {
  // Shares of this date count provisionally while choosing (all requests alike).
  const provisional = new Map<string, number>();
  for (const r of requests) for (const l of r.candidates) provisional.set(l, (provisional.get(l) ?? 0) + 1 / r.candidates.length);
  const deficit = (l: string) => chairDeficit(ledger, l) + (provisional.get(l) ?? 0);
  // Ranking keys computed once per leader: deficit (plus what the previous plan still holds), recency, catalogue order.
  // First whether chairing now keeps the leader within the bound through their later planned
  // briefings (in a fresh plan: now; there this is implied by the deficit order, so it only matters
  // in re-plans).
  const rank = new Map<string, { safe: boolean; d: number; last: string; order: number }>();
  for (const r of requests) {
    for (const l of r.candidates) {
      if (rank.has(l)) continue;
      const now = deficit(l);
      rank.set(l, {
        safe: now - 1 + Math.min(0, ledger.headroom.get(l) ?? 0) >= -KEEP_TOLERANCE - EPS,
        d: now + (ledger.projected.get(l) ?? 0),
        last: ledger.lastChaired.get(l) ?? '',
        order: ledger.order.get(l) ?? 0,
      });
    }
  }
  const compare = (a: string, b: string): number => {
    const ka = rank.get(a)!;
    const kb = rank.get(b)!;
    if (ka.safe !== kb.safe) return ka.safe ? -1 : 1;
    if (Math.abs(ka.d - kb.d) > EPS) return kb.d - ka.d;
    if (ka.last !== kb.last) return ka.last < kb.last ? -1 : 1;
    return ka.order - kb.order;
  };
  const prefs = new Map<string, string[]>();
  for (const r of requests) prefs.set(r.cluster, r.candidates.filter((l) => !busy.has(l)).sort(compare));

  const match = new Map<string, string>();
  const owner = new Map<string, string>();
  const kept = new Set<string>();
  const rejected = new Map<string, { reason: string; reasonEn: string }>();

  // Leaders nobody planned for this date: the only ones a fairness rejection could hand the briefing to.
  const plannedToday = new Set<string>();
  for (const r of requests) if (r.previous !== null) plannedToday.add(r.previous);
  const within = (l: string) => 1 - deficit(l) <= KEEP_TOLERANCE + EPS;
  const fairerFree = (r: ChairRequest) => r.candidates.some((l) => !busy.has(l) && !plannedToday.has(l) && within(l));
  // Re-plans: where a leader ends the period if they chair now and keep every later planned
  // briefing. Keeping chairs only while within the bound at each date lets the totals drift past it
  // (a replacement's extra chair is never given back), so a kept chair also has to end within it.
  const endsWithin = (l: string) => deficit(l) - 1 + (ledger.projected.get(l) ?? 0) >= -KEEP_TOLERANCE - EPS;
  const endWithin = (l: string) => !ledger.disturbed || endsWithin(l);
  // Re-plans, once disturbed: a free leader who would end the period more than the bound below
  // their share (an absent leader's lost chairs, say) takes a kept chair back from a leader who
  // still ends within it without that chair.
  const endsBelow = (l: string) => deficit(l) + (ledger.projected.get(l) ?? 0) > KEEP_TOLERANCE + EPS;
  const fairerFreeAtEnd = (r: ChairRequest) =>
    r.candidates.some((l) => !busy.has(l) && !plannedToday.has(l) && within(l) && endWithin(l) && rank.get(l)!.safe);

  // 1. Stability: keep the previous chair where the rules still allow it.
  for (const r of requests) {
    const p = r.previous;
    if (p === null) continue;
    let why: { reason: string; reasonEn: string } | null = null;
    if (!r.candidates.includes(p)) {
      why = r.whyNot?.(p) ?? { reason: `Đ/c ${p} không thể chủ trì ngày ${viDate(date)}`, reasonEn: `${p} cannot chair on ${date}` };
    } else if (busy.has(p) || owner.has(p)) {
      why = { reason: `Đ/c ${p} đã chủ trì giao ban cụm khác cùng ngày ${viDate(date)}`, reasonEn: `${p} already chairs another briefing on ${date}` };
    } else if (!within(p) && !endsWithin(p) && fairerFree(r)) {
      // Over the bound is a reason to move only when a free leader would stay within it: when the
      // day's restrictions force someone over (more briefings than unrestricted leaders), the
      // replacement would be just as far over, and moving would change a plan for nothing.
      why = {
        reason: `Đ/c ${p} đã chủ trì vượt phần công bằng (${ledger.load.get(p) ?? 0} lần, định mức ${fmt((ledger.share.get(p) ?? 0) + (provisional.get(p) ?? 0))})`,
        reasonEn: `${p} is ahead of their fair share (${ledger.load.get(p) ?? 0} vs ${fmt((ledger.share.get(p) ?? 0) + (provisional.get(p) ?? 0))})`,
      };
    } else if (!endWithin(p) && fairerFreeAtEnd(r)) {
      why = {
        reason: `Đ/c ${p} sẽ chủ trì vượt phần công bằng vào cuối kỳ nếu giữ mọi buổi đã lập (định mức cả kỳ vượt quá 1,5 buổi)`,
        reasonEn: `${p} would end the period ahead of their fair share by more than 1.5 if every planned briefing were kept`,
      };
    }
    if (why) {
      rejected.set(r.cluster, why);
      continue;
    }
    match.set(r.cluster, p);
    owner.set(p, r.cluster);
    kept.add(r.cluster);
  }

  // 1b. Re-plans, once disturbed: each free leader who lost a planned chair and would end short
  // (never given one back) takes one kept chair — from
  // the kept leader furthest ahead at the end who still ends within the bound without it (one move
  // per short leader, so the give-back never cascades through the day).
  if (ledger.disturbed) {
    const endOf = (l: string) => deficit(l) + (ledger.projected.get(l) ?? 0);
    const short = [...new Set(requests.flatMap((r) => r.candidates))]
      .filter((l) => ledger.lost?.has(l) && !busy.has(l) && !plannedToday.has(l) && !owner.has(l) && endsBelow(l) && within(l) && endsWithin(l) && rank.get(l)!.safe)
      .sort(compare);
    for (const q of short) {
      let best: ChairRequest | null = null;
      for (const r of requests) {
        if (!kept.has(r.cluster) || !r.candidates.includes(q)) continue;
        if (endsBelow(r.previous!)) continue;
        if (best === null || endOf(r.previous!) < endOf(best.previous!) - EPS) best = r;
      }
      if (best === null) continue;
      const p = best.previous!;
      kept.delete(best.cluster);
      owner.delete(p);
      match.set(best.cluster, q);
      owner.set(q, best.cluster);
      rejected.set(best.cluster, {
        reason: `Đ/c ${p} nhường buổi này cho Đ/c ${q}, người sẽ chủ trì ít hơn phần công bằng quá 1,5 buổi vào cuối kỳ`,
        reasonEn: `${p} gives this briefing to ${q}, who would otherwise end the period more than 1.5 below their fair share`,
      });
    }
  }

  // 2. The rest. Leaders join in rank order (furthest below their share first), each taking a pending
  // briefing through an augmenting path that may move an already-chosen leader to another pending
  // briefing but never drops one. The chosen leaders are independent in a transversal matroid, so
  // this greedy gives the day's fairest set of chairs: a leader over the bound is only chosen when
  // no fairer free leader could take any briefing in their place (which keeps step 1 consistent
  // with a fresh plan). Picking per briefing instead ("most constrained takes the best free") could
  // leave a restricted leader with no briefing and overload another restricted one.
  const pending = requests
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => !match.has(r.cluster))
    .sort((a, b) => a.r.candidates.length - b.r.candidates.length || a.i - b.i)
    .map(({ r }) => r.cluster);
  const clustersOf = new Map<string, string[]>();
  for (const c of pending) {
    for (const l of prefs.get(c) ?? []) {
      let list = clustersOf.get(l);
      if (!list) clustersOf.set(l, (list = []));
      list.push(c);
    }
  }
  const placeLeader = (l: string, seen: Set<string>): boolean => {
    // A briefing still without a chair first (most constrained first), so nobody moves needlessly.
    for (const c of clustersOf.get(l) ?? []) {
      if (seen.has(c) || match.has(c)) continue;
      seen.add(c);
      match.set(c, l);
      owner.set(l, c);
      return true;
    }
    for (const c of clustersOf.get(l) ?? []) {
      if (seen.has(c)) continue;
      seen.add(c);
      const o = match.get(c);
      if (o === undefined || placeLeader(o, seen)) {
        match.set(c, l);
        owner.set(l, c);
        return true;
      }
    }
    return false;
  };
  const ranked = [...clustersOf.keys()].sort(compare);
  let open = pending.length;
  for (const l of ranked) {
    if (open === 0) break;
    if (owner.has(l)) continue;
    if (placeLeader(l, new Set())) open--;
  }
  // Kept chairs may block a briefing that another arrangement could staff: free it by moving a kept
  // chair (never leave a briefing unstaffed to keep a previous choice).
  const augment = (cluster: string, seen: Set<string>): boolean => {
    for (const l of prefs.get(cluster) ?? []) {
      if (seen.has(l)) continue;
      seen.add(l);
      const o = owner.get(l);
      if (o === undefined || augment(o, seen)) {
        owner.set(l, cluster);
        match.set(cluster, l);
        if (o !== undefined) kept.delete(o);
        return true;
      }
    }
    return false;
  };
  for (const c of pending) if (!match.has(c)) augment(c, new Set());

  const out = new Map<string, ChairChoice>();
  for (const r of requests) {
    const chair = match.get(r.cluster) ?? null;
    if (r.previous !== null && chair !== r.previous) {
      ledger.disturbed = true;
      (ledger.lost ??= new Set()).add(r.previous);
    }
    const previousRejected = chair === r.previous ? null : rejected.get(r.cluster) ?? (r.previous !== null ? {
      reason: `Đ/c ${r.previous} được điều chỉnh để đủ lãnh đạo chủ trì các cụm cùng ngày`,
      reasonEn: `${r.previous} reassigned so that every briefing of the day has a chair`,
    } : null);
    if (chair === null) {
      const n = r.candidates.length;
      out.set(r.cluster, {
        chair: null,
        reason: n === 0
          ? `Không có lãnh đạo nào chủ trì được ngày ${viDate(date)} (vắng mặt, chưa hoặc thôi nhiệm vụ, hoặc không phụ trách cụm)`
          : `Không đủ lãnh đạo: ${n} lãnh đạo có thể chủ trì đều đã chủ trì cụm khác cùng ngày ${viDate(date)}`,
        reasonEn: n === 0
          ? `No leader can chair on ${date} (absent, not active, or not assigned to the cluster)`
          : `Not enough leaders: the ${n} who could chair already chair other briefings on ${date}`,
        kept: false,
        previousRejected,
      });
      continue;
    }
    const load = ledger.load.get(chair) ?? 0;
    const share = (ledger.share.get(chair) ?? 0) + (provisional.get(chair) ?? 0);
    out.set(r.cluster, kept.has(r.cluster)
      ? {
          chair,
          reason: `Lãnh đạo chủ trì Đ/c ${chair}: giữ theo lịch đã lập (vẫn đúng phân công công bằng)`,
          reasonEn: `Chair ${chair}: kept from the previous plan (still fair)`,
          kept: true,
          previousRejected: null,
        }
      : {
          chair,
          reason: `Lãnh đạo chủ trì Đ/c ${chair}: đến lượt theo phân công công bằng (đã chủ trì ${load} lần trong kỳ, định mức ${fmt(share)})`,
          reasonEn: `Chair ${chair}: next by fair share (chaired ${load} times in the period, fair share ${fmt(share)})`,
          kept: false,
          previousRejected,
        });
  }
  return out;
}
