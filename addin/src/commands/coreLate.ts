/**
 * The template sheet models live in the core (sheets/template.ts, owned by the
 * xlsx helper) but are not yet re-exported from `@giaoban/core`'s barrel.
 * Imported from the module itself until they are; then this file becomes a
 * one-line re-export from '@giaoban/core'.
 */
export { templateSheetModels as templateModels } from '../../../packages/core/src/sheets/template.js';
