/**
 * `--holidays FILE`: announced days off and make-up working days from a JSON
 * file or an .xlsx holiday sheet, for every command that uses the calendar
 * (issue 14: updates without a release). Only file I/O here; the parsing and
 * the merge order are the core's (`parseHolidayJson`, `readHolidayWorkbook`,
 * `mergeHolidaySources`), so the offline app and the add-in read the same.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { HolidayFileError, parseHolidayJson, readHolidayWorkbook, type HolidayOverride } from '@giaoban/core';
import { FileError, UsageError } from './io.js';

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
 * createWorkCalendar({ overrides: mergeHolidaySources(extra, read.catalogue.holidays) });
 * ```
 */
export async function loadHolidaysFile(file: string | undefined, cwd: string): Promise<HolidayOverride[]> {
  if (file === undefined) return [];
  const path = resolve(cwd, file);
  const name = basename(file);
  const ext = extname(file).toLowerCase();
  if (ext === '.json') {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      throw new FileError({ vi: `không đọc được tệp ngày nghỉ "${file}" (--holidays).`, en: `cannot read the holidays file "${file}" (--holidays).` });
    }
    try {
      return parseHolidayJson(text, `tệp ngày nghỉ ${name}`);
    } catch (err) {
      if (err instanceof HolidayFileError) throw new FileError({ vi: err.vi, en: err.en }, { cause: err, code: err.code });
      throw err;
    }
  }
  if (ext === '.xlsx' || ext === '.xlsm') {
    // Loaded only for an .xlsx file: `dates` and `holidays` must not load the spreadsheet libraries.
    const { readWorkbookFile } = await import('./xlsx/index.js');
    const grid = await readWorkbookFile(path);
    try {
      return readHolidayWorkbook(grid, file);
    } catch (err) {
      if (err instanceof HolidayFileError) throw new FileError({ vi: `${err.vi} (--holidays)`, en: `${err.en} (--holidays)` });
      throw err;
    }
  }
  throw new UsageError({ vi: `--holidays "${file}": cần tệp .json hoặc .xlsx`, en: `--holidays "${file}": use a .json or .xlsx file` });
}
