/**
 * The statutory holidays as dated law: each holiday with the law and article
 * that grants it and the day it applies from, so a change of law (the Labour
 * Code of 2012 giving Tết five days from 1 May 2013, the Code of 2019 giving
 * National Day a second day from 2021, Resolution 28/2026/QH16 adding
 * Vietnamese Culture Day from 1 July 2026) is one entry here, not code.
 * The engine (calendar/holidays.ts) picks, for each holiday of a year, the
 * entry whose validity covers the holiday's own day.
 *
 * History before the Labour Code of 1994 is not modelled: its entries also
 * serve earlier years, which their citation says.
 *
 * @packageDocumentation
 */
import type { IsoDate } from '../model.js';
import type { LegalPlace, LegalTextId } from './legalTexts.js';

/** A public holiday, by what it celebrates. `reunification` is 30 April, `labour` 1 May. */
export type HolidayOccasion = 'new-year' | 'tet' | 'hung-kings' | 'reunification' | 'labour' | 'national-day' | 'culture-day';

/** When a holiday falls. */
export type HolidayDay =
  /** A fixed day of the solar year. */
  | { kind: 'solar'; month: number; day: number }
  /** A fixed day of the Vietnamese lunar year (Hùng Kings: 10/3). */
  | { kind: 'lunar'; month: number; day: number }
  /** Tết: `before` days at the end of the old lunar year and `from` days from its first day. */
  | { kind: 'tet'; before: number; from: number }
  /** National Day: 2 September and `adjacent` more days next to it. */
  | { kind: 'national-day'; adjacent: 0 | 1 };

/** One holiday as one law grants it, for the holidays that fall in its validity. */
export interface StatutoryHoliday {
  occasion: HolidayOccasion;
  name: { vi: string; en: string };
  day: HolidayDay;
  /** The law applies to a holiday whose own day (for Tết, the first day of the lunar year) is on or after this date. */
  validFrom: IsoDate;
  /** Last day it applies to; null while in force. */
  validTo: IsoDate | null;
  /** The law and where in it. */
  law: LegalTextId;
  place: LegalPlace;
  /**
   * A holiday on a weekly day off gives the next working day off (Labour Code 2019, Art. 111(3) and its
   * predecessors); false where the law granting it is outside that rule.
   */
  compensated: boolean;
  /** Where the compensation rule is (for the citation of a "Nghỉ bù" day). */
  compensation: { law: LegalTextId; place: LegalPlace } | null;
  /**
   * The Prime Minister fixes the days each year (Tết's five days, National Day's adjacent day): without
   * an announcement the days are an estimate, and say so.
   */
  decidedYearly: boolean;
}

