/**
 * Follow-up deadlines by kind of item, as dated law: for each kind, the
 * versions of the law that set its deadline, each with its validity, the
 * article and clause, the days and how they are counted (calendar or
 * working days), the event the clock starts from and the extensions the
 * law allows. The engine (calendar/deadlines.ts) picks the version in force
 * on the day the clock starts and counts by the Civil Code 2015, Art.
 * 147–148 — for the unit's own 30-day convention too, which is named as the
 * unit's convention, not as law. A workbook's "Thời hạn xử lý" table
 * overrides the days and the way of counting per kind
 * (records/readDeadlines.ts).
 *
 * The laws on complaints, denunciations and citizen reception were amended
 * by Law 136/2025/QH15 from 1 July 2026: the versions from that day cite it
 * and say whether their days were checked against the amended text.
 *
 * @packageDocumentation
 */
import type { IsoDate } from '../model.js';
import { citeLaw, citeLawEn, LEGAL_TEXTS, type LegalPlace, type LegalTextId } from './legalTexts.js';
import type { BiLabel, ClockStart, DayCount } from './deadlineCounting.js';

export { CIVIL_CODE_COUNTING, CLOCK_START_LABELS, DAY_COUNT_LABELS } from './deadlineCounting.js';
export type { BiLabel, ClockStart, DayCount } from './deadlineCounting.js';

/** Stable codes of the kinds of item a unit follows up. */
export type IssueKindCode =
  | 'general'
  | 'complaint'
  | 'complaint-complex'
  | 'complaint-second'
  | 'complaint-second-complex'
  | 'denunciation'
  | 'crime-report'
  | 'transfer'
  | 'citizen-reception';

/** One version of the law (or of the unit's convention) behind a kind's deadline. */
export interface DeadlineVersion {
  /** First day on which the clock may start under this version. */
  validFrom: IsoDate;
  /** Last such day; null while in force. */
  validTo: IsoDate | null;
  days: number;
  count: DayCount;
  start: ClockStart;
  /** The law and where in it; null for the unit's own convention. */
  law: LegalTextId | null;
  place: LegalPlace;
  /** A law amending the cited one, in force for this version. */
  amendedBy?: LegalTextId;
  /** How far the law lets the deadline be extended, in words (null when it cannot be). */
  extension: BiLabel | null;
  /** The citation as a clerk writes it (derived from `law`, `place`, `amendedBy`, or the convention's wording). */
  source: string;
  sourceEn: string;
  /** `false`: the days are not checked against the text of this version; `basis` says why. */
  verified: boolean;
  /** What the days rest on (always given when not verified). */
  basis?: string;
  /** The same in English. */
  basisEn?: string;
}

/** One kind's deadline. The top-level figures are those of the latest version (a workbook's table changes them). */
export interface DeadlineRule {
  /** A stable code for the shipped kinds; a workbook may add its own (code = its folded label). */
  kind: string;
  label: BiLabel;
  /** Days from the clock's start to the deadline (latest version). */
  days: number;
  count: DayCount;
  /** How far the law lets the deadline be extended, in words (latest version; null when it cannot be). */
  extension: BiLabel | null;
  /** The legal source (latest version), as a clerk would cite it. */
  source: string;
  /** The same in English, when known. */
  sourceEn?: string;
  /** `false`: the latest version's days are not checked against the published text. */
  verified: boolean;
  /** Cell wordings that mean this kind (folded like headers; accents optional). */
  synonyms: readonly string[];
  /** The event the clock starts from (latest version). */
  start?: ClockStart;
  /** True for the unit's own convention (and kinds a workbook's table adds): not a legal deadline. */
  convention?: boolean;
  /** The versions, oldest first; absent for kinds a workbook adds (the top-level figures apply at any date). */
  versions?: readonly DeadlineVersion[];
}

interface VersionInput {
  validFrom: IsoDate;
  validTo: IsoDate | null;
  days: number;
  count: DayCount;
  start: ClockStart;
  law: LegalTextId;
  place: LegalPlace;
  amendedBy?: LegalTextId;
  extension: BiLabel | null;
  /** Why the days are not checked, when they are not (Vietnamese and English). */
  unverified?: BiLabel;
}

