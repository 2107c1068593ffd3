/**
 * Reporting periods (kỳ báo cáo, SPEC §2.4): month, quarter, half-year, nine
 * months and year, under the decree convention (data cut on a day, default the
 * 15th: month M runs from the 15th of M−1 to the 14th of M — Decree
 * 09/2019/NĐ-CP) or as plain calendar periods; and custom ranges.
 *
 * @packageDocumentation
 */
import type { IsoDate, PeriodKind } from '../model.js';
import { addDays, daysInMonth, formatDateEn, formatDateIn, formatDateVi, formatMonthIn, isoDate, isValidIsoDate, parseIsoDate } from './civilDate.js';
import { GiaobanError, GiaobanRangeError, type BiMessage, type GiaobanSubclassOptions } from '../errors.js';

export type { PeriodKind } from '../model.js';

/** Which convention to use. */
export interface PeriodOptions {
  /** Plain calendar periods instead of the decree convention. */
  calendar?: boolean;
  /** Cut-off day of the decree convention, 1–28; default 15. */
  cutoffDay?: number;
}

/** A reporting period, both ends inclusive. */
export interface ReportingPeriod {
  kind: PeriodKind;
  from: IsoDate;
  to: IsoDate;
  /** Vietnamese label, e.g. `"Tháng 02/2018 (15/01/2018 – 14/02/2018)"`. */
  label: string;
  labelEn: string;
  convention: 'decree' | 'calendar' | 'custom';
}

