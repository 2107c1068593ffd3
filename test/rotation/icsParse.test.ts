/**
 * `giaoban rotate --ics` read back with a real iCalendar parser (Mozilla's ical.js):
 * what a calendar client sees must be what the plan says, diacritics included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, briefingEvent, type PlannedBriefing } from '@giaoban/core';
import { main } from '../../packages/cli/src/main.js';
import { writeDistrictWorkbook } from './districtWorkbook.js';

const dir = mkdtempSync(join(tmpdir(), 'giaoban-ics-'));
const book = join(dir, 'so-theo-doi.xlsx');

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: dir });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

beforeAll(() => writeDistrictWorkbook(book, { absence: false }));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the .ics for Jan–Jun 2026 and parses it with ical.js. */
async function exportAndParse(name: string) {
  const path = join(dir, name);
  const r = await run('rotate', book, '--from', '2026-01', '--months', '6', '--ics', path);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const text = readFileSync(path, 'utf8');
  return { text, calendar: new ICAL.Component(ICAL.parse(text)) };
}

describe('giaoban rotate --ics, parsed by ical.js', () => {
  it('holds one all-day event per planned briefing with the plan’s date, text and a stable UID', async () => {
    const planned = await run('rotate', book, '--from', '2026-01', '--months', '6', '--json');
    expect(planned.code).toBe(0);
    const briefings = JSON.parse(planned.stdout).briefings as PlannedBriefing[];
    expect(briefings).toHaveLength(12);

    const { calendar } = await exportAndParse('lich-1.ics');
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(String(calendar.getFirstPropertyValue('prodid') ?? '')).not.toBe('');

    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(briefings.length);
    const uids = vevents.map((v) => String(v.getFirstPropertyValue('uid')));
    expect(new Set(uids).size).toBe(uids.length);

    vevents.forEach((v, i) => {
      const b = briefings[i]!;
      const event = new ICAL.Event(v);
      // All-day: DTSTART/DTEND are DATE values (no time, no zone), the planned day and the day after.
      const start = v.getFirstProperty('dtstart')!;
      const end = v.getFirstProperty('dtend')!;
      expect(start.type).toBe('date');
      expect(end.type).toBe('date');
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(b.date);
      expect(event.endDate.isDate).toBe(true);
      expect(event.endDate.toString()).toBe(addDays(b.date, 1));

      // The text comes back exactly as planned: NFC Vietnamese, commas and line breaks unescaped.
      const host = `xã ${b.host}`;
      expect(event.summary).toBe(`Giao ban ${b.cluster} tại ${host}`);
      expect(event.location).toBe(host);
      expect(event.description).toBe(briefingEvent(b, host).description);
      const lines = event.description.split('\n');
      expect(lines).toContain(`Lãnh đạo chủ trì: ${b.chair ? `Đ/c ${b.chair}` : 'chưa bố trí được'}.`);
      expect(lines).toContain(`Các xã tham dự: ${b.participatingCommunes.join(', ')}.`);
      for (const p of b.participants) expect(lines).toContain(`- ${p}`);
      for (const s of [event.summary, event.description]) expect(s.normalize('NFC')).toBe(s);
    });

    // Facts of the fixture, independent of the writer: Nà Khoa hosted Cụm 1 in December 2025,
    // so February goes to Nà Bủng; 15/02/2026 falls in the Tết holiday, the briefing moves to Monday 23/02.
    const feb = vevents.map((v) => new ICAL.Event(v)).find((e) => e.summary.startsWith('Giao ban Cụm 1') && e.startDate.month === 2)!;
    expect(feb.summary).toBe('Giao ban Cụm 1 tại xã Nà Bủng');
    expect(feb.startDate.toString()).toBe('2026-02-23');
    expect(feb.description).toContain('Thứ Hai ngày 23/02/2026');
    expect(feb.description.split('\n')).toContain('- Thường trực Đảng ủy xã Nà Bủng');

    // A second export names the same events by the same UIDs (a re-import updates, never duplicates).
    const again = await exportAndParse('lich-2.ics');
    expect(again.calendar.getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid')))).toEqual(uids);
  });
});