function version(v: VersionInput): DeadlineVersion {
  const amendVi = v.amendedBy ? ` (sửa đổi, bổ sung bởi Luật ${LEGAL_TEXTS[v.amendedBy].number})` : '';
  const amendEn = v.amendedBy ? ` (as amended by Law ${LEGAL_TEXTS[v.amendedBy].number})` : '';
  const law = LEGAL_TEXTS[v.law];
  const verified = v.unverified === undefined && law.verified;
  const basis = v.unverified?.vi ?? (law.verified ? undefined : law.basis);
  const basisEn = v.unverified?.en ?? (law.verified ? undefined : law.basisEn);
  return {
    validFrom: v.validFrom,
    validTo: v.validTo,
    days: v.days,
    count: v.count,
    start: v.start,
    law: v.law,
    place: v.place,
    ...(v.amendedBy ? { amendedBy: v.amendedBy } : {}),
    extension: v.extension,
    source: `${citeLaw(v.law, v.place)}${amendVi}`,
    sourceEn: `${citeLawEn(v.law, v.place)}${amendEn}`,
    verified,
    ...(basis ? { basis } : {}),
    ...(basisEn ? { basisEn } : {}),
  };
}

function rule(kind: IssueKindCode, label: BiLabel, synonyms: readonly string[], versions: readonly DeadlineVersion[], convention = false): DeadlineRule {
  const last = versions[versions.length - 1]!;
  return {
    kind,
    label,
    days: last.days,
    count: last.count,
    extension: last.extension,
    source: last.source,
    sourceEn: last.sourceEn,
    verified: last.verified,
    synonyms,
    start: last.start,
    convention,
    versions,
  };
}

/** From 1 July 2026 the three laws are amended by Law 136/2025/QH15; what it did to each deadline is said per version. */
const AMENDED_2026 = '2026-07-01';
const BEFORE_2026 = '2026-06-30';
const NOT_CHECKED_2026: BiLabel = {
  vi: 'Luật 136/2025/QH15 có hiệu lực từ 01/07/2026; điều khoản về thời hạn sau sửa đổi chưa đối chiếu, số ngày giữ như văn bản trước đó (Bộ pháp điển 07/2026 chưa ghi sửa đổi điều này)',
  en: 'Law 136/2025/QH15 is in force from 01/07/2026; the amended deadline provision is not checked yet, the days are those of the earlier text (the 07/2026 codification shows no amendment of this article)',
};

const COMPLAINT_FIRST_EXT: BiLabel = {
  vi: 'vụ việc phức tạp: không quá 45 ngày; vùng sâu, vùng xa đi lại khó khăn: không quá 45 ngày (phức tạp: 60 ngày), kể từ ngày thụ lý',
  en: 'complex cases: at most 45 days; remote, hard-to-reach areas: at most 45 days (complex: 60), from acceptance',
};
const COMPLAINT_SECOND_EXT: BiLabel = {
  vi: 'vụ việc phức tạp: không quá 60 ngày; vùng sâu, vùng xa đi lại khó khăn: không quá 60 ngày (phức tạp: 70 ngày), kể từ ngày thụ lý',
  en: 'complex cases: at most 60 days; remote, hard-to-reach areas: at most 60 days (complex: 70), from acceptance',
};
const REMOTE_FIRST: BiLabel = {
  vi: 'vùng sâu, vùng xa đi lại khó khăn: không quá 60 ngày kể từ ngày thụ lý',
  en: 'remote, hard-to-reach areas: at most 60 days from acceptance',
};
const REMOTE_SECOND: BiLabel = {
  vi: 'vùng sâu, vùng xa đi lại khó khăn: không quá 70 ngày kể từ ngày thụ lý',
  en: 'remote, hard-to-reach areas: at most 70 days from acceptance',
};

/** A complaint kind's two versions: the Law on Complaints 2011 and, from 1 July 2026, as amended. */
function complaintVersions(days: number, article: number, extension: BiLabel | null): DeadlineVersion[] {
  const base = { days, count: 'calendar' as const, start: 'acceptance' as const, law: 'complaints-law-2011' as const, place: { article }, extension };
  return [
    version({ ...base, validFrom: '2012-07-01', validTo: BEFORE_2026 }),
    version({ ...base, validFrom: AMENDED_2026, validTo: null, amendedBy: 'amending-law-136-2025', unverified: NOT_CHECKED_2026 }),
  ];
}

