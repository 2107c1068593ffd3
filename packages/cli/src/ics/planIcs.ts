/**
 * Planned briefings → an iCalendar file through the `ics` library: one
 * all-day event per briefing (VALUE=DATE), UIDs naming the unit, SEQUENCE
 * and a reminder from the core's rules.
 * No Node API here: the offline app (app/) bundles this same module.
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { briefingEvent, readIcsEvents, withSequences, type PlannedBriefing } from '@giaoban/core';

/** Options of {@link planToIcs}. */
export interface PlanIcsOptions {
  /** The unit, in every UID (two districts' calendars in one calendar never collide). */
  unit?: string | null;
  /** VALARM this many days before (default 3; 0 = no reminder). */
  remindDays?: number;
  /** The previous export of the same file: SEQUENCE rises for the events that changed. */
  previous?: string | null;
}

function dateArray(d: string): DateArray {
  return [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))];
}

/**
 * Renders the .ics text (CRLF line ends, folded lines, as the library writes them).
 *
 * @example
 * ```ts
 * const text = planToIcs(plan.briefings, (b) => `xã ${b.host}`);
 * ```
 */
export function planToIcs(briefings: readonly PlannedBriefing[], hostLabel?: (b: PlannedBriefing) => string, options: PlanIcsOptions = {}): string {
  if (briefings.length === 0) throw new Error('Không có buổi giao ban nào để xuất lịch .ics');
  const remind = options.remindDays ?? 3;
  const planned = briefings.map((b) => briefingEvent(b, hostLabel?.(b), options.unit ?? null));
  const events: EventAttributes[] = withSequences(planned, readIcsEvents(options.previous ?? '')).map((e) => {
    return {
      sequence: e.sequence,
      ...(remind > 0 ? { alarms: [{ action: 'display' as const, description: `Nhắc lịch: ${e.title}`, trigger: { days: remind, before: true } }] } : {}),
      uid: e.uid,
      start: dateArray(e.start),
      end: dateArray(e.end),
      title: e.title,
      description: e.description,
      location: e.location,
      status: 'CONFIRMED',
      busyStatus: 'BUSY',
      categories: ['Giao ban'],
    };
  });
  const { error, value } = createEvents(events, { productId: '-//Giao ban//Lich giao ban//VI', calName: 'Lịch giao ban' });
  if (error || value === null) throw new Error(`Không tạo được tệp .ics: ${error?.message ?? 'lỗi không rõ'}`);
  // All-day dates are floating; name the unit's zone for clients that show one (Google, Apple).
  return foldIcs(value.replace('BEGIN:VEVENT', 'X-WR-TIMEZONE:Asia/Ho_Chi_Minh\r\nBEGIN:VEVENT'));
}

/**
 * Re-folds content lines at 75 octets (RFC 5545 §3.1): the library folds by
 * characters, and Vietnamese letters take 2–3 octets in UTF-8. Never splits a character.
 */
export function foldIcs(text: string): string {
  const lines = text.replace(/\r\n[ \t]/g, '').split(/\r\n/);
  const out: string[] = [];
  for (const line of lines) {
    let cur = '';
    let bytes = 0;
    let limit = 75;
    for (const ch of line) {
      const n = utf8Length(ch);
      if (bytes + n > limit) {
        out.push(cur);
        cur = ' ';
        bytes = 1;
        limit = 75;
      }
      cur += ch;
      bytes += n;
    }
    out.push(cur);
  }
  return out.join('\r\n');
}

/** Octets of one character in UTF-8 (no Buffer: this module also runs in the browser). */
function utf8Length(ch: string): number {
  const cp = ch.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}
