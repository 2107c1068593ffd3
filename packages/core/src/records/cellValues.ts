/**
 * Small value readers shared by the record readers: lists, ticks, counts,
 * kinds of unit and holiday. Wording lives in data tables at the top.
 */
import type { CommuneKind, HolidayKind } from '../model.js';
import { COMMUNE_KIND_PREFIXES } from '../data/communeKinds.js';
import { HOLIDAY_KIND_WORDS, NO_WORDS, TICK_SYMBOLS, YES_WORDS } from '../data/readingWords.js';
import { unaccentedKey } from '../text/index.js';
import type { CellValue } from '../workbook/grid.js';

const YES = new Set(YES_WORDS);
const NO = new Set(NO_WORDS);

/**
 * A tick cell: `true` for x / có / ✓ / a positive number / a name written in,
 * `false` for không / 0 / -, `null` when blank.
 */
export function readTick(v: CellValue): boolean | null {
  if (v === null) return null;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v > 0 : null;
  const t = v.trim();
  if (t === '') return null;
  const tick = TICK_SYMBOLS[t];
  if (tick !== undefined) return tick;
  const k = unaccentedKey(t);
  if (YES.has(k)) return true;
  if (NO.has(k)) return false;
  // A name or number written in the column ("Đ/c Thắng", "2 đồng chí") means present.
  return true;
}

/**
 * A head count or presence: `15` for 15 / "15 người", `true` for x, `false` for 0 / không.
 */
export function readCount(v: CellValue): number | boolean | null {
  if (v === null) return null;
  if (typeof v === 'number') return Number.isFinite(v) && v > 0 ? Math.round(v) : false;
  if (typeof v === 'boolean') return v;
  const m = /^\s*(\d{1,6})\b/.exec(v);
  if (m) {
    const n = Number(m[1]);
    return n > 0 ? n : false;
  }
  return readTick(v);
}

/** Splits a list cell: "Nà Khoa, Nậm Ban; Tả Phìn và Sín Chải". */
export function splitList(s: string | null): string[] {
  if (!s) return [];
  return s
    .split(/[,;\n\r+]+|\s+và\s+/u)
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

/** "Xã", "Phường", "TT", "đặc khu" → kind; `undefined` when unrecognised. */
export function readCommuneKind(s: string): CommuneKind | undefined {
  const k = unaccentedKey(s.replace(/\./g, ' '));
  for (const p of COMMUNE_KIND_PREFIXES) if (p.key === k) return p.kind;
  return undefined;
}

/** "Nghỉ", "Nghỉ bù" → off; "Làm bù", "Làm việc bù" → workday; `undefined` when unrecognised. */
export function readHolidayKind(s: string): HolidayKind | undefined {
  return HOLIDAY_KIND_WORDS[unaccentedKey(s)];
}

/** A "Cố định" mark: x / có / ✓ / true / 1. */
export function readFixed(v: CellValue): boolean {
  return readTick(v) === true;
}
