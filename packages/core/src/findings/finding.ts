/**
 * A finding: what the reader or validator has to say about one cell. It sits
 * with the finding codes (not in model.ts) because its `code` is typed by them.
 */
import type { Severity } from '../model.js';
import type { FindingCode } from './codes.js';

/** One thing the reader or validator has to say about a cell. */
export interface Finding {
  severity: Severity;
  /** Stable code, e.g. `"date.invalid"`; its severity and labels are in `FINDING_CODES`. */
  code: FindingCode;
  sheet: string;
  /** A1 address inside the sheet, e.g. `"C12"`. */
  cell: string;
  /** Message in Vietnamese. */
  message: string;
  /** The same message in English. */
  messageEn: string;
  /** Suggestion in Vietnamese, or null. */
  suggestion: string | null;
  suggestionEn: string | null;
}
