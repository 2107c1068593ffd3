/** Report text built from statistics and findings: numbers, narrative, labels, unit name. */
export * from './format.js';
export * from './narrative.js';
export * from './labels.js';
export * from './unitName.js';
export * from './statisticsText.js';
