/**
 * Text: folded keys, names, cell values and legacy encodings.
 * @packageDocumentation
 */
export * from './fold.js';
export * from './editDistance.js';
export * from './names.js';
export * from './values.js';
export * from './legacyEncoding.js';
export * from './periodKind.js';
