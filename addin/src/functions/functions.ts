/**
 * Custom functions of the GIAOBAN namespace (JavaScript-only runtime).
 * The JSDoc tags below are the source of functions.json: the build runs
 * custom-functions-metadata over this file, and a test keeps the two in step.
 * Dates go in and out as Excel date serials (1900 system), so results can be
 * formatted as dates and fed to other formulas.
 */
import {
  briefingDate,
  createWorkCalendar,
  excelSerialToIsoDate,
  formatLunarDate,
  isValidIsoDate,
  isoDateToExcelSerial,
  periodContaining,
  tetDate,
  toLunar,
  type DateRule,
  type IsoDate,
  type PeriodKind,
} from '@giaoban/core';

/** An argument the function cannot use; the runtime turns it into #VALUE! with this message. */
export class FunctionArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FunctionArgumentError';
  }
}

const RULES: readonly DateRule[] = ['following', 'preceding', 'modified-following', 'modified-preceding', 'none'];
const KINDS: readonly Exclude<PeriodKind, 'custom'>[] = ['month', 'quarter', 'half', 'nine-months', 'year'];
// Clerks type Vietnamese words as often as the codes.
const KIND_WORDS: Record<string, Exclude<PeriodKind, 'custom'>> = { thang: 'month', quy: 'quarter', '6thang': 'half', '9thang': 'nine-months', nam: 'year' };

function wholeNumber(v: unknown, what: string, min: number, max: number): number {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) throw new FunctionArgumentError(`${what} phải là số nguyên từ ${min} đến ${max}.`);
  return n;
}

/** A date argument: an Excel serial, or text "YYYY-MM-DD" or "dd/mm/yyyy". */
function dateArg(v: unknown): IsoDate {
  if (typeof v === 'number') {
    const d = excelSerialToIsoDate(v);
    if (d) return d;
  } else if (typeof v === 'string') {
    const t = v.trim();
    if (isValidIsoDate(t)) return t;
    const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
    if (m) {
      const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
      if (isValidIsoDate(iso)) return iso;
    }
  }
  throw new FunctionArgumentError('Ngày không hợp lệ (dùng ô ngày, hoặc "dd/mm/yyyy").');
}

/**
 * Ngày giao ban của một tháng: ngày danh nghĩa (mặc định 15) dời theo ngày nghỉ, ngày lễ, Tết. The briefing date of a month.
 * @customfunction NGAYGIAOBAN
 * @param year Năm, ví dụ 2026.
 * @param month Tháng, 1–12.
 * @param [day] Ngày danh nghĩa 1–28 (mặc định 15).
 * @param [rule] Cách dời: following (mặc định), preceding, modified-following, modified-preceding, none.
 * @returns Số ngày Excel (định dạng ô kiểu ngày dd/mm/yyyy).
 */
export function ngayGiaoBan(year: number, month: number, day?: number, rule?: string): number {
  const y = wholeNumber(year, 'Năm', 1900, 2100);
  const m = wholeNumber(month, 'Tháng', 1, 12);
  const d = day === undefined || day === null ? 15 : wholeNumber(day, 'Ngày', 1, 28);
  const r = (rule === undefined || rule === null || rule === '' ? 'following' : String(rule).trim().toLowerCase()) as DateRule;
  if (!RULES.includes(r)) throw new FunctionArgumentError(`Cách dời không hợp lệ: ${rule} (${RULES.join(', ')}).`);
  const b = briefingDate(`${y}-${String(m).padStart(2, '0')}`, { day: d, rule: r });
  return isoDateToExcelSerial(b.date);
}

/**
 * Ngày Tết Nguyên Đán (mùng 1 tháng Giêng âm lịch, giờ Việt Nam) của một năm. Vietnamese New Year's day.
 * @customfunction TET
 * @param year Năm dương lịch, 1900–2100.
 * @returns Số ngày Excel.
 */
export function tet(year: number): number {
  return isoDateToExcelSerial(tetDate(wholeNumber(year, 'Năm', 1900, 2100)));
}

/**
 * Ngày âm lịch Việt Nam của một ngày, dạng chữ. The Vietnamese lunar date as text.
 * @customfunction AMLICH
 * @param date Ngày (ô ngày hoặc "dd/mm/yyyy").
 * @param [language] "vi" (mặc định) hoặc "en".
 * @returns Ví dụ "01/01 năm Đinh Hợi".
 */
export function amLich(date: number | string, language?: string): string {
  const lang = language === 'en' ? 'en' : 'vi';
  return formatLunarDate(toLunar(dateArg(date)), lang);
}

/**
 * Kỳ báo cáo chứa một ngày (quy ước cắt số liệu ngày 15 theo Nghị định 09/2019). The reporting period containing a date.
 * @customfunction KYBAOCAO
 * @param date Ngày (ô ngày hoặc "dd/mm/yyyy").
 * @param [kind] month (mặc định), quarter, half, nine-months, year — hoặc thang, quy, 6thang, 9thang, nam.
 * @returns Nhãn kỳ, ví dụ "Tháng 02/2018 (15/01/2018 – 14/02/2018)".
 */
export function kyBaoCao(date: number | string, kind?: string): string {
  const k0 = kind === undefined || kind === null || kind === '' ? 'month' : String(kind).trim().toLowerCase();
  const k = (KIND_WORDS[k0] ?? k0) as Exclude<PeriodKind, 'custom'>;
  if (!KINDS.includes(k)) throw new FunctionArgumentError(`Loại kỳ không hợp lệ: ${kind}.`);
  return periodContaining(dateArg(date), k).label;
}

const calendar = createWorkCalendar();

/**
 * Ngày làm việc hay không (trừ thứ Bảy, Chủ nhật, ngày lễ, nghỉ bù; tính ngày làm bù). Whether a date is a working day.
 * @customfunction NGAYLAMVIEC
 * @param date Ngày (ô ngày hoặc "dd/mm/yyyy").
 * @returns TRUE nếu là ngày làm việc.
 */
export function ngayLamViec(date: number | string): boolean {
  return calendar.isWorkingDay(dateArg(date));
}

/** Function ids (as in functions.json) and their implementations. */
export const CUSTOM_FUNCTIONS: Readonly<Record<string, (...args: never[]) => unknown>> = {
  NGAYGIAOBAN: ngayGiaoBan,
  TET: tet,
  AMLICH: amLich,
  KYBAOCAO: kyBaoCao,
  NGAYLAMVIEC: ngayLamViec,
};
