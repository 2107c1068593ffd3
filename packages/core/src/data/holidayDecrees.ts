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
export const HOLIDAY_DATA_VERSION = '2026-12-01';

/** The holiday rules of one Labour Code era. */
export interface LabourCodeEra {
  /** First year the era can apply in (kept for callers that pick an era by year). */
  fromYear: number;
  /** The day the law came into force: a holiday before it follows the previous era. */
  inForce: IsoDate;
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
 * modelled: the oldest era applies back to 1900. An era applies to a holiday
 * that falls on or after its `inForce` date: Tết 2013 (10 Feb 2013) came
 * before the Labour Code 2012 (in force 1 May 2013) and had four days.
 */
export const LABOUR_CODE_ERAS: readonly LabourCodeEra[] = [
  { fromYear: 1900, inForce: '1900-01-01', law: 'Bộ luật Lao động 1994, Điều 73', tetDaysBefore: 1, tetDaysFrom: 3, hungKings: false, nationalDayDays: 1 },
  // Law 84/2007/QH11 amending Art. 73: Hùng Kings' day becomes a day off (first observed 26/04/2007).
  { fromYear: 2007, inForce: '2007-04-02', law: 'Luật 84/2007/QH11 sửa đổi Điều 73 Bộ luật Lao động', tetDaysBefore: 1, tetDaysFrom: 3, hungKings: true, nationalDayDays: 1 },
  // Labour Code 2012, Art. 115 (in force 1 May 2013): Tết 5 days, first applied to Tết 2014.
  { fromYear: 2013, inForce: '2013-05-01', law: 'Bộ luật Lao động 2012, Điều 115 (hiệu lực 01/05/2013)', tetDaysBefore: 1, tetDaysFrom: 4, hungKings: true, nationalDayDays: 1 },
  // Labour Code 2019, Art. 112 (in force 1 Jan 2021): National Day 2 days.
  { fromYear: 2021, inForce: '2021-01-01', law: 'Bộ luật Lao động 2019, Điều 112 (hiệu lực 01/01/2021)', tetDaysBefore: 1, tetDaysFrom: 4, hungKings: true, nationalDayDays: 2 },
];

/**
 * The holiday (or pair of holidays taken as one break) that an announced
 * break replaces the rule for. `reunification-labour` is 30/4 and 1/5 together.
 */
export type DecreedHoliday = 'new-year' | 'tet' | 'hung-kings' | 'reunification-labour' | 'national-day';

/** Where an announced break comes from: the document as its issuer numbered and dated it. */
export interface HolidayAnnouncement {
  /** Issuing body, e.g. "Văn phòng Chính phủ", "Bộ Lao động - Thương binh và Xã hội". */
  issuer: string;
  /** Document number as printed ("2450/VPCP-KGVX"), or null when we could not find it. */
  document: string | null;
  /** Signing date, or null when we could not find it (then `year` says when). */
  date: IsoDate | null;
  /** Year of the document when the day is not known. */
  year?: number;
  /**
   * `true` when the number and date were checked against a publication of the
   * document; `false` when only the dates of the break are confirmed (press
   * reports of the announcement) and the document itself is still to be cited.
   */
  verified: boolean;
  /** What the citation rests on, in a few words (e.g. the press report that quotes it). */
  basis?: string;
}

/** One decreed break for civil servants (weekends included), with its make-up working days. */
export interface HolidayDecree {
  /** The year the holiday belongs to (New Year 2019's break starts 29/12/2018). */
  year: number;
  holiday: DecreedHoliday;
  /** First and last day off, inclusive. */
  from: IsoDate;
  to: IsoDate;
  /** Saturdays (or other days off) decreed to be worked in exchange, if any. */
  workdays: readonly IsoDate[];
  /** Where the dates come from, as one line for a clerk. */
  reference: string;
  /** The announcement, when we have its issuer (and ideally number and date). */
  announcement?: HolidayAnnouncement;
}

const SPEC_REF = 'Lịch nghỉ công bố cho cán bộ, công chức, viên chức (SPEC §2.2)';

const VPCP = 'Văn phòng Chính phủ';
const MOLISA = 'Bộ Lao động - Thương binh và Xã hội';

/** Announced in 2018 for the whole of 2019 (Tết Dương lịch, Tết, 30/4–1/5). */
const ANN_2019: HolidayAnnouncement = {
  issuer: `${MOLISA} (thực hiện ý kiến Thủ tướng Chính phủ)`,
  document: null,
  date: null,
  year: 2018,
  verified: false,
  basis: 'Báo Tiền Phong 07/2018 "Thủ tướng chốt nghỉ Tết Âm 9 ngày, Tết Dương hoán đổi ngày"; số văn bản chưa tra được',
};
/** Announced in late 2024 for 2025 (Tết, 30/4–1/5, Quốc khánh). */
const ANN_2025: HolidayAnnouncement = {
  issuer: `${MOLISA} (thực hiện Công văn 8726/VPCP-KGVX năm 2024 của ${VPCP})`,
  document: '6150/TB-LĐTBXH',
  date: null,
  year: 2024,
  verified: true,
  basis: 'Thông báo 6150 năm 2024 của Bộ LĐTBXH (báo Đà Nẵng, docnhanh.vn ghi số hiệu 6150/TB-BLĐTBXH), thực hiện Công văn 8726/VPCP-KGVX; ngày ký chưa tra được',
};

const cite = (a: HolidayAnnouncement): string =>
  `${a.document ? `${a.document}${a.date ? ` ngày ${a.date.slice(8, 10)}/${a.date.slice(5, 7)}/${a.date.slice(0, 4)}` : a.year ? ` năm ${a.year}` : ''} của ` : 'Thông báo của '}${a.issuer}${a.verified ? '' : ` (${a.basis ?? 'chưa kiểm tra số văn bản'})`}`;

/**
 * Known decreed breaks. Tết and National Day 2017–2026 are those SPEC §2.2
 * lists; the swaps around New Year and 30/4–1/5 are cited one by one. A day
 * off inside `from`..`to` that would otherwise be worked is the swapped day;
 * `workdays` are the Saturdays worked in exchange.
 */
export const HOLIDAY_DECREES: readonly HolidayDecree[] = [
  { year: 2017, holiday: 'tet', from: '2017-01-26', to: '2017-02-01', workdays: [], reference: SPEC_REF },
  { year: 2018, holiday: 'tet', from: '2018-02-14', to: '2018-02-20', workdays: [], reference: 'Ý kiến của Thủ tướng Chính phủ về nghỉ lễ, Tết năm 2018 (Văn phòng Chính phủ); SPEC §2.2' },
  { year: 2019, holiday: 'new-year', from: '2018-12-29', to: '2019-01-01', workdays: ['2019-01-05'], reference: cite(ANN_2019), announcement: ANN_2019 },
  { year: 2019, holiday: 'tet', from: '2019-02-02', to: '2019-02-10', workdays: [], reference: SPEC_REF, announcement: ANN_2019 },
  { year: 2019, holiday: 'reunification-labour', from: '2019-04-27', to: '2019-05-01', workdays: ['2019-05-04'], reference: cite(ANN_2019), announcement: ANN_2019 },
  { year: 2020, holiday: 'tet', from: '2020-01-23', to: '2020-01-29', workdays: [], reference: 'Thông báo của Bộ LĐTBXH về nghỉ Tết Âm lịch 2020 (23/01–29/01/2020); SPEC §2.2' },
  { year: 2021, holiday: 'tet', from: '2021-02-10', to: '2021-02-16', workdays: [], reference: SPEC_REF },
  { year: 2022, holiday: 'tet', from: '2022-01-29', to: '2022-02-06', workdays: [], reference: 'Công văn 245/VPCP-KGVX ngày 11/01/2022 (5 ngày Tết và 4 ngày cuối tuần); SPEC §2.2' },
  { year: 2023, holiday: 'tet', from: '2023-01-20', to: '2023-01-26', workdays: [], reference: SPEC_REF },
  { year: 2024, holiday: 'tet', from: '2024-02-08', to: '2024-02-14', workdays: [], reference: SPEC_REF },
  {
    year: 2024, holiday: 'reunification-labour', from: '2024-04-27', to: '2024-05-01', workdays: ['2024-05-04'],
    announcement: { issuer: VPCP, document: '2450/VPCP-KGVX', date: '2024-04-12', verified: true, basis: 'Công văn 2450/VPCP-KGVX ngày 12/04/2024, dẫn trên Báo Pháp luật Việt Nam và Báo Tin tức' },
    reference: 'Công văn 2450/VPCP-KGVX ngày 12/04/2024 của Văn phòng Chính phủ (hoán đổi thứ Hai 29/04 với thứ Bảy 04/05/2024)',
  },
  { year: 2025, holiday: 'tet', from: '2025-01-25', to: '2025-02-02', workdays: [], reference: SPEC_REF, announcement: ANN_2025 },
  { year: 2025, holiday: 'reunification-labour', from: '2025-04-30', to: '2025-05-04', workdays: ['2025-04-26'], reference: `${cite(ANN_2025)} (hoán đổi thứ Sáu 02/05 với thứ Bảy 26/04/2025)`, announcement: ANN_2025 },
  { year: 2026, holiday: 'tet', from: '2026-02-14', to: '2026-02-22', workdays: [], reference: SPEC_REF },
  { year: 2021, holiday: 'national-day', from: '2021-09-02', to: '2021-09-05', workdays: [], reference: SPEC_REF },
  { year: 2022, holiday: 'national-day', from: '2022-09-01', to: '2022-09-04', workdays: [], reference: SPEC_REF },
  { year: 2023, holiday: 'national-day', from: '2023-09-01', to: '2023-09-04', workdays: [], reference: SPEC_REF },
  { year: 2024, holiday: 'national-day', from: '2024-08-31', to: '2024-09-03', workdays: [], reference: SPEC_REF },
  { year: 2025, holiday: 'national-day', from: '2025-08-30', to: '2025-09-02', workdays: [], reference: `${cite(ANN_2025)} (nghỉ thứ Hai 01/09 và thứ Ba 02/09/2025)`, announcement: ANN_2025 },
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
