/**
 * One unit's workbook file → the core's reduction (figures for the period and
 * a year earlier, findings in short), or why the file could not be read. The
 * grid and records live only inside this call, so reading a hundred files one
 * after another holds one workbook at a time. Used in-process and by the
 * reading workers alike.
 */
import { detectUnitNames, errorMessage, GiaobanError, readWorkbook, reduceUnitWorkbook, type RollupCountOptions, type UnitReduction, type UnreadableWorkbook } from '@giaoban/core';
import type { ReaderLimits } from '../readerLimits.js';

/** One file to reduce: where it is and how the clerk named it. */
export interface FileToReduce {
  path: string;
  /** The name shown in findings (as given, or relative to the folder given). */
  shown: string;
}

/**
 * Reads and reduces one file; a file that cannot be read becomes an {@link UnreadableWorkbook}
 * with the reader's one-line reason (never an exception: one bad file never stops the others).
 *
 * @example
 * ```ts
 * const r = await reduceWorkbookFile({ path: '/so/xa-a.xlsx', shown: 'xa-a.xlsx' }, { period });
 * if ('error' in r) console.error(r.error.vi);
 * ```
 */
export async function reduceWorkbookFile(file: FileToReduce, options: RollupCountOptions, limits: ReaderLimits = {}): Promise<UnitReduction | UnreadableWorkbook> {
  try {
    const { readWorkbookFile } = await import('../xlsx/index.js');
    const grid = await readWorkbookFile(file.path, { limits });
    const read = readWorkbook(grid, {
      ...(options.asOf ? { asOf: options.asOf } : {}),
      ...(options.overdueDays !== undefined ? { overdueDays: options.overdueDays } : {}),
      dateOptions: { overrides: [...(options.holidays ?? [])] },
    });
    return reduceUnitWorkbook({ file: file.shown, read, names: detectUnitNames(grid) }, options);
  } catch (err) {
    if (err instanceof GiaobanError) return { file: file.shown, error: { vi: stripFileName(err.vi), en: stripFileName(err.en) } };
    return { file: file.shown, error: { vi: errorMessage(err, 'vi'), en: errorMessage(err, 'en') } };
  }
}

/** The reader's line names the file first ("tệp "x.xlsx": …"); the finding names it already. */
function stripFileName(text: string): string {
  return text.replace(/^(tệp|file) "[^"]*": /u, '');
}
