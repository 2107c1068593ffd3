/**
 * Dates as clerks keep them: Excel serials (1900 or 1904
 * system), day-first text in the common Vietnamese forms, never month-first.
 */
import { daysInMonth, excelSerialToIsoDate, isoDate } from '../calendar/civilDate.js';
import type { IsoDate } from '../model.js';
import type { CellValue } from '../model.js';
import { unaccentedKey } from './fold.js';

/** Options for {@link parseDateValue}. */
export interface DateValueOptions {
  /** The cell's number format (e.g. `"dd/mm/yyyy"`, `"General"`), when known. */
  numberFormat?: string | null;
  /** The workbook uses the 1904 date system. */
  date1904?: boolean;
}

/** Result of {@link parseDateValue}: a date, or why there is none (Vietnamese + English). */
export type DateValueResult =
  | { ok: true; date: IsoDate }
  | {
      ok: false;
      reason: 'blank' | 'invalid';
      message: string;
      messageEn: string;
      /** Written as a date, but the calendar has no such day (31/02/2018): a caller may quote the reason. */
      nonexistent?: true;
    };

const EXCEL_ERROR = /^#(?:N\/A|VALUE!|REF!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;
/** Serials of 1950-01-01 and 2100-12-31: a plain number outside them is no date. */
const PLAUSIBLE_FROM_YEAR = 1950;
const PLAUSIBLE_TO_YEAR = 2100;

function invalid(message: string, messageEn: string): DateValueResult {
  return { ok: false, reason: 'invalid', message, messageEn };
}

const BLANK: DateValueResult = {
  ok: false,
  reason: 'blank',
  message: 'Ô trống: chưa ghi ngày.',
  messageEn: 'Blank cell: no date.',
};

/** Short quote of a cell for messages (long cells are cut). */
function quote(s: string): string {
  const t = s.length > 40 ? `${s.slice(0, 37)}…` : s;
  return `"${t}"`;
}

function notADate(raw: string): DateValueResult {
  return invalid(
    `${quote(raw)} không phải là ngày hợp lệ; ghi theo thứ tự ngày/tháng/năm, ví dụ 15/01/2018.`,
    `${quote(raw)} is not a valid date; write day/month/year, e.g. 15/01/2018.`,
  );
}

/**
 * True when an Excel number format shows a date (has day or year tokens
 * outside quoted text, escapes and bracketed sections such as `[Red]`).
 *
 * @example
 * ```ts
 * isDateNumberFormat('dd/mm/yyyy'); // true
 * isDateNumberFormat('General');    // false
 * isDateNumberFormat('#,##0');      // false
 * ```
 */
export function isDateNumberFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  if (/general/i.test(bare)) return false;
  return /[dy]/i.test(bare) || /m{3,}/i.test(bare);
}

function expandYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  // Two-digit years: this practice started in the 2010s; 50–99 read as 19xx.
  return n < 50 ? 2000 + n : 1900 + n;
}

/** Check day/month/year and build the date, with a precise complaint. */
function fromParts(d: number, m: number, y: number, raw: string): DateValueResult {
  if (y < 1900 || y > 9999) {
    return invalid(`Năm ${y} trong ${quote(raw)} không hợp lệ.`, `Year ${y} in ${quote(raw)} is not valid.`);
  }
  if (m < 1 || m > 12) {
    return invalid(
      `Tháng ${m} trong ${quote(raw)} không hợp lệ; ngày phải ghi theo thứ tự ngày/tháng/năm.`,
      `Month ${m} in ${quote(raw)} is not valid; dates must be written day/month/year.`,
    );
  }
  if (d < 1 || d > daysInMonth(y, m)) {
    const dd = String(d).padStart(2, '0');
    const mm = String(m).padStart(2, '0');
    return {
      ok: false,
      reason: 'invalid',
      message: `Ngày ${dd}/${mm}/${y} không có trong lịch (tháng ${m}/${y} có ${daysInMonth(y, m)} ngày).`,
      messageEn: `${dd}/${mm}/${y} does not exist (${m}/${y} has ${daysInMonth(y, m)} days).`,
      nonexistent: true,
    };
  }
  return { ok: true, date: isoDate(y, m, d) };
}

function fromNumber(v: number, opts: DateValueOptions): DateValueResult {
  const raw = String(v);
  if (!Number.isFinite(v)) return notADate(raw);
  // A date typed as a plain 8-digit number: 20180115 (no serial is that large).
  if (Number.isInteger(v) && v >= 19000101 && v <= 21001231) {
    const y = Math.floor(v / 10000);
    return fromParts(v % 100, Math.floor(v / 100) % 100, y, raw);
  }
  const date = excelSerialToIsoDate(v, opts.date1904 ?? false);
  if (date === null) return notADate(raw);
  if (!isDateNumberFormat(opts.numberFormat)) {
    // Without a date format, a small number (15, 2018) is no date.
    const y = Number(date.slice(0, 4));
    if (y < PLAUSIBLE_FROM_YEAR || y > PLAUSIBLE_TO_YEAR) {
      return invalid(
        `Số ${raw} không phải là ngày (ô không định dạng ngày); ghi ngày dạng 15/01/2018.`,
        `The number ${raw} is not a date (the cell has no date format); write dates as 15/01/2018.`,
      );
    }
  }
  return { ok: true, date };
}

