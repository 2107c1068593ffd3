/**
 * Custom functions of the GIAOBAN namespace (JavaScript-only runtime).
 * The JSDoc tags below are the source of functions.json: the build runs
 * custom-functions-metadata over this file, and a test keeps the two in step.
 * Dates go in and out as Excel date serials, so results can be formatted as
 * dates and fed to other formulas. The JavaScript-only runtime cannot ask the
 * workbook which date system it uses, so each function takes an optional last
 * argument TRUE for a 1904-system workbook (the task pane says when a workbook
 * is one). Dates, periods and the calendar are the core's rules, not copies.
 */
import {
  briefingDate,
  createWorkCalendar,
  DATE_RULES,
  formatDateIn,
  formatLunarDate,
  isoDateToExcelSerial,
  parseDateValue,
  parsePeriodKind,
  periodContaining,
  tetDate,
  toLunar,
  unaccentedKey,
  type DateRule,
  type IsoDate,
  GiaobanError,
  errorMessage,
  type BiMessage,
  type GiaobanSubclassOptions,
} from '@giaoban/core';
import { nationalCatalogue } from '@giaoban/core/catalogue';

/** An argument the function cannot use; the runtime turns it into #VALUE! with this message. */
export class FunctionArgumentError extends GiaobanError {
  override readonly name = 'FunctionArgumentError';
  constructor(text: BiMessage, options: GiaobanSubclassOptions = {}) {
    super(options.code ?? 'addin.function-argument', text, options);
  }
}

/** Output language words, compared without accents or case ("EN", "Tiếng Anh", "vi"). */
const LANGUAGES: Readonly<Record<string, 'vi' | 'en'>> = { vi: 'vi', viet: 'vi', tiengviet: 'vi', vn: 'vi', en: 'en', english: 'en', anh: 'en', tienganh: 'en' };

const blank = (v: unknown): boolean => v === undefined || v === null || v === '';

function wholeNumber(v: unknown, what: string, min: number, max: number): number {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) throw new FunctionArgumentError({ vi: `${what} phải là số nguyên từ ${min} đến ${max}.`, en: `${what} must be a whole number from ${min} to ${max}.` });
  return n;
}

/** The optional last argument: TRUE (or 1, "1904") for a workbook in the 1904 date system. */
function dateSystem(v: unknown): boolean {
  if (blank(v) || v === false || v === 0) return false;
  if (v === true || v === 1 || v === 1904 || (typeof v === 'string' && /^(true|1904|1|co|có)$/i.test(v.trim()))) return true;
  throw new FunctionArgumentError({ vi: 'Đối số hệ ngày phải là TRUE (sổ dùng hệ ngày 1904) hoặc bỏ trống.', en: 'The date-system argument must be TRUE (a 1904 workbook) or left out.' });
}

/** A date argument, read by the core's rules: a date cell (serial), or text "dd/mm/yyyy", "YYYY-MM-DD", "ngày 15 tháng 01 năm 2018". */
function dateArg(v: unknown, date1904: boolean): IsoDate {
  // A number handed to a date parameter is a date cell: read it as a serial whatever the cell's format.
  const r = parseDateValue(typeof v === 'string' || typeof v === 'number' ? v : null, { numberFormat: 'dd/mm/yyyy', date1904 });
  if (r.ok) return r.date;
  throw new FunctionArgumentError({ vi: `Ngày không hợp lệ: ${r.message}`, en: `Invalid date: ${r.messageEn}` });
}

/**
 * Ngày giao ban của một tháng: ngày danh nghĩa (mặc định 15) dời theo ngày nghỉ, ngày lễ, Tết. The briefing date of a month.
 * @customfunction NGAYGIAOBAN
 * @param year Năm, ví dụ 2026.
 * @param month Tháng, 1–12.
 * @param [day] Ngày danh nghĩa 1–28 (mặc định 15).
 * @param [rule] Cách dời: following (mặc định), preceding, modified-following, modified-preceding, none.
 * @param [date1904] TRUE nếu sổ dùng hệ ngày 1904 (sổ tạo bằng Excel cho Mac cũ); bỏ trống với sổ thường.
 * @returns Số ngày Excel (định dạng ô kiểu ngày dd/mm/yyyy).
 */
