/**
 * Follow-up deadlines by kind of item (issue 14), as data with their legal
 * source. The engine (calendar/deadlines.ts) counts calendar days by plain
 * addition and working days over the work calendar (holidays, swaps and
 * make-up Saturdays included). A workbook's "Thời hạn xử lý" table overrides
 * the days and the way of counting per kind (records/readDeadlines.ts).
 *
 * Articles marked `verified: false` are cited as the issue states them and
 * still need checking against the published text.
 */

/** Stable codes of the kinds of item a unit follows up. */
export type IssueKindCode = 'general' | 'complaint' | 'complaint-complex' | 'denunciation' | 'crime-report' | 'transfer';

/** How days are counted: calendar days, or working days of the work calendar. */
export type DayCount = 'calendar' | 'working';

/** One kind's deadline. */
export interface DeadlineRule {
  /** A stable code for the shipped kinds; a workbook may add its own (code = its folded label). */
  kind: string;
  label: { vi: string; en: string };
  /** Days from the date raised (or received) to the deadline. */
  days: number;
  count: DayCount;
  /** How far the law lets the deadline be extended, in words (null when it cannot be). */
  extension: { vi: string; en: string } | null;
  /** The legal source, as a clerk would cite it. */
  source: string;
  /** `false`: the article is cited as issue 14 states it, not yet checked against the published text. */
  verified: boolean;
  /** Cell wordings that mean this kind (folded like headers; accents optional). */
  synonyms: readonly string[];
}

/**
 * The shipped deadlines, the default kind first.
 *
 * @example
 * ```ts
 * DEADLINE_RULES.find((r) => r.kind === 'crime-report')?.days; // 20
 * ```
 */
export const DEADLINE_RULES: readonly DeadlineRule[] = [
  {
    kind: 'general',
    label: { vi: 'Ý kiến, phản ánh, kiến nghị', en: 'Opinion, report or proposal' },
    days: 30,
    count: 'calendar',
    extension: null,
    source: 'Quy ước theo dõi của đơn vị: ý kiến chưa giải quyết sau 30 ngày là quá hạn (đổi bằng --overdue-days hoặc bảng "Thời hạn xử lý")',
    verified: true,
    synonyms: ['Ý kiến', 'Phản ánh', 'Kiến nghị', 'Ý kiến, phản ánh', 'Thông thường', 'Khác', 'Đề nghị'],
  },
  {
    kind: 'complaint',
    label: { vi: 'Khiếu nại', en: 'Complaint' },
    days: 30,
    count: 'calendar',
    extension: { vi: 'vụ việc phức tạp: không quá 45 ngày', en: 'complex cases: at most 45 days' },
    source: 'Luật Khiếu nại 2011, Điều 28: giải quyết khiếu nại lần đầu không quá 30 ngày kể từ ngày thụ lý',
    verified: true,
    synonyms: ['Khiếu nại', 'Đơn khiếu nại', 'KN'],
  },
  {
    kind: 'complaint-complex',
    label: { vi: 'Khiếu nại (vụ việc phức tạp)', en: 'Complaint (complex case)' },
    days: 45,
    count: 'calendar',
    extension: null,
    source: 'Luật Khiếu nại 2011, Điều 28: vụ việc phức tạp không quá 45 ngày kể từ ngày thụ lý',
    verified: true,
    synonyms: ['Khiếu nại phức tạp', 'Khiếu nại (phức tạp)', 'Khiếu nại vụ việc phức tạp', 'KN phức tạp'],
  },
  {
    kind: 'denunciation',
    label: { vi: 'Tố cáo', en: 'Denunciation' },
    days: 30,
    count: 'calendar',
    extension: {
      vi: 'vụ việc phức tạp gia hạn 01 lần, đặc biệt phức tạp 02 lần, mỗi lần không quá 30 ngày',
      en: 'complex cases once, very complex cases twice, 30 days at most each time',
    },
    source: 'Luật Tố cáo 2018, Điều 30: thời hạn giải quyết tố cáo 30 ngày kể từ ngày thụ lý',
    verified: true,
    synonyms: ['Tố cáo', 'Đơn tố cáo', 'TC'],
  },
  {
    kind: 'crime-report',
    label: { vi: 'Tố giác, tin báo về tội phạm', en: 'Crime report or tip' },
    days: 20,
    count: 'calendar',
    extension: { vi: 'vụ việc phức tạp: có thể kéo dài, không quá 02 tháng', en: 'complex cases: may be extended, at most 2 months' },
    source: 'Bộ luật Tố tụng hình sự 2015, Điều 147: giải quyết tố giác, tin báo về tội phạm trong 20 ngày kể từ ngày nhận',
    verified: true,
    synonyms: [
      'Tố giác', 'Tin báo', 'Tố giác tội phạm', 'Tin báo tội phạm', 'Tố giác, tin báo', 'Tố giác, tin báo về tội phạm',
      'Tin báo về tội phạm', 'Kiến nghị khởi tố', 'TGTP',
    ],
  },
  {
    kind: 'transfer',
    label: { vi: 'Chuyển cơ quan có thẩm quyền', en: 'Transfer to the competent agency' },
    days: 5,
    count: 'working',
    extension: null,
    source: 'Chuyển đơn không thuộc thẩm quyền đến cơ quan có thẩm quyền trong 05 ngày làm việc',
    verified: false,
    synonyms: ['Chuyển đơn', 'Chuyển cơ quan có thẩm quyền', 'Chuyển cơ quan chức năng', 'Không thuộc thẩm quyền', 'Chuyển'],
  },
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
