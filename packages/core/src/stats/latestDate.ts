/** The latest date in the records: the default "now" of a report. */
import type { BriefingRecord, IsoDate, IssueRecord } from '../model.js';

/**
 * Latest date of a briefing or an issue (ISO strings compare as dates), or null when there are none.
 *
 * @example
 * ```ts
 * latestRecordDate(read.briefings, read.issues); // "2025-12-16"
 * ```
 */
export function latestRecordDate(briefings: readonly BriefingRecord[], issues: readonly IssueRecord[]): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const b of briefings) if (latest === null || b.date > latest) latest = b.date;
  for (const i of issues) if (latest === null || i.date > latest) latest = i.date;
  return latest;
}
