/**
 * Rule: the host commune. Round-robin by least recent hosting — never hosted
 * first, then catalogue order — and never the same host two months running
 * when the cluster has two or more active communes. A host from the previous
 * plan is kept while it does not break the round (stability).
 */
import type { Commune, IsoDate } from '../../model.js';
import { dateParam, rotationReason, type HostTier } from '../messages.js';
import { communeActiveOn } from './availability.js';
import { GiaobanRangeError } from '../../errors.js';

/** Who hosted when: per commune the last date, per cluster the hosts in date order. */
export interface HostLedger {
  lastHosted: Map<string, IsoDate>;
  sequence: Map<string, string[]>;
}

/**
 * An empty host ledger.
 * @example const ledger = createHostLedger();
 */
export function createHostLedger(): HostLedger {
  return { lastHosted: new Map(), sequence: new Map() };
}

/**
 * Records that `host` hosted `cluster`'s briefing on `date` (call in date order).
 * @example recordHost(ledger, 'Cụm 1', 'Nà Khoa', '2026-01-15');
 */
export function recordHost(ledger: HostLedger, cluster: string, host: string, date: IsoDate): void {
  const prev = ledger.lastHosted.get(host);
  if (prev === undefined || prev < date) ledger.lastHosted.set(host, date);
  let seq = ledger.sequence.get(cluster);
  if (!seq) ledger.sequence.set(cluster, (seq = []));
  seq.push(host);
}

/** The chosen host, why, and why the previous plan's host was not kept (if it was not). */
export interface HostChoice {
  host: string;
  reason: string;
  reasonEn: string;
  kept: boolean;
  previousRejected: { reason: string; reasonEn: string } | null;
}

/** Why the previous host cannot be kept, or null when it can. */
function previousHostObstacle(
  previous: string,
  active: readonly Commune[],
  cluster: string,
  ledger: HostLedger,
  communes: ReadonlyMap<string, Commune>,
  date: IsoDate,
): { reason: string; reasonEn: string } | null {
  if (!active.some((c) => c.name === previous)) {
    const c = communes.get(previous);
    if (c && c.cluster === cluster && !communeActiveOn(c, date)) {
      const merged = c.mergedInto ? rotationReason('hostMergedInto', { into: c.mergedInto }) : '';
      return c.validTo !== null && c.validTo < date
        ? rotationReason('hostGone', { host: previous, date: dateParam(c.validTo), merged })
        : rotationReason('hostNotYet', { host: previous, date: dateParam(date) });
    }
    return rotationReason('hostOutside', { host: previous, cluster });
  }
  const seq = ledger.sequence.get(cluster) ?? [];
  if (active.length >= 2) {
    // Keeping it must not repeat a host within the current round of n months.
    const recent = seq.slice(Math.max(0, seq.length - (active.length - 1)));
    if (recent.includes(previous)) {
      return seq[seq.length - 1] === previous
        ? rotationReason('hostLastMonth', { host: previous })
        : rotationReason('hostThisRound', { host: previous });
    }
  }
  return null;
}

/**
 * Chooses the host among the cluster's communes active on `date` (`active`, catalogue order);
 * `tier` words its reason for a commune police unit's villages.
 *
 * @example
 * ```ts
 * const ledger = createHostLedger();
 * chooseHost(activeCommunes, 'Cụm 1', ledger, null, byName, '2026-01-15').host; // first commune in catalogue order
 * ```
 */
export function chooseHost(
  active: readonly Commune[],
  cluster: string,
  ledger: HostLedger,
  previous: string | null,
  communes: ReadonlyMap<string, Commune>,
  date: IsoDate,
  tier: HostTier = 'communes',
): HostChoice {
  if (active.length === 0) {
    throw new GiaobanRangeError('cluster.no-active-commune', { vi: `${cluster} không có xã nào hoạt động ngày ${date}`, en: `${cluster} has no active commune on ${date}` });
  }
  let previousRejected: HostChoice['previousRejected'] = null;
  if (previous !== null) {
    previousRejected = previousHostObstacle(previous, active, cluster, ledger, communes, date);
    if (previousRejected === null) {
      return {
        host: previous,
        ...rotationReason('hostKept', { host: previous }, tier),
        kept: true,
        previousRejected: null,
      };
    }
  }
  if (active.length === 1) {
    const only = active[0]!.name;
    return {
      host: only,
      ...rotationReason('hostOnly', { host: only, cluster }, tier),
      kept: false,
      previousRejected,
    };
  }
  const seq = ledger.sequence.get(cluster) ?? [];
  const last = seq[seq.length - 1];
  let best: Commune | null = null;
  let bestKey = '';
  for (const c of active) {
    if (c.name === last) continue;
    // '' sorts before any date: never hosted comes first; ties keep catalogue order.
    const key = ledger.lastHosted.get(c.name) ?? '';
    if (best === null || key < bestKey) {
      best = c;
      bestKey = key;
    }
  }
  const host = best!.name;
  return bestKey === ''
    ? {
        host,
        ...rotationReason('hostNever', { host }, tier),
        kept: false,
        previousRejected,
      }
    : {
        host,
        ...rotationReason('hostLeastRecent', { host, date: dateParam(bestKey) }, tier),
        kept: false,
        previousRejected,
      };
}