/** "thứ hai, ", "thứ 2 - ", "chủ nhật (" … before a date. */
const LEADING_WEEKDAY = /^(?:thu\s*(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s*nhat|cn|t[2-7])\s*[,:\-–(]?\s*/;
/** "(thứ 2)", " - Chủ nhật" … after a date. */
const TRAILING_WEEKDAY = /(?:^|[\s,\-–])\s*\(?\s*(?:thu\s*(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s*nhat|cn|t[2-7])\s*\)?\s*$/;
/** A time after the date: "08:00", "8h30", "14 giờ". */
const TRAILING_TIME = /^\s*(?:[,\-–]\s*)?(?:luc\s*)?\d{1,2}\s*(?::\s*\d{2}(?::\d{2})?|h\s*\d{0,2}|gio(?:\s*\d{1,2}(?:\s*phut)?)?)(?:\s*(?:am|pm|sa|ch))?\s*$/;

function fromText(raw: string): DateValueResult {
  const trimmed = raw.replace(/\s+/gu, ' ').trim();
  if (trimmed === '' || /^[-–—.\s/]+$/u.test(trimmed)) return BLANK;
  if (EXCEL_ERROR.test(trimmed)) {
    return invalid(`Ô chứa lỗi Excel ${trimmed}, không phải ngày.`, `The cell holds the Excel error ${trimmed}, not a date.`);
  }
  let s = unaccentedKey(trimmed).replace(LEADING_WEEKDAY, '').replace(TRAILING_WEEKDAY, '');
  // Words: "[Nơi,] ngày 15 tháng 01 năm 2018", "ngày" often left out: "15 tháng 01 năm 2018".
  const words = /(?:^|[\s,])(?:ngay\s*)?(\d{1,2})\s*(?:,\s*)?thang\s*(\d{1,2})\s*(?:,\s*)?nam\s*(\d{4})\s*(.*)$/.exec(s);
  if (words) {
    const rest = words[4]!;
    if (rest === '' || TRAILING_TIME.test(rest) || !/\d/.test(rest)) {
      return fromParts(Number(words[1]), Number(words[2]), Number(words[3]), trimmed);
    }
    return notADate(trimmed);
  }
  s = s.replace(/^ngay\s*/, '');
  // Day first: 15/01/2018, 15-1-2018, 15.01.2018, 15/01/18, then an optional time or note.
  const dmy = /^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})(?![\d])(.*)$/.exec(s);
  if (dmy) {
    const rest = dmy[4]!;
    if (rest.trim() === '' || TRAILING_TIME.test(rest) || /^\s*\([^\d]*\)\s*$/.test(rest) || /^\s+[^\d]*$/.test(rest)) {
      return fromParts(Number(dmy[1]), Number(dmy[2]), expandYear(dmy[3]!), trimmed);
    }
    return notADate(trimmed);
  }
  // Year first is unambiguous: 2018-01-15, 2018/01/15 (optionally with an ISO time).
  const ymd = /^(\d{4})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:[t\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (ymd) return fromParts(Number(ymd[3]), Number(ymd[2]), Number(ymd[1]), trimmed);
  // Eight digits without separators: 15012018 (day first) or 20180115 (year first).
  const eight = /^(\d{8})$/.exec(s);
  if (eight) {
    const t = eight[1]!;
    const yFirst = Number(t.slice(0, 4));
    if (yFirst >= 1900 && yFirst <= 2100) return fromParts(Number(t.slice(6, 8)), Number(t.slice(4, 6)), yFirst, trimmed);
    return fromParts(Number(t.slice(0, 2)), Number(t.slice(2, 4)), Number(t.slice(4, 8)), trimmed);
  }
  if (/^(?:thang\s*)?\d{1,2}\s*[/.\-]\s*\d{4}$/.test(s) || /^thang\s*\d{1,2}\s*(?:nam\s*)?\d{4}$/.test(s)) {
    return invalid(
      `${quote(trimmed)} chỉ ghi tháng, thiếu ngày; ghi đủ ngày/tháng/năm, ví dụ 15/01/2018.`,
      `${quote(trimmed)} gives only a month, no day; write day/month/year, e.g. 15/01/2018.`,
    );
  }
  return notADate(trimmed);
}

/**
 * Read a date cell: an Excel serial (1900 system, or 1904 when the workbook
 * says so), an 8-digit number 20180115, or day-first text — `15/01/2018`,
 * `15-1-2018`, `15.01.2018`, `15/01/18`, `ngày 15 tháng 01 năm 2018` (or without "ngày"),
 * `Thứ Hai, 15/01/2018`, `2018-01-15`, with an optional time after it.
 * Month-first text is never guessed: `02/15/2018` is invalid, and so is
 * `31/02/2018`. A number in a cell without a date format counts only when
 * it lands in 1950–2100 (so `15` or `2018` are not dates).
 *
 * @example
 * ```ts
 * parseDateValue('ngày 15 tháng 01 năm 2018'); // { ok: true, date: '2018-01-15' }
 * parseDateValue(43146, { numberFormat: 'dd/mm/yyyy' }); // { ok: true, date: '2018-02-15' }
 * parseDateValue('31/02/2018').ok; // false (reason 'invalid')
 * parseDateValue(null);            // { ok: false, reason: 'blank', … }
 * ```
 */
export function parseDateValue(v: CellValue, opts: DateValueOptions = {}): DateValueResult {
  if (v === null || v === undefined) return BLANK;
  if (typeof v === 'number') return fromNumber(v, opts);
  if (typeof v === 'boolean') {
    const b = v ? 'TRUE' : 'FALSE';
    return invalid(`Giá trị ${b} không phải là ngày.`, `The value ${b} is not a date.`);
  }
  if (typeof v !== 'string') return notADate(String(v));
  return fromText(v);
}
