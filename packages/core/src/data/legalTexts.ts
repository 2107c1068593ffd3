/**
 * The laws the calendar and the deadlines rest on, as data: number, date
 * adopted, date in force, and what the citation was checked against. The
 * holiday rules (data/statutoryHolidays.ts) and the deadlines by kind
 * (data/deadlines.ts) cite these by key; nothing here decides anything.
 *
 * `verified: true` means the number and the in-force date were read in the
 * text itself or in a publication of it (the National Law Portal's codified
 * text, a government portal, a press report quoting it); `false` means they
 * are cited from secondary material and `basis` says which and why.
 *
 * @packageDocumentation
 */
import type { IsoDate } from '../model.js';

/** One law, code or resolution as it is cited. */
export interface LegalText {
  /** Stable key the other data tables cite. */
  id: LegalTextId;
  /** Title as a clerk writes it, with its year ("Bộ luật Lao động 2019"). */
  title: string;
  /** The same in English. */
  titleEn: string;
  /** Number as printed ("45/2019/QH14"); null when the text has none or it could not be found. */
  number: string | null;
  /** Date adopted or signed; null when not found. */
  adopted: IsoDate | null;
  /** Date it came into force; null when not found. */
  inForce: IsoDate | null;
  /** See the module comment. */
  verified: boolean;
  /** What the citation rests on, in a few words (Vietnamese). */
  basis: string;
  /** The same in English. */
  basisEn: string;
}

/** Keys of the shipped legal texts. */
export type LegalTextId =
  | 'labour-code-1994'
  | 'law-84-2007'
  | 'labour-code-2012'
  | 'labour-code-2019'
  | 'resolution-28-2026'
  | 'civil-code-2015'
  | 'complaints-law-2011'
  | 'denunciations-law-2011'
  | 'denunciations-law-2018'
  | 'citizen-reception-law-2013'
  | 'amending-law-136-2025'
  | 'criminal-procedure-2003'
  | 'criminal-procedure-2015';

const PHAP_DIEN = 'Bộ pháp điển (bản pháp điển hóa của Cổng pháp luật quốc gia, cập nhật 07/2026) ghi số hiệu và ngày có hiệu lực';
const PHAP_DIEN_EN = "the codified text (Bộ pháp điển, the national law portal's codification, updated 07/2026) gives the number and the in-force date";