export function ngayGiaoBan(year: number, month: number, day?: number, rule?: string, date1904?: boolean): number {
  const y = wholeNumber(year, 'Năm', 1900, 2100);
  const m = wholeNumber(month, 'Tháng', 1, 12);
  const d = blank(day) ? 15 : wholeNumber(day, 'Ngày', 1, 28);
  const r = (blank(rule) ? 'following' : String(rule).trim().toLowerCase()) as DateRule;
  if (!DATE_RULES.includes(r)) throw new FunctionArgumentError({ vi: `Cách dời không hợp lệ: ${rule} (${DATE_RULES.join(', ')}).`, en: `Invalid date rule: ${rule} (${DATE_RULES.join(', ')}).` });
  const b = briefingDate(`${y}-${String(m).padStart(2, '0')}`, { day: d, rule: r });
  return isoDateToExcelSerial(b.date, dateSystem(date1904));
}

/**
 * Ngày Tết Nguyên Đán (mùng 1 tháng Giêng âm lịch, giờ Việt Nam) của một năm. Vietnamese New Year's day.
 * @customfunction TET
 * @param year Năm dương lịch, 1900–2100.
 * @param [date1904] TRUE nếu sổ dùng hệ ngày 1904; bỏ trống với sổ thường.
 * @returns Số ngày Excel.
 */
export function tet(year: number, date1904?: boolean): number {
  return isoDateToExcelSerial(tetDate(wholeNumber(year, 'Năm', 1900, 2100)), dateSystem(date1904));
}

/**
 * Ngày âm lịch Việt Nam của một ngày, dạng chữ. The Vietnamese lunar date as text.
 * @customfunction AMLICH
 * @param date Ngày (ô ngày hoặc "dd/mm/yyyy").
 * @param [language] "vi" (mặc định) hoặc "en" — không phân biệt hoa thường; "Tiếng Anh", "English" cũng được.
 * @param [date1904] TRUE nếu sổ dùng hệ ngày 1904; bỏ trống với sổ thường.
 * @returns Ví dụ "01/01 năm Đinh Hợi".
 */
export function amLich(date: number | string, language?: string, date1904?: boolean): string {
  const lang = blank(language) ? 'vi' : LANGUAGES[unaccentedKey(String(language)).replace(/\s+/g, '')];
  if (!lang) throw new FunctionArgumentError({ vi: `Ngôn ngữ không hợp lệ: ${language} (dùng "vi" hoặc "en").`, en: `Invalid language: ${language} (use "vi" or "en").` });
  return formatLunarDate(toLunar(dateArg(date, dateSystem(date1904))), lang);
}

/**
 * Kỳ báo cáo chứa một ngày (quy ước cắt số liệu ngày 15 theo Nghị định 09/2019). The reporting period containing a date.
 * @customfunction KYBAOCAO
 * @param date Ngày (ô ngày hoặc "dd/mm/yyyy").
 * @param [kind] Tháng (mặc định), Quý, 6 tháng, 9 tháng, Năm — hoặc month, quarter, half, nine-months, year; không phân biệt hoa thường, có dấu hay không.
 * @param [date1904] TRUE nếu sổ dùng hệ ngày 1904; bỏ trống với sổ thường.
 * @returns Nhãn kỳ, ví dụ "Tháng 02/2018 (15/01/2018 – 14/02/2018)".
 */
export function kyBaoCao(date: number | string, kind?: string, date1904?: boolean): string {
  const k = blank(kind) ? 'month' : parsePeriodKind(String(kind));
  if (!k) throw new FunctionArgumentError({ vi: `Loại kỳ không hợp lệ: ${kind} (Tháng, Quý, 6 tháng, 9 tháng, Năm).`, en: `Invalid period kind: ${kind} (Tháng, Quý, 6 tháng, 9 tháng, Năm).` });
  try {
    return periodContaining(dateArg(date, dateSystem(date1904)), k).label;
  } catch (e) {
    if (e instanceof FunctionArgumentError) throw e;
    throw new FunctionArgumentError({ vi: errorMessage(e, 'vi'), en: errorMessage(e, 'en') }, { cause: e });
  }
}

const calendar = createWorkCalendar();

/**
 * Ngày làm việc hay không (trừ thứ Bảy, Chủ nhật, ngày lễ, nghỉ bù; tính ngày làm bù). Whether a date is a working day.
 * @customfunction NGAYLAMVIEC
 * @param date Ngày (ô ngày hoặc "dd/mm/yyyy").
 * @param [date1904] TRUE nếu sổ dùng hệ ngày 1904; bỏ trống với sổ thường.
 * @returns TRUE nếu là ngày làm việc.
 */
export function ngayLamViec(date: number | string, date1904?: boolean): boolean {
  return calendar.isWorkingDay(dateArg(date, dateSystem(date1904)));
}

