/** Administrative units: provinces and commune-level units of today and of before, names by date. */
export * from './types.js';
export { AdminCatalogue, type AdminUnitsData } from './catalogue.js';
export { type NamedUnit, unitLabel, unitLabels, type UnitLabelOptions } from './unitNames.js';
