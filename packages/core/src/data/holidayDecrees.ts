/**
 * The announced breaks for civil servants, as versioned data: for each year
 * the Tết, National Day, New Year, 30 April–1 May and Hùng Kings breaks the
 * Prime Minister decided (through the Government Office, the Ministry of
 * Labour — Invalids and Social Affairs until 2025, the Ministry of Home
 * Affairs since), with every swapped weekday and make-up Saturday, each
 * citing its own notice. The statutory holidays themselves are in
 * data/statutoryHolidays.ts; the engine (calendar/holidays.ts) uses an
 * announced break instead of the statute's days for that holiday and year.
 *
 * Extend this only from the notices (or reliable reports of them) and bump
 * HOLIDAY_DATA_VERSION when you do. Years 2010–2012 are not here: their
 * notices could not be found.
 *
 * @packageDocumentation
 */
import type { IsoDate } from '../model.js';

/** Version of this data set (date of the last change). */
export const HOLIDAY_DATA_VERSION = '2026-12-07';

/**
 * The holiday (or holidays taken as one break) that an announced break
 * replaces the statute's days for. `reunification-labour` is 30 April and 1 May together.
 */
export type DecreedHoliday = 'new-year' | 'tet' | 'hung-kings' | 'reunification-labour' | 'national-day' | 'culture-day';

/** Where an announced break comes from: the document as its issuer numbered and dated it. */
export interface HolidayAnnouncement {
  /** Issuing body, e.g. "Văn phòng Chính phủ", "Bộ Nội vụ". */
  issuer: string;
  /** Kind and number as printed ("Công văn 2450/VPCP-KGVX"), or null when the number could not be found. */
  document: string | null;
  /** Signing date, or null when it could not be found (then `year` says when). */
  date: IsoDate | null;
  /** Year of the document when the day is not known. */
  year?: number;
  /** What the document is about (its trích yếu), in short. */
  title?: string;
  /** The document this one carries out or announces (the Government Office's letter behind a ministry's notice). */
  implements?: string;
  /**
   * `true` when the number and date were read in the document or in a report quoting it; `false` when
   * only the days of the break are confirmed (or the number comes from secondary material) — `basis` says which.
   */
  verified: boolean;
  /** What the citation rests on, in a few words (Vietnamese). */
  basis: string;
}

/** One announced break for civil servants (weekends included), with its make-up working days. */
export interface HolidayDecree {
  /** The year the holiday belongs to (New Year 2019's break starts 29/12/2018). */
  year: number;
  holiday: DecreedHoliday;
  /** First and last day off, inclusive. */
  from: IsoDate;
  to: IsoDate;
  /** Saturdays decreed to be worked in exchange, if any. */
  workdays: readonly IsoDate[];
  /** Where the days come from, as one line for a clerk (derived from `announcement`). */
  reference: string;
  /** The same in English (the document keeps its Vietnamese number; why it is unverified stays in `reference`). */
  referenceEn: string;
  /** The notice. */
  announcement: HolidayAnnouncement;
}

const VPCP = 'Văn phòng Chính phủ';
const MOLISA = 'Bộ Lao động - Thương binh và Xã hội';
const MOHA = 'Bộ Nội vụ';

/** "Công văn 9570/VPCP-KGVX ngày 23/11/2012 của Văn phòng Chính phủ" (and why, when unverified). */
function cite(a: HolidayAnnouncement): string {
  const when = a.date ? ` ngày ${a.date.slice(8, 10)}/${a.date.slice(5, 7)}/${a.date.slice(0, 4)}` : a.year ? ` năm ${a.year}` : '';
  const head = a.document ? `${a.document}${when} của ${a.issuer}` : `Thông báo${when} của ${a.issuer}`;
  const impl = a.implements ? ` (thực hiện ${a.implements})` : '';
  return `${head}${impl}${a.verified ? '' : ` — chưa kiểm chứng: ${a.basis}`}`;
}

// ---- the notices, oldest first -------------------------------------------------------

