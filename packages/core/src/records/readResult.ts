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
import type { AdminCatalogue } from '../admin/catalogue.js';
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
  /**
   * The national catalogue of administrative units (`nationalCatalogue()` from `@giaoban/core/catalogue`).
   * With it, a list of today's units resolves old communes' names by date, codes are checked and the
   * province is known; without it only the workbook's own "Hình thành từ" column maps old names.
   */
  adminCatalogue?: AdminCatalogue;
  /** The workbook's province (code or name) when the caller knows it; default: from the title rows or the communes list. */
  province?: string;
}

/**
 * The organisation a workbook is kept for, as read: the tier (clusters of communes, or a commune police
 * unit's villages), the province, and whether its communes list is of today's units (from 01/07/2025).
 */
export interface OrganisationInfo {
  /** `communes`: a supervising unit briefing clusters of communes; `villages`: a commune police unit briefing its villages. */
  tier: 'communes' | 'villages';
  /** Today's province (code, name, full name), when known. */
  province: { code: string; name: string; fullName: string } | null;
  /** `current`: the list holds today's units and old names are mapped to them; `former`: a list of before (a district workbook); `unknown`: nothing says. */
  listEra: 'current' | 'former' | 'unknown';
  /** First day of today's units (01/07/2025). */
  effectiveFrom: IsoDate;
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
  /** Who the workbook is kept for: tier, province, era of the communes list. */
  organisation?: OrganisationInfo;
  /** Rows left out because of an error. */
  excludedRows: RowRef[];
  /** Date cells that could not be read (each also has its `date.invalid` finding); absent from results built by hand. */
  invalidDates?: InvalidDateCell[];
  summary: { errors: number; warnings: number };
  /** The date overdue items were counted to: `ReadOptions.asOf`, else the latest date in the data (null when none). */
  asOf: IsoDate | null;
}
