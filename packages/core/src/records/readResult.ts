/**
 * What the reading pipeline (read/readWorkbook.ts) takes and yields. Kept
 * here, beside the records it bundles, so stats/, rotation/ and documents/
 * can take a read result without importing the pipeline above them.
 */
import type { BriefingRecord, Catalogue, IsoDate, IssueRecord, RowRef, ScheduleSwap } from '../model.js';
import type { Finding } from '../findings/finding.js';
import type { BriefingDateOptions } from '../calendar/index.js';
import type { DeadlineRule } from '../data/deadlines.js';
import type { FoundTable } from '../workbook/findTables.js';
import type { FieldName } from '../data/headers.js';
import type { PlanRow } from './readPlan.js';
import type { SettingEntry } from './readSettings.js';

/** Options of `readWorkbook`. */
export interface ReadOptions {
  /** "Today" for overdue checks; default: the latest date in the data. */
  asOf?: IsoDate;
  /** An item still in progress after this many days is overdue (default 30). */
  overdueDays?: number;
  /** Working calendar and briefing-date rule for the non-working-day and planned-date checks. */
  dateOptions?: BriefingDateOptions;
  /** Called every few thousand rows and once at the end. */
  onProgress?: (done: number, total: number) => void;
}

/** A date cell the reader could not read (it holds "31/02/2025", say): where, and what it held. */
export interface InvalidDateCell {
  sheet: string;
  row: number;
  /** A1 address, e.g. `"B20"`. */
  cell: string;
  /** The column's field (`date`, `resolvedDate`, `from`, …). */
  field: FieldName;
  /** The cell's value as text. */
  text: string;
}

/** Everything read from a workbook. */
export interface ReadResult {
  tables: FoundTable[];
  catalogue: Catalogue;
  /** Briefings without errors (rows with only warnings are kept). */
  briefings: BriefingRecord[];
  /** Issues without errors. */
  issues: IssueRecord[];
  planRows: PlanRow[];
  /** Rows of the "Thông tin đơn vị" table (document header, signer, recipients), in sheet order. */
  settings: SettingEntry[];
  /** Deadlines by kind: the shipped ones with the workbook's "Thời hạn xử lý" table applied. */
  deadlines: DeadlineRule[];
  /** Rows of the Đổi lịch table (recorded swaps), for the planner. */
  swaps: ScheduleSwap[];
  /** Findings in sheet order, top to bottom. */
  findings: Finding[];
  /** Rows left out because of an error. */
  excludedRows: RowRef[];
  /** Date cells that could not be read (each also has its `date.invalid` finding); absent from results built by hand. */
  invalidDates?: InvalidDateCell[];
  summary: { errors: number; warnings: number };
  /** The date overdue items were counted to: `ReadOptions.asOf`, else the latest date in the data (null when none). */
  asOf: IsoDate | null;
}