const A2013: HolidayAnnouncement = {
  issuer: VPCP,
  document: 'Công văn 9570/VPCP-KGVX',
  date: '2012-11-23',
  title: 'Hoán đổi ngày nghỉ hằng tuần vào dịp nghỉ lễ, tết năm 2013 đối với cán bộ, công chức, viên chức',
  verified: true,
  basis: 'toàn văn công văn (eballsviet.com); Báo Thái Nguyên 28/12/2012, Báo Tiền Phong đưa tin',
};
const A2014: HolidayAnnouncement = {
  issuer: VPCP,
  document: 'Công văn 10525/VPCP-KGVX',
  date: '2013-12-12',
  title: 'Nghỉ Tết Âm lịch và hoán đổi ngày nghỉ hằng tuần vào dịp nghỉ lễ năm 2014 đối với cán bộ, công chức, viên chức',
  verified: true,
  basis: 'số và ngày theo tin của Sở GD&ĐT Điện Biên 18/12/2013; ngày nghỉ theo Báo Lao Động, Báo Đồng Tháp',
};
const A2015: HolidayAnnouncement = {
  issuer: `${MOLISA} (thực hiện ý kiến Thủ tướng Chính phủ)`,
  document: null,
  date: null,
  year: 2014,
  title: 'Lịch nghỉ Tết Âm lịch và hoán đổi ngày nghỉ hằng tuần dịp lễ, tết năm 2015',
  implements: 'Tờ trình 89/TTr-LĐTBXH ngày 20/11/2014',
  verified: false,
  basis: 'số văn bản chưa tìm được; ngày nghỉ và ngày làm bù theo tin "Thông báo chính thức lịch ngày nghỉ, ngày đi làm bù dịp lễ Tết 2015" (xahoi.com.vn) và Báo Mới',
};
const A2016: HolidayAnnouncement = {
  issuer: MOLISA,
  document: 'Thông báo 4659/TB-LĐTBXH',
  date: '2015-11-13',
  title: 'Nghỉ lễ, tết năm 2016',
  verified: true,
  basis: 'số và ngày theo báo Ngày Nay; Chính phủ thống nhất tại phiên họp 29/10/2015, không hoán đổi',
};
const A2017: HolidayAnnouncement = {
  issuer: VPCP,
  document: 'Công văn 9794/VPCP-KGVX',
  date: '2016-11-14',
  title: 'Nghỉ Tết Âm lịch Đinh Dậu 2017',
  verified: true,
  basis: 'số và ngày theo tin của Thư viện Pháp luật 16/11/2016',
};
const A2018: HolidayAnnouncement = {
  issuer: VPCP,
  document: 'Thông báo 573/TB-VPCP',
  date: '2017-12-14',
  title: 'Kết luận của Thủ tướng Chính phủ tại cuộc họp Thường trực Chính phủ về nghỉ lễ, tết năm 2018',
  verified: true,
  basis: 'toàn văn thông báo (luatminhkhue.vn)',
};
const A2019: HolidayAnnouncement = {
  issuer: VPCP,
  document: 'Công văn 6519/VPCP-KGVX',
  date: '2018-07-11',
  title: 'Nghỉ lễ, tết năm 2019 đối với cán bộ, công chức, viên chức',
  verified: true,
  basis: 'toàn văn công văn (Thư viện Pháp luật); Báo Tiền Phong 07/2018',
};
const A2020: HolidayAnnouncement = {
  issuer: `${MOLISA} (thực hiện ý kiến Thủ tướng Chính phủ)`,
  document: null,
  date: null,
  year: 2019,
  title: 'Nghỉ Tết Âm lịch năm 2020',
  verified: false,
  basis: 'số văn bản chưa tìm được; ngày nghỉ 23/01–29/01/2020 theo VietNamNet và Sở Công Thương Đắk Lắk (07/01/2020)',
};
const A2021: HolidayAnnouncement = {
  issuer: MOLISA,
  document: 'Thông báo 4875/TB-LĐTBXH',
  date: null,
  year: 2020,
  title: 'Nghỉ Tết Âm lịch và Quốc khánh năm 2021',
  verified: false,
  basis: 'số văn bản theo các bộ dữ liệu ngày nghỉ công khai, ngày ký chưa tìm được; ngày nghỉ theo báo SGGP 09/12/2020 và Hà Nội Mới',
};
const A2022: HolidayAnnouncement = {
  issuer: VPCP,
  document: 'Công văn 245/VPCP-KGVX',
  date: '2022-01-11',
  title: 'Nghỉ Tết Âm lịch và Quốc khánh năm 2022',
  verified: true,
  basis: 'toàn văn công văn (LuatVietnam); Bộ LĐTBXH thông báo lại bằng Thông báo 119/TB-LĐTBXH',
};
const A2023: HolidayAnnouncement = {
  issuer: MOLISA,
  document: 'Thông báo 5034/TB-LĐTBXH',
  date: '2022-12-07',
  title: 'Nghỉ Tết Âm lịch và nghỉ lễ Quốc khánh năm 2023',
  implements: 'Công văn 8056/VPCP-KGVX ngày 01/12/2022 của Văn phòng Chính phủ',
  verified: true,
  basis: 'toàn văn thông báo (Thư viện Pháp luật)',
};
const A2024: HolidayAnnouncement = {
  issuer: MOLISA,
  document: 'Thông báo 5015/TB-LĐTBXH',
  date: '2023-11-22',
  title: 'Nghỉ Tết Âm lịch và nghỉ lễ Quốc khánh năm 2024',
  verified: false,
  basis: 'số và ngày theo thông báo của doanh nghiệp trích dẫn lại, chưa đọc bản gốc; ngày nghỉ theo báo Kinh tế & Đô thị',
};
const A2024_MAY: HolidayAnnouncement = {
  issuer: VPCP,
  document: 'Công văn 2450/VPCP-KGVX',
  date: '2024-04-12',
  title: 'Hoán đổi ngày làm việc dịp nghỉ lễ Ngày Chiến thắng và Ngày Quốc tế lao động năm 2024',
  verified: true,
  basis: 'số và ngày theo Báo Tin tức 12/04/2024; Bộ LĐTBXH thông báo lại bằng Thông báo 1570/TB-LĐTBXH',
};
const A2025: HolidayAnnouncement = {
  issuer: MOLISA,
  document: 'Thông báo 6150/TB-BLĐTBXH',
  date: '2024-12-03',
  title: 'Nghỉ Tết Âm lịch, nghỉ lễ Ngày Chiến thắng, Ngày Quốc tế lao động và Quốc khánh năm 2025',
  implements: 'Công văn 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ',
  verified: true,
  basis: 'Công văn 8726/VPCP-KGVX ngày 26/11/2024 theo báo Pháp luật Việt Nam; số và ngày của thông báo theo Cổng Thông tin điện tử Chính phủ dẫn lại',
};
const A2026_NEW_YEAR: HolidayAnnouncement = {
  issuer: VPCP,
  document: 'Công văn 12729/VPCP-KGVX',
  date: '2025-12-25',
  title: 'Nghỉ Tết Dương lịch năm 2026',
  verified: true,
  basis: 'số và ngày theo báo chí 25/12/2025 (ý kiến Phó Thủ tướng Phạm Thị Thanh Trà)',
};
const A2026: HolidayAnnouncement = {
  issuer: MOHA,
  document: 'Thông báo 9441/TB-BNV',
  date: '2025-10-16',
  title: 'Lịch nghỉ Tết Âm lịch và nghỉ lễ Quốc khánh năm 2026',
  verified: true,
  basis: 'số và ngày theo Việt Báo 17/10/2025; hoán đổi thứ Hai 31/08 với thứ Bảy 22/08/2026 theo các bộ dữ liệu ngày nghỉ công khai dẫn thông báo',
};
const A2026_MAY: HolidayAnnouncement = {
  issuer: MOHA,
  document: 'Công văn 3383/BNV-CVL',
  date: '2026-04-10',
  title: 'Nghỉ lễ Ngày Chiến thắng và Ngày Quốc tế lao động năm 2026 (không hoán đổi)',
  verified: false,
  basis: 'số, ngày và nội dung (không hoán đổi ngày làm việc) theo các bộ dữ liệu ngày nghỉ công khai, chưa đọc bản gốc',
};
const A2027: HolidayAnnouncement = {
  issuer: VPCP,
  document: 'Công văn 10065/VPCP-KGVX',
  date: '2026-10-02',
  title: 'Nghỉ một số dịp lễ, tết năm 2026 và 2027 (Ngày Văn hóa Việt Nam 2026, Tết Âm lịch và Quốc khánh 2027)',
  verified: false,
  basis: 'số, ngày và ngày nghỉ theo nhiều bộ dữ liệu ngày nghỉ công khai dẫn Cổng Thông tin điện tử Chính phủ, chưa đọc bản gốc',
};

