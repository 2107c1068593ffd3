/** Test catalogues and a simple date provider for rotation tests. */
import fc from 'fast-check';
import type { Absence, Catalogue, Commune, Leader, RotationDate, YearMonth } from '@giaoban/core';

export function commune(name: string, cluster: string, extra: Partial<Commune> = {}): Commune {
  return { name, kind: 'xa', cluster, areaOfficers: [], policeChief: null, validFrom: null, validTo: null, mergedInto: null, ...extra };
}

export function leader(name: string, extra: Partial<Leader> = {}): Leader {
  return { name, rank: null, title: null, clusters: [], activeFrom: null, activeTo: null, ...extra };
}

/** Briefing on the nominal day of every month, never moved (property tests need no holidays). */
export function fixedDay(day = 15): (month: YearMonth, cluster: string) => RotationDate {
  return (month) => {
    const d = `${month}-${String(day).padStart(2, '0')}`;
    return { nominal: d, date: d, moved: false, reason: null, reasonEn: null };
  };
}

export function addMonthsTo(ym: YearMonth, n: number): YearMonth {
  const i = Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1 + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** Random catalogue: 1–40 clusters × 1–12 communes, 1–12 leaders, absences over the planned months. */
export interface RandomCase {
  catalogue: Catalogue;
  months: number;
  from: YearMonth;
}

export const FROM = '2026-01';

export function arbCase(opts: { maxClusters?: number; absences?: boolean; restrictions?: boolean; maxMonths?: number; validity?: boolean } = {}): fc.Arbitrary<RandomCase> {
  const maxClusters = opts.maxClusters ?? 40;
  return fc
    .record({
      sizes: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: maxClusters }),
      leaders: fc.integer({ min: 1, max: 12 }),
      months: fc.integer({ min: 1, max: opts.maxMonths ?? 36 }),
      absences: opts.absences === false
        ? fc.constant([] as [number, number, number][])
        : fc.array(fc.tuple(fc.nat(11), fc.nat(35), fc.integer({ min: 1, max: 90 })), { maxLength: 15 }),
      restrict: opts.restrictions ? fc.array(fc.array(fc.nat(39), { maxLength: 3 }), { minLength: 12, maxLength: 12 }) : fc.constant([] as number[][]),
      // Per commune: [starts after month a (or -1), ends after month b (or -1)].
      validity: opts.validity ? fc.array(fc.tuple(fc.integer({ min: -1, max: 35 }), fc.integer({ min: -1, max: 35 })), { minLength: 480, maxLength: 480 }) : fc.constant([] as [number, number][]),
    })
    .map(({ sizes, leaders, months, absences, restrict, validity }) => {
      const communes: Commune[] = [];
      sizes.forEach((n, ci) => {
        for (let k = 0; k < n; k++) {
          const v = validity[communes.length];
          const extra: Partial<Commune> = {};
          if (v && v[0] >= 0) extra.validFrom = `${addMonthsTo(FROM, v[0])}-20`;
          if (v && v[1] >= 0 && v[1] >= v[0]) extra.validTo = `${addMonthsTo(FROM, v[1])}-10`;
          communes.push(commune(`Xã ${ci + 1}.${k + 1}`, `Cụm ${ci + 1}`, extra));
        }
      });
      const ls: Leader[] = [];
      for (let i = 0; i < leaders; i++) {
        const clusters = (restrict[i] ?? []).filter((c) => c < sizes.length).map((c) => `Cụm ${c + 1}`);
        ls.push(leader(`Lãnh đạo ${i + 1}`, { clusters }));
      }
      const abs: Absence[] = absences
        .filter(([l]) => l < leaders)
        .map(([l, startMonth, days]) => {
          const from = `${addMonthsTo(FROM, startMonth)}-10`;
          return { leader: `Lãnh đạo ${l + 1}`, from, to: addDays(from, days), reason: 'Nghỉ phép' };
        });
      return { catalogue: { communes, leaders: ls, absences: abs, holidays: [] }, months, from: FROM };
    });
}

/** Pure day arithmetic (UTC epoch days): no host time zone involved. */
export function addDays(d: string, n: number): string {
  const t = Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) + n * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}
