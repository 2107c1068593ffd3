/**
 * Reading a reporting period as a clerk types it — "tháng 3/2018", "03/2018",
 * "T3/2018", "quý I/2018", "6 tháng đầu năm 2018", "9 tháng 2018", "năm 2018",
 * with or without accents, and the two ends of a range ("từ 01/2026 đến
 * 03/2026", "01/01/2018..31/03/2018") — into numbers. `periods.ts` turns them
 * into dates under the decree or the calendar convention. The words are data
 * (data/periodKinds.ts).
 */
import type { IsoDate, PeriodKind } from '../model.js';
import type { BiMessage } from '../errors.js';
import { ENGLISH_MONTH_WORDS, PERIOD_RANGE_WORDS, PERIOD_TEXT_WORDS, type PeriodTextKind } from '../data/periodKinds.js';
import { daysInMonth, isoDate } from './civilDate.js';

/** What a period text names: a period of a kind (index: month 1–12, quarter 1–4, half 1–2, else 0) or one day. */
export type PeriodText =
  | { ok: true; kind: Exclude<PeriodKind, 'custom'>; year: number; index: number }
  | { ok: true; kind: 'date'; date: IsoDate }
  | { ok: false; why: BiMessage | null };

const NOT_UNDERSTOOD: PeriodText = { ok: false, why: null };

/**
 * Accent-free, lower case, single-spaced. The text layer's folding sits above the calendar,
 * and a period needs no more than this: "Quý" and "quy", "THÁNG" and "thang" read alike.
 */
export function loosePeriodText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// "/2018", "-2018", ".2018", " 2018", " năm 2018": how the year follows.
const YEAR = String.raw`(?:\s*[/.-]\s*|\s+)(?:nam\s+)?(\d{4})`;
// After a bare number (no word before it), only a separator or "năm": "3/2018", "3 năm 2018".
const BARE_YEAR = String.raw`(?:\s*[/.-]\s*|\s+nam\s+)(\d{4})`;
// "March 2018", "Mar. 2018", "march/2018": the English labels read back.
const ENGLISH_MONTH = new RegExp(String.raw`^(${ENGLISH_MONTH_WORDS.flat().join('|')})\.?${YEAR}$`);
const ENGLISH_MONTH_INDEX: ReadonlyMap<string, number> = new Map(ENGLISH_MONTH_WORDS.flatMap((ws, i) => ws.map((w) => [w, i + 1] as const)));
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** Every word of every kind, longest first, so "6 tháng đầu năm" is tried before "6 tháng". */
const WORDS: readonly (readonly [PeriodTextKind, string])[] = (Object.keys(PERIOD_TEXT_WORDS) as PeriodTextKind[])
  .flatMap((k) => PERIOD_TEXT_WORDS[k].map((w) => [k, w] as const))
  .sort((a, b) => b[1].length - a[1].length);

const PATTERNS: readonly (readonly [PeriodTextKind, RegExp])[] = WORDS.map(([kind, word]) => [
  kind,
  kind === 'month' || kind === 'quarter'
    ? new RegExp(`^${escape(word)}\\s*([0-9]+|[ivx]+)${YEAR}$`)
    : new RegExp(`^${escape(word)}${word.endsWith(' of') ? String.raw`\s+(\d{4})` : YEAR}$`),
]);

function monthOrWhy(year: number, n: number): PeriodText {
  if (n >= 1 && n <= 12) return { ok: true, kind: 'month', year, index: n };
  return { ok: false, why: { vi: `không có tháng ${n} (tháng từ 1 đến 12)`, en: `there is no month ${n} (months are 1 to 12)` } };
}

function quarterOrWhy(year: number, token: string): PeriodText {
  const n = /^\d+$/.test(token) ? +token : (ROMAN[token] ?? 0);
  if (n >= 1 && n <= 4) return { ok: true, kind: 'quarter', year, index: n };
  return { ok: false, why: { vi: `không có quý ${token.toUpperCase()} (quý I đến IV)`, en: `there is no quarter ${token.toUpperCase()} (quarters are I to IV)` } };
}

function dateOrWhy(y: number, m: number, d: number): PeriodText {
  if (m < 1 || m > 12) return { ok: false, why: { vi: `không có tháng ${m}`, en: `there is no month ${m}` } };
  if (d < 1 || d > daysInMonth(y, m)) {
    const dd = String(d).padStart(2, '0');
    const mm = String(m).padStart(2, '0');
    return { ok: false, why: { vi: `ngày ${dd}/${mm}/${y} không có trong lịch (tháng ${m}/${y} có ${daysInMonth(y, m)} ngày)`, en: `${dd}/${mm}/${y} does not exist (${m}/${y} has ${daysInMonth(y, m)} days)` } };
  }
  return { ok: true, kind: 'date', date: isoDate(y, m, d) };
}

