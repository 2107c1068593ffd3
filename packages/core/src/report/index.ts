/** Report text and the output sheets built from statistics and findings (SPEC §5). */
export * from './format.js';
export * from './narrative.js';
export * from './labels.js';
export * from '../sheets/summarySheet.js';
export * from '../sheets/findingsSheet.js';
export * from './unitName.js';
export * from './statisticsText.js';