/** A period spec that cannot be read; `message` is Vietnamese, `messageEn` English. */
export class PeriodSpecError extends GiaobanError {
  override readonly name = 'PeriodSpecError';
  constructor(text: BiMessage, options: GiaobanSubclassOptions = {}) {
    super(options.code ?? 'period.invalid', text, options);
  }
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function cutoffOf(options: PeriodOptions): number {
  const c = options.cutoffDay ?? 15;
  if (!Number.isInteger(c) || c < 1 || c > 28) {
    throw new PeriodSpecError({ vi: `Ngày chốt số liệu phải từ 1 đến 28, nhận được ${c}`, en: `Cut-off day must be 1–28, got ${c}` });
  }
  return c;
}

/** Span of months [firstMonth..lastMonth] of `year` (months may be ≤ 0 for the previous year). */
function span(year: number, firstMonth: number, lastMonth: number, options: PeriodOptions): { from: IsoDate; to: IsoDate; convention: 'decree' | 'calendar' } {
  const norm = (m: number): [number, number] => (m <= 0 ? [year - 1, m + 12] : [year, m]);
  if (options.calendar) {
    const [fy, fm] = norm(firstMonth);
    const [ty, tm] = norm(lastMonth);
    return { from: isoDate(fy, fm, 1), to: isoDate(ty, tm, daysInMonth(ty, tm)), convention: 'calendar' };
  }
  const c = cutoffOf(options);
  const [fy, fm] = norm(firstMonth - 1);
  const [ty, tm] = norm(lastMonth);
  return { from: isoDate(fy, fm, c), to: addDays(isoDate(ty, tm, c), -1), convention: 'decree' };
}

function range(from: IsoDate, to: IsoDate, lang: 'vi' | 'en'): string {
  return `${formatDateIn(from, lang)} – ${formatDateIn(to, lang)}`;
}

function build(kind: Exclude<PeriodKind, 'custom'>, year: number, index: number, options: PeriodOptions): ReportingPeriod {
  let first: number, last: number, vi: string, en: string;
  switch (kind) {
    case 'month':
      first = last = index;
      vi = `Tháng ${pad2(index)}/${year}`;
      en = formatMonthIn(`${year}-${pad2(index)}`, 'en');
      break;
    case 'quarter':
      first = index * 3 - 2;
      last = index * 3;
      vi = `Quý ${ROMAN[index - 1]}/${year}`;
      en = `Q${index} ${year}`;
      break;
    case 'half':
      first = index === 1 ? 1 : 7;
      last = index === 1 ? 6 : 12;
      vi = `${index === 1 ? '6 tháng đầu năm' : '6 tháng cuối năm'} ${year}`;
      en = `${index === 1 ? 'First' : 'Second'} half of ${year}`;
      break;
    case 'nine-months':
      first = 1;
      last = 9;
      vi = `9 tháng năm ${year}`;
      en = `Nine months of ${year}`;
      break;
    case 'year':
      first = 1;
      last = 12;
      vi = `Năm ${year}`;
      en = `Year ${year}`;
      break;
  }
  const s = span(year, first, last, options);
  const note = s.convention === 'calendar' ? { vi: ', theo lịch', en: ', calendar' } : { vi: '', en: '' };
  return {
    kind,
    from: s.from,
    to: s.to,
    label: `${vi} (${range(s.from, s.to, 'vi')}${note.vi})`,
    labelEn: `${en} (${range(s.from, s.to, 'en')}${note.en})`,
    convention: s.convention,
  };
}

/**
 * A custom inclusive range; throws `PeriodSpecError` when a date is invalid or `from` is after `to`.
 * @example customPeriod('2018-01-01', '2018-03-31').label // "Từ 01/01/2018 đến 31/03/2018"
 * @throws {PeriodSpecError} for a day that is not a date, or a range that runs backwards
 */
export function customPeriod(from: IsoDate, to: IsoDate): ReportingPeriod {
  for (const [d, which, whichEn] of [[from, 'bắt đầu', 'start'], [to, 'kết thúc', 'end']] as const) {
    if (!isValidIsoDate(d)) {
      throw new PeriodSpecError({ vi: `Ngày ${which} kỳ báo cáo không hợp lệ: "${d}" (cần dạng YYYY-MM-DD)`, en: `Invalid period ${whichEn} date "${d}" (expected YYYY-MM-DD)` });
    }
  }
  if (from > to) {
    throw new PeriodSpecError({ vi: `Kỳ báo cáo ngược: ngày bắt đầu ${formatDateVi(from)} sau ngày kết thúc ${formatDateVi(to)}`, en: `Period runs backwards: ${formatDateEn(from)} is after ${formatDateEn(to)}` });
  }
  return {
    kind: 'custom',
    from,
    to,
    label: `Từ ${formatDateVi(from)} đến ${formatDateVi(to)}`,
    labelEn: `From ${formatDateEn(from)} to ${formatDateEn(to)}`,
    convention: 'custom',
  };
}

const SPEC_HELP = 'month:2018-02, quarter:2018-Q1, half:2018-H1, nine-months:2018, year:2018 hoặc 2018-01-01..2018-03-31';
const SPEC_HELP_EN = 'month:2018-02, quarter:2018-Q1, half:2018-H1, nine-months:2018, year:2018 or 2018-01-01..2018-03-31';

function checkYear(y: number, spec: string): number {
  if (y < 1900 || y > 2100) {
    throw new PeriodSpecError({ vi: `Năm ${y} trong "${spec}" nằm ngoài phạm vi 1900–2100`, en: `Year ${y} in "${spec}" is outside 1900–2100` });
  }
  return y;
}

/**
 * Reads a period spec: `month:2018-02`, `quarter:2018-Q1`, `half:2018-H1`,
 * `nine-months:2018`, `year:2018` or `YYYY-MM-DD..YYYY-MM-DD`.
 * Throws `PeriodSpecError` with a Vietnamese message.
 * @example
 * ```ts
 * parsePeriodSpec('month:2018-02'); // from "2018-01-15" to "2018-02-14"
 * parsePeriodSpec('quarter:2018-Q1', { calendar: true }); // from "2018-01-01" to "2018-03-31"
 * ```
 * @throws {PeriodSpecError} for a spec it cannot read (the message names it and shows the forms it reads)
 */
export function parsePeriodSpec(spec: string, options: PeriodOptions = {}): ReportingPeriod {
  const s = String(spec ?? '').trim();
  const custom = /^(\S+?)\s*\.\.\s*(\S+)$/.exec(s);
  if (custom) return customPeriod(custom[1]!, custom[2]!);
  const m = /^([a-z-]+)\s*:\s*(.+)$/i.exec(s);
  if (!m) {
    throw new PeriodSpecError({ vi: `Không hiểu kỳ báo cáo "${s}"; dùng ${SPEC_HELP}`, en: `Cannot read period "${s}"; use ${SPEC_HELP_EN}` });
  }
  const kind = m[1]!.toLowerCase();
  const arg = m[2]!.trim().toUpperCase();
  let r: RegExpExecArray | null;
  switch (kind) {
    case 'month':
      if ((r = /^(\d{4})-(\d{2})$/.exec(arg)) && +r[2]! >= 1 && +r[2]! <= 12) return build('month', checkYear(+r[1]!, s), +r[2]!, options);
      break;
    case 'quarter':
      if ((r = /^(\d{4})-Q([1-4])$/.exec(arg))) return build('quarter', checkYear(+r[1]!, s), +r[2]!, options);
      break;
    case 'half':
      if ((r = /^(\d{4})-H([12])$/.exec(arg))) return build('half', checkYear(+r[1]!, s), +r[2]!, options);
      break;
    case 'nine-months':
      if ((r = /^(\d{4})$/.exec(arg))) return build('nine-months', checkYear(+r[1]!, s), 0, options);
      break;
    case 'year':
      if ((r = /^(\d{4})$/.exec(arg))) return build('year', checkYear(+r[1]!, s), 0, options);
      break;
    default:
      throw new PeriodSpecError({ vi: `Loại kỳ báo cáo "${m[1]}" không có; dùng month, quarter, half, nine-months, year hoặc khoảng ngày (${SPEC_HELP})`, en: `Unknown period kind "${m[1]}"; use month, quarter, half, nine-months, year or a date range` });
  }
  throw new PeriodSpecError({ vi: `Kỳ báo cáo "${s}" sai dạng; ví dụ: ${SPEC_HELP}`, en: `Malformed period "${s}"; e.g. ${SPEC_HELP_EN}` });
}

/**
 * The period of a kind that contains a date. Under the decree convention a
 * date on or after the cut-off belongs to the next month's report (a briefing
 * on 15/02 counts for March). Throws `RangeError` for `nine-months` when the
 * date lies in the last quarter (no nine-month period contains it).
 * @example periodContaining('2018-02-15', 'month').label // "Tháng 03/2018 (15/02/2018 – 14/03/2018)"
 * @throws {GiaobanRangeError} for a date that is not `YYYY-MM-DD`; {@link PeriodSpecError} for a cut-off day outside 1–28
 */
export function periodContaining(d: IsoDate, kind: Exclude<PeriodKind, 'custom'>, options: PeriodOptions = {}): ReportingPeriod {
  let [y, m, day] = parseIsoDate(d);
  if (!options.calendar && day >= cutoffOf(options)) {
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
  switch (kind) {
    case 'month':
      return build('month', y, m, options);
    case 'quarter':
      return build('quarter', y, Math.ceil(m / 3), options);
    case 'half':
      return build('half', y, m <= 6 ? 1 : 2, options);
    case 'nine-months':
      if (m > 9) {
        throw new GiaobanRangeError('period.none', { vi: `Ngày ${formatDateVi(d)} không thuộc kỳ 9 tháng nào (thuộc quý IV/${y})`, en: `No nine-month period contains ${formatDateEn(d)} (it is in Q4 ${y})` });
      }
      return build('nine-months', y, 0, options);
    case 'year':
      return build('year', y, 0, options);
    default:
      throw new GiaobanRangeError('period.kind', { vi: `Loại kỳ báo cáo không hợp lệ: "${String(kind)}"`, en: `Unknown period kind: "${String(kind)}"` });
  }
}

/**
 * True when `d` lies in `period` (inclusive).
 * @example isInPeriod('2018-02-14', parsePeriodSpec('month:2018-02')) // true
 */
export function isInPeriod(d: IsoDate, period: Pick<ReportingPeriod, 'from' | 'to'>): boolean {
  return d >= period.from && d <= period.to;
}
