/**
 * The national catalogue of administrative units as a roll-up lookup: a
 * unit's name on the day of its latest record → its official code, and for
 * an old commune (before 1 July 2025) today's unit that took it over. Typed
 * by the few members it uses, so the roll-up does not pull the catalogue's
 * data into the main entry: the caller hands in `nationalCatalogue()` from
 * `@giaoban/core/catalogue` (or any register of the same shape).
 */
import type { CommuneKind, IsoDate } from '../model.js';
import { unitLabel } from '../admin/unitNames.js';
import type { OfficialUnit, UnitLookup } from './identity.js';

/** A unit as the catalogue gives it (the members the roll-up reads). */
export interface CatalogueUnitLike {
  code: string;
  name: string;
  kind: CommuneKind;
  /** `former`: a unit that ended on 30 June 2025. */
  era: 'current' | 'former';
  /** Province code. */
  province: string;
}

/** What the catalogue says a name meant on a day (the statuses the roll-up uses). */
export type CatalogueResolutionLike =
  | { status: 'current'; unit: CatalogueUnitLike }
  | { status: 'merged'; unit: CatalogueUnitLike; successors: CatalogueUnitLike[] }
  | { status: 'ambiguous' | 'near' | 'none' };

/** The catalogue members the lookup uses (`AdminCatalogue` has them). */
export interface CatalogueLike {
  resolveCommuneName(name: string, on: IsoDate, province?: string | null): CatalogueResolutionLike | { status: string };
  successorsOf(code: string): CatalogueUnitLike[];
  province(nameOrCode: string, on?: IsoDate): { code: string; name: string } | undefined;
}

/**
 * A roll-up lookup over the national catalogue.
 *
 * @param catalogue - `nationalCatalogue()` from `@giaoban/core/catalogue`.
 * @returns a lookup: the official unit of a name on a day, with today's successor of an old commune.
 * @example
 * ```ts
 * import { nationalCatalogue } from '@giaoban/core/catalogue';
 * const rollup = rollupWorkbooks(workbooks, { period, lookups: [unitLookupFromCatalogue(nationalCatalogue())] });
 * rollup.units.find((u) => u.name === 'Nà Hỳ')?.code; // "03169"
 * ```
 */
export function unitLookupFromCatalogue(catalogue: CatalogueLike): UnitLookup {
  const provinceName = (code: string, on?: IsoDate): string | null => catalogue.province(code, on)?.name ?? null;
  const official = (u: CatalogueUnitLike, on?: IsoDate): OfficialUnit => ({ code: u.code, name: u.name, kind: u.kind, province: provinceName(u.province, on) });
  return (q) => {
    const written = unitLabel({ level: 'commune', kind: q.kind, name: q.name }, 'vi');
    const found = catalogue.resolveCommuneName(written, q.on, q.province) as CatalogueResolutionLike;
    const source = { vi: 'danh mục đơn vị hành chính sau sắp xếp năm 2025', en: 'the register of administrative units after the 2025 arrangement' };
    if (found.status === 'current') {
      const u = found.unit;
      if (u.era === 'current') return { unit: official(u), current: true, successors: [], source };
      // An old commune on a day before 1 July 2025: today's units it went into.
      const successors = catalogue.successorsOf(u.code).map((s) => official(s));
      return { unit: official(u, q.on), current: successors.length === 0, successors, source };
    }
    if (found.status === 'merged') {
      // An old name used on or after 1 July 2025 (a book kept on under the old title).
      return { unit: official(found.unit, '2025-06-30'), current: false, successors: found.successors.map((s) => official(s)), source };
    }
    return null;
  };
}
