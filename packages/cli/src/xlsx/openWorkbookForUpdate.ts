/**
 * One load for commands that read a workbook and write a copy of it
 * (`summarize -o`, `rotate -o`, `demo`): exceljs loads the clerk's file once,
 * the grid is built from that object model, and the output sheets are added to
 * the same model and saved elsewhere. Reading the file twice (streaming for the
 * grid, then fully for the writer) cost a third more time on large books.
 * Read-only commands keep the streaming reader (`readWorkbookFile`).
 */
import type ExcelJS from 'exceljs';
import { findMarker, type CellValue, type WorkbookGrid } from '@giaoban/core';
import { readWorkbookBytes } from './fileCheck.js';
import { loadFullWorkbook, workbookToGrid, type ReadWorkbookFileOptions } from './readWorkbookFile.js';
import { refuseOverwrite, writeModelsInto, type WritableSheetModel, type WriteWorkbookOptions, type WrittenSheet } from './writeWorkbook.js';

/** A clerk's workbook loaded once: its grid, and a writer of copies with output sheets. */
export interface WorkbookForUpdate {
  /**
   * The sheets as grids, the same as `readWorkbookFile` gives. On a large book, let go of
   * every reference to it (and to records read from it) before `write`, so its memory can be reclaimed.
   */
  grid: WorkbookGrid;
  /**
   * Adds or replaces the output sheets (placement by marker; a clerk's sheet is never replaced)
   * and saves the workbook to `outputPath` through a temporary file. Never writes the input file.
   */
  write(outputPath: string, models: readonly WritableSheetModel[], options?: WriteWorkbookOptions): Promise<WrittenSheet[]>;
}

/** Options of {@link openWorkbookForUpdate}. */
export interface OpenWorkbookForUpdateOptions extends ReadWorkbookFileOptions {
  /** Checked before the (slow) load: refuse at once when it names the input file. */
  outputPath?: string;
}

/**
 * Opens `path` for a command that writes a copy: one full exceljs load, the grid built from it.
 * Throws `FileError` (one Vietnamese line) for a missing, non-.xlsx, password-protected or corrupt file,
 * or when `outputPath` is the input itself.
 *
 * @example
 * ```ts
 * const book = await openWorkbookForUpdate('so-theo-doi.xlsx', { outputPath: 'so-co-tong-hop.xlsx' });
 * const models = buildModels(book.grid);          // everything decided from the grid
 * await book.write('so-co-tong-hop.xlsx', models); // [{ sheet: 'Tổng hợp', action: 'create' }, …]
 * ```
 */
export async function openWorkbookForUpdate(path: string, options: OpenWorkbookForUpdateOptions = {}): Promise<WorkbookForUpdate> {
  const progress = options.onProgress ?? (() => {});
  if (options.outputPath !== undefined) refuseOverwrite(path, options.outputPath);
  const bytes = await readWorkbookBytes(path);
  progress(`Đang mở tệp (${(bytes.length / 1_048_576).toFixed(1)} MB)…`);
  const wb = await loadFullWorkbook(path, bytes);
  const grid = workbookToGrid(wb, path, progress);
  // Markers found now spare the writer a second walk over every cell of a big clerk's sheet.
  const markers = new Map(grid.sheets.map((s) => [s.name, markerOf(s.values)] as const));
  return { grid, write: writer(wb, path, markers) };
}

// Kept apart from `openWorkbookForUpdate` so the closure holds the workbook, never the grid.
function writer(wb: ExcelJS.Workbook, inputPath: string, markers: Map<string, string | null>): WorkbookForUpdate['write'] {
  return async (outputPath, models, options) => {
    const written = await writeModelsInto(wb, inputPath, outputPath, models, options, markers);
    for (const w of written) markers.delete(w.sheet); // rewritten sheets: scan them again if written twice
    return written;
  };
}

function markerOf(values: CellValue[][]): string | null {
  // Same answer as the writer's own scan: only short texts carrying the prefix count.
  const candidates: CellValue[] = [];
  for (const row of values) {
    if (!row) continue;
    for (const v of row) if (typeof v === 'string' && v.includes('giaoban:')) candidates.push(v);
  }
  return candidates.length ? findMarker([candidates]) : null;
}
