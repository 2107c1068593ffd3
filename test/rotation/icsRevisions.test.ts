/**
 * the .ics re-imports as an update. UIDs name the unit; an event that
 * changed keeps its UID with a higher SEQUENCE, an unchanged one keeps its
 * SEQUENCE; a VALARM reminds N days before. Read back with ical.js.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { briefingEvent, readIcsEvents, withSequences, type PlannedBriefing } from '@giaoban/core';
import { main } from '../../packages/cli/src/main.js';
import { writeDistrictWorkbook } from './districtWorkbook.js';

const dir = mkdtempSync(join(tmpdir(), 'giaoban-ics-rev-'));
const book = join(dir, 'so.xlsx');
const bookAbsent = join(dir, 'so-co-lich-vang.xlsx');

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: dir });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

beforeAll(async () => {
  await writeDistrictWorkbook(book, { absence: false });
  await writeDistrictWorkbook(bookAbsent, { absence: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function events(path: string): Map<string, ICAL.Component> {
  const cal = new ICAL.Component(ICAL.parse(readFileSync(path, 'utf8')));
  return new Map(cal.getAllSubcomponents('vevent').map((v) => [String(v.getFirstPropertyValue('uid')), v]));
}
const seq = (v: ICAL.Component) => Number(v.getFirstPropertyValue('sequence'));
const chairOf = (v: ICAL.Component) => /Lãnh đạo chủ trì: ([^\n]+)/.exec(String(v.getFirstPropertyValue('description')))![1];

describe('giaoban rotate --ics revisions and reminders', () => {
  it('a re-export after a new absence raises SEQUENCE only on the events that changed', async () => {
    const ics = join(dir, 'lich.ics');
    expect((await run('rotate', book, '--from', '2026-01', '--months', '6', '--ics', ics)).code).toBe(0);
    const first = events(ics);
    expect([...first.values()].map(seq)).toEqual(Array(12).fill(0));
    // Same plan again: nothing changes, every SEQUENCE stays.
    // (An existing .ics is written over only with --force.)
    expect((await run('rotate', book, '--from', '2026-01', '--months', '6', '--ics', ics, '--force')).code).toBe(0);
    expect([...events(ics).values()].map(seq)).toEqual(Array(12).fill(0));

    // Lò Văn Hùng is away in March 2026: the March briefings he chaired change.
    expect((await run('rotate', bookAbsent, '--from', '2026-01', '--months', '6', '--ics', ics, '--force')).code).toBe(0);
    const second = events(ics);
    expect([...second.keys()]).toEqual([...first.keys()]);
    let changed = 0;
    for (const [uid, v] of second) {
      const before = first.get(uid)!;
      const same = String(v.getFirstPropertyValue('description')) === String(before.getFirstPropertyValue('description'))
        && String(v.getFirstPropertyValue('dtstart')) === String(before.getFirstPropertyValue('dtstart'));
      expect(seq(v), uid).toBe(same ? 0 : 1);
      if (!same) changed++;
    }
    expect(changed).toBeGreaterThan(0);
    const march = [...second.values()].filter((v) => String(v.getFirstPropertyValue('dtstart')).startsWith('2026-03'));
    for (const v of march) expect(chairOf(v)).not.toContain('Lò Văn Hùng');
    // A third export of the same plan keeps the raised SEQUENCEs.
    expect((await run('rotate', bookAbsent, '--from', '2026-01', '--months', '6', '--ics', ics, '--force')).code).toBe(0);
    expect([...events(ics).values()].map(seq)).toEqual([...second.values()].map(seq));
  });

  it('reminds 3 days before by default, N with --remind-days, never with 0', async () => {
    const a = join(dir, 'a.ics');
    await run('rotate', book, '--from', '2026-01', '--months', '2', '--ics', a);
    for (const v of events(a).values()) {
      const alarm = v.getFirstSubcomponent('valarm')!;
      expect(String(alarm.getFirstPropertyValue('action'))).toBe('DISPLAY');
      expect(alarm.getFirstPropertyValue('trigger')!.toString()).toBe('-P3D');
      expect(String(alarm.getFirstPropertyValue('description'))).toMatch(/^Nhắc lịch: Giao ban Cụm \d tại /);
    }
    const b = join(dir, 'b.ics');
    await run('rotate', book, '--from', '2026-01', '--months', '2', '--ics', b, '--remind-days', '7');
    for (const v of events(b).values()) expect(v.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger')!.toString()).toBe('-P7D');
    const c = join(dir, 'c.ics');
    await run('rotate', book, '--from', '2026-01', '--months', '2', '--ics', c, '--remind-days', '0');
    for (const v of events(c).values()) expect(v.getFirstSubcomponent('valarm')).toBeNull();
    const bad = await run('rotate', book, '--from', '2026-01', '--months', '2', '--ics', c, '--remind-days', 'ba');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--remind-days "ba"');
  });

  it("two districts' calendars in one calendar never collide", async () => {
    const p1 = join(dir, 'nam-po.ics');
    const p2 = join(dir, 'muong-cha.ics');
    await run('rotate', book, '--from', '2026-01', '--months', '3', '--ics', p1);
    await run('rotate', book, '--from', '2026-01', '--months', '3', '--ics', p2, '--unit', 'Công an huyện Mường Chà');
    const u1 = [...events(p1).keys()];
    const u2 = [...events(p2).keys()];
    expect(u1[0]).toBe('giaoban-huyen-nam-po-cum-1-2026-01@giaoban');
    expect(u2[0]).toBe('giaoban-huyen-muong-cha-cum-1-2026-01@giaoban');
    expect(new Set([...u1, ...u2]).size).toBe(u1.length + u2.length);
  });

  it('withSequences: unchanged keeps, changed rises by one, new starts at 0 (core rule)', () => {
    const b: PlannedBriefing = {
      month: '2026-02', cluster: 'Cụm 1', date: '2026-02-23', host: 'Nà Khoa', chair: 'Hà Thị Mai', participatingCommunes: ['Nà Khoa'],
      participants: [], reasons: ['Ngày giao ban Thứ Hai 23/02/2026: nghỉ Tết'], reasonsEn: [], source: 'generated',
    };
    const e = briefingEvent(b, undefined, 'Công an huyện Nậm Pồ');
    const prev = new Map([[e.uid, { uid: e.uid, sequence: 4, start: e.start, title: e.title, description: e.description, location: e.location }]]);
    expect(withSequences([e], prev)[0]!.sequence).toBe(4);
    const moved = briefingEvent({ ...b, date: '2026-02-24' }, undefined, 'Công an huyện Nậm Pồ');
    expect(withSequences([moved], prev)[0]!.sequence).toBe(5);
    expect(withSequences([briefingEvent({ ...b, month: '2026-03' }, undefined, 'Công an huyện Nậm Pồ')], prev)[0]!.sequence).toBe(0);
    expect(readIcsEvents('not an ics').size).toBe(0);
  });
});
