/**
 * `@giaoban/ics` — a session's calendar events as an iCalendar file.
 *
 * One all-day event per briefing (`DTSTART;VALUE=DATE`), the UID and SEQUENCE
 * the core gave it, a reminder some days before (`TRIGGER:-P3D`), text
 * escaped and lines folded at 75 octets: RFC 5545 to the letter, so strict
 * importers (Outlook, Google Calendar, Apple Calendar, ical.js) take it.
 * Bytes out, no Node API: the CLI writes the text to a file, the offline app
 * offers it as a download.
 *
 * The events have one fixed shape, so they are written here rather than
 * through a general calendar library: the one on npm writes a days-only
 * reminder as `-P3DT` (an empty time part, which RFC 5545 §3.3.6 forbids and
 * strict importers refuse) and would add 65 KB to the offline app.
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
import { CORE_TEXTS, GiaobanError, bothTexts, textIn, type BiMessage, type BriefingEvent, type GiaobanSubclassOptions } from '@giaoban/core';

/** Options of {@link eventsToIcs}. */
export interface IcsOptions {
  /** A reminder this many days before each event, 0–99 (default 3; 0 = no reminder). */
  remindDays?: number;
  /** When the file is written (`DTSTAMP`); default now. Tests pass a fixed instant. */
  stamp?: Date;
}

/** Events that cannot be written as a calendar (none at all, a reminder out of range). */
export class IcsError extends GiaobanError {
  override readonly name = 'IcsError';
  constructor(text: BiMessage, options: GiaobanSubclassOptions = {}) {
    super(options.code ?? 'ics.invalid', text, options);
  }
}

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and line breaks escaped. */
export function escapeIcsText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** `YYYY-MM-DD` → `YYYYMMDD` (a DATE value). */
const icsDate = (d: string) => d.replace(/-/g, '');

/** A UTC instant as a DATE-TIME value, `YYYYMMDDTHHMMSSZ`. */
function icsStamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function eventLines(e: BriefingEvent, remind: number, stamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(e.start)}`,
    `DTEND;VALUE=DATE:${icsDate(e.end)}`,
    `SEQUENCE:${e.sequence}`,
    `SUMMARY:${escapeIcsText(e.title)}`,
    `DESCRIPTION:${escapeIcsText(e.description)}`,
    `LOCATION:${escapeIcsText(e.location)}`,
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    `CATEGORIES:${escapeIcsText(textIn(CORE_TEXTS, 'calendar.category', 'vi'))}`,
    'X-MICROSOFT-CDO-BUSYSTATUS:BUSY',
  ];
  if (remind > 0) {
    // A duration of whole days has no time part: "-P3D", never "-P3DT".
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeIcsText(textIn(CORE_TEXTS, 'calendar.reminder', 'vi', { title: e.title }))}`, `TRIGGER:-P${remind}D`, 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return lines;
}

/**
 * The iCalendar text of the events (CRLF line ends, folded lines).
 *
 * @param events the session's calendar events (`session.calendarEvents().events`)
 * @param options the reminder and the file's time stamp
 * @returns the .ics text
 * @throws {IcsError} `session.noEvents` when there is no event; `session.remindDays` when `remindDays` is not 0–99
 * @example
 * ```ts
 * eventsToIcs(events, { remindDays: 0 }).includes('BEGIN:VALARM'); // false
 * ```
 */
export function eventsToIcs(events: readonly BriefingEvent[], options: IcsOptions = {}): string {
  const remind = options.remindDays ?? 3;
  if (!Number.isInteger(remind) || remind < 0 || remind > 99) throw new IcsError(bothTexts(CORE_TEXTS, 'session.remindDays', { value: String(remind) }), { code: 'session.remindDays' });
  if (events.length === 0) throw new IcsError(bothTexts(CORE_TEXTS, 'session.noEvents'), { code: 'session.noEvents' });
  const stamp = icsStamp(options.stamp ?? new Date());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Giao ban//Lich giao ban//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(textIn(CORE_TEXTS, 'calendar.name', 'vi'))}`,
    // All-day dates are floating; name the unit's zone for clients that show one (Google, Apple).
    'X-WR-TIMEZONE:Asia/Ho_Chi_Minh',
    ...events.flatMap((e) => eventLines(e, remind, stamp)),
    'END:VCALENDAR',
  ];
  return foldIcs(lines.join('\r\n')) + '\r\n';
}

/**
 * Folds content lines at 75 octets (RFC 5545 §3.1): Vietnamese letters take 2–3 octets
 * in UTF-8, so a line is cut by octets, never inside a character.
 *
 * @param text the calendar text, CRLF line ends
 * @returns the text with every line at most 75 octets
 * @example
 * ```ts
 * foldIcs('SUMMARY:' + 'Giao ban '.repeat(20)).split('\r\n').length; // 3
 * ```
 */
export function foldIcs(text: string): string {
  const out: string[] = [];
  for (const line of text.replace(/\r\n[ \t]/g, '').split(/\r\n/)) {
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
