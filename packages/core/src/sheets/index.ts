export * from './model.js';
export * from './placement.js';
export * from './template.js';
