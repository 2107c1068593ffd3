/**
 * The calendar file to the letter of RFC 5545: every line checked against the
 * grammar (content lines, folding at 75 octets, DATE and DATE-TIME values,
 * escaped TEXT, durations), then read by a real parser (Mozilla's ical.js).
 * A reminder is `TRIGGER:-P3D` — a days-only duration has no time part
 * (`-P3DT`, which some libraries write, is refused by strict importers).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { GiaobanError, openSession, readIcsEvents, type BriefingEvent } from '@giaoban/core';
import { eventsToIcs, foldIcs, IcsError } from '@giaoban/ics';
import { readXlsx } from '@giaoban/xlsx';
import { join } from 'node:path';
import { repoRoot } from '../xlsx/helpers.js';

/** RFC 5545 §3.3.6 dur-value. */
const DURATION = /^[+-]?P(?:\d+W|(?:\d+D)(?:T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S))?|T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S))$/;
/** RFC 5545 §3.1 contentline: name *(";" param) ":" value (names upper-cased here, as we write them). */
const CONTENT_LINE = /^[A-Z][A-Z0-9-]*(?:;[A-Z][A-Z0-9-]*=[^;:"]*)*:.*$/;

const STAMP = new Date('2026-01-05T01:02:03Z');
let events: BriefingEvent[];

beforeAll(async () => {
  const grid = (await readXlsx(new Uint8Array(readFileSync(join(repoRoot, 'examples/so-theo-doi-giao-ban.xlsx'))))).grid;
  events = openSession(grid, { fileName: 'so-theo-doi-giao-ban.xlsx' }).calendarEvents({ from: '2026-01', months: 6 }).events;
}, 60_000);

/** The problems a strict reader would find in the text, by line. */
function strictProblems(text: string): string[] {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('the file does not end with CRLF');
  const physical = text.slice(0, -2).split('\r\n');
  physical.forEach((l, i) => {
    if (l.includes('\n') || l.includes('\r')) problems.push(`line ${i + 1}: a bare line break`);
    if (new TextEncoder().encode(l).length > 75) problems.push(`line ${i + 1}: longer than 75 octets`);
  });
  const logical = text.slice(0, -2).replace(/\r\n[ \t]/g, '').split('\r\n');
  const open: string[] = [];
  for (const l of logical) {
    if (!CONTENT_LINE.test(l)) problems.push(`not a content line: ${l.slice(0, 40)}`);
    const [head, ...rest] = l.split(':');
    const value = rest.join(':');
    const name = head!.split(';')[0]!;
    if (name === 'BEGIN') open.push(value);
    if (name === 'END' && open.pop() !== value) problems.push(`END:${value} closes something else`);
    if (name === 'TRIGGER' && !DURATION.test(value)) problems.push(`TRIGGER "${value}" is not a duration`);
    if (name === 'DTSTAMP' && !/^\d{8}T\d{6}Z$/.test(value)) problems.push(`DTSTAMP "${value}"`);
    if ((name === 'DTSTART' || name === 'DTEND') && !(head!.includes('VALUE=DATE') && /^\d{8}$/.test(value))) problems.push(`${name} "${value}" is not an all-day DATE`);
    if (['SUMMARY', 'DESCRIPTION', 'LOCATION', 'CATEGORIES', 'X-WR-CALNAME'].includes(name) && /(?<!\\)[;,]|\\[^\\;,nN]/.test(value.replace(/\\\\/g, ''))) {
      problems.push(`${name}: TEXT not escaped: ${value.slice(0, 40)}`);
    }
  }
  if (open.length) problems.push(`not closed: ${open.join(', ')}`);
  return problems;
}

describe('eventsToIcs', () => {
  it('writes a calendar strict readers take: grammar, folding, dates, escaped text, durations', () => {
    const text = eventsToIcs(events, { remindDays: 3, stamp: STAMP });
    expect(strictProblems(text)).toEqual([]);
    expect(text).toContain('\r\nTRIGGER:-P3D\r\n');
    expect(text).not.toMatch(/P\d+DT\r\n/);
    // The checks catch what they are for.
    expect(strictProblems(text.replace('TRIGGER:-P3D', 'TRIGGER:-P3DT'))).toEqual(['TRIGGER "-P3DT" is not a duration']);
    expect(strictProblems('BEGIN:VCALENDAR\r\nSUMMARY:a,b\r\nEND:VCALENDAR\r\n')).toEqual(['SUMMARY: TEXT not escaped: a,b']);
  });

  it('reads back with ical.js: one all-day event per briefing, its text, a reminder 3 days before', () => {
    const calendar = new ICAL.Component(ICAL.parse(eventsToIcs(events, { stamp: STAMP })));
    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(events.length);
    for (const [i, v] of vevents.entries()) {
      const e = new ICAL.Event(v);
      expect(e.uid).toBe(events[i]!.uid);
      expect(e.summary).toBe(events[i]!.title);
      expect(e.description).toBe(events[i]!.description);
      expect(e.location).toBe(events[i]!.location);
      expect(e.startDate.isDate).toBe(true);
      expect(e.startDate.toString()).toBe(events[i]!.start);
      expect(e.endDate.toString()).toBe(events[i]!.end);
      const alarm = v.getFirstSubcomponent('valarm')!;
      const trigger = alarm.getFirstPropertyValue('trigger') as unknown as ICAL.Duration;
      expect([trigger.isNegative, trigger.days, trigger.hours]).toEqual([true, 3, 0]);
    }
    expect(vevents[0]!.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-01-05T01:02:03Z');
  });

  it('gives the same bytes for the same events and stamp; no reminder with 0 days', () => {
    expect(eventsToIcs(events, { stamp: STAMP })).toBe(eventsToIcs(events, { stamp: STAMP }));
    const none = eventsToIcs(events, { remindDays: 0, stamp: STAMP });
    expect(none).not.toContain('VALARM');
    expect(strictProblems(none)).toEqual([]);
  });

  it('keeps UID and SEQUENCE for the next export to compare against', () => {
    const back = readIcsEvents(eventsToIcs(events, { stamp: STAMP }));
    expect([...back.keys()]).toEqual(events.map((e) => e.uid));
    expect(back.get(events[0]!.uid)).toMatchObject({ sequence: 0, start: events[0]!.start, title: events[0]!.title, description: events[0]!.description });
  });

  it('refuses no events and a reminder out of 0–99, in both languages', () => {
    const none = (() => {
      try {
        eventsToIcs([]);
      } catch (e) {
        return e;
      }
    })() as IcsError;
    expect(none).toBeInstanceOf(GiaobanError);
    expect([none.code, none.en]).toEqual(['session.noEvents', 'no planned briefing to export as .ics; make a plan first.']);
    expect(() => eventsToIcs(events, { remindDays: 100 })).toThrow(/0 to 99|từ 0 đến 99/);
  });

  it('folds by octets, never inside a Vietnamese letter', () => {
    const line = `SUMMARY:${'Giao ban Cụm Nậm Pồ '.repeat(10)}`;
    const folded = foldIcs(line);
    for (const l of folded.split('\r\n')) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});
