/**
 * `@giaoban/core/calendar` — civil dates, the Vietnamese lunar calendar,
 * public holidays, working days, briefing dates and reporting periods.
 * Imports only the shared types (model.ts) and the data tables below it
 * (data/: holiday decrees, deadlines), never a folder above it.
 *
 * @example
 * ```ts
 * import { tetDate, briefingDate } from '@giaoban/core/calendar';
 * tetDate(2007); // "2007-02-17"
 * ```
 * @packageDocumentation
 */
export * from './civilDate.js';
export * from './lunar.js';
export * from './holidays.js';
export * from './workCalendar.js';
export * from './briefingDate.js';
export * from './periods.js';
export * from './deadlines.js';
export { mergeHolidaySources } from './holidaySources.js';