/** What XA returns, by the third argument (compared without accents or case). */
const UNIT_FIELDS: Readonly<Record<string, 'fullName' | 'name' | 'kind' | 'province' | 'formedFrom' | 'successors' | 'district' | 'resolution'>> = {
  '': 'fullName', ten: 'name', tendaydu: 'fullName', loai: 'kind', tinh: 'province', hinhthanhtu: 'formedFrom', sapnhaptu: 'formedFrom',
  naythuoc: 'successors', huyen: 'district', nghiquyet: 'resolution',
};
const KIND_WORDS: Readonly<Record<string, string>> = { xa: 'Xã', phuong: 'Phường', 'thi-tran': 'Thị trấn', 'dac-khu': 'Đặc khu' };

/**
 * Đơn vị hành chính cấp xã theo mã ĐVHC, tại một ngày (từ 01/07/2025: đơn vị hiện nay; trước đó: xã, phường, thị trấn cũ). A commune-level unit by its code.
 * @customfunction XA
 * @param code Mã ĐVHC 5 chữ số, ví dụ "03169" (ô số 3169 cũng được).
 * @param [date] Ngày (mặc định: đơn vị hiện nay; ngày trước 01/07/2025: đơn vị cũ có mã này).
 * @param [field] Thông tin cần lấy: "tên", "loại", "tỉnh", "huyện" (đơn vị cũ), "hình thành từ", "nay thuộc" (đơn vị cũ), "nghị quyết"; bỏ trống: tên đầy đủ.
 * @param [date1904] TRUE nếu sổ dùng hệ ngày 1904; bỏ trống với sổ thường.
 * @returns Ví dụ "Xã Nà Hỳ"; với "hình thành từ": "Nà Khoa, Nà Hỳ, Nậm Nhừ, Nậm Chua".
 */
export function xa(code: number | string, date?: number | string, field?: string, date1904?: boolean): string {
  const text = typeof code === 'number' && Number.isInteger(code) && code > 0 ? String(code) : typeof code === 'string' ? code.trim() : '';
  if (!/^\d{1,5}$/.test(text)) throw new FunctionArgumentError({ vi: `Mã ĐVHC không hợp lệ: ${String(code)} (5 chữ số, ví dụ 03169).`, en: `Invalid administrative code: ${String(code)} (five digits, e.g. 03169).` });
  const f = UNIT_FIELDS[unaccentedKey(blank(field) ? '' : String(field)).replace(/\s+/g, '')];
  if (!f) throw new FunctionArgumentError({ vi: `Thông tin không hợp lệ: ${field} (tên, loại, tỉnh, huyện, hình thành từ, nay thuộc, nghị quyết).`, en: `Invalid field: ${field} (tên, loại, tỉnh, huyện, hình thành từ, nay thuộc, nghị quyết).` });
  const cat = nationalCatalogue();
  const on = blank(date) ? undefined : dateArg(date, dateSystem(date1904));
  const unit = cat.unit(text, on);
  if (!unit) {
    throw new FunctionArgumentError({
      vi: `Không có đơn vị hành chính cấp xã mã ${text.padStart(5, '0')}${on ? ` vào ngày ${formatDateIn(on, 'vi')}` : ''}.`,
      en: `No commune-level unit has the code ${text.padStart(5, '0')}${on ? ` on ${formatDateIn(on, 'en')}` : ''}.`,
    });
  }
  switch (f) {
    case 'name': return unit.name;
    case 'kind': return KIND_WORDS[unit.kind] ?? unit.kind;
    case 'province': return cat.provinces(unit.era === 'current' ? undefined : '2025-06-30').find((p) => p.code === unit.province)?.fullName ?? '';
    case 'district': return unit.district?.fullName ?? '';
    case 'formedFrom': return unit.formedFrom.map((l) => (l.whole ? l.name : `${l.name} (một phần)`)).join(', ');
    case 'successors': return unit.successors.map((l) => l.fullName).join(', ');
    case 'resolution': return unit.resolution ? `Nghị quyết số ${unit.resolution}` : '';
    default: return unit.fullName;
  }
}

/** Function ids (as in functions.json) and their implementations. */
export const CUSTOM_FUNCTIONS: Readonly<Record<string, (...args: never[]) => unknown>> = {
  NGAYGIAOBAN: ngayGiaoBan,
  TET: tet,
  AMLICH: amLich,
  KYBAOCAO: kyBaoCao,
  NGAYLAMVIEC: ngayLamViec,
  XA: xa,
};
