/**
 * `@giaoban/ics` — a session's calendar events as an iCalendar file.
 *
 * One all-day event per briefing (`DTSTART;VALUE=DATE`), the UID and SEQUENCE
 * the core gave it, a reminder some days before, lines folded at 75 octets.
 * The text follows RFC 5545 to the letter, so strict importers (Outlook,
 * Google Calendar, Apple Calendar, ical.js) take it. Bytes out, no Node API:
 * the CLI writes the text to a file, the offline app offers it as a download.
 *
 * @example
 * ```ts
 * import { openSession } from '@giaoban/core';
 * import { eventsToIcs } from '@giaoban/ics';
 * const { events } = openSession(grid).calendarEvents({ from: '2026-01', months: 12 });
 * const text = eventsToIcs(events, { remindDays: 3 });
 * ```
 * @packageDocumentation
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { CORE_TEXTS, GiaobanError, textIn, type BriefingEvent, type GiaobanSubclassOptions, type BiMessage } from '@giaoban/core';

/** Options of {@link eventsToIcs}. */
export interface IcsOptions {
  /** A reminder this many days before each event, 0–99 (default 3; 0 = no reminder). */
  remindDays?: number;
}

/** Events that cannot be written as a calendar (none at all, a reminder out of range). */
export class IcsError extends GiaobanError {
  override readonly name = 'IcsError';
  constructor(text: BiMessage, options: GiaobanSubclassOptions = {}) {
    super(options.code ?? 'ics.invalid', text, options);
  }
}

function dateArray(d: string): DateArray {
  return [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))];
}

/**
 * The iCalendar text of the events (CRLF line ends, folded lines).
 *
 * @param events the session's calendar events (`session.calendarEvents().events`)
 * @param options the reminder
 * @returns the .ics text
 * @throws {IcsError} `session.noEvents` when there is no event; `session.remindDays` when `remindDays` is not 0–99
 * @example
 * ```ts
 * eventsToIcs(events, { remindDays: 0 }).includes('BEGIN:VALARM'); // false
 * ```
 */
export function eventsToIcs(events: readonly BriefingEvent[], options: IcsOptions = {}): string {
  const remind = options.remindDays ?? 3;
  if (!Number.isInteger(remind) || remind < 0 || remind > 99) {
    throw new IcsError({ vi: textIn(CORE_TEXTS, 'session.remindDays', 'vi', { value: String(remind) }), en: textIn(CORE_TEXTS, 'session.remindDays', 'en', { value: String(remind) }) }, { code: 'session.remindDays' });
  }
  if (events.length === 0) throw new IcsError({ vi: textIn(CORE_TEXTS, 'session.noEvents', 'vi'), en: textIn(CORE_TEXTS, 'session.noEvents', 'en') }, { code: 'session.noEvents' });
  const attributes: EventAttributes[] = events.map((e) => ({
    sequence: e.sequence,
    ...(remind > 0 ? { alarms: [{ action: 'display' as const, description: textIn(CORE_TEXTS, 'calendar.reminder', 'vi', { title: e.title }), trigger: { days: remind, before: true } }] } : {}),
    uid: e.uid,
    start: dateArray(e.start),
    end: dateArray(e.end),
    title: e.title,
    description: e.description,
    location: e.location,
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
    categories: [textIn(CORE_TEXTS, 'calendar.category', 'vi')],
  }));
  const { error, value } = createEvents(attributes, { productId: '-//Giao ban//Lich giao ban//VI', calName: textIn(CORE_TEXTS, 'calendar.name', 'vi') });
  if (error || value === null) throw new IcsError({ vi: `không tạo được tệp .ics: ${error?.message ?? 'lỗi không rõ'}`, en: `cannot write the .ics: ${error?.message ?? 'unknown error'}` }, { cause: error });
  // All-day dates are floating; name the unit's zone for clients that show one (Google, Apple).
  const zoned = value.replace('BEGIN:VEVENT', 'X-WR-TIMEZONE:Asia/Ho_Chi_Minh\r\nBEGIN:VEVENT');
  return foldIcs(durationsToTheLetter(zoned));
}

/**
 * RFC 5545 §3.3.6: a duration's time part (`T…`) must hold at least one of hours, minutes
 * or seconds. The `ics` library always writes the `T`, so a days-only trigger comes out as
 * `-P3DT`, which strict importers refuse; the empty time part is dropped here.
 *
 * @param text the calendar text
 * @returns the text with every `TRIGGER` and `DURATION` value a valid duration
 * @example
 * ```ts
 * durationsToTheLetter('TRIGGER:-P3DT\r\n'); // "TRIGGER:-P3D\r\n"
 * ```
 */
export function durationsToTheLetter(text: string): string {
  return text.replace(/^((?:TRIGGER|DURATION)(?:;[^:\r\n]*)?:[+-]?P(?:\d+W)?(?:\d+D)?)T(?=\r?$)/gm, '$1');
}

/**
 * Re-folds content lines at 75 octets (RFC 5545 §3.1): the library folds by
 * characters, and Vietnamese letters take 2–3 octets in UTF-8. Never splits a character.
 *
 * @param text the calendar text, CRLF line ends
 * @returns the text with every line at most 75 octets
 * @example
 * ```ts
 * foldIcs('SUMMARY:' + 'Giao ban '.repeat(20)).split('\r\n').length; // 3
 * ```
 */
export function foldIcs(text: string): string {
  const lines = text.replace(/\r\n[ \t]/g, '').split(/\r\n/);
  const out: string[] = [];
  for (const line of lines) {
    let cur = '';
    let bytes = 0;
    for (const ch of line) {
      const n = utf8Length(ch);
      if (bytes + n > 75) {
        out.push(cur);
        cur = ' ';
        bytes = 1;
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
