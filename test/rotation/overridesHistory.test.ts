import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { availableLeaders, planRotation, type BriefingRecord, type Override } from '@giaoban/core/internal';
import { addMonthsTo, arbCase, fixedDay } from './fixtures.js';

const attendance = { areaOfficers: null, communePolice: null, partyStanding: null, peoplesCouncil: null, peoplesCommittee: null, public: null, massOrganizations: [] };

describe('overrides and history (fast-check)', () => {
  it('keeps every override as given and never double-books a generated chair against one', () => {
    fc.assert(
      fc.property(
        arbCase(),
        fc.array(fc.record({ m: fc.nat(35), c: fc.nat(39), host: fc.option(fc.nat(11)), chair: fc.option(fc.nat(11)), day: fc.option(fc.integer({ min: 1, max: 28 })) }), { maxLength: 12 }),
        (c, raw) => {
          const clusters = [...new Set(c.catalogue.communes.map((x) => x.cluster))];
          const seen = new Set<string>();
          const overrides: Override[] = [];
          for (const r of raw) {
            if (r.m >= c.months || r.c >= clusters.length) continue;
            const cluster = clusters[r.c]!;
            const month = addMonthsTo(c.from, r.m);
            if (seen.has(month + cluster)) continue;
            seen.add(month + cluster);
            const members = c.catalogue.communes.filter((x) => x.cluster === cluster);
            const o: Override = { month, cluster };
            if (r.host !== null) o.host = members[r.host % members.length]!.name;
            if (r.chair !== null && r.chair < c.catalogue.leaders.length) o.chair = c.catalogue.leaders[r.chair]!.name;
            if (r.day !== null) o.date = `${month}-${String(r.day).padStart(2, '0')}`;
            overrides.push(o);
          }
          const p = planRotation({ catalogue: c.catalogue, from: c.from, months: c.months, dateOf: fixedDay(15), overrides });
          for (const o of overrides) {
            const b = p.briefings.find((x) => x.month === o.month && x.cluster === o.cluster)!;
            expect(b.source).toBe('override');
            if (o.host !== undefined) expect(b.host).toBe(o.host);
            if (o.chair !== undefined) expect(b.chair).toBe(o.chair);
            if (o.date !== undefined) expect(b.date).toBe(o.date);
          }
          const fixedChair = new Set(overrides.filter((o) => o.chair !== undefined).map((o) => o.month + o.cluster));
          const byDate = new Map<string, string[]>();
          for (const b of p.briefings) {
            if (b.chair === null) continue;
            if (!fixedChair.has(b.month + b.cluster)) {
              expect(availableLeaders(c.catalogue.leaders, b.date, b.cluster, c.catalogue.absences)).toContain(b.chair);
            }
            byDate.set(b.date, [...(byDate.get(b.date) ?? []), b.chair]);
          }
          // Double-booking can only come from two overrides naming the same leader, and is then reported.
          for (const [date, chairs] of byDate) {
            const dup = chairs.filter((x, i) => chairs.indexOf(x) !== i);
            for (const d of dup) {
              const fixedSame = overrides.filter((o) => o.chair === d && p.briefings.find((b) => b.month === o.month && b.cluster === o.cluster)!.date === date);
              expect(fixedSame.length).toBeGreaterThanOrEqual(2);
              expect(p.problems.some((x) => x.message.includes(d) && x.message.includes('cùng ngày'))).toBe(true);
            }
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it('copies held briefings unchanged and counts them for the next host', () => {
    fc.assert(
      fc.property(arbCase({ maxClusters: 10, maxMonths: 12, absences: false }), fc.array(fc.tuple(fc.nat(11), fc.nat(9), fc.nat(11), fc.integer({ min: 1, max: 28 })), { maxLength: 10 }), (c, raw) => {
        const clusters = [...new Set(c.catalogue.communes.map((x) => x.cluster))];
        const history: BriefingRecord[] = [];
        const used = new Set<string>();
        for (const [m, ci, hi, day] of raw) {
          if (m >= c.months || ci >= clusters.length) continue;
          const month = addMonthsTo(c.from, m);
          const cluster = clusters[ci]!;
          if (used.has(month + cluster)) continue;
          used.add(month + cluster);
          const members = c.catalogue.communes.filter((x) => x.cluster === cluster);
          history.push({
            ref: { sheet: 'Giao ban', row: history.length + 5 }, date: `${month}-${String(day).padStart(2, '0')}`,
            host: members[hi % members.length]!.name, chair: c.catalogue.leaders[0]!.name, cluster, participatingCommunes: [], attendance, notes: null,
          });
        }
        const p = planRotation({ catalogue: c.catalogue, from: c.from, months: c.months, dateOf: fixedDay(15), history });
        for (const h of history) {
          const b = p.briefings.find((x) => x.month === h.date.slice(0, 7) && x.cluster === h.cluster)!;
          expect([b.date, b.host, b.chair, b.source]).toEqual([h.date, h.host, h.chair, 'history']);
          const next = p.briefings.find((x) => x.month === addMonthsTo(b.month, 1) && x.cluster === h.cluster);
          const size = c.catalogue.communes.filter((x) => x.cluster === h.cluster).length;
          if (next && next.source === 'generated' && size >= 2) expect(next.host).not.toBe(h.host);
        }
      }),
      { numRuns: 100 },
    );
  });
});
