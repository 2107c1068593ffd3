/**
 * Words clerks put in tick, presence and holiday-kind cells, as unaccented
 * folded keys. Data only; records/cellValues.ts reads them.
 */
import type { HolidayKind } from '../model.js';

/** Marks meaning "yes / present" in a tick column. */
export const YES_WORDS: readonly string[] = ['x', 'co', 'v', 'yes', 'y', 'true', '1', 'ok', 'du', 'co mat', 'tham du', 'co du', '+'];
/** Marks meaning "no / absent". */
export const NO_WORDS: readonly string[] = ['khong', 'k', 'no', 'n', 'false', '0', '-', 'vang', 'vang mat', 'khong du', 'ko'];
/** Tick symbols; the crossed ones mean "no". */
export const TICK_SYMBOLS: Readonly<Record<string, boolean>> = { '✓': true, '✔': true, '☑': true, '√': true, '☒': false, '✗': false };

/** Holiday kinds: "Nghỉ", "Nghỉ bù" → off; "Làm bù", "Làm việc bù" → make-up working day. */
export const HOLIDAY_KIND_WORDS: Readonly<Record<string, HolidayKind>> = {
  nghi: 'off',
  'nghi bu': 'off',
  'nghi le': 'off',
  'nghi tet': 'off',
  'ngay nghi': 'off',
  'nghi le tet': 'off',
  off: 'off',
  'lam bu': 'workday',
  'lam viec bu': 'workday',
  'di lam bu': 'workday',
  'ngay lam bu': 'workday',
  'lam viec': 'workday',
  workday: 'workday',
};