const ISSUER_EN: Readonly<Record<string, string>> = { [VPCP]: 'the Government Office', [MOLISA]: 'the Ministry of Labour, Invalids and Social Affairs', [MOHA]: 'the Ministry of Home Affairs' };

const issuerEn = (a: HolidayAnnouncement): string => ISSUER_EN[a.issuer] ?? Object.entries(ISSUER_EN).find(([vi]) => a.issuer.startsWith(vi))?.[1] ?? a.issuer;

/**
 * An announcement's kind and number in a language ("Công văn 10065/VPCP-KGVX", "Official letter
 * 10065/VPCP-KGVX"); the issuer when the number is not known.
 *
 * @param a the announcement
 * @param lang the reader's language
 * @returns the short name
 * @example
 * ```ts
 * announcementName(HOLIDAY_DECREES.find((d) => d.year === 2027)!.announcement, 'en'); // "Official letter 10065/VPCP-KGVX"
 * ```
 */
export function announcementName(a: HolidayAnnouncement, lang: 'vi' | 'en'): string {
  if (lang === 'vi') return a.document ?? a.issuer;
  return a.document ? a.document.replace(/^Công văn /, 'Official letter ').replace(/^Thông báo /, 'Notice ') : issuerEn(a);
}

/** "Official letter 9570/VPCP-KGVX of 23/11/2012, the Government Office". */
function citeEn(a: HolidayAnnouncement): string {
  const when = a.date ? ` of ${a.date.slice(8, 10)}/${a.date.slice(5, 7)}/${a.date.slice(0, 4)}` : a.year ? ` of ${a.year}` : '';
  const doc = a.document ? announcementName(a, 'en') : 'Notice';
  return `${doc}${when}, ${issuerEn(a)}${a.verified ? '' : ' — not verified (see the Vietnamese note)'}`;
}

