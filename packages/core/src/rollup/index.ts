/** The province's roll-up of many units' workbooks, against the same period a year earlier. */
export * from './period.js';
export * from './figures.js';
export * from './identity.js';
export * from './findings.js';
export * from './reduce.js';
export * from './combine.js';
export * from './rollupWorkbooks.js';
export * from './narrative.js';
export * from './text.js';
export * from './catalogueLookup.js';
