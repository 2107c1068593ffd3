/**
 * Reporting periods (kỳ báo cáo, Decree 09/2019/NĐ-CP cut-off): month, quarter, half-year, nine
 * months and year, under the decree convention (data cut on a day, default the
 * 15th: month M runs from the 15th of M−1 to the 14th of M — Decree
 * 09/2019/NĐ-CP) or as plain calendar periods; and custom ranges.
 *
 * @packageDocumentation
 */
import type { IsoDate, PeriodKind, YearMonth } from '../model.js';
import { addDays, daysInMonth, formatDateEn, formatDateIn, formatDateVi, formatMonthIn, isoDate, isValidIsoDate, parseIsoDate, yearMonth } from './civilDate.js';
import { GiaobanError, GiaobanRangeError, type BiMessage, type GiaobanSubclassOptions } from '../errors.js';
import { readPeriodText, splitPeriodRange } from './periodText.js';

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

const SPEC_HELP = 'tháng 3/2018, 03/2018, quý I/2018, 6 tháng đầu năm 2018, 9 tháng 2018, năm 2018, từ 01/2018 đến 03/2018, 01/01/2018..31/03/2018 (hoặc month:2018-03, quarter:2018-Q1, half:2018-H1, nine-months:2018, year:2018)';
const SPEC_HELP_EN = 'tháng 3/2018, 03/2018, quý I/2018, 6 tháng đầu năm 2018, 9 tháng 2018, năm 2018, từ 01/2018 đến 03/2018, 01/01/2018..31/03/2018 (or month:2018-03, quarter:2018-Q1, half:2018-H1, nine-months:2018, year:2018)';

function checkYear(y: number, spec: string): number {
  if (y < 1900 || y > 2100) {
    throw new PeriodSpecError({ vi: `Năm ${y} trong "${spec}" nằm ngoài phạm vi 1900–2100`, en: `Year ${y} in "${spec}" is outside 1900–2100` });
  }
  return y;
}

/** "Không hiểu kỳ báo cáo "…"" with the reason when there is one, and the forms that work. */
function notUnderstood(spec: string, why: BiMessage | null): PeriodSpecError {
  return new PeriodSpecError({ vi: `Không hiểu kỳ báo cáo "${spec}"${why ? `: ${why.vi}` : ''}; ví dụ: ${SPEC_HELP}`, en: `Cannot read period "${spec}"${why ? `: ${why.en}` : ''}; e.g. ${SPEC_HELP_EN}` });
}

/** A period of a kind read from text, built under `options`; a day is not a period here. */
function periodOfText(text: string, spec: string, options: PeriodOptions): ReportingPeriod | null {
  const r = readPeriodText(text);
  if (!r.ok) {
    if (r.why) throw notUnderstood(spec, r.why);
    return null;
  }
  if (r.kind === 'date') return null;
  return build(r.kind, checkYear(r.year, spec), r.index, options);
}

/** One end of a range: a day, or the first (`from`) or last (`to`) day of a period. */
function rangeEnd(text: string, end: 'from' | 'to', spec: string, options: PeriodOptions): IsoDate {
  const r = readPeriodText(text);
  if (r.ok && r.kind === 'date') return r.date;
  if (r.ok) return build(r.kind, checkYear(r.year, spec), r.index, options)[end];
  const which = end === 'from' ? { vi: 'đầu', en: 'start' } : { vi: 'cuối', en: 'end' };
  throw new PeriodSpecError({ vi: `Không hiểu ${which.vi} kỳ báo cáo "${text}" trong "${spec}"${r.why ? `: ${r.why.vi}` : ''}; mỗi đầu là một ngày (15/01/2018, 2018-01-15) hoặc một kỳ (tháng 1/2018, quý I/2018)`, en: `Cannot read the ${which.en} "${text}" of period "${spec}"${r.why ? `: ${r.why.en}` : ''}; each end is a day (15/01/2018, 2018-01-15) or a period (tháng 1/2018, quý I/2018)` });
}

const KIND_WORD: Readonly<Record<string, string>> = { month: 'tháng', quarter: 'quý', half: '6 tháng', 'nine-months': '9 tháng', year: 'năm' };
const KIND_NAME: Readonly<Record<string, BiMessage>> = {
  month: { vi: 'một tháng', en: 'a month' },
  quarter: { vi: 'một quý', en: 'a quarter' },
  half: { vi: 'một kỳ 6 tháng', en: 'a half-year' },
  'nine-months': { vi: 'một kỳ 9 tháng', en: 'a nine-month period' },
  year: { vi: 'một năm', en: 'a year' },
};

