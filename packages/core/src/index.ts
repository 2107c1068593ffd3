/**
 * `@giaoban/core` — the pure domain library of Giao ban cơ sở.
 *
 * Cell grids in, records, findings, plans, statistics and sheet models out.
 * No I/O, no Office.js, no Node APIs: it runs in Node and in a browser.
 *
 * @example
 * ```ts
 * import { briefingDate } from '@giaoban/core';
 * briefingDate('2018-02').date; // "2018-02-21" (Tết break moved it)
 * ```
 * @packageDocumentation
 */
export * from './model.js';
export * from './calendar/index.js';
export * from './text/index.js';
export * from './workbook/index.js';
export * from './records/index.js';
export * from './validation/index.js';
export * from './rotation/index.js';
export * from './stats/index.js';
export * from './report/index.js';
export * from './sheets/index.js';
export * from './documents/index.js';
export * from './errors.js';
