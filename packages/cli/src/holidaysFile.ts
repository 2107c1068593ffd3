/**
 * `--holidays FILE`: announced days off and make-up working days from a JSON
 * file or an .xlsx holiday sheet, for every command that uses the calendar.
 * Only file I/O here; which files are accepted, how each is read and where
 * the days rank (under the workbook's own holiday sheet) are the core's
 * (`holidayFileFormat`, `readHolidayFile`, the session's one merge), so the
 * offline app reads the same file the same way.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { HolidayFileError, holidayFileFormat, readHolidayFile, type HolidayOverride } from '@giaoban/core';
import { FileError, UsageError } from './io.js';
import { both } from './texts.js';

/** The parseArgs option to spread into a command's options. */
export const HOLIDAYS_OPTION = { holidays: { type: 'string' } } as const;

/** The usage fragment naming the option. */
export const HOLIDAYS_USAGE = '[--holidays ngày-nghỉ.json|.xlsx]';

/**
 * Reads `--holidays FILE` (relative to `cwd`); `[]` when the option is absent.
 *
 * @throws {UsageError} for a file that is neither .json nor .xlsx
 * @throws {FileError} for a missing or unreadable file, bad JSON, an entry without a valid date (named `holidays[i]`),
 *   an .xlsx with no holiday table, or a holiday row with an error (named by sheet and cell)
 * @example
 * ```ts
 * const extra = await loadHolidaysFile(values.holidays, io.cwd);
 * openSession(grid, { holidays: extra });
 * ```
 */
export async function loadHolidaysFile(file: string | undefined, cwd: string): Promise<HolidayOverride[]> {
  if (file === undefined) return [];
  const path = resolve(cwd, file);
  let format;
  try {
    format = holidayFileFormat(file);
  } catch {
    throw new UsageError(both('usage.holidaysType', { value: file }));
  }
  let content;
  if (format === 'json') {
    try {
      content = await readFile(path, 'utf8');
    } catch {
      throw new FileError(both('file.holidaysUnreadable', { file }), { file });
    }
  } else {
    // Loaded only for an .xlsx file: `dates` and `holidays` must not load the spreadsheet libraries.
    const { readWorkbookFile } = await import('./xlsx/index.js');
    content = await readWorkbookFile(path);
  }
  try {
    return readHolidayFile(file, content);
  } catch (err) {
    if (err instanceof HolidayFileError) {
      // A JSON message names the file and entry already; a sheet's names the sheet and cell.
      const suffix = format === 'json' ? '' : ' (--holidays)';
      throw new FileError({ vi: err.vi + suffix, en: err.en + suffix }, { cause: err, code: err.code, file });
    }
    throw err;
  }
}