/** Every legal text the data cites, by key. */
export const LEGAL_TEXTS: Readonly<Record<LegalTextId, LegalText>> = {
  'labour-code-1994': {
    id: 'labour-code-1994',
    title: 'Bộ luật Lao động 1994',
    titleEn: 'Labour Code 1994',
    number: null,
    adopted: '1994-06-23',
    inForce: '1995-01-01',
    verified: false,
    basis: 'chưa đối chiếu văn bản: Điều 73 (Tết 04 ngày: 01 ngày cuối năm, 03 ngày đầu năm âm lịch; nghỉ bù ngày lễ trùng ngày nghỉ hằng tuần) theo các bộ dữ liệu ngày nghỉ công khai',
    basisEn: 'not checked against the text: Art. 73 (Tết of 4 days, 1 at the end and 3 at the start of the lunar year; a holiday on a weekly day off compensated) as public holiday datasets give it',
  },
  'law-84-2007': {
    id: 'law-84-2007',
    title: 'Luật sửa đổi, bổ sung Điều 73 Bộ luật Lao động 2007',
    titleEn: 'Law amending Article 73 of the Labour Code (2007)',
    number: '84/2007/QH11',
    adopted: '2007-04-02',
    inForce: '2007-04-02',
    verified: false,
    basis: 'chưa đối chiếu văn bản: Giỗ Tổ Hùng Vương (10/3 âm lịch) là ngày nghỉ từ năm 2007 (nghỉ lần đầu 26/04/2007)',
    basisEn: 'not checked against the text: Hùng Kings\' day (10/3 lunar) a day off from 2007 (first observed 26/04/2007)',
  },
  'labour-code-2012': {
    id: 'labour-code-2012',
    title: 'Bộ luật Lao động 2012',
    titleEn: 'Labour Code 2012',
    number: '10/2012/QH13',
    adopted: '2012-06-18',
    inForce: '2013-05-01',
    verified: false,
    basis: 'số hiệu theo vbpl.vn; Điều 115 (Tết 05 ngày) theo báo chí dẫn lại; ngày hiệu lực 01/05/2013 chưa đối chiếu với điều khoản hiệu lực',
    basisEn: 'number as vbpl.vn lists it; Art. 115 (Tết of 5 days) as the press quotes it; the in-force date 01/05/2013 not checked against the effect clause',
  },
  'labour-code-2019': {
    id: 'labour-code-2019',
    title: 'Bộ luật Lao động 2019',
    titleEn: 'Labour Code 2019',
    number: '45/2019/QH14',
    adopted: '2019-11-20',
    inForce: '2021-01-01',
    verified: true,
    basis: `${PHAP_DIEN} (Điều 111, 112)`,
    basisEn: `${PHAP_DIEN_EN} (Art. 111, 112)`,
  },
  'resolution-28-2026': {
    id: 'resolution-28-2026',
    title: 'Nghị quyết của Quốc hội về phát triển văn hóa Việt Nam',
    titleEn: 'National Assembly Resolution on the development of Vietnamese culture',
    number: '28/2026/QH16',
    adopted: '2026-04-24',
    inForce: '2026-07-01',
    verified: false,
    basis:
      'Điều 2: ngày 24/11 hằng năm là Ngày Văn hóa Việt Nam, người lao động được nghỉ làm việc, hưởng nguyên lương; số, ngày và hiệu lực theo các bộ dữ liệu ngày nghỉ công khai dẫn Cổng Thông tin điện tử Chính phủ, chưa đọc bản gốc. Không sửa khoản 1 Điều 112 Bộ luật Lao động nên không có nghỉ bù theo khoản 3 Điều 111',
    basisEn:
      "Art. 2: 24 November each year is Vietnamese Culture Day, a paid day off; number, date and effect as public holiday datasets quote the government portal, the original not read. It does not amend Art. 112(1) of the Labour Code, so Art. 111(3)'s compensatory day does not apply",
  },
  'civil-code-2015': {
    id: 'civil-code-2015',
    title: 'Bộ luật Dân sự 2015',
    titleEn: 'Civil Code 2015',
    number: '91/2015/QH13',
    adopted: '2015-11-24',
    inForce: '2017-01-01',
    verified: true,
    basis: `${PHAP_DIEN} (Điều 147, 148)`,
    basisEn: `${PHAP_DIEN_EN} (Art. 147, 148)`,
  },
  'complaints-law-2011': {
    id: 'complaints-law-2011',
    title: 'Luật Khiếu nại 2011',
    titleEn: 'Law on Complaints 2011',
    number: '02/2011/QH13',
    adopted: '2011-11-11',
    inForce: '2012-07-01',
    verified: true,
    basis: `${PHAP_DIEN} (Điều 27, 28, 37)`,
    basisEn: `${PHAP_DIEN_EN} (Art. 27, 28, 37)`,
  },
  'denunciations-law-2011': {
    id: 'denunciations-law-2011',
    title: 'Luật Tố cáo 2011',
    titleEn: 'Law on Denunciations 2011',
    number: '03/2011/QH13',
    adopted: '2011-11-11',
    inForce: '2012-07-01',
    verified: false,
    basis: 'văn bản đã hết hiệu lực, chưa đối chiếu: Điều 21 (60 ngày kể từ ngày thụ lý, vụ việc phức tạp 90 ngày); báo chí xác nhận Luật Tố cáo 2018 rút ngắn thời hạn này',
    basisEn: 'repealed, not checked against the text: Art. 21 (60 days from acceptance, complex cases 90); the press confirms the 2018 law shortened it',
  },
  'denunciations-law-2018': {
    id: 'denunciations-law-2018',
    title: 'Luật Tố cáo 2018',
    titleEn: 'Law on Denunciations 2018',
    number: '25/2018/QH14',
    adopted: '2018-06-12',
    inForce: '2019-01-01',
    verified: true,
    basis: `${PHAP_DIEN} (Điều 24, 29, 30)`,
    basisEn: `${PHAP_DIEN_EN} (Art. 24, 29, 30)`,
  },
  'citizen-reception-law-2013': {
    id: 'citizen-reception-law-2013',
    title: 'Luật Tiếp công dân 2013',
    titleEn: 'Law on Citizen Reception 2013',
    number: '42/2013/QH13',
    adopted: '2013-11-25',
    inForce: '2014-07-01',
    verified: true,
    basis: `${PHAP_DIEN} (Điều 28)`,
    basisEn: `${PHAP_DIEN_EN} (Art. 28)`,
  },
  'amending-law-136-2025': {
    id: 'amending-law-136-2025',
    title: 'Luật sửa đổi, bổ sung một số điều của Luật Tiếp công dân, Luật Khiếu nại, Luật Tố cáo',
    titleEn: 'Law amending the Laws on Citizen Reception, Complaints and Denunciations',
    number: '136/2025/QH15',
    adopted: '2025-12-10',
    inForce: '2026-07-01',
    verified: true,
    basis:
      'số hiệu và ngày thông qua theo bản đăng tải toàn văn (thuviennhadat.vn), hiệu lực 01/07/2026 theo báo Kiến Thức 10/12/2025; trước đó hai luật này đã được sửa bởi Luật 81/2025/QH15 và Luật 84/2025/QH15 (thẩm quyền theo chính quyền hai cấp)',
    basisEn:
      'number and date as the full text published on thuviennhadat.vn gives them, in force 01/07/2026 per Kiến Thức (10/12/2025); the two laws had been amended before by Laws 81/2025/QH15 and 84/2025/QH15 (competence under two-level local government)',
  },
  'criminal-procedure-2003': {
    id: 'criminal-procedure-2003',
    title: 'Bộ luật Tố tụng hình sự 2003',
    titleEn: 'Criminal Procedure Code 2003',
    number: '19/2003/QH11',
    adopted: '2003-11-26',
    inForce: '2004-07-01',
    verified: false,
    basis: 'văn bản đã hết hiệu lực, chưa đối chiếu: Điều 103 (20 ngày kể từ ngày nhận tố giác, tin báo; phức tạp không quá 02 tháng)',
    basisEn: 'repealed, not checked against the text: Art. 103 (20 days from receipt; complex cases at most 2 months)',
  },
  'criminal-procedure-2015': {
    id: 'criminal-procedure-2015',
    title: 'Bộ luật Tố tụng hình sự 2015',
    titleEn: 'Criminal Procedure Code 2015',
    number: '101/2015/QH13',
    adopted: '2015-11-27',
    inForce: '2018-01-01',
    verified: true,
    basis: `${PHAP_DIEN} (Điều 145–147)`,
    basisEn: `${PHAP_DIEN_EN} (Art. 145–147)`,
  },
};

