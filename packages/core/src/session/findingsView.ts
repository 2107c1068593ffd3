/**
 * The findings view: which tables were found, what is wrong and where, in the
 * order every front end lists it — by sheet (in the order sheets first have
 * a finding), then by row and column, errors before warnings in a cell.
 */
import type { IsoDate } from '../model.js';
import type { CoreTextKey } from '../data/texts.js';
import type { Finding } from '../findings/finding.js';
import type { OrganisationInfo, ReadResult } from '../records/readResult.js';
import { tryParseA1 } from '../workbook/a1.js';
import type { TableKind } from '../workbook/findTables.js';

/** A table found in the workbook. */
export interface TableView {
  sheet: string;
  kind: TableKind;
  /** 1-based row of its header. */
  headerRow: number;
  /** Data rows. */
  rows: number;
  /** The core text that names it (`table.<kind>`; a commune police unit's list of villages is `table.villages`). */
  label: CoreTextKey;
}

/** What is wrong in a workbook and where. Plain data: it crosses to a worker's page as it is. */
export interface FindingsView {
  /** The file as the user named it, or null. */
  file: string | null;
  /** The date overdue items were counted to, or null when nothing is dated. */
  asOf: IsoDate | null;
  tables: TableView[];
  /** Who the workbook is kept for: tier (clusters of communes, or a commune police unit's villages), province, era of its communes list. */
  organisation: OrganisationInfo | null;
  /** Every finding, in listing order. */
  findings: Finding[];
  /** Errors and warnings per sheet, sheets in listing order. */
  bySheet: { sheet: string; errors: number; warnings: number }[];
  summary: { errors: number; warnings: number };
  /** Rows left out of the statistics because of an error. */
  excludedRows: number;
  /** Briefings and issues read without errors. */
  briefings: number;
  issues: number;
}

/** Row, then column (C9 before C10, Z5 before AA5); an unreadable address last. */
function cellOrder(a: string, b: string): number {
  const pa = tryParseA1(a);
  const pb = tryParseA1(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : a.localeCompare(b);
  return pa.row - pb.row || pa.col - pb.col;
}

/**
 * The findings view of a read workbook.
 *
 * @param read what the session read
 * @param file the file name shown with it
 * @returns the view
 * @example
 * ```ts
 * findingsViewOf(readWorkbook(grid), 'so.xlsx').bySheet[0]; // { sheet: 'Phản ánh', errors: 1, warnings: 0 }
 * ```
 */
export function findingsViewOf(read: ReadResult, file: string | null): FindingsView {
  const sheetOrder = new Map<string, number>();
  for (const f of read.findings) if (!sheetOrder.has(f.sheet)) sheetOrder.set(f.sheet, sheetOrder.size);
  const findings = read.findings
    .slice()
    .sort((a, b) => sheetOrder.get(a.sheet)! - sheetOrder.get(b.sheet)! || cellOrder(a.cell, b.cell) || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const counts = new Map<string, { sheet: string; errors: number; warnings: number }>();
  for (const f of findings) {
    let c = counts.get(f.sheet);
    if (!c) counts.set(f.sheet, (c = { sheet: f.sheet, errors: 0, warnings: 0 }));
    if (f.severity === 'error') c.errors++;
    else c.warnings++;
  }
  return {
    file,
    asOf: read.asOf,
    tables: read.tables.map((t) => ({
      sheet: t.sheet,
      kind: t.kind,
      headerRow: t.headerRow,
      rows: t.rows,
      label: t.kind === 'communes' && read.organisation?.tier === 'villages' ? 'table.villages' : (`table.${t.kind}` as const),
    })),
    organisation: read.organisation ?? null,
    findings,
    bySheet: [...counts.values()],
    summary: { errors: read.summary.errors, warnings: read.summary.warnings },
    excludedRows: read.excludedRows.length,
    briefings: read.briefings.length,
    issues: read.issues.length,
  };
}
