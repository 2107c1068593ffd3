/**
 * Core functions that other helpers were still landing while the add-in was
 * built (readWorkbook, templateSheetModels). Resolved by name at run time so
 * the add-in builds either way; when both are exported from `@giaoban/core`
 * these become plain named imports.
 */
import * as core from '@giaoban/core';
import type { BriefingRecord, Catalogue, Finding, IssueRecord, PreviousPlanRow, RowRef, SheetModel, WorkbookGrid, IsoDate } from '@giaoban/core';

/** The part of the core's ReadResult the add-in uses. */
export interface ReadResultLike {
  tables: { sheet: string; kind: string; headerRow: number; firstDataRow: number; lastDataRow: number; rows: number; columns: Partial<Record<string, number>> }[];
  catalogue: Catalogue;
  briefings: BriefingRecord[];
  issues: IssueRecord[];
  planRows: (PreviousPlanRow & { ref?: RowRef })[];
  findings: Finding[];
  excludedRows: RowRef[];
  summary: { errors: number; warnings: number };
}

const lib = core as unknown as Record<string, unknown>;

function need<T>(name: string): T {
  const f = lib[name];
  if (typeof f !== 'function') throw new Error(`Thư viện lõi chưa có hàm ${name}.`);
  return f as T;
}

/** Core `readWorkbook` (contracts.md). */
export function readWorkbookGridResult(grid: WorkbookGrid, options: { asOf?: IsoDate; overdueDays?: number } = {}): ReadResultLike {
  return need<(g: WorkbookGrid, o: unknown) => ReadResultLike>('readWorkbook')(grid, options);
}

/** Core `templateSheetModels` (sheets/template.ts). */
export function templateModels(options: { unitName?: string }): (Omit<SheetModel, 'kind' | 'markerCell'> & { kind: 'template'; markerCell: null })[] {
  return need<(o: unknown) => ReturnType<typeof templateModels>>('templateSheetModels')(options);
}
