/**
 * Planned briefings as calendar events (all-day, Vietnamese title and
 * description, stable UIDs so a re-import updates instead of duplicating).
 * The CLI turns these into an .ics file; any other host can do the same.
 */
import { addDays, weekdayNameVi } from '../calendar/index.js';
import type { IsoDate, PlannedBriefing } from '../model.js';
import { viDate } from './months.js';

/** One all-day event. */
export interface BriefingEvent {
  /** Stable across re-plans: cluster and month, e.g. `giaoban-cum-1-2026-02@giaoban`. */
  uid: string;
  /** First day (inclusive). */
  start: IsoDate;
  /** Day after the event (exclusive), as iCalendar all-day events want. */
  end: IsoDate;
  title: string;
  description: string;
  location: string;
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
export function briefingEvent(b: PlannedBriefing, hostLabel: string = `xã ${b.host}`): BriefingEvent {
  const lines = [
    `Hội nghị giao ban cơ sở ${b.cluster}, ${weekdayNameVi(b.date)} ngày ${viDate(b.date)}.`,
    `Địa điểm: ${hostLabel}.`,
    `Lãnh đạo chủ trì: ${b.chair ? `Đ/c ${b.chair}` : 'chưa bố trí được'}.`,
    `Các xã tham dự: ${b.participatingCommunes.join(', ')}.`,
    'Thành phần tham dự:',
    ...b.participants.map((p) => `- ${p}`),
    'Căn cứ lập lịch:',
    ...b.reasons.map((r) => `- ${r}`),
  ];
  return {
    uid: `giaoban-${clusterSlug(b.cluster)}-${b.month}@giaoban`,
    start: b.date,
    end: addDays(b.date, 1),
    title: `Giao ban ${b.cluster} tại ${hostLabel}`,
    description: lines.join('\n'),
    location: hostLabel,
  };
}
