/**
 * `@giaoban/core/calendar` — civil dates, the Vietnamese lunar calendar,
 * public holidays, working days, briefing dates and reporting periods.
 * Self-contained: imports nothing from other core folders except the shared types.
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
