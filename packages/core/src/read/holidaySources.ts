/**
 * Holiday updates without a release: announced days off and
 * make-up working days from a JSON file or from a workbook's holiday sheet,
 * merged in one order so the CLI, the offline app and the add-in read the same.
 *
 * Priority, lowest first: the statutory holidays and the announced breaks
 * (calendar/holidays.ts), then each source passed to {@link mergeHolidaySources}
 * in order — the CLI passes the `--holidays` file, then the clerk's own holiday
 * sheet, which wins over everything.
 *
 * The JSON shape (a top-level array of entries is accepted too):
 *
 * ```json
 * { "version": "2027-01-15",
 *   "holidays": [
 *     { "date": "2027-09-03", "name": "Quốc khánh (ngày liền kề)", "kind": "off",
 *       "reference": "Thông báo số …/TB-BNV ngày …" },
 *     { "from": "2027-02-05", "to": "2027-02-11", "name": "Tết Nguyên Đán", "kind": "off" },
 *     { "date": "20/02/2027", "name": "Làm bù Tết", "kind": "làm bù" } ] }
 * ```
 *
 * `kind` is `off` (default) or `workday`, or the holiday sheet's words
 * ("Nghỉ", "Nghỉ bù", "Làm bù"); dates are `YYYY-MM-DD` or day-first text.
 */
import type { HolidayOverride, IsoDate } from '../model.js';
import type { Finding } from '../findings/finding.js';
import { addDays, daysBetween } from '../calendar/civilDate.js';
import { readHolidayKind } from '../records/cellValues.js';
import { parseDateValue } from '../text/dateValue.js';
import type { WorkbookGrid } from '../workbook/grid.js';
import { GiaobanError, type BiMessage, type GiaobanSubclassOptions } from '../errors.js';
import { readWorkbook } from './readWorkbook.js';

/** A holiday file that cannot be read; `message` is Vietnamese and names the entry and field. */
export class HolidayFileError extends GiaobanError {
  override readonly name = 'HolidayFileError';
  constructor(text: BiMessage, options: GiaobanSubclassOptions = {}) {
    super(options.code ?? 'holidays.file-invalid', text, options);
  }
}

const MAX_SPAN = 366;

function fail(where: string, vi: string, en: string): never {
  throw new HolidayFileError({ vi: `${where}: ${vi}`, en: `${where}: ${en}` });
}

function dateOf(v: unknown, where: string, field: string): IsoDate {
  if (typeof v !== 'string' && typeof v !== 'number') {
    fail(where, `thiếu "${field}" (ngày dạng YYYY-MM-DD hoặc dd/mm/yyyy)`, `missing "${field}" (a date, YYYY-MM-DD or dd/mm/yyyy)`);
  }
  const r = parseDateValue(typeof v === 'number' ? String(v) : v);
  if (!r.ok) fail(where, `"${field}" = "${String(v)}" không phải ngày hợp lệ`, `"${field}" = "${String(v)}" is not a valid date`);
  return r.date;
}

/**
 * Reads the holiday JSON of the shape above into overrides, one per day.
 *
 * @param text the file's text
 * @param source the file name, for messages
 * @returns the days, in file order (ranges expanded)
 * @throws {HolidayFileError} when the text is not JSON or an entry lacks a valid date, name or kind — the message names the entry (`holidays[2]`) and the field
 * @example
 * ```ts
 * parseHolidayJson('[{"date":"2027-09-03","name":"Quốc khánh","kind":"off"}]');
 * // [{ date: '2027-09-03', name: 'Quốc khánh', kind: 'off' }]
 * ```
 */
