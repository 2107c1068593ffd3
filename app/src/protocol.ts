/**
 * Messages between the page and the worker. The worker keeps the workbook and
 * its core session (with the plan and summary last shown); the page asks for what it
 * shows (a page of findings at a time), so no large structure ever crosses
 * to the main thread and the page stays responsive on a 100k-issue book.
 */
import type { BiText, CellStyle, CellValue, IsoDate, PlanSource, ReadingProgress, TableView } from '@giaoban/core';
import type { RollupRequest } from './rollup/protocol.js';

export type Severity = 'error' | 'warning';

export interface FindingsFilter {
  severity: 'all' | Severity;
  /** Sheet name, or '' for every sheet. */
  sheet: string;
  /** Words to look for in the message, suggestion, code or cell (folded, case-insensitive). */
  text: string;
}

export type Request =
  | { id: number; type: 'open'; name: string; bytes: ArrayBuffer }
  /** An extra holidays file (.json or .xlsx), as `--holidays FILE`; `null` drops it. Applies from the next open. */
  | { id: number; type: 'holidays'; name: string; bytes: ArrayBuffer | null }
  | { id: number; type: 'findings'; filter: FindingsFilter; offset: number; limit: number }
  /** Blank `from` or no `months`: the session's default (the year after the latest record). */
  | { id: number; type: 'plan'; from: string | null; months: number | null }
  | { id: number; type: 'summarize'; spec: string | null; calendar: boolean }
  | { id: number; type: 'xlsx' }
  | { id: number; type: 'ics' }
  | { id: number; type: 'documents'; month: string }
  | RollupRequest;

/** What the worker made of an extra holidays file. */
export interface HolidaysView {
  name: string | null;
  days: number;
}

export interface FindingView {
  severity: Severity;
  code: string;
  sheet: string;
  cell: string;
  message: string;
  messageEn: string;
  suggestion: string | null;
  suggestionEn: string | null;
}

export interface FindingsPage {
  total: number;
  offset: number;
  items: FindingView[];
}

export interface OpenView {
  fileName: string;
  format: 'xlsx' | 'xlsm' | 'xls' | 'ods';
  converted: boolean;
  unit: string | null;
  /** Whom the hosts are: communes of a district's or province's clusters, or a commune police unit's villages. */
  tier: 'communes' | 'villages';
  sheets: string[];
  tables: TableView[];
  summary: { errors: number; warnings: number };
  bySheet: { sheet: string; errors: number; warnings: number }[];
  excludedRows: number;
  briefings: number;
  issues: number;
  /** The date overdue items are counted to (the session's as-of date). */
  asOf: IsoDate | null;
  planFrom: string | null;
  summaryPeriodLabel: string | null;
  outputName: string;
  /** The default plan (12 months from the month after the latest record), as `giaoban demo` makes it. */
  plan: PlanView | null;
  /** The default summary (the latest completed reporting month). */
  summaryView: SummaryView | null;
}

export interface PlanView {
  from: string;
  months: number;
  /** Who hosts: communes, or a commune police unit's villages. */
  tier: 'communes' | 'villages';
  briefings: {
    month: string;
    cluster: string;
    date: string;
    weekday: BiText;
    host: string;
    chair: string | null;
    participants: string[];
    reasons: string[];
    reasonsEn: string[];
    source: PlanSource;
  }[];
  problems: { month: string; cluster: string; message: string; messageEn: string }[];
  changes: { month: string; cluster: string; field: string; before: string | null; after: string | null; reason: string; reasonEn: string }[];
}

/** A sheet model's cells and the styles the page needs to show it as a table. */
export interface ModelView {
  cells: CellValue[][];
  styles: { range: string; style: CellStyle }[];
  merges: string[];
  /** Excel's column widths in characters, so the page's table has the sheet's proportions. */
  columnWidths: number[];
}

export interface SummaryView {
  label: string;
  labelEn: string;
  narrative: string;
  narrativeEn: string;
  /** The summary sheet as the workbook gets it (Vietnamese), and the same sheet in English for the English page. */
  sheet: ModelView;
  sheetEn: ModelView;
}

export interface FileView {
  name: string;
  mime: string;
  bytes: ArrayBuffer;
  /** What was written, for the page to show in its language. */
  notes: BiText[];
}

export type Response =
  | { type: 'progress'; id: number; fraction: number; step: string; detail?: ReadingProgress }
  | { type: 'result'; id: number; value: unknown }
  | { type: 'error'; id: number; message: string; messageEn: string };