function decree(year: number, holiday: DecreedHoliday, from: IsoDate, to: IsoDate, workdays: readonly IsoDate[], announcement: HolidayAnnouncement): HolidayDecree {
  return { year, holiday, from, to, workdays, announcement, reference: cite(announcement), referenceEn: citeEn(announcement) };
}

/**
 * The announced breaks, by year. A weekday off inside `from`..`to` that
 * would otherwise be worked is a swapped day; `workdays` are the Saturdays
 * worked in exchange. Weekends around a break are included as announced.
 */
export const HOLIDAY_DECREES: readonly HolidayDecree[] = [
  // 2013: Monday 31/12/2012 off for Saturday 05/01; Friday 15/02 for Saturday 23/02; Monday 29/04 for Saturday 04/05.
  decree(2013, 'new-year', '2012-12-29', '2013-01-01', ['2013-01-05'], A2013),
  decree(2013, 'tet', '2013-02-09', '2013-02-17', ['2013-02-23'], A2013),
  decree(2013, 'reunification-labour', '2013-04-27', '2013-05-01', ['2013-05-04'], A2013),
  // 2014: Tuesday 28 and Wednesday 29/01 for Saturdays 25/01 and 08/02; Friday 02/05 for Saturday 26/04; Monday 01/09 for Saturday 06/09.
  decree(2014, 'tet', '2014-01-28', '2014-02-05', ['2014-01-25', '2014-02-08'], A2014),
  decree(2014, 'reunification-labour', '2014-04-30', '2014-05-04', ['2014-04-26'], A2014),
  decree(2014, 'national-day', '2014-08-30', '2014-09-02', ['2014-09-06'], A2014),
  // 2015: Friday 02/01 for Saturday 27/12/2014; Monday 16/02 for Saturday 14/02; Wednesday 29/04 for Saturday 25/04.
  decree(2015, 'new-year', '2015-01-01', '2015-01-04', ['2014-12-27'], A2015),
  decree(2015, 'tet', '2015-02-15', '2015-02-23', ['2015-02-14'], A2015),
  decree(2015, 'reunification-labour', '2015-04-28', '2015-05-03', ['2015-04-25'], A2015),
  // 2016: Tết 06–14/02, no swap.
  decree(2016, 'tet', '2016-02-06', '2016-02-14', [], A2016),
  // 2017: Tết 26/01–01/02.
  decree(2017, 'tet', '2017-01-26', '2017-02-01', [], A2017),
  // 2018: Tết 14–20/02; National Day 02/09 (Sunday) and Monday 03/09.
  decree(2018, 'tet', '2018-02-14', '2018-02-20', [], A2018),
  decree(2018, 'national-day', '2018-09-02', '2018-09-03', [], A2018),
  // 2019: Monday 31/12/2018 for Saturday 05/01; Tết 02–10/02; Monday 29/04 for Saturday 04/05.
  decree(2019, 'new-year', '2018-12-29', '2019-01-01', ['2019-01-05'], A2019),
  decree(2019, 'tet', '2019-02-02', '2019-02-10', [], A2019),
  decree(2019, 'reunification-labour', '2019-04-27', '2019-05-01', ['2019-05-04'], A2019),
  // 2020: Tết 23–29/01.
  decree(2020, 'tet', '2020-01-23', '2020-01-29', [], A2020),
  // 2021: Tết 10–16/02; National Day 02–05/09.
  decree(2021, 'tet', '2021-02-10', '2021-02-16', [], A2021),
  decree(2021, 'national-day', '2021-09-02', '2021-09-05', [], A2021),
  // 2022: Tết 31/01–04/02 with the weekends around it (29/01–06/02); National Day 01–02/09 (01–04/09).
  decree(2022, 'tet', '2022-01-29', '2022-02-06', [], A2022),
  decree(2022, 'national-day', '2022-09-01', '2022-09-04', [], A2022),
  // 2023: Tết 20–26/01; National Day 01–04/09.
  decree(2023, 'tet', '2023-01-20', '2023-01-26', [], A2023),
  decree(2023, 'national-day', '2023-09-01', '2023-09-04', [], A2023),
  // 2024: Tết 08–14/02; Monday 29/04 for Saturday 04/05; National Day 31/08–03/09.
  decree(2024, 'tet', '2024-02-08', '2024-02-14', [], A2024),
  decree(2024, 'reunification-labour', '2024-04-27', '2024-05-01', ['2024-05-04'], A2024_MAY),
  decree(2024, 'national-day', '2024-08-31', '2024-09-03', [], A2024),
  // 2025: Tết 25/01–02/02; Friday 02/05 for Saturday 26/04; National Day 30/08–02/09 (Monday 01/09).
  decree(2025, 'tet', '2025-01-25', '2025-02-02', [], A2025),
  decree(2025, 'reunification-labour', '2025-04-30', '2025-05-04', ['2025-04-26'], A2025),
  decree(2025, 'national-day', '2025-08-30', '2025-09-02', [], A2025),
  // 2026: Friday 02/01 for Saturday 10/01; Tết 14–22/02; 30/04–03/05 without a swap; Monday 31/08 for Saturday 22/08.
  decree(2026, 'new-year', '2026-01-01', '2026-01-04', ['2026-01-10'], A2026_NEW_YEAR),
  decree(2026, 'tet', '2026-02-14', '2026-02-22', [], A2026),
  decree(2026, 'reunification-labour', '2026-04-30', '2026-05-03', [], A2026_MAY),
  decree(2026, 'national-day', '2026-08-29', '2026-09-02', ['2026-08-22'], A2026),
  decree(2026, 'culture-day', '2026-11-24', '2026-11-24', [], A2027),
  // 2027: Tết 04–10/02 (five days and the two for its weekend); National Day 02–05/09.
  decree(2027, 'tet', '2027-02-04', '2027-02-10', [], A2027),
  decree(2027, 'national-day', '2027-09-02', '2027-09-05', [], A2027),
];

export { HOLIDAY_NAMES } from './statutoryHolidays.js';
