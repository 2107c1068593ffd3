/**
 * Rule: the chair. An available leader (active, not absent, allowed for the
 * cluster, not already chairing another briefing that date), balanced by fair
 * share: every staffed briefing gives each leader available for it 1/k of a
 * share; the leader furthest below their share chairs next, ties by least
 * recently chaired, then catalogue order. A date with more briefings than free
 * leaders leaves the rest unstaffed (a problem), never double-booked.
 */
import type { IsoDate } from '../../model.js';
import { dateParam, rotationReason, type Reason } from '../messages.js';

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

/** How far a kept chair may run ahead of (or a leader fall behind) their fair share: the fairness bound. */
export const KEEP_TOLERANCE = 1.5;
const EPS = 1e-9;

/** Ranking keys of one leader on the date (computed once). */
interface RankKey {
  /** Chairing now keeps the leader within the bound through their later planned briefings. */
  safe: boolean;
  /** Deficit now plus what the previous plan still holds for them. */
  d: number;
  last: string;
  order: number;
}

/** Everything the steps of one date's choice share. */
interface ChairDay {
  requests: readonly ChairRequest[];
  busy: ReadonlySet<string>;
  ledger: ChairLedger;
  date: IsoDate;
  /** Shares of this date, counted provisionally while choosing (all requests alike). */
  provisional: Map<string, number>;
  rank: Map<string, RankKey>;
  /** Leaders the previous plan has chairing on this date. */
  plannedToday: Set<string>;
  /** Cluster → chosen chair, and back. */
  match: Map<string, string>;
  owner: Map<string, string>;
  /** Clusters whose previous chair is kept. */
  kept: Set<string>;
  /** Why a cluster's previous chair was not kept. */
  rejected: Map<string, Reason>;
  /** Leaders moved off a briefing of this date for fairness: they chair none of its briefings unless one would go unstaffed. */
  barred: Set<string>;
  /** Free leaders already counted as the replacement of a fairness move (one move per free leader). */
  reserved: Set<string>;
}

/**
 * Chooses the chairs of all briefings held on one date. `busy` holds leaders
 * already chairing that date (held briefings, overrides). The steps, in order:
 *
 * 1. {@link keepPreviousChairs} — hard: a previous chair who can no longer chair (absent, not allowed, double-booked) moves.
 * 2. {@link releaseUnfairKeeps} — soft: a previous chair over the fairness bound (now, or at the end of the period)
 *    moves, only when a distinct fairer free leader takes their place and the free leaders still cover every
 *    open briefing (a forced change first).
 * 3. {@link giveBackToShortLeaders} — soft: a leader who lost planned chairs and would end short takes one kept chair back.
 * 4. {@link matchPendingBriefings} — the rest, fairest leaders first (augmenting paths).
 * 5. {@link staffBlockedBriefings} — hard: no briefing stays unstaffed to keep a previous choice.
 * 6. {@link describeChoices} — the outcome and its reasons.
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
  const day = openChairDay(requests, busy, ledger, date);
  keepPreviousChairs(day);
  releaseUnfairKeeps(day);
  giveBackToShortLeaders(day);
  matchPendingBriefings(day);
  staffBlockedBriefings(day);
  return describeChoices(day);
}

function openChairDay(requests: readonly ChairRequest[], busy: ReadonlySet<string>, ledger: ChairLedger, date: IsoDate): ChairDay {
  const provisional = new Map<string, number>();
  for (const r of requests) for (const l of r.candidates) provisional.set(l, (provisional.get(l) ?? 0) + 1 / r.candidates.length);
  const day: ChairDay = {
    requests, busy, ledger, date, provisional,
    rank: new Map(),
    plannedToday: new Set(requests.flatMap((r) => (r.previous === null ? [] : [r.previous]))),
    match: new Map(), owner: new Map(), kept: new Set(), rejected: new Map(), barred: new Set(), reserved: new Set(),
  };
  // First whether chairing now keeps the leader within the bound through their later planned
  // briefings (in a fresh plan this is implied by the deficit order, so it only matters in re-plans).
  for (const r of requests) {
    for (const l of r.candidates) {
      if (day.rank.has(l)) continue;
      const now = deficit(day, l);
      day.rank.set(l, {
        safe: now - 1 + Math.min(0, ledger.headroom.get(l) ?? 0) >= -KEEP_TOLERANCE - EPS,
        d: now + (ledger.projected.get(l) ?? 0),
        last: ledger.lastChaired.get(l) ?? '',
        order: ledger.order.get(l) ?? 0,
      });
    }
  }
  return day;
}

/** Fair share minus load, with this date's provisional shares. */
function deficit(day: ChairDay, l: string): number {
  return chairDeficit(day.ledger, l) + (day.provisional.get(l) ?? 0);
}