export function parseHolidayJson(text: string, source = 'JSON'): HolidayOverride[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    fail(source, `không đọc được JSON (${why})`, `not valid JSON (${why})`);
  }
  const list: unknown = Array.isArray(data) ? data : (data as { holidays?: unknown } | null)?.holidays;
  if (!Array.isArray(list)) {
    fail(source, 'cần một mảng ngày nghỉ, hoặc một đối tượng có khóa "holidays" là mảng', 'expected an array of days, or an object whose "holidays" is an array');
  }
  const out: HolidayOverride[] = [];
  list.forEach((raw, i) => {
    const where = `${source}, holidays[${i}]`;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail(where, 'mỗi mục phải là một đối tượng { date, name, kind }', 'each entry must be an object { date, name, kind }');
    const e = raw as Record<string, unknown>;
    const from = dateOf(e['date'] ?? e['from'], where, e['date'] !== undefined ? 'date' : 'from');
    const to = e['to'] !== undefined && e['to'] !== null ? dateOf(e['to'], where, 'to') : from;
    const span = daysBetween(from, to);
    if (span < 0 || span >= MAX_SPAN) fail(where, `"to" phải từ "from" đến tối đa ${MAX_SPAN} ngày sau`, `"to" must be from "from" to at most ${MAX_SPAN} days later`);
    let kind: HolidayOverride['kind'] = 'off';
    if (e['kind'] !== undefined && e['kind'] !== null) {
      const k = typeof e['kind'] === 'string' ? (e['kind'] === 'workday' || e['kind'] === 'off' ? e['kind'] : readHolidayKind(e['kind'])) : undefined;
      if (!k) fail(where, `"kind" = ${JSON.stringify(e['kind'])} không hợp lệ: dùng "off" (nghỉ) hoặc "workday" (làm bù)`, `"kind" = ${JSON.stringify(e['kind'])} is invalid: use "off" or "workday"`);
      kind = k;
    }
    const name = typeof e['name'] === 'string' && e['name'].trim() ? e['name'].trim() : kind === 'off' ? 'Ngày nghỉ' : 'Ngày làm bù';
    const reference = typeof e['reference'] === 'string' && e['reference'].trim() ? e['reference'].trim() : undefined;
    for (let d = 0; d <= span; d++) out.push({ date: addDays(from, d), name, kind, ...(reference ? { reference } : {}) });
  });
  return out;
}

/**
 * The holiday sheet(s) of a workbook, read exactly as {@link readWorkbook}
 * reads them (same header synonyms, same checks), with the findings about
 * those rows — for a `--holidays` .xlsx that holds only a holiday sheet.
 *
 * @example
 * ```ts
 * holidaysFromWorkbook({ sheets: [{ name: 'Ngày nghỉ', values: [
 *   ['Ngày', 'Tên ngày nghỉ', 'Loại'], ['03/09/2027', 'Quốc khánh', 'Nghỉ']] }] }).holidays;
 * // [{ date: '2027-09-03', name: 'Quốc khánh', kind: 'off' }]
 * ```
 */
export function holidaysFromWorkbook(grid: WorkbookGrid): { holidays: HolidayOverride[]; findings: Finding[]; tables: number } {
  const read = readWorkbook(grid);
  const tables = read.tables.filter((t) => t.kind === 'holidays');
  const rows = new Set(tables.flatMap((t) => Array.from({ length: t.lastDataRow - t.headerRow + 1 }, (_, i) => `${t.sheet}\u0000${t.headerRow + i}`)));
  const findings = read.findings.filter((f) => {
    const m = /^[A-Z]+(\d+)$/.exec(f.cell);
    return m !== null && rows.has(`${f.sheet}\u0000${m[1]}`);
  });
  return { holidays: read.catalogue.holidays, findings, tables: tables.length };
}

/**
 * A holiday file given as a workbook (`--holidays ngày-nghỉ.xlsx`, the app's
 * extra holidays file): its holiday sheet's days, or why it cannot be used —
 * one decision for the CLI, the offline app and the add-in.
 *
 * @param grid the file's cells
 * @param source the file name, for messages
 * @returns the days of its holiday table(s)
 * @throws {HolidayFileError} when the file has no holiday table, or a holiday row has an error (named by sheet and cell)
 * @example
 * ```ts
 * readHolidayWorkbook({ sheets: [{ name: 'Ngày nghỉ', values: [
 *   ['Ngày', 'Tên ngày nghỉ', 'Loại'], ['03/09/2027', 'Quốc khánh', 'Nghỉ']] }] }, 'nghi.xlsx');
 * // [{ date: '2027-09-03', name: 'Quốc khánh', kind: 'off' }]
 * ```
 */
export function readHolidayWorkbook(grid: WorkbookGrid, source: string): HolidayOverride[] {
  const read = holidaysFromWorkbook(grid);
  if (read.tables === 0) {
    throw new HolidayFileError({ vi: `không tìm thấy bảng ngày nghỉ trong "${source}": cần một bảng có cột "Ngày" (hoặc "Từ ngày", "Đến ngày"), "Tên ngày nghỉ" và "Loại" (Nghỉ / Làm bù).`, en: `no holiday table in "${source}": a table with "Ngày" (or "Từ ngày", "Đến ngày"), "Tên ngày nghỉ" and "Loại" (Nghỉ / Làm bù) columns is needed.` });
  }
  const bad = read.findings.find((f) => f.severity === 'error');
  if (bad) throw new HolidayFileError({ vi: `tệp ngày nghỉ "${source}", trang ${bad.sheet}, ô ${bad.cell}: ${bad.message}`, en: `holiday file "${source}", sheet ${bad.sheet}, cell ${bad.cell}: ${bad.messageEn}` });
  return read.holidays;
}

// mergeHolidaySources lives in calendar/ (below documents/, which merges a --holidays file too).
export { mergeHolidaySources } from '../calendar/holidaySources.js';
