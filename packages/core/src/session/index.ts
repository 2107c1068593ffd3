/**
 * The session: one door from a workbook's cells to every view a front end
 * shows (findings, plan, summary, papers, output sheets, calendar events),
 * with text and JSON forms of each.
 * @packageDocumentation
 */
export * from './calendarEvents.js';
export * from './dropdowns.js';
export * from './errors.js';
export * from './findingsView.js';
export * from './holidayFile.js';
export * from './openSession.js';
export * from './options.js';
export * from './outputSheets.js';
export * from './papersView.js';
export * from './planView.js';
export * from './summaryView.js';
export * from './units.js';
export * from './present/findingsText.js';
export * from './present/planText.js';
export * from './present/json.js';
export * from './rollupView.js';
