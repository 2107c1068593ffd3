/**
 * The reading pipeline: grids → tables → records → findings,
 * tying records/ and validation/ together; and holiday lists read from a
 * workbook or a JSON file.
 * @packageDocumentation
 */
export { readWorkbook, type ReadOptions, type ReadResult } from './readWorkbook.js';
export { parseHolidayJson, holidaysFromWorkbook, readHolidayWorkbook, HolidayFileError } from './holidaySources.js';
