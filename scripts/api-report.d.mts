/** Types of scripts/api-report.mjs for the TypeScript tests that import it. */
export interface ApiReport {
  name: string;
  source: string;
  report: string;
  /** The report text, or null when the entry's source file does not exist. */
  text: string | null;
}
export declare const ENTRIES: readonly { name: string; source: string; report: string }[];
export declare function buildReports(): ApiReport[];
