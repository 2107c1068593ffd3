/** The Office.js adapter: every Excel call of the add-in lives in this folder. */
export * from './host.js';
export * from './addresses.js';
export * from './readSheets.js';
export * from './writeSheets.js';
export * from './requestSize.js';
export * from './marks.js';
export * from './workbookState.js';
export * from './notes.js';
