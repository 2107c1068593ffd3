/**
 * exceljs cell values → the core's plain `CellValue`.
 * exceljs hands dates as JS Dates whose UTC fields are the cell's wall-clock
 * value; we turn them back into Excel serials with UTC arithmetic only, so the
 * host time zone can never move a day.
 */
import type { CellValue } from '@giaoban/core';

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 system; the 1904 system is 1462 days behind. */
const UNIX_EPOCH_SERIAL_1900 = 25_569;
const SYSTEM_1904_OFFSET = 1_462;

/**
 * Converts a JS Date from exceljs to the Excel serial number of the workbook's date system.
 *
 * @example
 * ```ts
 * dateToSerial(new Date(Date.UTC(2018, 0, 15)), false); // 43115
 * ```
 */
export function dateToSerial(d: Date, date1904: boolean): number | null {
  const ms = d.getTime();
  if (!Number.isFinite(ms)) return null;
  const serial = UNIX_EPOCH_SERIAL_1900 + ms / MS_PER_DAY - (date1904 ? SYSTEM_1904_OFFSET : 0);
  // Round to the millisecond so 43115.000000001 does not leak float noise into the core.
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}

/** Excel serial → the Date exceljs expects when writing (UTC fields = wall clock). */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL_1900 + (date1904 ? SYSTEM_1904_OFFSET : 0)) * MS_PER_DAY));
}

function richTextToString(rich: unknown): string {
  if (!Array.isArray(rich)) return '';
  let s = '';
  for (const run of rich) if (run && typeof run === 'object' && typeof (run as { text?: unknown }).text === 'string') s += (run as { text: string }).text;
  return s;
}

/**
 * Flattens any exceljs cell value: rich text → its text, formula → its cached result,
 * error → its code (e.g. `"#N/A"`), hyperlink → its text, date → serial.
 *
 * @example
 * ```ts
 * toCellValue({ richText: [{ text: 'Nà ' }, { text: 'Khoa' }] }, false); // "Nà Khoa"
 * toCellValue({ formula: 'A1+1', result: 3 }, false);                    // 3
 * ```
 */
export function toCellValue(v: unknown, date1904: boolean): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      return v;
    case 'boolean':
      return v;
    case 'object':
      break;
    default:
      return String(v);
  }
  if (v instanceof Date) return dateToSerial(v, date1904);
  const o = v as Record<string, unknown>;
  if ('richText' in o) return richTextToString(o.richText);
  if ('error' in o) return typeof o.error === 'string' ? o.error : '#VALUE!';
  if ('formula' in o || 'sharedFormula' in o) return 'result' in o ? toCellValue(o.result, date1904) : null;
  if ('hyperlink' in o || 'text' in o) {
    const t = o.text;
    if (typeof t === 'string') return t;
    if (t && typeof t === 'object' && 'richText' in t) return richTextToString((t as { richText: unknown }).richText);
    return t === undefined || t === null ? null : String(t);
  }
  // Checkbox / unknown shapes: keep something visible rather than crash.
  return null;
}
