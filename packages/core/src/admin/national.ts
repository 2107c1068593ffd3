/**
 * The shipped national catalogue (data/adminUnits2025.ts), built once. Kept out
 * of the main entry: only `@giaoban/core/catalogue` imports this module, so the
 * task pane and the calendar entry do not carry the data.
 */
import {
  ADMIN_UNITS_2025_SOURCE,
  OLD_DISTRICTS,
  OLD_PROVINCES,
  OLD_UNITS,
  PROVINCES_2025,
  UNITS_2025,
} from '../data/adminUnits2025.js';
import { AdminCatalogue } from './catalogue.js';

let national: AdminCatalogue | null = null;

/**
 * The national catalogue of administrative units shipped with Giao ban: today's 34 provinces and 3,321
 * commune-level units (from 01/07/2025) with what each was formed from, and the 10,047 old communes.
 * Sources: {@link ADMIN_UNITS_2025_SOURCE}.
 *
 * @returns the same catalogue on every call (decoded on first use).
 *
 * @example
 * ```ts
 * nationalCatalogue().unit('03169')?.fullName; // 'Xã Nà Hỳ'
 * ```
 */
export function nationalCatalogue(): AdminCatalogue {
  return (national ??= new AdminCatalogue({
    effectiveFrom: ADMIN_UNITS_2025_SOURCE.effectiveFrom,
    provinces: PROVINCES_2025,
    units: UNITS_2025,
    oldProvinces: OLD_PROVINCES,
    oldDistricts: OLD_DISTRICTS,
    oldUnits: OLD_UNITS,
  }));
}

export { ADMIN_UNITS_2025_SOURCE };