/** Where the leader ends the period if they keep every later planned briefing (re-plans). */
function endPosition(day: ChairDay, l: string): number {
  return deficit(day, l) + (day.ledger.projected.get(l) ?? 0);
}

/** Chairing now keeps the leader within the bound at this date. */
function withinNow(day: ChairDay, l: string): boolean {
  return 1 - deficit(day, l) <= KEEP_TOLERANCE + EPS;
}

/** Chairing now still lets the leader end the period within the bound. */
function endsWithin(day: ChairDay, l: string): boolean {
  return endPosition(day, l) - 1 >= -KEEP_TOLERANCE - EPS;
}

/**
 * Re-plans: keeping chairs only while within the bound at each date lets the totals drift past it
 * (a replacement's extra chair is never given back), so once the plan is disturbed a kept chair
 * also has to end within it.
 */
function endWithinIfDisturbed(day: ChairDay, l: string): boolean {
  return !day.ledger.disturbed || endsWithin(day, l);
}

/** Would end the period more than the bound below their share. */
function endsBelow(day: ChairDay, l: string): boolean {
  return endPosition(day, l) > KEEP_TOLERANCE + EPS;
}

/** Fairest first: safe, furthest below their share (with what the previous plan holds), least recent, catalogue order. */
function compareLeaders(day: ChairDay, a: string, b: string): number {
  const ka = day.rank.get(a)!;
  const kb = day.rank.get(b)!;
  if (ka.safe !== kb.safe) return ka.safe ? -1 : 1;
  if (Math.abs(ka.d - kb.d) > EPS) return kb.d - ka.d;
  if (ka.last !== kb.last) return ka.last < kb.last ? -1 : 1;
  return ka.order - kb.order;
}

/** Free leaders nobody planned for this date and not yet counted as a replacement. */
function isFreeReplacement(day: ChairDay, l: string): boolean {
  return !day.busy.has(l) && !day.plannedToday.has(l) && !day.reserved.has(l) && !day.owner.has(l);
}

function keep(day: ChairDay, r: ChairRequest, p: string): void {
  day.match.set(r.cluster, p);
  day.owner.set(p, r.cluster);
  day.kept.add(r.cluster);
}

function release(day: ChairDay, cluster: string): void {
  const p = day.match.get(cluster);
  if (p !== undefined) day.owner.delete(p);
  day.match.delete(cluster);
  day.kept.delete(cluster);
}

/** Step 1 (hard): keep each previous chair who may still chair this briefing. */
function keepPreviousChairs(day: ChairDay): void {
  for (const r of day.requests) {
    const p = r.previous;
    if (p === null) continue;
    if (!r.candidates.includes(p)) {
      day.rejected.set(r.cluster, r.whyNot?.(p) ?? rotationReason('chairCannot', { leader: p, date: dateParam(day.date) }));
    } else if (day.busy.has(p) || day.owner.has(p)) {
      day.rejected.set(r.cluster, rotationReason('chairBusy', { leader: p, date: dateParam(day.date) }));
    } else {
      keep(day, r, p);
    }
  }
}

/**
 * Step 2 (soft): a kept chair over the fairness bound moves — now (over it at this date and at the
 * end) or, once the plan is disturbed, at the end of the period. Each move needs its own free
 * fairer leader: the moved leader chairs nothing else this date, so two moves sharing one free
 * leader would hand the moved leader the other briefing back (a change for nothing). When the
 * day's restrictions force someone over, the replacement would be just as far over: no move.
 * Furthest ahead at the end goes first.
 */
function releaseUnfairKeeps(day: ChairDay): void {
  const keptNow = day.requests.filter((r) => day.kept.has(r.cluster));
  const order = keptNow
    .map((r, i) => ({ r, i, end: endPosition(day, r.previous!) }))
    .sort((a, b) => a.end - b.end || a.i - b.i);
  for (const { r } of order) {
    const p = r.previous!;
    const { ledger } = day;
    let why: Reason | null = null;
    let replacement: string | undefined;
    if (!withinNow(day, p) && !endsWithin(day, p)) {
      replacement = pickReplacement(day, r, (l) => withinNow(day, l));
      if (replacement !== undefined) {
        why = rotationReason('chairAhead', { leader: p, load: ledger.load.get(p) ?? 0, share: (ledger.share.get(p) ?? 0) + (day.provisional.get(p) ?? 0) });
      }
    }
    if (why === null && !endWithinIfDisturbed(day, p)) {
      replacement = pickReplacement(day, r, (l) => withinNow(day, l) && endWithinIfDisturbed(day, l) && day.rank.get(l)!.safe);
      if (replacement !== undefined) why = rotationReason('chairAheadAtEnd', { leader: p, tolerance: KEEP_TOLERANCE });
    }
    if (why === null || replacement === undefined) continue;
    // The free leaders must still cover every open briefing (a forced one above all) plus this one.
    const before = staffableOpenBriefings(day);
    release(day, r.cluster);
    day.barred.add(p);
    if (staffableOpenBriefings(day) < before + 1) {
      day.barred.delete(p);
      keep(day, r, p);
      continue;
    }
    day.rejected.set(r.cluster, why);
    day.reserved.add(replacement);
  }
}

