/**
 * An extra holidays file (`--holidays`, the offline app's "Tệp ngày nghỉ bổ
 * sung"): which files are accepted and how each is read, decided once. The
 * front end reads the bytes — as text for .json, as a grid for .xlsx — and
 * hands them here.
 */
import type { HolidayOverride } from '../model.js';
import { HolidayFileError, parseHolidayJson, readHolidayWorkbook } from '../read/holidaySources.js';
import type { WorkbookGrid } from '../workbook/grid.js';

/** How a holidays file is read: its text as JSON, or its cells as a workbook. */
export type HolidayFileFormat = 'json' | 'workbook';

/**
 * The format of a holidays file, by its name.
 *
 * @param name the file name
 * @returns `json` for .json, `workbook` for .xlsx and .xlsm
 * @throws {HolidayFileError} `holidays.file-type` for any other file
 * @example
 * ```ts
 * holidayFileFormat('nghi-2027.json'); // "json"
 * ```
 */
export function holidayFileFormat(name: string): HolidayFileFormat {
  if (/\.json$/i.test(name)) return 'json';
  if (/\.(xlsx|xlsm)$/i.test(name)) return 'workbook';
  throw new HolidayFileError(
    { vi: `tệp ngày nghỉ "${name}": cần tệp .json hoặc .xlsx.`, en: `holidays file "${name}": use a .json or .xlsx file.` },
    { code: 'holidays.file-type', file: name },
  );
}

/**
 * The days of a holidays file.
 *
 * @param name the file name (in messages)
 * @param content the file's text (.json) or its cells (.xlsx)
 * @returns the days, one per date
 * @throws {HolidayFileError} for bad JSON, an entry without a valid date, a workbook with no holiday table or a holiday row with an error — naming the entry or the sheet and cell
 * @example
 * ```ts
 * readHolidayFile('nghi.json', '[{"date":"2027-09-03","name":"Quốc khánh"}]'); // [{ date: '2027-09-03', name: 'Quốc khánh', kind: 'off' }]
 * ```
 */
export function readHolidayFile(name: string, content: string | WorkbookGrid): HolidayOverride[] {
  if (typeof content === 'string') return parseHolidayJson(content, `tệp ngày nghỉ ${name.replace(/^.*[\\/]/, '')}`);
  return readHolidayWorkbook(content, name);
}
