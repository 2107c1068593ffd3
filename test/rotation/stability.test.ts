import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { availableLeaders, planRotation, type Absence, type PreviousPlanRow, type RotationPlan } from '@giaoban/core/internal';
import { addDays, addMonthsTo, arbCase, commune, fixedDay, leader, type RandomCase } from './fixtures.js';

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
      { numRuns: Number(process.env.ROTATION_RUNS ?? 60) },
    );
  });

  it('keeps every chair when nothing changed, even when the day forces a restricted leader over their share (fast-check seed -619843204)', () => {
    // 7 one-commune clusters, 10 leaders: 4 and 10 only for Cụm 5, 7 and 9 only for Cụm 1. Seven
    // briefings a day and six unrestricted leaders, so one restricted leader chairs every date and
    // goes over the share 1/8 a date gives them. The re-plan once moved March's Cụm 5 chair for
    // "over the fair share" to a leader just as far over it.
    const communes = Array.from({ length: 7 }, (_, i) => commune(`Xã ${i + 1}.1`, `Cụm ${i + 1}`));
    const only = (n: number) => ([4, 10].includes(n) ? ['Cụm 5'] : [7, 9].includes(n) ? ['Cụm 1'] : []);
    const leaders = Array.from({ length: 10 }, (_, i) => leader(`Lãnh đạo ${i + 1}`, { clusters: only(i + 1) }));
    const c: RandomCase = {
      catalogue: { communes, leaders, absences: [{ leader: 'Lãnh đạo 4', from: '2026-04-10', to: '2026-04-15', reason: 'Nghỉ phép' }], holidays: [] },
      from: '2026-01',
      months: 4,
    };
    const p0 = plan(c);
    const p1 = plan(c, { previous: asPrevious(p0) });
    expect(p1.changes).toEqual([]);
    expect(p1.briefings.map((b) => b.chair)).toEqual(p0.briefings.map((b) => b.chair));
    // The restricted extra chair goes round the four restricted leaders instead of landing twice on one.
    const restricted = p0.briefings.filter((b) => only(Number(b.chair!.slice(9))).length > 0).map((b) => `${b.month} ${b.chair}`);
    expect(restricted).toHaveLength(4);
    expect(new Set(restricted.map((x) => x.slice(8))).size).toBe(4);
  });

  it('replaces an absent chair with a leader who stays within the bound later, so nothing cascades (fast-check seed 1086710814)', () => {
    // 7 one-commune clusters, 12 unrestricted leaders, 23 months; Lãnh đạo 3 then goes to study in March–April 2026.
    // The replacement used to be someone who went over the bound at their own next planned briefing
    // and was moved there too, and so on into 2027: 5 changes for 2 forced.
    const communes = Array.from({ length: 7 }, (_, i) => commune(`Xã ${i + 1}.1`, `Cụm ${i + 1}`));
    const leaders = Array.from({ length: 12 }, (_, i) => leader(`Lãnh đạo ${i + 1}`));
    const leave = (n: number, from: string, to: string): Absence => ({ leader: `Lãnh đạo ${n}`, from, to, reason: 'Nghỉ phép' });
    const absences = [leave(2, '2026-06-10', '2026-06-15'), leave(5, '2026-05-10', '2026-05-15'), leave(1, '2026-06-10', '2026-08-15'), leave(3, '2027-06-10', '2027-07-15'), leave(1, '2027-06-10', '2027-06-15')];
    const c: RandomCase = { catalogue: { communes, leaders, absences, holidays: [] }, from: '2026-01', months: 23 };
    const p0 = plan(c);
    const study: Absence = { leader: 'Lãnh đạo 3', from: '2026-03-01', to: '2026-04-30', reason: 'Đi học' };
    const p1 = plan({ ...c, catalogue: { ...c.catalogue, absences: [...absences, study] } }, { previous: asPrevious(p0) });
    const forced = p0.briefings.filter((b) => b.chair === 'Lãnh đạo 3' && b.date >= study.from && b.date <= study.to);
    expect(forced.map((b) => b.month)).toEqual(['2026-03', '2026-04']);
    expect(p1.changes.map((ch) => [ch.month, ch.cluster, ch.field, ch.before])).toEqual(forced.map((b) => [b.month, b.cluster, 'chair', 'Lãnh đạo 3']));
    for (const ch of p1.changes) expect(ch.reason).toContain('vắng mặt từ 01/03/2026 đến 30/04/2026 (Đi học)');
  });

  // fast-check counterexamples of the property below (ROTATION_RUNS=1000): n one-commune clusters, n + 1 unrestricted
  // leaders, Lãnh đạo 1 away for two months. Each absent date leaves exactly one free leader, who must take the
  // chair; keeping every later planned chair (each within the bound on its own date) used to leave the second
  // replacement 1.55–1.58 ahead of their share at the end of the period.
  const endDrift: { seed: number; clusters: number; months: number; startMonth: number; absences: [string, string][] }[] = [
    { seed: 1028483411, clusters: 11, months: 23, startMonth: 10, absences: [['2026-02-10', '2026-02-15'], ['2026-01-10', '2026-01-15']] },
    { seed: -2018974441, clusters: 8, months: 22, startMonth: 12, absences: [['2026-01-10', '2026-01-15'], ['2026-06-10', '2026-07-15'], ['2026-02-10', '2026-04-15']] },
    { seed: -1655688964, clusters: 11, months: 21, startMonth: 8, absences: [] },
    { seed: 654507164, clusters: 10, months: 19, startMonth: 7, absences: [] },
  ];
  for (const e of endDrift) {
    it(`a replacement's extra chair is given back later so the period ends within the fair share (fast-check seed ${e.seed})`, () => {
      const communes = Array.from({ length: e.clusters }, (_, i) => commune(`Xã ${i + 1}.1`, `Cụm ${i + 1}`));
      const leaders = Array.from({ length: e.clusters + 1 }, (_, i) => leader(`Lãnh đạo ${i + 1}`));
      const absences: Absence[] = e.absences.map(([from, to]) => ({ leader: 'Lãnh đạo 1', from, to, reason: 'Nghỉ phép' }));
      const c: RandomCase = { catalogue: { communes, leaders, absences, holidays: [] }, from: '2026-01', months: e.months };
      const p0 = plan(c);
      const from = `${addMonthsTo(c.from, e.startMonth)}-01`;
      const study: Absence = { leader: 'Lãnh đạo 1', from, to: addDays(from, 60), reason: 'Đi học' };
      const c1 = { ...c, catalogue: { ...c.catalogue, absences: [...absences, study] } };
      const p1 = plan(c1, { previous: asPrevious(p0) });
      const forced = p0.briefings.filter((b) => b.chair === 'Lãnh đạo 1' && b.date >= study.from && b.date <= study.to);
      expect(forced).toHaveLength(2);
      for (const f of forced) expect(p1.changes.find((x) => x.month === f.month && x.cluster === f.cluster)?.reason).toContain('vắng mặt');
      for (const ch of p1.changes) expect(ch.field).toBe('chair');
      expect(p1.changes.length).toBeLessThanOrEqual(Math.ceil(1.5 * forced.length) + 1);
      const gap = new Map<string, number>();
      for (const b of p1.briefings) {
        expect(b.date >= study.from || !p1.changes.some((ch) => ch.month === b.month && ch.cluster === b.cluster)).toBe(true);
        gap.set(b.chair!, (gap.get(b.chair!) ?? 0) + 1);
        const avail = availableLeaders(c1.catalogue.leaders, b.date, b.cluster, c1.catalogue.absences);
        for (const l of avail) gap.set(l, (gap.get(l) ?? 0) - 1 / avail.length);
      }
      for (const l of leaders) expect(Math.abs(gap.get(l.name) ?? 0), l.name).toBeLessThanOrEqual(1.5 + 1e-9);
    });
  }

  // fast-check counterexamples of the property below (ROTATION_RUNS=1000), one-commune clusters and unrestricted leaders.
  // Two shapes: the absent leader (or the only replacement) ended the period 1.55–1.6 below their share because no
  // chair was ever given back; and a leader briefly over the bound at one date (within it at the end) was moved, each
  // replacement then going over in turn (4 changes for 1–2 forced).
  const absenceCases: { seed: number; clusters: number; leaders: number; months: number; absent: number; startMonth: number; absences: [string, string][] }[] = [
    { seed: -1785726239, clusters: 7, leaders: 12, months: 20, absent: 11, startMonth: 3, absences: [['2026-01-10', '2026-01-15']] },
    { seed: 750371009, clusters: 1, leaders: 10, months: 18, absent: 9, startMonth: 7, absences: [] },
    { seed: -19784925, clusters: 9, leaders: 11, months: 22, absent: 1, startMonth: 9, absences: [['2027-05-10', '2027-05-15']] },
    { seed: -2096677029, clusters: 10, leaders: 11, months: 21, absent: 1, startMonth: 8, absences: [] },
    // (ROTATION_RUNS=1000) the end-of-period rule moved Lãnh đạo 1 and Lãnh đạo 2 off two briefings of one date
    // with a single free leader between them, so the day's re-matching handed Lãnh đạo 1 the other one: 4 changes for 1 forced.
    { seed: -311193201, clusters: 9, leaders: 10, months: 20, absent: 1, startMonth: 10, absences: [['2026-01-10', '2026-02-15']] },
    { seed: -1785726239, clusters: 9, leaders: 10, months: 23, absent: 1, startMonth: 11, absences: [['2026-01-10', '2026-01-15'], ['2026-02-10', '2026-03-15'], ['2027-02-10', '2027-03-15']] },
    // npm run sweep (chunk seed 1114272547): in September every leader present must chair; a fairness move took the one free
    // leader the absent chair's briefing needed, and staffing it again shifted five chairs along (7 changes for 2 forced).
    { seed: 1114272547, clusters: 6, leaders: 7, months: 21, absent: 2, startMonth: 7, absences: [['2026-01-10', '2026-01-15']] },
  ];
  for (const e of absenceCases) {
    it(`a two-month absence of Lãnh đạo ${e.absent} moves few chairs and the period ends within the fair share (fast-check seed ${e.seed})`, () => {
      const communes = Array.from({ length: e.clusters }, (_, i) => commune(`Xã ${i + 1}.1`, `Cụm ${i + 1}`));
      const leaders = Array.from({ length: e.leaders }, (_, i) => leader(`Lãnh đạo ${i + 1}`));
      const absences: Absence[] = e.absences.map(([from, to]) => ({ leader: 'Lãnh đạo 1', from, to, reason: 'Nghỉ phép' }));
      const c: RandomCase = { catalogue: { communes, leaders, absences, holidays: [] }, from: '2026-01', months: e.months };
      const p0 = plan(c);
      const who = `Lãnh đạo ${e.absent}`;
      const from = `${addMonthsTo(c.from, e.startMonth)}-01`;
      const study: Absence = { leader: who, from, to: addDays(from, 60), reason: 'Đi học' };
      const c1 = { ...c, catalogue: { ...c.catalogue, absences: [...absences, study] } };
      const p1 = plan(c1, { previous: asPrevious(p0) });
      const forced = p0.briefings.filter((b) => b.chair === who && b.date >= study.from && b.date <= study.to);
      expect(forced.length).toBeGreaterThan(0);
      for (const f of forced) expect(p1.changes.find((x) => x.month === f.month && x.cluster === f.cluster)?.reason).toContain('vắng mặt');
      for (const ch of p1.changes) expect(ch.field).toBe('chair');
      expect(p1.changes.length).toBeLessThanOrEqual(Math.ceil(1.5 * forced.length) + 1);
      const gap = new Map<string, number>();
      for (const b of p1.briefings) {
        expect(b.date >= study.from || !p1.changes.some((ch) => ch.month === b.month && ch.cluster === b.cluster)).toBe(true);
        gap.set(b.chair!, (gap.get(b.chair!) ?? 0) + 1);
        const avail = availableLeaders(c1.catalogue.leaders, b.date, b.cluster, c1.catalogue.absences);
        for (const l of avail) gap.set(l, (gap.get(l) ?? 0) - 1 / avail.length);
      }
      for (const l of leaders) expect(Math.abs(gap.get(l.name) ?? 0), l.name).toBeLessThanOrEqual(1.5 + 1e-9);
    });
  }

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
