import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { availableLeaders, planRotation, type PlannedBriefing, type RotationPlan } from '@giaoban/core/internal';
import { arbCase, fixedDay, type RandomCase } from './fixtures.js';

const RUNS = Number(process.env.ROTATION_RUNS ?? 150);

function plan(c: RandomCase, extra: Partial<Parameters<typeof planRotation>[0]> = {}): RotationPlan {
  return planRotation({ catalogue: c.catalogue, from: c.from, months: c.months, dateOf: fixedDay(15), ...extra });
}

function byCluster(bs: readonly PlannedBriefing[]): Map<string, PlannedBriefing[]> {
  const m = new Map<string, PlannedBriefing[]>();
  for (const b of bs) {
    let l = m.get(b.cluster);
    if (!l) m.set(b.cluster, (l = []));
    l.push(b);
  }
  return m;
}

describe('rotation invariants (fast-check)', () => {
  it('one briefing per cluster per month, hosted by one of its communes', () => {
    fc.assert(
      fc.property(arbCase(), (c) => {
        const p = plan(c);
        const clusters = new Set(c.catalogue.communes.map((x) => x.cluster));
        expect(p.briefings.length).toBe(clusters.size * c.months);
        const seen = new Set<string>();
        for (const b of p.briefings) {
          const key = `${b.month}|${b.cluster}`;
          expect(seen.has(key)).toBe(false);
          seen.add(key);
          const host = c.catalogue.communes.find((x) => x.name === b.host);
          expect(host?.cluster).toBe(b.cluster);
          expect(b.participatingCommunes).toContain(b.host);
          expect(b.source).toBe('generated');
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('hosts: never twice running, every commune once per n months, counts in any window differ by ≤ 1', () => {
    fc.assert(
      fc.property(arbCase({ absences: false }), (c) => {
        const p = plan(c);
        for (const [cluster, list] of byCluster(p.briefings)) {
          const n = c.catalogue.communes.filter((x) => x.cluster === cluster).length;
          const hosts = list.map((b) => b.host);
          for (let i = 1; i < hosts.length && n >= 2; i++) expect(hosts[i]).not.toBe(hosts[i - 1]);
          for (let i = 0; i + n <= hosts.length; i++) expect(new Set(hosts.slice(i, i + n)).size).toBe(n);
          for (let a = 0; a < hosts.length; a++) {
            const counts = new Map<string, number>();
            for (const x of c.catalogue.communes) if (x.cluster === cluster) counts.set(x.name, 0);
            for (let b = a; b < hosts.length; b++) {
              counts.set(hosts[b]!, counts.get(hosts[b]!)! + 1);
              const v = [...counts.values()];
              expect(Math.max(...v) - Math.min(...v)).toBeLessThanOrEqual(1);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('chairs: available, allowed, never double-booked; an unstaffed briefing is a problem', () => {
    fc.assert(
      fc.property(arbCase({ restrictions: true }), (c) => {
        const p = plan(c);
        const byDate = new Map<string, Set<string>>();
        for (const b of p.briefings) {
          const problem = p.problems.some((x) => x.month === b.month && x.cluster === b.cluster);
          if (b.chair === null) {
            expect(problem).toBe(true);
            continue;
          }
          expect(problem).toBe(false);
          expect(availableLeaders(c.catalogue.leaders, b.date, b.cluster, c.catalogue.absences)).toContain(b.chair);
          let s = byDate.get(b.date);
          if (!s) byDate.set(b.date, (s = new Set()));
          expect(s.has(b.chair)).toBe(false);
          s.add(b.chair);
        }
        // Unstaffed only when the free leaders truly run out (a maximum matching): check the simple bound.
        const unstaffedMonths = new Set(p.briefings.filter((b) => b.chair === null).map((b) => b.date));
        for (const d of unstaffedMonths) {
          const day = p.briefings.filter((b) => b.date === d);
          for (const b of day.filter((x) => x.chair === null)) {
            const cands = availableLeaders(c.catalogue.leaders, d, b.cluster, c.catalogue.absences);
            // every candidate of an unstaffed briefing is busy that day
            for (const l of cands) expect(day.some((x) => x.chair === l)).toBe(true);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('chairs: every leader within 1.5 of the fair share; with everyone available ⌊N/L⌋ or ⌈N/L⌉', () => {
    fc.assert(
      fc.property(arbCase(), fc.array(fc.integer({ min: 1, max: 28 }), { minLength: 40, maxLength: 40 }), fc.boolean(), (c, days, stagger) => {
        // Staggered: each cluster on its own nominal day, so several dates per month.
        const p = plan(c, stagger ? { dateOf: (m, cl) => fixedDay(days[Number(cl.slice(4)) - 1]!)(m, cl) } : {});
        const load = new Map<string, number>();
        const share = new Map<string, number>();
        for (const b of p.briefings) {
          if (b.chair === null) continue;
          load.set(b.chair, (load.get(b.chair) ?? 0) + 1);
          const avail = availableLeaders(c.catalogue.leaders, b.date, b.cluster, c.catalogue.absences);
          for (const l of avail) share.set(l, (share.get(l) ?? 0) + 1 / avail.length);
        }
        for (const l of c.catalogue.leaders) {
          expect(Math.abs((load.get(l.name) ?? 0) - (share.get(l.name) ?? 0))).toBeLessThanOrEqual(1.5 + 1e-9);
        }
        if (c.catalogue.absences.length === 0) {
          const N = p.briefings.filter((b) => b.chair !== null).length;
          const L = c.catalogue.leaders.length;
          for (const l of c.catalogue.leaders) {
            const v = load.get(l.name) ?? 0;
            expect(v === Math.floor(N / L) || v === Math.ceil(N / L)).toBe(true);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('chairs: within 1.5 of the fair share with cluster restrictions when every cluster meets on its own day', () => {
    fc.assert(
      fc.property(arbCase({ restrictions: true, maxClusters: 28 }), (c) => {
        // Own day per cluster: no two briefings share a date, so the fair share is always reachable.
        const p = plan(c, { dateOf: (m, cl) => fixedDay(Number(cl.slice(4)))(m, cl) });
        const load = new Map<string, number>();
        const share = new Map<string, number>();
        for (const b of p.briefings) {
          if (b.chair === null) continue;
          load.set(b.chair, (load.get(b.chair) ?? 0) + 1);
          const avail = availableLeaders(c.catalogue.leaders, b.date, b.cluster, c.catalogue.absences);
          for (const l of avail) share.set(l, (share.get(l) ?? 0) + 1 / avail.length);
        }
        for (const l of c.catalogue.leaders) expect(Math.abs((load.get(l.name) ?? 0) - (share.get(l.name) ?? 0))).toBeLessThanOrEqual(1.5 + 1e-9);
      }),
      { numRuns: RUNS },
    );
  });

  it('hosts only communes valid on the date; a new commune hosts in its first eligible months', () => {
    fc.assert(
      fc.property(arbCase({ validity: true, absences: false }), (c) => {
        const p = plan(c);
        for (const b of p.briefings) {
          const h = c.catalogue.communes.find((x) => x.name === b.host)!;
          expect(h.validFrom === null || h.validFrom <= b.date).toBe(true);
          expect(h.validTo === null || b.date <= h.validTo).toBe(true);
          for (const name of b.participatingCommunes) {
            const x = c.catalogue.communes.find((y) => y.name === name)!;
            expect((x.validFrom === null || x.validFrom <= b.date) && (x.validTo === null || b.date <= x.validTo)).toBe(true);
          }
        }
        // A cluster with no valid commune on its date has no briefing, and says so when a commune exists that month.
        const clusters = [...new Set(c.catalogue.communes.map((x) => x.cluster))];
        for (const cl of clusters) {
          const list = p.briefings.filter((b) => b.cluster === cl);
          // Never twice running while two or more communes are valid on both dates.
          for (let i = 1; i < list.length; i++) {
            const validBoth = c.catalogue.communes.filter((x) => x.cluster === cl && [list[i - 1]!.date, list[i]!.date].every((d) => (x.validFrom === null || x.validFrom <= d) && (x.validTo === null || d <= x.validTo)));
            if (validBoth.length >= 2) expect(list[i]!.host).not.toBe(list[i - 1]!.host);
          }
          // A commune that joins hosts before any commune hosts twice after it joined.
          for (const x of c.catalogue.communes.filter((y) => y.cluster === cl && y.validFrom !== null)) {
            const after = list.filter((b) => b.date >= x.validFrom! && (x.validTo === null || b.date <= x.validTo));
            const counts = new Map<string, number>();
            for (const b of after) {
              if (b.host === x.name) break;
              counts.set(b.host, (counts.get(b.host) ?? 0) + 1);
              expect(counts.get(b.host)).toBeLessThanOrEqual(1);
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(arbCase({ maxMonths: 12 }), (c) => {
        expect(plan(c)).toEqual(plan(c));
      }),
      { numRuns: 40 },
    );
  });
});
