export * from './model.js';
export * from './placement.js';
export * from './template.js';
export * from './rowHeights.js';
export * from './render/index.js';
