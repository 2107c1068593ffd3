/**
 * Vietnamese public-holiday law as versioned data: the Labour Code's rules by
 * era and the Prime Minister's yearly decreed breaks for civil servants.
 * The engine in calendar/holidays.ts reads this; extend it only from official
 * announcements, and bump HOLIDAY_DATA_VERSION when you do.
 *
 * @packageDocumentation
 */
import type { IsoDate } from '../model.js';

/** Version of this data set (date of the last change). */
export const HOLIDAY_DATA_VERSION = '2025-06-01';

/** The holiday rules of one Labour Code era (first year inclusive). */
export interface LabourCodeEra {
  fromYear: number;
  /** Law the era comes from. */
  law: string;
  /** Tết days before the first day of the lunar year (the last day(s) of the old year). */
  tetDaysBefore: number;
  /** Tết days from the first day of the lunar year. */
  tetDaysFrom: number;
  /** Hùng Kings' Commemoration (10/3 lunar) is a day off. */
  hungKings: boolean;
  /** National Day days: 1 (2 Sep) or 2 (2 Sep and an adjacent day). */
  nationalDayDays: 1 | 2;
}

/**
 * Eras, oldest first. Earlier history (before the 1994 Labour Code) is not
 * modelled: the oldest era applies back to 1900.
 */
export const LABOUR_CODE_ERAS: readonly LabourCodeEra[] = [
  { fromYear: 1900, law: 'Bộ luật Lao động 1994', tetDaysBefore: 1, tetDaysFrom: 3, hungKings: false, nationalDayDays: 1 },
  // Law 84/2007/QH11 amending Art. 73: Hùng Kings' day becomes a day off.
  { fromYear: 2007, law: 'Luật 84/2007/QH11 sửa đổi Bộ luật Lao động', tetDaysBefore: 1, tetDaysFrom: 3, hungKings: true, nationalDayDays: 1 },
  // Labour Code 2012, Art. 115 (in force 1 May 2013): Tết 5 days.
  { fromYear: 2013, law: 'Bộ luật Lao động 2012, Điều 115', tetDaysBefore: 1, tetDaysFrom: 4, hungKings: true, nationalDayDays: 1 },
  // Labour Code 2019, Art. 112 (in force 1 Jan 2021): National Day 2 days.
  { fromYear: 2021, law: 'Bộ luật Lao động 2019, Điều 112', tetDaysBefore: 1, tetDaysFrom: 4, hungKings: true, nationalDayDays: 2 },
];

/** Which holiday a decreed break replaces the rule for. */
export type DecreedHoliday = 'tet' | 'national-day';

/** One decreed break for civil servants (weekends included), with its make-up working days. */
export interface HolidayDecree {
  /** The year the holiday belongs to. */
  year: number;
  holiday: DecreedHoliday;
  /** First and last day off, inclusive. */
  from: IsoDate;
  to: IsoDate;
  /** Saturdays (or other days off) decreed to be worked in exchange, if any. */
  workdays: readonly IsoDate[];
  /** Where the dates come from. */
  reference: string;
}

const SPEC_REF = 'Lịch nghỉ công bố cho cán bộ, công chức, viên chức (SPEC §2.2)';

/**
 * Known decreed breaks (SPEC §2.2). No make-up working days are listed: none of
 * these breaks needed one, and we ship only what an announcement confirms.
 */
export const HOLIDAY_DECREES: readonly HolidayDecree[] = [
  { year: 2017, holiday: 'tet', from: '2017-01-26', to: '2017-02-01', workdays: [], reference: SPEC_REF },
  { year: 2018, holiday: 'tet', from: '2018-02-14', to: '2018-02-20', workdays: [], reference: 'Ý kiến của Thủ tướng Chính phủ về nghỉ lễ, Tết năm 2018 (Văn phòng Chính phủ); SPEC §2.2' },
  { year: 2019, holiday: 'tet', from: '2019-02-02', to: '2019-02-10', workdays: [], reference: SPEC_REF },
  { year: 2020, holiday: 'tet', from: '2020-01-23', to: '2020-01-29', workdays: [], reference: 'Thông báo của Bộ LĐTBXH về nghỉ Tết Âm lịch 2020 (23/01–29/01/2020); SPEC §2.2' },
  { year: 2021, holiday: 'tet', from: '2021-02-10', to: '2021-02-16', workdays: [], reference: SPEC_REF },
  { year: 2022, holiday: 'tet', from: '2022-01-29', to: '2022-02-06', workdays: [], reference: 'Công văn 245/VPCP-KGVX ngày 11/01/2022 (5 ngày Tết và 4 ngày cuối tuần); SPEC §2.2' },
  { year: 2023, holiday: 'tet', from: '2023-01-20', to: '2023-01-26', workdays: [], reference: SPEC_REF },
  { year: 2024, holiday: 'tet', from: '2024-02-08', to: '2024-02-14', workdays: [], reference: SPEC_REF },
  { year: 2025, holiday: 'tet', from: '2025-01-25', to: '2025-02-02', workdays: [], reference: SPEC_REF },
  { year: 2026, holiday: 'tet', from: '2026-02-14', to: '2026-02-22', workdays: [], reference: SPEC_REF },
  { year: 2021, holiday: 'national-day', from: '2021-09-02', to: '2021-09-05', workdays: [], reference: SPEC_REF },
  { year: 2022, holiday: 'national-day', from: '2022-09-01', to: '2022-09-04', workdays: [], reference: SPEC_REF },
  { year: 2023, holiday: 'national-day', from: '2023-09-01', to: '2023-09-04', workdays: [], reference: SPEC_REF },
  { year: 2024, holiday: 'national-day', from: '2024-08-31', to: '2024-09-03', workdays: [], reference: SPEC_REF },
];

/** Names of the holidays, Vietnamese and English. */
export const HOLIDAY_NAMES = {
  newYear: { vi: 'Tết Dương lịch', en: "New Year's Day" },
  tet: { vi: 'Tết Nguyên Đán', en: 'Lunar New Year (Tết)' },
  hungKings: { vi: 'Giỗ Tổ Hùng Vương', en: "Hùng Kings' Commemoration" },
  reunification: { vi: 'Ngày Giải phóng miền Nam, thống nhất đất nước', en: 'Reunification Day' },
  labour: { vi: 'Ngày Quốc tế Lao động', en: 'International Labour Day' },
  nationalDay: { vi: 'Quốc khánh', en: 'National Day' },
  compensatoryPrefix: { vi: 'Nghỉ bù', en: 'Compensatory day off for' },
  makeUpPrefix: { vi: 'Làm bù', en: 'Make-up working day for' },
} as const;
