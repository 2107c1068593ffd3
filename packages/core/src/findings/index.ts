/**
 * Validation findings: stable codes and their labels (SPEC §4.5).
 * @packageDocumentation
 */
export { FINDING_CODES, type FindingCode } from './codes.js';
export type { Finding } from './finding.js';
