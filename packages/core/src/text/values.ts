/**
 * Cell values of a clerk's workbook: dates, categorical
 * values and attendance lists. Each concern lives in its own module; this
 * module gathers them under the name the contracts use.
 */
export * from './dateValue.js';
export * from './categorical.js';
export * from './attendance.js';