/**
 * How many of the briefings still without a chair the free leaders (not busy, not moved for
 * fairness, not keeping a chair) can staff at once: a maximum bipartite matching (augmenting paths).
 */
function staffableOpenBriefings(day: ChairDay): number {
  const open = day.requests.filter((r) => !day.match.has(r.cluster));
  const holder = new Map<string, number>();
  const tryOpen = (i: number, seen: Set<string>): boolean => {
    for (const l of open[i]!.candidates) {
      if (day.busy.has(l) || day.barred.has(l) || day.owner.has(l) || seen.has(l)) continue;
      seen.add(l);
      const h = holder.get(l);
      if (h === undefined || tryOpen(h, seen)) {
        holder.set(l, i);
        return true;
      }
    }
    return false;
  };
  let n = 0;
  for (let i = 0; i < open.length; i++) if (tryOpen(i, new Set())) n++;
  return n;
}

/** The fairest free leader of the request who passes `fits`, not yet counted for another move. */
function pickReplacement(day: ChairDay, r: ChairRequest, fits: (l: string) => boolean): string | undefined {
  let best: string | undefined;
  for (const l of r.candidates) {
    if (!isFreeReplacement(day, l) || !fits(l)) continue;
    if (best === undefined || compareLeaders(day, l, best) < 0) best = l;
  }
  return best;
}

/**
 * Step 3 (soft, re-plans once disturbed): each free leader who lost a planned chair and would end
 * short (never given one back) takes one kept chair — from the kept leader furthest ahead at the
 * end who still ends within the bound without it (one move per short leader, so the give-back never
 * cascades through the day).
 */
function giveBackToShortLeaders(day: ChairDay): void {
  if (!day.ledger.disturbed) return;
  const short = [...new Set(day.requests.flatMap((r) => r.candidates))]
    .filter((l) => day.ledger.lost?.has(l) && isFreeReplacement(day, l) && endsBelow(day, l) && withinNow(day, l) && endsWithin(day, l) && day.rank.get(l)!.safe)
    .sort((a, b) => compareLeaders(day, a, b));
  for (const q of short) {
    let best: ChairRequest | null = null;
    for (const r of day.requests) {
      if (!day.kept.has(r.cluster) || !r.candidates.includes(q)) continue;
      if (endsBelow(day, r.previous!)) continue;
      if (best === null || endPosition(day, r.previous!) < endPosition(day, best.previous!) - EPS) best = r;
    }
    if (best === null) continue;
    const p = best.previous!;
    const before = staffableOpenBriefings(day);
    release(day, best.cluster);
    assign(day, best.cluster, q);
    if (staffableOpenBriefings(day) < before) {
      // q was needed for a briefing still open (a forced one): no give-back this date.
      release(day, best.cluster);
      keep(day, best, p);
      continue;
    }
    day.rejected.set(best.cluster, rotationReason('chairGivesBack', { leader: p, to: q, tolerance: KEEP_TOLERANCE }));
  }
}

/**
 * Step 4: the briefings still without a chair. Leaders join in rank order (furthest below their
 * share first), each taking a pending briefing through an augmenting path that may move an
 * already-chosen leader to another pending briefing but never drops one. The chosen leaders are
 * independent in a transversal matroid, so this greedy gives the day's fairest set of chairs.
 * Picking per briefing instead ("most constrained takes the best free") could leave a restricted
 * leader with no briefing and overload another restricted one. Leaders moved for fairness in
 * step 2 do not take part.
 */