/**
 * Reads a reporting period as a clerk or a program writes it, with or without accents, in any case:
 *
 * - a month: `tháng 3/2018`, `03/2018`, `T3/2018`, `tháng 3 năm 2018`, `2018-03`, `month:2018-03`;
 * - a quarter: `quý I/2018`, `quý 1/2018`, `Q1/2018`, `2018-Q1`, `quarter:2018-Q1`;
 * - a half-year: `6 tháng đầu năm 2018` (also `6 tháng 2018`), `6 tháng cuối năm 2018`, `half:2018-H1`;
 * - nine months: `9 tháng 2018`, `9 tháng năm 2018`, `nine-months:2018`;
 * - a year: `năm 2018`, `2018`, `year:2018`;
 * - a range, each end a day or a period: `01/01/2018..31/03/2018`, `từ 01/2026 đến 03/2026`, `2018-01-01..2018-03-31`.
 *
 * Periods follow the decree convention (data cut on the 15th, Decree 09/2019/NĐ-CP) unless `options.calendar`.
 *
 * @param spec the text to read
 * @param options calendar periods instead of the decree's, and the cut-off day (default 15)
 * @returns the period with both ends inclusive and its Vietnamese and English labels
 * @throws {PeriodSpecError} `period.invalid` naming what was not understood (a month 13, a quarter V,
 *   30/02, a range that runs backwards), in Vietnamese and English, with examples that work
 * @example
 * ```ts
 * parsePeriodSpec('month:2018-02');         // from "2018-01-15" to "2018-02-14"
 * parsePeriodSpec('tháng 2/2018');          // the same
 * parsePeriodSpec('quý I/2018', { calendar: true }); // from "2018-01-01" to "2018-03-31"
 * parsePeriodSpec('6 thang dau nam 2018');  // from "2017-12-15" to "2018-06-14"
 * parsePeriodSpec('từ 01/2026 đến 03/2026', { calendar: true }); // from "2026-01-01" to "2026-03-31"
 * ```
 */
export function parsePeriodSpec(spec: string, options: PeriodOptions = {}): ReportingPeriod {
  const s = String(spec ?? '').normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim();
  if (!s) throw notUnderstood(s, null);
  const range = splitPeriodRange(s);
  if (range) return customPeriod(rangeEnd(range[0], 'from', s, options), rangeEnd(range[1], 'to', s, options));
  const coded = /^([a-z-]+)\s*:\s*(.+)$/i.exec(s);
  if (coded) {
    const kind = coded[1]!.toLowerCase();
    const word = KIND_WORD[kind];
    if (!word) {
      throw new PeriodSpecError({ vi: `Loại kỳ báo cáo "${coded[1]}" không có; dùng month, quarter, half, nine-months, year, hoặc viết: ${SPEC_HELP}`, en: `Unknown period kind "${coded[1]}"; use month, quarter, half, nine-months, year, or write: ${SPEC_HELP_EN}` });
    }
    // What a picker sends with the clerk's own words ("month:3/2018", "quarter:I/2018", "nine-months:2018"), then the codes' form ("month:2018-03").
    const p = periodOfText(`${word} ${coded[2]}`, s, options) ?? periodOfText(coded[2]!, s, options);
    if (!p) throw notUnderstood(s, null);
    if (p.kind !== kind) {
      throw notUnderstood(s, { vi: `"${coded[2]}" là ${KIND_NAME[p.kind]!.vi}, không phải ${KIND_NAME[kind]!.vi}`, en: `"${coded[2]}" is ${KIND_NAME[p.kind]!.en}, not ${KIND_NAME[kind]!.en}` });
    }
    return p;
  }
  const p = periodOfText(s, s, options);
  if (p) return p;
  throw notUnderstood(s, null);
}

/**
 * The period spec of a picker's choice (a kind, a year and, for a month, quarter or half, its
 * number), as `parsePeriodSpec` reads it: the offline app and the add-in build their specs here.
 *
 * @param kind the kind picked
 * @param year the year picked
 * @param index month 1–12, quarter 1–4, half 1–2; ignored for nine months and a year
 * @returns the spec, e.g. `"quarter:2025-Q4"`
 * @example
 * ```ts
 * pickedPeriodSpec('month', 2025, 3);  // "month:2025-03"
 * pickedPeriodSpec('half', 2025, 2);   // "half:2025-H2"
 * pickedPeriodSpec('year', 2025, 0);   // "year:2025"
 * ```
 */
export function pickedPeriodSpec(kind: Exclude<PeriodKind, 'custom'>, year: number, index: number): string {
  switch (kind) {
    case 'month':
      return `month:${year}-${pad2(index)}`;
    case 'quarter':
      return `quarter:${year}-Q${index}`;
    case 'half':
      return `half:${year}-H${index}`;
    default:
      return `${kind}:${year}`;
  }
}

/**
 * Reads a month as a clerk writes it: `01/2026`, `1/2026`, `tháng 1/2026`, `T1/2026`,
 * `tháng 1 năm 2026`, `2026-01` (accents optional, any case).
 *
 * @param text the month as typed
 * @returns the month as `YYYY-MM`
 * @throws {GiaobanRangeError} `month.invalid` naming what was not understood (a month 13, a quarter
 *   where a month was asked), in Vietnamese and English, with examples that work
 * @example
 * ```ts
 * parseMonthText('tháng 1/2026'); // "2026-01"
 * parseMonthText('01/2026');      // "2026-01"
 * parseMonthText('2026-01');      // "2026-01"
 * ```
 */
export function parseMonthText(text: string): YearMonth {
  const t = String(text ?? '').trim();
  const r = readPeriodText(t);
  if (r.ok && r.kind === 'month' && r.year >= 1900 && r.year <= 2100) return yearMonth(r.year, r.index);
  const why: BiMessage | null = !r.ok
    ? r.why
    : r.kind === 'month'
      ? { vi: `năm ${r.year} nằm ngoài phạm vi 1900–2100`, en: `year ${r.year} is outside 1900–2100` }
      : { vi: 'đây không phải một tháng', en: 'this is not a month' };
  throw new GiaobanRangeError('month.invalid', {
    vi: `Không hiểu tháng "${t}"${why ? `: ${why.vi}` : ''}; ví dụ: 01/2026, tháng 1/2026, T1/2026, 2026-01`,
    en: `Cannot read month "${t}"${why ? `: ${why.en}` : ''}; e.g. 01/2026, tháng 1/2026, T1/2026, 2026-01`,
  }, { details: { value: text } });
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
