/**
 * @giaoban/xlsx — a clerk's .xlsx as a package: read its sheets as grids, and
 * write a copy that keeps every one of the clerk's parts byte for byte while
 * adding (or replacing) the product's own sheets from a core render plan.
 * Bytes in, bytes out: no Node API, runs in Node and in a browser.
 */
export { XlsxError, type XlsxErrorCode, type XlsxLimitName } from './errors.js';
export { DEFAULT_LIMITS, resolveLimits, type XlsxLimits } from './limits.js';
export { readXlsx, type ReadXlsxOptions, type ReadXlsxResult, type XlsxSheetInfo } from './read/readXlsx.js';
export { readZipDirectory, type ZipDirectory, type ZipEntry } from './zip/directory.js';
export type { RawInflater, RawInflaterFactory } from './zip/inflate.js';
export { writeXlsx, type WriteXlsxOptions } from './write/writeXlsx.js';
export { createEmptyXlsx } from './write/baseWorkbook.js';
