export * from './model.js';
export * from './placement.js';
