/**
 * The fairness table of a plan: per leader, chairs against the fair share;
 * per commune, times hosted; the months left unstaffed and why.
 */
import type { Catalogue, PlannedBriefing } from '../model.js';
import { chairDeficit, KEEP_TOLERANCE, type ChairLedger } from './rules/chairChoice.js';
import { slotKey } from './months.js';
import type { RotationFairness, RotationProblem, UnstaffedMonth } from './types.js';

const EPS = 1e-9;

/**
 * Computes the fairness table from the planner's chair ledger (which holds, per leader, the chairs
 * and the fair share of the planned months) and the planned briefings.
 *
 * @example
 * ```ts
 * const f = planRotation({ catalogue, from: '2026-01', months: 12 }).fairness;
 * f.leaders[0];  // { leader: 'Lò Văn Hùng', chairs: 12, fairShare: 12, difference: 0, withinBound: true }
 * f.communes[0]; // { commune: 'Nà Khoa', cluster: 'Cụm 1', hosted: 4 }
 * ```
 */
export function fairnessOf(
  ctx: { input: { catalogue: Pick<Catalogue, 'communes' | 'leaders'> }; chairLedger: ChairLedger; problems: readonly RotationProblem[] },
  briefings: readonly PlannedBriefing[],
): RotationFairness {
  const ledger = ctx.chairLedger;
  const names = ctx.input.catalogue.leaders.map((l) => l.name);
  for (const l of ledger.load.keys()) if (!names.includes(l)) names.push(l);
  const leaders = names.map((leader) => {
    const chairs = ledger.load.get(leader) ?? 0;
    const fairShare = Math.round((ledger.share.get(leader) ?? 0) * 1000) / 1000;
    const difference = -chairDeficit(ledger, leader);
    return { leader, chairs, fairShare, difference: Math.round(difference * 1000) / 1000, withinBound: Math.abs(difference) <= KEEP_TOLERANCE + EPS };
  });
  const hosted = new Map<string, number>();
  for (const b of briefings) hosted.set(b.host, (hosted.get(b.host) ?? 0) + 1);
  const communes = ctx.input.catalogue.communes.map((c) => ({ commune: c.name, cluster: c.cluster, hosted: hosted.get(c.name) ?? 0 }));

  const staffed = new Set(briefings.filter((b) => b.chair !== null).map((b) => slotKey(b.month, b.cluster)));
  // Problems of clusters the catalogue does not have (a fixed row or swap naming "Cụm 9") are no unstaffed months.
  const clusters = new Set(ctx.input.catalogue.communes.map((c) => c.cluster));
  const unstaffed: UnstaffedMonth[] = [];
  const seen = new Set<string>();
  for (const p of ctx.problems) {
    const key = slotKey(p.month, p.cluster);
    if (staffed.has(key) || seen.has(key) || !clusters.has(p.cluster)) continue;
    const b = briefings.find((x) => x.month === p.month && x.cluster === p.cluster);
    // A problem about a staffed slot (a fixed host outside the cluster, rotationReason) is not an unstaffed month.
    if (b && b.chair !== null) continue;
    seen.add(key);
    unstaffed.push({ month: p.month, cluster: p.cluster, reason: p.message, reasonEn: p.messageEn });
  }
  return { leaders, communes, unstaffed, bound: KEEP_TOLERANCE };
}
