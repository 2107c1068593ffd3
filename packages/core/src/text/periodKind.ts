/**
 * A reporting-period kind as a clerk types it: the codes (`quarter`) or the
 * Vietnamese words with or without accents, in any case (`Quý`, `QUY`,
 * `6 tháng`, `Năm`).
 */
import type { PeriodKind } from '../calendar/periods.js';
import { PERIOD_KIND_WORDS } from '../data/periodKinds.js';
import { unaccentedKey } from './fold.js';

/**
 * The period kind a word names, or null when it names none.
 *
 * @example
 * ```ts
 * parsePeriodKind('Quý');     // "quarter"
 * parsePeriodKind('6 tháng'); // "half"
 * parsePeriodKind('YEAR');    // "year"
 * parsePeriodKind('tuần');    // null
 * ```
 */
export function parsePeriodKind(word: string): Exclude<PeriodKind, 'custom'> | null {
  const key = unaccentedKey(String(word ?? '')).replace(/\s+/g, '');
  return PERIOD_KIND_WORDS[key] ?? null;
}