/** Where in a law: article, clause and point. */
export interface LegalPlace {
  article?: number;
  clause?: number;
  /** A point of the clause ("đ"). */
  point?: string;
}

/**
 * A law cited by article, clause and point, as a clerk writes it:
 * "Bộ luật Lao động 2019 (45/2019/QH14), Điều 112, điểm đ khoản 1".
 *
 * @param id - the law
 * @param place - article, clause, point (all optional)
 * @returns the citation in Vietnamese
 * @example citeLaw('civil-code-2015', { article: 148, clause: 5 }); // "Bộ luật Dân sự 2015 (91/2015/QH13), Điều 148, khoản 5"
 */
export function citeLaw(id: LegalTextId, place: LegalPlace = {}): string {
  const t = LEGAL_TEXTS[id];
  const where = place.article === undefined ? '' : `, Điều ${place.article}${place.clause === undefined ? '' : `, ${place.point ? `điểm ${place.point} ` : ''}khoản ${place.clause}`}`;
  return `${t.title}${t.number ? ` (${t.number})` : ''}${where}`;
}

/**
 * The same citation in English: "Labour Code 2019 (45/2019/QH14), Art. 112(1)(đ)".
 * @param id - the law
 * @param place - article, clause, point (all optional)
 * @returns the citation in English
 * @example citeLawEn('civil-code-2015', { article: 148, clause: 5 }); // "Civil Code 2015 (91/2015/QH13), Art. 148(5)"
 */
export function citeLawEn(id: LegalTextId, place: LegalPlace = {}): string {
  const t = LEGAL_TEXTS[id];
  const where = place.article === undefined ? '' : `, Art. ${place.article}${place.clause === undefined ? '' : `(${place.clause})`}${place.point && place.clause !== undefined ? `(${place.point})` : ''}`;
  return `${t.titleEn}${t.number ? ` (${t.number})` : ''}${where}`;
}
