/**
 * One unit's workbook file → the core's reduction for the roll-up (figures for
 * the period and a year earlier, findings in short), or why the file could not
 * be read. The file is opened as a session, exactly as `summarize` opens it;
 * the grid, the session and the records live only inside this call, so reading
 * a hundred files one after another holds one workbook at a time. Used
 * in-process and by the reading workers alike.
 */
import { errorMessage, GiaobanError, rollupUnitOfGrid, type ReportingPeriod, type SessionOptions, type UnitReduction, type UnreadableWorkbook } from '@giaoban/core';
import { loadAdminCatalogue } from '../adminCatalogue.js';
import type { ReaderLimits } from '../readerLimits.js';

/** One file to reduce: where it is and how the clerk named it. */
export interface FileToReduce {
  path: string;
  /** The name shown in findings (as given, or relative to the folder given). */
  shown: string;
}

/** How every file of a run is counted (plain data: it crosses to the reading workers). */
export interface ReduceSettings {
  /** The sessions' options but the file name and the catalogue, which each thread loads (holidays, as-of date, today, overdue days, calendar months, cut-off). */
  session: Omit<SessionOptions, 'fileName' | 'onProgress' | 'adminCatalogue'>;
  /** The roll-up's period; null: each workbook's own latest month (the roll-up then picks the month most reached). */
  period: ReportingPeriod | null;
}

/**
 * Reads and reduces one file; a file that cannot be read becomes an {@link UnreadableWorkbook}
 * with the reader's one-line reason (never an exception: one bad file never stops the others).
 *
 * @example
 * ```ts
 * const r = await reduceWorkbookFile({ path: '/so/xa-a.xlsx', shown: 'xa-a.xlsx' }, { session: { today }, period });
 * if ('error' in r) console.error(r.error.vi);
 * ```
 */
export async function reduceWorkbookFile(file: FileToReduce, settings: ReduceSettings, limits: ReaderLimits = {}): Promise<UnitReduction | UnreadableWorkbook> {
  try {
    const { readWorkbookFile } = await import('../xlsx/index.js');
    const grid = await readWorkbookFile(file.path, { limits, shown: file.shown });
    // The national catalogue, as openWorkbook gives every other command's session (loaded once per thread).
    const adminCatalogue = await loadAdminCatalogue();
    return rollupUnitOfGrid(grid, { ...settings.session, fileName: file.shown, adminCatalogue }, settings.period ? { period: settings.period } : {});
  } catch (err) {
    if (err instanceof GiaobanError) return { file: file.shown, error: { vi: err.vi, en: err.en } };
    return { file: file.shown, error: { vi: errorMessage(err, 'vi'), en: errorMessage(err, 'en') } };
  }
}
