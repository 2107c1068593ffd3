/**
 * The national catalogue of administrative units, loaded on first use only (its own chunk), so
 * `giaoban --help` and the calendar commands start without it.
 */
import type { AdminCatalogue } from '@giaoban/core';

/** The shipped national catalogue (`nationalCatalogue()` of `@giaoban/core/catalogue`). */
export async function loadAdminCatalogue(): Promise<AdminCatalogue> {
  const { nationalCatalogue } = await import('@giaoban/core/catalogue');
  return nationalCatalogue();
}
