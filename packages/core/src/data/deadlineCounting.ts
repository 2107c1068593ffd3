/**
 * How deadlines are counted and named: the Civil Code's counting rule, and
 * the labels of the clock's start and of the ways of counting. Apart from
 * the deadline table (data/deadlines.ts) so the calendar entry can count
 * without carrying the table.
 *
 * @packageDocumentation
 */
import { citeLaw, citeLawEn, type LegalPlace, type LegalTextId } from './legalTexts.js';

/** How days are counted: calendar days, or working days of the work calendar. */
export type DayCount = 'calendar' | 'working';

/**
 * The event the clock starts from: the day the item was raised at the
 * briefing (the unit's convention), the day the agency received it, or the
 * day it was accepted for handling (thụ lý).
 */
export type ClockStart = 'raised' | 'receipt' | 'acceptance';

/** Text in Vietnamese and English. */
export interface BiLabel {
  vi: string;
  en: string;
}

/** How the clock's start is named, Vietnamese and English. */
export const CLOCK_START_LABELS: Readonly<Record<ClockStart, BiLabel>> = {
  raised: { vi: 'ngày nêu ý kiến', en: 'the day it was raised' },
  receipt: { vi: 'ngày nhận', en: 'the day it was received' },
  acceptance: { vi: 'ngày thụ lý', en: 'the day it was accepted (thụ lý)' },
};

/** Labels of the ways of counting. */
export const DAY_COUNT_LABELS: Readonly<Record<DayCount, BiLabel>> = {
  calendar: { vi: 'ngày', en: 'days' },
  working: { vi: 'ngày làm việc', en: 'working days' },
};

/** The counting rule every deadline follows. */
export const CIVIL_CODE_COUNTING: { law: LegalTextId; place: LegalPlace; text: BiLabel } = {
  law: 'civil-code-2015',
  place: { article: 148, clause: 5 },
  text: {
    vi: `${citeLaw('civil-code-2015', { article: 147 })}–148: ngày đầu không tính; thời hạn kết thúc vào ngày nghỉ cuối tuần hoặc ngày nghỉ lễ thì kết thúc vào cuối ngày làm việc tiếp theo`,
    en: `${citeLawEn('civil-code-2015', { article: 147 })}–148: the first day is not counted; a period ending on a weekly day off or a holiday ends at the end of the next working day`,
  },
};

