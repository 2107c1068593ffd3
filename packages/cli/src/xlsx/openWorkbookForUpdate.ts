/**
 * One read for commands that read a workbook and write a copy of it
 * (`summarize -o`, `rotate -o`, `demo`): the file's bytes are read once, its
 * grid streamed from them, and the copy is the same bytes with the output
 * sheets added as new parts — the clerk's sheets are never parsed again.
 */
import type { WorkbookGrid } from '@giaoban/core';
import { readWorkbookPackage, type ReadWorkbookFileOptions } from './readWorkbookFile.js';
import { conversionNote, existingSheets, refuseConvertedAsOther, refuseMacroAsXlsx, refuseOverwrite, writeModelsKeeping, type WritableSheetModel, type WriteWorkbookOptions, type WrittenSheet } from './writeWorkbook.js';

/** A clerk's workbook read once: its grid, and a writer of copies with output sheets. */
export interface WorkbookForUpdate {
  /**
   * The sheets as grids, the same as `readWorkbookFile` gives. On a large book, let go of
   * every reference to it (and to records read from it) before `write`, so its memory can be reclaimed.
   */
  grid: WorkbookGrid;
  /**
   * Adds or replaces the output sheets (placement by marker; a clerk's sheet is never replaced)
   * and saves the copy to `outputPath`. Never writes the input file.
   */
  write(outputPath: string, models: readonly WritableSheetModel[], options?: WriteWorkbookOptions): Promise<WrittenSheet[]>;
}

/** Options of {@link openWorkbookForUpdate}. */
export interface OpenWorkbookForUpdateOptions extends ReadWorkbookFileOptions {
  /** Checked before the read: refuse at once when it names the input file. */
  outputPath?: string;
  /** How the messages name `outputPath` (as the clerk typed it); default the path itself. */
  outputShown?: string;
}

/**
 * Opens `path` for a command that writes a copy.
 *
 * @throws FileError (one Vietnamese line) for a missing, non-.xlsx, password-protected or corrupt file,
 *   or when `outputPath` is the input itself
 * @example
 * ```ts
 * const book = await openWorkbookForUpdate('so-theo-doi.xlsx', { outputPath: 'so-co-tong-hop.xlsx' });
 * const models = buildModels(book.grid);          // everything decided from the grid
 * await book.write('so-co-tong-hop.xlsx', models); // [{ sheet: 'Tổng hợp', action: 'create' }, …]
 * ```
 */
export async function openWorkbookForUpdate(path: string, options: OpenWorkbookForUpdateOptions = {}): Promise<WorkbookForUpdate> {
  if (options.outputPath !== undefined) refuseOverwrite(path, options.outputPath, options.outputShown);
  const { bytes, result } = await readWorkbookPackage(path, options);
  if (options.outputPath !== undefined) refuseMacroAsXlsx(result, options.outputPath, options.outputShown);
  if (options.outputPath !== undefined) refuseConvertedAsOther(result, options.outputPath, options.outputShown);
  // The closure below must not hold the grid.
  const macro = { macroEnabled: result.macroEnabled };
  const source = { lossless: result.lossless, format: result.format };
  let told = false;
  // Markers and table names now: the writer then holds the bytes and this small list, never the grid.
  let current = { bytes, existing: existingSheets(result) };
  return {
    grid: result.grid,
    // Writing again from the same book builds on the previous copy: its own sheets are replaced, nothing else.
    write: async (outputPath, models, writeOptions = {}) => {
      refuseMacroAsXlsx(macro, outputPath, writeOptions.shown);
      refuseConvertedAsOther(source, outputPath, writeOptions.shown);
      if (!source.lossless && !told) {
        writeOptions.onNote?.(conversionNote(source.format));
        told = true;
      }
      const done = await writeModelsKeeping(current.bytes, current.existing, path, outputPath, models, writeOptions);
      current = done;
      return done.written;
    },
  };
}