/**
 * The shipped deadlines, the default kind first.
 *
 * @example
 * ```ts
 * DEADLINE_RULES.find((r) => r.kind === 'crime-report')?.days; // 20
 * DEADLINE_RULES.find((r) => r.kind === 'denunciation')?.versions?.[0]?.days; // 60 (Luật Tố cáo 2011)
 * ```
 */
export const DEADLINE_RULES: readonly DeadlineRule[] = [
  rule(
    'general',
    { vi: 'Ý kiến, phản ánh, kiến nghị', en: 'Opinion, report or proposal' },
    ['Ý kiến', 'Phản ánh', 'Kiến nghị', 'Ý kiến, phản ánh', 'Thông thường', 'Khác', 'Đề nghị'],
    [
      {
        validFrom: '1900-01-01',
        validTo: null,
        days: 30,
        count: 'calendar',
        start: 'raised',
        law: null,
        place: {},
        extension: null,
        source: 'Quy ước theo dõi của đơn vị, không phải thời hạn pháp định (đổi bằng --overdue-days hoặc bảng "Thời hạn xử lý")',
        sourceEn: "The unit's follow-up convention, not a legal deadline (change it with --overdue-days or the \"Thời hạn xử lý\" table)",
        verified: true,
      },
    ],
    true,
  ),
  rule('complaint', { vi: 'Khiếu nại (lần đầu)', en: 'Complaint (first)' }, ['Khiếu nại', 'Đơn khiếu nại', 'KN', 'Khiếu nại lần đầu', 'Khiếu nại lần 1'], complaintVersions(30, 28, COMPLAINT_FIRST_EXT)),
  rule(
    'complaint-complex',
    { vi: 'Khiếu nại lần đầu (vụ việc phức tạp)', en: 'Complaint, first (complex case)' },
    ['Khiếu nại phức tạp', 'Khiếu nại (phức tạp)', 'Khiếu nại vụ việc phức tạp', 'KN phức tạp'],
    complaintVersions(45, 28, REMOTE_FIRST),
  ),
  rule(
    'complaint-second',
    { vi: 'Khiếu nại lần hai', en: 'Complaint (second)' },
    ['Khiếu nại lần hai', 'Khiếu nại lần 2', 'KN lần 2', 'KN lần hai'],
    complaintVersions(45, 37, COMPLAINT_SECOND_EXT),
  ),
  rule(
    'complaint-second-complex',
    { vi: 'Khiếu nại lần hai (vụ việc phức tạp)', en: 'Complaint, second (complex case)' },
    ['Khiếu nại lần hai phức tạp', 'Khiếu nại lần 2 (phức tạp)', 'Khiếu nại lần hai (phức tạp)', 'KN lần 2 phức tạp'],
    complaintVersions(60, 37, REMOTE_SECOND),
  ),
  rule('denunciation', { vi: 'Tố cáo', en: 'Denunciation' }, ['Tố cáo', 'Đơn tố cáo', 'TC'], [
    version({
      validFrom: '2012-07-01',
      validTo: '2018-12-31',
      days: 60,
      count: 'calendar',
      start: 'acceptance',
      law: 'denunciations-law-2011',
      place: { article: 21 },
      extension: { vi: 'vụ việc phức tạp: 90 ngày; gia hạn một lần không quá 30 ngày (phức tạp: không quá 60 ngày)', en: 'complex cases: 90 days; one extension of at most 30 days (complex: 60)' },
    }),
    version({
      validFrom: '2019-01-01',
      validTo: BEFORE_2026,
      days: 30,
      count: 'calendar',
      start: 'acceptance',
      law: 'denunciations-law-2018',
      place: { article: 30, clause: 1 },
      extension: { vi: 'vụ việc phức tạp gia hạn 01 lần, đặc biệt phức tạp 02 lần, mỗi lần không quá 30 ngày (khoản 2, 3)', en: 'complex cases once, very complex cases twice, 30 days at most each time (clauses 2, 3)' },
    }),
    version({
      validFrom: AMENDED_2026,
      validTo: null,
      days: 30,
      count: 'calendar',
      start: 'acceptance',
      law: 'denunciations-law-2018',
      place: { article: 30, clause: 1 },
      amendedBy: 'amending-law-136-2025',
      extension: { vi: 'vụ việc phức tạp gia hạn 01 lần, đặc biệt phức tạp 02 lần, mỗi lần không quá 30 ngày', en: 'complex cases once, very complex cases twice, 30 days at most each time' },
      unverified: NOT_CHECKED_2026,
    }),
  ]),
  rule(
    'crime-report',
    { vi: 'Tố giác, tin báo về tội phạm', en: 'Crime report or tip' },
    [
      'Tố giác', 'Tin báo', 'Tố giác tội phạm', 'Tin báo tội phạm', 'Tố giác, tin báo', 'Tố giác, tin báo về tội phạm',
      'Tin báo về tội phạm', 'Kiến nghị khởi tố', 'TGTP',
    ],
    [
      version({
        validFrom: '2004-07-01',
        validTo: '2017-12-31',
        days: 20,
        count: 'calendar',
        start: 'receipt',
        law: 'criminal-procedure-2003',
        place: { article: 103 },
        extension: { vi: 'nhiều tình tiết phức tạp hoặc phải xác minh ở nhiều nơi: không quá 02 tháng', en: 'complex, or to be checked in several places: at most 2 months' },
      }),
      version({
        validFrom: '2018-01-01',
        validTo: null,
        days: 20,
        count: 'calendar',
        start: 'receipt',
        law: 'criminal-procedure-2015',
        place: { article: 147, clause: 1 },
        extension: {
          vi: 'nhiều tình tiết phức tạp hoặc phải xác minh ở nhiều địa điểm: không quá 02 tháng; Viện kiểm sát có thể gia hạn 01 lần không quá 02 tháng (khoản 2)',
          en: 'complex, or to be checked in several places: at most 2 months; the procuracy may extend once by at most 2 months (clause 2)',
        },
      }),
    ],
  ),
  rule(
    'transfer',
    { vi: 'Chuyển đơn tố cáo không thuộc thẩm quyền', en: 'Transfer of a denunciation outside the competence' },
    ['Chuyển đơn', 'Chuyển cơ quan có thẩm quyền', 'Chuyển cơ quan chức năng', 'Không thuộc thẩm quyền', 'Chuyển'],
    [
      version({ validFrom: '2019-01-01', validTo: BEFORE_2026, days: 5, count: 'working', start: 'receipt', law: 'denunciations-law-2018', place: { article: 24, clause: 2 }, extension: null }),
      version({ validFrom: AMENDED_2026, validTo: null, days: 5, count: 'working', start: 'receipt', law: 'denunciations-law-2018', place: { article: 24, clause: 2 }, amendedBy: 'amending-law-136-2025', extension: null, unverified: NOT_CHECKED_2026 }),
    ],
  ),
  rule(
    'citizen-reception',
    { vi: 'Thông báo kết quả xử lý đơn qua tiếp công dân', en: 'Reply on a petition taken at citizen reception' },
    ['Tiếp công dân', 'Qua tiếp công dân', 'Đơn qua tiếp công dân', 'TCD'],
    [
      version({ validFrom: '2014-07-01', validTo: BEFORE_2026, days: 10, count: 'working', start: 'receipt', law: 'citizen-reception-law-2013', place: { article: 28, clause: 1 }, extension: null }),
      version({ validFrom: AMENDED_2026, validTo: null, days: 10, count: 'working', start: 'receipt', law: 'citizen-reception-law-2013', place: { article: 28, clause: 1 }, amendedBy: 'amending-law-136-2025', extension: null, unverified: NOT_CHECKED_2026 }),
    ],
  ),
];

/** Wordings of the "counted in" column of the "Thời hạn xử lý" table. */
export const DAY_COUNT_WORDS: Readonly<Record<string, DayCount>> = {
  'ngay lam viec': 'working',
  'lam viec': 'working',
  'ngay lv': 'working',
  lv: 'working',
  working: 'working',
  'working days': 'working',
  'ngay lich': 'calendar',
  'ngay': 'calendar',
  lich: 'calendar',
  'ngay thuong': 'calendar',
  calendar: 'calendar',
  'calendar days': 'calendar',
};
