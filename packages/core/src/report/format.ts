/**
 * Number and date wording of Vietnamese administrative reports: counts under
 * ten with a leading zero ("09"), thousands with a dot ("1.234"), decimal
 * comma ("45,5%"), dates dd/mm/yyyy.
 */
import type { CommuneKind, IsoDate } from '../model.js';
import { formatDateVi } from '../calendar/civilDate.js';

/**
 * A count with its word, the word for one or for any other count.
 * @example
 * ```ts
 * plural(1, 'briefing', 'briefings'); // "1 briefing"
 * plural(3, 'briefing', 'briefings'); // "3 briefings"
 * ```
 */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * A count as written in a Vietnamese report.
 * @example
 * ```ts
 * formatReportCount(9); // "09"
 * formatReportCount(1234); // "1.234"
 * ```
 */
export function formatReportCount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (!Number.isInteger(n)) return formatReportDecimal(n);
  if (n >= 0 && n < 10) return `0${n}`;
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * A decimal with a comma and at most one decimal place.
 * @example
 * ```ts
 * formatReportDecimal(6.5); // "6,5"
 * ```
 */
export function formatReportDecimal(x: number): string {
  const r = Math.round(x * 10) / 10;
  const [int, dec] = String(Math.abs(r)).split('.');
  const intText = (int ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (r < 0 ? '-' : '') + intText + (dec ? `,${dec}` : '');
}

/**
 * A share 0..1 as a Vietnamese percentage, e.g. `0.4545` → `"45,5%"`; `null` → `"—"`.
 * @example
 * ```ts
 * formatReportShare(0.5); // "50%"
 * ```
 */
export function formatReportShare(x: number | null, lang: 'vi' | 'en' = 'vi'): string {
  if (x === null || !Number.isFinite(x)) return '—';
  const pct = Math.round(x * 1000) / 10;
  return (lang === 'vi' ? formatReportDecimal(pct) : String(pct)) + '%';
}

/**
 * `part / whole` as a Vietnamese percentage, rounded once from the exact ratio
 * to one decimal (a share already rounded to four places would be rounded
 * twice: 6/11 = 0,54545… → 0,5455 → "54,6%" instead of "54,5%"); `"—"` when
 * `whole` is 0.
 * @example
 * ```ts
 * formatReportRatio(6, 11); // "54,5%"
 * formatReportRatio(6, 11, 'en'); // "54.5%"
 * ```
 */
export function formatReportRatio(part: number, whole: number, lang: 'vi' | 'en' = 'vi'): string {
  if (!Number.isFinite(part) || !Number.isFinite(whole) || whole === 0) return '—';
  // Integer arithmetic first: part * 1000 / whole is exact enough for counts, and rounds once.
  const pct = Math.round((part * 1000) / whole) / 10;
  return (lang === 'vi' ? formatReportDecimal(pct) : String(pct)) + '%';
}

/**
 * `YYYY-MM-DD` → `dd/mm/yyyy`: the one date formatter, {@link formatDateVi}, under its older name.
 * @deprecated use `formatDateVi` (calendar)
 * @example
 * ```ts
 * formatReportDate('2025-01-14'); // "14/01/2025"
 * ```
 */
export const formatReportDate: (d: IsoDate) => string = formatDateVi;

/**
 * `YYYY-MM` → `mm/yyyy`.
 * @example
 * ```ts
 * formatReportMonth('2025-01'); // "01/2025"
 * ```
 */
export function formatReportMonth(ym: string): string {
  return `${ym.slice(5, 7)}/${ym.slice(0, 4)}`;
}

const KIND_WORDS: Record<CommuneKind, { vi: string; en: string }> = {
  xa: { vi: 'xã', en: 'communes' },
  phuong: { vi: 'phường', en: 'wards' },
  'thi-tran': { vi: 'thị trấn', en: 'townships' },
  'dac-khu': { vi: 'đặc khu', en: 'special zones' },
};

/**
 * How to call the commune-level units counted: "xã", "phường" or "xã, phường".
 * @example
 * ```ts
 * communeKindWords(['xa', 'phuong']).vi; // "xã, phường"
 * ```
 */
export function communeKindWords(kinds: readonly CommuneKind[], tier: 'communes' | 'villages' = 'communes'): { vi: string; en: string } {
  if (tier === 'villages') return { vi: 'thôn, bản', en: 'villages' };
  const order: CommuneKind[] = ['xa', 'phuong', 'thi-tran', 'dac-khu'];
  const present = order.filter((k) => kinds.includes(k));
  if (present.length === 0) return KIND_WORDS.xa;
  if (present.length === 1) return KIND_WORDS[present[0]!];
  return { vi: present.map((k) => KIND_WORDS[k].vi).join(', '), en: 'communes' };
}

/**
 * Joins a list the way a sentence does.
 * @example
 * ```ts
 * joinReportList(['a', 'b', 'c'], 'vi'); // "a, b và c"
 * ```
 */
export function joinReportList(items: readonly string[], lang: 'vi' | 'en'): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'vi' ? ' và ' : ' and ';
  return items.slice(0, -1).join(', ') + and + items[items.length - 1];
}

/**
 * A file size as a person reads it: bytes under 1 KB, whole kilobytes under 1 MB, megabytes with one
 * decimal under 10 MB (a comma in Vietnamese) and whole ones above — never "0.0 MB" for a small file.
 *
 * @param bytes the size in bytes (1 KB = 1,024 bytes)
 * @param lang `vi` (default) or `en`
 * @returns e.g. `"37 KB"`, `"1,4 MB"` (`"1.4 MB"` in English), `"850 byte"` (`"850 bytes"`)
 * @example
 * ```ts
 * formatFileSize(37_465);       // "37 KB"
 * formatFileSize(1_438_910);    // "1,4 MB"
 * formatFileSize(1_438_910, 'en'); // "1.4 MB"
 * formatFileSize(1, 'en');      // "1 byte"
 * ```
 */
export function formatFileSize(bytes: number, lang: 'vi' | 'en' = 'vi'): string {
  const KB = 1024;
  const MB = KB * KB;
  if (!Number.isFinite(bytes) || bytes < KB) {
    const n = Math.max(0, Math.round(bytes || 0));
    return lang === 'en' ? `${n} ${n === 1 ? 'byte' : 'bytes'}` : `${n} byte`;
  }
  const kb = Math.round(bytes / KB);
  if (kb < KB) return `${kb} KB`;
  const mb = bytes / MB;
  if (mb >= 10) return `${Math.round(mb).toLocaleString(lang === 'en' ? 'en-US' : 'vi-VN')} MB`;
  const text = (Math.round(mb * 10) / 10).toFixed(1);
  return `${lang === 'vi' ? text.replace('.', ',') : text} MB`;
}
