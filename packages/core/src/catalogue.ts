/**
 * `@giaoban/core/catalogue` — the national catalogue of administrative units (its own entry, so the
 * main entry and the task pane stay small): today's 34 provinces and 3,321 commune-level units, the old
 * communes they were formed from, and names resolved by date.
 * @packageDocumentation
 */
import type { IsoDate } from './model.js';
import { nationalCatalogue } from './admin/national.js';
import type { AdminUnit, NameResolution } from './admin/types.js';

export * from './admin/index.js';
export { ADMIN_UNITS_2025_SOURCE, nationalCatalogue } from './admin/national.js';

/**
 * The commune-level units of a province (or of the country) on a date, from the national catalogue.
 *
 * @param province - a province's code or name ("Điện Biên", "11"), or null for the whole country.
 * @param on - a date `YYYY-MM-DD`; before 01/07/2025 the old communes of that day; default: today's units.
 * @returns the units in code order; empty for an unknown province.
 *
 * @example
 * ```ts
 * communesOf('Điện Biên').find((u) => u.name === 'Nà Hỳ')?.code; // '03169'
 * ```
 */
export function communesOf(province: string | null, on?: IsoDate): AdminUnit[] {
  return nationalCatalogue().communesOf(province, on);
}

/**
 * Today's units an old commune went into (a unit of today is its own successor).
 *
 * @param code - the old unit's five-digit code.
 * @returns today's units, the one that took the whole old unit first; empty for an unknown code.
 *
 * @example
 * ```ts
 * successorsOf('03355').map((u) => u.name); // ['Thanh An'] — the old xã Sam Mứn
 * ```
 */
export function successorsOf(code: string): AdminUnit[] {
  return nationalCatalogue().successorsOf(code);
}

/**
 * What a commune name means on a date, from the national catalogue (see {@link AdminCatalogue.resolveCommuneName}).
 *
 * @param name - the name as written.
 * @param on - the row's date `YYYY-MM-DD`.
 * @param province - a province's code or name; default: the whole country.
 * @returns a {@link NameResolution}.
 *
 * @example
 * ```ts
 * resolveCommuneName('Nà Khoa', '2026-01-15', 'Điện Biên').status; // 'merged' (into xã Nà Hỳ)
 * ```
 */
export function resolveCommuneName(name: string, on: IsoDate, province?: string | null): NameResolution {
  return nationalCatalogue().resolveCommuneName(name, on, province);
}

export { communeListing, type CommuneListing, type ListedUnit } from './admin/listing.js';