/**
 * Reads one period or one day from `text` (any case, accents optional). Also the codes' own
 * forms without the kind: "2018-03", "2018-Q1", "2018-H1", "2018".
 *
 * @example
 * ```ts
 * readPeriodText('Quý I/2018');             // { ok: true, kind: 'quarter', year: 2018, index: 1 }
 * readPeriodText('6 tháng đầu năm 2018');   // { ok: true, kind: 'half', year: 2018, index: 1 }
 * readPeriodText('15/01/2018');             // { ok: true, kind: 'date', date: '2018-01-15' }
 * readPeriodText('tháng 13/2018').ok;       // false (why: "không có tháng 13 …")
 * ```
 */
export function readPeriodText(text: string): PeriodText {
  const t = loosePeriodText(text).replace(/\.$/, '');
  let r: RegExpExecArray | null;
  // Days: ISO, day first with / - . or in words ("ngày 15 tháng 01 năm 2018"); never month first.
  if ((r = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t))) return dateOrWhy(+r[1]!, +r[2]!, +r[3]!);
  if ((r = /^(?:ngay\s*)?(\d{1,2})\s*(?:[/.-]|\s*thang\s*)\s*(\d{1,2})\s*(?:[/.-]|\s*nam\s*)\s*(\d{4})$/.exec(t))) return dateOrWhy(+r[3]!, +r[2]!, +r[1]!);
  // The codes' forms.
  if ((r = /^(\d{4})-(\d{1,2})$/.exec(t))) return monthOrWhy(+r[1]!, +r[2]!);
  if ((r = /^(\d{4})\s*-?\s*q\s*([0-9]+)$/.exec(t))) return quarterOrWhy(+r[1]!, r[2]!);
  if ((r = /^(\d{4})\s*-?\s*h\s*([12])$/.exec(t))) return { ok: true, kind: 'half', year: +r[1]!, index: +r[2]! };
  if ((r = /^(\d{4})$/.exec(t))) return { ok: true, kind: 'year', year: +r[1]!, index: 0 };
  // Words.
  for (const [kind, pattern] of PATTERNS) {
    if (!(r = pattern.exec(t))) continue;
    const year = +r[r.length - 1]!;
    switch (kind) {
      case 'month':
        return /^\d+$/.test(r[1]!) ? monthOrWhy(year, +r[1]!) : NOT_UNDERSTOOD;
      case 'quarter':
        return quarterOrWhy(year, r[1]!);
      case 'firstHalf':
        return { ok: true, kind: 'half', year, index: 1 };
      case 'secondHalf':
        return { ok: true, kind: 'half', year, index: 2 };
      case 'nineMonths':
        return { ok: true, kind: 'nine-months', year, index: 0 };
      case 'year':
        return { ok: true, kind: 'year', year, index: 0 };
    }
  }
  if ((r = ENGLISH_MONTH.exec(t))) return monthOrWhy(+r[2]!, ENGLISH_MONTH_INDEX.get(r[1]!)!);
  // A bare month: "03/2018", "3-2018", "3 năm 2018".
  if ((r = new RegExp(`^(\\d{1,2})${BARE_YEAR}$`).exec(t))) return monthOrWhy(+r[2]!, +r[1]!);
  return NOT_UNDERSTOOD;
}

const RANGE_SPLIT = new RegExp(
  String.raw`^(?:(?:${PERIOD_RANGE_WORDS.from.join('|')})\s+)?(.+?)(?:\s*\.\.\s*|\s+[-–—]\s+|\s*[–—]\s*|\s+(?:${PERIOD_RANGE_WORDS.to.join('|')})\s+)(.+)$`,
  'iu',
);

/**
 * The two ends of a range as written, or null when `text` is not one: "A..B", "A – B",
 * "A - B" (spaced), "từ A đến B", "from A to B".
 *
 * @example
 * ```ts
 * splitPeriodRange('Từ tháng 1/2026 đến tháng 3/2026'); // ["tháng 1/2026", "tháng 3/2026"]
 * splitPeriodRange('2018-01-01..2018-03-31');          // ["2018-01-01", "2018-03-31"]
 * splitPeriodRange('15-01-2018');                      // null
 * ```
 */
export function splitPeriodRange(text: string): [string, string] | null {
  const r = RANGE_SPLIT.exec(text.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim());
  return r ? [r[1]!.trim(), r[2]!.trim()] : null;
}
