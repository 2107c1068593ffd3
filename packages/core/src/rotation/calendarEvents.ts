/**
 * Planned briefings as calendar events (all-day, Vietnamese title and
 * description, stable UIDs so a re-import updates instead of duplicating).
 * The CLI turns these into an .ics file; any other host can do the same.
 *
 * UIDs name the unit, so two districts' calendars imported into one calendar
 * never collide. SEQUENCE follows the previous export of the same file: an
 * event whose date, title, description or place changed gets the previous
 * SEQUENCE + 1, an unchanged one keeps it (RFC 5545 §3.8.7.4). The previous
 * .ics is the source of truth because it is what the calendar clients last
 * received; the workbook can be edited by hand in between.
 */
import { addDays, formatDateVi, weekdayNameVi } from '../calendar/index.js';
import type { IsoDate, PlannedBriefing } from '../model.js';

/** One all-day event. */
export interface BriefingEvent {
  /** Stable across re-plans: unit, cluster and month, e.g. `giaoban-huyen-nam-po-cum-1-2026-02@giaoban`. */
  uid: string;
  /** First day (inclusive). */
  start: IsoDate;
  /** Day after the event (exclusive), as iCalendar all-day events want. */
  end: IsoDate;
  title: string;
  description: string;
  location: string;
  /** Revision of the event (0 for a first export); see {@link withSequences}. */
  sequence: number;
}

/** An event of a previous .ics export, as far as revisions need it. */
export interface PreviousCalendarEvent {
  uid: string;
  sequence: number;
  /** `YYYY-MM-DD` of DTSTART. */
  start: string;
  title: string;
  description: string;
  location: string;
}

/**
 * ASCII slug of a unit name for UIDs, without the "Công an" every unit shares.
 * @example unitSlug('CÔNG AN HUYỆN NẬM PỒ'); // "huyen-nam-po"
 */
export function unitSlug(unit: string): string {
  return clusterSlug(unit.replace(/^\s*c[ôo]ng\s+an\s+/iu, '')).replace(/^cum$/, 'don-vi');
}

/**
 * ASCII slug of a cluster name, for UIDs.
 * @example clusterSlug('Cụm Nà Khoa 1'); // "cum-na-khoa-1"
 */
export function clusterSlug(cluster: string): string {
  const s = cluster
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'cum';
}

/**
 * The calendar event of a planned briefing.
 *
 * @example
 * ```ts
 * briefingEvent(plan.briefings[1]).uid;   // "giaoban-cum-1-2026-02@giaoban"
 * briefingEvent(plan.briefings[1]).title; // "Giao ban Cụm 1 tại xã Nà Khoa"
 * ```
 */
export function briefingEvent(b: PlannedBriefing, hostLabel: string = `xã ${b.host}`, unit: string | null = null): BriefingEvent {
  const lines = [
    `Hội nghị giao ban cơ sở ${b.cluster}, ${weekdayNameVi(b.date)} ngày ${formatDateVi(b.date)}.`,
    `Địa điểm: ${hostLabel}.`,
    `Lãnh đạo chủ trì: ${b.chair ? `Đ/c ${b.chair}` : 'chưa bố trí được'}.`,
    `Các xã tham dự: ${b.participatingCommunes.join(', ')}.`,
    'Thành phần tham dự:',
    ...b.participants.map((p) => `- ${p}`),
    'Căn cứ lập lịch:',
    ...b.reasons.map((r) => `- ${r}`),
  ];
  return {
    uid: `giaoban-${unit ? `${unitSlug(unit)}-` : ''}${clusterSlug(b.cluster)}-${b.month}@giaoban`,
    start: b.date,
    end: addDays(b.date, 1),
    title: `Giao ban ${b.cluster} tại ${hostLabel}`,
    description: lines.join('\n'),
    location: hostLabel,
    sequence: 0,
  };
}

/**
 * Sets each event's SEQUENCE from the previous export: unchanged → the same, changed → one more, new → 0.
 *
 * @example
 * ```ts
 * const events = withSequences(plan.briefings.map((b) => briefingEvent(b, undefined, 'Công an huyện Nậm Pồ')), readIcsEvents(oldText));
 * ```
 */
export function withSequences(events: readonly BriefingEvent[], previous: ReadonlyMap<string, PreviousCalendarEvent>): BriefingEvent[] {
  return events.map((e) => {
    const p = previous.get(e.uid);
    if (!p) return { ...e, sequence: 0 };
    const same = p.start === e.start && p.title === e.title && p.description === e.description && p.location === e.location;
    return { ...e, sequence: same ? p.sequence : p.sequence + 1 };
  });
}

/** RFC 5545 TEXT unescaping. */
function unescapeText(v: string): string {
  return v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/**
 * The events of an .ics text (UID, SEQUENCE, start, summary, description, location), by UID.
 * Alarms and other nested components are skipped. Unreadable text gives an empty map.
 *
 * @example readIcsEvents(oldText).get('giaoban-huyen-nam-po-cum-1-2026-02@giaoban')?.sequence; // 0
 */
export function readIcsEvents(text: string): Map<string, PreviousCalendarEvent> {
  const out = new Map<string, PreviousCalendarEvent>();
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  let cur: Partial<PreviousCalendarEvent> | null = null;
  let depth = 0;
  for (const line of lines) {
    const i = line.indexOf(':');
    if (i < 0) continue;
    const name = line.slice(0, i).split(';')[0]!.toUpperCase();
    const value = line.slice(i + 1);
    if (name === 'BEGIN') {
      if (value === 'VEVENT') {
        cur = {};
        depth = 0;
      } else if (cur) depth++;
      continue;
    }
    if (name === 'END') {
      if (cur && value === 'VEVENT') {
        if (cur.uid) out.set(cur.uid, { uid: cur.uid, sequence: cur.sequence ?? 0, start: cur.start ?? '', title: cur.title ?? '', description: cur.description ?? '', location: cur.location ?? '' });
        cur = null;
      } else if (cur) depth--;
      continue;
    }
    if (!cur || depth > 0) continue;
    if (name === 'UID') cur.uid = value.trim();
    else if (name === 'SEQUENCE') cur.sequence = Number.parseInt(value, 10) || 0;
    else if (name === 'DTSTART') {
      const m = /(\d{4})(\d{2})(\d{2})/.exec(value);
      if (m) cur.start = `${m[1]}-${m[2]}-${m[3]}`;
    } else if (name === 'SUMMARY') cur.title = unescapeText(value);
    else if (name === 'DESCRIPTION') cur.description = unescapeText(value);
    else if (name === 'LOCATION') cur.location = unescapeText(value);
  }
  return out;
}