const NEW_YEAR = { vi: 'Tết Dương lịch', en: "New Year's Day" };
const TET = { vi: 'Tết Nguyên Đán', en: 'Lunar New Year (Tết)' };
const HUNG_KINGS = { vi: 'Giỗ Tổ Hùng Vương', en: "Hùng Kings' Commemoration" };
const REUNIFICATION = { vi: 'Ngày Giải phóng miền Nam, thống nhất đất nước', en: 'Reunification Day' };
const LABOUR = { vi: 'Ngày Quốc tế Lao động', en: 'International Labour Day' };
const NATIONAL_DAY = { vi: 'Quốc khánh', en: 'National Day' };
const CULTURE_DAY = { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnamese Culture Day' };

// Eras: the Labour Code of 1994 (and, for earlier years, as if it applied), of 2012 and of 2019.
const ERA_1994 = { validFrom: '1900-01-01', validTo: '2013-04-30' } as const;
const ERA_2012 = { validFrom: '2013-05-01', validTo: '2020-12-31' } as const;
const ERA_2019 = { validFrom: '2021-01-01', validTo: null } as const;
const COMP_1994 = { law: 'labour-code-1994', place: { article: 73 } } as const;
const COMP_2012 = { law: 'labour-code-2012', place: { article: 115, clause: 3 } } as const;
const COMP_2019 = { law: 'labour-code-2019', place: { article: 111, clause: 3 } } as const;

/**
 * Every statutory holiday by era, oldest first within each holiday. Tết 2013
 * (10 February 2013) came before the Labour Code 2012 took effect and had
 * four days; Tết 2014 had five.
 */
export const STATUTORY_HOLIDAYS: readonly StatutoryHoliday[] = [
  { occasion: 'new-year', name: NEW_YEAR, day: { kind: 'solar', month: 1, day: 1 }, ...ERA_1994, law: 'labour-code-1994', place: { article: 73 }, compensated: true, compensation: COMP_1994, decidedYearly: false },
  { occasion: 'new-year', name: NEW_YEAR, day: { kind: 'solar', month: 1, day: 1 }, ...ERA_2012, law: 'labour-code-2012', place: { article: 115, clause: 1, point: 'a' }, compensated: true, compensation: COMP_2012, decidedYearly: false },
  { occasion: 'new-year', name: NEW_YEAR, day: { kind: 'solar', month: 1, day: 1 }, ...ERA_2019, law: 'labour-code-2019', place: { article: 112, clause: 1, point: 'a' }, compensated: true, compensation: COMP_2019, decidedYearly: false },

  { occasion: 'tet', name: TET, day: { kind: 'tet', before: 1, from: 3 }, ...ERA_1994, law: 'labour-code-1994', place: { article: 73 }, compensated: true, compensation: COMP_1994, decidedYearly: false },
  { occasion: 'tet', name: TET, day: { kind: 'tet', before: 1, from: 4 }, ...ERA_2012, law: 'labour-code-2012', place: { article: 115, clause: 1, point: 'b' }, compensated: true, compensation: COMP_2012, decidedYearly: true },
  { occasion: 'tet', name: TET, day: { kind: 'tet', before: 1, from: 4 }, ...ERA_2019, law: 'labour-code-2019', place: { article: 112, clause: 1, point: 'b' }, compensated: true, compensation: COMP_2019, decidedYearly: true },

  // Hùng Kings' day became a day off by Law 84/2007/QH11 (first observed 26 April 2007).
  { occasion: 'hung-kings', name: HUNG_KINGS, day: { kind: 'lunar', month: 3, day: 10 }, validFrom: '2007-04-02', validTo: '2013-04-30', law: 'law-84-2007', place: {}, compensated: true, compensation: COMP_1994, decidedYearly: false },
  { occasion: 'hung-kings', name: HUNG_KINGS, day: { kind: 'lunar', month: 3, day: 10 }, ...ERA_2012, law: 'labour-code-2012', place: { article: 115, clause: 1, point: 'e' }, compensated: true, compensation: COMP_2012, decidedYearly: false },
  { occasion: 'hung-kings', name: HUNG_KINGS, day: { kind: 'lunar', month: 3, day: 10 }, ...ERA_2019, law: 'labour-code-2019', place: { article: 112, clause: 1, point: 'e' }, compensated: true, compensation: COMP_2019, decidedYearly: false },

  { occasion: 'reunification', name: REUNIFICATION, day: { kind: 'solar', month: 4, day: 30 }, ...ERA_1994, law: 'labour-code-1994', place: { article: 73 }, compensated: true, compensation: COMP_1994, decidedYearly: false },
  { occasion: 'reunification', name: REUNIFICATION, day: { kind: 'solar', month: 4, day: 30 }, ...ERA_2012, law: 'labour-code-2012', place: { article: 115, clause: 1, point: 'c' }, compensated: true, compensation: COMP_2012, decidedYearly: false },
  { occasion: 'reunification', name: REUNIFICATION, day: { kind: 'solar', month: 4, day: 30 }, ...ERA_2019, law: 'labour-code-2019', place: { article: 112, clause: 1, point: 'c' }, compensated: true, compensation: COMP_2019, decidedYearly: false },

  { occasion: 'labour', name: LABOUR, day: { kind: 'solar', month: 5, day: 1 }, ...ERA_1994, law: 'labour-code-1994', place: { article: 73 }, compensated: true, compensation: COMP_1994, decidedYearly: false },
  { occasion: 'labour', name: LABOUR, day: { kind: 'solar', month: 5, day: 1 }, ...ERA_2012, law: 'labour-code-2012', place: { article: 115, clause: 1, point: 'd' }, compensated: true, compensation: COMP_2012, decidedYearly: false },
  { occasion: 'labour', name: LABOUR, day: { kind: 'solar', month: 5, day: 1 }, ...ERA_2019, law: 'labour-code-2019', place: { article: 112, clause: 1, point: 'd' }, compensated: true, compensation: COMP_2019, decidedYearly: false },

  { occasion: 'national-day', name: NATIONAL_DAY, day: { kind: 'national-day', adjacent: 0 }, ...ERA_1994, law: 'labour-code-1994', place: { article: 73 }, compensated: true, compensation: COMP_1994, decidedYearly: false },
  { occasion: 'national-day', name: NATIONAL_DAY, day: { kind: 'national-day', adjacent: 0 }, ...ERA_2012, law: 'labour-code-2012', place: { article: 115, clause: 1, point: 'đ' }, compensated: true, compensation: COMP_2012, decidedYearly: false },
  // Art. 112(1)(đ): 2 September and one adjacent day before or after; Art. 112(3): the Prime Minister decides which.
  { occasion: 'national-day', name: NATIONAL_DAY, day: { kind: 'national-day', adjacent: 1 }, ...ERA_2019, law: 'labour-code-2019', place: { article: 112, clause: 1, point: 'đ' }, compensated: true, compensation: COMP_2019, decidedYearly: true },

  // Resolution 28/2026/QH16, Art. 2: a paid day off outside Art. 112(1), so Art. 111(3)'s compensation does not reach it.
  { occasion: 'culture-day', name: CULTURE_DAY, day: { kind: 'solar', month: 11, day: 24 }, validFrom: '2026-07-01', validTo: null, law: 'resolution-28-2026', place: { article: 2 }, compensated: false, compensation: null, decidedYearly: false },
];

/** Names of the holidays and of the day kinds, Vietnamese and English. */
export const HOLIDAY_NAMES = {
  newYear: NEW_YEAR,
  tet: TET,
  hungKings: HUNG_KINGS,
  reunification: REUNIFICATION,
  labour: LABOUR,
  nationalDay: NATIONAL_DAY,
  cultureDay: CULTURE_DAY,
  compensatoryPrefix: { vi: 'Nghỉ bù', en: 'Compensatory day off for' },
  makeUpPrefix: { vi: 'Làm bù', en: 'Make-up working day for' },
} as const;