function matchPendingBriefings(day: ChairDay): void {
  const pending = pendingClusters(day);
  const clustersOf = new Map<string, string[]>();
  for (const c of pending) {
    const r = day.requests.find((x) => x.cluster === c)!;
    for (const l of sortedCandidates(day, r)) {
      if (day.barred.has(l)) continue;
      let list = clustersOf.get(l);
      if (!list) clustersOf.set(l, (list = []));
      list.push(c);
    }
  }
  let open = pending.length;
  for (const l of [...clustersOf.keys()].sort((a, b) => compareLeaders(day, a, b))) {
    if (open === 0) break;
    if (day.owner.has(l)) continue;
    if (placeLeader(day, clustersOf, l, new Set())) open--;
  }
}

/**
 * Gives leader `l` a pending briefing: a free one first (most constrained first, so nobody moves
 * needlessly), else one whose chair can move on to another pending briefing (augmenting path).
 */
function placeLeader(day: ChairDay, clustersOf: ReadonlyMap<string, readonly string[]>, l: string, seen: Set<string>): boolean {
  for (const c of clustersOf.get(l) ?? []) {
    if (seen.has(c) || day.match.has(c)) continue;
    seen.add(c);
    assign(day, c, l);
    return true;
  }
  for (const c of clustersOf.get(l) ?? []) {
    if (seen.has(c)) continue;
    seen.add(c);
    const o = day.match.get(c);
    if (o === undefined || placeLeader(day, clustersOf, o, seen)) {
      assign(day, c, l);
      return true;
    }
  }
  return false;
}

function assign(day: ChairDay, cluster: string, l: string): void {
  day.match.set(cluster, l);
  day.owner.set(l, cluster);
}

/** Briefings without a chair yet, most constrained first (then request order). */
function pendingClusters(day: ChairDay): string[] {
  return day.requests
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => !day.match.has(r.cluster))
    .sort((a, b) => a.r.candidates.length - b.r.candidates.length || a.i - b.i)
    .map(({ r }) => r.cluster);
}

/** The request's candidates not busy elsewhere, fairest first. */
function sortedCandidates(day: ChairDay, r: ChairRequest): string[] {
  return r.candidates.filter((l) => !day.busy.has(l)).sort((a, b) => compareLeaders(day, a, b));
}

/**
 * Step 5 (hard): kept chairs (or fairness moves) may block a briefing that another arrangement
 * could staff: free it by moving a kept chair (never leave a briefing unstaffed to keep a
 * previous choice).
 */
function staffBlockedBriefings(day: ChairDay): void {
  const prefs = new Map(day.requests.map((r) => [r.cluster, sortedCandidates(day, r)] as const));
  for (const c of pendingClusters(day)) freeAChair(day, prefs, c, new Set());
}

/** Augmenting path from an unstaffed briefing: take a leader, moving their briefing on in turn (a kept chair may move). */
function freeAChair(day: ChairDay, prefs: ReadonlyMap<string, readonly string[]>, cluster: string, seen: Set<string>): boolean {
  for (const l of prefs.get(cluster) ?? []) {
    if (seen.has(l)) continue;
    seen.add(l);
    const o = day.owner.get(l);
    if (o === undefined || freeAChair(day, prefs, o, seen)) {
      day.owner.set(l, cluster);
      day.match.set(cluster, l);
      if (o !== undefined) day.kept.delete(o);
      return true;
    }
  }
  return false;
}

/** Step 6: the outcome per request with its reasons; marks the ledger disturbed when a previous chair moved. */
function describeChoices(day: ChairDay): Map<string, ChairChoice> {
  const { ledger, date } = day;
  const out = new Map<string, ChairChoice>();
  for (const r of day.requests) {
    const chair = day.match.get(r.cluster) ?? null;
    if (r.previous !== null && chair !== r.previous) {
      ledger.disturbed = true;
      (ledger.lost ??= new Set()).add(r.previous);
    }
    const previousRejected = chair === r.previous
      ? null
      : day.rejected.get(r.cluster) ?? (r.previous !== null ? rotationReason('chairReassigned', { leader: r.previous }) : null);
    if (chair === null) {
      const n = r.candidates.length;
      const why = n === 0 ? rotationReason('chairNobody', { date: dateParam(date) }) : rotationReason('chairNotEnough', { count: n, date: dateParam(date) });
      out.set(r.cluster, { chair: null, ...why, kept: false, previousRejected });
      continue;
    }
    if (day.kept.has(r.cluster)) {
      out.set(r.cluster, { chair, ...rotationReason('chairKept', { chair }), kept: true, previousRejected: null });
      continue;
    }
    const load = ledger.load.get(chair) ?? 0;
    const share = (ledger.share.get(chair) ?? 0) + (day.provisional.get(chair) ?? 0);
    out.set(r.cluster, { chair, ...rotationReason('chairNext', { chair, load, share }), kept: false, previousRejected });
  }
  return out;
}
