/**
 * Validation findings: stable codes and their labels.
 * @packageDocumentation
 */
export { FINDING_CODES, type FindingCode } from './codes.js';
export type { Finding } from './finding.js';
