import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { availableLeaders, planRotation, type Absence, type PreviousPlanRow, type RotationPlan } from '@giaoban/core';
import { addDays, addMonthsTo, arbCase, fixedDay, type RandomCase } from './fixtures.js';

function plan(c: RandomCase, extra: Partial<Parameters<typeof planRotation>[0]> = {}): RotationPlan {
  return planRotation({ catalogue: c.catalogue, from: c.from, months: c.months, dateOf: fixedDay(15), ...extra });
}

const asPrevious = (p: RotationPlan): PreviousPlanRow[] =>
  p.briefings.map((b) => ({ month: b.month, cluster: b.cluster, date: b.date, host: b.host, chair: b.chair }));

describe('stability', () => {
  it('re-planning with nothing changed changes nothing', () => {
    fc.assert(
      fc.property(arbCase({ maxMonths: 18, restrictions: true }), (c) => {
        const p0 = plan(c);
        const p1 = plan(c, { previous: asPrevious(p0) });
        expect(p1.changes).toEqual([]);
        expect(p1.briefings.map((b) => [b.host, b.chair])).toEqual(p0.briefings.map((b) => [b.host, b.chair]));
      }),
      { numRuns: 60 },
    );
  });

  it('a new two-month absence changes only chairs, every forced one, and at most 1.5× as many as it forces (+1)', () => {
    let totalForced = 0;
    let totalChanged = 0;
    fc.assert(
      fc.property(arbCase({ maxMonths: 24 }), fc.nat(11), fc.nat(23), (c, li, startMonth) => {
        fc.pre(li < c.catalogue.leaders.length && startMonth < c.months);
        const p0 = plan(c);
        const who = c.catalogue.leaders[li]!.name;
        const from = `${addMonthsTo(c.from, startMonth)}-01`;
        const absence: Absence = { leader: who, from, to: addDays(from, 60), reason: 'Đi học' };
        const c1 = { ...c, catalogue: { ...c.catalogue, absences: [...c.catalogue.absences, absence] } };
        const p1 = plan(c1, { previous: asPrevious(p0) });
        const forced = p0.briefings.filter((b) => b.chair === who && b.date >= absence.from && b.date <= absence.to);
        for (const ch of p1.changes) expect(ch.field).toBe('chair');
        for (const f of forced) {
          const ch = p1.changes.find((x) => x.month === f.month && x.cluster === f.cluster);
          expect(ch?.before).toBe(who);
          expect(ch?.reason).toContain('vắng mặt');
        }
        // Nothing before the absence moves.
        for (const ch of p1.changes) expect(p1.briefings.find((b) => b.month === ch.month && b.cluster === ch.cluster)!.date >= absence.from).toBe(true);
        // The re-plan is still fair.
        const load = new Map<string, number>();
        const share = new Map<string, number>();
        for (const b of p1.briefings) {
          if (b.chair === null) continue;
          load.set(b.chair, (load.get(b.chair) ?? 0) + 1);
          const avail = availableLeaders(c1.catalogue.leaders, b.date, b.cluster, c1.catalogue.absences);
          for (const l of avail) share.set(l, (share.get(l) ?? 0) + 1 / avail.length);
        }
        for (const l of c1.catalogue.leaders) expect(Math.abs((load.get(l.name) ?? 0) - (share.get(l.name) ?? 0))).toBeLessThanOrEqual(1.5 + 1e-9);
        totalForced += forced.length;
        totalChanged += p1.changes.length;
        expect(p1.changes.length).toBeLessThanOrEqual(Math.ceil(1.5 * forced.length) + 1);
      }),
      { numRuns: Number(process.env.ROTATION_RUNS ?? 150) },
    );
    expect(totalChanged).toBeLessThanOrEqual(1.5 * totalForced);
  });
});
